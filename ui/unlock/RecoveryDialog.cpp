// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "unlock/RecoveryDialog.h"

#include "async/Worker.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {
constexpr int kMinPasswordLength = 8;
} // namespace

RecoveryDialog::RecoveryDialog(QString vaultDir, Worker& vaultTasks, QWidget* parent)
    : QDialog(parent)
    , m_vaultDir(std::move(vaultDir))
    , m_vaultTasks(vaultTasks)
    , m_code(new QLineEdit(this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyBar(QString(), this)) {
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Set a new password with the recovery code"));

    auto* intro = new QLabel(tr("Type the recovery code you wrote down when the vault was created. It opens the "
                                "vault once so you can choose a new password."),
                             this);
    intro->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_code->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_userName->setObjectName(QStringLiteral("recoveryUserNameEdit"));
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("newPasswordConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Recovery &code:"), m_code);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat the new password:"), m_confirm);

    auto* buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("Set new password"), QDialogButtonBox::AcceptRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    for (QLineEdit* edit : {m_code, m_userName, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &RecoveryDialog::validate);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::recover);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);
    validate();
}

void RecoveryDialog::setUserName(const QString& name) {
    m_userName->setText(name);
}

void RecoveryDialog::validate() {
    QString problem;
    if (!m_password->text().isEmpty() && m_password->text().size() < kMinPasswordLength) {
        problem = tr("The password must have at least %1 characters.").arg(kMinPasswordLength);
    } else if (!m_confirm->text().isEmpty() && m_confirm->text() != m_password->text()) {
        problem = tr("The two passwords are not the same.");
    }
    m_error->showMessage(problem);
    const bool complete = !m_code->text().trimmed().isEmpty() && !m_userName->text().trimmed().isEmpty() &&
                          m_password->text().size() >= kMinPasswordLength && m_confirm->text() == m_password->text();
    m_recover->setEnabled(complete && problem.isEmpty() && !m_busyNow);
}

void RecoveryDialog::setBusy(bool busy) {
    m_busyNow = busy;
    for (QLineEdit* edit : {m_code, m_userName, m_password, m_confirm}) {
        edit->setEnabled(!busy);
    }
    m_busy->setVisible(busy);
    validate();
}

void RecoveryDialog::recover() {
    validate();
    if (!m_recover->isEnabled()) {
        return;
    }
    QString typed = m_password->text();
    SecureBytes password = SecureBytes::fromUtf8(typed);
    SecureBytes::wipe(typed);
    QString code = m_code->text();
    setBusy(true);
    m_vaultTasks.post(
        this,
        [dir = m_vaultDir, code, user = m_userName->text().trimmed(),
         password = std::move(password)]() -> Result<std::shared_ptr<VaultSession>> {
            auto session = VaultSession::recover(dir, code, user, password);
            if (!session) {
                return std::unexpected(session.error());
            }
            return std::shared_ptr<VaultSession>(std::move(*session));
        },
        [this](Result<std::shared_ptr<VaultSession>> result) {
            setBusy(false);
            if (!result) {
                m_error->showMessage(result.error().message);
                return;
            }
            m_password->clear();
            m_confirm->clear();
            m_code->clear();
            emit signedIn(std::move(*result));
            accept();
        });
    SecureBytes::wipe(code);
}

} // namespace clinicdesk
