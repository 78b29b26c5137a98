#include "TestVault.h"
#include "storage/Backup.h"

#include <QDir>
#include <QFile>
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
        QVERIFY(!QDir(restored + QStringLiteral(".restoring")).exists());

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
            const QString path = vault.dir() + QStringLiteral("-variant.cdb");
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
        QVERIFY(!QDir(target + QStringLiteral(".restoring")).exists());

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
};

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
