// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The hash-chained audit log: verify() finds edits, gaps and rewrites; the
// anchor outside the database finds truncation and consistent rewrites; every
// repository write leaves exactly one audit entry and one change row, in the
// write's own transaction; reads are audited; details carry no patient values.

#include "Checks.h"
#include "TestVault.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace clinicdesk;
using clinicdesk::test::readAll;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::code;
using clinicdesk::test::patientDraft;

const QString kAdminPassword = QString::fromLatin1(TestVault::kAdminPassword);

std::vector<AuditEntry> auditRows(Database& db, std::int64_t afterSeq = 0) {
    std::vector<AuditEntry> rows;
    auto stmt = db.prepare("SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash FROM audit_log "
                           "WHERE seq > ? ORDER BY seq");
    if (!stmt) {
        return rows;
    }
    stmt->bind(1, afterSeq);
    while (true) {
        auto row = stmt->step();
        if (!row || !*row) {
            break;
        }
        rows.push_back(AuditEntry{stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4),
                                  stmt->text(5), stmt->text(6), stmt->text(7), stmt->text(8)});
    }
    return rows;
}

struct ChangeRow {
    std::int64_t seq = 0;
    QString table;
    QString recordId;
    QString op;
    QString deviceId;
    std::int64_t clientSeq = 0;
};

std::vector<ChangeRow> changeRows(Database& db, std::int64_t afterSeq = 0) {
    std::vector<ChangeRow> rows;
    auto stmt = db.prepare("SELECT seq, tbl, record_id, op, device_id, client_seq FROM changes WHERE seq > ? "
                           "ORDER BY seq");
    if (!stmt) {
        return rows;
    }
    stmt->bind(1, afterSeq);
    while (true) {
        auto row = stmt->step();
        if (!row || !*row) {
            break;
        }
        rows.push_back(
            ChangeRow{stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), stmt->int64(5)});
    }
    return rows;
}

std::int64_t maxSeq(Database& db, const char* table) {
    auto value = db.scalar(std::string("SELECT coalesce(max(seq), 0) FROM ") + table);
    return value ? *value : -1;
}

std::int64_t count(Database& db, const std::string& sql) {
    auto value = db.scalar(sql);
    return value ? *value : -1;
}

// A second connection with the append-only triggers dropped: what an attacker
// with the key (or a hex editor and the key) could do.
Result<Database> tamperConnection(VaultSession& session) {
    auto db = session.vault().openConnection();
    if (!db) {
        return db;
    }
    if (auto s = db->exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"); !s) {
        return std::unexpected(s.error());
    }
    return db;
}

// Writes a few audited entries: patients, an update, a view, an appointment, a user.
void makeHistory(TestVault& tv) {
    auto a = tv.session().patients().add(patientDraft(QStringLiteral("Ingrid"), QStringLiteral("Holm")));
    auto b = tv.session().patients().add(patientDraft(QStringLiteral("Piotr"), QStringLiteral("Nowak")));
    if (!a || !b) {
        return;
    }
    (void)tv.session().patients().update(a->patient.id,
                                         patientDraft(QStringLiteral("Ingrid"), QStringLiteral("Holmberg")));
    (void)tv.session().patients().get(b->patient.id);
    AppointmentDraft appointment;
    appointment.patientId = a->patient.id;
    appointment.start = QDateTime(QDate(2030, 1, 2), QTime(9, 0));
    appointment.durationMinutes = 30;
    (void)tv.session().appointments().add(appointment);
    (void)tv.addUser(QStringLiteral("rita"), Role::Receptionist);
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TstAuditLog : public QObject {
    Q_OBJECT

private slots:
    void verifyPassesAfterWrites();
    void chainLinksEveryEntry();
    void computeHashCoversEveryField();
    void triggersRefuseEditsThroughSql();
    void editedEntryIsCaught_data();
    void editedEntryIsCaught();
    void deletedMiddleEntryIsCaught();
    void truncatedTailIsCaughtByAnchor();
    void consistentRewriteIsCaughtByAnchor();
    void truncationSurvivesRelock();
    void deletedAnchorIsReported();
    void tamperedAnchorIsReported_data();
    void tamperedAnchorIsReported();
    void everyWriteJournalsOnce();
    void failedValidationLeavesNoTrace();
    void journalSharesTheWriteTransaction_data();
    void journalSharesTheWriteTransaction();
    void readingAPatientIsAudited();
    void detailsCarryNoPatientValues();
};

void TstAuditLog::verifyPassesAfterWrites() {
    TestVault tv;
    makeHistory(tv);
    Database& db = tv.session().db();
    const std::int64_t total = count(db, "SELECT count(*) FROM audit_log");
    // first user, vault creation, login, 2 patient creates, 1 update, 1 view, 1 appointment, 1 user.
    QCOMPARE(total, std::int64_t{9});
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
    QCOMPARE(report->entries, total);
    QCOMPARE(report->firstBadSeq, std::int64_t{0});
    QVERIFY(report->problem.isEmpty());

    // After lock and a new login the chain continues and still verifies (with the anchor now).
    tv.logout();
    QVERIFY(QFile::exists(QDir(tv.dir()).filePath(QLatin1String(AuditAnchor::kFileName))));
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), kAdminPassword));
    auto again = tv.session().verifyAudit();
    CHECK_OK(again);
    QVERIFY2(again->ok, qPrintable(again->problem));
    QCOMPARE(again->entries, total + 2); // logout, login
}

void TstAuditLog::chainLinksEveryEntry() {
    TestVault tv;
    makeHistory(tv);
    const std::vector<AuditEntry> rows = auditRows(tv.session().db());
    QVERIFY(rows.size() >= 8);
    QString previous = QString::fromLatin1(AuditLog::kGenesisHash);
    std::int64_t seq = 1;
    for (const AuditEntry& entry : rows) {
        QCOMPARE(entry.seq, seq++);
        QCOMPARE(entry.prevHash, previous);
        QCOMPARE(entry.hash.size(), 64);
        QCOMPARE(AuditLog::computeHash(entry), entry.hash);
        previous = entry.hash;
    }
    // The session's list is newest first.
    auto listed = tv.session().auditEntries(3);
    CHECK_OK(listed);
    QCOMPARE(listed->size(), std::size_t{3});
    QCOMPARE(listed->front().seq, rows.back().seq);
    QCOMPARE(listed->back().seq, rows.back().seq - 2);
}

void TstAuditLog::computeHashCoversEveryField() {
    AuditEntry base{7,
                    1700000000000,
                    QStringLiteral("u1"),
                    QStringLiteral("update"),
                    QStringLiteral("patient"),
                    QStringLiteral("p1"),
                    QStringLiteral("clinical"),
                    QString::fromLatin1(AuditLog::kGenesisHash),
                    {}};
    const QString hash = AuditLog::computeHash(base);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(AuditLog::computeHash(base), hash); // deterministic
    std::vector<AuditEntry> variants(8, base);
    variants[0].seq = 8;
    variants[1].at += 1;
    variants[2].userId = QStringLiteral("u2");
    variants[3].action = QStringLiteral("delete");
    variants[4].entity = QStringLiteral("user");
    variants[5].entityId = QStringLiteral("p2");
    variants[6].detail = QStringLiteral("demographics");
    variants[7].prevHash = QString(64, QLatin1Char('1'));
    for (std::size_t i = 0; i < variants.size(); ++i) {
        QVERIFY2(AuditLog::computeHash(variants[i]) != hash, qPrintable(QString::number(i)));
    }
    // Fields are length-prefixed: moving a character between fields changes the hash.
    AuditEntry shifted = base;
    shifted.entity = QStringLiteral("patientp");
    shifted.entityId = QStringLiteral("1");
    AuditEntry original = base;
    original.entity = QStringLiteral("patient");
    original.entityId = QStringLiteral("p1");
    QVERIFY(AuditLog::computeHash(shifted) != AuditLog::computeHash(original));
}

void TstAuditLog::triggersRefuseEditsThroughSql() {
    TestVault tv;
    makeHistory(tv);
    auto raw = tv.session().vault().openConnection();
    CHECK_OK(raw);
    auto update = raw->exec("UPDATE audit_log SET detail = 'x' WHERE seq = 2");
    QVERIFY(!update);
    auto remove = raw->exec("DELETE FROM audit_log WHERE seq = 2");
    QVERIFY(!remove);
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
}

void TstAuditLog::editedEntryIsCaught_data() {
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("detail") << "detail"
                            << "'edited'";
    QTest::newRow("action") << "action"
                            << "'view'";
    QTest::newRow("user") << "user_id"
                          << "'someone-else'";
    QTest::newRow("time") << "at"
                          << "at + 1";
    QTest::newRow("entity id") << "entity_id"
                               << "'another-id'";
    QTest::newRow("hash") << "hash"
                          << "'" + QString(64, QLatin1Char('a')) + "'";
}

void TstAuditLog::editedEntryIsCaught() {
    QFETCH(QString, column);
    QFETCH(QString, value);
    TestVault tv;
    makeHistory(tv);
    Database& db = tv.session().db();
    const std::int64_t total = count(db, "SELECT count(*) FROM audit_log");
    const std::int64_t target = 4;
    QVERIFY(total > target + 1);
    {
        auto raw = tamperConnection(tv.session());
        CHECK_OK(raw);
        CHECK_OK(raw->exec(QStringLiteral("UPDATE audit_log SET %1 = %2 WHERE seq = %3")
                               .arg(column, value)
                               .arg(target)
                               .toStdString()));
        QCOMPARE(raw->changes(), std::int64_t{1});
    }
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBadSeq, target);
    QVERIFY2(report->problem.contains(QString::number(target)), qPrintable(report->problem));
    QCOMPARE(report->entries, target - 1);
    // The chain check alone (no anchor) finds it as well.
    auto plain = AuditLog(db).verify(std::nullopt);
    CHECK_OK(plain);
    QVERIFY(!plain->ok);
    QCOMPARE(plain->firstBadSeq, target);
}

void TstAuditLog::deletedMiddleEntryIsCaught() {
    TestVault tv;
    makeHistory(tv);
    const std::int64_t target = 5;
    {
        auto raw = tamperConnection(tv.session());
        CHECK_OK(raw);
        CHECK_OK(raw->exec("DELETE FROM audit_log WHERE seq = 5"));
        QCOMPARE(raw->changes(), std::int64_t{1});
    }
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBadSeq, target);
    QCOMPARE(report->entries, target - 1);
    QVERIFY2(report->problem.contains(QLatin1String("5")), qPrintable(report->problem));
    QVERIFY2(report->problem.contains(QLatin1String("missing")), qPrintable(report->problem));
}

void TstAuditLog::truncatedTailIsCaughtByAnchor() {
    TestVault tv;
    makeHistory(tv);
    tv.logout(); // the anchor records the head, including the logout entry
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), kAdminPassword));
    Database& db = tv.session().db();
    const std::int64_t head = maxSeq(db, "audit_log");
    const std::int64_t anchored = head - 1; // before this login's entry
    const std::int64_t keep = anchored - 3;
    {
        auto raw = tamperConnection(tv.session());
        CHECK_OK(raw);
        CHECK_OK(raw->exec(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(keep).toStdString()));
        QCOMPARE(raw->changes(), head - keep);
    }
    // The chain that is left is internally consistent...
    auto chainOnly = AuditLog(db).verify(std::nullopt);
    CHECK_OK(chainOnly);
    QVERIFY2(chainOnly->ok, qPrintable(chainOnly->problem));
    QCOMPARE(chainOnly->entries, keep);
    // ...but the anchor outside the database knows it was longer.
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->entries, keep);
    QCOMPARE(report->firstBadSeq, keep + 1);
    QVERIFY2(report->problem.contains(QLatin1String("removed from the end")), qPrintable(report->problem));
    QVERIFY2(report->problem.contains(QString::number(anchored)), qPrintable(report->problem));
}

void TstAuditLog::consistentRewriteIsCaughtByAnchor() {
    TestVault tv;
    makeHistory(tv);
    tv.logout();
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), kAdminPassword));
    Database& db = tv.session().db();
    const std::int64_t anchored = maxSeq(db, "audit_log") - 1;
    {
        auto raw = tamperConnection(tv.session());
        CHECK_OK(raw);
        // Change entry 3 and recompute every hash from there on, as a careful forger would.
        std::vector<AuditEntry> rows = auditRows(*raw);
        QVERIFY(rows.size() > 3);
        rows[2].detail = QStringLiteral("forged");
        for (std::size_t i = 2; i < rows.size(); ++i) {
            rows[i].prevHash = rows[i - 1].hash;
            rows[i].hash = AuditLog::computeHash(rows[i]);
            auto stmt = raw->prepare("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?");
            CHECK_OK(stmt);
            stmt->bindAll(rows[i].detail, rows[i].prevHash, rows[i].hash, rows[i].seq);
            CHECK_OK(stmt->run());
        }
    }
    auto chainOnly = AuditLog(db).verify(std::nullopt);
    CHECK_OK(chainOnly);
    QVERIFY2(chainOnly->ok, "the forged chain should be self-consistent (the test's forgery is wrong otherwise)");

    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBadSeq, anchored);
    QVERIFY2(report->problem.contains(QString::number(anchored)), qPrintable(report->problem));
    QVERIFY2(report->problem.contains(QLatin1String("rewritten")), qPrintable(report->problem));
}

void TstAuditLog::tamperedAnchorIsReported_data() {
    QTest::addColumn<QString>("tamper");
    QTest::newRow("seq lowered") << "seq";
    QTest::newRow("hash replaced") << "hash";
    QTest::newRow("mac replaced") << "mac";
    QTest::newRow("not json") << "garbage";
    QTest::newRow("another vault's anchor") << "other";
}

void TstAuditLog::tamperedAnchorIsReported() {
    QFETCH(QString, tamper);
    TestVault tv;
    makeHistory(tv);
    tv.logout();
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), kAdminPassword));
    const QString path = QDir(tv.dir()).filePath(QLatin1String(AuditAnchor::kFileName));
    const QByteArray original = readAll(path);
    nlohmann::json json = nlohmann::json::parse(original.toStdString(), nullptr, false);
    QVERIFY(!json.is_discarded());
    QVERIFY(json.contains("seq") && json.contains("hash") && json.contains("mac"));

    QByteArray tampered;
    std::unique_ptr<TestVault> other;
    if (tamper == QLatin1String("seq")) {
        json["seq"] = json["seq"].get<std::int64_t>() - 2;
        tampered = QByteArray::fromStdString(json.dump());
    } else if (tamper == QLatin1String("hash")) {
        json["hash"] = std::string(64, 'b');
        tampered = QByteArray::fromStdString(json.dump());
    } else if (tamper == QLatin1String("mac")) {
        json["mac"] = std::string(64, '0');
        tampered = QByteArray::fromStdString(json.dump());
    } else if (tamper == QLatin1String("garbage")) {
        tampered = "not an anchor";
    } else {
        other = std::make_unique<TestVault>();
        other->logout();
        tampered = readAll(QDir(other->dir()).filePath(QLatin1String(AuditAnchor::kFileName)));
        QVERIFY(!tampered.isEmpty());
    }
    QVERIFY(tampered != original);
    QVERIFY(writeFile(path, tampered));

    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY(!report->ok);
    QVERIFY2(report->problem.contains(QLatin1String("anchor")), qPrintable(report->problem));

    // The untampered anchor verifies (the failure above is the tampering).
    QVERIFY(writeFile(path, original));
    auto clean = tv.session().verifyAudit();
    CHECK_OK(clean);
    QVERIFY2(clean->ok, qPrintable(clean->problem));
}

void TstAuditLog::everyWriteJournalsOnce() {
    TestVault tv;
    Database& db = tv.session().db();
    const QString userId = tv.session().user().id;
    const QString deviceId = tv.session().session().deviceId;
    QVERIFY(!deviceId.isEmpty());

    struct Expect {
        QString action, entity, table, op;
    };
    QString lastId;
    std::int64_t lastClientSeq = count(db, "SELECT coalesce(max(client_seq), 0) FROM changes");
    const auto check = [&](const QString& id, const Expect& e, std::int64_t auditBefore, std::int64_t changesBefore) {
        const auto audits = auditRows(db, auditBefore);
        const auto changes = changeRows(db, changesBefore);
        QCOMPARE(audits.size(), std::size_t{1});
        QCOMPARE(audits[0].action, e.action);
        QCOMPARE(audits[0].entity, e.entity);
        QCOMPARE(audits[0].entityId, id);
        QCOMPARE(audits[0].userId, userId);
        QCOMPARE(changes.size(), std::size_t{1});
        QCOMPARE(changes[0].table, e.table);
        QCOMPARE(changes[0].op, e.op);
        QCOMPARE(changes[0].recordId, id);
        QCOMPARE(changes[0].deviceId, deviceId);
        QCOMPARE(changes[0].clientSeq, lastClientSeq + 1);
        lastClientSeq = changes[0].clientSeq;
    };

    std::int64_t a = maxSeq(db, "audit_log");
    std::int64_t c = maxSeq(db, "changes");
    auto patient = tv.session().patients().add(patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund")));
    CHECK_OK(patient);
    check(patient->patient.id, {"create", "patient", "patients", "insert"}, a, c);
    if (QTest::currentTestFailed()) {
        return;
    }

    a = maxSeq(db, "audit_log");
    c = maxSeq(db, "changes");
    CHECK_OK(tv.session().patients().update(patient->patient.id,
                                            patientDraft(QStringLiteral("Ada"), QStringLiteral("Lundh"))));
    check(patient->patient.id, {"update", "patient", "patients", "update"}, a, c);
    if (QTest::currentTestFailed()) {
        return;
    }

    a = maxSeq(db, "audit_log");
    c = maxSeq(db, "changes");
    AppointmentDraft appointment;
    appointment.patientId = patient->patient.id;
    appointment.start = QDateTime(QDate(2031, 5, 6), QTime(10, 30));
    appointment.durationMinutes = 45;
    auto booked = tv.session().appointments().add(appointment);
    CHECK_OK(booked);
    check(booked->id, {"create", "appointment", "appointments", "insert"}, a, c);
    if (QTest::currentTestFailed()) {
        return;
    }

    a = maxSeq(db, "audit_log");
    c = maxSeq(db, "changes");
    auto user = tv.addUser(QStringLiteral("nils"), Role::Practitioner);
    CHECK_OK(user);
    check(user->id, {"create", "user", "users", "insert"}, a, c);
    if (QTest::currentTestFailed()) {
        return;
    }

    a = maxSeq(db, "audit_log");
    c = maxSeq(db, "changes");
    CHECK_OK(tv.session().patients().remove(patient->patient.id));
    check(patient->patient.id, {"delete", "patient", "patients", "delete"}, a, c);
}

void TstAuditLog::failedValidationLeavesNoTrace() {
    TestVault tv;
    auto existing = tv.session().patients().add(patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund")));
    CHECK_OK(existing);
    Database& db = tv.session().db();
    const std::int64_t audits = maxSeq(db, "audit_log");
    const std::int64_t changes = maxSeq(db, "changes");
    const std::int64_t patients = count(db, "SELECT count(*) FROM patients");
    const std::int64_t users = count(db, "SELECT count(*) FROM users");
    const QByteArray keys = readAll(QDir(tv.dir()).filePath(QLatin1String(Vault::kKeysFile)));

    auto badId = tv.session().patients().add(patientDraft(QStringLiteral("Bo"), QStringLiteral("Ek"), "19121212-1213"));
    QVERIFY(!badId);
    QCOMPARE(code(badId.error().code), code(ErrorCode::InvalidInput));
    auto noName = tv.session().patients().add(patientDraft(QString(), QStringLiteral("Ek")));
    QVERIFY(!noName);
    auto badUpdate =
        tv.session().patients().update(existing->patient.id, patientDraft(QStringLiteral("Ada"), QString(), "123"));
    QVERIFY(!badUpdate);
    AppointmentDraft appointment;
    appointment.patientId = existing->patient.id;
    appointment.start = QDateTime(QDate(2031, 5, 6), QTime(10, 30));
    appointment.durationMinutes = 0;
    auto badAppointment = tv.session().appointments().add(appointment);
    QVERIFY(!badAppointment);
    appointment.durationMinutes = 30;
    appointment.patientId = QStringLiteral("no-such-patient");
    auto orphan = tv.session().appointments().add(appointment);
    QVERIFY(!orphan);
    NewUser badUser;
    badUser.name = QStringLiteral("has space");
    badUser.displayName = QStringLiteral("Has Space");
    auto userResult = tv.session().addUser(badUser, TestVault::secret(QStringLiteral("long enough pw")));
    QVERIFY(!userResult);
    NewUser duplicate;
    duplicate.name = QStringLiteral("ADMIN");
    duplicate.displayName = QStringLiteral("Second admin");
    auto duplicateResult = tv.session().addUser(duplicate, TestVault::secret(QStringLiteral("long enough pw")));
    QVERIFY(!duplicateResult);
    QCOMPARE(code(duplicateResult.error().code), code(ErrorCode::AlreadyExists));

    QCOMPARE(maxSeq(db, "audit_log"), audits);
    QCOMPARE(maxSeq(db, "changes"), changes);
    QCOMPARE(count(db, "SELECT count(*) FROM patients"), patients);
    QCOMPARE(count(db, "SELECT count(*) FROM users"), users);
    QCOMPARE(count(db, "SELECT count(*) FROM appointments"), std::int64_t{0});
    QCOMPARE(readAll(QDir(tv.dir()).filePath(QLatin1String(Vault::kKeysFile))), keys);
}

void TstAuditLog::journalSharesTheWriteTransaction_data() {
    QTest::addColumn<QString>("failingTable");
    QTest::newRow("change feed insert fails") << "changes";
    QTest::newRow("audit insert fails") << "audit_log";
}

// If the journal cannot be written, the write itself is rolled back: the
// audit entry, the change row and the record share one transaction.
void TstAuditLog::journalSharesTheWriteTransaction() {
    QFETCH(QString, failingTable);
    TestVault tv;
    auto existing = tv.session().patients().add(patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund")));
    CHECK_OK(existing);
    Database& db = tv.session().db();
    auto raw = tv.session().vault().openConnection();
    CHECK_OK(raw);
    CHECK_OK(raw->exec(QStringLiteral("CREATE TRIGGER test_block BEFORE INSERT ON %1 BEGIN "
                                      "SELECT RAISE(ABORT, 'blocked by test'); END")
                           .arg(failingTable)
                           .toStdString()));
    const std::int64_t audits = maxSeq(db, "audit_log");
    const std::int64_t changes = maxSeq(db, "changes");
    const std::int64_t patients = count(db, "SELECT count(*) FROM patients");
    const std::int64_t indexed = count(db, "SELECT count(*) FROM patients_fts");

    auto added = tv.session().patients().add(patientDraft(QStringLiteral("Bo"), QStringLiteral("Ek")));
    QVERIFY(!added);
    auto updated = tv.session().patients().update(existing->patient.id, patientDraft(QStringLiteral("Ada"), "Renamed"));
    QVERIFY(!updated);
    AppointmentDraft appointment;
    appointment.patientId = existing->patient.id;
    appointment.start = QDateTime(QDate(2031, 5, 6), QTime(10, 30));
    appointment.durationMinutes = 30;
    auto booked = tv.session().appointments().add(appointment);
    QVERIFY(!booked);
    auto removed = tv.session().patients().remove(existing->patient.id);
    QVERIFY(!removed);

    QCOMPARE(maxSeq(db, "audit_log"), audits);
    QCOMPARE(maxSeq(db, "changes"), changes);
    QCOMPARE(count(db, "SELECT count(*) FROM patients"), patients);
    QCOMPARE(count(db, "SELECT count(*) FROM patients WHERE deleted_at IS NULL"), patients);
    QCOMPARE(count(db, "SELECT count(*) FROM patients_fts"), indexed);
    QCOMPARE(count(db, "SELECT count(*) FROM appointments"), std::int64_t{0});
    // The failed update left the old name in place.
    auto stmt = db.prepare("SELECT last_name FROM patients WHERE id = ?");
    CHECK_OK(stmt);
    stmt->bind(1, existing->patient.id);
    auto row = stmt->step();
    CHECK_OK(row);
    QVERIFY(*row);
    QCOMPARE(stmt->text(0), QStringLiteral("Lund"));
    stmt->reset();

    // With the obstacle gone, the same writes succeed (so the failures were the journal's).
    CHECK_OK(raw->exec("DROP TRIGGER test_block"));
    CHECK_OK(tv.session().patients().add(patientDraft(QStringLiteral("Bo"), QStringLiteral("Ek"))));
    QCOMPARE(count(db, "SELECT count(*) FROM patients"), patients + 1);
}

void TstAuditLog::readingAPatientIsAudited() {
    TestVault tv;
    auto patient = tv.session().patients().add(patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund")));
    CHECK_OK(patient);
    Database& db = tv.session().db();
    const std::int64_t audits = maxSeq(db, "audit_log");
    const std::int64_t changes = maxSeq(db, "changes");
    auto read = tv.session().patients().get(patient->patient.id);
    CHECK_OK(read);
    const auto rows = auditRows(db, audits);
    QCOMPARE(rows.size(), std::size_t{1});
    QCOMPARE(rows[0].action, QStringLiteral("view"));
    QCOMPARE(rows[0].entity, QStringLiteral("patient"));
    QCOMPARE(rows[0].entityId, patient->patient.id);
    QCOMPARE(rows[0].userId, tv.session().user().id);
    QCOMPARE(maxSeq(db, "changes"), changes); // a read is not a change

    // Each read is a new entry.
    CHECK_OK(tv.session().patients().get(patient->patient.id));
    QCOMPARE(auditRows(db, audits).size(), std::size_t{2});
    // A failed read (no such patient) is not logged as a view.
    auto missing = tv.session().patients().get(QStringLiteral("no-such-id"));
    QVERIFY(!missing);
    QCOMPARE(code(missing.error().code), code(ErrorCode::NotFound));
    QCOMPARE(auditRows(db, audits).size(), std::size_t{2});
}

void TstAuditLog::detailsCarryNoPatientValues() {
    TestVault tv;
    PatientDraft d =
        patientDraft(QStringLiteral("Zebulon"), QStringLiteral("Quixotefjord"), QStringLiteral("19121212-1212"));
    d.phone = QStringLiteral("070-555 81 94");
    d.email = QStringLiteral("zq@fjordpost.example");
    d.address = QStringLiteral("Vindskeppsgatan 31");
    d.clinicalNotes = QStringLiteral("Penicillinallergi");
    auto patient = tv.session().patients().add(d);
    CHECK_OK(patient);
    d.lastName = QStringLiteral("Quixotefjordsson");
    d.clinicalNotes = QStringLiteral("Penicillinallergi, bekraftad");
    CHECK_OK(tv.session().patients().update(patient->patient.id, d));
    CHECK_OK(tv.session().patients().get(patient->patient.id));
    CHECK_OK(tv.session().patients().search(QStringLiteral("zebulon")));
    AppointmentDraft appointment;
    appointment.patientId = patient->patient.id;
    appointment.start = QDateTime(QDate(2031, 5, 6), QTime(10, 30));
    appointment.durationMinutes = 30;
    appointment.reason = QStringLiteral("Tandvärk vänster");
    CHECK_OK(tv.session().appointments().add(appointment));
    CHECK_OK(tv.session().patients().remove(patient->patient.id));

    const QStringList forbidden = {QStringLiteral("zebulon"),    QStringLiteral("quixote"),
                                   QStringLiteral("19121212"),   QStringLiteral("1212121212"),
                                   QStringLiteral("5558194"),    QStringLiteral("555 81"),
                                   QStringLiteral("fjordpost"),  QStringLiteral("vindskepp"),
                                   QStringLiteral("penicillin"), QStringLiteral("tandvärk")};
    const auto rows = auditRows(tv.session().db());
    QVERIFY(rows.size() >= 7);
    for (const AuditEntry& entry : rows) {
        const QString all = (entry.action + QLatin1Char('|') + entry.entity + QLatin1Char('|') + entry.entityId +
                             QLatin1Char('|') + entry.detail + QLatin1Char('|') + entry.userId)
                                .toLower();
        for (const QString& word : forbidden) {
            QVERIFY2(!all.contains(word),
                     qPrintable(QStringLiteral("audit entry %1 contains patient data (%2)").arg(entry.seq).arg(word)));
        }
    }
    for (const ChangeRow& change : changeRows(tv.session().db())) {
        const QString all = (change.table + change.recordId + change.op).toLower();
        for (const QString& word : forbidden) {
            QVERIFY(!all.contains(word));
        }
    }
}

QTEST_GUILESS_MAIN(TstAuditLog)

#include "tst_auditlog.moc"

void TstAuditLog::truncationSurvivesRelock() {
    TestVault tv;
    makeHistory(tv);
    tv.logout();
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), kAdminPassword));
    const std::int64_t head = maxSeq(tv.session().db(), "audit_log");
    {
        auto raw = tamperConnection(tv.session());
        CHECK_OK(raw);
        CHECK_OK(raw->exec(QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(head - 4).toStdString()));
    }
    // Locking and signing in again must not move the anchor past the break.
    tv.logout();
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), kAdminPassword));
    tv.logout();
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), kAdminPassword));
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY2(!report->ok, "a truncated log must still fail after the vault was locked and reopened");
}

void TstAuditLog::deletedAnchorIsReported() {
    TestVault tv;
    makeHistory(tv);
    const QString anchor = tv.dir() + QStringLiteral("/audit-anchor.json");
    QVERIFY(QFile::exists(anchor));
    auto before = tv.session().verifyAudit();
    CHECK_OK(before);
    QVERIFY2(before->ok, qPrintable(before->problem));
    QVERIFY(QFile::remove(anchor));
    auto report = tv.session().verifyAudit();
    CHECK_OK(report);
    QVERIFY(!report->ok);
    QVERIFY2(report->problem.contains(QLatin1String("missing")), qPrintable(report->problem));
}
