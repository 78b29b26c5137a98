// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/BackupService.h"

#include "async/VaultWorker.h"
#include "services/ServiceLog.h"
#include "session/VaultSession.h"
#include "storage/Backup.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

#include <mutex>

namespace clinicdesk {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

Error sessionGone() {
    return Error{ErrorCode::Locked, BackupService::tr("The vault is locked."), QStringLiteral("session gone")};
}

// Progress from the worker, passed on to the UI thread: every new step, and within a step at most
// every kProgressIntervalMs (a backup reports every megabyte).
class ProgressRelay {
public:
    ProgressRelay(QObject* context, BackupService::Progress progress)
        : m_context(context)
        , m_progress(std::move(progress)) {}

    void report(BackupStep step, std::int64_t done, std::int64_t total) {
        {
            std::lock_guard lock(m_mutex);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const bool last = total > 0 && done >= total;
            if (m_started && step == m_step && !last && now - m_lastMs < kProgressIntervalMs) {
                return;
            }
            m_started = true;
            m_step = step;
            m_lastMs = now;
        }
        if (!m_progress || !m_context) {
            return;
        }
        QMetaObject::invokeMethod(
            m_context.data(),
            [context = m_context, progress = m_progress, step, done, total] {
                if (context) {
                    progress(step, done, total);
                }
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<QObject> m_context;
    BackupService::Progress m_progress;
    std::mutex m_mutex;
    bool m_started = false;
    BackupStep m_step = BackupStep::Copying;
    qint64 m_lastMs = 0;
};

// Logs a failure (its code and detail, never the message) and returns it as a task's answer.
std::unexpected<Error> logged(const Error& error, const char* what) {
    qCWarning(lcUi) << what << "failed:" << errorCodeName(error.code) << error.detail;
    return std::unexpected(error);
}

} // namespace

BackupService::BackupService(VaultWorker& vault, VaultWorker& longTasks, std::weak_ptr<VaultSession> session,
                             QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_longTasks(longTasks)
    , m_session(std::move(session)) {
    // Read once here: the vault's id and folder never change while it is open, and keys.json (where the
    // id lives in memory) may be rewritten on the vault worker while a backup runs.
    if (const auto signedIn = m_session.lock()) {
        m_vaultId = signedIn->vault().vaultId();
        m_vaultDir = signedIn->vault().dir();
    }
}

BackupControl BackupService::control(QObject* context, const CancelFlag& cancel, Progress progress) const {
    auto relay = std::make_shared<ProgressRelay>(context, std::move(progress));
    BackupControl control;
    control.cancel = cancel.get();
    control.progress = [relay, cancel, hook = m_workerHook](BackupStep step, std::int64_t done, std::int64_t total) {
        relay->report(step, done, total);
        if (hook) {
            hook(step, done, total);
        }
    };
    return control;
}

void BackupService::announce(const VerifiedBackup& backup) {
    emit verifiedBackupRecorded(backup);
}

void BackupService::lastVerified(QObject* context, std::function<void(Result<std::optional<VerifiedBackup>>)> done) {
    m_vault.post(
        context,
        [](VaultScope& vault) {
            return logFailure(BackupStatusStore(vault.db, vault.session).load(), "reading the last backup");
        },
        std::move(done));
}

void BackupService::inspect(QObject* context, const QString& path, std::function<void(Result<BackupHeader>)> done) {
    m_longTasks.post(
        context, [path](VaultScope&) { return Backup::inspect(path); }, std::move(done));
}

void BackupService::checkRestoreTarget(QObject* context, const QString& dir, std::function<void(Status)> done) {
    m_longTasks.post(
        context, [dir](VaultScope&) { return Backup::checkRestoreTarget(dir); }, std::move(done));
}

BackupService::CancelFlag BackupService::create(QObject* context, const QString& path, Progress progress,
                                                std::function<void(Result<Made>)> done) {
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_longTasks.post(
        context,
        [session = m_session, path, vaultId = m_vaultId, vaultDir = m_vaultDir, cancel,
         control = control(context, cancel, std::move(progress))](VaultScope& vault) -> Result<Made> {
            const auto signedIn = session.lock();
            if (!signedIn) {
                return std::unexpected(sessionGone());
            }
            const SecureBytes& key = signedIn->vault().databaseKey();
            auto made = Backup::create(BackupSource{vault.db, vault.session, vaultDir, vaultId, key}, path, control);
            if (!made) {
                return logged(made.error(), "making a backup");
            }
            auto checked = Backup::verifyWithKey(path, vaultId, key, control);
            if (!checked) {
                // A file just made that cannot be trusted is no backup: it goes, so nobody relies on it.
                QFile::remove(path);
                if (checked.error().code == ErrorCode::Cancelled) {
                    return fail(ErrorCode::Cancelled, Backup::tr("The backup was cancelled; no file was written."),
                                QStringLiteral("cancelled while verifying"));
                }
                return logged(fail(ErrorCode::Integrity,
                                   BackupService::tr("The backup was written but failed its check (%1) and was "
                                                     "removed. Try again, or choose another drive.")
                                       .arg(checked.error().message),
                                   checked.error().detail)
                                  .error(),
                              "checking a new backup");
            }
            auto recorded =
                BackupStatusStore(vault.db, vault.session).recordVerified(*checked, QFileInfo(path).fileName());
            if (!recorded) {
                return logged(recorded.error(), "recording a backup");
            }
            return Made{*made, *recorded};
        },
        [this, guard = QPointer<BackupService>(this), done = std::move(done)](Result<Made> made) {
            std::optional<VerifiedBackup> recorded;
            if (made) {
                recorded = made->recorded;
            }
            done(std::move(made));
            if (recorded && guard) {
                announce(*recorded);
            }
        });
    return cancel;
}

BackupService::CancelFlag BackupService::verify(QObject* context, const QString& path,
                                                const std::optional<Credentials>& credentials, Progress progress,
                                                std::function<void(Result<Checked>)> done) {
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_longTasks.post(
        context,
        [session = m_session, path, credentials, vaultId = m_vaultId, cancel,
         control = control(context, cancel, std::move(progress))](VaultScope& vault) -> Result<Checked> {
            const auto signedIn = session.lock();
            if (!signedIn) {
                return std::unexpected(sessionGone());
            }
            auto report = credentials ? Backup::verify(path, credentials->userName, *credentials->password, control)
                                      : Backup::verifyWithKey(path, vaultId, signedIn->vault().databaseKey(), control);
            if (!report) {
                return logged(report.error(), "checking a backup");
            }
            Checked checked{*report, report->vaultId == vaultId, std::nullopt};
            if (checked.thisVault) {
                auto recorded =
                    BackupStatusStore(vault.db, vault.session).recordVerified(*report, QFileInfo(path).fileName());
                if (recorded) {
                    checked.recorded = *recorded;
                } else {
                    qCWarning(lcUi) << "a verified backup was not recorded:" << recorded.error().detail;
                }
            }
            return checked;
        },
        [this, guard = QPointer<BackupService>(this), done = std::move(done)](Result<Checked> checked) {
            std::optional<VerifiedBackup> recorded;
            if (checked) {
                recorded = checked->recorded;
            }
            done(std::move(checked));
            if (recorded && guard) {
                announce(*recorded);
            }
        });
    return cancel;
}

BackupService::CancelFlag BackupService::restore(QObject* context, const QString& path, const Credentials& credentials,
                                                 const QString& toDir, Progress progress,
                                                 std::function<void(Result<BackupReport>)> done) {
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_longTasks.post(
        context,
        [path, credentials, toDir, cancel, control = control(context, cancel, std::move(progress))](VaultScope&) {
            return logFailure(Backup::restore(path, credentials.userName, *credentials.password, toDir, control),
                              "restoring a backup");
        },
        std::move(done));
    return cancel;
}

} // namespace clinicdesk
