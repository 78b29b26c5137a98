// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/ClinicSettingsService.h"

#include "async/VaultWorker.h"
#include "export/ClinicLogo.h"
#include "repo/ClinicSettingsStore.h"
#include "services/ServiceLog.h"

#include <QPointer>

namespace clinicdesk {

ClinicSettingsService::ClinicSettingsService(VaultWorker& worker, VaultWorker& longTasks, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_longTasks(longTasks) {}

void ClinicSettingsService::load(QObject* context, std::function<void(Result<ClinicSettings>)> done) {
    m_worker.post(
        context,
        [](VaultScope& vault) {
            return logFailure(ClinicSettingsStore(vault.db, vault.session).load(), "reading the clinic's settings");
        },
        std::move(done));
}

void ClinicSettingsService::save(QObject* context, const ClinicSettings& settings, std::function<void(Status)> done) {
    m_worker.post(
        context,
        [settings](VaultScope& vault) {
            return logFailure(ClinicSettingsStore(vault.db, vault.session).save(settings),
                              "saving the clinic's settings");
        },
        [self = QPointer<ClinicSettingsService>(this), settings, done = std::move(done)](const Status& saved) {
            if (saved && self) {
                emit self->saved(settings);
            }
            done(saved);
        });
}

void ClinicSettingsService::saveProfile(QObject* context, const ClinicProfile& profile, const QString& referralTemplate,
                                        std::function<void(Result<ClinicSettings>)> done) {
    m_worker.post(
        context,
        [profile, referralTemplate](VaultScope& vault) -> Result<ClinicSettings> {
            ClinicSettingsStore store(vault.db, vault.session);
            auto settings = store.load();
            if (!settings) {
                return logFailure(std::move(settings), "reading the clinic's settings");
            }
            settings->profile = profile;
            settings->referralTemplate = referralTemplate;
            if (auto saved = store.save(*settings); !saved) {
                return logFailure(Result<ClinicSettings>(std::unexpected(saved.error())),
                                  "saving the clinic's profile");
            }
            return settings;
        },
        [self = QPointer<ClinicSettingsService>(this), done = std::move(done)](Result<ClinicSettings> saved) {
            if (saved && self) {
                emit self->saved(*saved);
            }
            done(std::move(saved));
        });
}

void ClinicSettingsService::convertLogo(QObject* context, const QString& path,
                                        std::function<void(Result<QByteArray>)> done) {
    m_longTasks.post(
        context, [path](VaultScope&) { return logFailure(ClinicLogo::fromFile(path), "converting a logo"); },
        std::move(done));
}

} // namespace clinicdesk
