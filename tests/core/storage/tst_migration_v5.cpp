// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Upgrade from schema v4 to v5 (the clinic's desktop) on a real v4 vault file: a keyed SQLCipher database
// built from 0001..0004 alone, with appointments in v4's statuses (including "confirmed" and "completed",
// which v5 no longer has) and an encounter that references one of them. v5 rebuilds `appointments` (new
// statuses, cancel_reason) with foreign keys off, so the test checks what must survive that: every row and
// its values, the encounter's reference, the indexes, foreign keys enforced again afterwards, and a second
// migration that changes nothing. The new patient columns and the documents table are there.

#include "Checks.h"
#include "SqlProbe.h"
#include "repo/AppointmentRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

using clinicdesk::test::scalarOf;
using clinicdesk::test::textOf;

Session admin() {
    Session session;
    session.user.id = QStringLiteral("u1");
    session.user.name = QStringLiteral("admin");
    session.user.role = Role::Admin;
    session.user.active = true;
    session.deviceId = QStringLiteral("00000000-0000-4000-8000-00000000000a");
    return session;
}

QString snapshot(Database& db) {
    auto stmt = db.prepare("SELECT id || patient_id || coalesce(practitioner_id, '-') || starts_at || duration_min || "
                           "status || coalesce(reason, '-') || coalesce(cancel_reason, '-') || rev FROM appointments "
                           "ORDER BY id");
    if (!stmt) {
        return QStringLiteral("error");
    }
    auto rows = stmt->collect([&] { return stmt->text(0); });
    if (!rows) {
        return QStringLiteral("error");
    }
    QStringList lines(rows->begin(), rows->end());
    return lines.join(QLatin1Char('\n'));
}

// The rows a PRAGMA returns (SQLite 3.15 has no table-valued pragma functions); column `column` of each.
QStringList pragmaRows(Database& db, const char* pragma, int column = 0) {
    auto stmt = db.prepare(pragma);
    if (!stmt) {
        return {QStringLiteral("error")};
    }
    auto rows = stmt->collect([&] { return stmt->text(column); });
    return rows ? QStringList(rows->begin(), rows->end()) : QStringList{QStringLiteral("error")};
}

} // namespace

class TstMigrationV5 : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    static void applyMigration(Database& db, const QString& resource) {
        QFile file(resource);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sql = file.readAll();
        CHECK_OK(db.exec(std::string_view(sql.constData(), size_t(sql.size()))));
    }

    void makeV4Vault(const QString& path, const SecureBytes& key) {
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(db->exec("BEGIN IMMEDIATE"));
        for (const char* file : {":/migrations/0001_initial.sql", ":/migrations/0002_ai_pipeline.sql",
                                 ":/migrations/0003_fewer_pages_per_write.sql", ":/migrations/0004_domain_rules.sql"}) {
            applyMigration(*db, QString::fromLatin1(file));
        }
        CHECK_OK(db->exec("PRAGMA user_version = 4"));
        CHECK_OK(db->exec("INSERT INTO users (id, name, display_name, role, created_at, updated_at) VALUES "
                          "('u1', 'admin', 'Admin', 'admin', 1700000000000, 1700000000000),"
                          "('u2', 'ingrid', 'Ingrid', 'practitioner', 1700000000000, 1700000000000)"));
        CHECK_OK(db->exec("INSERT INTO patients (id, search_docid, first_name, last_name, created_at, updated_at, "
                          "created_by, updated_by) VALUES ('p1', 1, 'Åsa', 'Öberg', 1, 1, 'u1', 'u1')"));
        // v4's statuses, as v4's repository and older builds wrote them.
        CHECK_OK(db->exec(
            "INSERT INTO appointments (id, patient_id, practitioner_id, starts_at, duration_min, status, reason, "
            "created_at, updated_at, created_by, updated_by, rev) VALUES "
            "('a1', 'p1', 'u2', 1800000000000, 30, 'booked', 'Check-up', 1, 1, 'u1', 'u1', 0),"
            "('a2', 'p1', 'u2', 1800003600000, 45, 'confirmed', NULL, 1, 2, 'u1', 'u1', 1),"
            "('a3', 'p1', 'u2', 1700000000000, 60, 'completed', 'Filling', 1, 3, 'u1', 'u1', 2),"
            "('a4', 'p1', NULL, 1700003600000, 15, 'no_show', NULL, 1, 1, 'u1', 'u1', 0),"
            "('a5', 'p1', 'u2', 1700007200000, 20, 'arrived', NULL, 1, 1, 'u1', 'u1', 0),"
            "('a6', 'p1', 'u2', 1700010800000, 20, 'cancelled', NULL, 1, 1, 'u1', 'u1', 0)"));
        // An encounter of the completed appointment: a row in another table that references appointments.
        CHECK_OK(db->exec("INSERT INTO encounters (id, patient_id, appointment_id, practitioner_id, started_at, "
                          "created_at, updated_at, created_by, updated_by) VALUES "
                          "('e1', 'p1', 'a3', 'u2', 1700000000000, 1, 1, 'u2', 'u2')"));
        CHECK_OK(db->exec("COMMIT"));
    }

private slots:
    void upgradeKeepsEveryAppointmentAndItsReferences();
};

void TstMigrationV5::upgradeKeepsEveryAppointmentAndItsReferences() {
    QVERIFY(m_tmp.isValid());
    const QString path = m_tmp.filePath(QStringLiteral("clinic.db"));
    const SecureBytes key = SecureBytes::random(32);
    makeV4Vault(path, key);

    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    CHECK_OK(db);
    QCOMPARE(db->userVersion().value_or(-1), 4);
    CHECK_OK(Migrator::migrate(*db));
    QCOMPARE(db->userVersion().value_or(-1), Migrator::latestVersion());
    QVERIFY(Migrator::latestVersion() >= 5);

    // Every row, with v4's statuses mapped: confirmed -> booked, completed -> done; the rest as they were.
    QCOMPARE(scalarOf(*db, "SELECT count(*) FROM appointments"), 6);
    QCOMPARE(textOf(*db, "SELECT status FROM appointments WHERE id = 'a1'"), QStringLiteral("booked"));
    QCOMPARE(textOf(*db, "SELECT status FROM appointments WHERE id = 'a2'"), QStringLiteral("booked"));
    QCOMPARE(textOf(*db, "SELECT status FROM appointments WHERE id = 'a3'"), QStringLiteral("done"));
    QCOMPARE(textOf(*db, "SELECT status FROM appointments WHERE id = 'a4'"), QStringLiteral("no_show"));
    QCOMPARE(textOf(*db, "SELECT status FROM appointments WHERE id = 'a5'"), QStringLiteral("arrived"));
    QCOMPARE(textOf(*db, "SELECT status FROM appointments WHERE id = 'a6'"), QStringLiteral("cancelled"));
    QCOMPARE(textOf(*db, "SELECT reason || '/' || duration_min || '/' || rev || '/' || updated_at FROM appointments "
                         "WHERE id = 'a3'"),
             QStringLiteral("Filling/60/2/3"));
    QCOMPARE(scalarOf(*db, "SELECT count(*) FROM appointments WHERE cancel_reason IS NOT NULL"), 0);

    // The encounter still points to its appointment, through the new table, and nothing is dangling.
    QCOMPARE(textOf(*db, "SELECT a.status FROM encounters e JOIN appointments a ON a.id = e.appointment_id "
                         "WHERE e.id = 'e1'"),
             QStringLiteral("done"));
    QCOMPARE(pragmaRows(*db, "PRAGMA foreign_key_check"), QStringList());
    QVERIFY(textOf(*db, "SELECT sql FROM sqlite_master WHERE name = 'encounters'")
                .contains(QStringLiteral("REFERENCES appointments(id)")));
    for (const char* index : {"appointments_starts_at", "appointments_patient", "appointments_practitioner"}) {
        QCOMPARE(scalarOf(*db, (std::string("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '") +
                                index + "'")
                                   .c_str()),
                 1);
    }
    QCOMPARE(scalarOf(*db, "SELECT count(*) FROM sqlite_master WHERE name = 'appointments_v5'"), 0);

    // The new statuses are accepted, v4's old ones refused; foreign keys are enforced again.
    CHECK_OK(db->exec("UPDATE appointments SET status = 'in_progress' WHERE id = 'a1'"));
    QVERIFY(!db->exec("UPDATE appointments SET status = 'confirmed' WHERE id = 'a1'").has_value());
    QCOMPARE(scalarOf(*db, "PRAGMA foreign_keys"), 1);
    QVERIFY(!db->exec("INSERT INTO encounters (id, patient_id, appointment_id, started_at, created_at, updated_at, "
                      "created_by, updated_by) VALUES ('e2', 'p1', 'no-such-appointment', 1, 1, 1, 'u1', 'u1')")
                 .has_value());

    // The repository works on the new table: a cancel keeps its reason.
    const Session session = admin();
    auto cancelled = AppointmentRepository(*db, session).cancel(QStringLiteral("a2"), QStringLiteral("Patient is ill"));
    CHECK_OK(cancelled);
    QCOMPARE(textOf(*db, "SELECT cancel_reason FROM appointments WHERE id = 'a2'"), QStringLiteral("Patient is ill"));

    // New columns and table.
    const QStringList patientColumns = pragmaRows(*db, "PRAGMA table_info(patients)", 1);
    QVERIFY(patientColumns.contains(QStringLiteral("merged_into")));
    QVERIFY(patientColumns.contains(QStringLiteral("alerts")));
    QCOMPARE(scalarOf(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'"), 1);

    // Migrating again changes nothing.
    const QString before = snapshot(*db);
    CHECK_OK(Migrator::migrate(*db));
    QCOMPARE(snapshot(*db), before);
    QCOMPARE(textOf(*db, "PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TstMigrationV5)
#include "tst_migration_v5.moc"
