// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "crypto/KeyFile.h"

#include "util/JsonFields.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace clinicdesk {

Result<KeyFile> KeyFile::load(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::VaultRefused, tr("The key file keys.json is missing from the vault folder."),
                    QStringLiteral("keys.json missing"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The key file keys.json could not be read: %1").arg(file.errorString()),
                    file.errorString());
    }
    return fromBytes(file.readAll());
}

Result<KeyFile> KeyFile::fromBytes(const QByteArray& bytes) {
    const auto damaged = [](const QString& detail) {
        return fail(ErrorCode::VaultRefused,
                    tr("The key file keys.json is damaged. Restore it from a backup or open the vault from a backup "
                       "file."),
                    detail);
    };
    const nlohmann::json json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr,
                                                      /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object()) {
        return damaged(QStringLiteral("not JSON"));
    }
    return fromJson(json);
}

Result<KeyFile> KeyFile::fromJson(const nlohmann::json& json) {
    const auto damaged = [](const QString& detail) {
        return fail(ErrorCode::VaultRefused,
                    tr("The key file keys.json is damaged. Restore it from a backup or open the vault from a backup "
                       "file."),
                    detail);
    };
    if (!json.is_object()) {
        return damaged(QStringLiteral("not an object"));
    }
    const JsonFields fields(json);
    if (fields.text("format") != "clinicdesk-keys") {
        return damaged(QStringLiteral("wrong format tag"));
    }
    const auto version = fields.integer("version", -1);
    if (!version || *version < 1) {
        return damaged(QStringLiteral("missing version"));
    }
    if (*version > kFormatVersion) {
        return fail(ErrorCode::VaultRefused,
                    tr("The vault's key file comes from a newer version of ClinicDesk. Update ClinicDesk to open it."),
                    QStringLiteral("keys.json version %1").arg(*version));
    }
    const auto vaultId = fields.text("vault_id");
    KeyFile file;
    file.vaultId = QString::fromStdString(vaultId.value_or(std::string()));
    if (file.vaultId.isEmpty() || !json.contains("envelopes") || !json.at("envelopes").is_array()) {
        return damaged(QStringLiteral("missing vault id or envelopes"));
    }
    for (const auto& item : json.at("envelopes")) {
        auto envelope = KeyEnvelope::fromJson(item);
        if (!envelope) {
            return std::unexpected(envelope.error());
        }
        file.envelopes.push_back(std::move(*envelope));
    }
    return file;
}

QByteArray KeyFile::toBytes() const {
    nlohmann::json json = {{"format", "clinicdesk-keys"},
                           {"version", kFormatVersion},
                           {"vault_id", vaultId.toStdString()},
                           {"envelopes", nlohmann::json::array()}};
    for (const auto& envelope : envelopes) {
        json["envelopes"].push_back(envelope.toJson());
    }
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

Status KeyFile::save(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, tr("The key file keys.json could not be written: %1").arg(file.errorString()),
                    file.errorString());
    }
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io, tr("The key file keys.json could not be written: %1").arg(file.errorString()),
                    file.errorString());
    }
    return {};
}

QString KeyFile::userHash(const QString& vaultId, const QString& userName) {
    const QByteArray name = userName.trimmed().toCaseFolded().toUtf8();
    const QByteArray key = QByteArray("clinicdesk-user|") + vaultId.toUtf8();
    unsigned char digest[16];
    unsigned char hashedKey[crypto_generichash_KEYBYTES];
    crypto_generichash(hashedKey, sizeof hashedKey, reinterpret_cast<const unsigned char*>(key.constData()),
                       static_cast<unsigned long long>(key.size()), nullptr, 0);
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(name.constData()),
                       static_cast<unsigned long long>(name.size()), hashedKey, sizeof hashedKey);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

const KeyEnvelope* KeyFile::find(KeyEnvelope::Kind kind, const QString& hash) const {
    const auto it = std::find_if(envelopes.begin(), envelopes.end(),
                                 [&](const KeyEnvelope& e) { return e.kind == kind && e.userHash == hash; });
    return it == envelopes.end() ? nullptr : &*it;
}

const KeyEnvelope* KeyFile::findForUserId(KeyEnvelope::Kind kind, const QString& userId) const {
    const auto it = std::find_if(envelopes.begin(), envelopes.end(),
                                 [&](const KeyEnvelope& e) { return e.kind == kind && e.userId == userId; });
    return it == envelopes.end() ? nullptr : &*it;
}

void KeyFile::put(KeyEnvelope envelope) {
    remove(envelope.kind, envelope.userId);
    envelopes.push_back(std::move(envelope));
}

bool KeyFile::remove(KeyEnvelope::Kind kind, const QString& userId) {
    const auto before = envelopes.size();
    std::erase_if(envelopes, [&](const KeyEnvelope& e) { return e.kind == kind && e.userId == userId; });
    return envelopes.size() != before;
}

} // namespace clinicdesk
