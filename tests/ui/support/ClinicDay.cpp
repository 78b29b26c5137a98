// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ClinicDay.h"

#include "Widgets.h"
#include "main/MainWindow.h"

#include <QDateTime>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

namespace clinicdesk::test {

bool ClinicDay::prepare() {
    auto pia = vault.addUser(QStringLiteral("pia"), Role::Practitioner);
    auto rita = vault.addUser(QStringLiteral("rita"), Role::Receptionist);
    if (!pia || !rita) {
        return false;
    }
    PatientDraft ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lund");
    PatientDraft bo;
    bo.firstName = QStringLiteral("Bo");
    bo.lastName = QStringLiteral("Ek");
    auto a = vault.session().patients().add(ada);
    auto b = vault.session().patients().add(bo);
    if (!a || !b) {
        return false;
    }
    adaId = a->patient.id;
    boId = b->patient.id;
    // Today, late enough that neither is in the past when the test starts early in the morning.
    const QDateTime start(QDate::currentDate(), QTime(23, 0));
    AppointmentDraft booking;
    booking.patientId = adaId;
    booking.practitionerId = pia->id;
    booking.start = start;
    booking.durationMinutes = 30;
    booking.reason = QStringLiteral("Check-up");
    auto first = vault.session().appointments().add(booking);
    booking.patientId = boId;
    booking.practitionerId = vault.session().user().id;
    booking.start = start.addSecs(-60 * 60);
    auto second = vault.session().appointments().add(booking);
    if (!first || !second) {
        return false;
    }
    adaAppointment = first->id;
    boAppointment = second->id;
    return true;
}

QWidget* ClinicDay::currentPage() const {
    return child<QStackedWidget>(window(), "mainPages")->currentWidget();
}

QTreeWidget* ClinicDay::todayList() const {
    return child<QTreeWidget>(window(), "todayAppointments");
}

QTreeWidgetItem* ClinicDay::todayRow(const QString& patientName) const {
    for (QTreeWidgetItemIterator it(todayList()); *it != nullptr; ++it) {
        if ((*it)->text(1) == patientName) {
            return *it;
        }
    }
    return nullptr;
}

void ClinicDay::clickTodayRow(QTreeWidgetItem* item) const {
    const QRect cell = todayList()->visualItemRect(item);
    QTest::mouseClick(todayList()->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 140, cell.center().y()));
}

} // namespace clinicdesk::test
