// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "repo/BackupStatusStore.h"
#include "services/BackupService.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSettings;

namespace clinicdesk {

class BackupTaskPanel;
class InfoBar;

// Settings > Backups (objectName "backupsPage", administrators): the vault's last verified backup;
// "Back up now" to a file the user chooses (made, then checked, with progress and Cancel; a
// cancelled backup leaves no file); "Verify a file" (this vault's backups are checked with its key,
// another vault's with a user's password from it), showing what was checked; "Restore into a new
// folder" as a wizard. Everything runs on the long-task worker.
//
// Object names: backupsBackButton, lastBackupLabel, backUpNowButton, verifyBackupButton,
// restoreBackupButton, backupsInfoBar, backupFileDialog, verifyFileDialog, restoreWizard, and the
// task panel's (BackupTaskPanel).
class BackupsPage : public QWidget {
    Q_OBJECT
public:
    BackupsPage(BackupService& service, QSettings* settings, QWidget* parent = nullptr);

    [[nodiscard]] BackupTaskPanel* taskPanel() const { return m_task; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    void refresh();

    // Starts the tasks with a chosen file (what the file dialogs lead to).
    void backUpTo(const QString& path);
    void verifyFile(const QString& path);

    static constexpr const char* kFolderKey = "backups/lastFolder";

signals:
    void backRequested();
    // A task ended (made, checked, restored, cancelled or failed).
    void taskFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void chooseBackupFile();
    void chooseFileToVerify();
    void startRestore();
    void runVerify(const QString& path, const std::optional<BackupService::Credentials>& credentials);
    void showLast(const std::optional<VerifiedBackup>& backup);
    void setRunning(bool running);
    void finish(const Error& error);
    void rememberFolder(const QString& path);
    [[nodiscard]] QString folder() const;

    QPointer<BackupService> m_service;
    QSettings* m_settings;
    QLabel* m_last;
    QPushButton* m_backUp;
    QPushButton* m_verify;
    QPushButton* m_restore;
    BackupTaskPanel* m_task;
    InfoBar* m_infoBar;
    BackupService::CancelFlag m_cancel;
};

} // namespace clinicdesk
