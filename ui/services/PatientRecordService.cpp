// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/PatientRecordService.h"

#include "async/VaultWorker.h"
#include "domain/AccessPolicy.h"
#include "repo/AppointmentRepository.h"
#include "repo/DocumentRepository.h"
#include "repo/PatientRepository.h"
#include "repo/UserRepository.h"
#include "services/ServiceLog.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace clinicdesk {

namespace {

Result<PatientRecord> loadRecord(VaultScope& vault, const QString& patientId) {
    PatientRecord record;
    PatientRepository patients(vault.db, vault.session);
    auto patient = patients.get(patientId);
    if (!patient) {
        if (patient.error().code == ErrorCode::NotFound) {
            auto kept = patients.mergedInto(patientId);
            if (kept && *kept) {
                record.mergedIntoId = **kept;
                auto names = patients.namesOf({**kept});
                if (names && !names->empty()) {
                    record.mergedIntoName = names->front().fullName();
                }
                return record;
            }
        }
        return std::unexpected(patient.error());
    }
    record.patient = std::move(*patient);
    auto appointments = AppointmentRepository(vault.db, vault.session).listForPatient(patientId);
    if (!appointments) {
        return std::unexpected(appointments.error());
    }
    record.appointments = std::move(*appointments);
    auto users = UserRepository(vault.db, vault.session).list();
    if (!users) {
        return std::unexpected(users.error());
    }
    for (const User& u : *users) {
        record.userNames.insert(u.id, u.displayName);
    }
    if (!AccessPolicy::allows(vault.session.user.role, Permission::ReadClinical)) {
        return record;
    }
    ClinicalOverview overview(vault.db, vault.session);
    auto encounters = overview.encountersOf(patientId);
    if (!encounters) {
        return std::unexpected(encounters.error());
    }
    record.encounters = std::move(*encounters);
    auto recordings = overview.recordingsOf(patientId);
    if (!recordings) {
        return std::unexpected(recordings.error());
    }
    record.recordings = std::move(*recordings);
    auto documents = DocumentRepository(vault.db, vault.session).listForPatient(patientId);
    if (!documents) {
        return std::unexpected(documents.error());
    }
    record.documents = std::move(*documents);
    return record;
}

Result<Document> addFile(VaultScope& vault, const QString& patientId, const QString& path) {
    const QFileInfo info(path);
    // The size first: a file too large is refused before a byte of it is read.
    if (info.exists() && info.size() > DocumentRepository::kMaxBytes) {
        return fail(ErrorCode::InvalidInput,
                    PatientRecordService::tr("“%1” is larger than %2 MiB, the most a document may be.")
                        .arg(info.fileName())
                        .arg(DocumentRepository::kMaxBytes / (1024 * 1024)),
                    QStringLiteral("document too large"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // The path may name the patient: it goes to the user, never to the log.
        return fail(ErrorCode::Io, PatientRecordService::tr("“%1” could not be read: %2").arg(path, file.errorString()),
                    QStringLiteral("document read failed: file error %1").arg(int(file.error())));
    }
    NewDocument document;
    document.patientId = patientId;
    document.name = info.fileName();
    document.content = file.read(DocumentRepository::kMaxBytes + 1);
    document.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), document.content).name();
    return DocumentRepository(vault.db, vault.session).add(document);
}

Status saveCopy(VaultScope& vault, const QString& documentId, const QString& path) {
    auto content = DocumentRepository(vault.db, vault.session).contentForExport(documentId);
    if (!content) {
        return std::unexpected(content.error());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
        return fail(
            ErrorCode::Io,
            PatientRecordService::tr("The document could not be saved to “%1”: %2").arg(path, file.errorString()),
            QStringLiteral("document save failed: file error %1").arg(int(file.error())));
    }
    return {};
}

} // namespace

PatientRecordService::PatientRecordService(VaultWorker& worker, VaultWorker& longTasks)
    : m_worker(worker)
    , m_longTasks(longTasks) {}

void PatientRecordService::load(QObject* context, const QString& patientId,
                                std::function<void(Result<PatientRecord>)> done) {
    m_worker.postLatest(
        context, m_loads,
        [patientId](VaultScope& vault) { return logFailure(loadRecord(vault, patientId), "opening a patient record"); },
        std::move(done));
}

void PatientRecordService::addDocument(QObject* context, const QString& patientId, const QString& path,
                                       std::function<void(Result<Document>)> done) {
    m_longTasks.post(
        context,
        [patientId, path](VaultScope& vault) {
            return logFailure(addFile(vault, patientId, path), "adding a document");
        },
        std::move(done));
}

void PatientRecordService::saveDocument(QObject* context, const QString& documentId, const QString& path,
                                        std::function<void(Status)> done) {
    m_longTasks.post(
        context,
        [documentId, path](VaultScope& vault) {
            return logFailure(saveCopy(vault, documentId, path), "saving a document");
        },
        std::move(done));
}

void PatientRecordService::removeDocument(QObject* context, const QString& documentId,
                                          std::function<void(Status)> done) {
    m_worker.post(
        context,
        [documentId](VaultScope& vault) {
            return logFailure(DocumentRepository(vault.db, vault.session).remove(documentId), "deleting a document");
        },
        std::move(done));
}

} // namespace clinicdesk
