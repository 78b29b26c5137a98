// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace clinicdesk {

// The steps of making, checking and restoring a backup, in the order they run. Progress names the
// step running now, so a page can tick off what was checked and name what failed.
enum class BackupStep {
    Copying,           // create: the database is copied page by page (done/total: pages)
    Writing,           // create: the file is written (done/total: bytes)
    Opening,           // verify/restore: the header is read and a key envelope opened (Argon2id)
    CheckingTag,       // the keyed tag over the whole file (done/total: bytes)
    Extracting,        // the database copied out of the file (done/total: bytes)
    CheckingIntegrity, // PRAGMA integrity_check and the schema version
    CheckingAudit,     // the audit chain against the head recorded at backup time
    Restoring,         // restore: the new vault is finished and moved into place
};

// How a caller follows and stops a backup task: `progress` runs on the task's thread; `cancel`, set
// from any thread, stops it at the next chunk (then the task ends with ErrorCode::Cancelled and
// leaves no file behind).
struct BackupControl {
    std::function<void(BackupStep step, std::int64_t done, std::int64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr;

    void report(BackupStep step, std::int64_t done = 0, std::int64_t total = 0) const {
        if (progress) {
            progress(step, done, total);
        }
    }
    [[nodiscard]] bool cancelled() const { return cancel != nullptr && cancel->load(); }
};

// What a backup file's header says, read without a key: good enough to decide which key to try, not
// trusted until the tag over the whole file has been checked.
struct BackupHeader {
    QString vaultId;
    std::int64_t createdAt = 0; // UTC ms
    int schema = 0;
    std::int64_t auditSeq = 0;
    std::int64_t databaseBytes = 0;
};

struct BackupReport {
    QString vaultId;
    std::int64_t createdAt = 0; // UTC ms
    std::int64_t databaseBytes = 0;
    std::int64_t patients = 0;
    std::int64_t auditEntries = 0;
};

} // namespace clinicdesk
