// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "storage/BackupTypes.h"

#include <QFrame>

#include <map>
#include <utility>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;

namespace clinicdesk {

// A backup task as it runs (objectName "backupTaskPanel"): what is being done, one progress bar over
// the whole task (its steps weighted by how long they take), Cancel, and the checks a backup passes
// ticked off one by one — complete and unmodified, the database intact, the audit log unbroken —
// each saying in words whether it passed, failed or is still to come.
//
// Object names: backupTaskTitle, backupStepLabel, backupProgressBar, cancelBackupButton, and the
// checks checkKey, checkTag, checkIntegrity, checkAudit (their accessible description and the
// property "state": waiting, running, passed, failed).
class BackupTaskPanel : public QFrame {
    Q_OBJECT
public:
    enum class Task { Create, Verify, Restore };

    explicit BackupTaskPanel(QWidget* parent = nullptr);

    void start(Task task, const QString& title);
    void progress(BackupStep step, std::int64_t done, std::int64_t total);
    // The task ended: every check passed, or the one running failed (with the reason).
    void succeed(const QString& summary);
    void failAt(const QString& reason);
    void stopped(const QString& reason);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    enum class CheckState { Waiting, Running, Passed, Failed };
    struct Check {
        QLabel* mark;
        QLabel* text;
    };
    void setCheck(BackupStep check, CheckState state);
    [[nodiscard]] static BackupStep checkOf(BackupStep step);
    [[nodiscard]] static QString stepLabel(BackupStep step);

    QLabel* m_title;
    QLabel* m_step;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QWidget* m_checklist;
    std::map<BackupStep, Check> m_checks;           // Opening, CheckingTag, CheckingIntegrity, CheckingAudit
    std::vector<std::pair<BackupStep, int>> m_plan; // steps and their weights
    BackupStep m_current = BackupStep::Copying;
    bool m_running = false;
};

} // namespace clinicdesk
