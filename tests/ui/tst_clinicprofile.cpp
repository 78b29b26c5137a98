// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Settings > Clinic and the referral letter through the real AppController and main window over a real
// vault: an administrator fills in the clinic's profile and logo and saves it (the vault has it, the
// clinic's other settings are kept), a practitioner's view is read-only, and a referral letter made from
// a signed note is exported as a PDF on that letterhead with the recipient and summary the user gave.
#include "AppController.h"
#include "PdfText.h"
#include "RunningApp.h"
#include "TestVault.h"
#include "Widgets.h"
#include "encounter/EncounterPage.h"
#include "encounter/NotePanel.h"
#include "encounter/ReferralDialog.h"
#include "main/MainWindow.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "settings/ClinicProfilePage.h"
#include "settings/LetterheadPreview.h"
#include "widgets/InfoBar.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
    QTemporaryDir dir;
    test::RunningApp app{vault};
    QString patientId;
    QString noteId;

    // A patient with a signed dental examination, a practitioner, and clinic settings with a 25-minute
    // auto-lock that saving the profile must keep.
    bool setUp() {
        VaultSession& s = vault.session();
        auto patient = s.patients().add(test::patientDraft(QStringLiteral("Åsa"), QStringLiteral("Lindström")));
        if (!patient || !vault.addUser(QStringLiteral("ingrid"), Role::Practitioner)) {
            return false;
        }
        ClinicSettings clinic;
        clinic.autoLockMinutes = 25;
        clinic.calendarPrivacy = CalendarPrivacy::FullName;
        if (!ClinicSettingsStore(s.db(), s.session()).save(clinic)) {
            return false;
        }
        patientId = patient->patient.id;
        auto encounter = s.encounters().open(patientId, Consent::Verbal);
        if (!encounter) {
            return false;
        }
        NewNote note;
        note.encounterId = encounter->id;
        note.templateId = NoteTemplateRepository::builtinId(QStringLiteral("dental-exam"));
        note.content = {
            {QStringLiteral("chief_complaint"), QStringLiteral("Cold sensitivity upper right")},
            {QStringLiteral("medical_history_changes"), QStringLiteral("None")},
            {QStringLiteral("extraoral"), QJsonValue::Null},
            {QStringLiteral("intraoral_soft_tissue"), QJsonValue::Null},
            {QStringLiteral("teeth"),
             QJsonArray{QJsonObject{{QStringLiteral("tooth"), QStringLiteral("16")},
                                    {QStringLiteral("surfaces"), QJsonArray{QStringLiteral("M"), QStringLiteral("O")}},
                                    {QStringLiteral("finding"), QStringLiteral("caries")},
                                    {QStringLiteral("note"), QJsonValue::Null}}}},
            {QStringLiteral("periodontal"), QJsonValue::Null},
            {QStringLiteral("radiographs"), QJsonValue::Null},
            {QStringLiteral("diagnosis"), QStringLiteral("Caries 16 MO")},
            {QStringLiteral("treatment_plan"), QStringLiteral("Endodontic assessment of 16")}};
        note.language = QStringLiteral("en");
        NoteRepository notes(s.db(), s.session());
        auto draft = notes.createDraft(note);
        if (!draft || !notes.sign(draft->id)) {
            return false;
        }
        noteId = draft->id;
        app.startAtUnlock();
        return true;
    }

    [[nodiscard]] MainWindow* window() const { return app.window(); }
    bool signIn(const QString& user, const QString& password) { return app.signInThroughUnlock(user, password); }
    bool signInAsAdmin() { return app.signInAsAdminThroughUnlock(); }

    // Settings > Clinic, the way a user gets there.
    ClinicProfilePage* openClinicPage() {
        window()->showPlace(QString::fromLatin1(MainWindow::kSettings));
        auto* section = child<QPushButton>(window(), "settingsSection_clinic");
        if (section == nullptr) {
            return nullptr;
        }
        QTest::mouseClick(section, Qt::LeftButton);
        auto* page = child<ClinicProfilePage>(window(), "clinicPage");
        auto* pages = child<QStackedWidget>(window(), "mainPages");
        return pages->currentWidget() == page ? page : nullptr;
    }

    // A wide logo (1200 x 400 px, larger than a stored one may be) as a PNG file.
    QString logoFile() const {
        QImage image(1200, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setBrush(QColor(0x2f, 0x6f, 0x73));
        painter.drawEllipse(QRect(20, 20, 360, 360));
        painter.end();
        const QString path = dir.filePath(QStringLiteral("logo.png"));
        return image.save(path, "PNG") ? path : QString();
    }
};

void type(QWidget* field, const QString& text) {
    field->setFocus();
    QTest::keyClicks(field, text);
}

} // namespace

class TstClinicProfile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }
    void adminFillsInTheClinicAndSavesIt();
    void practitionerSeesItReadOnly();
    void referralLetterFromASignedNote();
};

void TstClinicProfile::adminFillsInTheClinicAndSavesIt() {
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.signInAsAdmin());
    ClinicProfilePage* page = f.openClinicPage();
    QVERIFY(page != nullptr);
    auto* save = child<QPushButton>(page, "saveClinicButton");
    QVERIFY(save->isVisible());
    QVERIFY(!save->isEnabled()); // nothing changed yet

    type(child<QLineEdit>(page, "clinicNameEdit"), QStringLiteral("Storgatans Tandvård"));
    auto* address = child<QPlainTextEdit>(page, "clinicAddressEdit");
    address->setFocus();
    QTest::keyClicks(address, QStringLiteral("Storgatan 12"));
    QTest::keyClick(address, Qt::Key_Return);
    QTest::keyClicks(address, QStringLiteral("114 55 Stockholm"));
    type(child<QLineEdit>(page, "clinicVatEdit"), QStringLiteral("SE556677889901"));
    type(child<QLineEdit>(page, "clinicPhoneEdit"), QStringLiteral("08-123 456 00"));
    // An address without @ is pointed out beside the field and not saved.
    type(child<QLineEdit>(page, "clinicEmailEdit"), QStringLiteral("reception.example.se"));
    QVERIFY(child<QLabel>(page, "clinicEmailProblem")->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(child<InfoBar>(page, "clinicInfoBar")->kind(), InfoBar::Kind::Error);
    child<QLineEdit>(page, "clinicEmailEdit")->clear();
    type(child<QLineEdit>(page, "clinicEmailEdit"), QStringLiteral("reception@example.se"));
    QVERIFY(!child<QLabel>(page, "clinicEmailProblem")->isVisible());

    // The logo is converted off the UI thread; the preview follows every field.
    page->chooseLogoFile(f.logoFile());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "clinicLogoInfo")->text().contains(QStringLiteral("600 × 200")),
                             kSlowMs);
    auto* preview = child<LetterheadPreview>(page, "letterheadPreview");
    QCOMPARE(preview->profile().name, QStringLiteral("Storgatans Tandvård"));
    QCOMPARE(preview->profile().address, QStringLiteral("Storgatan 12\n114 55 Stockholm"));
    QVERIFY(!preview->profile().logoPng.isEmpty());
    // An unknown placeholder in the letter template is pointed out.
    auto* letter = child<QPlainTextEdit>(page, "referralTemplateEdit");
    QTest::mouseClick(child<QPushButton>(page, "editBuiltinTemplateButton"), Qt::LeftButton);
    QVERIFY(letter->toPlainText().contains(QStringLiteral("{summary}")));
    letter->moveCursor(QTextCursor::End);
    QTest::keyClicks(letter, QStringLiteral("P.S. {colour}"));
    QTRY_VERIFY(child<QLabel>(page, "referralTemplateProblems")->text().contains(QStringLiteral("{colour}")));

    QSignalSpy saved(page, &ClinicProfilePage::saveFinished);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kSlowMs);
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    QCOMPARE(child<InfoBar>(page, "clinicInfoBar")->kind(), InfoBar::Kind::Information);
    QVERIFY(!save->isEnabled());

    // The vault has it, and the clinic's other settings as they were.
    f.app.controller().lock();
    QTRY_VERIFY(f.window() == nullptr);
    {
        auto check = VaultSession::login(f.vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                         test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
        QVERIFY(check.has_value());
        auto stored = ClinicSettingsStore((*check)->db(), (*check)->session()).load();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->profile.name, QStringLiteral("Storgatans Tandvård"));
        QCOMPARE(stored->profile.address, QStringLiteral("Storgatan 12\n114 55 Stockholm"));
        QCOMPARE(stored->profile.vatNumber, QStringLiteral("SE556677889901"));
        QCOMPARE(stored->profile.phone, QStringLiteral("08-123 456 00"));
        QCOMPARE(stored->profile.email, QStringLiteral("reception@example.se"));
        const QImage logo = QImage::fromData(stored->profile.logoPng, "PNG");
        QCOMPARE(logo.size(), QSize(600, 200));
        QVERIFY(stored->referralTemplate.endsWith(QStringLiteral("P.S. {colour}")));
        QCOMPARE(stored->autoLockMinutes, 25);
        QCOMPARE(stored->calendarPrivacy, CalendarPrivacy::FullName);
    }
    // Signed in again, the page shows what was saved.
    QVERIFY(f.signInAsAdmin());
    page = f.openClinicPage();
    QVERIFY(page != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(page, "clinicNameEdit")->text(), QStringLiteral("Storgatans Tandvård"),
                              kSlowMs);
    QTRY_VERIFY(!child<LetterheadPreview>(page, "letterheadPreview")->profile().logoPng.isEmpty());
}

void TstClinicProfile::practitionerSeesItReadOnly() {
    Fixture f;
    QVERIFY(f.setUp());
    QVERIFY(f.signIn(QStringLiteral("ingrid"), test::TestVault::passwordFor(QStringLiteral("ingrid"))));
    ClinicProfilePage* page = f.openClinicPage();
    QVERIFY(page != nullptr);
    QVERIFY(child<QLabel>(page, "clinicReadOnlyLabel")->isVisible());
    QVERIFY(!child<QPushButton>(page, "saveClinicButton")->isVisible());
    QVERIFY(child<QLineEdit>(page, "clinicNameEdit")->isReadOnly());
    QVERIFY(child<QPlainTextEdit>(page, "referralTemplateEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(page, "chooseLogoButton")->isEnabled());
}

void TstClinicProfile::referralLetterFromASignedNote() {
    if (!test::havePoppler()) {
        QSKIP("poppler-utils is not installed: run scripts/deps");
    }
    Fixture f;
    QVERIFY(f.setUp());
    {
        // The clinic's profile, as an administrator saved it.
        QVERIFY(f.vault.loginAs(QString::fromLatin1(test::TestVault::kAdminName),
                                QString::fromLatin1(test::TestVault::kAdminPassword)));
        VaultSession& s = f.vault.session();
        ClinicSettingsStore store(s.db(), s.session());
        auto clinic = store.load();
        QVERIFY(clinic.has_value());
        clinic->profile.name = QStringLiteral("Storgatans Tandvård");
        clinic->profile.vatNumber = QStringLiteral("SE556677889901");
        QVERIFY(store.save(*clinic));
        f.vault.logout();
    }
    QVERIFY(f.signInAsAdmin());
    QVERIFY(f.window()->showEncounter(f.patientId, QStringLiteral("Lindström, Åsa")));
    NotePanel* panel = f.window()->encounterPage()->notePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->note().has_value() && panel->note()->id == f.noteId, kSlowMs);
    auto* referral = child<QPushButton>(panel, "referralButton");
    QTRY_VERIFY(referral->isVisible());
    QTest::mouseClick(referral, Qt::LeftButton);

    ReferralDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = topLevel<ReferralDialog>("referralDialog")) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kSlowMs);
    // Pre-filled from the note: its diagnosis, findings and plan; not its complaint or history.
    auto* summary = child<QPlainTextEdit>(dialog, "referralSummaryEdit");
    QVERIFY2(summary->toPlainText().contains(QStringLiteral("Caries 16 MO")), qPrintable(summary->toPlainText()));
    QVERIFY(summary->toPlainText().contains(QStringLiteral("\u2022 16 MO: caries")));
    QVERIFY(summary->toPlainText().contains(QStringLiteral("Endodontic assessment of 16")));
    QVERIFY(!summary->toPlainText().contains(QStringLiteral("Cold sensitivity")));

    type(child<QPlainTextEdit>(dialog, "referralRecipientEdit"), QStringLiteral("Dr Eva Berg, Endodontics"));
    type(child<QLineEdit>(dialog, "referralReasonEdit"), QStringLiteral("Root canal treatment of 16"));
    summary->selectAll();
    QTest::keyClicks(summary, QStringLiteral("Deep caries 16 MO, pulp involvement likely."));
    auto* preview = child<QPlainTextEdit>(dialog, "referralPreview");
    QVERIFY(preview->toPlainText().contains(QStringLiteral("To: Dr Eva Berg, Endodontics")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Deep caries 16 MO, pulp involvement likely.")));

    QSignalSpy exported(dialog, &ReferralDialog::exported);
    const QString path = f.dir.filePath(QStringLiteral("referral.pdf"));
    dialog->exportPdfTo(path);
    QVERIFY(dialog->isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kSlowMs);
    QVERIFY(QFile::exists(path));
    const QString text = test::pdfText(path);
    for (const QString& expected :
         {QStringLiteral("Storgatans Tandvård"), QStringLiteral("VAT no. SE556677889901"), QStringLiteral("Referral"),
          QStringLiteral("Dr Eva Berg, Endodontics"), QStringLiteral("Root canal treatment of 16"),
          QStringLiteral("Deep caries 16 MO, pulp involvement likely."), QStringLiteral("Åsa Lindström"),
          QStringLiteral("Dr Admin")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    // What the user took out is not in the letter.
    QVERIFY(!text.contains(QStringLiteral("Endodontic assessment")));
    QVERIFY(!text.contains(QStringLiteral("Cold sensitivity")));
    // Exporting again to the same file is refused, and the dialog says so.
    QSignalSpy failed(dialog, &ReferralDialog::exportFailed);
    dialog->exportPdfTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kSlowMs);
    QCOMPARE(child<InfoBar>(dialog, "referralInfoBar")->kind(), InfoBar::Kind::Error);
    dialog->reject();
}

QTEST_MAIN(TstClinicProfile)
#include "tst_clinicprofile.moc"
