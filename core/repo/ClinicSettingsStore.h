// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "domain/Session.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace clinicdesk {

// The clinic's settings (ClinicSettings) in the vault's `settings` table under the key "clinic". Anyone
// signed in reads them; only an administrator changes them (audited, in the change feed, the audit detail
// naming which parts changed, never their values).
class ClinicSettingsStore {
    Q_DECLARE_TR_FUNCTIONS(ClinicSettingsStore)
public:
    static constexpr const char* kSettingsKey = "clinic";

    ClinicSettingsStore(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // The stored settings, or the defaults when none were saved yet.
    [[nodiscard]] Result<ClinicSettings> load();
    // Validates, then saves: the name (at most 200 characters), an e-mail address with an @, a logo that is a
    // PNG of at most 512 KiB, auto-lock 0 or 1..240 minutes, working intervals within a day.
    [[nodiscard]] Status save(const ClinicSettings& settings);

    // What save() refuses, in a sentence; empty when it is fine.
    [[nodiscard]] static QString problem(const ClinicSettings& settings);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
