// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Notes from transcripts through the AI pipeline, against the local fake OpenAI server: the
// strict json_schema request with the template's schema wrapped with evidence, the draft and its
// evidence mapped to transcript segments, the dental template's FDI teeth, answers that break the
// template asked for once more and then kept as a draft with the offending fields named (never
// thrown away), evidence that points nowhere marked, the privacy placeholders (the provider never sees the patient's
// name or national id; the note does), and a transcript too long for one request summarised in parts. Every transcript
// here is made by a real `transcribe` job from a short recording.
//
//   scripts/test-env build/tests/core/tst_aipipeline_notes

#include "AiPipelineFixture.h"
#include "ai/NoteGenerator.h"
#include "repo/NoteTemplateRepository.h"
#include "util/JsonSchema.h"

#include <QRegularExpression>

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

constexpr int kJobWaitMs = 20'000;

QString messagesText(const QJsonObject& chatBody) {
    QStringList parts;
    for (const QJsonValue& m : chatBody.value(QStringLiteral("messages")).toArray()) {
        parts << m.toObject().value(QStringLiteral("content")).toString();
    }
    return parts.join(QLatin1Char('\n'));
}

// The characters of all messages, as the fake counts them for prompt_tokens.
qsizetype messageChars(const QJsonObject& chatBody) {
    qsizetype chars = 0;
    for (const QJsonValue& m : chatBody.value(QStringLiteral("messages")).toArray()) {
        chars += m.toObject().value(QStringLiteral("content")).toString().size();
    }
    return chars;
}

qint64 fakeTokens(qsizetype chars) { // the fake's own estimate: 4 characters a token
    return std::max<qint64>(1, (chars + 3) / 4);
}

QJsonObject soapAnswer() {
    return QJsonObject{
        {QStringLiteral("note"),
         QJsonObject{{QStringLiteral("subjective"), QStringLiteral("Pain in tooth 36 since Tuesday.")},
                     {QStringLiteral("objective"), QStringLiteral("Deep caries distal on 36.")},
                     {QStringLiteral("assessment"), QStringLiteral("Irreversible pulpitis 36.")},
                     {QStringLiteral("plan"), QStringLiteral("Root canal treatment of 36 next week.")}}},
        {QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/subjective")},
                                                            {QStringLiteral("segments"), QJsonArray{1}}}}}};
}

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
    return QJsonObject{{QStringLiteral("note"), note}, {QStringLiteral("evidence"), QJsonArray{}}};
}

} // namespace

class TstAiPipelineNotes : public QObject {
    Q_OBJECT

    PipelineWorld m_world;
    bool m_ready = false;
    QString m_dentalEncounter;

    NoteTemplate noteTemplate(const QString& key) {
        return NoteTemplateRepository(m_world.db(), m_world.session()).byKey(key).value_or(NoteTemplate{});
    }

private slots:
    void initTestCase() {
        if (!PipelineWorld::keychainAvailable()) {
            QSKIP("API keys live in the real OS keychain: run through scripts/test-env.");
        }
        QVERIFY(m_world.start());
        m_ready = true;
    }
    void cleanupTestCase() { m_world.tearDown(); }
    void init() {
        if (!m_ready) {
            QSKIP("no test environment");
        }
        m_world.resetFake();
    }
    void cleanup() { CHECK_OK(m_world.save(m_world.baseSettings())); }

    void soapNoteWithEvidence();
    void dentalExamFromTheSchema();
    void answerThatBreaksTheTemplateIsKeptAsADraft_data();
    void answerThatBreaksTheTemplateIsKeptAsADraft();
    void evidenceThatPointsNowhereIsMarked();
    void privacyPlaceholders();
    void longTranscriptIsSummarisedInParts();
};

void TstAiPipelineNotes::soapNoteWithEvidence() {
    const QString encounterId = m_world.transcribedEncounter(QStringLiteral("Patienten har ont i tand trettiosex sedan "
                                                                            "tisdag och karies distalt"));
    QVERIFY(!encounterId.isEmpty());
    const Transcript transcript = m_world.transcriptOf(encounterId);
    QVERIFY(transcript.segments.size() >= 2);
    m_world.fake.clearRequests();
    m_world.fake.setChatContent(soapAnswer());

    const QString jobId = m_world.requestNote(QStringLiteral("soap"), encounterId);
    QVERIFY(!jobId.isEmpty());
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);

    // The request: a strict json_schema named as OpenAI allows, the template's schema wrapped with evidence.
    const auto chats = requestsTo(m_world.fake, QStringLiteral("chat/completions"));
    QCOMPARE(chats.size(), std::size_t(1));
    const QJsonObject body = chats.front().json;
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
    QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
    const QJsonObject jsonSchema = format.value(QStringLiteral("json_schema")).toObject();
    QCOMPARE(jsonSchema.value(QStringLiteral("strict")).toBool(), true);
    const QString name = jsonSchema.value(QStringLiteral("name")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$")).match(name).hasMatch(), qPrintable(name));
    const NoteTemplate soap = noteTemplate(QStringLiteral("soap"));
    const QJsonObject schema = jsonSchema.value(QStringLiteral("schema")).toObject();
    QCOMPARE(schema, NoteGenerator::wrappedSchema(soap.schema));
    QCOMPARE(schema.value(QStringLiteral("properties")).toObject().value(QStringLiteral("note")).toObject(),
             soap.schema);
    QVERIFY(schema.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("evidence")));
    // The transcript went as numbered segment lines.
    QVERIFY(messagesText(body).contains(QStringLiteral("[S1 ")));
    QVERIFY(messagesText(body).contains(QStringLiteral("tisdag")));

    // The draft: the fake's note as it answered, its evidence mapped to the first segment and its times.
    QCOMPARE(m_world.notesOf(jobId), 1);
    auto note = NoteRepository(m_world.db(), m_world.session()).get(*m_world.job(jobId).resultId);
    CHECK_OK(note);
    QCOMPARE(note->status, NoteStatus::Draft);
    QCOMPARE(note->templateKey, QStringLiteral("soap"));
    QCOMPARE(note->jobId, std::optional<QString>(jobId));
    QCOMPARE(note->content, soapAnswer().value(QStringLiteral("note")).toObject());
    const QJsonArray statements = note->evidence.value(QStringLiteral("statements")).toArray();
    QCOMPARE(statements.size(), 1);
    const QJsonObject statement = statements.first().toObject();
    QCOMPARE(statement.value(QStringLiteral("path")).toString(), QStringLiteral("/subjective"));
    const QJsonArray cited = statement.value(QStringLiteral("segments")).toArray();
    QCOMPARE(cited.size(), 1);
    const QJsonObject first = cited.first().toObject();
    QCOMPARE(first.value(QStringLiteral("transcript")).toString(), transcript.id);
    QCOMPARE(first.value(QStringLiteral("index")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("start_ms")).toInteger(), transcript.segments.front().startMs);
    QCOMPARE(first.value(QStringLiteral("end_ms")).toInteger(), transcript.segments.front().endMs);
    QVERIFY(!note->evidence.contains(QStringLiteral("notice")));

    // Usage: the fake's token counts, priced from the table; egress: where it went, without the text.
    const auto usage = m_world.usageOf(jobId);
    QCOMPARE(usage.size(), std::size_t(1));
    QCOMPARE(usage.front().task, QStringLiteral("notes"));
    QCOMPARE(usage.front().model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(usage.front().inputTokens, fakeTokens(messageChars(body)));
    const QString content = QString::fromUtf8(QJsonDocument(soapAnswer()).toJson(QJsonDocument::Compact));
    QCOMPARE(usage.front().outputTokens, fakeTokens(content.size()));
    QCOMPARE(usage.front().costMicro,
             m_world.baseSettings().estimateCostMicro(QStringLiteral("gpt-4o-mini"), 0, usage.front().inputTokens,
                                                      usage.front().outputTokens));
    const auto egress = m_world.egressOf(jobId);
    QCOMPARE(egress.size(), std::size_t(1));
    QCOMPARE(egress.front().purpose, QStringLiteral("notes"));
    QCOMPARE(egress.front().httpStatus, 200);
    QVERIFY(egress.front().bytesSent >= chats.front().contentLength);
    auto leaked = m_world.db().scalar("SELECT count(*) FROM egress_log WHERE host || provider || model || purpose || "
                                      "coalesce(request_id, '') LIKE ?",
                                      QStringLiteral("%tisdag%"));
    CHECK_OK(leaked);
    QCOMPARE(*leaked, 0);
}

void TstAiPipelineNotes::dentalExamFromTheSchema() {
    const QString encounterId = m_world.transcribedEncounter(QStringLiteral("Karies distalt på trettiosex"), 20'000);
    QVERIFY(!encounterId.isEmpty());
    m_world.fake.clearRequests();
    m_world.fake.setChatContent({}); // the fake makes an instance of the schema it was sent

    const QString jobId = m_world.requestNote(QStringLiteral("dental-exam"), encounterId);
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    QCOMPARE(m_world.notesOf(jobId), 1);
    auto note = NoteRepository(m_world.db(), m_world.session()).get(*m_world.job(jobId).resultId);
    CHECK_OK(note);
    const NoteTemplate dental = noteTemplate(QStringLiteral("dental-exam"));
    QCOMPARE(JsonSchema::validate(note->content, dental.schema), QStringList());
    const QJsonArray teeth = note->content.value(QStringLiteral("teeth")).toArray();
    QVERIFY(!teeth.isEmpty());
    const QString tooth = teeth.first().toObject().value(QStringLiteral("tooth")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[1-4][1-8]$|^[5-8][1-5]$")).match(tooth).hasMatch(),
             qPrintable(tooth));
    const auto chats = requestsTo(m_world.fake, QStringLiteral("chat/completions"));
    QCOMPARE(chats.size(), std::size_t(1));
    QCOMPARE(chats.front().status, 200); // the strict schema passed the fake's checks
}

void TstAiPipelineNotes::answerThatBreaksTheTemplateIsKeptAsADraft_data() {
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QString>("path");
    QTest::newRow("missing required field") << dentalNote(QStringLiteral("36"), false) << QStringLiteral("/diagnosis");
    QTest::newRow("tooth 99") << dentalNote(QStringLiteral("99")) << QStringLiteral("/teeth/0/tooth");
}

// A server that does not enforce the strict schema answers the same wrong note twice: it is asked once more
// with what is wrong, then the answer is kept as a draft with the field marked, and cannot be signed as it is.
void TstAiPipelineNotes::answerThatBreaksTheTemplateIsKeptAsADraft() {
    QFETCH(QJsonObject, answer);
    QFETCH(QString, path);
    if (m_dentalEncounter.isEmpty()) {
        m_dentalEncounter = m_world.transcribedEncounter(QStringLiteral("Karies på tand trettiosex"), 20'000);
    }
    const QString encounterId = m_dentalEncounter;
    QVERIFY(!encounterId.isEmpty());
    m_world.fake.clearRequests();
    m_world.fake.setChatContent(answer);
    const QString jobId = m_world.requestNote(QStringLiteral("dental-exam"), encounterId);
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);

    // Asked twice: the second time with its own answer and the problem by path, never by value.
    const auto chats = requestsTo(m_world.fake, QStringLiteral("chat/completions"));
    QCOMPARE(chats.size(), std::size_t(2));
    const QJsonArray first = chats[0].json.value(QStringLiteral("messages")).toArray();
    const QJsonArray again = chats[1].json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(first.size(), 2);
    QCOMPARE(again.size(), 4);
    QCOMPARE(again[2].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(QJsonDocument::fromJson(again[2].toObject().value(QStringLiteral("content")).toString().toUtf8()).object(),
             answer);
    QCOMPARE(again[3].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    const QString correction = again[3].toObject().value(QStringLiteral("content")).toString();
    QVERIFY2(correction.contains(QLatin1Char('#') + path), qPrintable(correction));
    QCOMPARE(chats[1].status, 200);
    QCOMPARE(m_world.usageOf(jobId).size(), std::size_t(2)); // both requests were made and paid for

    // Kept: the answer as a draft, the field marked, not signable until an edit fixes it.
    QCOMPARE(m_world.notesOf(jobId), 1);
    NoteRepository notes(m_world.db(), m_world.session());
    auto note = notes.get(*m_world.job(jobId).resultId);
    CHECK_OK(note);
    QCOMPARE(note->status, NoteStatus::Draft);
    QCOMPARE(note->content, answer.value(QStringLiteral("note")).toObject());
    QCOMPARE(note->problems.size(), std::size_t(1));
    QCOMPARE(note->problems.front().path, path);
    QVERIFY(!notes.sign(note->id));
}

void TstAiPipelineNotes::evidenceThatPointsNowhereIsMarked() {
    const QString encounterId = m_world.transcribedEncounter(QStringLiteral("Ont i tand trettiosex sedan tisdag"));
    QVERIFY(!encounterId.isEmpty());
    QJsonObject answer = soapAnswer();
    answer.insert(QStringLiteral("evidence"),
                  QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/subjective")},
                                         {QStringLiteral("segments"), QJsonArray{1}}},
                             QJsonObject{{QStringLiteral("path"), QStringLiteral("/history")},
                                         {QStringLiteral("segments"), QJsonArray{1}}}});
    m_world.fake.clearRequests();
    m_world.fake.setChatContent(answer);
    const QString jobId = m_world.requestNote(QStringLiteral("soap"), encounterId);
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    QCOMPARE(m_world.fake.requestCount(QStringLiteral("chat/completions")), 1); // the note itself matches
    auto note = NoteRepository(m_world.db(), m_world.session()).get(*m_world.job(jobId).resultId);
    CHECK_OK(note);
    const QJsonArray statements = note->evidence.value(QStringLiteral("statements")).toArray();
    QCOMPARE(statements.size(), 2);
    QVERIFY(!statements[0].toObject().contains(QStringLiteral("dangling")));
    QCOMPARE(statements[1].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/history"));
    QCOMPARE(statements[1].toObject().value(QStringLiteral("dangling")).toBool(), true);
    QVERIFY(note->problems.empty());
}

void TstAiPipelineNotes::privacyPlaceholders() {
    AiSettings settings = m_world.baseSettings();
    settings.privacyPlaceholders = true;
    CHECK_OK(m_world.save(settings));
    const QString encounterId = m_world.transcribedEncounter(
        QStringLiteral("Hej Astrid Lindgren ditt personnummer är 19121212-1212 och tand trettiosex gör ont Astrid"));
    QVERIFY(!encounterId.isEmpty());
    QVERIFY(m_world.transcriptOf(encounterId).text.contains(kLastName)); // the vault keeps what was said
    m_world.fake.clearRequests();
    QJsonObject answer = soapAnswer();
    QJsonObject note = answer.value(QStringLiteral("note")).toObject();
    note.insert(QStringLiteral("subjective"), QStringLiteral("[PATIENT_FIRST_NAME] has pain in tooth 36."));
    answer.insert(QStringLiteral("note"), note);
    m_world.fake.setChatContent(answer);

    const QString jobId = m_world.requestNote(QStringLiteral("soap"), encounterId);
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    const auto chats = requestsTo(m_world.fake, QStringLiteral("chat/completions"));
    QCOMPARE(chats.size(), std::size_t(1));
    const QString sent = QString::fromUtf8(QJsonDocument(chats.front().json).toJson(QJsonDocument::Compact));
    for (const QString& secret : {kFirstName, kLastName, QStringLiteral("19121212"), QStringLiteral("121212-1212")}) {
        QVERIFY2(!sent.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
    for (const QString& placeholder : {QStringLiteral("[PATIENT_FIRST_NAME]"), QStringLiteral("[PATIENT_LAST_NAME]"),
                                       QStringLiteral("[PATIENT_NATIONAL_ID]")}) {
        QVERIFY2(messagesText(chats.front().json).contains(placeholder), qPrintable(placeholder));
    }
    auto stored = NoteRepository(m_world.db(), m_world.session()).get(*m_world.job(jobId).resultId);
    CHECK_OK(stored);
    QCOMPARE(stored->content.value(QStringLiteral("subjective")).toString(),
             QStringLiteral("Astrid has pain in tooth 36."));
    QCOMPARE(stored->evidence.value(QStringLiteral("placeholders")).toBool(), true);
}

void TstAiPipelineNotes::longTranscriptIsSummarisedInParts() {
    AiSettings settings = m_world.baseSettings();
    settings.maxNoteInputChars = 2'000;
    CHECK_OK(m_world.save(settings));
    QStringList words;
    for (int i = 0; i < 1'200; ++i) {
        words << QStringLiteral("ord%1").arg(i);
    }
    const QString encounterId = m_world.transcribedEncounter(words.join(QLatin1Char(' ')), 60'000);
    QVERIFY(!encounterId.isEmpty());
    const Transcript transcript = m_world.transcriptOf(encounterId);
    QVERIFY(transcript.text.size() > 3 * 2'000);
    m_world.fake.clearRequests();
    m_world.fake.setChatContent({}); // schema instances: a summary for the parts, a SOAP note at the end

    const QString jobId = m_world.requestNote(QStringLiteral("soap"), encounterId);
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    const auto chats = requestsTo(m_world.fake, QStringLiteral("chat/completions"));
    QVERIFY2(chats.size() >= 3, qPrintable(QString::number(chats.size())));
    const auto schemaName = [](const FakeOpenAiServer::ReceivedRequest& r) {
        return r.json.value(QStringLiteral("response_format"))
            .toObject()
            .value(QStringLiteral("json_schema"))
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    };
    for (std::size_t i = 0; i + 1 < chats.size(); ++i) {
        QCOMPARE(schemaName(chats[i]), QStringLiteral("transcript_part_summary"));
    }
    QCOMPARE(schemaName(chats.back()), QStringLiteral("clinical_note_soap"));
    // Every segment went to exactly one summary; the note was written from the summaries.
    for (std::size_t s = 1; s <= transcript.segments.size(); ++s) {
        int in = 0;
        for (std::size_t i = 0; i + 1 < chats.size(); ++i) {
            in += messagesText(chats[i].json).contains(QStringLiteral("[S%1 ").arg(s)) ? 1 : 0;
        }
        QCOMPARE(in, 1);
    }
    QVERIFY(!messagesText(chats.back().json).contains(QStringLiteral("ord1000")));

    auto note = NoteRepository(m_world.db(), m_world.session()).get(*m_world.job(jobId).resultId);
    CHECK_OK(note);
    QVERIFY(!note->evidence.value(QStringLiteral("notice")).toString().isEmpty());
    QCOMPARE(note->evidence.value(QStringLiteral("summarised_parts")).toInt(), int(chats.size() - 1));
    QStringList purposes;
    for (const auto& e : m_world.egressOf(jobId)) {
        purposes << e.purpose;
    }
    QCOMPARE(purposes.count(QStringLiteral("summary")), qsizetype(chats.size() - 1));
    QCOMPARE(purposes.count(QStringLiteral("notes")), 1);
    QCOMPARE(m_world.usageOf(jobId).size(), chats.size());
}

QTEST_GUILESS_MAIN(TstAiPipelineNotes)
#include "tst_aipipeline_notes.moc"
