// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "session/VaultSession.h"

#include <QTemporaryDir>

#include <memory>

namespace clinicdesk::test {

// A real vault in a fresh temporary folder, created with the lowest KDF cost
// the vault accepts (still Argon2id, 64 MiB) so tests stay quick.
class TestVault {
public:
    static constexpr const char* kAdminName = "admin";
    static constexpr const char* kAdminPassword = "correct horse battery";

    TestVault();
    [[nodiscard]] QString dir() const { return m_dir.path() + QStringLiteral("/vault"); }
    [[nodiscard]] QString recoveryCode() const { return m_recoveryCode; }
    [[nodiscard]] VaultSession& session() { return *m_session; }
    void logout() { m_session.reset(); }
    // Logs in as someone else (or again), replacing the current session.
    [[nodiscard]] Status loginAs(const QString& user, const QString& password);
    // Adds a user with the given role and password `password-<name>`.
    [[nodiscard]] Result<User> addUser(const QString& name, Role role);
    [[nodiscard]] static SecureBytes secret(const QString& text) { return SecureBytes::fromUtf8(text); }
    [[nodiscard]] static QString passwordFor(const QString& name) { return QStringLiteral("password-") + name; }

private:
    QTemporaryDir m_dir;
    QString m_recoveryCode;
    std::unique_ptr<VaultSession> m_session;
};

// A patient draft with the given fields (the rest empty).
[[nodiscard]] PatientDraft patientDraft(const QString& first, const QString& last, const QString& nationalId = {},
                                        const QString& phone = {}, const QString& email = {});

// Reads a whole file (empty if missing).
[[nodiscard]] QByteArray readAll(const QString& path);

} // namespace clinicdesk::test
