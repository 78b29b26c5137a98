// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "backups/BackupCredentialsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

BackupCredentialsDialog::BackupCredentialsDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this)) {
    setObjectName(QStringLiteral("backupCredentialsDialog"));
    setWindowTitle(tr("Open %1").arg(fileName));
    setModal(true);
    auto* explanation = new QLabel(tr("%1 is a backup of another vault. To check it, enter the sign-in name and "
                                      "password of a user in that vault.")
                                       .arg(fileName),
                                   this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setMinimumWidth(380);
    m_user->setObjectName(QStringLiteral("backupUserEdit"));
    m_user->setAccessibleName(tr("Sign-in name in the backup"));
    m_user->setPlaceholderText(tr("Empty: the only administrator"));
    m_password->setObjectName(QStringLiteral("backupPasswordEdit"));
    m_password->setAccessibleName(tr("Password in the backup"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Sign-in name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check the backup"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("backupCredentialsAcceptButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString BackupCredentialsDialog::userName() const {
    return m_user->text().trimmed();
}

QString BackupCredentialsDialog::takePassword() {
    QString password = m_password->text();
    m_password->clear();
    return password;
}

} // namespace clinicdesk
