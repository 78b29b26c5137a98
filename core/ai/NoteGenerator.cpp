// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/NoteGenerator.h"

#include "domain/NoteValidation.h"
#include "ai/PrivacyFilter.h"
#include "util/JsonSchema.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace clinicdesk {

namespace {

QString clock(std::int64_t ms) {
    const std::int64_t s = std::max<std::int64_t>(0, ms) / 1000;
    if (s >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// At most this many problems go back to the model when it is asked to correct its answer.
constexpr std::size_t kMaxProblemsSentBack = 20;

JobFailure fatal(const QString& message, const QString& detail) {
    return JobFailure{JobFailure::Kind::Fatal, Error{ErrorCode::Remote, message, detail}, std::nullopt, false};
}

const char* const kEvidenceRules =
    "Each transcript line starts with its segment number, like [S12 03:04-03:10]. For every statement you put in "
    "the note, add an item to `evidence` with `path` (a JSON pointer into `note`, e.g. /plan or /teeth/0/finding) "
    "and `segments` (the numbers of the segments it came from, e.g. [12, 13]). Use only what the transcript says; "
    "never invent findings, values or names. Leave fields you have no information for empty (\"\" or [] or null as "
    "the schema allows).";

// An answer to the note request, checked against the template.
struct CheckedAnswer {
    QJsonObject answer;                // {note, evidence} as the model sent it
    std::optional<QJsonObject> note;   // the note object, when there is one
    std::vector<NoteProblem> problems; // where the note breaks the template

    [[nodiscard]] bool matches() const { return note && problems.empty(); }
    // A note beats none; then fewer problems; a tie goes to this (the later) answer.
    [[nodiscard]] bool atLeastAsGoodAs(const CheckedAnswer& other) const {
        if (note.has_value() != other.note.has_value()) {
            return note.has_value();
        }
        return problems.size() <= other.problems.size();
    }
};

CheckedAnswer checkAnswer(const QJsonObject& answer, const QJsonObject& templateSchema) {
    CheckedAnswer checked;
    checked.answer = answer;
    const QJsonValue note = answer.value(QStringLiteral("note"));
    if (note.isObject()) {
        checked.note = note.toObject();
        checked.problems = NoteValidation::problems(*checked.note, templateSchema);
    }
    return checked;
}

// What the model is told about its answer when asked again (never the note's values: the problems name
// places and rules only).
QString correctionRequest(const CheckedAnswer& checked) {
    QStringList lines;
    if (!checked.note) {
        lines << QStringLiteral("- The answer has no `note` object.");
    }
    for (std::size_t i = 0; i < checked.problems.size() && i < kMaxProblemsSentBack; ++i) {
        lines << QStringLiteral("- ") + checked.problems[i].message;
    }
    if (checked.problems.size() > kMaxProblemsSentBack) {
        lines << QStringLiteral("- and %1 more.").arg(checked.problems.size() - kMaxProblemsSentBack);
    }
    return QStringLiteral("Your answer does not match the required JSON schema. Paths are JSON pointers into "
                          "`note`:\n") +
           lines.join(QLatin1Char('\n')) +
           QStringLiteral("\nAnswer again with the complete JSON object (the note and its evidence), corrected so "
                          "that it matches the schema. Change only what these problems require and keep "
                          "everything else as it was. Do not invent values: leave a field empty (\"\" or [] or "
                          "null as the schema allows) when the transcript does not say it.");
}

} // namespace

QString NoteGenerator::languageName(const QString& code) {
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("sv"), QStringLiteral("Swedish")},
                                               {QStringLiteral("pl"), QStringLiteral("Polish")},
                                               {QStringLiteral("af"), QStringLiteral("Afrikaans")}};
    return names.value(code, code);
}

QString NoteGenerator::segmentLines(const std::vector<CitedSegment>& segments, std::size_t from, std::size_t to) {
    QStringList lines;
    for (std::size_t i = from; i < to && i < segments.size(); ++i) {
        const CitedSegment& s = segments[i];
        lines.append(
            QStringLiteral("[S%1 %2-%3] %4").arg(i + 1).arg(clock(s.startMs), clock(s.endMs), s.text.trimmed()));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject NoteGenerator::wrappedSchema(const QJsonObject& templateSchema) {
    QJsonObject note = templateSchema;
    const QJsonValue defs = note.take(QStringLiteral("$defs"));
    note.remove(QStringLiteral("$schema"));
    const QJsonObject evidenceItem{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("path"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("segments"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("items"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("path"), QStringLiteral("segments")}},
        {QStringLiteral("additionalProperties"), false}};
    QJsonObject wrapped{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("note"), note},
                     {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                              {QStringLiteral("items"), evidenceItem}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("note"), QStringLiteral("evidence")}},
        {QStringLiteral("additionalProperties"), false}};
    if (defs.isObject()) {
        wrapped.insert(QStringLiteral("$defs"), defs);
    }
    return wrapped;
}

std::expected<GeneratedNote, JobFailure> NoteGenerator::generate(const NoteTemplate& noteTemplate,
                                                                 const std::vector<CitedSegment>& input,
                                                                 const Patient& patient, const Options& options,
                                                                 const Chat& chat) {
    if (input.empty()) {
        return std::unexpected(fatal(tr("There is no transcript to write the note from. Transcribe a recording of "
                                        "this encounter first."),
                                     QStringLiteral("no transcript segments")));
    }
    const PrivacyFilter filter(patient);
    std::vector<CitedSegment> segments = input;
    int masked = 0;
    if (options.placeholders) {
        for (CitedSegment& s : segments) {
            masked += filter.count(s.text);
            s.text = filter.mask(s.text);
        }
    }
    const QString language = languageName(options.outputLanguage);
    GeneratedNote result;
    QString material;
    QString notice;

    // Group the lines into parts that each fit one request.
    std::vector<std::pair<std::size_t, std::size_t>> groups;
    std::size_t start = 0;
    std::int64_t chars = 0;
    const std::int64_t budget = std::max(2'000, options.maxInputChars);
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::int64_t len = segments[i].text.size() + 24;
        if (chars + len > budget && i > start) {
            groups.emplace_back(start, i);
            start = i;
            chars = 0;
        }
        chars += len;
    }
    groups.emplace_back(start, segments.size());

    if (groups.size() == 1) {
        material = segmentLines(segments, 0, segments.size());
    } else {
        // Summarise each part, keeping the segment numbers, then write the note from the summaries.
        const QJsonObject summarySchema{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("summary"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("summary")}},
            {QStringLiteral("additionalProperties"), false}};
        QStringList summaries;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            ChatRequest request;
            request.schemaName = QStringLiteral("transcript_part_summary");
            request.schema = summarySchema;
            request.system =
                QStringLiteral("You summarise part %1 of %2 of a clinical consultation transcript for a clinician. "
                               "Keep every clinically relevant statement (complaints, findings, tooth numbers, "
                               "diagnoses, treatments, plans, medication, numbers) and end each statement with "
                               "the segment numbers it came from, like [S12][S13]. Do not add anything that was "
                               "not said. Write in %3.")
                    .arg(g + 1)
                    .arg(groups.size())
                    .arg(language);
            request.user = segmentLines(segments, groups[g].first, groups[g].second);
            auto answer = chat(request, QStringLiteral("summary"));
            ++result.requests;
            if (!answer) {
                return std::unexpected(answer.error());
            }
            summaries.append(QStringLiteral("Part %1 (segments S%2-S%3):\n%4")
                                 .arg(g + 1)
                                 .arg(groups[g].first + 1)
                                 .arg(groups[g].second)
                                 .arg(answer->content.value(QStringLiteral("summary")).toString()));
        }
        material = summaries.join(QStringLiteral("\n\n"));
        notice = tr("The transcript was too long for one request, so it was summarised in %1 parts and the note was "
                    "written from the summaries. Check the note against the transcript.")
                     .arg(groups.size());
    }

    ChatRequest request;
    request.schemaName =
        QStringLiteral("clinical_note_") +
        QString(noteTemplate.key).replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9_-]")), QStringLiteral("_"));
    request.schemaName = request.schemaName.left(64);
    request.schema = wrappedSchema(noteTemplate.schema);
    request.system = noteTemplate.instructions + QStringLiteral("\n\n") + QString::fromLatin1(kEvidenceRules) +
                     QStringLiteral("\nWrite the note in %1.").arg(language);
    if (options.placeholders) {
        request.system += QStringLiteral(" Names and identity numbers in the transcript were replaced by placeholders "
                                         "such as [PATIENT_FIRST_NAME]; keep the placeholders exactly as written.");
    }
    request.user =
        (groups.size() == 1 ? QStringLiteral("Transcript:\n") : QStringLiteral("Summaries of the transcript:\n")) +
        material;
    auto answer = chat(request, QStringLiteral("notes"));
    ++result.requests;
    if (!answer) {
        return std::unexpected(answer.error());
    }
    // Not every OpenAI-compatible server enforces a strict schema. An answer that breaks the template is
    // sent back once with what is wrong; when the second does not match either, the closer one is kept as
    // a draft with its problems marked for the clinician. A note is never thrown away for one field.
    CheckedAnswer best = checkAnswer(answer->content, noteTemplate.schema);
    if (!best.matches()) {
        qCInfo(lcAi) << "the note answer does not match template" << noteTemplate.key << "("
                     << (best.note ? best.problems.size() : std::size_t{1}) << "problems); asking once more";
        ChatRequest again = request;
        again.followUp = {{QStringLiteral("assistant"),
                           QString::fromUtf8(QJsonDocument(answer->content).toJson(QJsonDocument::Compact))},
                          {QStringLiteral("user"), correctionRequest(best)}};
        auto second = chat(again, QStringLiteral("notes"));
        ++result.requests;
        if (second) {
            CheckedAnswer next = checkAnswer(second->content, noteTemplate.schema);
            if (next.atLeastAsGoodAs(best)) {
                best = std::move(next);
            }
        } else {
            qCInfo(lcAi) << "asking again failed (" << errorCodeName(second.error().error.code)
                         << "); the first answer is kept";
        }
    }
    if (!best.note) {
        return std::unexpected(
            fatal(tr("The provider's answer did not contain a note."), QStringLiteral("no note object")));
    }
    result.content = options.placeholders ? filter.unmask(*best.note).toObject() : *best.note;
    result.problems = NoteValidation::problems(result.content, noteTemplate.schema);
    if (!result.problems.empty()) {
        qCInfo(lcAi) << "the note is kept as a draft with" << result.problems.size() << "problem(s) to fix";
    }

    QJsonArray statements;
    for (const QJsonValue& item : best.answer.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject o = item.toObject();
        QJsonArray cited;
        for (const QJsonValue& n : o.value(QStringLiteral("segments")).toArray()) {
            const int number = n.toInt(-1);
            if (number < 1 || number > static_cast<int>(segments.size())) {
                continue; // a number the model made up: not evidence
            }
            const CitedSegment& s = segments[static_cast<std::size_t>(number - 1)];
            cited.append(QJsonObject{{QStringLiteral("transcript"), s.transcriptId},
                                     {QStringLiteral("index"), s.index},
                                     {QStringLiteral("start_ms"), static_cast<double>(s.startMs)},
                                     {QStringLiteral("end_ms"), static_cast<double>(s.endMs)}});
        }
        const QString path = o.value(QStringLiteral("path")).toString();
        if (!path.isEmpty() && !cited.isEmpty()) {
            statements.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("segments"), cited}});
        }
    }
    // A path the model made up that names no field of the note is kept, marked: never silently trusted.
    int dangling = 0;
    result.evidence.insert(QStringLiteral("statements"),
                           NoteValidation::markDangling(statements, result.content, &dangling));
    if (dangling > 0) {
        qCInfo(lcAi) << dangling << "evidence statement(s) point to no field of the note; marked dangling";
    }
    result.evidence.insert(QStringLiteral("placeholders"), options.placeholders);
    if (options.placeholders) {
        result.evidence.insert(QStringLiteral("masked"), masked);
    }
    if (!notice.isEmpty()) {
        result.evidence.insert(QStringLiteral("notice"), notice);
        result.evidence.insert(QStringLiteral("summarised_parts"), static_cast<int>(groups.size()));
    }
    return result;
}

} // namespace clinicdesk
