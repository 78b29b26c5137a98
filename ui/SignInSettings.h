// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

class QSettings;

namespace clinicdesk {

// What ClinicDesk remembers between runs about signing in, in QSettings:
// the last vault folder and, per vault id, the last user's name and id and
// which users turned "remember on this computer" on. Identifiers only: never
// a password, key or patient value (the OS keychain holds the secret).
class SignInSettings {
public:
    explicit SignInSettings(QSettings* settings)
        : m_settings(settings) {}

    [[nodiscard]] QString lastVaultFolder() const;
    void setLastVaultFolder(const QString& dir);

    [[nodiscard]] QString lastUserName(const QString& vaultId) const;
    [[nodiscard]] QString lastUserId(const QString& vaultId) const;
    void setLastUser(const QString& vaultId, const QString& userId, const QString& userName);

    [[nodiscard]] bool isRemembered(const QString& vaultId, const QString& userId) const;
    void setRemembered(const QString& vaultId, const QString& userId, bool remembered);

private:
    [[nodiscard]] static QString vaultKey(const QString& vaultId, const QString& name);

    QSettings* m_settings;
};

} // namespace clinicdesk
