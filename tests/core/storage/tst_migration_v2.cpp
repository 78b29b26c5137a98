// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Upgrade from schema v1 to v2 (the AI pipeline) on a real v1 vault file: a keyed
// SQLCipher database built from 0001_initial.sql alone, with rows in the v1 tables,
// closed, reopened and migrated. The rows survive, the new columns are there with
// NULLs, egress_log exists, and one job can no longer have two results.

#include "Checks.h"
#include "SqlProbe.h"
#include "jobs/JobRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

using clinicdesk::test::scalarOf;
using clinicdesk::test::textOf;

constexpr std::int64_t kAt = 1'700'000'000'000;

QStringList columnsOf(Database& db, const char* table) {
    QStringList out;
    auto stmt = db.prepare(std::string("PRAGMA table_info(") + table + ")");
    if (!stmt) {
        return {QStringLiteral("error")};
    }
    auto names = stmt->collect([&] { return stmt->text(1); });
    return names ? QStringList(names->begin(), names->end()) : QStringList{QStringLiteral("error")};
}

} // namespace

class TstMigrationV2 : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    // A vault file exactly as ClinicDesk with schema v1 left it, with a row in each table the upgrade touches.
    void makeV1Vault(const QString& path, const SecureBytes& key) {
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        CHECK_OK(db);
        QFile file(QStringLiteral(":/migrations/0001_initial.sql"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sql = file.readAll();
        CHECK_OK(db->exec("BEGIN IMMEDIATE"));
        CHECK_OK(db->exec(std::string_view(sql.constData(), size_t(sql.size()))));
        CHECK_OK(db->exec("PRAGMA user_version = 1"));
        CHECK_OK(db->exec("INSERT INTO users (id, name, display_name, role, profession, created_at, updated_at) "
                          "VALUES ('u1', 'doc', 'Dr Doc', 'practitioner', 'dentist', 1700000000000, 1700000000000)"));
        CHECK_OK(db->exec("INSERT INTO patients (id, search_docid, first_name, last_name, created_at, updated_at, "
                          "created_by, updated_by) VALUES ('p1', 1, 'Nils', 'Ek', 1700000000000, 1700000000000, "
                          "'u1', 'u1')"));
        CHECK_OK(db->exec("INSERT INTO encounters (id, patient_id, practitioner_id, started_at, consent, created_at, "
                          "updated_at, created_by, updated_by) VALUES ('e1', 'p1', 'u1', 1700000000000, 'written', "
                          "1700000000000, 1700000000000, 'u1', 'u1')"));
        CHECK_OK(db->exec("INSERT INTO recordings (id, encounter_id, patient_id, state, duration_ms, bytes, "
                          "started_at, ended_at, created_at, updated_at, created_by, updated_by) VALUES ('r1', 'e1', "
                          "'p1', 'complete', 61000, 12345, 1700000000000, 1700000061000, 1700000000000, "
                          "1700000061000, 'u1', 'u1')"));
        CHECK_OK(db->exec("INSERT INTO jobs (id, kind, payload, state, attempts, result_id, created_at, updated_at, "
                          "created_by) VALUES ('j1', 'transcribe', '{\"recording_id\":\"r1\"}', 'done', 1, 't1', "
                          "1700000000000, 1700000070000, 'u1')"));
        CHECK_OK(db->exec("INSERT INTO transcripts (id, recording_id, language, text, created_at, updated_at, "
                          "created_by, updated_by) VALUES ('t1', 'r1', 'sv', 'hello there', 1700000070000, "
                          "1700000070000, 'u1', 'u1')"));
        CHECK_OK(db->exec("INSERT INTO notes (id, encounter_id, patient_id, status, content, signed_by, signed_at, "
                          "created_at, updated_at, created_by, updated_by) VALUES ('n1', 'e1', 'p1', 'signed', "
                          "'{\"findings\":\"none\"}', 'u1', 1700000080000, 1700000075000, 1700000080000, 'u1', "
                          "'u1')"));
        CHECK_OK(db->exec("COMMIT"));
        db->close();
    }

private slots:
    void upgradesARealV1Vault() {
        QVERIFY(m_tmp.isValid());
        const QString path = m_tmp.filePath(QStringLiteral("v1.db"));
        const SecureBytes key = SecureBytes::random(32);
        makeV1Vault(path, key);
        if (QTest::currentTestFailed()) {
            return;
        }

        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(db);
        auto before = db->userVersion();
        CHECK_OK(before);
        QCOMPARE(*before, 1);
        QVERIFY(!columnsOf(*db, "jobs").contains(QStringLiteral("runner")));

        CHECK_OK(Migrator::migrate(*db));
        auto after = db->userVersion();
        CHECK_OK(after);
        QVERIFY(*after >= 2);
        QCOMPARE(*after, Migrator::latestVersion());

        // The v1 rows are intact.
        QCOMPARE(textOf(*db, "SELECT display_name FROM users WHERE id = 'u1'"), QStringLiteral("Dr Doc"));
        QCOMPARE(textOf(*db, "SELECT last_name || ',' || first_name FROM patients WHERE id = 'p1'"),
                 QStringLiteral("Ek,Nils"));
        QCOMPARE(textOf(*db, "SELECT consent FROM encounters WHERE id = 'e1'"), QStringLiteral("written"));
        QCOMPARE(scalarOf(*db, "SELECT duration_ms FROM recordings WHERE id = 'r1'"), std::int64_t{61000});
        QCOMPARE(textOf(*db, "SELECT state || ',' || attempts || ',' || result_id FROM jobs WHERE id = 'j1'"),
                 QStringLiteral("done,1,t1"));
        QCOMPARE(textOf(*db, "SELECT text FROM transcripts WHERE id = 't1'"), QStringLiteral("hello there"));
        QCOMPARE(textOf(*db, "SELECT status || ',' || content FROM notes WHERE id = 'n1'"),
                 QStringLiteral("signed,{\"findings\":\"none\"}"));
        for (const char* table : {"users", "patients", "encounters", "recordings", "jobs", "transcripts", "notes"}) {
            QCOMPARE(scalarOf(*db, (std::string("SELECT count(*) FROM ") + table).c_str()), std::int64_t{1});
        }

        // The new columns, NULL for old rows.
        for (const char* column : {"runner", "subject_id", "patient_id"}) {
            QVERIFY2(columnsOf(*db, "jobs").contains(QString::fromLatin1(column)), column);
        }
        QCOMPARE(textOf(*db, "SELECT coalesce(runner, 'NULL') || coalesce(subject_id, 'NULL') || "
                             "coalesce(patient_id, 'NULL') FROM jobs WHERE id = 'j1'"),
                 QStringLiteral("NULLNULLNULL"));
        QCOMPARE(textOf(*db, "SELECT job_id FROM transcripts WHERE id = 't1'"), QStringLiteral("NULL"));
        for (const char* column : {"job_id", "transcript_id", "language"}) {
            QVERIFY2(columnsOf(*db, "notes").contains(QString::fromLatin1(column)), column);
        }
        QCOMPARE(textOf(*db, "SELECT coalesce(job_id, 'NULL') || coalesce(transcript_id, 'NULL') || "
                             "coalesce(language, 'NULL') FROM notes WHERE id = 'n1'"),
                 QStringLiteral("NULLNULLNULL"));

        // The new code reads the old job.
        Session session;
        session.user.id = QStringLiteral("u1");
        auto job = JobRepository(*db, session).get(QStringLiteral("j1"));
        CHECK_OK(job);
        QCOMPARE(job->state, JobState::Done);
        QCOMPARE(job->payload.value(QStringLiteral("recording_id")).toString(), QStringLiteral("r1"));
        QVERIFY(!job->runner);
        QVERIFY(job->subjectId.isEmpty());

        // egress_log is there and takes a row.
        CHECK_OK(db->exec("INSERT INTO egress_log (id, at, user_id, job_id, host, provider, purpose, bytes_sent) "
                          "VALUES ('x1', 1700000090000, 'u1', 'j1', 'api.openai.com', 'openai', 'transcribe', 100)"));
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM egress_log"), std::int64_t{1});

        // One result per job: a second transcript (or note) for the same job is refused; rows without a job are not.
        CHECK_OK(db->exec("INSERT INTO transcripts (id, recording_id, text, created_at, updated_at, created_by, "
                          "updated_by, job_id) VALUES ('t2', 'r1', 'a', 1, 1, 'u1', 'u1', 'j2')"));
        auto duplicate = db->exec("INSERT INTO transcripts (id, recording_id, text, created_at, updated_at, "
                                  "created_by, updated_by, job_id) VALUES ('t3', 'r1', 'b', 1, 1, 'u1', 'u1', 'j2')");
        QVERIFY(!duplicate);
        CHECK_OK(db->exec("INSERT INTO transcripts (id, recording_id, text, created_at, updated_at, created_by, "
                          "updated_by) VALUES ('t4', 'r1', 'c', 1, 1, 'u1', 'u1')"));
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM transcripts WHERE job_id = 'j2'"), std::int64_t{1});
        CHECK_OK(db->exec("INSERT INTO notes (id, encounter_id, patient_id, content, created_at, updated_at, "
                          "created_by, updated_by, job_id, transcript_id) VALUES ('n2', 'e1', 'p1', '{}', 1, 1, "
                          "'u1', 'u1', 'j3', 't2')"));
        QVERIFY(!db->exec("INSERT INTO notes (id, encounter_id, patient_id, content, created_at, updated_at, "
                          "created_by, updated_by, job_id) VALUES ('n3', 'e1', 'p1', '{}', 1, 1, 'u1', 'u1', 'j3')"));

        QCOMPARE(textOf(*db, "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(textOf(*db, "PRAGMA foreign_key_check"), QStringLiteral("missing")); // no violations

        // Reopened, it stays at the latest version and migrating again changes nothing.
        db->close();
        auto reopened = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(reopened);
        CHECK_OK(Migrator::migrate(*reopened));
        QCOMPARE(*reopened->userVersion(), Migrator::latestVersion());
        QCOMPARE(scalarOf(*reopened, "SELECT count(*) FROM transcripts"), std::int64_t{3});
    }

    // A failed upgrade leaves the v1 file as it was: the migration is one transaction.
    void failedUpgradeLeavesV1Untouched() {
        const QString path = m_tmp.filePath(QStringLiteral("v1-busy.db"));
        const SecureBytes key = SecureBytes::random(32);
        makeV1Vault(path, key);
        if (QTest::currentTestFailed()) {
            return;
        }
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(db);
        // Something in the way of v2: a table with the name the upgrade creates.
        CHECK_OK(db->exec("CREATE TABLE egress_log (x INTEGER)"));
        QVERIFY(!Migrator::migrate(*db));
        QCOMPARE(*db->userVersion(), 1);
        QVERIFY(!columnsOf(*db, "jobs").contains(QStringLiteral("runner")));
        QVERIFY(!columnsOf(*db, "transcripts").contains(QStringLiteral("job_id")));
        QCOMPARE(scalarOf(*db, "SELECT count(*) FROM jobs"), std::int64_t{1});
    }
};

QTEST_GUILESS_MAIN(TstMigrationV2)

#include "tst_migration_v2.moc"
