// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/AiKeyStore.h"

#include "domain/AccessPolicy.h"
#include "jobs/JobRepository.h"
#include "repo/DeniedAccess.h"
#include "util/Logging.h"

#include <cctype>
#include <span>

namespace clinicdesk {

QString AiKeyStore::entryName(const QString& vaultId, const QString& slot) {
    return QStringLiteral("ai-key:%1:%2").arg(vaultId, slot);
}

QString AiKeyStore::slotFor(const ProviderConfig& provider, AiTask task, bool fallback) {
    if (!provider.keySlot.trimmed().isEmpty()) {
        return provider.keySlot.trimmed();
    }
    return fallback ? ProviderConfig::taskKey(task) + QStringLiteral("-fallback") : ProviderConfig::taskKey(task);
}

Result<SecureBytes> AiKeyStore::read(const QString& slot) {
    auto key = m_keychain.readBlocking(entryName(m_vaultId, slot));
    if (key && !key->isEmpty()) {
        return key;
    }
    if (key || key.error().code == ErrorCode::NotFound) {
        return fail(ErrorCode::NeedsUser,
                    tr("No API key is stored for \"%1\" on this computer. Enter it in AI > AI settings or with "
                       "clinicdesk-cli config ai --api-key-stdin.")
                        .arg(slot),
                    QStringLiteral("no AI key in slot %1").arg(slot));
    }
    return std::unexpected(key.error());
}

Result<SecureBytes> AiKeyStore::readFor(const ProviderConfig& provider, AiTask task, bool fallback) {
    auto key = read(slotFor(provider, task, fallback));
    if (!key && key.error().code == ErrorCode::NeedsUser && provider.kind == ProviderKind::Compatible) {
        return SecureBytes();
    }
    return key;
}

Status AiKeyStore::mayChange(const QString& slot) {
    if (m_session == nullptr) {
        return {};
    }
    if (m_db != nullptr) {
        return requireOrAuditDenial(*m_db, m_session->user, Permission::ConfigureAi, QStringLiteral("ai_key"), slot);
    }
    return AccessPolicy::require(m_session->user, Permission::ConfigureAi);
}

Status AiKeyStore::write(const QString& slot, const SecureBytes& key) {
    if (auto allowed = mayChange(slot); !allowed) {
        return allowed;
    }
    if (slot.trimmed().isEmpty()) {
        return fail(ErrorCode::Usage, tr("The API key needs a name to be stored under."), QStringLiteral("empty slot"));
    }
    // Pasted keys often end with a newline; inside, a key is printable ASCII (it goes into an HTTP header).
    std::span<const unsigned char> bytes = key.span();
    while (!bytes.empty() && std::isspace(bytes.front())) {
        bytes = bytes.subspan(1);
    }
    while (!bytes.empty() && std::isspace(bytes.back())) {
        bytes = bytes.first(bytes.size() - 1);
    }
    if (bytes.empty()) {
        return fail(ErrorCode::InvalidInput, tr("The API key is empty."), QStringLiteral("empty AI key"));
    }
    for (const unsigned char c : bytes) {
        if (c < 0x21 || c > 0x7e) {
            return fail(ErrorCode::InvalidInput,
                        tr("The API key contains spaces or characters that an API key never has. Copy it again."),
                        QStringLiteral("AI key with invalid characters"));
        }
    }
    const SecureBytes trimmed = SecureBytes::fromBytes(bytes);
    if (auto s = m_keychain.writeBlocking(entryName(m_vaultId, slot), trimmed); !s) {
        return s;
    }
    qCInfo(lcAi) << "AI key stored in the keychain, slot" << slot;
    if (m_db != nullptr && m_session != nullptr) {
        // The key is in; a vault that cannot record the release now leaves the jobs for `jobs retry`.
        if (auto released = JobRepository(*m_db, *m_session).releaseHeld(kReleasedByKey); !released) {
            qCWarning(lcAi) << "could not release the jobs held for a key:" << released.error().detail;
        } else if (*released > 0) {
            qCInfo(lcAi) << "released" << *released << "job(s) held for a key";
        }
    }
    return {};
}

Status AiKeyStore::remove(const QString& slot) {
    if (auto allowed = mayChange(slot); !allowed) {
        return allowed;
    }
    if (auto s = m_keychain.removeBlocking(entryName(m_vaultId, slot)); !s) {
        return s;
    }
    qCInfo(lcAi) << "AI key removed from the keychain, slot" << slot;
    return {};
}

} // namespace clinicdesk
