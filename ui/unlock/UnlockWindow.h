// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "session/VaultSession.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinicdesk {

class BusyBar;
class ErrorLabel;
class Worker;

class KeychainStore;

// The sign-in screen for an existing vault: user name and password, or the
// key this computer's keychain remembers. Opening an envelope costs ~0.5 s of
// Argon2id, so it runs on `vaultTasks`; meanwhile the form is disabled.
class UnlockWindow : public QWidget {
    Q_OBJECT
public:
    UnlockWindow(QString vaultDir, Worker& vaultTasks, KeychainStore& keychain, QWidget* parent = nullptr);

    void setUserName(const QString& name);
    // A line under the title (the demo shows its password here).
    void setHint(const QString& text);
    // Shows a problem found before anyone typed (an unreadable vault, say).
    void showError(const QString& message);
    // Tries the key the OS keychain holds under `keychainEntry` for `userName`;
    // on any failure the password form comes back with a message saying why.
    void unlockWithKeychain(const QString& keychainEntry, const QString& userName);
    // Disables the form with a note (for example while the vault locks).
    void setBusy(const QString& text);
    void setIdle();

signals:
    void signedIn(std::shared_ptr<clinicdesk::VaultSession> session);
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void unlock();
    void openRecovery();
    void finishUnlock(Result<std::shared_ptr<VaultSession>> result, bool withKeychain);

    QString m_vaultDir;
    Worker& m_vaultTasks;
    KeychainStore& m_keychain;
    bool m_signedIn = false;
    QLabel* m_hint;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_forgot;
    ErrorLabel* m_error;
    QLabel* m_status;
    BusyBar* m_busy;
};

} // namespace clinicdesk
