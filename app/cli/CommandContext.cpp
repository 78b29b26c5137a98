// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "CommandContext.h"

#include "Command.h"
#include "Console.h"
#include "EnvironmentSecrets.h"
#include "HelpText.h"
#include "PasswordPrompt.h"
#include "util/Logging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <sodium.h>

namespace clinicdesk::cli {

CommandContext::CommandContext(const Command& command, CommandLine line, QString vaultDir,
                               const EnvironmentSecrets& secrets)
    : m_command(command)
    , m_line(std::move(line))
    , m_vaultDir(std::move(vaultDir))
    , m_secrets(secrets) {}

CommandContext::~CommandContext() = default;

int CommandContext::exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::Cancelled:
        return ExitUsage;
    case ErrorCode::WrongPassword:
    case ErrorCode::Locked:
        return ExitWrongPassword;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
        return ExitInvalidInput;
    case ErrorCode::VaultRefused:
    case ErrorCode::Integrity:
        return ExitVaultRefused;
    case ErrorCode::PermissionDenied:
        return ExitPermissionDenied;
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Crypto:
    case ErrorCode::Keychain:
        return ExitFailure;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::Remote:
    case ErrorCode::NeedsUser:
        return ExitRemote;
    }
    return ExitFailure;
}

bool CommandContext::checkArguments() {
    for (const QString& name : std::as_const(m_line.names)) {
        const Command::Option* declared = m_command.findOption(name);
        const bool givenAsFlag = m_line.flags.contains(name) && !m_line.options.contains(name);
        if (declared == nullptr || declared->isFlag() != givenAsFlag) {
            usage(tr("Unknown option --%1 for this command.").arg(name));
            return false;
        }
    }
    const qsizetype expected = m_command.spec().arguments.size();
    if (m_line.words.size() != expected) {
        usage(m_line.words.size() > expected ? tr("Too many arguments.") : tr("Missing argument."));
        return false;
    }
    return true;
}

void CommandContext::printLine(const QString& line) {
    console::out(line + QLatin1Char('\n'));
}

void CommandContext::printJson(const QJsonValue& value) {
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

void CommandContext::printStderr(const QString& text) {
    console::err(text);
}

int CommandContext::usage(const QString& problem) {
    console::err(QStringLiteral("clinicdesk-cli: ") + problem + QLatin1Char('\n'));
    console::err(HelpText::usage(m_command) + HelpText::seeHelp(m_command.spec().path));
    return ExitUsage;
}

int CommandContext::failWith(const Error& error) {
    console::err(QStringLiteral("clinicdesk-cli: ") + error.message + QLatin1Char('\n'));
    qCDebug(lcCli) << "error" << errorCodeName(error.code) << error.detail;
    return exitCodeFor(error.code);
}

std::optional<SecureBytes> CommandContext::password() {
    if (!m_secrets.password.isEmpty()) {
        return SecureBytes::fromBytes(m_secrets.password.span());
    }
    return promptHidden(tr("Password: "));
}

std::optional<SecureBytes> CommandContext::newPassword(const QString& who) {
    if (!m_secrets.newPassword.isEmpty()) {
        return SecureBytes::fromBytes(m_secrets.newPassword.span());
    }
    auto first = promptHidden(tr("New password for %1: ").arg(who));
    if (!first) {
        return std::nullopt;
    }
    auto second = promptHidden(tr("Repeat the new password: "));
    if (!second || second->size() != first->size() ||
        sodium_memcmp(second->data(), first->data(), first->size()) != 0) {
        console::err(tr("clinicdesk-cli: The two passwords differ.\n"));
        return std::nullopt;
    }
    return first;
}

QString CommandContext::recoveryCode() {
    // VaultSession::recover() takes the code as text; the caller wipes this copy once it has used it.
    const auto toText = [](const SecureBytes& bytes) {
        return QString::fromUtf8(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    };
    if (!m_secrets.recoveryCode.isEmpty()) {
        return toText(m_secrets.recoveryCode);
    }
    const auto typed = promptHidden(tr("Recovery code: "));
    return typed ? toText(*typed) : QString();
}

Result<std::unique_ptr<VaultSession>> CommandContext::login() {
    if (auto s = Vault::probe(m_vaultDir); !s) {
        return std::unexpected(s.error());
    }
    auto secret = password();
    if (!secret) {
        return fail(ErrorCode::Usage, tr("No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal."),
                    QStringLiteral("no password source"));
    }
    return VaultSession::login(m_vaultDir, m_line.user, *secret);
}

OrExit<std::reference_wrapper<VaultSession>> CommandContext::signIn() {
    Q_ASSERT_X(m_command.spec().needsSignIn, "CommandContext::signIn", "the command does not declare needsSignIn");
    if (!m_session) {
        auto session = login();
        if (!session) {
            return std::unexpected(failWith(session.error()));
        }
        m_session = std::move(*session);
    }
    return std::ref(*m_session);
}

OrExit<QString> CommandContext::newOutputFile(const QString& optionName, const QString& missing) {
    const QString path = option(optionName);
    if (path.isEmpty()) {
        return std::unexpected(usage(missing));
    }
    if (QFileInfo::exists(path)) {
        return std::unexpected(failWith(
            Error{ErrorCode::AlreadyExists, tr("%1 already exists; choose another file name.").arg(path), {}}));
    }
    return path;
}

} // namespace clinicdesk::cli
