// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "services/TodayService.h"

#include <QTreeWidget>

class QAction;

namespace clinicdesk {

// The day's appointments on the Today page: time, patient, reason and status (a word and a shape), grouped
// under each practitioner's name when the list shows everyone's. A click (or Enter) on an appointment asks
// for it to be opened (opened()); rows that can still change show quick actions (Arrived, No-show), also
// as the shortcuts Ctrl+Shift+A and Ctrl+Shift+N on the current row.
class TodayAppointmentList : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { Time, Patient, Reason, Status, Actions, ColumnCount };
    static constexpr int AppointmentIdRole = Qt::UserRole + 1;
    static constexpr int PatientIdRole = Qt::UserRole + 2;
    static constexpr int StatusRole = Qt::UserRole + 3;

    // `quickActions`: show Arrived / No-show (the user may change the schedule).
    TodayAppointmentList(bool quickActions, QWidget* parent = nullptr);

    // Shows the appointments of `snapshot`, keeping the current row where it still exists.
    void setSnapshot(const TodaySnapshot& snapshot);
    // The item of an appointment (null when it is not shown).
    [[nodiscard]] QTreeWidgetItem* itemOf(const QString& appointmentId) const;
    [[nodiscard]] int appointmentCount() const { return m_count; }
    [[nodiscard]] QAction* arrivedAction() const { return m_arrivedAction; }
    [[nodiscard]] QAction* noShowAction() const { return m_noShowAction; }

signals:
    void opened(const QString& appointmentId, const QString& patientId, const QString& patientName);
    void statusRequested(const QString& appointmentId, const QString& status);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTreeWidgetItem* addRow(QTreeWidgetItem* parent, const Appointment& appointment, const QString& patientName);
    void addActions(QTreeWidgetItem* item, const Appointment& appointment);
    void open(QTreeWidgetItem* item);
    void requestForCurrent(const QString& status);

    bool m_quickActions;
    int m_count = 0;
    QAction* m_arrivedAction;
    QAction* m_noShowAction;
};

} // namespace clinicdesk
