// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "repo/PatientRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace clinicdesk {

// PatientRepository::merge(), in a file of its own: the one write that reaches into other tables. In one
// transaction every row that belongs to the duplicate moves to the kept record: appointments, encounters,
// notes, recordings, documents and payments (each moved row is in the change feed, as an update), and
// jobs (the outbox, not synced). Transcripts, note revisions and recording chunks follow their parents.
// The duplicate's alerts and clinical notes are added to the kept record's, so an allergy recorded on
// either is never lost; the kept record's demographics stay as they are. The duplicate becomes a tombstone
// whose merged_into names the kept record, and leaves the search index. Both ids get an audit entry
// ("merge", with the counts moved; never a patient value). Admins only (Permission::MergePatients).
class PatientMerge {
    Q_DECLARE_TR_FUNCTIONS(PatientMerge)
public:
    PatientMerge(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<PatientMergeReport> run(const QString& keepId, const QString& duplicateId);

    // The tables whose rows name a patient (patient_id) and move in a merge, synced ones first.
    [[nodiscard]] static const std::vector<const char*>& movedTables();

private:
    struct Row {
        std::int64_t searchDocid = 0;
        std::optional<QString> alerts;
        std::optional<QString> clinicalNotes;
    };
    [[nodiscard]] Result<Row> living(const QString& id);
    [[nodiscard]] Result<int> move(const char* table, const QString& fromId, const QString& toId, std::int64_t now);
    [[nodiscard]] Status combineClinical(const QString& keepId, const Row& keep, const Row& duplicate,
                                         std::int64_t now);
    [[nodiscard]] Status tombstone(const QString& duplicateId, const QString& keepId, std::int64_t searchDocid,
                                   std::int64_t now);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
