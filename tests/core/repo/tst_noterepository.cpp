// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// NoteRepository against a real vault: drafts and their revisions, signing (hash,
// immutability enforced by the repository and by the schema's trigger), addenda,
// evidence, roles, the audit trail and the canonical JSON that is hashed.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "domain/NoteValidation.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::patientDraft;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::Footprint;
using clinicdesk::test::scalarOf;

// Everything a refused write must not leave behind.
Footprint footprint(Database& db) {
    return Footprint::of(
        db, {{"notes", "SELECT count(*) FROM notes"}, {"revisions", "SELECT count(*) FROM note_revisions"}});
}

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject examContent(const QString& complaint) {
    return QJsonObject{
        {QStringLiteral("chief_complaint"), complaint},
        {QStringLiteral("findings"),
         QJsonArray{QJsonObject{{QStringLiteral("tooth"), 36}, {QStringLiteral("finding"), QStringLiteral("caries")}}}},
        {QStringLiteral("plan"), QStringLiteral("Composite filling 36")},
    };
}

// A dental examination as the built-in template wants it (tooth: FDI, ^[1-4][1-8]$|^[5-8][1-5]$).
QJsonObject dentalExam(const QString& tooth, bool withDiagnosis = true) {
    QJsonObject note{
        {QStringLiteral("chief_complaint"), QStringLiteral("Pain when chewing.")},
        {QStringLiteral("medical_history_changes"), QJsonValue::Null},
        {QStringLiteral("extraoral"), QJsonValue::Null},
        {QStringLiteral("intraoral_soft_tissue"), QJsonValue::Null},
        {QStringLiteral("teeth"), QJsonArray{QJsonObject{{QStringLiteral("tooth"), tooth},
                                                         {QStringLiteral("surfaces"), QJsonArray{QStringLiteral("D")}},
                                                         {QStringLiteral("finding"), QStringLiteral("caries")},
                                                         {QStringLiteral("note"), QJsonValue::Null}}}},
        {QStringLiteral("periodontal"), QJsonValue::Null},
        {QStringLiteral("radiographs"), QJsonValue::Null},
        {QStringLiteral("treatment_plan"), QStringLiteral("Filling.")}};
    if (withDiagnosis) {
        note.insert(QStringLiteral("diagnosis"), QStringLiteral("Caries."));
    }
    return note;
}

QStringList pathsOf(const std::vector<NoteProblem>& problems) {
    QStringList paths;
    for (const NoteProblem& p : problems) {
        paths << p.path;
    }
    return paths;
}

} // namespace

class TstNoteRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void canonicalJsonIsSortedCompactUtf8();
    void draftKeepsEveryEditAsRevision();
    void signedNoteIsImmutableAndHashVerifies();
    void addendumAmendsOnlySignedNotes();
    void evidenceAndJobFieldsRoundTrip();
    void unknownTemplateOrEncounterWritesNothing();
    void writesInsideCallerTransactionFollowIt();
    void receptionistIsRefused();
    void practitionerSigns();
    void everyStepIsAudited();
    void aDraftWithProblemsIsSignedOnceItMatches();
    void tamperingIsDetectedByTheHash(); // last: it drops the immutability trigger

private:
    [[nodiscard]] NoteRepository repo() {
        return NoteRepository(m_vault->session().db(), m_vault->session().session());
    }
    [[nodiscard]] Database& db() { return m_vault->session().db(); }
    [[nodiscard]] NewNote newNote(const QJsonObject& content) const {
        NewNote n;
        n.encounterId = m_encounterId;
        n.templateId = m_templateId;
        n.content = content;
        n.language = QStringLiteral("sv");
        return n;
    }

    std::unique_ptr<TestVault> m_vault;
    QString m_patientId;
    QString m_encounterId;
    QString m_templateId;
};

// One vault for the whole run (creating one costs a second on a busy machine);
// each test works in an encounter of its own.
void TstNoteRepository::initTestCase() {
    m_vault = std::make_unique<TestVault>();
    auto patient = m_vault->session().patients().add(patientDraft(QStringLiteral("Karin"), QStringLiteral("Larsson")));
    CHECK_OK(patient);
    m_patientId = patient->patient.id;
    // The built-in's row, as every vault has it from its schema on.
    m_templateId = NoteTemplateRepository::builtinId(QStringLiteral("dental-exam"));
}

void TstNoteRepository::init() {
    if (m_vault->session().user().role != Role::Admin) {
        CHECK_OK(m_vault->loginAs(QString::fromLatin1(TestVault::kAdminName),
                                  QString::fromLatin1(TestVault::kAdminPassword)));
    }
    auto encounter = m_vault->session().encounters().open(m_patientId, Consent::Verbal);
    CHECK_OK(encounter);
    m_encounterId = encounter->id;
}

void TstNoteRepository::canonicalJsonIsSortedCompactUtf8() {
    // Insertion order must not matter; nested keys are sorted too; non-ASCII is raw
    // UTF-8 and sorts by code unit (é after z); integers have no fraction.
    QJsonObject inner;
    inner.insert(QStringLiteral("d"), QJsonArray{1, 2.5, QStringLiteral("x")});
    inner.insert(QStringLiteral("c"), QJsonValue::Null);
    QJsonObject content;
    content.insert(QStringLiteral("\u00e9"), QStringLiteral("\u00e5\n\"q\"\t\u0001"));
    content.insert(QStringLiteral("z"), true);
    content.insert(QStringLiteral("b"), 36.0);
    content.insert(QStringLiteral("a"), inner);
    const QByteArray expected = QStringLiteral("{\"a\":{\"c\":null,\"d\":[1,2.5,\"x\"]},\"b\":36,\"z\":true,"
                                               "\"\u00e9\":\"\u00e5\\n\\\"q\\\"\\t\\u0001\"}")
                                    .toUtf8();
    QCOMPARE(NoteRepository::canonicalJson(content), expected);
    QCOMPARE(NoteRepository::canonicalJson(json("{\"b\":36,\"a\":{\"d\":[1,2.5,\"x\"],\"c\":null},\"z\":true,"
                                                "\"\xc3\xa9\":\"\xc3\xa5\\n\\\"q\\\"\\t\\u0001\"}")),
             expected);
    QCOMPARE(NoteRepository::canonicalJson({}), QByteArray("{}"));
}

void TstNoteRepository::draftKeepsEveryEditAsRevision() {
    auto note = repo().createDraft(newNote(examContent(QStringLiteral("Pain lower left"))));
    CHECK_OK(note);
    QCOMPARE(note->status, NoteStatus::Draft);
    QCOMPARE(note->patientId, m_patientId); // taken from the encounter
    QCOMPARE(note->templateKey, QStringLiteral("dental-exam"));
    QCOMPARE(note->revision, 1);

    CHECK_OK(repo().updateDraft(note->id, examContent(QStringLiteral("Pain lower left, 3 days"))));
    auto latest = repo().updateDraft(note->id, examContent(QStringLiteral("Pain lower left, 4 days")));
    CHECK_OK(latest);
    QCOMPARE(latest->revision, 3);
    // Saving the same content again is not a new revision.
    auto same = repo().updateDraft(note->id, examContent(QStringLiteral("Pain lower left, 4 days")));
    CHECK_OK(same);
    QCOMPARE(same->revision, 3);

    auto revisions = repo().revisions(note->id);
    CHECK_OK(revisions);
    QCOMPARE(revisions->size(), std::size_t(3));
    QCOMPARE(revisions->at(0).revision, 1);
    QCOMPARE(revisions->at(0).content, examContent(QStringLiteral("Pain lower left")));
    QCOMPARE(revisions->at(2).content, examContent(QStringLiteral("Pain lower left, 4 days")));
    QCOMPARE(revisions->at(2).createdBy, m_vault->session().user().id);

    auto stored = repo().get(note->id);
    CHECK_OK(stored);
    QCOMPARE(stored->content, examContent(QStringLiteral("Pain lower left, 4 days")));
    QCOMPARE(stored->revision, 3);
    QCOMPARE(stored->language, QStringLiteral("sv"));
    QVERIFY(!stored->contentHash);
}

void TstNoteRepository::signedNoteIsImmutableAndHashVerifies() {
    auto note = repo().createDraft(newNote(examContent(QStringLiteral("Pain"))));
    CHECK_OK(note);
    auto notSigned = repo().verifyHash(note->id);
    QVERIFY(!notSigned);
    QCOMPARE(code(notSigned.error().code), code(ErrorCode::InvalidInput));

    auto signedNote = repo().sign(note->id);
    CHECK_OK(signedNote);
    QCOMPARE(signedNote->status, NoteStatus::Signed);
    QCOMPARE(signedNote->signedBy, std::optional<QString>(m_vault->session().user().id));
    QVERIFY(signedNote->signedAt.has_value());
    // Known answer: SHA-256 of the canonical text, computed here independently.
    const QByteArray canonical = "{\"chief_complaint\":\"Pain\",\"findings\":[{\"finding\":\"caries\",\"tooth\":36}],"
                                 "\"plan\":\"Composite filling 36\"}";
    QCOMPARE(signedNote->contentHash, std::optional<QString>(QString::fromLatin1(
                                          QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex())));

    auto stored = repo().get(note->id);
    CHECK_OK(stored);
    QCOMPARE(stored->status, NoteStatus::Signed);
    QCOMPARE(stored->contentHash, signedNote->contentHash);
    QCOMPARE(stored->signedAt, signedNote->signedAt);

    auto edit = repo().updateDraft(note->id, examContent(QStringLiteral("Changed")));
    QVERIFY(!edit);
    QCOMPARE(code(edit.error().code), code(ErrorCode::InvalidInput));
    QCOMPARE(edit.error().message,
             QStringLiteral("This note is signed and cannot be changed; add an addendum instead."));
    auto again = repo().sign(note->id);
    QVERIFY(!again);
    QCOMPARE(code(again.error().code), code(ErrorCode::InvalidInput));

    // The schema refuses too, whoever writes the SQL.
    auto direct = db().prepare("UPDATE notes SET content = '{}' WHERE id = ?");
    CHECK_OK(direct);
    direct->bind(1, note->id);
    QVERIFY(!direct->run());
    auto unsign = db().prepare("UPDATE notes SET status = 'draft' WHERE id = ?");
    CHECK_OK(unsign);
    unsign->bind(1, note->id);
    QVERIFY(!unsign->run());

    auto after = repo().get(note->id);
    CHECK_OK(after);
    QCOMPARE(after->content, examContent(QStringLiteral("Pain")));
    QCOMPARE(after->revision, 1);
    auto verified = repo().verifyHash(note->id);
    CHECK_OK(verified);
    QVERIFY(*verified);
}

// A generated note kept as a draft because it broke its template: its problems are stored with it, it
// cannot be signed, an edit is checked again (still wrong: the new problems; right: none), then it signs.
void TstNoteRepository::aDraftWithProblemsIsSignedOnceItMatches() {
    auto dental = NoteTemplateRepository(db(), m_vault->session().session()).byKey(QStringLiteral("dental-exam"));
    CHECK_OK(dental);
    NewNote draft = newNote(dentalExam(QStringLiteral("99")));
    draft.problems = NoteValidation::problems(draft.content, dental->schema);
    QCOMPARE(pathsOf(draft.problems), QStringList{QStringLiteral("/teeth/0/tooth")});
    auto created = repo().createDraft(draft);
    CHECK_OK(created);
    auto read = repo().get(created->id);
    CHECK_OK(read);
    QVERIFY(read->problems == draft.problems);
    QCOMPARE(
        scalarOf(db(), "SELECT count(*) FROM notes WHERE id = ? AND problems LIKE '%/teeth/0/tooth%'", created->id), 1);

    const Footprint before = footprint(db());
    auto refused = repo().sign(created->id);
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    QVERIFY2(refused.error().message.contains(QStringLiteral("#/teeth/0/tooth")), qPrintable(refused.error().message));
    QCOMPARE(footprint(db()), before);
    QCOMPARE(repo().get(created->id)->status, NoteStatus::Draft);

    // A step that fixes nothing (and loses the diagnosis): saved, with the new revision's problems.
    auto step = repo().updateDraft(created->id, dentalExam(QStringLiteral("19"), false));
    CHECK_OK(step);
    QCOMPARE(step->revision, 2);
    QCOMPARE(pathsOf(step->problems), (QStringList{QStringLiteral("/diagnosis"), QStringLiteral("/teeth/0/tooth")}));
    QCOMPARE(pathsOf(repo().get(created->id)->problems), pathsOf(step->problems));
    QVERIFY(!repo().sign(created->id));

    // The clinician fixes the marked fields: nothing left to fix, and it signs.
    auto fixed = repo().updateDraft(created->id, dentalExam(QStringLiteral("36")));
    CHECK_OK(fixed);
    QVERIFY(fixed->problems.empty());
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM notes WHERE id = ? AND problems IS NULL", created->id), 1);
    auto signedNote = repo().sign(created->id);
    CHECK_OK(signedNote);
    QCOMPARE(signedNote->status, NoteStatus::Signed);
}

void TstNoteRepository::tamperingIsDetectedByTheHash() {
    auto note = repo().createDraft(newNote(examContent(QStringLiteral("Pain"))));
    CHECK_OK(note);
    CHECK_OK(repo().sign(note->id));
    // Someone with the key and a SQLite shell drops the trigger and edits the note.
    CHECK_OK(db().exec("DROP TRIGGER notes_signed_immutable"));
    auto tamper = db().prepare("UPDATE notes SET content = ? WHERE id = ?");
    CHECK_OK(tamper);
    tamper->bindAll(QString::fromUtf8(NoteRepository::canonicalJson(examContent(QStringLiteral("No pain")))), note->id);
    CHECK_OK(tamper->run());
    auto verified = repo().verifyHash(note->id);
    CHECK_OK(verified);
    QVERIFY(!*verified);
}

void TstNoteRepository::addendumAmendsOnlySignedNotes() {
    auto note = repo().createDraft(newNote(examContent(QStringLiteral("Pain"))));
    CHECK_OK(note);
    const QJsonObject correction{{QStringLiteral("plan"), QStringLiteral("Filling 37, not 36")}};
    auto early = repo().addAddendum(note->id, correction);
    QVERIFY(!early);
    QCOMPARE(code(early.error().code), code(ErrorCode::InvalidInput));
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM notes WHERE encounter_id = ?", m_encounterId), 1);

    CHECK_OK(repo().sign(note->id));
    auto addendum = repo().addAddendum(note->id, correction);
    CHECK_OK(addendum);
    QVERIFY(addendum->id != note->id);
    QCOMPARE(addendum->amendsNoteId, std::optional<QString>(note->id));
    QCOMPARE(addendum->status, NoteStatus::Draft);
    QCOMPARE(addendum->encounterId, m_encounterId);
    QCOMPARE(addendum->patientId, m_patientId);
    QCOMPARE(addendum->templateId, m_templateId);
    QCOMPARE(addendum->templateKey, QStringLiteral("dental-exam"));
    QCOMPARE(addendum->revision, 1);

    // The addendum is a draft like any other: edited, then signed.
    CHECK_OK(repo().updateDraft(addendum->id, QJsonObject{{QStringLiteral("plan"), QStringLiteral("Filling 37")}}));
    CHECK_OK(repo().sign(addendum->id));

    auto list = repo().listForEncounter(m_encounterId);
    CHECK_OK(list);
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->at(0).id, note->id);
    QCOMPARE(list->at(0).content, examContent(QStringLiteral("Pain"))); // the original is untouched
    QCOMPARE(list->at(1).id, addendum->id);
    QCOMPARE(list->at(1).revision, 2);
    QCOMPARE(list->at(1).status, NoteStatus::Signed);
}

void TstNoteRepository::evidenceAndJobFieldsRoundTrip() {
    NewNote draft = newNote(examContent(QStringLiteral("Pain")));
    draft.evidence = json(R"({"statements":[{"path":"/chief_complaint","segments":[0,3]},)"
                          R"({"path":"/findings/0","segments":[4]}],"notice":"Generated from the recording",)"
                          R"("placeholders":false})");
    draft.jobId = QStringLiteral("job-1");
    auto note = repo().createDraft(draft);
    CHECK_OK(note);
    auto stored = repo().get(note->id);
    CHECK_OK(stored);
    QCOMPARE(stored->evidence, draft.evidence);
    QCOMPARE(stored->jobId, std::optional<QString>(QStringLiteral("job-1")));
    QVERIFY(!stored->transcriptId);
    QVERIFY(!stored->amendsNoteId);

    // One note per job: a retried job cannot write a second one.
    auto second = repo().createDraft(draft);
    QVERIFY(!second);
    QCOMPARE(code(second.error().code), code(ErrorCode::AlreadyExists));
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM notes WHERE job_id = ?", QStringLiteral("job-1")), 1);
}

void TstNoteRepository::unknownTemplateOrEncounterWritesNothing() {
    const Footprint before = footprint(db());
    NewNote draft = newNote(examContent(QStringLiteral("Pain")));
    draft.templateId = QStringLiteral("no-such-template");
    auto noTemplate = repo().createDraft(draft);
    QVERIFY(!noTemplate);
    QCOMPARE(code(noTemplate.error().code), code(ErrorCode::NotFound));

    draft = newNote(examContent(QStringLiteral("Pain")));
    draft.encounterId = QStringLiteral("no-such-encounter");
    auto noEncounter = repo().createDraft(draft);
    QVERIFY(!noEncounter);
    QCOMPARE(code(noEncounter.error().code), code(ErrorCode::NotFound));

    QCOMPARE(footprint(db()), before);

    auto missing = repo().get(QStringLiteral("no-such-note"));
    QVERIFY(!missing);
    QCOMPARE(code(missing.error().code), code(ErrorCode::NotFound));
}

void TstNoteRepository::writesInsideCallerTransactionFollowIt() {
    // A job writes its note in the transaction that marks the job done.
    {
        auto tx = Transaction::begin(db());
        CHECK_OK(tx);
        CHECK_OK(repo().createDraft(newNote(examContent(QStringLiteral("Rolled back")))));
        // A failed write inside the caller's transaction leaves nothing of its own...
        NewNote bad = newNote(examContent(QStringLiteral("Pain")));
        bad.templateId = QStringLiteral("no-such-template");
        QVERIFY(!repo().createDraft(bad));
        // ...and the caller decides: here it gives up, so nothing stays.
    }
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM notes WHERE encounter_id = ?", m_encounterId), 0);

    QString id;
    {
        auto tx = Transaction::begin(db());
        CHECK_OK(tx);
        auto note = repo().createDraft(newNote(examContent(QStringLiteral("Committed"))));
        CHECK_OK(note);
        id = note->id;
        NewNote bad = newNote(examContent(QStringLiteral("Pain")));
        bad.templateId = QStringLiteral("no-such-template");
        QVERIFY(!repo().createDraft(bad));
        CHECK_OK(tx->commit());
    }
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM notes WHERE encounter_id = ?", m_encounterId), 1);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM note_revisions WHERE note_id = ?", id), 1);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'create'", id), 1);
}

void TstNoteRepository::receptionistIsRefused() {
    auto note = repo().createDraft(newNote(examContent(QStringLiteral("Pain"))));
    CHECK_OK(note);
    auto signedNote = repo().createDraft(newNote(examContent(QStringLiteral("Signed"))));
    CHECK_OK(signedNote);
    CHECK_OK(repo().sign(signedNote->id));
    auto rita = m_vault->addUser(QStringLiteral("rita"), Role::Receptionist);
    CHECK_OK(rita);
    CHECK_OK(m_vault->loginAs(QStringLiteral("rita"), TestVault::passwordFor(QStringLiteral("rita"))));

    const auto denied = [](const auto& result) {
        return !result.has_value() && result.error().code == ErrorCode::PermissionDenied;
    };
    QVERIFY(denied(repo().get(note->id)));
    QVERIFY(denied(repo().listForEncounter(m_encounterId)));
    QVERIFY(denied(repo().revisions(note->id)));
    QVERIFY(denied(repo().verifyHash(signedNote->id)));
    QVERIFY(denied(repo().createDraft(newNote(examContent(QStringLiteral("Receptionist"))))));
    QVERIFY(denied(repo().updateDraft(note->id, examContent(QStringLiteral("Receptionist")))));
    QVERIFY(denied(repo().sign(note->id)));
    QVERIFY(denied(repo().addAddendum(signedNote->id, examContent(QStringLiteral("Receptionist")))));
    QVERIFY(denied(repo().recordExport(note->id, QStringLiteral("pdf"))));

    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM notes WHERE encounter_id = ?", m_encounterId), 2);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM notes WHERE status = 'signed' AND encounter_id = ?", m_encounterId),
             1);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM note_revisions WHERE note_id = ?", note->id), 1);
    // Refused before anything was read, so nothing was viewed in her name either; the refused reads are
    // audited as denied (get, revisions, hash check and export of a note; the encounter's list).
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log WHERE entity = 'note' AND action = 'view' AND user_id = ?",
                      rita->id),
             0);
    QCOMPARE(scalarOf(db(),
                      "SELECT count(*) FROM audit_log WHERE entity = 'note' AND action = 'denied' AND user_id = ?",
                      rita->id),
             4);
}

void TstNoteRepository::practitionerSigns() {
    auto note = repo().createDraft(newNote(examContent(QStringLiteral("Pain"))));
    CHECK_OK(note);
    auto pia = m_vault->addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    CHECK_OK(m_vault->loginAs(QStringLiteral("pia"), TestVault::passwordFor(QStringLiteral("pia"))));
    auto edited = repo().updateDraft(note->id, examContent(QStringLiteral("Pain, edited by Pia")));
    CHECK_OK(edited);
    auto signedNote = repo().sign(note->id);
    CHECK_OK(signedNote);
    QCOMPARE(signedNote->signedBy, std::optional<QString>(pia->id));
    auto revisions = repo().revisions(note->id);
    CHECK_OK(revisions);
    QCOMPARE(revisions->back().createdBy, pia->id);
    QVERIFY(revisions->front().createdBy != pia->id);
}

void TstNoteRepository::everyStepIsAudited() {
    auto note = repo().createDraft(newNote(examContent(QStringLiteral("Pain"))));
    CHECK_OK(note);
    CHECK_OK(repo().updateDraft(note->id, examContent(QStringLiteral("More pain"))));
    CHECK_OK(repo().get(note->id));
    auto signedNote = repo().sign(note->id);
    CHECK_OK(signedNote);
    CHECK_OK(repo().recordExport(note->id, QStringLiteral("pdf")));
    auto addendum = repo().addAddendum(note->id, examContent(QStringLiteral("Addendum")));
    CHECK_OK(addendum);

    auto entries = m_vault->session().auditEntries(1000);
    CHECK_OK(entries);
    QStringList trail; // oldest first
    for (auto it = entries->rbegin(); it != entries->rend(); ++it) {
        if (it->entity == QLatin1String("note") && (it->entityId == note->id || it->entityId == addendum->id)) {
            trail += (it->entityId == note->id ? QStringLiteral("note:") : QStringLiteral("addendum:")) + it->action;
            QCOMPARE(it->userId, m_vault->session().user().id);
            // Details name revisions and hashes, never the note's content.
            QVERIFY2(!it->detail.contains(QLatin1String("Pain")), qPrintable(it->detail));
        }
    }
    QCOMPARE(trail, (QStringList{QStringLiteral("note:create"), QStringLiteral("note:update"),
                                 QStringLiteral("note:view"), QStringLiteral("note:sign"),
                                 QStringLiteral("note:export"), QStringLiteral("addendum:create")}));
    auto report = m_vault->session().verifyAudit();
    CHECK_OK(report);
    QVERIFY(report->ok);

    // The change feed carries the notes and their revisions for sync.
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM changes WHERE tbl = 'notes' AND record_id = ?", note->id), 3);
    QCOMPARE(scalarOf(db(),
                      "SELECT count(*) FROM changes WHERE tbl = 'note_revisions' AND record_id IN "
                      "(SELECT r.id FROM note_revisions r JOIN notes n ON n.id = r.note_id WHERE n.encounter_id = ?)",
                      m_encounterId),
             3);
}

QTEST_GUILESS_MAIN(TstNoteRepository)
#include "tst_noterepository.moc"
