// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "CommandLine.h"
#include "ExitCode.h"
#include "crypto/SecureBytes.h"
#include "session/VaultSession.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace clinicdesk::cli {

class Command;
struct EnvironmentSecrets;

// What a command gets to work with: its arguments, signing in, secrets from the environment or a
// prompt, and output that keeps the CLI's contract (results on stdout, `--json`, one sentence
// starting with "clinicdesk-cli:" on stderr, documented exit codes).
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    // `line` holds the command's own arguments (its words taken off); `vaultDir` is resolved.
    CommandContext(const Command& command, CommandLine line, QString vaultDir, const EnvironmentSecrets& secrets);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    // The options, flags and number of arguments against the command's declaration; false (with the
    // usage error printed) if they do not match.
    [[nodiscard]] bool checkArguments();

    // --- what was given --------------------------------------------------------------------------
    [[nodiscard]] const QStringList& arguments() const { return m_line.words; }
    [[nodiscard]] const QString& argument(qsizetype index = 0) const { return m_line.words.at(index); }
    [[nodiscard]] QString option(const QString& name) const { return m_line.options.value(name); }
    [[nodiscard]] bool hasOption(const QString& name) const { return m_line.options.contains(name); }
    [[nodiscard]] bool flag(const QString& name) const { return m_line.flags.contains(name); }
    [[nodiscard]] bool json() const { return flag(QStringLiteral("json")); }
    [[nodiscard]] const QString& vaultDir() const { return m_vaultDir; }
    [[nodiscard]] const QString& userName() const { return m_line.user; }

    // --- signing in and secrets ------------------------------------------------------------------
    // Opens the vault as --user with CLINICDESK_PASSWORD or a prompt, for the rest of the command.
    [[nodiscard]] OrExit<std::reference_wrapper<VaultSession>> signIn();
    // The password from CLINICDESK_PASSWORD or a prompt without echo; nullopt if there is neither.
    [[nodiscard]] std::optional<SecureBytes> password();
    // A new password from CLINICDESK_NEW_PASSWORD or asked twice; nullopt if neither gave one.
    [[nodiscard]] std::optional<SecureBytes> newPassword(const QString& who);
    // The recovery code from CLINICDESK_RECOVERY_CODE or a prompt without echo; empty if neither gave one.
    [[nodiscard]] QString recoveryCode();

    // --- output ----------------------------------------------------------------------------------
    void printLine(const QString& line);
    void printJson(const QJsonValue& value);
    // A listing: with --json one JSON array of `toJson(item)`, otherwise one `toLine(item)` per line.
    template <typename Items, typename ToJson, typename ToLine>
    void printList(const Items& items, ToJson toJson, ToLine toLine) {
        if (json()) {
            QJsonArray array;
            for (const auto& item : items) {
                array.append(toJson(item));
            }
            printJson(array);
            return;
        }
        for (const auto& item : items) {
            printLine(toLine(item));
        }
    }
    // Writes `text` to stderr as it is: warnings that carry their own "clinicdesk-cli: " and newline.
    void printStderr(const QString& text);
    // A usage error: the problem, then the command's usage. Returns ExitUsage.
    int usage(const QString& problem);
    // The error's sentence on stderr, its detail in the log; returns its exit code.
    int failWith(const Error& error);
    // The path given with --`optionName`, which must not exist yet (else exit 4); `missing` is the usage
    // error when the option is not given.
    [[nodiscard]] OrExit<QString> newOutputFile(const QString& optionName, const QString& missing);

    [[nodiscard]] static int exitCodeFor(ErrorCode code);

private:
    [[nodiscard]] Result<std::unique_ptr<VaultSession>> login();

    const Command& m_command;
    CommandLine m_line;
    QString m_vaultDir;
    const EnvironmentSecrets& m_secrets;
    std::unique_ptr<VaultSession> m_session;
};

} // namespace clinicdesk::cli
