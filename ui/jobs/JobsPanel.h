// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace clinicdesk {

class InfoBar;
class JobTableModel;
class JobsHost;

// The AI job queue, a page of the main window (objectName "jobsPanel"): every job with its state
// in plain words, attempts, next attempt, progress and last problem; Cancel and Retry for the
// selected job; the "Work offline" switch. It only shows and asks: JobsHost reads and writes the
// queue off the UI thread and reports back by signals.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(JobsHost& jobs, QWidget* parent = nullptr);

    [[nodiscard]] JobTableModel* model() const { return m_model; }
    // Checkable; shared with the main window's menu (objectName "workOfflineAction").
    [[nodiscard]] QAction* workOfflineAction() const { return m_workOffline; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    // Selects the job's row (when it is listed).
    void selectJob(const QString& jobId);

private:
    [[nodiscard]] QString selectedJobId() const;
    void updateButtons();
    void updateCount();

    JobsHost& m_jobs;
    JobTableModel* m_model;
    QTableView* m_view;
    InfoBar* m_infoBar;
    QLabel* m_detail;
    QLabel* m_count;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QCheckBox* m_workOfflineCheck;
    QAction* m_workOffline;
    QString m_selected; // kept across snapshots
};

} // namespace clinicdesk
