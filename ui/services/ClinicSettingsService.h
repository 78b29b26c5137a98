#pragma once

#include "domain/ClinicSettings.h"
#include "util/Error.h"

#include <QObject>

#include <functional>

namespace clinicdesk {

class VaultWorker;

// The clinic's settings (ClinicSettingsStore) for the UI, on the session's vault worker. Answers arrive on
// `context`'s thread and are dropped if the context is gone.
class ClinicSettingsService : public QObject {
    Q_OBJECT
public:
    explicit ClinicSettingsService(VaultWorker& worker, QObject* parent = nullptr);

    void load(QObject* context, std::function<void(Result<ClinicSettings>)> done);
    // Saves (administrators only; the store refuses others) and, once saved, emits saved().
    void save(QObject* context, const ClinicSettings& settings, std::function<void(Status)> done);

signals:
    // The clinic's settings changed (auto-lock, working hours, ...): whoever follows them reads them again.
    void saved(const clinicdesk::ClinicSettings& settings);

private:
    VaultWorker& m_worker;
};

} // namespace clinicdesk
