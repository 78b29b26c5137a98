// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "session/VaultSession.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinicdesk {

class BusyBar;
class ErrorLabel;
class Worker;

// "Forgot password?": the recovery code printed when the vault was made opens
// it, and the user chooses a new password. Runs on `vaultTasks` (Argon2id).
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(QString vaultDir, Worker& vaultTasks, QWidget* parent = nullptr);

    void setUserName(const QString& name);

signals:
    void signedIn(std::shared_ptr<clinicdesk::VaultSession> session);

private:
    void validate();
    void recover();
    void setBusy(bool busy);

    QString m_vaultDir;
    Worker& m_vaultTasks;
    bool m_busyNow = false;
    QLineEdit* m_code;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    ErrorLabel* m_error;
    BusyBar* m_busy;
    QPushButton* m_recover;
};

} // namespace clinicdesk
