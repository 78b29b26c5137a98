// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audit/AuditAnchor.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace clinicdesk {

namespace {

QString mac(const QString& vaultId, const AuditHead& head, const SecureBytes& databaseKey) {
    unsigned char subkey[crypto_auth_KEYBYTES];
    crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "cdanchor", databaseKey.data());
    const QByteArray message = QStringLiteral("%1|%2|%3").arg(vaultId).arg(head.seq).arg(head.hash).toUtf8();
    unsigned char tag[crypto_auth_BYTES];
    crypto_auth(tag, reinterpret_cast<const unsigned char*>(message.constData()),
                static_cast<unsigned long long>(message.size()), subkey);
    sodium_memzero(subkey, sizeof subkey);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(tag), sizeof tag).toHex());
}

} // namespace

Status AuditAnchor::write(const QString& vaultDir, const QString& vaultId, const AuditHead& head,
                          const SecureBytes& databaseKey) {
    const nlohmann::json json = {
        {"seq", head.seq}, {"hash", head.hash.toStdString()}, {"mac", mac(vaultId, head, databaseKey).toStdString()}};
    QSaveFile file(QDir(vaultDir).filePath(QLatin1String(kFileName)));
    const QByteArray bytes = QByteArray::fromStdString(json.dump()) + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io, tr("The audit anchor could not be written: %1").arg(file.errorString()),
                    file.errorString());
    }
    return {};
}

Result<std::optional<AuditHead>> AuditAnchor::read(const QString& vaultDir, const QString& vaultId,
                                                   const SecureBytes& databaseKey) {
    QFile file(QDir(vaultDir).filePath(QLatin1String(kFileName)));
    if (!file.exists()) {
        return std::optional<AuditHead>{};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The audit anchor could not be read: %1").arg(file.errorString()),
                    file.errorString());
    }
    const QByteArray bytes = file.readAll();
    const auto json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    const auto invalid = [] {
        return fail(ErrorCode::Integrity, tr("The audit anchor file was altered or damaged."),
                    QStringLiteral("anchor failed authentication"));
    };
    if (json.is_discarded() || !json.is_object() || !json.contains("seq") || !json.at("seq").is_number_integer() ||
        !json.contains("hash") || !json.at("hash").is_string() || !json.contains("mac") ||
        !json.at("mac").is_string()) {
        return invalid();
    }
    AuditHead head{json.at("seq").get<std::int64_t>(), QString::fromStdString(json.at("hash").get<std::string>())};
    const QByteArray expected = mac(vaultId, head, databaseKey).toLatin1();
    const QByteArray actual = QByteArray::fromStdString(json.at("mac").get<std::string>());
    if (expected.size() != actual.size() ||
        sodium_memcmp(expected.constData(), actual.constData(), static_cast<std::size_t>(expected.size())) != 0) {
        return invalid();
    }
    return std::optional<AuditHead>{head};
}

} // namespace clinicdesk
