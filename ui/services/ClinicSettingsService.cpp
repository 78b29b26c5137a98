#include "services/ClinicSettingsService.h"

#include "async/VaultWorker.h"
#include "repo/ClinicSettingsStore.h"
#include "services/ServiceLog.h"

#include <QPointer>

namespace clinicdesk {

ClinicSettingsService::ClinicSettingsService(VaultWorker& worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker) {}

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
        [self = QPointer<ClinicSettingsService>(this), settings, done = std::move(done)](Status saved) {
            if (saved && self) {
                emit self->saved(settings);
            }
            done(saved);
        });
}

} // namespace clinicdesk
