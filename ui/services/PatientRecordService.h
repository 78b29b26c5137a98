// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "domain/Appointment.h"
#include "domain/Document.h"
#include "domain/Patient.h"
#include "repo/ClinicalOverview.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace clinicdesk {

class VaultWorker;

// One patient's record as its page shows it. The clinical parts are there only for clinical roles.
struct PatientRecord {
    Patient patient;
    std::vector<Appointment> appointments; // newest first
    QHash<QString, QString> userNames;     // user id -> display name
    std::optional<std::vector<EncounterSummary>> encounters;
    std::optional<std::vector<RecordingSummary>> recordings;
    std::optional<std::vector<Document>> documents;
    // The record was merged into another: where it went (the rest is empty).
    QString mergedIntoId;
    QString mergedIntoName;
};

// The patient record page's reads and its documents, for the UI: quick reads on the session's vault
// worker; reading a file into the vault and writing a copy out go to the long-task worker. Answers
// arrive on `context`'s thread and are dropped if the context is gone by then.
class PatientRecordService {
    Q_DECLARE_TR_FUNCTIONS(PatientRecordService)
public:
    PatientRecordService(VaultWorker& worker, VaultWorker& longTasks);

    // Opens the record (audited as a view) with its appointments and, for clinical roles, encounters,
    // notes, recordings and documents. The newest request wins.
    void load(QObject* context, const QString& patientId, std::function<void(Result<PatientRecord>)> done);
    // Reads the file at `path` into the vault as a document of the patient (at most 50 MiB).
    void addDocument(QObject* context, const QString& patientId, const QString& path,
                     std::function<void(Result<Document>)> done);
    // Writes a copy of the document to `path` (audited as an export); the file appears only once complete.
    void saveDocument(QObject* context, const QString& documentId, const QString& path,
                      std::function<void(Status)> done);
    void removeDocument(QObject* context, const QString& documentId, std::function<void(Status)> done);

private:
    VaultWorker& m_worker;
    VaultWorker& m_longTasks;
    LatestOnly m_loads;
};

} // namespace clinicdesk
