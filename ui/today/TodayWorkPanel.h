// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/Job.h"
#include "services/TodayService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace clinicdesk {

// The Today page's "waiting for you" column for clinical roles: unsigned drafts, recordings waiting for a
// transcript, and AI jobs that need the user. A click (or Enter) on a draft or a recording asks for its
// encounter; on a job, for the AI jobs page.
class TodayWorkPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int EncounterIdRole = Qt::UserRole + 1;
    static constexpr int PatientIdRole = Qt::UserRole + 2;
    static constexpr int PatientNameRole = Qt::UserRole + 3;
    static constexpr int IdRole = Qt::UserRole + 4; // the note, recording or job

    explicit TodayWorkPanel(QWidget* parent = nullptr);

    void setWork(const TodayWork& work, const QHash<QString, Patient>& patients);
    // The jobs that need `userId` (JobsHost's snapshot); `patients` names them where it can.
    void setJobs(const std::vector<Job>& jobs, const QString& userId, const QHash<QString, Patient>& patients);
    [[nodiscard]] QListWidget* drafts() const { return m_drafts; }
    [[nodiscard]] QListWidget* recordings() const { return m_recordings; }
    [[nodiscard]] QListWidget* jobs() const { return m_jobs; }
    // Patient ids the jobs shown name (so the next load reads their names).
    [[nodiscard]] QStringList jobPatientIds() const { return m_jobPatientIds; }

signals:
    void encounterRequested(const QString& encounterId, const QString& patientId, const QString& patientName);
    void jobsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListWidget* addSection(const QString& objectName, const QString& emptyText, QLabel*& heading, QLabel*& empty);
    void setCount(QLabel* heading, const QString& title, int count, QListWidget* list, QLabel* empty);
    void open(QListWidgetItem* item);

    QLabel* m_draftsHeading = nullptr;
    QLabel* m_draftsEmpty = nullptr;
    QListWidget* m_drafts = nullptr;
    QLabel* m_recordingsHeading = nullptr;
    QLabel* m_recordingsEmpty = nullptr;
    QListWidget* m_recordings = nullptr;
    QLabel* m_jobsHeading = nullptr;
    QLabel* m_jobsEmpty = nullptr;
    QListWidget* m_jobs = nullptr;
    QStringList m_jobPatientIds;
};

} // namespace clinicdesk
