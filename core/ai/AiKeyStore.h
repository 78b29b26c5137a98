// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ProviderConfig.h"
#include "crypto/SecureBytes.h"
#include "domain/Session.h"
#include "jobs/Job.h"
#include "keychain/KeychainStore.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// The AI providers' API keys, in the OS keychain only (never the vault, QSettings or logs).
// One entry per vault and slot: "ai-key:<vaultId>:<slot>", where the slot is the provider's
// `keySlot`, or else the task's key ("transcription", "notes", "receipts"; a fallback provider
// uses "<task>-fallback"). Keys only ever exist as SecureBytes.
//
// The calls block on a local event loop (KeychainStore's blocking calls): use them from worker
// threads, the CLI and tests, in the thread that owns `keychain`.
class AiKeyStore {
    Q_DECLARE_TR_FUNCTIONS(AiKeyStore)
public:
    AiKeyStore(KeychainStore& keychain, QString vaultId)
        : m_keychain(keychain)
        , m_vaultId(std::move(vaultId)) {}
    // With the vault open: write() also releases the jobs that waited for a key (no key, a refused key), so
    // they run by themselves (JobRepository::releaseHeld, as `session`'s user).
    AiKeyStore(KeychainStore& keychain, QString vaultId, Database& db, const Session& session)
        : m_keychain(keychain)
        , m_vaultId(std::move(vaultId))
        , m_db(&db)
        , m_session(&session) {}

    // What a stored key may have fixed.
    static inline const std::vector<HoldReason> kReleasedByKey{HoldReason::Configuration, HoldReason::Auth};

    [[nodiscard]] static QString entryName(const QString& vaultId, const QString& slot);
    [[nodiscard]] static QString slotFor(const ProviderConfig& provider, AiTask task, bool fallback = false);

    // The key in `slot`; a missing key is ErrorCode::NeedsUser with a sentence saying where to enter it.
    [[nodiscard]] Result<SecureBytes> read(const QString& slot);
    // The key for a task's provider. An OpenAI-compatible server may need no key: for it a missing
    // key is an empty SecureBytes (the client then sends no Authorization header).
    [[nodiscard]] Result<SecureBytes> readFor(const ProviderConfig& provider, AiTask task, bool fallback = false);
    // Replacing or removing a key is the clinic's AI configuration: with a session, only an administrator
    // may (Permission::ConfigureAi; a refusal is audited when the vault is given). Without one (tests, a
    // caller that only holds this computer's keychain) nothing is checked beyond the keychain's own access.
    // Stores the key (surrounding whitespace removed; refused when it has spaces or control characters).
    // With the vault, then releases the jobs held for a key; the key stays stored if that fails (logged).
    [[nodiscard]] Status write(const QString& slot, const SecureBytes& key);
    // Removing a key that is not there is not an error.
    [[nodiscard]] Status remove(const QString& slot);

private:
    [[nodiscard]] Status mayChange(const QString& slot);

    KeychainStore& m_keychain;
    QString m_vaultId;
    Database* m_db = nullptr;
    const Session* m_session = nullptr;
};

} // namespace clinicdesk
