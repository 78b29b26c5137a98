// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clinicdesk::cli {

class Command;
class CommandRegistry;

// clinicdesk-cli's help, made from the commands' declarations: the listing of every command, the
// commands of one noun (`help patient`), and one command's usage, arguments and options.
class HelpText {
    Q_DECLARE_TR_FUNCTIONS(CliHelp)
public:
    [[nodiscard]] static QString general(const CommandRegistry& registry);
    [[nodiscard]] static QString group(const CommandRegistry& registry, const QStringList& group);
    [[nodiscard]] static QString command(const Command& command);
    // "Usage: clinicdesk-cli [--vault DIR] [--user NAME] patient list [--json] [--limit N]\n", wrapped.
    [[nodiscard]] static QString usage(const Command& command);
    // "Usage: clinicdesk-cli [--vault DIR] [--user NAME] patient <command> ...\n"
    [[nodiscard]] static QString groupUsage(const QStringList& group);
    // "See clinicdesk-cli help patient add.\n"
    [[nodiscard]] static QString seeHelp(const QStringList& words);

private:
    [[nodiscard]] static QString listing(const QStringList& names, const QStringList& texts);
};

} // namespace clinicdesk::cli
