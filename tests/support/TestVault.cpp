// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "TestVault.h"

#include <QFile>
#include <QTest>

namespace clinicdesk::test {

TestVault::TestVault() {
    NewUser admin;
    admin.name = QString::fromLatin1(kAdminName);
    admin.displayName = QStringLiteral("Dr Admin");
    admin.profession = Profession::Dentist;
    auto created =
        VaultSession::createVault(dir(), admin, secret(QString::fromLatin1(kAdminPassword)), KdfParams::minimum());
    if (!created) {
        qFatal("TestVault: could not create the vault: %s", qPrintable(created.error().detail));
    }
    m_session = std::move(created->session);
    m_session->vault().setKdfForNewEnvelopes(KdfParams::minimum());
    m_recoveryCode = created->recoveryCode;
}

Status TestVault::loginAs(const QString& user, const QString& password) {
    m_session.reset();
    auto session = VaultSession::login(dir(), user, secret(password));
    if (!session) {
        return std::unexpected(session.error());
    }
    m_session = std::move(*session);
    m_session->vault().setKdfForNewEnvelopes(KdfParams::minimum());
    return {};
}

Result<User> TestVault::addUser(const QString& name, Role role) {
    NewUser user;
    user.name = name;
    user.displayName = name;
    user.role = role;
    if (role == Role::Practitioner) {
        user.profession = Profession::Therapist;
    }
    return m_session->addUser(user, secret(passwordFor(name)));
}

PatientDraft patientDraft(const QString& first, const QString& last, const QString& nationalId, const QString& phone,
                          const QString& email) {
    PatientDraft d;
    d.firstName = first;
    d.lastName = last;
    d.nationalId = nationalId;
    d.phone = phone;
    d.email = email;
    return d;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace clinicdesk::test
