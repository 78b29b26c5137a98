#pragma once

#include "ai/ProviderConfig.h"
#include "crypto/SecureBytes.h"
#include "keychain/KeychainStore.h"
#include "util/Error.h"

#include <QCoreApplication>

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

    [[nodiscard]] static QString entryName(const QString& vaultId, const QString& slot);
    [[nodiscard]] static QString slotFor(const ProviderConfig& provider, AiTask task, bool fallback = false);

    // The key in `slot`; a missing key is ErrorCode::NeedsUser with a sentence saying where to enter it.
    [[nodiscard]] Result<SecureBytes> read(const QString& slot);
    // The key for a task's provider. An OpenAI-compatible server may need no key: for it a missing
    // key is an empty SecureBytes (the client then sends no Authorization header).
    [[nodiscard]] Result<SecureBytes> readFor(const ProviderConfig& provider, AiTask task, bool fallback = false);
    [[nodiscard]] Status write(const QString& slot, const SecureBytes& key);
    // Removing a key that is not there is not an error.
    [[nodiscard]] Status remove(const QString& slot);

private:
    KeychainStore& m_keychain;
    QString m_vaultId;
};

} // namespace clinicdesk
