// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "services/BackupService.h"

#include <QWizardPage>

class QLabel;

namespace clinicdesk {

class BackupTaskPanel;

// The restore wizard's last page (objectName "restoreRunPage"): the restore runs as soon as the page
// shows, with its checks, progress and Cancel (BackupTaskPanel); then what was restored and where,
// or why not (Back leads to the password and the folder). Object name: restoreResultLabel.
class RestoreRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreRunPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override { return m_done; }
    [[nodiscard]] bool isRunning() const { return static_cast<bool>(m_cancel); }
    // Stops the restore and closes the wizard once it has stopped.
    void cancelAndClose();
    [[nodiscard]] BackupTaskPanel* taskPanel() const { return m_task; }

signals:
    void restored(const QString& dir);

private:
    BackupTaskPanel* m_task;
    QLabel* m_result;
    BackupService::CancelFlag m_cancel;
    bool m_done = false;
    quint64 m_run = 0; // which restore the answer belongs to
    bool m_closeWhenStopped = false;
};

} // namespace clinicdesk
