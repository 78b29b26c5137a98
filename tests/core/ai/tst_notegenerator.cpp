// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// NoteGenerator with scripted answers (no server): an answer that breaks the template is sent back
// once with what is wrong, as a follow-up to the model's own answer; a corrected answer is used as
// it is; one that is still wrong is kept, the closer of the two, with its problems by path (the
// draft the clinician fixes), never thrown away. Evidence whose path names no field of the note is
// kept and marked dangling. JSON pointers are resolved safely for any text a model can send.

#include "util/JsonPointer.h"
#include "ai/NoteGenerator.h"
#include "domain/NoteValidation.h"
#include "repo/NoteTemplateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace clinicdesk;

namespace {

QJsonObject dentalNote(const QString& tooth, bool withDiagnosis = true) {
    QJsonObject note{
        {QStringLiteral("chief_complaint"), QStringLiteral("Pain when chewing.")},
        {QStringLiteral("medical_history_changes"), QJsonValue::Null},
        {QStringLiteral("extraoral"), QJsonValue::Null},
        {QStringLiteral("intraoral_soft_tissue"), QJsonValue::Null},
        {QStringLiteral("teeth"), QJsonArray{QJsonObject{{QStringLiteral("tooth"), tooth},
                                                         {QStringLiteral("surfaces"), QJsonArray{QStringLiteral("D")}},
                                                         {QStringLiteral("finding"), QStringLiteral("caries")},
                                                         {QStringLiteral("note"), QStringLiteral("deep")}}}},
        {QStringLiteral("periodontal"), QJsonValue::Null},
        {QStringLiteral("radiographs"), QJsonValue::Null},
        {QStringLiteral("treatment_plan"), QStringLiteral("Filling.")}};
    if (withDiagnosis) {
        note.insert(QStringLiteral("diagnosis"), QStringLiteral("Caries."));
    }
    return note;
}

QJsonObject evidence(const QString& path, int segment = 1) {
    return QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("segments"), QJsonArray{segment}}};
}

QJsonObject answer(const QJsonObject& note, const QJsonArray& statements = {}) {
    return QJsonObject{{QStringLiteral("note"), note}, {QStringLiteral("evidence"), statements}};
}

// Answers in order, and every request it was sent.
struct Script {
    std::vector<std::expected<ChatResult, JobFailure>> answers;
    std::vector<ChatRequest> requests;

    NoteGenerator::Chat chat() {
        return [this](const ChatRequest& request, const QString&) -> std::expected<ChatResult, JobFailure> {
            requests.push_back(request);
            if (requests.size() > answers.size()) {
                return std::unexpected(JobFailure{JobFailure::Kind::Fatal,
                                                  Error{ErrorCode::Remote, QStringLiteral("no more answers"), {}},
                                                  std::nullopt, false});
            }
            return answers[requests.size() - 1];
        };
    }
    void add(const QJsonObject& content) { answers.emplace_back(ChatResult{content}); }
};

QStringList pathsOf(const std::vector<NoteProblem>& problems) {
    QStringList paths;
    for (const NoteProblem& p : problems) {
        paths << p.path;
    }
    return paths;
}

} // namespace

class TstNoteGenerator : public QObject {
    Q_OBJECT

    NoteTemplate m_dental;
    std::vector<CitedSegment> m_segments;
    Patient m_patient;

    std::expected<GeneratedNote, JobFailure> generate(Script& script) {
        return NoteGenerator::generate(m_dental, m_segments, m_patient, NoteGenerator::Options{}, script.chat());
    }

private slots:
    void initTestCase() {
        auto builtins = NoteTemplateRepository::builtinTemplates();
        QVERIFY(builtins);
        for (const NoteTemplate& t : *builtins) {
            if (t.key == QLatin1String("dental-exam")) {
                m_dental = t;
            }
        }
        QVERIFY(!m_dental.key.isEmpty());
        m_segments = {{QStringLiteral("t1"), 0, 0, 4'000, QStringLiteral("It hurts when I chew.")},
                      {QStringLiteral("t1"), 1, 4'000, 9'000, QStringLiteral("Caries distal on thirty-six.")}};
        m_patient.firstName = QStringLiteral("Olle");
        m_patient.lastName = QStringLiteral("Berg");
    }

    void aMatchingAnswerIsUsedAtOnce() {
        Script script;
        script.add(answer(dentalNote(QStringLiteral("36")), {evidence(QStringLiteral("/teeth/0/finding"), 2)}));
        auto note = generate(script);
        QVERIFY(note);
        QCOMPARE(script.requests.size(), std::size_t{1});
        QVERIFY(script.requests.front().followUp.empty());
        QCOMPARE(note->requests, 1);
        QVERIFY(note->problems.empty());
        QCOMPARE(note->content, dentalNote(QStringLiteral("36")));
        const QJsonObject statement = note->evidence.value(QStringLiteral("statements")).toArray().first().toObject();
        QVERIFY(!statement.contains(QStringLiteral("dangling")));
    }

    // The dental examination with tooth 99: asked again with the problem, the corrected answer is the note.
    void aCorrectedSecondAnswerIsUsed() {
        Script script;
        const QJsonObject wrong = answer(dentalNote(QStringLiteral("99")));
        script.add(wrong);
        script.add(answer(dentalNote(QStringLiteral("36"))));
        auto note = generate(script);
        QVERIFY(note);
        QCOMPARE(note->requests, 2);
        QVERIFY(note->problems.empty());
        QCOMPARE(note->content, dentalNote(QStringLiteral("36")));

        // The second request is the first one continued: the model's answer, then what is wrong with it.
        QCOMPARE(script.requests.size(), std::size_t{2});
        const ChatRequest& first = script.requests[0];
        const ChatRequest& again = script.requests[1];
        QCOMPARE(again.system, first.system);
        QCOMPARE(again.user, first.user);
        QCOMPARE(again.schema, first.schema);
        QCOMPARE(again.schemaName, first.schemaName);
        QCOMPARE(again.followUp.size(), std::size_t{2});
        QCOMPARE(again.followUp[0].role, QStringLiteral("assistant"));
        QCOMPARE(QJsonDocument::fromJson(again.followUp[0].content.toUtf8()).object(), wrong);
        QCOMPARE(again.followUp[1].role, QStringLiteral("user"));
        const QString correction = again.followUp[1].content;
        QVERIFY2(correction.contains(QStringLiteral("#/teeth/0/tooth")), qPrintable(correction));
        QVERIFY2(correction.contains(QStringLiteral("^[1-4][1-8]$|^[5-8][1-5]$")), qPrintable(correction));
    }

    // Still wrong after asking again: the answer is kept, with the offending fields named, never lost.
    void aStillWrongAnswerIsKeptWithItsProblems() {
        Script script;
        script.add(answer(dentalNote(QStringLiteral("99")), {evidence(QStringLiteral("/teeth/0/tooth"))}));
        script.add(answer(dentalNote(QStringLiteral("99")), {evidence(QStringLiteral("/teeth/0/tooth"))}));
        auto note = generate(script);
        QVERIFY2(note, note ? "" : qPrintable(note.error().error.message));
        QCOMPARE(note->requests, 2);
        QCOMPARE(note->content, dentalNote(QStringLiteral("99")));
        QCOMPARE(pathsOf(note->problems), QStringList{QStringLiteral("/teeth/0/tooth")});
        QVERIFY(note->problems.front().message.contains(QStringLiteral("pattern")));
        QVERIFY(!note->problems.front().message.contains(QStringLiteral("99"))); // never the note's values
        // Its evidence is kept as for any note.
        QCOMPARE(note->evidence.value(QStringLiteral("statements")).toArray().size(), 1);
    }

    // Of two wrong answers the one with fewer problems is kept (a tie goes to the later one).
    void theCloserAnswerIsKept() {
        QJsonObject worse = dentalNote(QStringLiteral("99"), false); // a bad tooth and no diagnosis
        Script script;
        script.add(answer(dentalNote(QStringLiteral("99"))));
        script.add(answer(worse));
        auto note = generate(script);
        QVERIFY(note);
        QCOMPARE(note->content, dentalNote(QStringLiteral("99")));
        QCOMPARE(pathsOf(note->problems), QStringList{QStringLiteral("/teeth/0/tooth")});

        Script better;
        better.add(answer(worse));
        better.add(answer(dentalNote(QStringLiteral("99"))));
        auto second = generate(better);
        QVERIFY(second);
        QCOMPARE(second->content, dentalNote(QStringLiteral("99")));

        Script missing;
        missing.add(answer(worse));
        missing.add(QJsonObject{{QStringLiteral("evidence"), QJsonArray{}}}); // no note at all the second time
        auto kept = generate(missing);
        QVERIFY(kept);
        QCOMPARE(kept->content, worse);
        QCOMPARE(pathsOf(kept->problems),
                 (QStringList{QStringLiteral("/diagnosis"), QStringLiteral("/teeth/0/tooth")}));
    }

    // The second request failing (a network error, a refusal) does not lose the first answer.
    void aFailedSecondRequestKeepsTheFirstAnswer() {
        Script script;
        script.add(answer(dentalNote(QStringLiteral("99"))));
        script.answers.emplace_back(std::unexpected(JobFailure{
            JobFailure::Kind::Retry, Error{ErrorCode::Network, QStringLiteral("gone"), {}}, std::nullopt, true}));
        auto note = generate(script);
        QVERIFY(note);
        QCOMPARE(note->content, dentalNote(QStringLiteral("99")));
        QCOMPARE(note->problems.size(), std::size_t{1});
    }

    // Nothing to keep: no note object, twice.
    void noNoteAtAllFails() {
        Script script;
        script.add(QJsonObject{{QStringLiteral("evidence"), QJsonArray{}}});
        script.add(QJsonObject{{QStringLiteral("text"), QStringLiteral("sorry")}});
        auto note = generate(script);
        QVERIFY(!note);
        QCOMPARE(note.error().kind, JobFailure::Kind::Fatal);
        QCOMPARE(script.requests.size(), std::size_t{2});
        QVERIFY(script.requests[1].followUp[1].content.contains(QStringLiteral("no `note` object")));
    }

    // Evidence that points nowhere in the note is kept and marked, not trusted silently.
    void evidenceThatPointsNowhereIsMarkedDangling() {
        Script script;
        script.add(answer(dentalNote(QStringLiteral("36")),
                          {evidence(QStringLiteral("/teeth/0/finding")), evidence(QStringLiteral("/teeth/3/finding")),
                           evidence(QStringLiteral("/prognosis")), evidence(QStringLiteral("note/diagnosis")),
                           evidence(QStringLiteral("/diagnosis"), 2)}));
        auto note = generate(script);
        QVERIFY(note);
        const QJsonArray statements = note->evidence.value(QStringLiteral("statements")).toArray();
        QCOMPARE(statements.size(), 5);
        QStringList dangling;
        for (const QJsonValue& v : statements) {
            const QJsonObject s = v.toObject();
            QVERIFY(!s.value(QStringLiteral("segments")).toArray().isEmpty()); // kept with its citations
            if (s.value(QStringLiteral("dangling")).toBool()) {
                dangling << s.value(QStringLiteral("path")).toString();
            }
        }
        QCOMPARE(dangling, (QStringList{QStringLiteral("/teeth/3/finding"), QStringLiteral("/prognosis"),
                                        QStringLiteral("note/diagnosis")}));
        QVERIFY(note->problems.empty()); // the note itself matches: it can be signed
    }

    void jsonPointers() {
        const QJsonObject doc{
            {QStringLiteral("a/b"), 1},
            {QStringLiteral("m~n"), 2},
            {QStringLiteral("teeth"), QJsonArray{QJsonObject{{QStringLiteral("tooth"), QStringLiteral("36")}}}},
            {QStringLiteral(""), 3}};
        QCOMPARE(JsonPointer::resolve(doc, QString()).value_or(QJsonValue::Undefined), QJsonValue(doc));
        QCOMPARE(JsonPointer::resolve(doc, QStringLiteral("/a~1b")).value_or(QJsonValue::Undefined), QJsonValue(1));
        QCOMPARE(JsonPointer::resolve(doc, QStringLiteral("/m~0n")).value_or(QJsonValue::Undefined), QJsonValue(2));
        QCOMPARE(JsonPointer::resolve(doc, QStringLiteral("/")).value_or(QJsonValue::Undefined), QJsonValue(3));
        QCOMPARE(JsonPointer::resolve(doc, QStringLiteral("/teeth/0/tooth")).value_or(QJsonValue::Undefined),
                 QJsonValue(QStringLiteral("36")));
        for (const char* nowhere : {"teeth", "/teeth/1", "/teeth/01", "/teeth/-", "/teeth/0/tooth/x", "/a~2b", "/m~",
                                    "/teeth/99999999999999999999", "#/teeth", "/teeth/0/"}) {
            QVERIFY2(!JsonPointer::resolve(doc, QString::fromLatin1(nowhere)), nowhere);
        }
        QCOMPARE(JsonPointer::fromFragment(QStringLiteral("#/teeth/0")), QStringLiteral("/teeth/0"));
        QCOMPARE(JsonPointer::fromFragment(QStringLiteral("#")), QString());
        // The stored form of problems reads back as written.
        const std::vector<NoteProblem> problems{
            {QStringLiteral("/teeth/0/tooth"), QStringLiteral("At #/teeth/0/tooth: x")}};
        QVERIFY(NoteValidation::fromJson(NoteValidation::toJson(problems)) == problems);
    }
};

QTEST_GUILESS_MAIN(TstNoteGenerator)
#include "tst_notegenerator.moc"
