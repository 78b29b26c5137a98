// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "CommandRegistry.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace clinicdesk::cli {

class CommandLine;
struct EnvironmentSecrets;

// clinicdesk-cli: the automation and admin interface.
//   clinicdesk-cli [--vault DIR] [--user NAME] <command> [options]
// Splits the arguments, finds the command their first words name, checks what was given against the
// command's declaration (or prints its help) and runs it. The commands are in commands/.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp(const CommandRegistry& registry, QStringList arguments, const EnvironmentSecrets& secrets);
    [[nodiscard]] int run();

    // Whether the command the arguments name lays text out with QtGui (main then makes a
    // QGuiApplication rather than a QCoreApplication). Usable before either exists.
    [[nodiscard]] static bool needsGui(const CommandRegistry& registry, const QStringList& arguments);

private:
    // Arguments that could not be split.
    int refuse(const CommandLine& line, const CommandRegistry::Match& match);
    // Words that name no command: unknown, or a noun without its subcommand (or its help).
    int noCommand(const CommandLine& line, const CommandRegistry::Match& match, bool help);
    // A usage error found before a command could check its own arguments: the problem and a usage line.
    static int usage(const QString& problem, const QString& usageLine);
    [[nodiscard]] static QString generalUsage();

    const CommandRegistry& m_registry;
    QStringList m_arguments;
    const EnvironmentSecrets& m_secrets;
};

} // namespace clinicdesk::cli
