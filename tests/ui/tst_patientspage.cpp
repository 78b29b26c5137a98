// PatientsPage against a real PatientBackend: queries run on the backend's
// thread, typing is debounced, and an answer to an older search is dropped.
#include "TestVault.h"
#include "patients/PatientBackend.h"
#include "patients/PatientTableModel.h"
#include "patients/PatientsPage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace clinicdesk;

class TstPatientsPage : public QObject {
    Q_OBJECT

private slots:
    void searchRunsOffTheUiThreadAndDropsStaleAnswers();
};

void TstPatientsPage::searchRunsOffTheUiThreadAndDropsStaleAnswers() {
    test::TestVault vault;
    auto patients = vault.session().patients();
    for (const auto& [first, last] :
         {std::pair{"Åsa", "Lindström"}, std::pair{"Björn", "Öberg"}, std::pair{"Anna", "Lind"}}) {
        PatientDraft draft;
        draft.firstName = QString::fromUtf8(first);
        draft.lastName = QString::fromUtf8(last);
        QVERIFY(patients.add(draft).has_value());
    }
    auto connection = vault.session().vault().openConnection();
    QVERIFY(connection.has_value());
    PatientBackend backend(std::move(*connection), vault.session().session());

    std::atomic<int> searchesOnUiThread{0};
    QThread* uiThread = QThread::currentThread();
    connect(
        &backend, &PatientBackend::searchDone, &backend,
        [&](quint64, const std::vector<Patient>&) {
            if (QThread::currentThread() == uiThread) {
                ++searchesOnUiThread;
            }
        },
        Qt::DirectConnection);

    PatientsPage page(backend, Role::Admin);
    QSignalSpy requests(&page, &PatientsPage::searchRequested);
    QSignalSpy shown(&page, &PatientsPage::resultsShown);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 3); // the initial list

    // Four keystrokes inside the delay make one query.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("patientSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("lind"));
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(searchesOnUiThread.load(), 0);

    // A late answer to an older search must not replace the newer one.
    const quint64 current = requests.last().at(1).value<quint64>();
    page.refresh(); // token current + 1 is now the one that counts
    Patient stranger;
    stranger.id = QStringLiteral("stale");
    stranger.firstName = QStringLiteral("Stale");
    stranger.lastName = QStringLiteral("Answer");
    const int shownBefore = int(shown.count());
    emit backend.searchDone(current, {stranger, stranger, stranger, stranger});
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(shown.count(), shownBefore);
    QTRY_COMPARE(shown.count(), shownBefore + 1); // the real answer arrives
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->rowOf(QStringLiteral("stale")), -1);

    backend.shutdown();
}

QTEST_MAIN(TstPatientsPage)
#include "tst_patientspage.moc"
