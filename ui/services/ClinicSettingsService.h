// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "util/Error.h"

#include <QObject>

#include <functional>

namespace clinicdesk {

class VaultWorker;

// The clinic's settings (ClinicSettingsStore) for the UI, on the session's vault worker; converting a logo
// file on the long-task worker. Answers arrive on `context`'s thread and are dropped if the context is gone.
class ClinicSettingsService : public QObject {
    Q_OBJECT
public:
    ClinicSettingsService(VaultWorker& worker, VaultWorker& longTasks, QObject* parent = nullptr);

    void load(QObject* context, std::function<void(Result<ClinicSettings>)> done);
    // Saves (administrators only; the store refuses others) and, once saved, emits saved().
    void save(QObject* context, const ClinicSettings& settings, std::function<void(Status)> done);
    // Changes the profile and the referral template only: the settings are read and saved in one task, so
    // whatever else changed meanwhile (auto-lock, working hours) is kept. Answers with what was saved.
    void saveProfile(QObject* context, const ClinicProfile& profile, const QString& referralTemplate,
                     std::function<void(Result<ClinicSettings>)> done);
    // A PNG, JPEG or SVG file as the logo the vault keeps (ClinicLogo::fromFile).
    void convertLogo(QObject* context, const QString& path, std::function<void(Result<QByteArray>)> done);

signals:
    // The clinic's settings changed (auto-lock, working hours, ...): whoever follows them reads them again.
    void saved(const clinicdesk::ClinicSettings& settings);

private:
    VaultWorker& m_worker;
    VaultWorker& m_longTasks;
};

} // namespace clinicdesk
