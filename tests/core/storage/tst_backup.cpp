// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "repo/BackupStatusStore.h"
#include "storage/Backup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace clinicdesk;
using namespace clinicdesk::test;

class TstBackup : public QObject {
    Q_OBJECT

private:
    static SecureBytes adminPassword() { return TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)); }

private slots:
    void initTestCase() { QVERIFY(initCrypto()); }

    void roundTripWhileAnotherConnectionWrites() {
        TestVault vault;
        QVERIFY(vault.session().patients().add(patientDraft(QStringLiteral("Ingrid"), QStringLiteral("Vattenfjord"))));
        const QString out = vault.dir() + QStringLiteral("-backup.cdb");

        // A second connection on another thread keeps inserting patients while the backup runs.
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        auto connection = vault.session().vault().openConnection();
        QVERIFY(connection);
        Database writerDb = std::move(*connection);
        const Session writerSession = vault.session().session();
        std::thread writer([&] {
            PatientRepository repo(writerDb, writerSession);
            int i = 0;
            while (!stop.load()) {
                if (repo.add(patientDraft(QStringLiteral("Writer"), QStringLiteral("Number%1").arg(i++)))) {
                    ++written;
                }
                // A busy reception writes a few hundred times a minute, not in a
                // tight loop that never lets another writer in (this paces the
                // workload; it synchronises nothing).
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        QTRY_VERIFY(written.load() > 0); // the writer is really running before the backup starts
        auto report = Backup::create(vault.session(), out);
        stop = true;
        writer.join();
        QVERIFY2(report, report ? "" : qPrintable(report.error().detail));
        QVERIFY(written.load() > 0);
        QVERIFY(report->patients >= 1);

        // The backup holds no patient name in the clear.
        const QByteArray bytes = readAll(out);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("Vattenfjord"));
        QVERIFY(!bytes.contains("Ingrid"));

        auto verified = Backup::verify(out, {}, adminPassword());
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().detail));
        QVERIFY(verified->auditEntries > 0);

        const QString restored = vault.dir() + QStringLiteral("-restored");
        auto restoredReport = Backup::restore(out, QStringLiteral("admin"), adminPassword(), restored);
        QVERIFY2(restoredReport, restoredReport ? "" : qPrintable(restoredReport.error().detail));
        QVERIFY(QFile::exists(restored + QStringLiteral("/clinic.db")));
        QVERIFY(QFile::exists(restored + QStringLiteral("/keys.json")));
        // Owner-only, whatever the umask: another local user cannot read the restored vault.
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther |
                            QFile::ExeGroup | QFile::ExeOther;
        QCOMPARE(QFile::permissions(restored) & others, QFileDevice::Permissions());
        for (const QFileInfo& file : QDir(restored).entryInfoList(QDir::Files | QDir::Hidden)) {
            QVERIFY2((file.permissions() & others) == QFileDevice::Permissions(), qPrintable(file.fileName()));
            QVERIFY2((file.permissions() & ownerOnly) == ownerOnly, qPrintable(file.fileName()));
        }
        QVERIFY(QDir(QFileInfo(restored).absolutePath())
                    .entryList({QStringLiteral("*.restoring*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());

        // The restored vault opens with the same password, finds the data and its audit chain verifies.
        auto session = VaultSession::login(restored, QStringLiteral("admin"), adminPassword());
        QVERIFY2(session, session ? "" : qPrintable(session.error().detail));
        auto found = (*session)->patients().search(QStringLiteral("Vattenfjord"));
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t{1});
        auto audit = (*session)->verifyAudit();
        QVERIFY(audit);
        QVERIFY2(audit->ok, qPrintable(audit->problem));
        // A restored vault is a new installation.
        QVERIFY((*session)->session().deviceId != vault.session().session().deviceId);
    }

    void tamperedTruncatedOrWrongPasswordIsRefused() {
        TestVault vault;
        QVERIFY(vault.session().patients().add(patientDraft(QStringLiteral("Astrid"), QStringLiteral("Lindqvist"))));
        const QString out = vault.dir() + QStringLiteral("-backup.cdb");
        QVERIFY(Backup::create(vault.session(), out));
        const QByteArray original = readAll(out);

        const auto writeVariant = [&](const QByteArray& bytes) {
            QString path = vault.dir() + QStringLiteral("-variant.cdb");
            QFile::remove(path);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly)) {
                return QString();
            }
            f.write(bytes);
            return path;
        };

        QByteArray flipped = original;
        flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
        auto tampered = Backup::verify(writeVariant(flipped), {}, adminPassword());
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().code, ErrorCode::Integrity);

        auto truncated = Backup::verify(writeVariant(original.left(original.size() - 4096)), {}, adminPassword());
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().code, ErrorCode::Integrity);

        auto notBackup = Backup::verify(writeVariant(QByteArray("hello, world")), {}, adminPassword());
        QVERIFY(!notBackup);
        QCOMPARE(notBackup.error().code, ErrorCode::VaultRefused);

        auto wrong = Backup::verify(out, {}, TestVault::secret(QStringLiteral("not the password")));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);

        // A tampered backup restores nothing.
        const QString target = vault.dir() + QStringLiteral("-never");
        auto restored = Backup::restore(writeVariant(flipped), {}, adminPassword(), target);
        QVERIFY(!restored);
        QVERIFY(!QDir(target).exists());
        QVERIFY(QDir(QFileInfo(target).absolutePath())
                    .entryList({QStringLiteral("*.restoring*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());

        // Restoring over a non-empty folder is refused and leaves it alone.
        auto occupied = Backup::restore(out, {}, adminPassword(), vault.dir());
        QVERIFY(!occupied);
        QCOMPARE(occupied.error().code, ErrorCode::AlreadyExists);
    }

    void onlyAnAdministratorBacksUp() {
        TestVault vault;
        QVERIFY(vault.addUser(QStringLiteral("paula"), Role::Practitioner));
        QVERIFY(vault.loginAs(QStringLiteral("paula"), TestVault::passwordFor(QStringLiteral("paula"))));
        const QString out = vault.dir() + QStringLiteral("-backup.cdb");
        auto report = Backup::create(vault.session(), out);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(out));
    }

    void cancelledBackupLeavesNoFileAndIsAudited() {
        TestVault vault;
        for (int i = 0; i < 400; ++i) {
            QVERIFY(vault.session().patients().add(
                patientDraft(QStringLiteral("Many"), QStringLiteral("Patient%1").arg(i))));
        }
        QTemporaryDir folder;
        const QString out = folder.filePath(QStringLiteral("clinic.cdb"));
        std::atomic<bool> cancel{false};
        std::vector<BackupStep> steps;
        BackupControl control;
        control.cancel = &cancel;
        control.progress = [&](BackupStep step, std::int64_t, std::int64_t) {
            steps.push_back(step);
            cancel = true; // as if the user pressed Cancel at the first report
        };
        auto cancelled = Backup::create(vault.session(), out, control);
        QVERIFY(!cancelled);
        QCOMPARE(code(cancelled.error().code), code(ErrorCode::Cancelled));
        QCOMPARE(cancelled.error().message, QStringLiteral("The backup was cancelled; no file was written."));
        QVERIFY(!steps.empty());
        QCOMPARE(steps.front(), BackupStep::Copying);
        QVERIFY(QDir(folder.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        Database& db = vault.session().db();
        QCOMPARE(textOf(db, "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"),
                 QStringLiteral("backup_cancelled"));

        // Cancelled while writing the file: nothing either.
        cancel = false;
        control.progress = [&](BackupStep step, std::int64_t, std::int64_t) {
            if (step == BackupStep::Writing) {
                cancel = true;
            }
        };
        QVERIFY(!Backup::create(vault.session(), out, control));
        QVERIFY(QDir(folder.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

        // Made again to the end, then verified with the vault's own key: every step reported in order.
        cancel = false;
        steps.clear();
        control.progress = [&](BackupStep step, std::int64_t done, std::int64_t total) {
            QVERIFY(done <= total);
            if (steps.empty() || steps.back() != step) {
                steps.push_back(step);
            }
        };
        auto made = Backup::create(vault.session(), out, control);
        CHECK_OK(made);
        QCOMPARE(steps, (std::vector<BackupStep>{BackupStep::Copying, BackupStep::Writing}));
        steps.clear();
        auto verified = Backup::verifyWithKey(out, vault.session().vault().vaultId(),
                                              vault.session().vault().databaseKey(), control);
        CHECK_OK(verified);
        QCOMPARE(steps, (std::vector<BackupStep>{BackupStep::Opening, BackupStep::CheckingTag, BackupStep::Extracting,
                                                 BackupStep::CheckingIntegrity, BackupStep::CheckingAudit}));
        QCOMPARE(verified->createdAt, made->createdAt);
        QCOMPARE(verified->patients, std::int64_t{400});
        auto header = Backup::inspect(out);
        CHECK_OK(header);
        QCOMPARE(header->vaultId, vault.session().vault().vaultId());
        QCOMPARE(header->createdAt, made->createdAt);

        // Another vault's key does not apply: a clear sentence, not "damaged".
        TestVault other;
        auto foreign =
            Backup::verifyWithKey(out, other.session().vault().vaultId(), other.session().vault().databaseKey(), {});
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().message, QStringLiteral("This backup belongs to another vault. Enter the name and "
                                                         "password of a user in that backup."));
    }

    void folderThatCannotBeWrittenIsRefused() {
        TestVault vault;
        QTemporaryDir folder;
        // A "folder" inside a file cannot be made, even by root.
        const QString file = folder.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database& db = vault.session().db();
        const std::int64_t auditBefore = scalarOf(db, "SELECT max(seq) FROM audit_log");
        auto refused = Backup::create(vault.session(), file + QStringLiteral("/sub/clinic.cdb"));
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::Io));
        QVERIFY(refused.error().message.startsWith(QStringLiteral("ClinicDesk cannot write a file in ")));
        QCOMPARE(scalarOf(db, "SELECT max(seq) FROM audit_log"), auditBefore);

        const QString out = folder.filePath(QStringLiteral("clinic.cdb"));
        CHECK_OK(Backup::create(vault.session(), out));
        auto unwritable = Backup::checkRestoreTarget(file + QStringLiteral("/restored"));
        QVERIFY(!unwritable);
        QCOMPARE(code(unwritable.error().code), code(ErrorCode::Io));
        auto restore = Backup::restore(out, {}, adminPassword(), file + QStringLiteral("/restored"));
        QVERIFY(!restore);
        QCOMPARE(restore.error().message, unwritable.error().message);
        auto notEmpty = Backup::checkRestoreTarget(vault.dir());
        QVERIFY(!notEmpty);
        QVERIFY(notEmpty.error().message.contains(QStringLiteral("is not empty")));
        auto aFile = Backup::checkRestoreTarget(file);
        QVERIFY(!aFile);
        QVERIFY(aFile.error().message.contains(QStringLiteral("is a file, not a folder")));
        CHECK_OK(Backup::checkRestoreTarget(folder.filePath(QStringLiteral("new/deeper"))));
        QVERIFY(!QDir(folder.filePath(QStringLiteral("new"))).exists());
    }

    void lastVerifiedBackupIsKeptPerVault() {
        TestVault vault;
        QTemporaryDir folder;
        const QString out = folder.filePath(QStringLiteral("clinic.cdb"));
        auto made = Backup::create(vault.session(), out);
        CHECK_OK(made);
        BackupStatusStore store(vault.session().db(), vault.session().session());
        auto none = store.load();
        CHECK_OK(none);
        QVERIFY(!none->has_value());
        auto recorded = store.recordVerified(*made, QStringLiteral("clinic.cdb"));
        CHECK_OK(recorded);
        QCOMPARE(recorded->createdAt, made->createdAt);
        QCOMPARE(textOf(vault.session().db(), "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"),
                 QStringLiteral("backup_verified"));
        // An older backup checked later does not make the clinic's backups look older.
        BackupReport older = *made;
        older.createdAt -= 3600 * 1000;
        auto kept = store.recordVerified(older, QStringLiteral("old.cdb"));
        CHECK_OK(kept);
        QCOMPARE(kept->fileName, QStringLiteral("clinic.cdb"));
        auto loaded = store.load();
        CHECK_OK(loaded);
        QCOMPARE((*loaded)->createdAt, made->createdAt);
        // Another vault's backup is not this vault's.
        BackupReport foreign = *made;
        foreign.vaultId = QStringLiteral("another-vault");
        QVERIFY(!store.recordVerified(foreign, QStringLiteral("x.cdb")));
        // Only an administrator records one; everyone reads it.
        QVERIFY(vault.addUser(QStringLiteral("rita"), Role::Receptionist));
        QVERIFY(vault.loginAs(QStringLiteral("rita"), TestVault::passwordFor(QStringLiteral("rita"))));
        BackupStatusStore asRita(vault.session().db(), vault.session().session());
        auto denied = asRita.recordVerified(*made, QStringLiteral("clinic.cdb"));
        QVERIFY(!denied);
        QCOMPARE(code(denied.error().code), code(ErrorCode::PermissionDenied));
        auto read = asRita.load();
        CHECK_OK(read);
        QCOMPARE((*read)->createdAt, made->createdAt);
    }
};

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
