// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/RestorePasswordPage.h"

#include "backups/RestoreFilePage.h"
#include "backups/RestoreWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace clinicdesk {

RestorePasswordPage::RestorePasswordPage(QWidget* parent)
    : QWizardPage(parent)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this)) {
    setObjectName(QStringLiteral("restorePasswordPage"));
    setTitle(tr("An administrator of that backup"));
    m_user->setObjectName(QStringLiteral("restoreUserEdit"));
    m_user->setAccessibleName(tr("Sign-in name in the backup"));
    m_user->setPlaceholderText(tr("Empty: the only administrator"));
    m_password->setObjectName(QStringLiteral("restorePasswordEdit"));
    m_password->setAccessibleName(tr("Password in the backup"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(this);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Sign-in name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    connect(m_password, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void RestorePasswordPage::initializePage() {
    auto* wizard = qobject_cast<RestoreWizard*>(this->wizard());
    const bool thisVault = wizard != nullptr && wizard->filePage()->isThisVault();
    setSubTitle(thisVault ? tr("Your own sign-in name and password work if you were an administrator when the "
                               "backup was made.")
                          : tr("The backup is sealed with its vault's key, which only its users' passwords open. "
                               "Restoring needs an administrator of that vault."));
}

QString RestorePasswordPage::userName() const {
    return m_user->text().trimmed();
}

QString RestorePasswordPage::password() const {
    return m_password->text();
}

bool RestorePasswordPage::isComplete() const {
    return !m_password->text().isEmpty();
}

} // namespace clinicdesk
