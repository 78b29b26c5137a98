// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"
#include "services/TodayService.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace clinicdesk {

class InfoBar;
class JobsHost;
class TodayAppointmentList;
class TodayWorkPanel;

// Where the day starts. The signed-in practitioner's appointments of the day (everyone's, grouped by
// practitioner, for reception and for administrators who do not see patients themselves), each with
// time, patient, reason and status; for clinical roles also their unsigned drafts, recordings waiting
// for a transcript and AI jobs that need them. A click (or Enter) on an appointment opens its encounter
// (appointmentOpened()), or, for roles without clinical access, the patient's record
// (patientRecordRequested()). Reception marks patients arrived or no-show from the list.
//
// It reads the day again every kRefreshMs while it is shown, when it is shown, after the user's own
// actions, when the job queue changes and at midnight (then it shows the new day).
class TodayPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 30'000;

    // `jobs` is null for roles without clinical access.
    TodayPage(TodayService& today, const User& user, JobsHost* jobs, QWidget* parent = nullptr);

    [[nodiscard]] QDate day() const { return m_day; }
    [[nodiscard]] bool showsEveryone() const;
    [[nodiscard]] TodayAppointmentList* appointments() const { return m_list; }
    [[nodiscard]] TodayWorkPanel* workPanel() const { return m_work; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

public slots:
    // Reads the day again now.
    void refresh();

signals:
    void appointmentOpened(const QString& appointmentId, const QString& patientId, const QString& patientName);
    void patientRecordRequested(const QString& patientId);
    void encounterRequested(const QString& encounterId, const QString& patientId, const QString& patientName);
    void jobsRequested();
    // A fresh answer is on screen (tests wait for it).
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSnapshot(const TodaySnapshot& snapshot);
    void updateSummary(const TodaySnapshot& snapshot);
    void openAppointment(const QString& appointmentId, const QString& patientId, const QString& patientName);
    void setStatus(const QString& appointmentId, const QString& status);
    void armMidnight();

    TodayService& m_today;
    User m_user;
    JobsHost* m_jobs;
    bool m_clinical;
    QDate m_day;
    bool m_loaded = false;
    TodaySnapshot m_snapshot;
    QTimer m_refreshTimer;
    QTimer m_midnight;
    QLabel* m_date;
    QLabel* m_summary;
    QComboBox* m_scope = nullptr;
    QPushButton* m_refresh;
    InfoBar* m_infoBar;
    TodayAppointmentList* m_list;
    QLabel* m_empty;
    TodayWorkPanel* m_work = nullptr;
};

} // namespace clinicdesk
