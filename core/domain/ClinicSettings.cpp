// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "domain/ClinicSettings.h"

#include <QJsonArray>

#include <algorithm>

namespace clinicdesk {

std::vector<WorkingInterval> ClinicSettings::defaultHours() {
    std::vector<WorkingInterval> hours;
    for (int day = 1; day <= 5; ++day) {
        hours.push_back(WorkingInterval{day, 8 * 60, 17 * 60});
    }
    return hours;
}

std::vector<WorkingInterval> ClinicSettings::hoursOf(const QString& userId) const {
    const auto it = workingHours.find(userId);
    return it != workingHours.end() ? it->second : defaultHours();
}

QString ClinicSettings::privacyKey(CalendarPrivacy privacy) {
    switch (privacy) {
    case CalendarPrivacy::None:
        return QStringLiteral("none");
    case CalendarPrivacy::Initials:
        return QStringLiteral("initials");
    case CalendarPrivacy::FullName:
        return QStringLiteral("full_name");
    }
    return QStringLiteral("initials");
}

CalendarPrivacy ClinicSettings::privacyFromKey(const QString& key, CalendarPrivacy fallback) {
    for (CalendarPrivacy p : {CalendarPrivacy::None, CalendarPrivacy::Initials, CalendarPrivacy::FullName}) {
        if (privacyKey(p) == key) {
            return p;
        }
    }
    return fallback;
}

QString ClinicSettings::visibilityKey(NotesVisibility visibility) {
    return visibility == NotesVisibility::OwnPatients ? QStringLiteral("own_patients")
                                                      : QStringLiteral("all_practitioners");
}

NotesVisibility ClinicSettings::visibilityFromKey(const QString& key, NotesVisibility fallback) {
    if (key == QLatin1String("own_patients")) {
        return NotesVisibility::OwnPatients;
    }
    if (key == QLatin1String("all_practitioners")) {
        return NotesVisibility::AllPractitioners;
    }
    return fallback;
}

QJsonObject ClinicSettings::toJson() const {
    QJsonObject hours;
    for (const auto& [user, intervals] : workingHours) {
        QJsonArray list;
        for (const WorkingInterval& i : intervals) {
            list.append(QJsonObject{{QStringLiteral("weekday"), i.weekday},
                                    {QStringLiteral("start"), i.startMinute},
                                    {QStringLiteral("end"), i.endMinute}});
        }
        hours.insert(user, list);
    }
    return {{QStringLiteral("profile"),
             QJsonObject{{QStringLiteral("name"), profile.name},
                         {QStringLiteral("address"), profile.address},
                         {QStringLiteral("vat_number"), profile.vatNumber},
                         {QStringLiteral("phone"), profile.phone},
                         {QStringLiteral("email"), profile.email},
                         {QStringLiteral("logo_png"), QString::fromLatin1(profile.logoPng.toBase64())}}},
            {QStringLiteral("working_hours"), hours},
            {QStringLiteral("auto_lock_minutes"), autoLockMinutes},
            {QStringLiteral("notes_visibility"), visibilityKey(notesVisibility)},
            {QStringLiteral("calendar_privacy"), privacyKey(calendarPrivacy)},
            {QStringLiteral("referral_template"), referralTemplate}};
}

ClinicSettings ClinicSettings::fromJson(const QJsonObject& json) {
    ClinicSettings s;
    const QJsonObject p = json.value(QStringLiteral("profile")).toObject();
    s.profile.name = p.value(QStringLiteral("name")).toString();
    s.profile.address = p.value(QStringLiteral("address")).toString();
    s.profile.vatNumber = p.value(QStringLiteral("vat_number")).toString();
    s.profile.phone = p.value(QStringLiteral("phone")).toString();
    s.profile.email = p.value(QStringLiteral("email")).toString();
    s.profile.logoPng = QByteArray::fromBase64(p.value(QStringLiteral("logo_png")).toString().toLatin1());
    const QJsonObject hours = json.value(QStringLiteral("working_hours")).toObject();
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        std::vector<WorkingInterval> intervals;
        for (const QJsonValue& v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            WorkingInterval i{o.value(QStringLiteral("weekday")).toInt(), o.value(QStringLiteral("start")).toInt(),
                              o.value(QStringLiteral("end")).toInt()};
            if (i.weekday >= 1 && i.weekday <= 7 && i.startMinute >= 0 && i.endMinute <= 24 * 60 &&
                i.startMinute < i.endMinute) {
                intervals.push_back(i);
            }
        }
        s.workingHours[it.key()] = std::move(intervals);
    }
    if (json.contains(QStringLiteral("auto_lock_minutes"))) {
        const int minutes = json.value(QStringLiteral("auto_lock_minutes")).toInt(s.autoLockMinutes);
        s.autoLockMinutes = minutes == 0 ? 0 : std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes);
    }
    s.notesVisibility = visibilityFromKey(json.value(QStringLiteral("notes_visibility")).toString(), s.notesVisibility);
    s.calendarPrivacy = privacyFromKey(json.value(QStringLiteral("calendar_privacy")).toString(), s.calendarPrivacy);
    s.referralTemplate = json.value(QStringLiteral("referral_template")).toString();
    return s;
}

} // namespace clinicdesk
