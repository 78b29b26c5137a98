// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "users/SetPasswordDialog.h"

#include "services/UserAdminService.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

SetPasswordDialog::SetPasswordDialog(UserAdminService& service, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_service(&service)
    , m_user(user)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyBar(tr("Saving"), this))
    , m_accept(new QPushButton(tr("Set password"), this)) {
    setObjectName(QStringLiteral("setPasswordDialog"));
    setWindowTitle(tr("New password for %1").arg(user.displayName));
    setModal(true);

    auto* explanation = new QLabel(tr("%1 signs in with this password from now on; the old one no longer "
                                      "works, and a computer that remembered %1 asks for the new one. Tell "
                                      "%1 the password in person.")
                                       .arg(user.displayName),
                                   this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setMinimumWidth(380);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_repeat->setObjectName(QStringLiteral("newPasswordRepeatEdit"));
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(1024);
    }
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);

    m_error->setObjectName(QStringLiteral("setPasswordError"));
    m_busy->setObjectName(QStringLiteral("setPasswordBusy"));

    m_accept->setObjectName(QStringLiteral("setPasswordAcceptButton"));
    m_accept->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetPasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    m_password->setFocus();
}

void SetPasswordDialog::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_accept->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
}

void SetPasswordDialog::submit() {
    if (!m_service) {
        return;
    }
    m_error->hide();
    const auto problem = [this](const QString& text, QLineEdit* focus) {
        m_error->showMessage(text);
        focus->setFocus();
    };
    if (m_password->text().size() < 8) {
        problem(tr("The password must have at least 8 characters."), m_password);
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        problem(tr("The two passwords differ."), m_repeat);
        return;
    }
    QString text = m_password->text();
    auto password = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(text));
    SecureBytes::wipe(text);
    setBusy(true);
    m_service->setPassword(this, m_user.name, std::move(password), [this](Status set) {
        setBusy(false);
        if (!set) {
            m_error->showMessage(set.error().message);
            return;
        }
        m_password->clear();
        m_repeat->clear();
        emit passwordSet(m_user.name);
        accept();
    });
}

} // namespace clinicdesk
