// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Migrator: numbered SQL migrations into a new keyed SQLCipher file, applied
// once, tracked by PRAGMA user_version; newer files are refused untouched.

#include "Checks.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace clinicdesk;

namespace {

using clinicdesk::test::code;

const QStringList kExpectedTables = {
    QStringLiteral("users"),          QStringLiteral("patients"),       QStringLiteral("patients_fts"),
    QStringLiteral("appointments"),   QStringLiteral("encounters"),     QStringLiteral("notes"),
    QStringLiteral("note_revisions"), QStringLiteral("recordings"),     QStringLiteral("recording_chunks"),
    QStringLiteral("transcripts"),    QStringLiteral("note_templates"), QStringLiteral("receipts"),
    QStringLiteral("receipt_items"),  QStringLiteral("payments"),       QStringLiteral("jobs"),
    QStringLiteral("usage"),          QStringLiteral("audit_log"),      QStringLiteral("changes"),
    QStringLiteral("settings"),       QStringLiteral("local_state"),
};

// "type name sql" for every schema object, in a stable order.
QStringList schema(Database& db) {
    QStringList out;
    auto stmt = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
    if (!stmt) {
        return {QStringLiteral("error")};
    }
    while (true) {
        auto row = stmt->step();
        if (!row || !*row) {
            break;
        }
        out << stmt->text(0) + QLatin1Char(' ') + stmt->text(1) + QLatin1Char(' ') + stmt->text(2);
    }
    return out;
}

bool hasObject(Database& db, const char* type, const QString& name) {
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = ? AND name = ?");
    if (!stmt) {
        return false;
    }
    stmt->bindAll(QString::fromLatin1(type), name);
    auto row = stmt->step();
    return row && *row && stmt->int64(0) == 1;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstMigrator : public QObject {
    Q_OBJECT

private slots:
    void latestVersionMatchesResources();
    void migratesNewFileToLatest();
    void migrateIsIdempotent();
    void schemaWorksAfterMigration();
    void refusesNewerVersionUntouched();
    void upToDateMigrateNeedsNoWriteLock();

private:
    QTemporaryDir m_tmp;
};

void TstMigrator::latestVersionMatchesResources() {
    // The version is the highest four-digit prefix among the bundled NNNN_name.sql files.
    QVERIFY(QFile::exists(QStringLiteral(":/migrations/0001_initial.sql")));
    const QStringList names = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    QVERIFY(!names.isEmpty());
    int highest = 0;
    for (const QString& name : names) {
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}_[a-z0-9_]+\\.sql$")).match(name).hasMatch(),
                 qPrintable(name));
        highest = std::max(highest, name.left(4).toInt());
    }
    QCOMPARE(Migrator::latestVersion(), highest);
}

void TstMigrator::migratesNewFileToLatest() {
    const QString path = m_tmp.filePath(QStringLiteral("new.db"));
    const SecureBytes key = SecureBytes::random(32);
    auto db = Database::open(path, key, Database::Mode::CreateNew);
    CHECK_OK(db);
    auto before = db->userVersion();
    CHECK_OK(before);
    QCOMPARE(*before, 0);
    QVERIFY(schema(*db).isEmpty());

    CHECK_OK(Migrator::migrate(*db));
    auto after = db->userVersion();
    CHECK_OK(after);
    QCOMPARE(*after, Migrator::latestVersion());
    for (const QString& table : kExpectedTables) {
        QVERIFY2(hasObject(*db, "table", table), qPrintable(QStringLiteral("missing table ") + table));
    }
    for (const char* trigger : {"audit_log_no_update", "audit_log_no_delete", "notes_signed_immutable"}) {
        QVERIFY2(hasObject(*db, "trigger", QString::fromLatin1(trigger)), trigger);
    }
    // The FTS table is FTS4 with diacritics folded (SQLite 3.15 has no FTS5).
    auto fts = db->prepare("SELECT sql FROM sqlite_master WHERE name = 'patients_fts'");
    CHECK_OK(fts);
    auto row = fts->step();
    CHECK_OK(row);
    QVERIFY(*row);
    QVERIFY(fts->text(0).contains(QLatin1String("fts4")));
    QVERIFY(fts->text(0).contains(QLatin1String("remove_diacritics=1")));
    fts->reset();

    // The file on disk is a keyed SQLCipher file, not plain SQLite.
    db->close();
    QVERIFY(!fileBytes(path).startsWith("SQLite format 3"));
    auto reopened = Database::open(path, key, Database::Mode::OpenExisting);
    CHECK_OK(reopened);
    auto version = reopened->userVersion();
    CHECK_OK(version);
    QCOMPARE(*version, Migrator::latestVersion());
    auto wrongKey = Database::open(path, SecureBytes::random(32), Database::Mode::OpenExisting);
    QVERIFY(!wrongKey);
    QCOMPARE(code(wrongKey.error().code), code(ErrorCode::VaultRefused));
}

void TstMigrator::migrateIsIdempotent() {
    const QString path = m_tmp.filePath(QStringLiteral("twice.db"));
    auto db = Database::open(path, SecureBytes::random(32), Database::Mode::CreateNew);
    CHECK_OK(db);
    CHECK_OK(Migrator::migrate(*db));
    CHECK_OK(db->exec("INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 1)"));
    const QStringList first = schema(*db);
    QVERIFY(first.size() > kExpectedTables.size());

    CHECK_OK(Migrator::migrate(*db));
    CHECK_OK(Migrator::migrate(*db));
    QCOMPARE(schema(*db), first);
    auto version = db->userVersion();
    CHECK_OK(version);
    QCOMPARE(*version, Migrator::latestVersion());
    auto rows = db->scalar("SELECT count(*) FROM settings WHERE key = 'k'");
    CHECK_OK(rows);
    QCOMPARE(*rows, std::int64_t{1});
    CHECK_OK(Migrator::checkVersion(*db));
}

void TstMigrator::schemaWorksAfterMigration() {
    const QString path = m_tmp.filePath(QStringLiteral("works.db"));
    auto db = Database::open(path, SecureBytes::random(32), Database::Mode::CreateNew);
    CHECK_OK(db);
    CHECK_OK(Migrator::migrate(*db));
    // Connection settings from the architecture.
    auto foreignKeys = db->scalar("PRAGMA foreign_keys");
    CHECK_OK(foreignKeys);
    QCOMPARE(*foreignKeys, std::int64_t{1});
    auto secureDelete = db->scalar("PRAGMA secure_delete");
    CHECK_OK(secureDelete);
    QCOMPARE(*secureDelete, std::int64_t{1});
    auto synchronous = db->scalar("PRAGMA synchronous");
    CHECK_OK(synchronous);
    QCOMPARE(*synchronous, std::int64_t{2}); // FULL
    auto journal = db->prepare("PRAGMA journal_mode");
    CHECK_OK(journal);
    auto row = journal->step();
    CHECK_OK(row);
    QCOMPARE(journal->text(0), QStringLiteral("wal"));
    journal->reset();

    // The audit log refuses updates and deletes (the triggers are there and active).
    CHECK_OK(db->exec("INSERT INTO audit_log (seq, at, action, entity, prev_hash, hash) "
                      "VALUES (1, 0, 'test', 'vault', 'p', 'h')"));
    auto update = db->exec("UPDATE audit_log SET detail = 'x' WHERE seq = 1");
    QVERIFY(!update);
    auto remove = db->exec("DELETE FROM audit_log WHERE seq = 1");
    QVERIFY(!remove);
    // Foreign keys are enforced.
    auto orphan =
        db->exec("INSERT INTO appointments (id, patient_id, starts_at, duration_min, created_at, "
                 "updated_at, created_by, updated_by) VALUES ('a', 'no-such-patient', 0, 30, 0, 0, 'u', 'u')");
    QVERIFY(!orphan);
    // FTS4 with diacritics folded.
    CHECK_OK(db->exec("INSERT INTO patients_fts (docid, name) VALUES (1, 'Åsa Öberg')"));
    auto hits = db->scalar("SELECT count(*) FROM patients_fts WHERE patients_fts MATCH 'asa obe*'");
    CHECK_OK(hits);
    QCOMPARE(*hits, std::int64_t{1});
}

void TstMigrator::refusesNewerVersionUntouched() {
    const QString path = m_tmp.filePath(QStringLiteral("newer.db"));
    const SecureBytes key = SecureBytes::random(32);
    const int newer = Migrator::latestVersion() + 1;
    {
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(Migrator::migrate(*db));
        CHECK_OK(db->exec("CREATE TABLE from_the_future (x INTEGER)"));
        CHECK_OK(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer).toStdString()));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = fileBytes(path);

    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    CHECK_OK(db);
    const QStringList schemaBefore = schema(*db);
    auto checked = Migrator::checkVersion(*db);
    QVERIFY(!checked);
    QCOMPARE(code(checked.error().code), code(ErrorCode::VaultRefused));
    auto migrated = Migrator::migrate(*db);
    QVERIFY(!migrated);
    QCOMPARE(code(migrated.error().code), code(ErrorCode::VaultRefused));
    QVERIFY2(migrated.error().message.contains(QLatin1String("newer")), qPrintable(migrated.error().message));
    QVERIFY2(migrated.error().message.contains(QString::number(newer)), qPrintable(migrated.error().message));
    QCOMPARE(schema(*db), schemaBefore);
    auto version = db->userVersion();
    CHECK_OK(version);
    QCOMPARE(*version, newer);
    db->close();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY2(fileBytes(path) == before, "the refused migration changed the file");
}

// Opening an up-to-date vault does not take the write lock, so it works while
// another connection is writing.
void TstMigrator::upToDateMigrateNeedsNoWriteLock() {
    const QString path = m_tmp.filePath(QStringLiteral("readonly.db"));
    const SecureBytes key = SecureBytes::random(32);
    {
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        CHECK_OK(db);
        CHECK_OK(Migrator::migrate(*db));
        auto tx = db->exec("BEGIN IMMEDIATE");
        CHECK_OK(tx);
        auto other = Database::open(path, key, Database::Mode::OpenExisting);
        CHECK_OK(other);
        QElapsedTimer timer;
        timer.start();
        CHECK_OK(Migrator::migrate(*other));
        QVERIFY2(timer.elapsed() < 2000, "migrate waited for the write lock");
        CHECK_OK(db->exec("ROLLBACK"));
    }
}

QTEST_GUILESS_MAIN(TstMigrator)

#include "tst_migrator.moc"
