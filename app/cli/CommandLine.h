// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace clinicdesk::cli {

// clinicdesk-cli's arguments split into words, options and flags, before the command is known: the
// first words name it. So that the split is the same for every command, `flagNames` are the options
// without a value of all commands (CommandRegistry::flagNames), and every other --name takes one.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    [[nodiscard]] static CommandLine parse(const QStringList& arguments, const QStringList& flagNames);

    QStringList words;               // the positional arguments: the command's words, then its own
    QHash<QString, QString> options; // --name value and --name=value
    QStringList flags;               // --name, for the names in flagNames
    QStringList names;               // the option and flag names in the order they were given
    QString vault;                   // --vault DIR (not among options)
    QString user;                    // --user NAME (not among options)
    QString problem;                 // why the arguments could not be split; empty if they could
    QString problemOption;           // the option the problem is about; the words before it are in words
};

} // namespace clinicdesk::cli
