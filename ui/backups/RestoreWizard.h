// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "services/BackupService.h"

#include <QPointer>
#include <QWizard>

namespace clinicdesk {

class RestoreFilePage;
class RestoreFolderPage;
class RestorePasswordPage;
class RestoreRunPage;

// "Restore into a new folder…" (objectName "restoreWizard"): choose the backup file, enter the
// password of an administrator in that backup, choose a new or empty folder (a folder that is not
// empty or cannot be written is refused with a sentence, and nothing is made), then the restore runs
// with progress and Cancel. The restored vault is a vault of its own; this one stays open.
//
// Pages: restoreFilePage, restorePasswordPage, restoreFolderPage, restoreRunPage.
class RestoreWizard : public QWizard {
    Q_OBJECT
public:
    RestoreWizard(BackupService& service, const QString& startFolder, QWidget* parent = nullptr);

    [[nodiscard]] BackupService* service() const { return m_service; }
    [[nodiscard]] QString startFolder() const { return m_startFolder; }
    [[nodiscard]] RestoreFilePage* filePage() const { return m_file; }
    [[nodiscard]] RestorePasswordPage* passwordPage() const { return m_password; }
    [[nodiscard]] RestoreFolderPage* folderPage() const { return m_folder; }
    [[nodiscard]] RestoreRunPage* runPage() const { return m_run; }

    void reject() override;

signals:
    void restored(const QString& dir);

private:
    QPointer<BackupService> m_service;
    QString m_startFolder;
    RestoreFilePage* m_file;
    RestorePasswordPage* m_password;
    RestoreFolderPage* m_folder;
    RestoreRunPage* m_run;
};

} // namespace clinicdesk
