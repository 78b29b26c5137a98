// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// PatientsPage against the real PatientService on a vault worker: queries run on the worker's
// thread, typing is debounced, and an answer to an older search never replaces a newer one.
#include "TestVault.h"
#include "async/VaultWorker.h"
#include "patients/PatientTableModel.h"
#include "patients/PatientsPage.h"
#include "services/PatientService.h"

#include <QLineEdit>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace clinicdesk;

class TstPatientsPage : public QObject {
    Q_OBJECT

private slots:
    void searchRunsOffTheUiThreadAndDropsStaleAnswers();
};

void TstPatientsPage::searchRunsOffTheUiThreadAndDropsStaleAnswers() {
    test::TestVault vault;
    auto patients = vault.session().patients();
    QString lindstrom;
    for (const auto& [first, last] :
         {std::pair{"Åsa", "Lindström"}, std::pair{"Björn", "Öberg"}, std::pair{"Anna", "Lind"}}) {
        PatientDraft draft;
        draft.firstName = QString::fromUtf8(first);
        draft.lastName = QString::fromUtf8(last);
        auto saved = patients.add(draft);
        QVERIFY(saved.has_value());
        if (draft.lastName == QStringLiteral("Lindström")) {
            lindstrom = saved->patient.id;
        }
    }
    auto connection = vault.session().vault().openConnection();
    QVERIFY(connection.has_value());
    VaultWorker worker(QStringLiteral("Vault"), std::move(*connection), vault.session().session());
    PatientService service(worker);

    PatientsPage page(service, Role::Admin);
    QSignalSpy requests(&page, &PatientsPage::searchRequested);
    QSignalSpy shown(&page, &PatientsPage::resultsShown);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 3); // the initial list

    // Four keystrokes inside the delay make one query. It runs on the worker's thread: while that
    // thread is held, the typing changes nothing on screen, however long the UI thread waits.
    QSemaphore held;
    worker.post([&](VaultScope&) { held.acquire(); });
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("patientSearchEdit"));
    const int shownBefore = int(shown.count());
    QTest::keyClicks(search, QStringLiteral("lind"));
    QTRY_COMPARE(requests.count(), 1);
    QCOMPARE(requests.last().at(0).toString(), QStringLiteral("lind"));
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(shown.count(), shownBefore);
    held.release();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(shown.count(), shownBefore + 1);

    // An older search still waiting when a newer one is sent is never answered: only the newer
    // answer reaches the table, once.
    worker.post([&](VaultScope&) { held.acquire(); });
    page.refresh(); // "lind" again, now the older one
    search->setText(QStringLiteral("öberg"));
    page.refresh();
    const int shownBeforeRace = int(shown.count());
    held.release();
    QTRY_COMPARE(shown.count(), shownBeforeRace + 1);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->rowOf(lindstrom), -1);
    // Nothing else arrives later: a round trip through the worker after it proves the queue is empty.
    bool drained = false;
    QObject context;
    worker.post(
        &context, [](VaultScope&) { return true; }, [&](bool) { drained = true; });
    QTRY_VERIFY(drained);
    QCOMPARE(shown.count(), shownBeforeRace + 1);
    QCOMPARE(page.model()->rowCount(), 1);

    worker.stop();
}

QTEST_MAIN(TstPatientsPage)
#include "tst_patientspage.moc"
