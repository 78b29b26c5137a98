// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/KeyEnvelope.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace clinicdesk {

// keys.json: the vault id and the envelopes of the database key. Written
// atomically (QSaveFile: a crash leaves the old or the new file, never half).
class KeyFile {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
public:
    static constexpr int kFormatVersion = 2; // 2: envelopes may carry "ad" (KeyEnvelope::adVersion)

    QString vaultId;
    std::vector<KeyEnvelope> envelopes;

    [[nodiscard]] static Result<KeyFile> load(const QString& path);
    [[nodiscard]] static Result<KeyFile> fromBytes(const QByteArray& bytes);
    // The same from parsed JSON (a backup header's copy of keys.json).
    [[nodiscard]] static Result<KeyFile> fromJson(const nlohmann::json& json);
    [[nodiscard]] QByteArray toBytes() const;
    [[nodiscard]] Status save(const QString& path) const;

    // Keyed hash of a login name (case-insensitive), so keys.json names no one.
    [[nodiscard]] static QString userHash(const QString& vaultId, const QString& userName);

    [[nodiscard]] const KeyEnvelope* find(KeyEnvelope::Kind kind, const QString& userHash) const;
    [[nodiscard]] const KeyEnvelope* findForUserId(KeyEnvelope::Kind kind, const QString& userId) const;
    // Replaces the envelope of the same kind and user, or adds it.
    void put(KeyEnvelope envelope);
    bool remove(KeyEnvelope::Kind kind, const QString& userId);
};

} // namespace clinicdesk
