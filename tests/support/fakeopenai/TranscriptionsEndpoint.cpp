// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/TranscriptionsEndpoint.h"

#include "fakeopenai/ModelsEndpoint.h"
#include "fakeopenai/MultipartForm.h"
#include "fakeopenai/ServerState.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace clinicdesk::test::fakeopenai {

namespace {

double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

QString timestamp(double seconds, QChar separator) {
    const qint64 ms = qint64(std::llround(seconds * 1000.0));
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg((ms / 60'000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(separator)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString languageName(const QString& code) {
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("english")},   {QStringLiteral("sv"), QStringLiteral("swedish")},
        {QStringLiteral("pl"), QStringLiteral("polish")},    {QStringLiteral("de"), QStringLiteral("german")},
        {QStringLiteral("fr"), QStringLiteral("french")},    {QStringLiteral("es"), QStringLiteral("spanish")},
        {QStringLiteral("af"), QStringLiteral("afrikaans")}, {QStringLiteral("no"), QStringLiteral("norwegian")},
        {QStringLiteral("da"), QStringLiteral("danish")},    {QStringLiteral("fi"), QStringLiteral("finnish")}};
    return names.value(code, code);
}

// The ISO-639-1 languages Whisper knows.
bool knownLanguage(const QString& code) {
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        const char* list[] = {"af", "ar", "hy", "az", "be", "bs", "bg", "ca", "zh", "hr", "cs", "da", "nl", "en", "et",
                              "fi", "fr", "gl", "de", "el", "he", "hi", "hu", "is", "id", "it", "ja", "kn", "kk", "ko",
                              "lv", "lt", "mk", "ms", "mr", "mi", "ne", "no", "nn", "fa", "pl", "pt", "ro", "ru", "sr",
                              "sk", "sl", "es", "sw", "sv", "tl", "ta", "th", "tr", "uk", "ur", "vi", "cy", "lb", "yi"};
        for (const char* c : list) {
            set.insert(QString::fromLatin1(c));
        }
        return set;
    }();
    return codes.contains(code);
}

} // namespace

TranscriptionsEndpoint::TranscriptionsEndpoint(const FakeOpenAiServer::Options& options, ServerState& state)
    : m_options(options)
    , m_state(state) {}

HttpResponse TranscriptionsEndpoint::answer(const HttpRequest& request, const Route& route, ReceivedRequest& record,
                                            std::optional<Fault>) {
    const QString contentType = request.headers.value(QStringLiteral("content-type"));
    QString mime;
    const auto params = MultipartForm::headerParams(contentType, &mime);
    if (mime.compare(QLatin1String("multipart/form-data"), Qt::CaseInsensitive) != 0) {
        return invalid(QStringLiteral("Invalid Content-Type header (%1), expected multipart/form-data. (HINT: If "
                                      "you're using curl, you can pass -H 'Content-Type: multipart/form-data')")
                           .arg(contentType.isEmpty() ? QStringLiteral("None") : contentType));
    }
    const auto parts = MultipartForm::parse(request.body, params.value(QStringLiteral("boundary")).toUtf8());
    if (!parts) {
        return invalid(QStringLiteral("Could not parse multipart form"));
    }
    static const QSet<QString> knownFields{QStringLiteral("file"),
                                           QStringLiteral("model"),
                                           QStringLiteral("language"),
                                           QStringLiteral("prompt"),
                                           QStringLiteral("response_format"),
                                           QStringLiteral("temperature"),
                                           QStringLiteral("timestamp_granularities[]"),
                                           QStringLiteral("include[]"),
                                           QStringLiteral("stream"),
                                           QStringLiteral("chunking_strategy"),
                                           QStringLiteral("chunking_strategy[type]"),
                                           QStringLiteral("chunking_strategy[threshold]"),
                                           QStringLiteral("chunking_strategy[prefix_padding_ms]"),
                                           QStringLiteral("chunking_strategy[silence_duration_ms]"),
                                           QStringLiteral("known_speaker_names[]"),
                                           QStringLiteral("known_speaker_references[]")};
    const MultipartForm::Part* file = nullptr;
    QString unknownField;
    for (const MultipartForm::Part& part : *parts) {
        if (part.name == QLatin1String("file")) {
            file = &part;
            record.fileField = part.name;
            record.fileName = part.filename;
            record.fileContentType = part.contentType;
            record.fileBytes = part.data.size();
            record.fileSha256 = QCryptographicHash::hash(part.data, QCryptographicHash::Sha256).toHex();
            continue;
        }
        if (part.hasFilename && unknownField.isEmpty()) {
            unknownField = part.name; // only `file` carries a file
        }
        const QString value = QString::fromUtf8(part.data);
        record.fields.insert(part.name, record.fields.contains(part.name)
                                            ? record.fields.value(part.name) + QLatin1Char('\n') + value
                                            : value);
        if (!knownFields.contains(part.name) && unknownField.isEmpty()) {
            unknownField = part.name;
        }
    }
    if (!unknownField.isEmpty()) {
        return invalid(QStringLiteral("Unrecognized request argument supplied: %1").arg(unknownField));
    }
    const auto& fields = record.fields;

    // The model (on a classic Azure deployment the deployment picks it; a model field only refines the rules).
    QString model = fields.value(QStringLiteral("model"));
    if (route.kind == Route::Kind::AzureClassic) {
        if (!m_options.models.contains(model)) {
            model = QStringLiteral("whisper-1");
        }
    } else if (model.isEmpty()) {
        return invalid(QStringLiteral("you must provide a model parameter"));
    } else if (!m_options.models.contains(model)) {
        return ModelsEndpoint::unknownModel(model);
    } else if (!ModelsEndpoint::isTranscriptionModel(model)) {
        return invalid(QStringLiteral("The model `%1` is not supported for audio transcription.").arg(model),
                       QStringLiteral("model"), QStringLiteral("unsupported_value"));
    }
    const bool diarize = model.contains(QLatin1String("diarize"));
    const bool whisper = model.startsWith(QLatin1String("whisper"));

    if (!file) {
        return invalid(QStringLiteral("Missing required parameter: 'file'."), QStringLiteral("file"),
                       QStringLiteral("missing_required_parameter"));
    }
    const QString extension = UploadedAudio::extensionOf(file->filename);
    if (auto bad = UploadedAudio::checkFormat(*file)) {
        return *bad;
    }

    const QString format = fields.value(QStringLiteral("response_format"), QStringLiteral("json"));
    const QStringList formats =
        whisper   ? QStringList{QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("srt"),
                              QStringLiteral("verbose_json"), QStringLiteral("vtt")}
        : diarize ? QStringList{QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("diarized_json")}
                  : QStringList{QStringLiteral("json"), QStringLiteral("text")};
    if (!formats.contains(format)) {
        return invalid(QStringLiteral("response_format '%1' is not compatible with model '%2'. Use one of: %3.")
                           .arg(format, model, formats.join(QStringLiteral(", "))),
                       QStringLiteral("response_format"), QStringLiteral("unsupported_value"));
    }
    QStringList granularities;
    if (fields.contains(QStringLiteral("timestamp_granularities[]"))) {
        granularities = fields.value(QStringLiteral("timestamp_granularities[]")).split(QLatin1Char('\n'));
        for (const QString& g : granularities) {
            if (g != QLatin1String("segment") && g != QLatin1String("word")) {
                return invalid(
                    QStringLiteral("Invalid value: '%1'. Supported values are: 'segment' and 'word'.").arg(g),
                    QStringLiteral("timestamp_granularities"), QStringLiteral("invalid_value"));
            }
        }
        if (format != QLatin1String("verbose_json")) {
            return invalid(QStringLiteral("timestamp_granularities[] is only supported with "
                                          "response_format=verbose_json."),
                           QStringLiteral("timestamp_granularities"), QStringLiteral("unsupported_value"));
        }
    }
    const QString language = fields.value(QStringLiteral("language"));
    if (fields.contains(QStringLiteral("language"))) {
        static const QRegularExpression iso(QStringLiteral("^[a-z]{2}$"));
        if (!iso.match(language).hasMatch() || !knownLanguage(language)) {
            return invalid(QStringLiteral("Invalid language '%1'. Language parameter must be specified in "
                                          "ISO-639-1 format.")
                               .arg(language),
                           QStringLiteral("language"), QStringLiteral("invalid_language_format"));
        }
    }
    if (diarize && fields.contains(QStringLiteral("prompt"))) {
        return invalid(QStringLiteral("Unsupported parameter: 'prompt' is not supported with this model."),
                       QStringLiteral("prompt"), QStringLiteral("unsupported_parameter"));
    }
    if (fields.contains(QStringLiteral("temperature"))) {
        bool ok = false;
        const double t = fields.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok) {
            return invalid(QStringLiteral("Invalid type for 'temperature': expected a decimal, but got a string "
                                          "instead."),
                           QStringLiteral("temperature"), QStringLiteral("invalid_type"));
        }
        if (t < 0 || t > 1) {
            return invalid(QStringLiteral("Invalid 'temperature': decimal %1 value. Expected a value %2, but got "
                                          "%3 instead.")
                               .arg(t < 0 ? QStringLiteral("below minimum") : QStringLiteral("above maximum"),
                                    t < 0 ? QStringLiteral(">= 0") : QStringLiteral("<= 1"),
                                    fields.value(QStringLiteral("temperature"))),
                           QStringLiteral("temperature"),
                           t < 0 ? QStringLiteral("decimal_below_min_value")
                                 : QStringLiteral("decimal_above_max_value"));
        }
    }
    if (fields.contains(QStringLiteral("include[]"))) {
        for (const QString& v : fields.value(QStringLiteral("include[]")).split(QLatin1Char('\n'))) {
            if (v != QLatin1String("logprobs") || whisper || diarize || format != QLatin1String("json")) {
                return invalid(QStringLiteral("Invalid value for 'include[]': '%1'.").arg(v), QStringLiteral("include"),
                               QStringLiteral("invalid_value"));
            }
        }
    }
    if (fields.value(QStringLiteral("stream")) == QLatin1String("true")) {
        return invalid(QStringLiteral("Streaming is not supported by this fake server."), QStringLiteral("stream"),
                       QStringLiteral("unsupported_value"));
    }
    bool chunking = false;
    if (fields.contains(QStringLiteral("chunking_strategy"))) {
        const QString value = fields.value(QStringLiteral("chunking_strategy"));
        const QJsonObject asJson = QJsonDocument::fromJson(value.toUtf8()).object();
        if (value != QLatin1String("auto") &&
            asJson.value(QStringLiteral("type")) != QJsonValue(QStringLiteral("server_vad"))) {
            return invalid(QStringLiteral("Invalid value for 'chunking_strategy': '%1'.").arg(value),
                           QStringLiteral("chunking_strategy"), QStringLiteral("invalid_value"));
        }
        chunking = true;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("chunking_strategy["))) {
            continue;
        }
        chunking = true;
        if (it.key() == QLatin1String("chunking_strategy[type]") && it.value() != QLatin1String("server_vad")) {
            return invalid(QStringLiteral("Invalid value for 'chunking_strategy.type': '%1'.").arg(it.value()),
                           QStringLiteral("chunking_strategy.type"), QStringLiteral("invalid_value"));
        }
        if (it.key() != QLatin1String("chunking_strategy[type]")) {
            bool ok = false;
            it.value().toDouble(&ok);
            if (!ok) {
                return invalid(QStringLiteral("Invalid type for '%1': expected a number.").arg(it.key()), it.key(),
                               QStringLiteral("invalid_type"));
            }
        }
    }
    if (chunking && !fields.contains(QStringLiteral("chunking_strategy")) &&
        !fields.contains(QStringLiteral("chunking_strategy[type]"))) {
        return invalid(QStringLiteral("Missing required parameter: 'chunking_strategy.type'."),
                       QStringLiteral("chunking_strategy.type"), QStringLiteral("missing_required_parameter"));
    }

    // The audio itself.
    const UploadedAudio audio = UploadedAudio::decode(extension, file->data);
    if (auto bad = audio.checkReadable(file->data.isEmpty())) {
        return *bad;
    }
    record.fileDurationSeconds = audio.seconds;
    if (auto bad = audio.checkDuration(m_options.maxAudioSeconds)) {
        return *bad;
    }
    if (diarize && audio.seconds > 30 && !chunking) {
        return invalid(QStringLiteral("chunking_strategy is required for diarization models when the input is "
                                      "longer than 30 seconds."),
                       QStringLiteral("chunking_strategy"), QStringLiteral("invalid_value"));
    }
    return transcript(audio, model, format, language, granularities, fields.value(QStringLiteral("prompt")));
}

HttpResponse TranscriptionsEndpoint::transcript(const UploadedAudio& audio, const QString& model, const QString& format,
                                                const QString& language, const QStringList& granularities,
                                                const QString& prompt) const {
    const QString configured = m_state.transcriptText();
    struct Segment {
        UploadedAudio::Region region;
        QString text;
    };
    std::vector<Segment> segments;
    if (audio.decoded) {
        const auto regions = audio.speechRegions();
        if (configured.isEmpty()) {
            for (const UploadedAudio::Region& region : regions) {
                segments.push_back(
                    {region, QStringLiteral("Speech from %1 to %2 seconds.")
                                 .arg(QString::number(region.start, 'f', 2), QString::number(region.end, 'f', 2))});
            }
        } else if (!regions.empty()) {
            // The words shared out over the regions in proportion to their length.
            const QStringList words = configured.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            double total = 0;
            for (const UploadedAudio::Region& region : regions) {
                total += region.end - region.start;
            }
            double before = 0;
            qsizetype next = 0;
            for (size_t i = 0; i < regions.size(); ++i) {
                before += regions[i].end - regions[i].start;
                const qsizetype upTo = i + 1 == regions.size()
                                           ? words.size()
                                           : qsizetype(std::llround(double(words.size()) * before / total));
                if (upTo > next) {
                    segments.push_back({regions[i], words.mid(next, upTo - next).join(QLatin1Char(' '))});
                    next = upTo;
                }
            }
        }
    } else {
        segments.push_back({UploadedAudio::Region{0, audio.seconds},
                            configured.isEmpty() ? QStringLiteral("Transcribed audio.") : configured});
    }
    QStringList texts;
    for (const Segment& s : segments) {
        texts << s.text;
    }
    const QString text = texts.join(QLatin1Char(' '));

    QJsonObject usage;
    if (model.startsWith(QLatin1String("whisper"))) {
        usage = {{QStringLiteral("type"), QStringLiteral("duration")},
                 {QStringLiteral("seconds"), qint64(std::ceil(audio.seconds))}};
    } else {
        const qint64 audioTokens = qint64(std::ceil(audio.seconds * 10));
        const qint64 textTokens = prompt.isEmpty() ? 0 : tokensForChars(prompt.size());
        const qint64 output = tokensForChars(text.size());
        usage = {{QStringLiteral("type"), QStringLiteral("tokens")},
                 {QStringLiteral("input_tokens"), audioTokens + textTokens},
                 {QStringLiteral("input_token_details"), QJsonObject{{QStringLiteral("text_tokens"), textTokens},
                                                                     {QStringLiteral("audio_tokens"), audioTokens}}},
                 {QStringLiteral("output_tokens"), output},
                 {QStringLiteral("total_tokens"), audioTokens + textTokens + output}};
    }

    if (format == QLatin1String("text")) {
        HttpResponse response;
        response.contentType = "text/plain; charset=utf-8";
        response.body = text.toUtf8() + '\n';
        return response;
    }
    if (format == QLatin1String("srt") || format == QLatin1String("vtt")) {
        const bool srt = format == QLatin1String("srt");
        QString out = srt ? QString() : QStringLiteral("WEBVTT\n\n");
        int index = 1;
        for (const Segment& s : segments) {
            if (srt) {
                out += QString::number(index++) + QLatin1Char('\n');
            }
            out += timestamp(s.region.start, srt ? QLatin1Char(',') : QLatin1Char('.')) + QStringLiteral(" --> ") +
                   timestamp(s.region.end, srt ? QLatin1Char(',') : QLatin1Char('.')) + QLatin1Char('\n') + s.text +
                   QStringLiteral("\n\n");
        }
        HttpResponse response;
        response.contentType = "text/plain; charset=utf-8";
        response.body = out.toUtf8();
        return response;
    }
    if (format == QLatin1String("verbose_json")) {
        QJsonArray segmentArray;
        QJsonArray words;
        int id = 0;
        for (const Segment& s : segments) {
            segmentArray.append(QJsonObject{{QStringLiteral("id"), id++},
                                            {QStringLiteral("seek"), qint64(s.region.start * 100)},
                                            {QStringLiteral("start"), round2(s.region.start)},
                                            {QStringLiteral("end"), round2(s.region.end)},
                                            {QStringLiteral("text"), QString(QLatin1Char(' ') + s.text)},
                                            {QStringLiteral("tokens"), QJsonArray{}},
                                            {QStringLiteral("temperature"), 0.0},
                                            {QStringLiteral("avg_logprob"), -0.2},
                                            {QStringLiteral("compression_ratio"), 1.2},
                                            {QStringLiteral("no_speech_prob"), 0.01}});
            const QStringList segmentWords = s.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const double step = (s.region.end - s.region.start) / double(std::max<qsizetype>(1, segmentWords.size()));
            for (qsizetype w = 0; w < segmentWords.size(); ++w) {
                words.append(QJsonObject{{QStringLiteral("word"), segmentWords[w]},
                                         {QStringLiteral("start"), round2(s.region.start + double(w) * step)},
                                         {QStringLiteral("end"), round2(s.region.start + double(w + 1) * step)}});
            }
        }
        QJsonObject out{
            {QStringLiteral("task"), QStringLiteral("transcribe")},
            {QStringLiteral("language"), languageName(language.isEmpty() ? QStringLiteral("en") : language)},
            {QStringLiteral("duration"), round2(audio.seconds)},
            {QStringLiteral("text"), text},
            {QStringLiteral("usage"), usage}};
        if (granularities.isEmpty() || granularities.contains(QStringLiteral("segment"))) {
            out.insert(QStringLiteral("segments"), segmentArray);
        }
        if (granularities.contains(QStringLiteral("word"))) {
            out.insert(QStringLiteral("words"), words);
        }
        return jsonResponse(200, out);
    }
    if (format == QLatin1String("diarized_json")) {
        QJsonArray segmentArray;
        int id = 0;
        for (const Segment& s : segments) {
            segmentArray.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("transcript.text.segment")},
                            {QStringLiteral("id"), QStringLiteral("seg_%1").arg(id)},
                            {QStringLiteral("start"), round2(s.region.start)},
                            {QStringLiteral("end"), round2(s.region.end)},
                            {QStringLiteral("text"), s.text},
                            {QStringLiteral("speaker"), id % 2 == 0 ? QStringLiteral("A") : QStringLiteral("B")}});
            ++id;
        }
        return jsonResponse(200, QJsonObject{{QStringLiteral("task"), QStringLiteral("transcribe")},
                                             {QStringLiteral("duration"), round2(audio.seconds)},
                                             {QStringLiteral("text"), text},
                                             {QStringLiteral("segments"), segmentArray},
                                             {QStringLiteral("usage"), usage}});
    }
    return jsonResponse(200, QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("usage"), usage}});
}

} // namespace clinicdesk::test::fakeopenai
