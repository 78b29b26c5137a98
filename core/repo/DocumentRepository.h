// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Document.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

struct NewDocument {
    QString patientId;
    QString name;     // a file name; a folder in front of it is dropped
    QString mimeType; // empty: application/octet-stream
    QByteArray content;
};

// The only code that writes SQL for `documents`. Documents are clinical: practitioners and admins only
// (a receptionist's attempt is refused and audited). Adding, saving a copy out of the vault and deleting
// are audited and (adding, deleting) in the change feed. A deleted document is a tombstone whose content
// is emptied at once, so the bytes of a file added to the wrong patient do not stay in the vault.
class DocumentRepository {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    static constexpr std::int64_t kMaxBytes = 50LL * 1024 * 1024;
    static constexpr int kMaxNameLength = 255;

    DocumentRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<Document> add(const NewDocument& document);
    // The patient's documents, newest first, without their content.
    [[nodiscard]] Result<std::vector<Document>> listForPatient(const QString& patientId);
    [[nodiscard]] Result<Document> get(const QString& id);
    // The bytes, for a copy saved outside the vault: audited as an export.
    [[nodiscard]] Result<QByteArray> contentForExport(const QString& id);
    [[nodiscard]] Status remove(const QString& id);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
