// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/CalendarService.h"

#include "async/VaultWorker.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/UserRepository.h"
#include "services/ServiceLog.h"

#include <QCollator>

#include <algorithm>
#include <set>

namespace clinicdesk {

namespace {

bool bookable(const User& user) {
    return user.active && (user.role == Role::Practitioner || (user.role == Role::Admin && user.profession));
}

QString nameOf(const User& user) {
    return user.displayName.isEmpty() ? user.name : user.displayName;
}

void sortByName(std::vector<User>& users) {
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(users.begin(), users.end(),
                     [&](const User& a, const User& b) { return collator.compare(nameOf(a), nameOf(b)) < 0; });
}

Result<std::vector<User>> practitioners(VaultScope& vault, const std::set<QString>& alsoThese) {
    auto users = UserRepository(vault.db, vault.session).list();
    if (!users) {
        return std::unexpected(users.error());
    }
    std::vector<User> chosen;
    for (const User& user : *users) {
        if (bookable(user) || alsoThese.contains(user.id)) {
            chosen.push_back(user);
        }
    }
    sortByName(chosen);
    return chosen;
}

// The checks of a booking, and the other bookings it overlaps with their names.
Result<CalendarService::Outcome> checked(VaultScope& vault, const std::optional<QString>& practitionerId,
                                         const QDateTime& start, int minutes, const QString& exceptId) {
    auto settings = ClinicSettingsStore(vault.db, vault.session).load();
    if (!settings) {
        return std::unexpected(settings.error());
    }
    AppointmentRepository appointments(vault.db, vault.session);
    auto checks = appointments.check(practitionerId, start, minutes, *settings, exceptId);
    if (!checks) {
        return std::unexpected(checks.error());
    }
    CalendarService::Outcome outcome;
    outcome.checks = std::move(*checks);
    if (!outcome.checks.overlaps.empty() && practitionerId) {
        std::int64_t from = outcome.checks.overlaps.front().startsAt;
        std::int64_t to = from;
        std::set<QString> ids;
        for (const Appointment& a : outcome.checks.overlaps) {
            from = std::min(from, a.startsAt);
            to = std::max(to, a.endsAt());
            ids.insert(a.id);
        }
        auto named = appointments.listScheduled(from, to, *practitionerId);
        if (!named) {
            return std::unexpected(named.error());
        }
        for (ScheduledAppointment& s : *named) {
            if (ids.contains(s.appointment.id)) {
                outcome.overlaps.push_back(std::move(s));
            }
        }
    }
    return outcome;
}

} // namespace

CalendarService::CalendarService(VaultWorker& worker, VaultWorker& longTasks)
    : m_worker(worker)
    , m_longTasks(longTasks) {}

void CalendarService::loadRange(QObject* context, std::int64_t fromMs, std::int64_t toMs, const QString& practitionerId,
                                std::function<void(Result<Range>)> done) {
    m_worker.postLatest(
        context, m_ranges,
        [fromMs, toMs, practitionerId](VaultScope& vault) -> Result<Range> {
            Range range;
            auto settings = ClinicSettingsStore(vault.db, vault.session).load();
            if (!settings) {
                return logFailure(Result<Range>(std::unexpected(settings.error())), "calendar settings");
            }
            range.settings = std::move(*settings);
            auto listed = AppointmentRepository(vault.db, vault.session).listScheduled(fromMs, toMs, practitionerId);
            if (!listed) {
                return logFailure(Result<Range>(std::unexpected(listed.error())), "calendar range");
            }
            range.appointments = std::move(*listed);
            std::set<QString> withBookings;
            for (const ScheduledAppointment& s : range.appointments) {
                if (s.appointment.practitionerId) {
                    withBookings.insert(*s.appointment.practitionerId);
                }
            }
            auto people = practitioners(vault, withBookings);
            if (!people) {
                return logFailure(Result<Range>(std::unexpected(people.error())), "calendar practitioners");
            }
            range.practitioners = std::move(*people);
            return range;
        },
        std::move(done));
}

void CalendarService::book(QObject* context, const AppointmentDraft& draft, std::function<void(Result<Outcome>)> done) {
    m_worker.post(
        context,
        [draft](VaultScope& vault) -> Result<Outcome> {
            auto outcome = checked(vault, draft.practitionerId, draft.start, draft.durationMinutes, {});
            if (!outcome) {
                return logFailure(std::move(outcome), "checking a booking");
            }
            if (!outcome->checks.overlaps.empty() && !draft.allowOverlap) {
                return outcome;
            }
            auto added = AppointmentRepository(vault.db, vault.session).add(draft);
            if (!added) {
                return logFailure(Result<Outcome>(std::unexpected(added.error())), "booking");
            }
            outcome->saved = std::move(*added);
            return outcome;
        },
        std::move(done));
}

void CalendarService::move(QObject* context, const QString& id, const QDateTime& start, int minutes, bool allowOverlap,
                           std::function<void(Result<Outcome>)> done) {
    m_worker.post(
        context,
        [id, start, minutes, allowOverlap](VaultScope& vault) -> Result<Outcome> {
            AppointmentRepository appointments(vault.db, vault.session);
            auto current = appointments.get(id);
            if (!current) {
                return logFailure(Result<Outcome>(std::unexpected(current.error())), "moving a booking");
            }
            auto outcome = checked(vault, current->practitionerId, start, minutes, id);
            if (!outcome) {
                return logFailure(std::move(outcome), "checking a move");
            }
            if (!outcome->checks.overlaps.empty() && !allowOverlap) {
                return outcome;
            }
            auto moved = appointments.move(id, start, minutes, allowOverlap);
            if (!moved) {
                return logFailure(Result<Outcome>(std::unexpected(moved.error())), "moving a booking");
            }
            outcome->saved = std::move(*moved);
            return outcome;
        },
        std::move(done));
}

void CalendarService::cancel(QObject* context, const QString& id, const QString& reason,
                             std::function<void(Result<Appointment>)> done) {
    m_worker.post(
        context,
        [id, reason](VaultScope& vault) {
            return logFailure(AppointmentRepository(vault.db, vault.session).cancel(id, reason),
                              "cancelling a booking");
        },
        std::move(done));
}

void CalendarService::setStatus(QObject* context, const QString& id, const QString& status,
                                std::function<void(Result<Appointment>)> done) {
    m_worker.post(
        context,
        [id, status](VaultScope& vault) {
            return logFailure(AppointmentRepository(vault.db, vault.session).setStatus(id, status),
                              "changing a booking's status");
        },
        std::move(done));
}

void CalendarService::exportIcs(QObject* context, const CalendarExportRequest& request, const QString& path,
                                std::function<void(Result<int>)> done) {
    m_longTasks.post(
        context,
        [request, path](VaultScope& vault) {
            return logFailure(CalendarExport::writeFile(vault.db, vault.session, request, path, true),
                              "exporting a calendar");
        },
        std::move(done));
}

void CalendarService::loadSettings(QObject* context, std::function<void(Result<CalendarSettings>)> done) {
    m_worker.post(
        context,
        [](VaultScope& vault) -> Result<CalendarSettings> {
            auto settings = ClinicSettingsStore(vault.db, vault.session).load();
            if (!settings) {
                return logFailure(Result<CalendarSettings>(std::unexpected(settings.error())), "calendar settings");
            }
            auto people = practitioners(vault, {});
            if (!people) {
                return logFailure(Result<CalendarSettings>(std::unexpected(people.error())), "calendar settings");
            }
            return CalendarSettings{std::move(*people), settings->workingHours, settings->calendarPrivacy};
        },
        std::move(done));
}

void CalendarService::saveSettings(QObject* context, const CalendarSettings& changed,
                                   std::function<void(Status)> done) {
    m_worker.post(
        context,
        [changed](VaultScope& vault) -> Status {
            ClinicSettingsStore store(vault.db, vault.session);
            // Read and write on the one worker: a profile saved meanwhile from another section is kept.
            auto settings = store.load();
            if (!settings) {
                return logFailure(Status(std::unexpected(settings.error())), "calendar settings");
            }
            settings->workingHours = changed.workingHours;
            settings->calendarPrivacy = changed.privacy;
            return logFailure(store.save(*settings), "saving calendar settings");
        },
        std::move(done));
}

} // namespace clinicdesk
