// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "services/PatientRecordService.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace clinicdesk {

// The record's appointments: upcoming ones (soonest first) and past ones (latest first), each with its
// practitioner, reason and status (a word and a shape); a cancelled one says why.
class PatientAppointmentsTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int AppointmentIdRole = Qt::UserRole + 1;

    explicit PatientAppointmentsTab(QWidget* parent = nullptr);

    void setRecord(const PatientRecord& record);
    [[nodiscard]] QTreeWidget* view() const { return m_view; }

private:
    QTreeWidget* m_view;
    QLabel* m_empty;
};

} // namespace clinicdesk
