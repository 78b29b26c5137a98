// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The audit log as CSV against a real vault, read back by Python's csv module (/usr/bin/python3, as
// an auditor's spreadsheet or script would): one row per entry with the right fields, RFC 4180
// quoting of commas, quotes and line breaks, CRLF line ends, a filter honoured, the export audited,
// and a refused, cancelled or failed export leaving no file.
#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "export/AuditCsvExporter.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::patientDraft;
using clinicdesk::test::scalarOf;
using clinicdesk::test::TestVault;

namespace {

const QString kTricky = QStringLiteral("note, with \"quotes\"\r\nand a second line");

// The file as Python's csv module reads it: a JSON array of rows (arrays of strings).
QJsonArray parsedByPython(const QString& path) {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                 "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
                  path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << "python3 failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

class TstAuditCsvExporter : public QObject {
    Q_OBJECT

private slots:
    void exportReadsBackRowForRow();
    void filterAndRefusals();
};

void TstAuditCsvExporter::exportReadsBackRowForRow() {
    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        QSKIP("/usr/bin/python3 is not installed");
    }
    TestVault tv;
    VaultSession& s = tv.session();
    CHECK_OK(s.patients().add(patientDraft(QStringLiteral("Åsa"), QStringLiteral("Öberg"))));
    {
        // An entry whose detail needs quoting (details are written by ClinicDesk; this one by the test).
        auto tx = Transaction::begin(s.db());
        CHECK_OK(tx);
        CHECK_OK(AuditLog(s.db()).append(s.user().id, QStringLiteral("update"), QStringLiteral("settings"),
                                         QStringLiteral("clinic"), kTricky));
        CHECK_OK(tx->commit());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    const std::int64_t entries = scalarOf(s.db(), "SELECT count(*) FROM audit_log");
    std::int64_t lastDone = -1;
    auto written = AuditCsvExporter::write(s.db(), s.session(), {}, path,
                                           [&](std::int64_t done, std::int64_t) { lastDone = done; });
    CHECK_OK(written);
    QCOMPARE(*written, entries);
    QCOMPARE(lastDone, entries);

    const QByteArray bytes = test::readAll(path);
    QVERIFY(bytes.startsWith("seq,time_utc,user_id,user_name,action,entity,entity_id,detail,hash\r\n"));
    QVERIFY(bytes.contains("\"note, with \"\"quotes\"\"\r\nand a second line\""));
    QVERIFY(!bytes.contains("Öberg")); // no patient values: the log holds none

    const QJsonArray rows = parsedByPython(path);
    QCOMPARE(rows.size(), qsizetype(entries + 1));
    QCOMPARE(rows.at(0).toArray().size(), 9);
    auto log = AuditLog(s.db()).list({}, 0, 1000);
    CHECK_OK(log);
    std::reverse(log->begin(), log->end()); // the export is oldest first
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        const AuditEntry& e = (*log)[std::size_t(i - 1)];
        QCOMPARE(row.size(), 9);
        QCOMPARE(row.at(0).toString(), QString::number(e.seq));
        QCOMPARE(QDateTime::fromString(row.at(1).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), e.at);
        QCOMPARE(row.at(2).toString(), e.userId);
        QCOMPARE(row.at(3).toString(), e.userId.isEmpty() ? QString() : QStringLiteral("admin"));
        QCOMPARE(row.at(4).toString(), e.action);
        QCOMPARE(row.at(5).toString(), e.entity);
        QCOMPARE(row.at(6).toString(), e.entityId);
        QCOMPARE(row.at(7).toString(), e.detail);
        QCOMPARE(row.at(8).toString(), e.hash);
    }
    QCOMPARE(rows.last().toArray().at(7).toString(), kTricky);
    // The export is in the log itself, after what it exported.
    auto newest = AuditLog(s.db()).list({}, 0, 1);
    CHECK_OK(newest);
    QCOMPARE(newest->front().action, QStringLiteral("export"));
    QCOMPARE(newest->front().entity, QStringLiteral("audit_log"));
    QCOMPARE(newest->front().detail, QStringLiteral("csv entries=%1").arg(entries));
}

void TstAuditCsvExporter::filterAndRefusals() {
    TestVault tv;
    VaultSession& s = tv.session();
    QTemporaryDir dir;
    AuditFilter logins;
    logins.actions = {QStringLiteral("login")};
    const QString path = dir.filePath(QStringLiteral("logins.csv"));
    auto written = AuditCsvExporter::write(s.db(), s.session(), logins, path);
    CHECK_OK(written);
    QCOMPARE(*written, scalarOf(s.db(), "SELECT count(*) FROM audit_log WHERE action = 'login'"));
    QCOMPARE(test::readAll(path).count("\r\n"), qsizetype(*written + 1));

    auto exists = AuditCsvExporter::write(s.db(), s.session(), {}, path);
    QVERIFY(!exists);
    QCOMPARE(code(exists.error().code), code(ErrorCode::AlreadyExists));

    std::atomic<bool> cancel{true};
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
    auto stopped = AuditCsvExporter::write(s.db(), s.session(), {}, cancelled, {}, &cancel);
    QVERIFY(!stopped);
    QCOMPARE(code(stopped.error().code), code(ErrorCode::Cancelled));
    QVERIFY(!QFile::exists(cancelled));

    QVERIFY(tv.addUser(QStringLiteral("paula"), Role::Practitioner));
    QVERIFY(tv.loginAs(QStringLiteral("paula"), TestVault::passwordFor(QStringLiteral("paula"))));
    const QString denied = dir.filePath(QStringLiteral("denied.csv"));
    auto refused = AuditCsvExporter::write(tv.session().db(), tv.session().session(), {}, denied);
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::PermissionDenied));
    QVERIFY(!QFile::exists(denied));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(TstAuditCsvExporter)
#include "tst_auditcsvexporter.moc"
