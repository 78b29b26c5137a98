// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Settings > Backups through the real main window (AppController, a real vault, offscreen): "Back up
// now" through the page's file dialog shows its progress and checks and ends verified, the status
// bar then shows the backup's age (and says "overdue" in words a day later); the file verifies from
// the page; the restore wizard refuses a folder that is not empty with a sentence and leaves it as
// it was; Cancel in the middle of a backup leaves no file.
#include "RunningApp.h"
#include "TestVault.h"
#include "Widgets.h"
#include "backups/BackupStatusIndicator.h"
#include "backups/BackupTaskPanel.h"
#include "backups/BackupsPage.h"
#include "backups/RestoreWizard.h"
#include "main/MainWindow.h"
#include "services/SessionServices.h"
#include "widgets/InfoBar.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 30000;

using test::child;

// A signed-in main window over a fresh vault, as the application builds it.
struct Fixture {
    test::TestVault vault;
    test::RunningApp app{vault};

    bool signInAsAdmin() { return app.startSignedInAsAdmin(); }

    [[nodiscard]] MainWindow* window() const { return app.window(); }

    BackupsPage* openBackups() const {
        window()->showPlace(QString::fromLatin1(MainWindow::kSettings));
        QTest::mouseClick(child<QAbstractButton>(window(), "settingsSection_backups"), Qt::LeftButton);
        return window()->backupsPage();
    }
};

// Picks `path` in the page's file dialog `name`, as the user does with Save or Open.
bool chooseInDialog(QWidget* page, const char* name, const QString& path) {
    QFileDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = child<QFileDialog>(page, name)) != nullptr; }, 5000)) {
        return false;
    }
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, as its button does
    return true;
}

void addPatients(test::TestVault& vault, int count) {
    for (int i = 0; i < count; ++i) {
        PatientDraft draft;
        draft.firstName = QStringLiteral("Patient");
        draft.lastName = QStringLiteral("Number %1").arg(i);
        QVERIFY(vault.session().patients().add(draft).has_value());
    }
}

} // namespace

class TstBackupsPage : public QObject {
    Q_OBJECT

private slots:
    void backUpNowThenVerifyTheFile();
    void restoreRefusesAFolderThatIsNotEmpty();
    void cancelLeavesNoFile();
};

void TstBackupsPage::backUpNowThenVerifyTheFile() {
    Fixture f;
    addPatients(f.vault, 3);
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    BackupStatusIndicator* indicator = f.window()->backupIndicator();
    QVERIFY(indicator != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(QStringLiteral("No verified backup")), kSlowMs);
    QVERIFY(indicator->isOverdue());
    QVERIFY(indicator->text().contains(QStringLiteral("overdue")));

    BackupsPage* page = f.openBackups();
    QCOMPARE(child<QStackedWidget>(f.window(), "mainPages")->currentWidget(), page);
    auto* last = child<QLabel>(page, "lastBackupLabel");
    QTRY_VERIFY_WITH_TIMEOUT(last->text().contains(QStringLiteral("no verified backup")), kSlowMs);

    // Back up now… to a file chosen in the page's dialog: progress, then every check passed.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("clinic.cdb"));
    auto* bar = child<QProgressBar>(page, "backupProgressBar");
    QList<int> values;
    connect(bar, &QProgressBar::valueChanged, this, [&values](int value) { values.append(value); });
    QSignalSpy finished(page, &BackupsPage::taskFinished);
    QTest::mouseClick(child<QPushButton>(page, "backUpNowButton"), Qt::LeftButton);
    QVERIFY(chooseInDialog(page, "backupFileDialog", path));
    QVERIFY(page->taskPanel()->isVisible());
    QVERIFY(!child<QPushButton>(page, "backUpNowButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSlowMs);
    QVERIFY2(page->infoBar()->text().contains(QStringLiteral("complete and verified")),
             qPrintable(page->infoBar()->text()));
    QVERIFY(QFile::exists(path));
    QVERIFY2(values.size() >= 2, "the progress bar moved");
    QCOMPARE(values.last(), bar->maximum());
    for (const char* check : {"checkKey", "checkTag", "checkIntegrity", "checkAudit"}) {
        auto* label = child<QLabel>(page, check);
        QVERIFY2(label != nullptr, check);
        QCOMPARE(label->property("state").toString(), QStringLiteral("passed"));
    }
    QVERIFY(child<QPushButton>(page, "backUpNowButton")->isEnabled());

    // The page and the status bar show the new backup's age; a day later it is overdue, in words.
    QTRY_VERIFY_WITH_TIMEOUT(last->text().contains(QStringLiteral("clinic.cdb")), kSlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(QStringLiteral("Last backup:")), kSlowMs);
    QVERIFY2(!indicator->isOverdue(), qPrintable(indicator->text()));
    QVERIFY(!indicator->text().contains(QStringLiteral("overdue")));
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + BackupStatusIndicator::kOverdueMs + 3600 * 1000;
    indicator->setClock([later] { return later; });
    QVERIFY(indicator->isOverdue());
    QVERIFY2(indicator->text().contains(QStringLiteral("overdue")), qPrintable(indicator->text()));
    QVERIFY(indicator->toolTip().startsWith(QStringLiteral("Overdue")));

    // Verify a file… : the same file, checked again from the page.
    QTest::mouseClick(child<QPushButton>(page, "verifyBackupButton"), Qt::LeftButton);
    QVERIFY(chooseInDialog(page, "verifyFileDialog", path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kSlowMs);
    QVERIFY2(page->infoBar()->text().contains(QStringLiteral("intact backup of this vault")),
             qPrintable(page->infoBar()->text()));
    QVERIFY2(child<QLabel>(page, "backupTaskTitle")->text().contains(QStringLiteral("Checking")),
             qPrintable(child<QLabel>(page, "backupTaskTitle")->text()));

    // A file that is not a backup: said plainly.
    const QString junk = out.filePath(QStringLiteral("notes.cdb"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a backup at all");
    }
    QTest::mouseClick(child<QPushButton>(page, "verifyBackupButton"), Qt::LeftButton);
    QVERIFY(chooseInDialog(page, "verifyFileDialog", junk));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kSlowMs);
    QVERIFY(!page->infoBar()->text().isEmpty());
    QVERIFY(!page->infoBar()->text().contains(QStringLiteral("intact")));
}

void TstBackupsPage::restoreRefusesAFolderThatIsNotEmpty() {
    Fixture f;
    addPatients(f.vault, 2);
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    BackupsPage* page = f.openBackups();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("clinic.cdb"));
    QSignalSpy finished(page, &BackupsPage::taskFinished);
    page->backUpTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSlowMs);
    QVERIFY(QFile::exists(path));

    // A folder with something in it.
    QTemporaryDir target;
    {
        QFile file(target.filePath(QStringLiteral("letter.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear colleague");
    }
    const QStringList before = QDir(target.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    QTest::mouseClick(child<QPushButton>(page, "restoreBackupButton"), Qt::LeftButton);
    RestoreWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = child<RestoreWizard>(page, "restoreWizard")) != nullptr && wizard->isVisible());
    auto* next = child<QPushButton>(wizard, "restoreNextButton");
    // The file.
    QTest::keyClicks(child<QLineEdit>(wizard, "restoreFileEdit"), path);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    QTest::mouseClick(next, Qt::LeftButton);
    // An administrator of the backup.
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("restorePasswordPage"));
    auto* user = child<QLineEdit>(wizard, "restoreUserEdit");
    user->clear();
    QTest::keyClicks(user, QString::fromLatin1(test::TestVault::kAdminName));
    QTest::keyClicks(child<QLineEdit>(wizard, "restorePasswordEdit"),
                     QString::fromLatin1(test::TestVault::kAdminPassword));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    // The folder that is not empty: refused in words, Next stays off.
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("restoreFolderPage"));
    QTest::keyClicks(child<QLineEdit>(wizard, "restoreFolderEdit"), target.path());
    auto* status = child<QLabel>(wizard, "restoreFolderStatus");
    QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty(), kSlowMs);
    QVERIFY2(status->text().contains(QStringLiteral("not empty")), qPrintable(status->text()));
    QVERIFY(!next->isEnabled());
    QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
    QFile letter(target.filePath(QStringLiteral("letter.txt")));
    QVERIFY(letter.open(QIODevice::ReadOnly));
    QCOMPARE(letter.readAll(), QByteArray("Dear colleague"));

    // An empty folder beside it is accepted, and the restore runs there.
    const QString fresh = out.filePath(QStringLiteral("restored"));
    auto* folder = child<QLineEdit>(wizard, "restoreFolderEdit");
    folder->selectAll();
    QTest::keyClick(folder, Qt::Key_Delete);
    QTest::keyClicks(folder, fresh);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kSlowMs);
    QSignalSpy restored(wizard, &RestoreWizard::restored);
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kSlowMs);
    QVERIFY2(child<QLabel>(wizard, "restoreResultLabel")->text().contains(QDir::toNativeSeparators(fresh)),
             qPrintable(child<QLabel>(wizard, "restoreResultLabel")->text()));
    QVERIFY(!QDir(fresh).isEmpty());
    // The restored vault opens with the backup's administrator, with its patients.
    auto session = VaultSession::login(fresh, QString::fromLatin1(test::TestVault::kAdminName),
                                       test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
    QVERIFY2(session.has_value(), session ? "" : qPrintable(session.error().message));
    QPointer<RestoreWizard> closing(wizard);
    QTest::mouseClick(child<QPushButton>(wizard, "restoreFinishButton"), Qt::LeftButton);
    QTRY_VERIFY(closing.isNull() || !closing->isVisible());
}

void TstBackupsPage::cancelLeavesNoFile() {
    Fixture f;
    addPatients(f.vault, 2);
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    // The backup is held on the worker at its first step until Cancel has been pressed.
    auto reached = std::make_shared<std::atomic<bool>>(false);
    auto release = std::make_shared<QSemaphore>(0);
    f.app.controller().services()->backups().setWorkerHook([reached, release](BackupStep, std::int64_t, std::int64_t) {
        if (!reached->exchange(true)) {
            (void)release->tryAcquire(1, kSlowMs);
        }
    });
    BackupsPage* page = f.openBackups();
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("clinic.cdb"));
    QSignalSpy finished(page, &BackupsPage::taskFinished);
    QTest::mouseClick(child<QPushButton>(page, "backUpNowButton"), Qt::LeftButton);
    QVERIFY(chooseInDialog(page, "backupFileDialog", path));
    QTRY_VERIFY_WITH_TIMEOUT(reached->load(), kSlowMs);
    auto* cancel = child<QPushButton>(page, "cancelBackupButton");
    QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    release->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSlowMs);
    QVERIFY2(page->infoBar()->text().contains(QStringLiteral("cancelled")), qPrintable(page->infoBar()->text()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(out.path()).isEmpty());
    QVERIFY(child<QPushButton>(page, "backUpNowButton")->isEnabled());
    f.app.controller().services()->backups().setWorkerHook({});
}

QTEST_MAIN(TstBackupsPage)
#include "tst_backupspage.moc"
