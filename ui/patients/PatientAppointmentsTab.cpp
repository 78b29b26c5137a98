// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientAppointmentsTab.h"

#include "domain/AppointmentStatus.h"
#include "util/Clock.h"
#include "widgets/AppointmentStatusLook.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace clinicdesk {

PatientAppointmentsTab::PatientAppointmentsTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No appointments booked."), this)) {
    setObjectName(QStringLiteral("recordAppointmentsTab"));
    m_view->setObjectName(QStringLiteral("recordAppointments"));
    m_view->setAccessibleName(tr("Appointments"));
    m_view->setHeaderLabels({tr("When"), tr("Practitioner"), tr("Reason"), tr("Status")});
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(14, 14));
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_empty->setObjectName(QStringLiteral("recordAppointmentsEmpty"));
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
}

void PatientAppointmentsTab::setRecord(const PatientRecord& record) {
    m_view->clear();
    const std::int64_t now = Clock::nowMs();
    std::vector<const Appointment*> upcoming;
    std::vector<const Appointment*> past;
    for (const Appointment& a : record.appointments) {
        (a.endsAt() >= now ? upcoming : past).push_back(&a);
    }
    std::sort(upcoming.begin(), upcoming.end(),
              [](const Appointment* a, const Appointment* b) { return a->startsAt < b->startsAt; });
    std::sort(past.begin(), past.end(),
              [](const Appointment* a, const Appointment* b) { return a->startsAt > b->startsAt; });
    const QLocale locale;
    const auto addGroup = [&](const QString& title, const std::vector<const Appointment*>& rows) {
        if (rows.empty()) {
            return;
        }
        auto* group = new QTreeWidgetItem(m_view);
        group->setText(0, QStringLiteral("%1 (%2)").arg(title).arg(rows.size()));
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setWeight(QFont::DemiBold);
        group->setFont(0, bold);
        for (const Appointment* a : rows) {
            auto* item = new QTreeWidgetItem(group);
            item->setData(0, AppointmentIdRole, a->id);
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(a->startsAt);
            item->setText(
                0, tr("%1, %2–%3")
                       .arg(locale.toString(start.date(), QLocale::ShortFormat),
                            locale.toString(start.time(), QLocale::ShortFormat),
                            locale.toString(QDateTime::fromMSecsSinceEpoch(a->endsAt()).time(), QLocale::ShortFormat)));
            item->setText(1, a->practitionerId ? record.userNames.value(*a->practitionerId) : QString());
            item->setText(2, a->reason.value_or(QString()));
            QString status = AppointmentStatusLook::text(a->status);
            if (a->status == AppointmentStatus::Cancelled && a->cancelReason) {
                status = tr("%1: %2").arg(status, *a->cancelReason);
            }
            item->setText(3, status);
            item->setIcon(3, AppointmentStatusLook::icon(a->status, m_view));
        }
        group->setExpanded(true);
    };
    addGroup(tr("Upcoming"), upcoming);
    addGroup(tr("Past"), past);
    const bool none = record.appointments.empty();
    m_view->setVisible(!none);
    m_empty->setVisible(none);
}

} // namespace clinicdesk
