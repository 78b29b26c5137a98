// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

namespace clinicdesk {

// Who the clinic is, as its letterhead shows it.
struct ClinicProfile {
    QString name;
    QString address; // several lines
    QString vatNumber;
    QString phone;
    QString email;
    QByteArray logoPng; // the logo as PNG (at most kMaxLogoBytes), empty when none

    static constexpr int kMaxLogoBytes = 512 * 1024;
    bool operator==(const ClinicProfile&) const = default;
};

// One stretch of working time on a weekday: minutes after local midnight.
struct WorkingInterval {
    int weekday = 1; // 1 Monday ... 7 Sunday (Qt::DayOfWeek)
    int startMinute = 8 * 60;
    int endMinute = 17 * 60;
    bool operator==(const WorkingInterval&) const = default;
};

// How much of a patient an exported calendar (iCalendar) names.
enum class CalendarPrivacy {
    None,     // "Appointment"
    Initials, // "Appointment: Å. L." (the default)
    FullName, // "Appointment: Åsa Lindström"
};

// Which practitioners see a patient's clinical notes.
enum class NotesVisibility {
    AllPractitioners, // every practitioner sees every note (a small practice)
    OwnPatients,      // a practitioner sees the notes of patients they have seen or booked
};

// The clinic-wide settings of the desktop (the vault's `settings` table, key "clinic"): the profile and
// letterhead, working hours per practitioner, auto-lock, who sees notes, what a calendar export names,
// and the referral letter's template.
struct ClinicSettings {
    ClinicProfile profile;
    std::map<QString, std::vector<WorkingInterval>> workingHours; // user id -> intervals; none: not set
    int autoLockMinutes = 10;                                     // 0: never
    NotesVisibility notesVisibility = NotesVisibility::AllPractitioners;
    CalendarPrivacy calendarPrivacy = CalendarPrivacy::Initials;
    QString referralTemplate; // empty: the built-in one (ReferralLetter::defaultTemplate)

    static constexpr int kMinAutoLockMinutes = 1;
    static constexpr int kMaxAutoLockMinutes = 240;

    // Monday to Friday 08:00-17:00: used when a practitioner has no hours of their own.
    [[nodiscard]] static std::vector<WorkingInterval> defaultHours();
    // The hours of `userId`, or the default ones.
    [[nodiscard]] std::vector<WorkingInterval> hoursOf(const QString& userId) const;

    [[nodiscard]] QJsonObject toJson() const;
    // Unknown or missing fields keep their defaults (a vault written by an older or newer version).
    [[nodiscard]] static ClinicSettings fromJson(const QJsonObject& json);

    [[nodiscard]] static QString privacyKey(CalendarPrivacy privacy);
    [[nodiscard]] static CalendarPrivacy privacyFromKey(const QString& key, CalendarPrivacy fallback);
    [[nodiscard]] static QString visibilityKey(NotesVisibility visibility);
    [[nodiscard]] static NotesVisibility visibilityFromKey(const QString& key, NotesVisibility fallback);
};

} // namespace clinicdesk
