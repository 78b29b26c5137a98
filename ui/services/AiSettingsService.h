// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/AiSettings.h"
#include "crypto/SecureBytes.h"
#include "domain/NoteTemplate.h"
#include "domain/Session.h"
#include "domain/User.h"
#include "jobs/JobHandler.h"
#include "repo/EgressRepository.h"
#include "repo/UsageRepository.h"
#include "storage/Database.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace clinicdesk {

class HttpClient;
class VaultWorker;

// The AI settings page, the usage page and the egress log page ask here: thin asynchronous calls
// over AiSettingsStore, the template, usage and egress repositories and the keychain, on the session's
// vault worker. "Test connection" waits on the network, so it runs on the long-task worker and holds up
// nothing else. API keys go to the OS keychain (AiKeyStore), never to the vault; the pages only learn
// whether a key is stored.
//
// Every answer arrives on `context`'s thread (the page's: the UI thread) and is dropped if the
// context is gone by then.
class AiSettingsService : public QObject {
    Q_OBJECT
public:
    // What the settings page shows.
    struct SettingsView {
        AiSettings settings;
        std::vector<User> users;             // for the budgets (everyone, active or not)
        std::vector<NoteTemplate> templates; // built-ins first
        std::map<QString, bool> keyStored;   // keychain slot -> a key is there
        QString templatesError;              // the templates could not be read (the rest could)
    };
    // What the usage page shows for one month.
    struct UsageView {
        QDate month;
        std::vector<UsageTotal> totals;
        QString currency;
        std::int64_t mySpentMicro = 0;
        std::optional<std::int64_t> myBudgetMicro;
    };
    // A key to store with the settings: the keychain slot (AiKeyStore::slotFor) and the key.
    struct KeyToStore {
        QString slot;
        std::shared_ptr<SecureBytes> key;
    };

    AiSettingsService(VaultWorker& worker, VaultWorker& longTasks, QString vaultId, HttpClient& http,
                      QObject* parent = nullptr);
    AiSettingsService(const AiSettingsService&) = delete;
    AiSettingsService& operator=(const AiSettingsService&) = delete;

    [[nodiscard]] const Session& session() const;

    // The settings, users and templates, and whether the keychain holds a key for each task's
    // provider and fallback (transcription, notes).
    void loadSettings(QObject* context, std::function<void(Result<SettingsView>)> done);
    // Stores the keys (first, so a settings save never points to a key that is not there), then the
    // settings (admins only; the store refuses others).
    void saveSettings(QObject* context, const AiSettings& settings, std::vector<KeyToStore> keys,
                      std::function<void(Status)> done);
    void storeKeys(QObject* context, std::vector<KeyToStore> keys, std::function<void(Status)> done);
    // AiPipeline::testConnection for one provider as configured on the page (not saved yet).
    void testConnection(QObject* context, const ProviderConfig& provider, AiTask task,
                        std::function<void(std::expected<QStringList, JobFailure>)> done);

    void listTemplates(QObject* context, std::function<void(Result<std::vector<NoteTemplate>>)> done);
    void copyTemplate(QObject* context, const QString& key, const QString& newKey, const QString& newName,
                      std::function<void(Result<NoteTemplate>)> done);
    void updateTemplate(QObject* context, const QString& id, const QString& name, const QString& instructions,
                        const QJsonObject& schema, std::function<void(Result<NoteTemplate>)> done);

    void listEgress(QObject* context, std::function<void(Result<std::vector<EgressEntry>>)> done);
    void monthUsage(QObject* context, const QDate& month, std::function<void(Result<UsageView>)> done);

private:
    VaultWorker& m_worker;
    VaultWorker& m_longTasks;
    QString m_vaultId;
    HttpClient& m_http;
};

} // namespace clinicdesk
