// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Upgrade from schema v2 to v3 (fewer pages per write) on a real v2 vault file: a keyed
// SQLCipher database built from 0001 and 0002 alone, with patients as v2 wrote them
// and a change feed numbered the v2 way by two devices, closed, reopened and
// migrated. Search finds the same patients, a duplicate national id still warns, the
// feed's numbering keeps rising for every device, and the dropped b-trees are gone.

#include "Checks.h"
#include "LegacyPatient.h"
#include "SqlProbe.h"
#include "repo/ChangeFeed.h"
#include "repo/PatientRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

using clinicdesk::test::insertLegacyPatient;
using clinicdesk::test::scalarOf;
using clinicdesk::test::textOf;

Session adminOn(const QString& deviceId) {
    Session session;
    session.user.id = QStringLiteral("u1");
    session.user.name = QStringLiteral("admin");
    session.user.role = Role::Admin;
    session.deviceId = deviceId;
    return session;
}

PatientDraft draft(const QString& first, const QString& last, const QString& nationalId, const QString& phone) {
    PatientDraft d;
    d.firstName = first;
    d.lastName = last;
    d.nationalId = nationalId;
    d.phone = phone;
    return d;
}

QStringList lastNames(const Result<std::vector<Patient>>& found) {
    QStringList out;
    if (!found) {
        return {QStringLiteral("error: ") + found.error().message};
    }
    for (const Patient& p : *found) {
        out << p.lastName;
    }
    return out;
}

const QString kDeviceA = QStringLiteral("00000000-0000-4000-8000-00000000000a");
const QString kDeviceB = QStringLiteral("00000000-0000-4000-8000-00000000000b");

} // namespace

class TstMigrationV3 : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    static void applyMigration(Database& db, const QString& resource) {
        QFile file(resource);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sql = file.readAll();
        CHECK_OK(db.exec(std::string_view(sql.constData(), size_t(sql.size()))));
    }

    // A vault file as ClinicDesk with schema v2 left it: three patients as v2 wrote them (their
    // rows and search index entries), then the change feed as v2
    // numbered it: client_seq counted per device, so device B's rows start at 1 again.
    void makeV2Vault(const QString& path, const SecureBytes& key) {
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(db->exec("BEGIN IMMEDIATE"));
        applyMigration(*db, QStringLiteral(":/migrations/0001_initial.sql"));
        applyMigration(*db, QStringLiteral(":/migrations/0002_ai_pipeline.sql"));
        CHECK_OK(db->exec("PRAGMA user_version = 2"));
        CHECK_OK(db->exec("INSERT INTO users (id, name, display_name, role, created_at, updated_at) "
                          "VALUES ('u1', 'admin', 'Admin', 'admin', 1700000000000, 1700000000000)"));
        CHECK_OK(db->exec("COMMIT"));

        insertLegacyPatient(*db, {QStringLiteral("p1"), 1, QStringLiteral("Åsa"), QStringLiteral("Öberg"),
                                  QStringLiteral("19121212-1212"), QStringLiteral("se_personnummer"), QString()});
        insertLegacyPatient(*db, {QStringLiteral("p2"), 2, QStringLiteral("Jan"), QStringLiteral("Kowalski"), QString(),
                                  QString(), QStringLiteral("+48 601 234 567")});
        insertLegacyPatient(*db, {QStringLiteral("p3"), 3, QStringLiteral("Anna"), QStringLiteral("Andersson"),
                                  QString(), QString(), QString()});
        // The feed as v2 numbered it, whatever the code above wrote: A 1..3, then B 1..2.
        CHECK_OK(db->exec("DELETE FROM changes"));
        CHECK_OK(db->exec("INSERT INTO changes (seq, tbl, record_id, op, device_id, client_seq, at) VALUES "
                          "(1, 'patients', 'x1', 'insert', '" +
                          kDeviceA.toStdString() +
                          "', 1, 1), "
                          "(2, 'patients', 'x2', 'insert', '" +
                          kDeviceA.toStdString() +
                          "', 2, 1), "
                          "(3, 'patients', 'x3', 'insert', '" +
                          kDeviceA.toStdString() + "', 3, 1)"));
        CHECK_OK(db->exec("INSERT INTO changes (seq, tbl, record_id, op, device_id, client_seq, at, pushed_at) VALUES "
                          "(4, 'patients', 'x1', 'update', '" +
                          kDeviceB.toStdString() +
                          "', 1, 2, 3), "
                          "(5, 'patients', 'x2', 'update', '" +
                          kDeviceB.toStdString() + "', 2, 2, NULL)"));
        db->close();
    }

private slots:
    void upgradesARealV2Vault() {
        QVERIFY(m_tmp.isValid());
        const QString path = m_tmp.filePath(QStringLiteral("v2.db"));
        const SecureBytes key = SecureBytes::random(32);
        makeV2Vault(path, key);
        if (QTest::currentTestFailed()) {
            return;
        }

        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(db);
        QCOMPARE(*db->userVersion(), 2);
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'patients_fts_docsize'"), 1);
        CHECK_OK(Migrator::migrate(*db));
        // v3 and whatever came after it (v4: tst_migration_v4).
        QVERIFY(Migrator::latestVersion() >= 3);
        QCOMPARE(*db->userVersion(), Migrator::latestVersion());

        // The b-trees nothing needs any more are gone; the search index kept its content.
        for (const char* name : {"changes_device_seq", "changes_unpushed", "patients_national_id",
                                 "patients_fts_docsize", "patients_fts_v3", "patients_fts_v3_content"}) {
            auto found = db->scalar("SELECT count(*) FROM sqlite_master WHERE name = ?", QString::fromLatin1(name));
            CHECK_OK(found);
            QVERIFY2(*found == 0, name);
        }
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM patients_fts"), 3);
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM patients_fts WHERE docid IN (SELECT search_docid FROM patients)"),
                 3);

        const Session session = adminOn(kDeviceA);
        PatientRepository patients(*db, session);
        // Search finds what it found before: a name with diacritics, a phone's digits, a personnummer's forms.
        QCOMPARE(lastNames(patients.search(QStringLiteral("oberg"))), QStringList{QStringLiteral("Öberg")});
        QCOMPARE(lastNames(patients.search(QStringLiteral("48601234567"))), QStringList{QStringLiteral("Kowalski")});
        QCOMPARE(lastNames(patients.search(QStringLiteral("121212-1212"))), QStringList{QStringLiteral("Öberg")});
        QCOMPARE(lastNames(patients.search(QStringLiteral("an"))), QStringList{QStringLiteral("Andersson")});

        // A duplicate national id still warns, now through the search index; a different one does not.
        auto twin = patients.add(
            draft(QStringLiteral("Åke"), QStringLiteral("Öberg"), QStringLiteral("191212121212"), QString()));
        CHECK_OK(twin);
        QCOMPARE(twin->sameNationalId.size(), qsizetype{1});
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM patients WHERE national_id = '19121212-1212'"), 2);
        auto other = patients.add(
            draft(QStringLiteral("Per"), QStringLiteral("Ek"), QStringLiteral("20080808-0006"), QString()));
        CHECK_OK(other);
        QVERIFY(other->sameNationalId.isEmpty());

        // The feed keeps rising for both devices: a new row's client_seq is its seq, above every v2 number.
        auto stmt = db->prepare("SELECT seq, client_seq, device_id FROM changes WHERE seq > 5 ORDER BY seq");
        CHECK_OK(stmt);
        auto rows = stmt->collect([&] { return std::tuple{stmt->int64(0), stmt->int64(1), stmt->text(2)}; });
        CHECK_OK(rows);
        QCOMPARE(rows->size(), std::size_t{2});
        QCOMPARE(std::get<0>(rows->at(0)), 6);
        QCOMPARE(std::get<1>(rows->at(0)), 6);
        QCOMPARE(std::get<2>(rows->at(0)), kDeviceA);
        QCOMPARE(std::get<1>(rows->at(1)), 7);
        const Session onB = adminOn(kDeviceB);
        CHECK_OK(ChangeFeed(*db, onB.deviceId)
                     .record(QStringLiteral("patients"), QStringLiteral("x3"), ChangeFeed::Op::Update));
        QCOMPARE(scalarOf(*db, "SELECT client_seq FROM changes WHERE seq = 8"), 8);
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM changes WHERE seq <> client_seq AND seq > 5"), 0);
        // Pruned rows do not bring numbers back: AUTOINCREMENT remembers the highest seq.
        CHECK_OK(db->exec("DELETE FROM changes WHERE seq >= 6"));
        CHECK_OK(
            ChangeFeed(*db, kDeviceA).record(QStringLiteral("patients"), QStringLiteral("x1"), ChangeFeed::Op::Update));
        QCOMPARE(scalarOf(*db, "SELECT max(client_seq) FROM changes"), 9);

        QCOMPARE(textOf(*db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        CHECK_OK(db->exec("INSERT INTO patients_fts(patients_fts) VALUES ('integrity-check')"));

        // Reopened, it stays at the latest version and migrating again changes nothing.
        db->close();
        auto reopened = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(reopened);
        CHECK_OK(Migrator::migrate(*reopened));
        QCOMPARE(*reopened->userVersion(), Migrator::latestVersion());
        QCOMPARE(scalarOf(*reopened, "SELECT count(*) FROM patients_fts"), 5);
    }
};

QTEST_GUILESS_MAIN(TstMigrationV3)
#include "tst_migration_v3.moc"
