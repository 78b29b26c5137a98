// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/TodayService.h"

#include "async/VaultWorker.h"
#include "domain/AccessPolicy.h"
#include "repo/AppointmentRepository.h"
#include "repo/PatientRepository.h"
#include "repo/UserRepository.h"
#include "services/ServiceLog.h"

#include <QDateTime>
#include <QSet>

namespace clinicdesk {

namespace {

constexpr int kMaxAppointments = 2000;

Result<TodaySnapshot> loadDay(VaultScope& vault, QDate day, bool everyone) {
    TodaySnapshot snapshot;
    snapshot.day = day;
    snapshot.everyone = everyone;
    const std::int64_t from = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const std::int64_t to = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    auto appointments = AppointmentRepository(vault.db, vault.session)
                            .listBetween(from, to, everyone ? QString() : vault.session.user.id, kMaxAppointments);
    if (!appointments) {
        return std::unexpected(appointments.error());
    }
    snapshot.appointments = std::move(*appointments);
    QSet<QString> patientIds;
    for (const Appointment& a : snapshot.appointments) {
        patientIds.insert(a.patientId);
    }
    if (AccessPolicy::allows(vault.session.user.role, Permission::ReadClinical)) {
        ClinicalOverview overview(vault.db, vault.session);
        auto drafts = overview.draftsOf(vault.session.user.id);
        if (!drafts) {
            return std::unexpected(drafts.error());
        }
        auto waiting = overview.awaitingTranscription(vault.session.user.id);
        if (!waiting) {
            return std::unexpected(waiting.error());
        }
        for (const NoteSummary& n : *drafts) {
            patientIds.insert(n.patientId);
        }
        for (const Recording& r : *waiting) {
            patientIds.insert(r.patientId);
        }
        snapshot.work = TodayWork{std::move(*drafts), std::move(*waiting)};
    }
    auto names = PatientRepository(vault.db, vault.session).namesOf(QStringList(patientIds.begin(), patientIds.end()));
    if (!names) {
        return std::unexpected(names.error());
    }
    for (Patient& p : *names) {
        snapshot.patients.insert(p.id, std::move(p));
    }
    auto users = UserRepository(vault.db, vault.session).list();
    if (!users) {
        return std::unexpected(users.error());
    }
    for (const User& u : *users) {
        snapshot.userNames.insert(u.id, u.displayName);
    }
    return snapshot;
}

} // namespace

TodayService::TodayService(VaultWorker& worker)
    : m_worker(worker) {}

void TodayService::load(QObject* context, QDate day, bool everyone, std::function<void(Result<TodaySnapshot>)> done) {
    m_worker.postLatest(
        context, m_loads,
        [day, everyone](VaultScope& vault) { return logFailure(loadDay(vault, day, everyone), "loading today"); },
        std::move(done));
}

void TodayService::setStatus(QObject* context, const QString& appointmentId, const QString& status,
                             std::function<void(Result<Appointment>)> done) {
    m_worker.post(
        context,
        [appointmentId, status](VaultScope& vault) {
            return logFailure(AppointmentRepository(vault.db, vault.session).setStatus(appointmentId, status),
                              "changing an appointment's status");
        },
        std::move(done));
}

} // namespace clinicdesk
