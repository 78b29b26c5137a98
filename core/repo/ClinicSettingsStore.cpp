// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/ClinicSettingsStore.h"

#include "domain/Role.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QJsonDocument>

namespace clinicdesk {

namespace {

bool isPng(const QByteArray& bytes) {
    return bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
}

// Which parts differ, for the audit detail (never the values: an address is not patient data, but the
// log stays free of free text).
QStringList changedParts(const ClinicSettings& before, const ClinicSettings& after) {
    QStringList parts;
    if (!(before.profile == after.profile)) {
        parts << QStringLiteral("profile");
    }
    if (before.workingHours != after.workingHours) {
        parts << QStringLiteral("working_hours");
    }
    if (before.autoLockMinutes != after.autoLockMinutes) {
        parts << QStringLiteral("auto_lock=%1").arg(after.autoLockMinutes);
    }
    if (before.notesVisibility != after.notesVisibility) {
        parts << QStringLiteral("notes_visibility=%1").arg(ClinicSettings::visibilityKey(after.notesVisibility));
    }
    if (before.calendarPrivacy != after.calendarPrivacy) {
        parts << QStringLiteral("calendar_privacy=%1").arg(ClinicSettings::privacyKey(after.calendarPrivacy));
    }
    if (before.referralTemplate != after.referralTemplate) {
        parts << QStringLiteral("referral_template");
    }
    return parts;
}

} // namespace

Result<ClinicSettings> ClinicSettingsStore::load() {
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(QString::fromLatin1(kSettingsKey));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return ClinicSettings{};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stmt->text(0).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::Integrity,
                    tr("The clinic's settings stored in this vault cannot be read. An administrator can set them "
                       "again in Settings."),
                    QStringLiteral("settings 'clinic' is not a JSON object: %1").arg(error.errorString()));
    }
    return ClinicSettings::fromJson(doc.object());
}

QString ClinicSettingsStore::problem(const ClinicSettings& settings) {
    if (settings.profile.name.size() > 200) {
        return tr("The clinic's name can have at most 200 characters.");
    }
    if (settings.profile.address.size() > 1000) {
        return tr("The address can have at most 1000 characters.");
    }
    if (const QString email = settings.profile.email.trimmed();
        !email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' ')))) {
        return tr("The clinic's e-mail address is not valid: it needs an @ and no spaces.");
    }
    if (!settings.profile.logoPng.isEmpty() && !isPng(settings.profile.logoPng)) {
        return tr("The logo must be a PNG image.");
    }
    if (settings.profile.logoPng.size() > ClinicProfile::kMaxLogoBytes) {
        return tr("The logo can be at most 512 KiB.");
    }
    if (settings.autoLockMinutes != 0 && (settings.autoLockMinutes < ClinicSettings::kMinAutoLockMinutes ||
                                          settings.autoLockMinutes > ClinicSettings::kMaxAutoLockMinutes)) {
        return tr("Auto-lock is off (0) or after 1 to 240 minutes.");
    }
    for (const auto& [user, intervals] : settings.workingHours) {
        for (const WorkingInterval& i : intervals) {
            if (i.weekday < 1 || i.weekday > 7 || i.startMinute < 0 || i.endMinute > 24 * 60 ||
                i.startMinute >= i.endMinute) {
                return tr("Working hours end after they start, within one day.");
            }
        }
    }
    if (settings.referralTemplate.size() > 20000) {
        return tr("The referral letter's template can have at most 20000 characters.");
    }
    return {};
}

Status ClinicSettingsStore::save(const ClinicSettings& settings) {
    const User& user = m_session.user;
    if (!user.active || user.role != Role::Admin) {
        return fail(ErrorCode::PermissionDenied, tr("Only an administrator may change the clinic's settings."),
                    QStringLiteral("role %1 may not write settings 'clinic'").arg(RoleNames::key(user.role)));
    }
    if (const QString why = problem(settings); !why.isEmpty()) {
        return fail(ErrorCode::InvalidInput, why, QStringLiteral("clinic settings refused"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto before = load();
    if (!before) {
        return std::unexpected(before.error());
    }
    auto existing = m_db.scalar("SELECT count(*) FROM settings WHERE key = ?", QString::fromLatin1(kSettingsKey));
    if (!existing) {
        return std::unexpected(existing.error());
    }
    const QString value = QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    auto stmt =
        m_db.prepare("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(QString::fromLatin1(kSettingsKey), value, Clock::nowMs(), user.id);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("settings"), QStringLiteral("settings"),
                                     QString::fromLatin1(kSettingsKey),
                                     *existing > 0 ? ChangeFeed::Op::Update : ChangeFeed::Op::Insert,
                                     changedParts(*before, settings).join(QLatin1Char(' ')));
        !s) {
        return s;
    }
    if (auto s = tx->commit(); !s) {
        return s;
    }
    qCInfo(lcRepo) << "clinic settings saved by" << user.id;
    return {};
}

} // namespace clinicdesk
