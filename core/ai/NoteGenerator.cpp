#include "ai/NoteGenerator.h"

#include "ai/PrivacyFilter.h"
#include "util/JsonSchema.h"

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

JobFailure fatal(const QString& message, const QString& detail) {
    return JobFailure{JobFailure::Kind::Fatal, Error{ErrorCode::Remote, message, detail}, std::nullopt, false};
}

const char* const kEvidenceRules =
    "Each transcript line starts with its segment number, like [S12 03:04-03:10]. For every statement you put in "
    "the note, add an item to `evidence` with `path` (a JSON pointer into `note`, e.g. /plan or /teeth/0/finding) "
    "and `segments` (the numbers of the segments it came from, e.g. [12, 13]). Use only what the transcript says; "
    "never invent findings, values or names. Leave fields you have no information for empty (\"\" or [] or null as "
    "the schema allows).";

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
    const QJsonValue note = answer->content.value(QStringLiteral("note"));
    if (!note.isObject()) {
        return std::unexpected(
            fatal(tr("The provider's answer did not contain a note."), QStringLiteral("no note object")));
    }
    const QStringList problems = JsonSchema::validate(note, noteTemplate.schema);
    if (!problems.isEmpty()) {
        return std::unexpected(fatal(tr("The provider's note does not match the template \"%1\": %2")
                                         .arg(noteTemplate.name, problems.mid(0, 3).join(QStringLiteral("; "))),
                                     QStringLiteral("schema validation failed: %1 problems").arg(problems.size())));
    }
    result.content = options.placeholders ? filter.unmask(note).toObject() : note.toObject();

    QJsonArray statements;
    for (const QJsonValue& item : answer->content.value(QStringLiteral("evidence")).toArray()) {
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
    result.evidence.insert(QStringLiteral("statements"), statements);
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
