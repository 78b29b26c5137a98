// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "unlock/UnlockWindow.h"

#include "async/Worker.h"
#include "keychain/KeychainStore.h"
#include "unlock/RecoveryDialog.h"
#include "util/Logging.h"
#include "widgets/BusyBar.h"
#include "widgets/ErrorLabel.h"

#include <QCloseEvent>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

UnlockWindow::UnlockWindow(QString vaultDir, Worker& vaultTasks, KeychainStore& keychain, QWidget* parent)
    : QWidget(parent)
    , m_vaultDir(std::move(vaultDir))
    , m_vaultTasks(vaultTasks)
    , m_keychain(keychain)
    , m_hint(new QLabel(this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_forgot(new QPushButton(tr("&Forgot password?"), this))
    , m_error(new ErrorLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new BusyBar(QString(), this)) {
    setObjectName(QStringLiteral("unlockWindow"));
    setWindowTitle(tr("ClinicDesk — Unlock"));
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/clinicdesk.svg")));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/ui/icons/clinicdesk.svg")).pixmap(56, 56));
    auto* title = new QLabel(tr("ClinicDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Sign in to open the vault"), this);
    auto* folder = new QLabel(QDir::toNativeSeparators(m_vaultDir), this);
    folder->setObjectName(QStringLiteral("vaultFolderLabel"));
    folder->setEnabled(false);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();

    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgot->setFlat(true);
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_status->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_forgot);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* card = new QVBoxLayout;
    card->addLayout(header);
    card->addSpacing(4);
    card->addWidget(folder);
    card->addWidget(m_hint);
    card->addSpacing(8);
    card->addLayout(form);
    card->addWidget(m_error);
    card->addWidget(m_status);
    card->addWidget(m_busy);
    card->addSpacing(4);
    card->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->addLayout(card);
    layout->addStretch(1);
    setMinimumWidth(440);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockWindow::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(m_userName, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_forgot, &QPushButton::clicked, this, &UnlockWindow::openRecovery);
    m_userName->setFocus();
}

void UnlockWindow::setUserName(const QString& name) {
    m_userName->setText(name);
    if (!name.isEmpty()) {
        m_password->setFocus();
    }
}

void UnlockWindow::setHint(const QString& text) {
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void UnlockWindow::showError(const QString& message) {
    m_error->showMessage(message);
}

void UnlockWindow::setBusy(const QString& text) {
    for (QWidget* w : std::initializer_list<QWidget*>{m_userName, m_password, m_unlock, m_forgot}) {
        w->setEnabled(false);
    }
    m_status->setText(text);
    m_status->show();
    m_busy->show();
}

void UnlockWindow::setIdle() {
    for (QWidget* w : std::initializer_list<QWidget*>{m_userName, m_password, m_unlock, m_forgot}) {
        w->setEnabled(true);
    }
    m_status->hide();
    m_busy->hide();
    (m_userName->text().isEmpty() ? m_userName : m_password)->setFocus();
}

void UnlockWindow::unlock() {
    if (!m_unlock->isEnabled()) {
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    QString typed = m_password->text();
    SecureBytes password = SecureBytes::fromUtf8(typed);
    SecureBytes::wipe(typed);
    m_password->clear();
    showError({});
    setBusy(tr("Unlocking…"));
    m_vaultTasks.post(
        this,
        [dir = m_vaultDir, user = m_userName->text().trimmed(),
         password = std::move(password)]() -> Result<std::shared_ptr<VaultSession>> {
            auto session = VaultSession::login(dir, user, password);
            if (!session) {
                return std::unexpected(session.error());
            }
            return std::shared_ptr<VaultSession>(std::move(*session));
        },
        [this](Result<std::shared_ptr<VaultSession>> result) { finishUnlock(std::move(result), false); });
}

void UnlockWindow::unlockWithKeychain(const QString& keychainEntry, const QString& userName) {
    setUserName(userName);
    setBusy(tr("Opening the vault with the key this computer remembers…"));
    m_keychain.read(keychainEntry, [this, guard = QPointer<UnlockWindow>(this), userName](Result<SecureBytes> key) {
        if (!guard) {
            return;
        }
        if (!key) {
            qCInfo(lcUi) << "keychain sign-in unavailable:" << errorCodeName(key.error().code);
            finishUnlock(std::unexpected(key.error()), true);
            return;
        }
        m_vaultTasks.post(
            this,
            [dir = m_vaultDir, userName, key = std::move(*key)]() -> Result<std::shared_ptr<VaultSession>> {
                auto session = VaultSession::loginWithKeychainKey(dir, userName, key);
                if (!session) {
                    return std::unexpected(session.error());
                }
                return std::shared_ptr<VaultSession>(std::move(*session));
            },
            [this](Result<std::shared_ptr<VaultSession>> result) { finishUnlock(std::move(result), true); });
    });
}

void UnlockWindow::finishUnlock(Result<std::shared_ptr<VaultSession>> result, bool withKeychain) {
    if (result) {
        m_signedIn = true;
        setBusy(tr("Opening the vault…"));
        emit signedIn(std::move(*result));
        return;
    }
    setIdle();
    if (withKeychain) {
        showError(tr("The key remembered on this computer did not open the vault: %1 Enter your password instead.")
                      .arg(result.error().message));
    } else {
        showError(result.error().message);
    }
    m_password->clear();
    m_password->setFocus();
}

void UnlockWindow::openRecovery() {
    auto* dialog = new RecoveryDialog(m_vaultDir, m_vaultTasks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUserName(m_userName->text().trimmed());
    connect(dialog, &RecoveryDialog::signedIn, this, [this](std::shared_ptr<VaultSession> session) {
        m_signedIn = true;
        setBusy(tr("Opening the vault…"));
        emit signedIn(std::move(session));
    });
    dialog->open();
}

void UnlockWindow::closeEvent(QCloseEvent* event) {
    event->accept();
    if (!m_signedIn) {
        emit closed();
    }
}

} // namespace clinicdesk
