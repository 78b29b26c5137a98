// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"
#include "repo/BackupStatusStore.h"
#include "storage/BackupTypes.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace clinicdesk {

class VaultSession;
class VaultWorker;

// The Backups page and the status bar ask here. Making, checking and restoring backups take seconds
// to minutes and run on the long-task worker (its own vault connection), reporting their steps on the
// UI thread and stopping when cancelled; the last verified backup is a quick read on the vault worker.
//
// "Back up now" = Backup::create, then Backup::verifyWithKey on the new file with the open vault's
// key (no password needed: the backup is sealed with the same key), then the result recorded as the
// vault's last verified backup (BackupStatusStore). A file of this vault checked from the page counts
// too; a file of another vault is opened with the name and password of a user in it, and says
// nothing about this vault.
class BackupService : public QObject {
    Q_OBJECT
public:
    // On the UI thread, at most a few times a second.
    using Progress = std::function<void(BackupStep step, std::int64_t done, std::int64_t total)>;
    // Set from the UI thread to stop a task at its next chunk.
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    struct Made {
        BackupReport report;
        VerifiedBackup recorded; // what the vault now holds as its last verified backup
    };
    struct Checked {
        BackupReport report;
        bool thisVault = false;                 // opened with this vault's key
        std::optional<VerifiedBackup> recorded; // set when it counted as this vault's backup
    };
    // The name and password of a user in a backup of another vault (or of this one).
    struct Credentials {
        QString userName;
        std::shared_ptr<SecureBytes> password;
    };

    BackupService(VaultWorker& vault, VaultWorker& longTasks, std::weak_ptr<VaultSession> session,
                  QObject* parent = nullptr);

    [[nodiscard]] QString vaultId() const { return m_vaultId; }

    void lastVerified(QObject* context, std::function<void(Result<std::optional<VerifiedBackup>>)> done);
    // The header of a file (whether it is a backup, and of which vault), read off the UI thread.
    void inspect(QObject* context, const QString& path, std::function<void(Result<BackupHeader>)> done);
    // Backup::checkRestoreTarget, off the UI thread (a folder may be on a slow network share).
    void checkRestoreTarget(QObject* context, const QString& dir, std::function<void(Status)> done);

    CancelFlag create(QObject* context, const QString& path, Progress progress, std::function<void(Result<Made>)> done);
    // Without credentials the file must be a backup of this vault (checked with its key).
    CancelFlag verify(QObject* context, const QString& path, const std::optional<Credentials>& credentials,
                      Progress progress, std::function<void(Result<Checked>)> done);
    CancelFlag restore(QObject* context, const QString& path, const Credentials& credentials, const QString& toDir,
                       Progress progress, std::function<void(Result<BackupReport>)> done);

    // For tests: runs on the long-task worker at each step a task reports, after the report was sent
    // to the page (a test holds a backup there to press Cancel in the middle of it).
    void setWorkerHook(std::function<void(BackupStep step, std::int64_t done, std::int64_t total)> hook) {
        m_workerHook = std::move(hook);
    }

    // A backup of this vault was recorded as verified (the status bar updates).
    Q_SIGNAL void verifiedBackupRecorded(const clinicdesk::VerifiedBackup& backup);

private:
    [[nodiscard]] BackupControl control(QObject* context, const CancelFlag& cancel, Progress progress) const;
    void announce(const VerifiedBackup& backup);

    VaultWorker& m_vault;
    VaultWorker& m_longTasks;
    std::weak_ptr<VaultSession> m_session;
    QString m_vaultId;
    QString m_vaultDir;
    std::function<void(BackupStep, std::int64_t, std::int64_t)> m_workerHook;
};

} // namespace clinicdesk

Q_DECLARE_METATYPE(clinicdesk::VerifiedBackup)
