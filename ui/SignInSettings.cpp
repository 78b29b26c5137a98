// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "SignInSettings.h"

#include <QSettings>

namespace clinicdesk {

namespace {
const QString kLastVaultFolder = QStringLiteral("signIn/lastVaultFolder");
} // namespace

QString SignInSettings::vaultKey(const QString& vaultId, const QString& name) {
    return QStringLiteral("vaults/") + vaultId + QLatin1Char('/') + name;
}

QString SignInSettings::lastVaultFolder() const {
    return m_settings->value(kLastVaultFolder).toString();
}

void SignInSettings::setLastVaultFolder(const QString& dir) {
    m_settings->setValue(kLastVaultFolder, dir);
}

QString SignInSettings::lastUserName(const QString& vaultId) const {
    return vaultId.isEmpty() ? QString()
                             : m_settings->value(vaultKey(vaultId, QStringLiteral("lastUserName"))).toString();
}

QString SignInSettings::lastUserId(const QString& vaultId) const {
    return vaultId.isEmpty() ? QString()
                             : m_settings->value(vaultKey(vaultId, QStringLiteral("lastUserId"))).toString();
}

void SignInSettings::setLastUser(const QString& vaultId, const QString& userId, const QString& userName) {
    if (vaultId.isEmpty()) {
        return;
    }
    m_settings->setValue(vaultKey(vaultId, QStringLiteral("lastUserName")), userName);
    m_settings->setValue(vaultKey(vaultId, QStringLiteral("lastUserId")), userId);
}

bool SignInSettings::isRemembered(const QString& vaultId, const QString& userId) const {
    if (vaultId.isEmpty() || userId.isEmpty()) {
        return false;
    }
    return m_settings->value(vaultKey(vaultId, QStringLiteral("remembered/") + userId), false).toBool();
}

void SignInSettings::setRemembered(const QString& vaultId, const QString& userId, bool remembered) {
    if (vaultId.isEmpty() || userId.isEmpty()) {
        return;
    }
    const QString key = vaultKey(vaultId, QStringLiteral("remembered/") + userId);
    if (remembered) {
        m_settings->setValue(key, true);
    } else {
        m_settings->remove(key);
    }
}

} // namespace clinicdesk
