// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "session/UnsavedWork.h"

#include <QJsonDocument>

namespace clinicdesk {

std::shared_ptr<SecureBytes> UnsavedWork::seal() const {
    QJsonObject json{{QStringLiteral("user"), userId},
                     {QStringLiteral("place"), place},
                     {QStringLiteral("patient"), encounterPatientId},
                     {QStringLiteral("patient_name"), encounterPatientName},
                     {QStringLiteral("note"), noteId}};
    if (noteContent) {
        json.insert(QStringLiteral("content"), *noteContent);
    }
    QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    auto sealed = std::make_shared<SecureBytes>(SecureBytes::fromBytes(
        {reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size())}));
    SecureBytes::wipe(bytes);
    return sealed;
}

UnsavedWork UnsavedWork::open(const SecureBytes& sealed) {
    QByteArray bytes(reinterpret_cast<const char*>(sealed.data()), qsizetype(sealed.size()));
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    SecureBytes::wipe(bytes);
    UnsavedWork work;
    work.userId = json.value(QStringLiteral("user")).toString();
    work.place = json.value(QStringLiteral("place")).toString();
    work.encounterPatientId = json.value(QStringLiteral("patient")).toString();
    work.encounterPatientName = json.value(QStringLiteral("patient_name")).toString();
    work.noteId = json.value(QStringLiteral("note")).toString();
    if (json.contains(QStringLiteral("content"))) {
        work.noteContent = json.value(QStringLiteral("content")).toObject();
    }
    return work;
}

} // namespace clinicdesk
