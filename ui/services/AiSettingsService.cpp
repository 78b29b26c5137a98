// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/AiSettingsService.h"

#include "async/VaultWorker.h"
#include "ai/AiKeyStore.h"
#include "ai/AiPipeline.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/UserRepository.h"
#include "keychain/KeychainStore.h"
#include "util/Logging.h"

namespace clinicdesk {

namespace {

// The keys, into the keychain AiPipeline reads them from (a KeychainStore made on this worker
// thread: its blocking calls run a local event loop here). Jobs held for want of a key are released.
Status storeAll(VaultScope& vault, const QString& vaultId, const std::vector<AiSettingsService::KeyToStore>& keys) {
    if (keys.empty()) {
        return {};
    }
    KeychainStore keychain;
    AiKeyStore store(keychain, vaultId, vault.db, vault.session);
    for (const AiSettingsService::KeyToStore& key : keys) {
        if (!key.key) {
            continue;
        }
        if (auto s = store.write(key.slot, *key.key); !s) {
            return s;
        }
    }
    return {};
}

} // namespace

AiSettingsService::AiSettingsService(VaultWorker& worker, VaultWorker& longTasks, QString vaultId, HttpClient& http,
                                     QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_longTasks(longTasks)
    , m_vaultId(std::move(vaultId))
    , m_http(http) {}

const Session& AiSettingsService::session() const {
    return m_worker.session();
}

void AiSettingsService::loadSettings(QObject* context, std::function<void(Result<SettingsView>)> done) {
    m_worker.post(context,
        [vaultId = m_vaultId](VaultScope& vault) -> Result<SettingsView> {
            SettingsView view;
            auto settings = AiSettingsStore(vault.db, vault.session).load();
            if (!settings) {
                return std::unexpected(settings.error());
            }
            view.settings = std::move(*settings);
            auto users = UserRepository(vault.db, vault.session).list();
            if (!users) {
                return std::unexpected(users.error());
            }
            view.users = std::move(*users);
            NoteTemplateRepository templates(vault.db, vault.session);
            auto list = templates.list();
            if (list && list->empty()) {
                // A vault that never made a note has no templates yet: list the built-ins as shipped.
                list = NoteTemplateRepository::builtinTemplates();
            }
            if (list) {
                view.templates = std::move(*list);
            } else {
                view.templatesError = list.error().message;
            }
            QStringList keySlots;
            for (const AiTask task : {AiTask::Transcription, AiTask::Notes}) {
                for (const bool fallback : {false, true}) {
                    const auto& providers = fallback ? view.settings.fallbacks : view.settings.providers;
                    const auto it = providers.find(task);
                    keySlots << AiKeyStore::slotFor(it != providers.end() ? it->second : ProviderConfig{}, task,
                                                    fallback);
                }
            }
            KeychainStore keychain;
            AiKeyStore keys(keychain, vaultId);
            for (const QString& slot : keySlots) {
                auto key = keys.read(slot);
                view.keyStored[slot] = key.has_value() && !key->isEmpty();
                if (!key && key.error().code != ErrorCode::NeedsUser) {
                    qCWarning(lcUi) << "could not read the keychain:" << key.error().detail;
                }
            }
            return view;
        },
        [done = std::move(done)](Result<SettingsView> view) { done(std::move(view)); });
}

void AiSettingsService::saveSettings(QObject* context, const AiSettings& settings, std::vector<KeyToStore> keys,
                             std::function<void(Status)> done) {
    m_worker.post(context,
        [vaultId = m_vaultId, settings, keys = std::move(keys)](VaultScope& vault) -> Status {
            if (auto s = storeAll(vault, vaultId, keys); !s) {
                return s;
            }
            return AiSettingsStore(vault.db, vault.session).save(settings);
        },
        [done = std::move(done)](const Status& saved) { done(saved); });
}

void AiSettingsService::storeKeys(QObject* context, std::vector<KeyToStore> keys, std::function<void(Status)> done) {
    m_worker.post(context, [vaultId = m_vaultId, keys = std::move(keys)](VaultScope& vault) { return storeAll(vault, vaultId, keys); },
        [done = std::move(done)](const Status& stored) { done(stored); });
}

void AiSettingsService::testConnection(QObject* context, const ProviderConfig& provider, AiTask task,
                               std::function<void(std::expected<QStringList, JobFailure>)> done) {
    m_longTasks.post(context,
        [vaultId = m_vaultId, http = &m_http, provider, task](VaultScope& vault) {
            return AiPipeline(vaultId).testConnection(*http, vault.db, vault.session, provider, task);
        },
        [done = std::move(done)](std::expected<QStringList, JobFailure> result) { done(std::move(result)); });
}

void AiSettingsService::listTemplates(QObject* context, std::function<void(Result<std::vector<NoteTemplate>>)> done) {
    m_worker.post(context,
        [](VaultScope& vault) {
            NoteTemplateRepository templates(vault.db, vault.session);
            auto list = templates.list();
            if (list && list->empty()) {
                return NoteTemplateRepository::builtinTemplates();
            }
            return list;
        },
        [done = std::move(done)](Result<std::vector<NoteTemplate>> list) { done(std::move(list)); });
}

void AiSettingsService::copyTemplate(QObject* context, const QString& key, const QString& newKey, const QString& newName,
                             std::function<void(Result<NoteTemplate>)> done) {
    m_worker.post(context,
        [key, newKey, newName](VaultScope& vault) -> Result<NoteTemplate> {
            NoteTemplateRepository templates(vault.db, vault.session);
            return templates.copy(key, newKey, newName);
        },
        [done = std::move(done)](Result<NoteTemplate> copied) { done(std::move(copied)); });
}

void AiSettingsService::updateTemplate(QObject* context, const QString& id, const QString& name, const QString& instructions,
                               const QJsonObject& schema, std::function<void(Result<NoteTemplate>)> done) {
    m_worker.post(context,
        [id, name, instructions, schema](VaultScope& vault) {
            return NoteTemplateRepository(vault.db, vault.session).update(id, name, instructions, schema);
        },
        [done = std::move(done)](Result<NoteTemplate> updated) { done(std::move(updated)); });
}

void AiSettingsService::listEgress(QObject* context, std::function<void(Result<std::vector<EgressEntry>>)> done) {
    m_worker.post(context, [](VaultScope& vault) { return EgressRepository(vault.db, vault.session).list(); },
        [done = std::move(done)](Result<std::vector<EgressEntry>> list) { done(std::move(list)); });
}

void AiSettingsService::monthUsage(QObject* context, const QDate& month, std::function<void(Result<UsageView>)> done) {
    m_worker.post(context,
        [month](VaultScope& vault) -> Result<UsageView> {
            UsageView view;
            view.month = month;
            UsageRepository usage(vault.db, vault.session);
            auto totals = usage.monthTotals(month);
            if (!totals) {
                return std::unexpected(totals.error());
            }
            view.totals = std::move(*totals);
            auto settings = AiSettingsStore(vault.db, vault.session).load();
            if (!settings) {
                return std::unexpected(settings.error());
            }
            view.currency = settings->currency;
            const QString me = vault.session.user.id;
            if (auto budget = settings->monthlyBudgetMicro.find(me); budget != settings->monthlyBudgetMicro.end()) {
                view.myBudgetMicro = budget->second;
            }
            auto spent = usage.spentMicro(me, month);
            if (!spent) {
                return std::unexpected(spent.error());
            }
            view.mySpentMicro = *spent;
            return view;
        },
        [done = std::move(done)](Result<UsageView> view) { done(std::move(view)); });
}

} // namespace clinicdesk
