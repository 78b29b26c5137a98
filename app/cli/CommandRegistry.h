// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace clinicdesk::cli {

// Every clinicdesk-cli command, in the order `clinicdesk-cli help` lists them.
class CommandRegistry {
public:
    // What the first words of a command line name.
    struct Match {
        const Command* command = nullptr; // the command with the longest path the words start with
        QStringList group;                // no command: the longest start of some commands' paths, if any
    };

    CommandRegistry();

    [[nodiscard]] const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    [[nodiscard]] Match find(const QStringList& words) const;
    // The commands whose path starts with `group`.
    [[nodiscard]] std::vector<const Command*> commandsUnder(const QStringList& group) const;
    // The words that can follow `group` ({"patient"} -> add, list, search, show).
    [[nodiscard]] QStringList wordsAfter(const QStringList& group) const;
    // The options without a value of every command, and "help" (see CommandLine).
    [[nodiscard]] const QStringList& flagNames() const { return m_flagNames; }

private:
    template <typename T>
    void add() {
        m_commands.push_back(std::make_unique<T>());
    }

    std::vector<std::unique_ptr<Command>> m_commands;
    QStringList m_flagNames;
};

} // namespace clinicdesk::cli
