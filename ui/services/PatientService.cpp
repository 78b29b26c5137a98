// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/PatientService.h"

#include "async/VaultWorker.h"
#include "services/ServiceLog.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace clinicdesk {

namespace {

// The vault orders by SQLite's NOCASE (ASCII only); sort the page the way the user's language does.
void sortForDisplay(std::vector<Patient>& patients) {
    QCollator collator;
    // The "C" locale would compare code points and put "Dąbrowska" after "du Plessis".
    if (QLocale().language() == QLocale::C) {
        collator.setLocale(QLocale(QLocale::English));
    }
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(patients.begin(), patients.end(), [&](const Patient& a, const Patient& b) {
        if (const int byLast = collator.compare(a.lastName, b.lastName); byLast != 0) {
            return byLast < 0;
        }
        return collator.compare(a.firstName, b.firstName) < 0;
    });
}

} // namespace

PatientService::PatientService(VaultWorker& worker)
    : m_worker(worker) {}

void PatientService::search(QObject* context, const QString& text,
                            std::function<void(Result<std::vector<Patient>>)> done) {
    m_worker.postLatest(
        context, m_searches,
        [text](VaultScope& vault) {
            auto found = PatientRepository(vault.db, vault.session).search(text, kSearchLimit);
            if (found) {
                sortForDisplay(*found);
            }
            return logFailure(std::move(found), "patient search");
        },
        std::move(done));
}

void PatientService::save(QObject* context, const PatientDraft& draft, const std::optional<QString>& id,
                          std::function<void(Result<PatientSaved>)> done) {
    m_worker.post(
        context,
        [draft, id](VaultScope& vault) {
            PatientRepository patients(vault.db, vault.session);
            return logFailure(id ? patients.update(*id, draft) : patients.add(draft), "saving a patient");
        },
        std::move(done));
}

void PatientService::load(QObject* context, const QString& id, std::function<void(Result<Patient>)> done) {
    m_worker.postLatest(
        context, m_loads,
        [id](VaultScope& vault) {
            return logFailure(PatientRepository(vault.db, vault.session).get(id), "opening a patient");
        },
        std::move(done));
}

void PatientService::sameNationalId(QObject* context, const QString& nationalId, const QString& exceptId,
                                    std::function<void(Result<std::vector<Patient>>)> done) {
    m_worker.postLatest(
        context, m_duplicates,
        [nationalId, exceptId](VaultScope& vault) {
            return logFailure(PatientRepository(vault.db, vault.session).sameNationalId(nationalId, exceptId),
                              "looking for the same national id");
        },
        std::move(done));
}

void PatientService::merge(QObject* context, const QString& keepId, const QString& duplicateId,
                           std::function<void(Result<PatientMergeReport>)> done) {
    m_worker.post(
        context,
        [keepId, duplicateId](VaultScope& vault) {
            return logFailure(PatientRepository(vault.db, vault.session).merge(keepId, duplicateId),
                              "merging patients");
        },
        std::move(done));
}

} // namespace clinicdesk
