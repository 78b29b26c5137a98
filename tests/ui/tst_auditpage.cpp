// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Settings > Audit log through the real main window (AppController, a real vault, offscreen): the
// administrator filters by action, exports the filtered view through the page's file dialog and the
// file is read back by Python's csv module (/usr/bin/python3) with exactly the entries shown; Verify
// chain says the log is intact.
#include "RunningApp.h"
#include "TestVault.h"
#include "Widgets.h"
#include "audit/AuditPage.h"
#include "audit/AuditTableModel.h"
#include "main/MainWindow.h"

#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 15000;

using test::child;

// A signed-in main window over a fresh vault, as the application builds it.
struct Fixture {
    test::TestVault vault;
    test::RunningApp app{vault};

    bool signInAsAdmin() { return app.startSignedInAsAdmin(); }

    [[nodiscard]] MainWindow* window() const { return app.window(); }
};

// The CSV file as Python's csv module reads it: the header and the rows, as a JSON array of objects.
QJsonArray parseCsv(const QString& path, QString* error) {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                 "    print(json.dumps(list(csv.DictReader(f, strict=True))))\n"),
                  path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

class TstAuditPage : public QObject {
    Q_OBJECT

private slots:
    void filterByActionAndExportCsv();
    void verifyShowsWhereTheChainBreaks();
};

void TstAuditPage::filterByActionAndExportCsv() {
    Fixture f;
    // Some history besides sign-ins: a patient with a comma and quotes in the name, a user.
    PatientDraft draft;
    draft.firstName = QStringLiteral("Anna, \"Ania\"");
    draft.lastName = QStringLiteral("Kowalska");
    QVERIFY(f.vault.session().patients().add(draft).has_value());
    QVERIFY(f.vault.addUser(QStringLiteral("ingrid"), Role::Practitioner).has_value());
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    MainWindow* window = f.window();

    window->showPlace(QString::fromLatin1(MainWindow::kSettings));
    QTest::mouseClick(child<QAbstractButton>(window, "settingsSection_audit"), Qt::LeftButton);
    AuditPage* page = window->auditPage();
    QCOMPARE(child<QStackedWidget>(window, "mainPages")->currentWidget(), page);
    AuditTableModel* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 2, kSlowMs);
    bool mixed = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        mixed = mixed || model->entryAt(row)->action != QStringLiteral("login");
    }
    QVERIFY(mixed);

    // Action: sign-ins only.
    auto* action = child<QComboBox>(page, "auditActionCombo");
    QTRY_VERIFY_WITH_TIMEOUT(action->findData(QStringLiteral("login")) > 0, kSlowMs);
    QSignalSpy shown(page, &AuditPage::pageShown);
    action->setCurrentIndex(action->findData(QStringLiteral("login")));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kSlowMs);
    const int rows = model->rowCount();
    QVERIFY(rows >= 1);
    for (int row = 0; row < rows; ++row) {
        QCOMPARE(model->entryAt(row)->action, QStringLiteral("login"));
    }
    auto* count = child<QLabel>(page, "auditCountLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(count->text().contains(QString::number(rows)), qPrintable(count->text()), kSlowMs);

    // Export CSV… through the page's own file dialog.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("audit.csv"));
    QSignalSpy exported(page, &AuditPage::exported);
    QTest::mouseClick(child<QPushButton>(page, "exportAuditButton"), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QFileDialog*>(QStringLiteral("auditExportDialog"))) != nullptr);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as the Save button does
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kSlowMs);

    QString error;
    const QJsonArray parsed = parseCsv(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The same entries as the view (the file in the log's order, oldest first), each with its hash.
    QCOMPARE(parsed.size(), rows);
    QHash<QString, QString> shownHashes;
    for (int row = 0; row < rows; ++row) {
        shownHashes.insert(QString::number(model->entryAt(row)->seq), model->entryAt(row)->hash);
    }
    qint64 previous = 0;
    for (const QJsonValue& value : parsed) {
        const QJsonObject entry = value.toObject();
        const QString seq = entry.value(QStringLiteral("seq")).toString();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("login"));
        QVERIFY2(shownHashes.contains(seq), qPrintable(seq));
        QCOMPARE(entry.value(QStringLiteral("hash")).toString(), shownHashes.value(seq));
        QCOMPARE(entry.value(QStringLiteral("user_name")).toString(), QString::fromLatin1(test::TestVault::kAdminName));
        QVERIFY(seq.toLongLong() > previous);
        previous = seq.toLongLong();
    }

    // Verify chain: intact, said in words.
    QSignalSpy verified(page, &AuditPage::verified);
    QTest::mouseClick(child<QPushButton>(page, "verifyAuditButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, kSlowMs);
    auto* result = child<QLabel>(page, "auditVerifyResult");
    QVERIFY(result->isVisibleTo(page));
    QVERIFY2(result->text().startsWith(QStringLiteral("Intact")), qPrintable(result->text()));
    QVERIFY(!child<QPushButton>(page, "showBrokenEntryButton")->isVisibleTo(page));
}

void TstAuditPage::verifyShowsWhereTheChainBreaks() {
    Fixture f;
    for (const char* name : {"ingrid", "piotr", "thandi"}) {
        QVERIFY(f.vault.addUser(QString::fromLatin1(name), Role::Practitioner).has_value());
    }
    {
        // What someone with the key and a hex editor could do: the append-only triggers dropped and
        // one entry's detail rewritten.
        auto raw = f.vault.session().vault().openConnection();
        QVERIFY(raw.has_value());
        QVERIFY(raw->exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;").has_value());
        QVERIFY(raw->exec("UPDATE audit_log SET detail = 'rewritten' WHERE seq = 3").has_value());
        QCOMPARE(raw->changes(), std::int64_t{1});
    }
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    MainWindow* window = f.window();
    window->showPlace(QString::fromLatin1(MainWindow::kSettings));
    QTest::mouseClick(child<QAbstractButton>(window, "settingsSection_audit"), Qt::LeftButton);
    AuditPage* page = window->auditPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 3, kSlowMs);

    QSignalSpy verified(page, &AuditPage::verified);
    QTest::mouseClick(child<QPushButton>(page, "verifyAuditButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, kSlowMs);
    auto* result = child<QLabel>(page, "auditVerifyResult");
    QVERIFY2(result->text().contains(QStringLiteral("breaks at entry 3")), qPrintable(result->text()));
    QCOMPARE(result->accessibleName(), QStringLiteral("The audit log is broken"));
    // "Show entry 3" selects that entry in the table.
    auto* show = child<QPushButton>(page, "showBrokenEntryButton");
    QVERIFY(show->isVisibleTo(page));
    QTest::mouseClick(show, Qt::LeftButton);
    auto* table = child<QTableView>(page, "auditTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->selectionModel()->hasSelection(), kSlowMs);
    QCOMPARE(page->model()->entryAt(table->selectionModel()->selectedRows().first().row())->seq, std::int64_t{3});
}

QTEST_MAIN(TstAuditPage)
#include "tst_auditpage.moc"
