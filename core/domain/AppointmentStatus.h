// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>
#include <QStringList>

// The statuses an appointment goes through in a day at the clinic (the `appointments.status` column).
// A booking is booked; the patient arrives; the visit is in progress, then done. A patient who does not
// come is a no-show; a cancelled appointment keeps why (`cancel_reason`).
namespace clinicdesk::AppointmentStatus {
inline const QString Booked = QStringLiteral("booked");
inline const QString Arrived = QStringLiteral("arrived");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString Done = QStringLiteral("done");
inline const QString NoShow = QStringLiteral("no_show");
inline const QString Cancelled = QStringLiteral("cancelled");

// Every status, in the order of a day.
[[nodiscard]] inline QStringList all() {
    return {Booked, Arrived, InProgress, Done, NoShow, Cancelled};
}
[[nodiscard]] inline bool isValid(const QString& status) {
    return all().contains(status);
}
// The patient still takes the practitioner's time: an overlap with it is a double booking.
[[nodiscard]] inline bool occupiesTime(const QString& status) {
    return status != Cancelled && status != NoShow;
}
// The CLI's word for a status ("in-progress", "no-show") and back; empty when unknown.
[[nodiscard]] inline QString toCliWord(const QString& status) {
    QString word = status;
    return word.replace(QLatin1Char('_'), QLatin1Char('-'));
}
[[nodiscard]] inline QString fromCliWord(const QString& word) {
    QString status = word.trimmed().toLower();
    status.replace(QLatin1Char('-'), QLatin1Char('_'));
    return isValid(status) ? status : QString();
}
} // namespace clinicdesk::AppointmentStatus
