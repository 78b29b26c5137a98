// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/DocumentRepository.h"

#include "repo/AuthorizedTransaction.h"
#include "repo/DeniedAccess.h"
#include "repo/Journal.h"
#include "repo/PatientRepository.h"
#include "repo/Tombstone.h"
#include "util/Clock.h"

#include <QFileInfo>

namespace clinicdesk {

namespace {

const char* const kColumns =
    "SELECT id, patient_id, name, mime_type, size_bytes, created_at, created_by FROM documents ";

Document readDocument(const Statement& stmt) {
    Document d;
    d.id = stmt.text(0);
    d.patientId = stmt.text(1);
    d.name = stmt.text(2);
    d.mimeType = stmt.text(3);
    d.sizeBytes = stmt.int64(4);
    d.createdAt = stmt.int64(5);
    d.createdBy = stmt.text(6);
    return d;
}

Error notFound() {
    return Error{ErrorCode::NotFound, DocumentRepository::tr("The document does not exist."),
                 QStringLiteral("document not found")};
}

} // namespace

Result<Document> DocumentRepository::add(const NewDocument& document) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::WriteClinical, QStringLiteral("patient"),
                                      document.patientId);
        !s) {
        return std::unexpected(s.error());
    }
    // Only the file's own name: a folder in front of it says where it was on someone's computer.
    const QString name =
        QFileInfo(QString(document.name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName().simplified();
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("A document needs a file name of 1 to %1 characters.").arg(kMaxNameLength),
                    QStringLiteral("bad document name"));
    }
    if (document.content.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("The file is empty; there is nothing to keep."),
                    QStringLiteral("empty document"));
    }
    if (document.content.size() > kMaxBytes) {
        return fail(ErrorCode::InvalidInput,
                    tr("The file is larger than %1 MiB, the most a document may be.").arg(kMaxBytes / (1024 * 1024)),
                    QStringLiteral("document too large"));
    }
    const QString mime = document.mimeType.trimmed().isEmpty() ? QStringLiteral("application/octet-stream")
                                                               : document.mimeType.trimmed().left(127);
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto s = PatientRepository(m_db, m_session).requireExists(document.patientId); !s) {
        return std::unexpected(s.error());
    }
    Document d;
    d.id = Clock::newId();
    d.patientId = document.patientId;
    d.name = name;
    d.mimeType = mime;
    d.sizeBytes = document.content.size();
    d.createdAt = Clock::nowMs();
    d.createdBy = m_session.user.id;
    auto stmt = m_db.prepare("INSERT INTO documents (id, patient_id, name, mime_type, size_bytes, content, created_at, "
                             "updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(d.id, d.patientId, d.name, d.mimeType, d.sizeBytes, document.content, d.createdAt, d.createdAt,
                  d.createdBy, d.createdBy);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    // The detail names the kind and size, never the file name (it may name the patient).
    if (auto s = Journal(m_db, m_session)
                     .recordWrite(
                         QStringLiteral("documents"), QStringLiteral("document"), d.id, ChangeFeed::Op::Insert,
                         QStringLiteral("patient=%1 type=%2 bytes=%3").arg(d.patientId, d.mimeType).arg(d.sizeBytes));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return d;
}

Result<std::vector<Document>> DocumentRepository::listForPatient(const QString& patientId) {
    if (auto s =
            requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("patient"), patientId);
        !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string(kColumns) +
                             "WHERE patient_id = ? AND deleted_at IS NULL ORDER BY created_at DESC, rowid DESC");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, patientId);
    return stmt->collect([&] { return readDocument(*stmt); });
}

Result<Document> DocumentRepository::get(const QString& id) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("document"), id);
        !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE id = ? AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::unexpected(notFound());
    }
    Document d = readDocument(*stmt);
    stmt->reset();
    return d;
}

Result<QByteArray> DocumentRepository::contentForExport(const QString& id) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("document"), id);
        !s) {
        return std::unexpected(s.error());
    }
    auto tx = beginAuthorized(m_db, m_session.user, Permission::ReadClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto stmt = m_db.prepare("SELECT content FROM documents WHERE id = ? AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::unexpected(notFound());
    }
    QByteArray content = stmt->blob(0);
    stmt->reset();
    if (auto s = Journal(m_db, m_session)
                     .audit(QStringLiteral("export"), QStringLiteral("document"), id,
                            QStringLiteral("saved a copy outside the vault"));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return content;
}

Status DocumentRepository::remove(const QString& id) {
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto removed = setTombstone(m_db, "documents", id, m_session.user.id);
    if (!removed) {
        return std::unexpected(removed.error());
    }
    if (!*removed) {
        return std::unexpected(notFound());
    }
    // The bytes go at once (secure_delete overwrites the freed pages); the row stays as the tombstone.
    auto wipe = m_db.prepare("UPDATE documents SET content = X'' WHERE id = ?");
    if (!wipe) {
        return std::unexpected(wipe.error());
    }
    wipe->bind(1, id);
    if (auto s = wipe->run(); !s) {
        return s;
    }
    if (auto s = Journal(m_db, m_session)
                     .recordWrite(QStringLiteral("documents"), QStringLiteral("document"), id, ChangeFeed::Op::Delete);
        !s) {
        return s;
    }
    return tx->commit();
}

} // namespace clinicdesk
