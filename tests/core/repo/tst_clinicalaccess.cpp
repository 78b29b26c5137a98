// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Who may read clinical content, enforced in core against a real vault: a receptionist is refused on
// every repository path that reaches a note, an encounter, a recording, a transcript or a document, and
// every refusal is audited ("denied"); a practitioner reads another practitioner's patients' notes only
// when the clinic's notesVisibility allows it; an admin reads everything.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "domain/NoteValidation.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/ClinicalOverview.h"
#include "repo/DocumentRepository.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/TranscriptRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::patientDraft;
using clinicdesk::test::scalarOf;
using clinicdesk::test::TestVault;

namespace {

QJsonObject examContent(const QString& complaint) {
    return QJsonObject{
        {QStringLiteral("chief_complaint"), complaint},
        {QStringLiteral("findings"),
         QJsonArray{QJsonObject{{QStringLiteral("tooth"), 36}, {QStringLiteral("finding"), QStringLiteral("caries")}}}},
        {QStringLiteral("plan"), QStringLiteral("Composite filling 36")},
    };
}

// The error of a refused call, nullopt when it went through.
template <typename T>
std::optional<Error> refusalOf(const std::expected<T, Error>& result) {
    return result ? std::nullopt : std::optional<Error>(result.error());
}

} // namespace

class TstClinicalAccess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void receptionistIsRefusedOnEveryPathAndAudited_data();
    void receptionistIsRefusedOnEveryPathAndAudited();
    void receptionistGetsDemographicsWithoutClinicalFields();
    void practitionerSeesOwnPatientsNotesOnlyWhenTheClinicSaysSo();
    void adminReadsEveryNote();

private:
    [[nodiscard]] Status loginAs(const QString& name);
    [[nodiscard]] Database& db() { return m_vault->session().db(); }
    [[nodiscard]] NoteRepository notes() { return NoteRepository(db(), m_vault->session().session()); }
    [[nodiscard]] std::int64_t deniedCount(const QString& userId, const QString& entity, const QString& id);
    void setVisibility(NotesVisibility visibility);
    // Opens an encounter for `patientId` as the signed-in practitioner and writes a draft note in it.
    void writeNote(const QString& patientId, QString& encounterId, QString& noteId);

    std::unique_ptr<TestVault> m_vault;
    QString m_ritaId;
    QString m_piaId;
    QString m_perId;
    QString m_piasPatient;
    QString m_persPatient;
    QString m_piasEncounter;
    QString m_piasNote;
    QString m_persEncounter;
    QString m_persNote;
    QString m_appointmentId;
};

Status TstClinicalAccess::loginAs(const QString& name) {
    const QString password = name == QLatin1String(TestVault::kAdminName)
                                 ? QString::fromLatin1(TestVault::kAdminPassword)
                                 : TestVault::passwordFor(name);
    return m_vault->loginAs(name, password);
}

std::int64_t TstClinicalAccess::deniedCount(const QString& userId, const QString& entity, const QString& id) {
    auto stmt = db().prepare("SELECT count(*) FROM audit_log WHERE action = 'denied' AND user_id = ? AND entity = ? "
                             "AND entity_id = ?");
    if (!stmt) {
        return -1;
    }
    stmt->bindAll(userId, entity, id);
    auto row = stmt->step();
    const std::int64_t n = row && *row ? stmt->int64(0) : -1;
    stmt->reset();
    return n;
}

void TstClinicalAccess::setVisibility(NotesVisibility visibility) {
    CHECK_OK(loginAs(QString::fromLatin1(TestVault::kAdminName)));
    ClinicSettingsStore store(db(), m_vault->session().session());
    auto settings = store.load();
    CHECK_OK(settings);
    settings->notesVisibility = visibility;
    CHECK_OK(store.save(*settings));
}

void TstClinicalAccess::writeNote(const QString& patientId, QString& encounterId, QString& noteId) {
    auto encounter = m_vault->session().encounters().open(patientId, Consent::Verbal);
    CHECK_OK(encounter);
    encounterId = encounter->id;
    NewNote n;
    n.encounterId = encounterId;
    n.templateId = NoteTemplateRepository::builtinId(QStringLiteral("dental-exam"));
    n.content = examContent(QStringLiteral("Pain lower left"));
    n.language = QStringLiteral("sv");
    // No problems, as a stored note would carry them (this also links ai/NoteValidation, which core's
    // NoteRepository uses on this branch, after core).
    n.problems = NoteValidation::fromJson(QJsonArray{});
    auto note = notes().createDraft(n);
    CHECK_OK(note);
    noteId = note->id;
}

void TstClinicalAccess::initTestCase() {
    m_vault = std::make_unique<TestVault>();
    auto rita = m_vault->addUser(QStringLiteral("rita"), Role::Receptionist);
    CHECK_OK(rita);
    m_ritaId = rita->id;
    auto pia = m_vault->addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    m_piaId = pia->id;
    auto per = m_vault->addUser(QStringLiteral("per"), Role::Practitioner);
    CHECK_OK(per);
    m_perId = per->id;
    PatientDraft a = patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund"));
    a.clinicalNotes = QStringLiteral("Suspected bruxism");
    a.alerts = QStringLiteral("Penicillin allergy");
    auto ada = m_vault->session().patients().add(a);
    CHECK_OK(ada);
    m_piasPatient = ada->patient.id;
    auto bo = m_vault->session().patients().add(patientDraft(QStringLiteral("Bo"), QStringLiteral("Ek")));
    CHECK_OK(bo);
    m_persPatient = bo->patient.id;
    AppointmentDraft booking;
    booking.patientId = m_piasPatient;
    booking.practitionerId = m_piaId;
    booking.start = QDateTime(QDate(2030, 3, 4), QTime(9, 0));
    booking.durationMinutes = 30;
    auto booked = m_vault->session().appointments().add(booking);
    CHECK_OK(booked);
    m_appointmentId = booked->id;

    CHECK_OK(loginAs(QStringLiteral("pia")));
    writeNote(m_piasPatient, m_piasEncounter, m_piasNote);
    CHECK_OK(loginAs(QStringLiteral("per")));
    writeNote(m_persPatient, m_persEncounter, m_persNote);
}

void TstClinicalAccess::receptionistIsRefusedOnEveryPathAndAudited_data() {
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("which"); // the member holding the id
    QTest::addColumn<int>("path");
    QTest::newRow("note get") << "note"
                              << "piasNote" << 0;
    QTest::newRow("note revisions") << "note"
                                    << "piasNote" << 1;
    QTest::newRow("note verifyHash") << "note"
                                     << "piasNote" << 2;
    QTest::newRow("note export") << "note"
                                 << "piasNote" << 3;
    QTest::newRow("encounter's notes") << "encounter"
                                       << "piasEncounter" << 4;
    QTest::newRow("encounter get") << "encounter"
                                   << "piasEncounter" << 5;
    QTest::newRow("patient's encounters") << "patient"
                                          << "piasPatient" << 6;
    QTest::newRow("open an encounter") << "patient"
                                       << "piasPatient" << 7;
    QTest::newRow("encounter of an appointment") << "appointment"
                                                 << "appointment" << 8;
    QTest::newRow("patient's recordings") << "patient"
                                          << "piasPatient" << 9;
    QTest::newRow("encounter's transcripts") << "encounter"
                                             << "piasEncounter" << 10;
    QTest::newRow("patient's documents") << "patient"
                                         << "piasPatient" << 11;
    QTest::newRow("record overview encounters") << "patient"
                                                << "piasPatient" << 12;
    QTest::newRow("record overview recordings") << "patient"
                                                << "piasPatient" << 13;
}

void TstClinicalAccess::receptionistIsRefusedOnEveryPathAndAudited() {
    QFETCH(QString, entity);
    QFETCH(QString, which);
    QFETCH(int, path);
    const QString id = which == QLatin1String("piasNote")        ? m_piasNote
                       : which == QLatin1String("piasEncounter") ? m_piasEncounter
                       : which == QLatin1String("appointment")   ? m_appointmentId
                                                                 : m_piasPatient;
    CHECK_OK(loginAs(QStringLiteral("rita")));
    const Session& session = m_vault->session().session();
    const std::int64_t before = deniedCount(m_ritaId, entity, id);
    const std::int64_t encountersBefore = scalarOf(db(), "SELECT count(*) FROM encounters");
    const std::vector<std::function<std::optional<Error>()>> paths = {
        [&] { return refusalOf(notes().get(id)); },
        [&] { return refusalOf(notes().revisions(id)); },
        [&] { return refusalOf(notes().verifyHash(id)); },
        [&] { return refusalOf(notes().recordExport(id, QStringLiteral("pdf"))); },
        [&] { return refusalOf(notes().listForEncounter(id)); },
        [&] { return refusalOf(m_vault->session().encounters().get(id)); },
        [&] { return refusalOf(m_vault->session().encounters().listForPatient(id)); },
        [&] { return refusalOf(m_vault->session().encounters().open(id, Consent::Verbal)); },
        [&] { return refusalOf(m_vault->session().encounters().openForAppointment(id)); },
        [&] { return refusalOf(m_vault->session().recordings().list(id)); },
        [&] { return refusalOf(TranscriptRepository(db(), session).forEncounter(id)); },
        [&] { return refusalOf(DocumentRepository(db(), session).listForPatient(id)); },
        [&] { return refusalOf(ClinicalOverview(db(), session).encountersOf(id)); },
        [&] { return refusalOf(ClinicalOverview(db(), session).recordingsOf(id)); },
    };
    const std::optional<Error> refused = paths.at(static_cast<std::size_t>(path))();
    QVERIFY2(refused.has_value(), "a receptionist was let through");
    QCOMPARE(code(refused->code), code(ErrorCode::PermissionDenied));
    QCOMPARE(deniedCount(m_ritaId, entity, id), before + 1);
    // Nothing was written in her name besides the denial.
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM encounters"), encountersBefore);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log WHERE action = 'view' AND user_id = ?", m_ritaId), 0);
}

void TstClinicalAccess::receptionistGetsDemographicsWithoutClinicalFields() {
    CHECK_OK(loginAs(QStringLiteral("rita")));
    auto ada = m_vault->session().patients().get(m_piasPatient);
    CHECK_OK(ada);
    QCOMPARE(ada->firstName, QStringLiteral("Ada"));
    QVERIFY(!ada->clinicalNotes.has_value());
    QVERIFY(!ada->alerts.has_value());
    // She cannot write alerts either.
    PatientDraft d = patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund"));
    d.alerts = QStringLiteral("none");
    auto refused = m_vault->session().patients().update(m_piasPatient, d);
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::PermissionDenied));
}

void TstClinicalAccess::practitionerSeesOwnPatientsNotesOnlyWhenTheClinicSaysSo() {
    // The default: every practitioner reads every note.
    CHECK_OK(loginAs(QStringLiteral("pia")));
    CHECK_OK(notes().get(m_persNote));
    CHECK_OK(notes().listForEncounter(m_persEncounter));

    setVisibility(NotesVisibility::OwnPatients);
    CHECK_OK(loginAs(QStringLiteral("pia")));
    // Her own patient (she has seen and booked Ada): readable.
    auto own = notes().get(m_piasNote);
    CHECK_OK(own);
    QCOMPARE(own->id, m_piasNote);
    // Per's patient: refused on each path, each refusal audited.
    const std::int64_t noteDenials = deniedCount(m_piaId, QStringLiteral("note"), m_persNote);
    const std::int64_t encounterDenials = deniedCount(m_piaId, QStringLiteral("encounter"), m_persEncounter);
    for (const auto& refused : {refusalOf(notes().get(m_persNote)), refusalOf(notes().revisions(m_persNote)),
                                refusalOf(notes().verifyHash(m_persNote))}) {
        QVERIFY(refused.has_value());
        QCOMPARE(code(refused->code), code(ErrorCode::PermissionDenied));
    }
    auto list = notes().listForEncounter(m_persEncounter);
    QVERIFY(!list);
    QCOMPARE(code(list.error().code), code(ErrorCode::PermissionDenied));
    QCOMPARE(deniedCount(m_piaId, QStringLiteral("note"), m_persNote), noteDenials + 3);
    QCOMPARE(deniedCount(m_piaId, QStringLiteral("encounter"), m_persEncounter), encounterDenials + 1);
    QCOMPARE(scalarOf(db(),
                      "SELECT count(*) FROM audit_log WHERE action = 'denied' AND user_id = ? AND "
                      "detail = 'read_clinical not_own_patient'",
                      m_piaId),
             4);

    // Per himself still reads his note.
    CHECK_OK(loginAs(QStringLiteral("per")));
    CHECK_OK(notes().get(m_persNote));
    // Once the clinic lets all practitioners see all notes, Pia reads it again.
    setVisibility(NotesVisibility::AllPractitioners);
    CHECK_OK(loginAs(QStringLiteral("pia")));
    CHECK_OK(notes().get(m_persNote));
}

void TstClinicalAccess::adminReadsEveryNote() {
    setVisibility(NotesVisibility::OwnPatients);
    CHECK_OK(loginAs(QString::fromLatin1(TestVault::kAdminName)));
    CHECK_OK(notes().get(m_piasNote));
    CHECK_OK(notes().get(m_persNote));
    setVisibility(NotesVisibility::AllPractitioners);
}

QTEST_GUILESS_MAIN(TstClinicalAccess)
#include "tst_clinicalaccess.moc"
