// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The signed-in session as a clinic uses it on a shared computer, through the real AppController and main
// window over a real vault: auto-lock after the idle time keeps an unsaved note edit and gives it back to
// the same user after they sign in again (never to someone else); Switch user asks who signs in; the
// language changes without a restart, keeping what was unsaved.
#include "AppController.h"
#include "RunningApp.h"
#include "TestVault.h"
#include "Translations.h"
#include "Widgets.h"
#include "encounter/EncounterPage.h"
#include "encounter/NoteForm.h"
#include "encounter/NotePanel.h"
#include "main/MainWindow.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "session/IdleWatcher.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 20000;

using test::topLevel;

using test::child;

struct Fixture {
    test::TestVault vault;
    test::RunningApp app{vault};
    QString patientId;
    QString noteId;

    // A patient with an open encounter and a SOAP draft, an administrator and a second practitioner.
    bool setUp() {
        VaultSession& s = vault.session();
        auto patient = s.patients().add(test::patientDraft(QStringLiteral("Åsa"), QStringLiteral("Lindström")));
        if (!patient || !vault.addUser(QStringLiteral("ingrid"), Role::Practitioner)) {
            return false;
        }
        patientId = patient->patient.id;
        auto encounter = s.encounters().open(patientId, Consent::Verbal);
        if (!encounter) {
            return false;
        }
        NewNote note;
        note.encounterId = encounter->id;
        note.templateId = NoteTemplateRepository::builtinId(QStringLiteral("soap"));
        note.content = {{QStringLiteral("subjective"), QStringLiteral("Pain since Monday.")},
                        {QStringLiteral("objective"), QString()},
                        {QStringLiteral("assessment"), QString()},
                        {QStringLiteral("plan"), QString()}};
        note.language = QStringLiteral("en");
        auto draft = NoteRepository(s.db(), s.session()).createDraft(note);
        if (!draft) {
            qWarning() << draft.error().detail;
            return false;
        }
        noteId = draft->id;
        app.startAtUnlock();
        return true;
    }

    [[nodiscard]] MainWindow* window() const { return app.window(); }
    bool signIn(const QString& user, const QString& password) { return app.signInThroughUnlock(user, password); }
    bool signInAsAdmin() { return app.signInAsAdminThroughUnlock(); }

    // Opens the patient's encounter and waits for the draft in the note form.
    QPlainTextEdit* openDraft() {
        if (!window()->showEncounter(patientId, QStringLiteral("Lindström, Åsa"))) {
            return nullptr;
        }
        NotePanel* panel = window()->encounterPage()->notePanel();
        if (!QTest::qWaitFor([&] { return panel->note().has_value() && panel->note()->id == noteId; }, kSlowMs)) {
            return nullptr;
        }
        return child<QPlainTextEdit>(panel, "noteField_subjective");
    }
};

} // namespace

class TstSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }
    void autoLockKeepsTheUnsavedEditForTheSameUser();
    void switchUserAsksWhoSignsIn();
    void languageChangesWithoutARestart();
};

void TstSession::autoLockKeepsTheUnsavedEditForTheSameUser() {
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.signInAsAdmin());
    // The clinic's setting (10 minutes by default) is followed from sign-in.
    QTRY_COMPARE(f.app.controller().idleWatcher().intervalMs(), 10 * 60'000);
    QPlainTextEdit* subjective = f.openDraft();
    QVERIFY(subjective != nullptr);
    subjective->moveCursor(QTextCursor::End);
    QTest::keyClicks(subjective, QStringLiteral(" Worse at night."));
    QVERIFY(f.window()->encounterPage()->notePanel()->form()->isModified());

    // Nobody touches the computer: it locks by itself (a short idle time for the test).
    f.app.controller().idleWatcher().start(400);
    QTRY_VERIFY_WITH_TIMEOUT(f.window() == nullptr, kSlowMs);
    QVERIFY(topLevel("unlockWindow") != nullptr);
    QVERIFY(f.app.controller().holdsUnsavedWork());
    // Nothing of it was written to the vault.
    {
        auto check = VaultSession::login(f.vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                         test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
        QVERIFY(check.has_value());
        auto stored = NoteRepository((*check)->db(), (*check)->session()).get(f.noteId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->content.value(QStringLiteral("subjective")).toString(), QStringLiteral("Pain since Monday."));
        QCOMPARE(stored->revision, 1);
    }

    // Someone else signs in: they do not get it.
    QVERIFY(f.signIn(QStringLiteral("ingrid"), test::TestVault::passwordFor(QStringLiteral("ingrid"))));
    QVERIFY(f.app.controller().holdsUnsavedWork());
    QCOMPARE(f.window()->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget() ==
                 f.window()->encounterPage(),
             false);
    f.app.controller().lock();

    // The same user again: the encounter with the edit, not saved yet, as they left it.
    QVERIFY(f.signInAsAdmin());
    QVERIFY(!f.app.controller().holdsUnsavedWork());
    NotePanel* panel = f.window()->encounterPage()->notePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->note().has_value() && panel->form()->isModified(), kSlowMs);
    QCOMPARE(child<QPlainTextEdit>(panel, "noteField_subjective")->toPlainText(),
             QStringLiteral("Pain since Monday. Worse at night."));
    QCOMPARE(f.window()->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget(),
             f.window()->encounterPage());
    QVERIFY(child<QPushButton>(panel, "saveNoteButton")->isEnabled());
}

void TstSession::switchUserAsksWhoSignsIn() {
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.signInAsAdmin());
    f.window()->findChild<QAction*>(QStringLiteral("switchUserAction"))->trigger();
    QTRY_VERIFY(f.window() == nullptr);
    QWidget* unlock = nullptr;
    QTRY_VERIFY((unlock = topLevel("unlockWindow")) != nullptr);
    QCOMPARE(child<QLineEdit>(unlock, "userNameEdit")->text(), QString());
    QVERIFY(f.signIn(QStringLiteral("ingrid"), test::TestVault::passwordFor(QStringLiteral("ingrid"))));
    QVERIFY2(child<QLabel>(f.window(), "signedInUserLabel")->text().contains(QStringLiteral("ingrid")),
             qPrintable(child<QLabel>(f.window(), "signedInUserLabel")->text()));
}

void TstSession::languageChangesWithoutARestart() {
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.signInAsAdmin());
    QPlainTextEdit* subjective = f.openDraft();
    QVERIFY(subjective != nullptr);
    subjective->moveCursor(QTextCursor::End);
    QTest::keyClicks(subjective, QStringLiteral(" Worse at night."));
    MainWindow* before = f.window();

    // Settings > Language > Svenska: a new window in Swedish, the encounter and the edit still there.
    f.window()->showPlace(QString::fromLatin1(MainWindow::kSettings));
    QTest::mouseClick(child<QPushButton>(f.window(), "settingsSection_language"), Qt::LeftButton);
    auto* combo = child<QComboBox>(f.window(), "languageCombo");
    QVERIFY(combo->isVisible());
    combo->setCurrentIndex(combo->findData(QStringLiteral("sv")));
    emit combo->activated(combo->currentIndex());
    QTRY_VERIFY(f.window() != before && f.window() != nullptr);
    QCOMPARE(f.app.controller().translations().effective(), QStringLiteral("sv"));
    QCOMPARE(QLocale().language(), QLocale::Swedish);
    QCOMPARE(f.app.settings().value(QString::fromLatin1(Translations::kLanguageKey)).toString(), QStringLiteral("sv"));
    QCOMPARE(child<QMenu>(f.window(), "fileMenu")->title(), QStringLiteral("&Arkiv"));
    NotePanel* panel = f.window()->encounterPage()->notePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->note().has_value() && panel->form()->isModified(), kSlowMs);
    QCOMPARE(child<QPlainTextEdit>(panel, "noteField_subjective")->toPlainText(),
             QStringLiteral("Pain since Monday. Worse at night."));

    // And back to English.
    f.app.controller().switchLanguage(QStringLiteral("en"));
    QTRY_COMPARE(child<QMenu>(f.window(), "fileMenu")->title(), QStringLiteral("&File"));
    f.app.controller().translations().apply(QString());
}

QTEST_MAIN(TstSession)
#include "tst_session.moc"
