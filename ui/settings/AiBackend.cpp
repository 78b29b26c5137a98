#include "settings/AiBackend.h"

#include "AsyncTask.h"
#include "ai/AiKeyStore.h"
#include "ai/AiPipeline.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/UserRepository.h"
#include "storage/KeychainStore.h"
#include "util/Logging.h"

namespace clinicdesk {

struct AiBackend::Worker {
    Database db;
    Session session;
};

namespace {

// The keys, into the keychain AiPipeline reads them from (a KeychainStore made on this worker
// thread: its blocking calls run a local event loop here).
Status storeAll(const QString& vaultId, const std::vector<AiBackend::KeyToStore>& keys) {
    if (keys.empty()) {
        return {};
    }
    KeychainStore keychain;
    AiKeyStore store(keychain, vaultId);
    for (const AiBackend::KeyToStore& key : keys) {
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

AiBackend::AiBackend(Database connection, Database testConnection, Session session, QString vaultId, HttpClient& http,
                     QObject* parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>(Worker{std::move(connection), session}))
    , m_tester(std::make_shared<Worker>(Worker{std::move(testConnection), session}))
    , m_session(session)
    , m_vaultId(std::move(vaultId))
    , m_http(http) {
    for (QThreadPool* pool : {&m_tasks, &m_tests}) {
        pool->setMaxThreadCount(1);
        pool->setExpiryTimeout(-1);
    }
    m_tasks.setObjectName(QStringLiteral("AiSettingsTasks"));
    m_tests.setObjectName(QStringLiteral("AiConnectionTests"));
}

AiBackend::~AiBackend() {
    shutdown();
}

void AiBackend::shutdown() {
    if (m_shutDown) {
        return;
    }
    m_shutDown = true;
    m_tasks.waitForDone();
    m_tests.waitForDone();
    for (const auto& worker : {m_worker, m_tester}) {
        if (worker->db.isOpen()) {
            worker->db.close();
        }
    }
    qCDebug(lcUi) << "AI settings backend closed";
}

void AiBackend::loadSettings(QObject* context, std::function<void(Result<SettingsView>)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context,
        [worker = m_worker, vaultId = m_vaultId]() -> Result<SettingsView> {
            SettingsView view;
            auto settings = AiSettingsStore(worker->db, worker->session).load();
            if (!settings) {
                return std::unexpected(settings.error());
            }
            view.settings = std::move(*settings);
            auto users = UserRepository(worker->db, worker->session).list();
            if (!users) {
                return std::unexpected(users.error());
            }
            view.users = std::move(*users);
            NoteTemplateRepository templates(worker->db, worker->session);
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

void AiBackend::saveSettings(QObject* context, const AiSettings& settings, std::vector<KeyToStore> keys,
                             std::function<void(Status)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context,
        [worker = m_worker, vaultId = m_vaultId, settings, keys = std::move(keys)]() -> Status {
            if (auto s = storeAll(vaultId, keys); !s) {
                return s;
            }
            return AiSettingsStore(worker->db, worker->session).save(settings);
        },
        [done = std::move(done)](const Status& saved) { done(saved); });
}

void AiBackend::storeKeys(QObject* context, std::vector<KeyToStore> keys, std::function<void(Status)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context, [vaultId = m_vaultId, keys = std::move(keys)] { return storeAll(vaultId, keys); },
        [done = std::move(done)](const Status& stored) { done(stored); });
}

void AiBackend::testConnection(QObject* context, const ProviderConfig& provider, AiTask task,
                               std::function<void(std::expected<QStringList, JobFailure>)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tests, context,
        [tester = m_tester, vaultId = m_vaultId, http = &m_http, provider, task] {
            return AiPipeline(vaultId).testConnection(*http, tester->db, tester->session, provider, task);
        },
        [done = std::move(done)](std::expected<QStringList, JobFailure> result) { done(std::move(result)); });
}

void AiBackend::listTemplates(QObject* context, std::function<void(Result<std::vector<NoteTemplate>>)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context,
        [worker = m_worker] {
            NoteTemplateRepository templates(worker->db, worker->session);
            auto list = templates.list();
            if (list && list->empty()) {
                return NoteTemplateRepository::builtinTemplates();
            }
            return list;
        },
        [done = std::move(done)](Result<std::vector<NoteTemplate>> list) { done(std::move(list)); });
}

void AiBackend::copyTemplate(QObject* context, const QString& key, const QString& newKey, const QString& newName,
                             std::function<void(Result<NoteTemplate>)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context,
        [worker = m_worker, key, newKey, newName]() -> Result<NoteTemplate> {
            NoteTemplateRepository templates(worker->db, worker->session);
            return templates.copy(key, newKey, newName);
        },
        [done = std::move(done)](Result<NoteTemplate> copied) { done(std::move(copied)); });
}

void AiBackend::updateTemplate(QObject* context, const QString& id, const QString& name, const QString& instructions,
                               const QJsonObject& schema, std::function<void(Result<NoteTemplate>)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context,
        [worker = m_worker, id, name, instructions, schema] {
            return NoteTemplateRepository(worker->db, worker->session).update(id, name, instructions, schema);
        },
        [done = std::move(done)](Result<NoteTemplate> updated) { done(std::move(updated)); });
}

void AiBackend::listEgress(QObject* context, std::function<void(Result<std::vector<EgressEntry>>)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context, [worker = m_worker] { return EgressRepository(worker->db, worker->session).list(); },
        [done = std::move(done)](Result<std::vector<EgressEntry>> list) { done(std::move(list)); });
}

void AiBackend::monthUsage(QObject* context, const QDate& month, std::function<void(Result<UsageView>)> done) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, context,
        [worker = m_worker, month]() -> Result<UsageView> {
            UsageView view;
            view.month = month;
            UsageRepository usage(worker->db, worker->session);
            auto totals = usage.monthTotals(month);
            if (!totals) {
                return std::unexpected(totals.error());
            }
            view.totals = std::move(*totals);
            auto settings = AiSettingsStore(worker->db, worker->session).load();
            if (!settings) {
                return std::unexpected(settings.error());
            }
            view.currency = settings->currency;
            const QString me = worker->session.user.id;
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
