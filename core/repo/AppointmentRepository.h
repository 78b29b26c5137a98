#pragma once

#include "domain/Appointment.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <vector>

namespace clinicdesk {

struct AppointmentDraft {
    QString patientId;
    std::optional<QString> practitionerId;
    QDateTime start;
    int durationMinutes = 0;
    std::optional<QString> reason;
};

// The only code that writes SQL for `appointments`.
class AppointmentRepository {
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
public:
    AppointmentRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<Appointment> add(const AppointmentDraft& draft);
    // Appointments starting on `day` in the local time zone, by start time.
    [[nodiscard]] Result<std::vector<Appointment>> listForDay(QDate day);
    [[nodiscard]] Result<std::vector<Appointment>> listBetween(std::int64_t fromMs, std::int64_t toMs,
                                                               int limit = 1000);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
