// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace clinicdesk {

// Which appointments go into an exported calendar.
struct CalendarExportRequest {
    QString practitionerId; // empty: the whole clinic
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0; // exclusive
};

// An exported calendar file: the appointments of the request as iCalendar (ICalendarExporter), named as
// the clinic's calendar privacy setting allows, written through QSaveFile (the file appears only once it
// is complete) and audited as an export (range and count, never a patient). Used by the calendar page (on
// the long-task worker) and by `clinicdesk-cli appointment export`.
class CalendarExport {
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
public:
    // The file's content and how many appointments it holds.
    struct Built {
        QByteArray ics;
        int count = 0;
    };
    [[nodiscard]] static Result<Built> build(Database& db, const Session& session, const CalendarExportRequest& request,
                                             std::int64_t nowMs);
    // Builds, writes `path` (an existing file only with `replace`) and audits; the number of appointments.
    [[nodiscard]] static Result<int> writeFile(Database& db, const Session& session,
                                               const CalendarExportRequest& request, const QString& path, bool replace);

    static constexpr int kMaxAppointments = 100000;
};

} // namespace clinicdesk
