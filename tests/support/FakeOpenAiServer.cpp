#include "FakeOpenAiServer.h"

#include "audio/OggOpusDecoder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>

namespace clinicdesk::test {

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr double kSpeechRms = 0.01;        // -40 dBFS over a 20 ms frame
constexpr double kMergeGapSeconds = 0.6;   // speech regions closer than this are one region
constexpr double kMinRegionSeconds = 0.06; // shorter bursts are clicks, not speech
constexpr qint64 kMaxImageBytes = 20 * 1000 * 1000;
constexpr qint64 kMaxImagesBytes = 50 * 1000 * 1000;

// ---------------------------------------------------------------------------------------------
// HTTP

struct HttpRequest {
    QByteArray method;
    QString path;
    QString query;
    QHash<QString, QString> headers;
    QByteArray body;
    qint64 contentLength = 0;
};

struct HttpResponse {
    enum class Action { Send, Drop, Hang };
    Action action = Action::Send;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // lower-case names
    int delayMs = 0;
    bool close = false;
};

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QJsonValue null() {
    return QJsonValue(QJsonValue::Null);
}

HttpResponse jsonResponse(int status, const QJsonValue& body) {
    HttpResponse response;
    response.status = status;
    response.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

// The error shape of OPENAI.md: {"error":{"message","type","param","code"}}; a null param or code is JSON null.
HttpResponse apiError(int status, const QString& message, const QString& type = QStringLiteral("invalid_request_error"),
                      const QString& param = {}, const QString& code = {}) {
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), param.isNull() ? null() : QJsonValue(param)},
                            {QStringLiteral("code"), code.isNull() ? null() : QJsonValue(code)}};
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), error}});
}

HttpResponse invalid(const QString& message, const QString& param = {}, const QString& code = {}) {
    return apiError(400, message, QStringLiteral("invalid_request_error"), param, code);
}

QString resetText(qint64 ms) {
    if (ms < 1000) {
        return QStringLiteral("%1ms").arg(ms);
    }
    if (ms < 60'000) {
        return QStringLiteral("%1s").arg(QString::number(double(ms) / 1000.0, 'g', 4));
    }
    return QStringLiteral("%1m%2s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

// ---------------------------------------------------------------------------------------------
// Multipart

struct Part {
    QString name;
    bool hasFilename = false;
    QString filename;
    QString contentType;
    QByteArray data;
};

// Parameters of a header value such as `form-data; name="file"; filename="a.ogg"` (quoted strings unescaped).
QHash<QString, QString> headerParams(const QString& value, QString* first = nullptr) {
    QHash<QString, QString> params;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < value.size() && value[i].isSpace()) {
            ++i;
        }
    };
    qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    if (first) {
        *first = value.left(semicolon < 0 ? value.size() : semicolon).trimmed();
    }
    if (semicolon < 0) {
        return params;
    }
    i = semicolon + 1;
    while (i < value.size()) {
        skipSpace();
        const qsizetype eq = value.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            break;
        }
        const QString key = value.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        skipSpace();
        QString v;
        if (i < value.size() && value[i] == QLatin1Char('"')) {
            ++i;
            while (i < value.size() && value[i] != QLatin1Char('"')) {
                if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
                    ++i;
                }
                v += value[i];
                ++i;
            }
            ++i; // closing quote
            const qsizetype next = value.indexOf(QLatin1Char(';'), i);
            i = next < 0 ? value.size() : next + 1;
        } else {
            const qsizetype next = value.indexOf(QLatin1Char(';'), i);
            v = value.mid(i, (next < 0 ? value.size() : next) - i).trimmed();
            i = next < 0 ? value.size() : next + 1;
        }
        params.insert(key, v);
    }
    return params;
}

std::optional<std::vector<Part>> parseMultipart(const QByteArray& body, const QByteArray& boundary) {
    if (boundary.isEmpty() || boundary.size() > 70) {
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray between = "\r\n" + delimiter;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(between);
    if (pos < 0) {
        return std::nullopt;
    }
    pos += pos == 0 && body.startsWith(delimiter) ? delimiter.size() : between.size();
    std::vector<Part> parts;
    while (true) {
        if (body.mid(pos, 2) == "--") {
            return parts; // the close delimiter; an epilogue is ignored
        }
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) {
            ++pos; // transport padding
        }
        if (body.mid(pos, 2) != "\r\n") {
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0) {
            return std::nullopt;
        }
        Part part;
        bool disposition = false;
        for (const QByteArray& line : body.mid(pos, headersEnd - pos).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.isEmpty()) {
                continue;
            }
            const qsizetype colon = trimmed.indexOf(':');
            if (colon <= 0) {
                return std::nullopt;
            }
            const QString name = QString::fromLatin1(trimmed.left(colon)).trimmed().toLower();
            const QString value = QString::fromUtf8(trimmed.mid(colon + 1)).trimmed();
            if (name == QLatin1String("content-disposition")) {
                QString kind;
                const auto params = headerParams(value, &kind);
                if (kind.compare(QLatin1String("form-data"), Qt::CaseInsensitive) != 0 ||
                    !params.contains(QStringLiteral("name"))) {
                    return std::nullopt;
                }
                disposition = true;
                part.name = params.value(QStringLiteral("name"));
                part.hasFilename = params.contains(QStringLiteral("filename"));
                part.filename = params.value(QStringLiteral("filename"));
            } else if (name == QLatin1String("content-type")) {
                part.contentType = value;
            }
        }
        if (!disposition) {
            return std::nullopt;
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype dataEnd = body.indexOf(between, dataStart);
        if (dataEnd < 0) {
            return std::nullopt;
        }
        part.data = body.mid(dataStart, dataEnd - dataStart);
        parts.push_back(std::move(part));
        pos = dataEnd + between.size();
    }
}

// ---------------------------------------------------------------------------------------------
// Audio

struct DecodedAudio {
    bool decoded = false; // PCM available (Ogg Opus, PCM WAV)
    bool valid = true;
    double seconds = 0;
    std::vector<float> pcm;
    int rate = 0;
};

DecodedAudio decodeWav(const QByteArray& data) {
    DecodedAudio audio;
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE") {
        audio.valid = false;
        return audio;
    }
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    qsizetype pos = 12;
    int format = 0;
    int channels = 0;
    int bits = 0;
    qint64 byteRate = 0;
    while (pos + 8 <= data.size()) {
        const QByteArray id = data.mid(pos, 4);
        const qint64 size = qFromLittleEndian<quint32>(bytes + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt " && size >= 16 && body + 16 <= data.size()) {
            format = qFromLittleEndian<quint16>(bytes + body);
            channels = qFromLittleEndian<quint16>(bytes + body + 2);
            audio.rate = int(qFromLittleEndian<quint32>(bytes + body + 4));
            byteRate = qFromLittleEndian<quint32>(bytes + body + 8);
            bits = qFromLittleEndian<quint16>(bytes + body + 14);
        } else if (id == "data") {
            if (channels <= 0 || audio.rate <= 0 || byteRate <= 0) {
                audio.valid = false;
                return audio;
            }
            const qint64 available = std::min<qint64>(size, data.size() - body);
            audio.seconds = double(available) / double(byteRate);
            const bool pcm16 = format == 1 && bits == 16;
            const bool float32 = format == 3 && bits == 32;
            if (pcm16 || float32) {
                const int frameBytes = channels * bits / 8;
                const qint64 frames = available / frameBytes;
                audio.pcm.resize(size_t(frames));
                for (qint64 f = 0; f < frames; ++f) {
                    float sum = 0;
                    for (int c = 0; c < channels; ++c) {
                        const uchar* sample = bytes + body + f * frameBytes + c * bits / 8;
                        if (pcm16) {
                            sum += float(qFromLittleEndian<qint16>(sample)) / 32768.0f;
                        } else {
                            sum += qFromLittleEndian<float>(sample);
                        }
                    }
                    audio.pcm[size_t(f)] = sum / float(channels);
                }
                audio.decoded = true;
            }
            return audio;
        }
        pos = body + size + (size % 2);
    }
    audio.valid = false;
    return audio;
}

DecodedAudio decodeAudio(const QString& extension, const QByteArray& data) {
    DecodedAudio audio;
    if (extension == QLatin1String("ogg") || extension == QLatin1String("oga")) {
        auto pcm = OggOpusDecoder::decodeAll(data);
        if (!pcm) {
            audio.valid = false;
            return audio;
        }
        audio.pcm = std::move(*pcm);
        audio.rate = OggOpusDecoder::kSampleRate;
        audio.seconds = double(audio.pcm.size()) / audio.rate;
        audio.decoded = true;
        return audio;
    }
    if (extension == QLatin1String("wav")) {
        return decodeWav(data);
    }
    return audio; // other formats are accepted as they are, without a duration
}

struct Region {
    double start = 0;
    double end = 0;
};

// Speech = 20 ms frames whose RMS is above kSpeechRms, merged across gaps shorter than 0.6 s.
std::vector<Region> speechRegions(const std::vector<float>& pcm, int rate) {
    std::vector<Region> runs;
    const size_t frame = size_t(std::max(1, rate / 50));
    bool inSpeech = false;
    double start = 0;
    for (size_t begin = 0; begin < pcm.size(); begin += frame) {
        const size_t end = std::min(begin + frame, pcm.size());
        double sum = 0;
        for (size_t i = begin; i < end; ++i) {
            sum += double(pcm[i]) * pcm[i];
        }
        const bool speech = std::sqrt(sum / double(end - begin)) > kSpeechRms;
        const double t = double(begin) / rate;
        if (speech && !inSpeech) {
            start = t;
        } else if (!speech && inSpeech) {
            runs.push_back({start, t});
        }
        inSpeech = speech;
    }
    if (inSpeech) {
        runs.push_back({start, double(pcm.size()) / rate});
    }
    std::vector<Region> merged;
    for (const Region& run : runs) {
        if (!merged.empty() && run.start - merged.back().end < kMergeGapSeconds) {
            merged.back().end = run.end;
        } else {
            merged.push_back(run);
        }
    }
    std::erase_if(merged, [](const Region& r) { return r.end - r.start < kMinRegionSeconds; });
    return merged;
}

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

// ---------------------------------------------------------------------------------------------
// Strict json_schema rules (written here, independently of the product's own schemas).

struct SchemaCheck {
    QJsonObject root;
    int properties = 0;
    int enumValues = 0;
    QString error;
};

QString contextText(const QStringList& context) {
    QStringList quoted;
    for (const QString& c : context) {
        quoted << QStringLiteral("'%1'").arg(c);
    }
    if (quoted.size() == 1) {
        return QStringLiteral("(%1,)").arg(quoted.front());
    }
    return QStringLiteral("(%1)").arg(quoted.join(QStringLiteral(", ")));
}

bool schemaFail(SchemaCheck& check, const QStringList& context, const QString& what) {
    if (check.error.isEmpty()) {
        check.error = QStringLiteral("In context=%1, %2").arg(contextText(context), what);
    }
    return false;
}

std::optional<QJsonObject> resolveRef(const QJsonObject& root, const QString& ref) {
    if (ref == QLatin1String("#")) {
        return root;
    }
    static const QString prefix = QStringLiteral("#/$defs/");
    if (!ref.startsWith(prefix)) {
        return std::nullopt;
    }
    QString name = ref.mid(prefix.size());
    if (name.contains(QLatin1Char('/'))) {
        return std::nullopt;
    }
    name.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    const QJsonValue def = root.value(QStringLiteral("$defs")).toObject().value(name);
    if (!def.isObject()) {
        return std::nullopt;
    }
    return def.toObject();
}

bool isNonNegativeInteger(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() >= 0 && std::floor(v.toDouble()) == v.toDouble();
}

bool checkSchemaNode(SchemaCheck& check, const QJsonValue& value, const QStringList& context, int depth) {
    static const QSet<QString> allowed{QStringLiteral("type"),        QStringLiteral("properties"),
                                       QStringLiteral("required"),    QStringLiteral("additionalProperties"),
                                       QStringLiteral("items"),       QStringLiteral("enum"),
                                       QStringLiteral("anyOf"),       QStringLiteral("$ref"),
                                       QStringLiteral("$defs"),       QStringLiteral("pattern"),
                                       QStringLiteral("format"),      QStringLiteral("minimum"),
                                       QStringLiteral("maximum"),     QStringLiteral("multipleOf"),
                                       QStringLiteral("minItems"),    QStringLiteral("maxItems"),
                                       QStringLiteral("description"), QStringLiteral("title"),
                                       QStringLiteral("$comment")};
    static const QSet<QString> types{QStringLiteral("string"),  QStringLiteral("number"), QStringLiteral("integer"),
                                     QStringLiteral("boolean"), QStringLiteral("object"), QStringLiteral("array"),
                                     QStringLiteral("null")};
    static const QSet<QString> formats{QStringLiteral("date-time"), QStringLiteral("time"),  QStringLiteral("date"),
                                       QStringLiteral("duration"),  QStringLiteral("email"), QStringLiteral("hostname"),
                                       QStringLiteral("ipv4"),      QStringLiteral("ipv6"),  QStringLiteral("uuid")};
    if (!value.isObject()) {
        return schemaFail(check, context, QStringLiteral("schema must be a JSON object."));
    }
    const QJsonObject node = value.toObject();
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return schemaFail(check, context, QStringLiteral("'%1' is not permitted.").arg(it.key()));
        }
    }
    if (node.contains(QStringLiteral("$defs")) && !context.isEmpty()) {
        return schemaFail(check, context, QStringLiteral("'$defs' is only permitted at the root."));
    }
    if (node.contains(QStringLiteral("$ref"))) {
        const QString ref = node.value(QStringLiteral("$ref")).toString();
        if (!resolveRef(check.root, ref)) {
            return schemaFail(check, context,
                              QStringLiteral("reference '%1' does not resolve to a definition in '$defs'.").arg(ref));
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it.key() != QLatin1String("$ref") && it.key() != QLatin1String("description") &&
                it.key() != QLatin1String("title") && it.key() != QLatin1String("$comment")) {
                return schemaFail(check, context,
                                  QStringLiteral("'%1' is not permitted next to '$ref'.").arg(it.key()));
            }
        }
        return true;
    }
    if (node.contains(QStringLiteral("anyOf"))) {
        const QJsonValue anyOf = node.value(QStringLiteral("anyOf"));
        if (!anyOf.isArray() || anyOf.toArray().isEmpty()) {
            return schemaFail(check, context, QStringLiteral("'anyOf' must be a non-empty array of schemas."));
        }
        const QJsonArray branches = anyOf.toArray();
        for (qsizetype i = 0; i < branches.size(); ++i) {
            if (!checkSchemaNode(check, branches[i], context + QStringList{QStringLiteral("anyOf"), QString::number(i)},
                                 depth)) {
                return false;
            }
        }
    }
    if (node.contains(QStringLiteral("enum"))) {
        const QJsonValue values = node.value(QStringLiteral("enum"));
        if (!values.isArray() || values.toArray().isEmpty()) {
            return schemaFail(check, context, QStringLiteral("'enum' must be a non-empty array."));
        }
        const QJsonArray list = values.toArray();
        check.enumValues += int(list.size());
        if (list.size() > 250) {
            qsizetype chars = 0;
            for (const QJsonValue& v : list) {
                chars += v.toString().size();
            }
            if (chars > 7500) {
                return schemaFail(check, context,
                                  QStringLiteral("an enum of more than 250 strings may hold at most 7500 characters "
                                                 "(%1).")
                                      .arg(chars));
            }
        }
    }
    if (!node.contains(QStringLiteral("type"))) {
        if (node.contains(QStringLiteral("enum")) || node.contains(QStringLiteral("anyOf"))) {
            return true;
        }
        return schemaFail(check, context, QStringLiteral("schema must have a 'type' key."));
    }
    QStringList nodeTypes;
    const QJsonValue type = node.value(QStringLiteral("type"));
    if (type.isString()) {
        nodeTypes << type.toString();
    } else if (type.isArray() && !type.toArray().isEmpty()) {
        for (const QJsonValue& t : type.toArray()) {
            nodeTypes << t.toString();
        }
    }
    if (nodeTypes.isEmpty() || nodeTypes.removeDuplicates() > 0) {
        return schemaFail(check, context, QStringLiteral("'type' must be a type name or an array of distinct ones."));
    }
    for (const QString& t : nodeTypes) {
        if (!types.contains(t)) {
            return schemaFail(check, context, QStringLiteral("type '%1' is not supported.").arg(t));
        }
    }
    if (nodeTypes.contains(QStringLiteral("object"))) {
        const int level = depth + 1;
        if (level > 10) {
            return schemaFail(check, context,
                              QStringLiteral("objects are nested %1 levels deep; at most 10 are allowed.").arg(level));
        }
        const QJsonValue additional = node.value(QStringLiteral("additionalProperties"));
        if (!additional.isBool() || additional.toBool()) {
            return schemaFail(check, context,
                              QStringLiteral("'additionalProperties' is required to be supplied and to be false."));
        }
        const QJsonValue propertiesValue = node.value(QStringLiteral("properties"));
        if (!propertiesValue.isUndefined() && !propertiesValue.isObject()) {
            return schemaFail(check, context, QStringLiteral("'properties' must be an object."));
        }
        const QJsonObject properties = propertiesValue.toObject();
        const QJsonValue requiredValue = node.value(QStringLiteral("required"));
        if (!requiredValue.isArray()) {
            return schemaFail(check, context,
                              QStringLiteral("'required' is required to be supplied and to be an array including "
                                             "every key in properties."));
        }
        QStringList required;
        for (const QJsonValue& r : requiredValue.toArray()) {
            if (!r.isString()) {
                return schemaFail(check, context, QStringLiteral("'required' must list property names."));
            }
            required << r.toString();
        }
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!required.contains(it.key())) {
                return schemaFail(check, context,
                                  QStringLiteral("'required' is required to be supplied and to be an array including "
                                                 "every key in properties. Missing '%1'.")
                                      .arg(it.key()));
            }
        }
        for (const QString& r : required) {
            if (!properties.contains(r)) {
                return schemaFail(check, context, QStringLiteral("Extra required key '%1' supplied.").arg(r));
            }
        }
        check.properties += int(properties.size());
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!checkSchemaNode(check, it.value(), context + QStringList{QStringLiteral("properties"), it.key()},
                                 level)) {
                return false;
            }
        }
    }
    if (nodeTypes.contains(QStringLiteral("array"))) {
        if (!node.value(QStringLiteral("items")).isObject()) {
            return schemaFail(check, context, QStringLiteral("array schema must have an 'items' schema."));
        }
        if (!checkSchemaNode(check, node.value(QStringLiteral("items")), context + QStringList{QStringLiteral("items")},
                             depth)) {
            return false;
        }
        for (const QString& key : {QStringLiteral("minItems"), QStringLiteral("maxItems")}) {
            if (node.contains(key) && !isNonNegativeInteger(node.value(key))) {
                return schemaFail(check, context, QStringLiteral("'%1' must be a non-negative integer.").arg(key));
            }
        }
        if (node.contains(QStringLiteral("minItems")) && node.contains(QStringLiteral("maxItems")) &&
            node.value(QStringLiteral("minItems")).toDouble() > node.value(QStringLiteral("maxItems")).toDouble()) {
            return schemaFail(check, context, QStringLiteral("'minItems' is greater than 'maxItems'."));
        }
    }
    if (node.contains(QStringLiteral("pattern"))) {
        const QJsonValue pattern = node.value(QStringLiteral("pattern"));
        if (!pattern.isString() || !QRegularExpression(pattern.toString()).isValid()) {
            return schemaFail(check, context, QStringLiteral("'pattern' is not a valid regular expression."));
        }
    }
    if (node.contains(QStringLiteral("format")) && !formats.contains(node.value(QStringLiteral("format")).toString())) {
        return schemaFail(
            check, context,
            QStringLiteral("format '%1' is not supported.").arg(node.value(QStringLiteral("format")).toString()));
    }
    for (const QString& key : {QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("multipleOf")}) {
        if (node.contains(key) && !node.value(key).isDouble()) {
            return schemaFail(check, context, QStringLiteral("'%1' must be a number.").arg(key));
        }
    }
    if (node.contains(QStringLiteral("multipleOf")) && node.value(QStringLiteral("multipleOf")).toDouble() <= 0) {
        return schemaFail(check, context, QStringLiteral("'multipleOf' must be greater than 0."));
    }
    if (node.contains(QStringLiteral("minimum")) && node.contains(QStringLiteral("maximum")) &&
        node.value(QStringLiteral("minimum")).toDouble() > node.value(QStringLiteral("maximum")).toDouble()) {
        return schemaFail(check, context, QStringLiteral("'minimum' is greater than 'maximum'."));
    }
    return true;
}

// Empty when `schema` follows every strict-mode rule of OPENAI.md; else what is wrong.
QString strictSchemaError(const QJsonObject& schema) {
    if (schema.contains(QStringLiteral("anyOf"))) {
        return QStringLiteral("schema must be a JSON Schema of 'type: \"object\"', and the root must not use 'anyOf'.");
    }
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type != QJsonValue(QStringLiteral("object"))) {
        const QString got = type.isArray()
                                ? QString::fromUtf8(QJsonDocument(type.toArray()).toJson(QJsonDocument::Compact))
                            : type.isUndefined() ? QStringLiteral("None")
                                                 : type.toVariant().toString();
        return QStringLiteral("schema must be a JSON Schema of 'type: \"object\"', got 'type: \"%1\"'.").arg(got);
    }
    SchemaCheck check;
    check.root = schema;
    if (!checkSchemaNode(check, schema, {}, 0)) {
        return check.error;
    }
    const QJsonValue defs = schema.value(QStringLiteral("$defs"));
    if (!defs.isUndefined()) {
        if (!defs.isObject()) {
            return QStringLiteral("In context=(), '$defs' must be an object.");
        }
        const QJsonObject defsObject = defs.toObject();
        for (auto it = defsObject.begin(); it != defsObject.end(); ++it) {
            if (!checkSchemaNode(check, it.value(), {QStringLiteral("$defs"), it.key()}, 0)) {
                return check.error;
            }
        }
    }
    if (check.properties > 5000) {
        return QStringLiteral("The schema has %1 object properties; at most 5000 are allowed.").arg(check.properties);
    }
    if (check.enumValues > 1000) {
        return QStringLiteral("The schema has %1 enum values; at most 1000 are allowed.").arg(check.enumValues);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Instances of a schema

struct PatternCursor {
    QString pattern;
    qsizetype i = 0;
    [[nodiscard]] bool atEnd() const { return i >= pattern.size(); }
    [[nodiscard]] QChar peek() const { return atEnd() ? QChar() : pattern[i]; }
};

QString generateAlternation(PatternCursor& c);

// Skips what is left of a group's other alternatives, up to (not past) its closing parenthesis.
void skipAlternatives(PatternCursor& c) {
    int depth = 0;
    while (!c.atEnd()) {
        const QChar ch = c.peek();
        if (ch == QLatin1Char('\\')) {
            c.i += 2;
            continue;
        }
        if (ch == QLatin1Char('[')) {
            ++c.i;
            while (!c.atEnd() && c.peek() != QLatin1Char(']')) {
                c.i += c.peek() == QLatin1Char('\\') ? 2 : 1;
            }
            ++c.i;
            continue;
        }
        if (ch == QLatin1Char('(')) {
            ++depth;
        } else if (ch == QLatin1Char(')')) {
            if (depth == 0) {
                return;
            }
            --depth;
        }
        ++c.i;
    }
}

QChar classChar(PatternCursor& c) {
    // At '[': the first member of the class, or something outside a negated one.
    ++c.i;
    const bool negated = c.peek() == QLatin1Char('^');
    if (negated) {
        ++c.i;
    }
    QString members;
    QChar first;
    while (!c.atEnd() && (c.peek() != QLatin1Char(']') || members.isEmpty())) {
        QChar ch = c.peek();
        if (ch == QLatin1Char('\\') && c.i + 1 < c.pattern.size()) {
            ++c.i;
            const QChar e = c.peek();
            ch = e == QLatin1Char('d') ? QLatin1Char('1') : e == QLatin1Char('w') ? QLatin1Char('a') : e;
        }
        ++c.i;
        if (c.peek() == QLatin1Char('-') && c.i + 1 < c.pattern.size() && c.pattern[c.i + 1] != QLatin1Char(']')) {
            const QChar to = c.pattern[c.i + 1];
            c.i += 2;
            for (char16_t u = ch.unicode(); u <= to.unicode() && members.size() < 512; ++u) {
                members += QChar(u);
            }
            if (first.isNull()) {
                first = ch;
            }
        } else {
            members += ch;
            if (first.isNull()) {
                first = ch;
            }
        }
    }
    ++c.i; // ']'
    if (!negated) {
        return first.isNull() ? QLatin1Char('a') : first;
    }
    for (const QChar candidate : QStringLiteral("aA0x_-. ")) {
        if (!members.contains(candidate)) {
            return candidate;
        }
    }
    return QLatin1Char('~');
}

QString generateAtom(PatternCursor& c) {
    const QChar ch = c.peek();
    if (ch == QLatin1Char('(')) {
        ++c.i;
        if (c.peek() == QLatin1Char('?')) {
            ++c.i;
            if (c.peek() == QLatin1Char(':')) {
                ++c.i;
            } else {
                const qsizetype close = c.pattern.indexOf(QLatin1Char('>'), c.i);
                c.i = close < 0 ? c.pattern.size() : close + 1;
            }
        }
        QString inner = generateAlternation(c);
        ++c.i; // ')'
        return inner;
    }
    if (ch == QLatin1Char('[')) {
        return QString(classChar(c));
    }
    ++c.i;
    if (ch == QLatin1Char('\\') && !c.atEnd()) {
        const QChar e = c.peek();
        ++c.i;
        switch (e.unicode()) {
        case 'd':
            return QStringLiteral("1");
        case 'w':
            return QStringLiteral("a");
        case 's':
            return QStringLiteral(" ");
        case 'D':
        case 'S':
            return QStringLiteral("a");
        case 'W':
            return QStringLiteral("-");
        default:
            return QString(e);
        }
    }
    if (ch == QLatin1Char('.')) {
        return QStringLiteral("a");
    }
    return QString(ch);
}

QString generateSequence(PatternCursor& c) {
    QString out;
    while (!c.atEnd() && c.peek() != QLatin1Char('|') && c.peek() != QLatin1Char(')')) {
        if (c.peek() == QLatin1Char('^') || c.peek() == QLatin1Char('$')) {
            ++c.i;
            continue;
        }
        const QString atom = generateAtom(c);
        int count = 1;
        const QChar q = c.peek();
        if (q == QLatin1Char('?') || q == QLatin1Char('*')) {
            count = 0;
            ++c.i;
        } else if (q == QLatin1Char('+')) {
            ++c.i;
        } else if (q == QLatin1Char('{')) {
            const qsizetype close = c.pattern.indexOf(QLatin1Char('}'), c.i);
            if (close > 0) {
                count = c.pattern.mid(c.i + 1, close - c.i - 1).section(QLatin1Char(','), 0, 0).toInt();
                c.i = close + 1;
            }
        }
        if (c.peek() == QLatin1Char('?') || c.peek() == QLatin1Char('+')) {
            ++c.i; // lazy or possessive
        }
        out += atom.repeated(count);
    }
    return out;
}

QString generateAlternation(PatternCursor& c) {
    QString first = generateSequence(c);
    if (c.peek() == QLatin1Char('|')) {
        skipAlternatives(c);
    }
    return first;
}

// A string that matches `pattern` for the simple patterns notes use (FDI teeth "^[1-4][1-8]$", codes, dates).
std::optional<QString> stringForPattern(const QString& pattern) {
    PatternCursor cursor{pattern, 0};
    QString candidate = generateAlternation(cursor);
    if (QRegularExpression(pattern).match(candidate).hasMatch()) {
        return candidate;
    }
    return std::nullopt;
}

QJsonValue numberFor(const QJsonObject& schema, bool integer) {
    const double lo = schema.contains(QStringLiteral("minimum")) ? schema.value(QStringLiteral("minimum")).toDouble()
                                                                 : -std::numeric_limits<double>::infinity();
    const double hi = schema.contains(QStringLiteral("maximum")) ? schema.value(QStringLiteral("maximum")).toDouble()
                                                                 : std::numeric_limits<double>::infinity();
    double v = std::clamp(1.0, lo, hi);
    const double step = schema.value(QStringLiteral("multipleOf")).toDouble(integer ? 1.0 : 0.0);
    if (step > 0) {
        v = std::ceil(v / step) * step;
        if (v > hi) {
            v = std::floor(hi / step) * step;
        }
    } else if (integer) {
        v = std::ceil(v);
    }
    if (integer) {
        return QJsonValue(qint64(v));
    }
    return QJsonValue(v);
}

QJsonValue instanceOf(const QJsonObject& root, const QJsonObject& schema, int depth) {
    if (depth > 40) {
        return null();
    }
    if (schema.contains(QStringLiteral("$ref"))) {
        const auto target = resolveRef(root, schema.value(QStringLiteral("$ref")).toString());
        return target ? instanceOf(root, *target, depth + 1) : null();
    }
    if (schema.contains(QStringLiteral("enum"))) {
        return schema.value(QStringLiteral("enum")).toArray().first();
    }
    if (schema.contains(QStringLiteral("anyOf"))) {
        const QJsonArray branches = schema.value(QStringLiteral("anyOf")).toArray();
        for (const QJsonValue& branch : branches) {
            if (branch.toObject().value(QStringLiteral("type")) != QJsonValue(QStringLiteral("null"))) {
                return instanceOf(root, branch.toObject(), depth + 1);
            }
        }
        return null();
    }
    QStringList types;
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isArray()) {
        for (const QJsonValue& t : type.toArray()) {
            types << t.toString();
        }
    } else {
        types << type.toString();
    }
    QString chosen = QStringLiteral("null");
    for (const QString& t : types) {
        if (t != QLatin1String("null")) {
            chosen = t;
            break;
        }
    }
    if (chosen == QLatin1String("object")) {
        QJsonObject out;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            out.insert(it.key(), instanceOf(root, it.value().toObject(), depth + 1));
        }
        return out;
    }
    if (chosen == QLatin1String("array")) {
        int count = schema.contains(QStringLiteral("minItems")) ? schema.value(QStringLiteral("minItems")).toInt()
                    : depth > 8                                 ? 0
                                                                : 1;
        if (schema.contains(QStringLiteral("maxItems"))) {
            count = std::min(count, schema.value(QStringLiteral("maxItems")).toInt());
        }
        QJsonArray out;
        for (int i = 0; i < count; ++i) {
            out.append(instanceOf(root, schema.value(QStringLiteral("items")).toObject(), depth + 1));
        }
        return out;
    }
    if (chosen == QLatin1String("string")) {
        if (schema.contains(QStringLiteral("pattern"))) {
            if (auto s = stringForPattern(schema.value(QStringLiteral("pattern")).toString())) {
                return *s;
            }
        }
        static const QHash<QString, QString> byFormat{
            {QStringLiteral("date-time"), QStringLiteral("2025-01-15T10:30:00Z")},
            {QStringLiteral("date"), QStringLiteral("2025-01-15")},
            {QStringLiteral("time"), QStringLiteral("10:30:00")},
            {QStringLiteral("duration"), QStringLiteral("P1D")},
            {QStringLiteral("email"), QStringLiteral("someone@example.com")},
            {QStringLiteral("hostname"), QStringLiteral("example.com")},
            {QStringLiteral("ipv4"), QStringLiteral("192.0.2.1")},
            {QStringLiteral("ipv6"), QStringLiteral("2001:db8::1")},
            {QStringLiteral("uuid"), QStringLiteral("123e4567-e89b-12d3-a456-426614174000")}};
        return byFormat.value(schema.value(QStringLiteral("format")).toString(), QStringLiteral("example"));
    }
    if (chosen == QLatin1String("integer") || chosen == QLatin1String("number")) {
        return numberFor(schema, chosen == QLatin1String("integer"));
    }
    if (chosen == QLatin1String("boolean")) {
        return true;
    }
    return null();
}

// ---------------------------------------------------------------------------------------------

QString maskKey(const QString& key) {
    if (key.size() <= 8) {
        return QStringLiteral("****");
    }
    return key.left(3) + QString(key.size() - 7, QLatin1Char('*')) + key.right(4);
}

qint64 tokensForChars(qsizetype chars) {
    return std::max<qint64>(1, (chars + 3) / 4);
}

bool isTranscriptionModel(const QString& model) {
    return model.startsWith(QLatin1String("whisper")) || model.contains(QLatin1String("transcribe"));
}

QString faultName(FakeOpenAiServer::Fault fault) {
    using F = FakeOpenAiServer::Fault;
    switch (fault) {
    case F::RateLimit:
        return QStringLiteral("rate_limit");
    case F::ServiceUnavailable:
        return QStringLiteral("unavailable");
    case F::Unauthorized:
        return QStringLiteral("unauthorized");
    case F::InsufficientQuota:
        return QStringLiteral("insufficient_quota");
    case F::DropConnection:
        return QStringLiteral("drop");
    case F::Slow:
        return QStringLiteral("slow");
    case F::MalformedJson:
        return QStringLiteral("malformed");
    case F::FinishLength:
        return QStringLiteral("length");
    case F::Refusal:
        return QStringLiteral("refusal");
    case F::Hang:
        return QStringLiteral("hang");
    }
    return {};
}

std::optional<FakeOpenAiServer::Fault> faultFromName(const QString& name) {
    using F = FakeOpenAiServer::Fault;
    for (F f : {F::RateLimit, F::ServiceUnavailable, F::Unauthorized, F::InsufficientQuota, F::DropConnection, F::Slow,
                F::MalformedJson, F::FinishLength, F::Refusal, F::Hang}) {
        if (faultName(f) == name) {
            return f;
        }
    }
    return std::nullopt;
}

} // namespace

// =============================================================================================

struct FakeOpenAiServer::Impl {
    enum class Kind { OpenAi, AzureV1, AzureClassic };
    struct Route {
        Kind kind = Kind::OpenAi;
        QString endpoint; // "audio/transcriptions", "chat/completions", "models"
        QString deployment;
    };

    // One client connection; lives in the server thread, owned by the socket's lambdas.
    struct Connection {
        enum class State { Headers, Body, ChunkSize, ChunkData, ChunkTrailer, Draining, Waiting, Dead };
        QTcpSocket* socket = nullptr;
        QByteArray buffer;
        State state = State::Headers;
        HttpRequest request;
        qint64 remaining = 0;
        bool keepAlive = true;
    };

    explicit Impl(Options o)
        : options(std::move(o)) {}

    Options options;

    // Shared with the test thread, under `mutex`.
    mutable QMutex mutex;
    std::map<QString, std::deque<FaultSpec>> faults;
    QString transcriptText;
    QJsonObject chatContent;
    std::vector<ReceivedRequest> received;
    quint64 receivedGeneration = 0; // + 1 whenever `received` is cleared
    bool controlEndpoints = false;
    quint16 port = 0;
    quint64 counter = 0;

    // Server thread only.
    // Where the request being dispatched was recorded: (receivedGeneration, index), for handledMs.
    std::optional<std::pair<quint64, std::size_t>> lastRecorded;
    QThread thread;
    QObject* context = nullptr;
    QTcpServer* server = nullptr;
    QList<QPointer<QTcpSocket>> sockets;

    template <typename F>
    void runInThread(F&& f) {
        if (QThread::currentThread() == &thread) {
            f();
        } else {
            QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
        }
    }

    void start() {
        if (context) {
            return;
        }
        thread.setObjectName(QStringLiteral("FakeOpenAiServer"));
        context = new QObject;
        context->moveToThread(&thread);
        thread.start();
        runInThread([this] {
            server = new QTcpServer(context);
            QObject::connect(server, &QTcpServer::newConnection, server, [this] {
                while (QTcpSocket* socket = server->nextPendingConnection()) {
                    accept(socket);
                }
            });
        });
    }

    void stop() {
        if (!context) {
            return;
        }
        runInThread([this] {
            dropAll();
            delete server; // and its sockets
            server = nullptr;
        });
        thread.quit();
        thread.wait();
        delete context;
        context = nullptr;
    }

    void dropAll() {
        server->close();
        const auto live = sockets;
        sockets.clear();
        for (const QPointer<QTcpSocket>& socket : live) {
            if (socket) {
                socket->abort();
                socket->deleteLater();
            }
        }
    }

    void accept(QTcpSocket* socket) {
        sockets.removeAll(QPointer<QTcpSocket>());
        sockets.append(socket);
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, connection] {
            if (connection->state == Connection::State::Dead) {
                connection->socket->readAll();
                return;
            }
            connection->buffer += connection->socket->readAll();
            process(connection);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [connection] {
            connection->state = Connection::State::Dead;
            connection->socket->deleteLater();
        });
    }

    // --- HTTP framing -----------------------------------------------------------------------

    void closeConnection(const std::shared_ptr<Connection>& c) {
        c->state = Connection::State::Dead;
        c->socket->disconnectFromHost();
    }

    // `closeNow` false: the answer says "connection: close" but the socket stays open (to drain the body).
    void send(const std::shared_ptr<Connection>& c, HttpResponse response, const QString& requestId,
              bool closeNow = true) {
        if (c->state == Connection::State::Dead) {
            return;
        }
        const bool close = response.close || !c->keepAlive;
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        const auto has = [&](const QByteArray& name) {
            return std::any_of(response.headers.begin(), response.headers.end(),
                               [&](const auto& h) { return h.first == name; });
        };
        const std::pair<const char*, const char*> defaults[] = {
            {"x-ratelimit-limit-requests", "500"},      {"x-ratelimit-remaining-requests", "499"},
            {"x-ratelimit-reset-requests", "120ms"},    {"x-ratelimit-limit-tokens", "200000"},
            {"x-ratelimit-remaining-tokens", "199000"}, {"x-ratelimit-reset-tokens", "6m0s"}};
        for (const auto& [name, value] : defaults) {
            if (!has(name)) {
                response.headers.append(std::pair<QByteArray, QByteArray>(name, value));
            }
        }
        response.headers.append(std::pair<QByteArray, QByteArray>("x-request-id", requestId.toLatin1()));
        response.headers.append(std::pair<QByteArray, QByteArray>("openai-version", "2020-10-01"));
        response.headers.append(std::pair<QByteArray, QByteArray>("openai-processing-ms", "12"));
        response.headers.append(std::pair<QByteArray, QByteArray>(
            "date", QLocale::c()
                        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                        .toLatin1()));
        for (const auto& [name, value] : response.headers) {
            out += name + ": " + value + "\r\n";
        }
        out += "content-type: " + response.contentType + "\r\n";
        out += "content-length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += close ? "connection: close\r\n\r\n" : "connection: keep-alive\r\n\r\n";
        out += response.body;
        c->socket->write(out);
        if (close && closeNow) {
            closeConnection(c);
        }
    }

    void process(const std::shared_ptr<Connection>& c) {
        using S = Connection::State;
        while (true) {
            switch (c->state) {
            case S::Dead:
            case S::Waiting:
                return;
            case S::Headers: {
                const qsizetype end = c->buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (c->buffer.size() > kMaxHeaderBytes) {
                        HttpResponse r = apiError(431, QStringLiteral("Request header fields too large"));
                        r.close = true;
                        send(c, r, newRequestId());
                    }
                    return;
                }
                const QByteArray head = c->buffer.left(end);
                c->buffer.remove(0, end + 4);
                if (!startRequest(c, head)) {
                    return;
                }
                break;
            }
            case S::Body: {
                const qint64 n = std::min<qint64>(c->remaining, c->buffer.size());
                if (n == c->buffer.size()) {
                    c->request.body += c->buffer;
                    c->buffer.clear();
                } else {
                    c->request.body += c->buffer.left(n);
                    c->buffer.remove(0, n);
                }
                c->remaining -= n;
                if (c->remaining > 0) {
                    return;
                }
                dispatch(c);
                break;
            }
            case S::ChunkSize: {
                const qsizetype eol = c->buffer.indexOf("\r\n");
                if (eol < 0) {
                    return;
                }
                bool ok = false;
                const qint64 size = c->buffer.left(eol).split(';').front().trimmed().toLongLong(&ok, 16);
                c->buffer.remove(0, eol + 2);
                if (!ok || size < 0) {
                    badRequest(c);
                    return;
                }
                if (size == 0) {
                    c->state = S::ChunkTrailer;
                    break;
                }
                if (c->request.body.size() + size > options.maxRequestBytes) {
                    tooLarge(c, c->request.body.size() + size, 0);
                    return;
                }
                c->remaining = size;
                c->state = S::ChunkData;
                break;
            }
            case S::ChunkData: {
                if (c->buffer.size() < c->remaining + 2) {
                    return;
                }
                c->request.body += c->buffer.left(c->remaining);
                if (c->buffer.mid(c->remaining, 2) != "\r\n") {
                    badRequest(c);
                    return;
                }
                c->buffer.remove(0, c->remaining + 2);
                c->state = S::ChunkSize;
                break;
            }
            case S::ChunkTrailer: {
                const qsizetype eol = c->buffer.indexOf("\r\n");
                if (eol < 0) {
                    return;
                }
                const bool last = eol == 0;
                c->buffer.remove(0, eol + 2);
                if (last) {
                    c->request.contentLength = c->request.body.size();
                    dispatch(c);
                }
                break;
            }
            case S::Draining: {
                const qint64 n = std::min<qint64>(c->remaining, c->buffer.size());
                c->buffer.remove(0, n);
                c->remaining -= n;
                if (c->remaining == 0) {
                    closeConnection(c);
                }
                return;
            }
            }
        }
    }

    void badRequest(const std::shared_ptr<Connection>& c) {
        HttpResponse r = invalid(QStringLiteral("The request could not be parsed as HTTP/1.1."));
        r.close = true;
        send(c, r, newRequestId());
    }

    // Answers 413 from the announced size, then reads and discards what the client still sends
    // (closing with unread data would reset the connection before the client reads the answer).
    void tooLarge(const std::shared_ptr<Connection>& c, qint64 bytes, qint64 stillToCome) {
        ReceivedRequest rec = recordOf(c->request);
        rec.contentLength = bytes;
        rec.status = 413;
        record(std::move(rec));
        HttpResponse r = apiError(413,
                                  QStringLiteral("Maximum content size limit (%1) exceeded (%2 bytes read)")
                                      .arg(options.maxRequestBytes)
                                      .arg(bytes),
                                  QStringLiteral("server_error"));
        r.close = true;
        send(c, r, newRequestId(), stillToCome == 0);
        if (stillToCome > 0 && c->state != Connection::State::Dead) {
            c->remaining = stillToCome;
            c->state = Connection::State::Draining;
        }
    }

    bool startRequest(const std::shared_ptr<Connection>& c, const QByteArray& head) {
        c->request = HttpRequest{};
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.front().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            badRequest(c);
            return false;
        }
        c->request.method = requestLine[0];
        const QString target = QString::fromUtf8(requestLine[1]);
        const qsizetype question = target.indexOf(QLatin1Char('?'));
        c->request.path = question < 0 ? target : target.left(question);
        c->request.query = question < 0 ? QString() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines[i];
            if (line.startsWith(' ') || line.startsWith('\t')) {
                badRequest(c); // obsolete line folding
                return false;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                badRequest(c);
                return false;
            }
            const QString name = QString::fromLatin1(line.left(colon)).toLower();
            const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
            auto& headers = c->request.headers;
            headers.insert(name, headers.contains(name) ? headers.value(name) + QStringLiteral(", ") + value : value);
        }
        const auto& headers = c->request.headers;
        const QString connectionHeader = headers.value(QStringLiteral("connection")).toLower();
        c->keepAlive = requestLine[2] == "HTTP/1.1" ? !connectionHeader.contains(QLatin1String("close"))
                                                    : connectionHeader.contains(QLatin1String("keep-alive"));
        const bool expectContinue =
            headers.value(QStringLiteral("expect")).compare(QLatin1String("100-continue"), Qt::CaseInsensitive) == 0;
        if (headers.value(QStringLiteral("transfer-encoding")).toLower().contains(QLatin1String("chunked"))) {
            if (expectContinue) {
                c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            c->state = Connection::State::ChunkSize;
            return true;
        }
        qint64 length = 0;
        if (headers.contains(QStringLiteral("content-length"))) {
            bool ok = false;
            length = headers.value(QStringLiteral("content-length")).toLongLong(&ok);
            if (!ok || length < 0) {
                badRequest(c);
                return false;
            }
        }
        c->request.contentLength = length;
        if (length > options.maxRequestBytes) {
            // Decided from Content-Length, before the body is read.
            tooLarge(c, length, expectContinue ? 0 : length);
            return c->state != Connection::State::Dead;
        }
        if (expectContinue && length > 0) {
            c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        c->remaining = length;
        c->state = Connection::State::Body;
        return true;
    }

    void dispatch(const std::shared_ptr<Connection>& c) {
        QElapsedTimer handling;
        handling.start();
        lastRecorded.reset();
        const QString requestId = newRequestId();
        HttpResponse response = handle(c->request);
        const auto recorded = lastRecorded;
        c->request.body.clear();
        switch (response.action) {
        case HttpResponse::Action::Drop:
            c->state = Connection::State::Dead;
            c->socket->abort();
            setHandledMs(recorded, handling);
            return;
        case HttpResponse::Action::Hang:
            c->state = Connection::State::Waiting;
            setHandledMs(recorded, handling);
            return;
        case HttpResponse::Action::Send:
            break;
        }
        if (response.delayMs > 0) {
            c->state = Connection::State::Waiting;
            QTimer::singleShot(response.delayMs, c->socket, [this, c, response, requestId, recorded, handling] {
                if (c->state != Connection::State::Waiting) {
                    return;
                }
                c->state = Connection::State::Headers;
                send(c, response, requestId);
                setHandledMs(recorded, handling);
                process(c);
            });
            return;
        }
        c->state = Connection::State::Headers;
        send(c, response, requestId);
        setHandledMs(recorded, handling);
    }

    void setHandledMs(const std::optional<std::pair<quint64, std::size_t>>& where, const QElapsedTimer& since) {
        if (!where) {
            return; // a control request: not recorded
        }
        const double ms = double(since.nsecsElapsed()) / 1e6;
        QMutexLocker lock(&mutex);
        if (where->first == receivedGeneration && where->second < received.size()) {
            received[where->second].handledMs = ms;
        }
    }

    QString newRequestId() { return QStringLiteral("req_") + QUuid::createUuid().toString(QUuid::Id128); }

    // --- Recording ----------------------------------------------------------------------------

    static ReceivedRequest recordOf(const HttpRequest& request) {
        ReceivedRequest rec;
        rec.method = QString::fromLatin1(request.method);
        rec.path = request.path;
        rec.query = request.query;
        rec.headers = request.headers;
        rec.contentLength = request.contentLength;
        return rec;
    }

    void record(ReceivedRequest rec) {
        QMutexLocker lock(&mutex);
        received.push_back(std::move(rec));
        lastRecorded = std::pair(receivedGeneration, received.size() - 1);
    }

    std::optional<FaultSpec> popFault(const QString& endpoint) {
        QMutexLocker lock(&mutex);
        for (const QString& key : {endpoint, QStringLiteral("*")}) {
            auto it = faults.find(key);
            if (it != faults.end() && !it->second.empty()) {
                FaultSpec spec = it->second.front();
                it->second.pop_front();
                return spec;
            }
        }
        return std::nullopt;
    }

    // --- Routing ------------------------------------------------------------------------------

    HttpResponse handle(const HttpRequest& request) {
        if (request.path.startsWith(QLatin1String("/_fake/"))) {
            bool enabled = false;
            {
                QMutexLocker lock(&mutex);
                enabled = controlEndpoints;
            }
            if (enabled) {
                return handleControl(request);
            }
        }
        ReceivedRequest rec = recordOf(request);
        HttpResponse response = route(request, rec);
        rec.status = response.action == HttpResponse::Action::Send ? response.status : 0;
        record(std::move(rec));
        return response;
    }

    HttpResponse route(const HttpRequest& request, ReceivedRequest& rec) {
        const QString invalidUrl =
            QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), request.path);
        static const QRegularExpression classic(
            QStringLiteral("^/openai/deployments/([^/]+)/(audio/transcriptions|chat/completions)$"));
        Route r;
        if (request.path.startsWith(QLatin1String("/v1/"))) {
            r.endpoint = request.path.mid(4);
        } else if (request.path.startsWith(QLatin1String("/openai/v1/"))) {
            r.kind = Kind::AzureV1;
            r.endpoint = request.path.mid(11);
        } else if (const auto m = classic.match(request.path); m.hasMatch()) {
            r.kind = Kind::AzureClassic;
            r.deployment = m.captured(1);
            r.endpoint = m.captured(2);
        } else {
            return apiError(404, invalidUrl);
        }
        const bool post = request.method == "POST";
        const bool known = (post && (r.endpoint == QLatin1String("audio/transcriptions") ||
                                     r.endpoint == QLatin1String("chat/completions"))) ||
                           (request.method == "GET" && r.endpoint == QLatin1String("models"));
        if (!known) {
            return apiError(404, invalidUrl);
        }
        const QUrlQuery query(request.query);
        if (r.kind == Kind::AzureClassic) {
            if (!query.hasQueryItem(QStringLiteral("api-version"))) {
                return apiError(404, QStringLiteral("Resource not found"), QStringLiteral("invalid_request_error"), {},
                                QStringLiteral("404"));
            }
            static const QRegularExpression version(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-preview)?$"));
            if (!version.match(query.queryItemValue(QStringLiteral("api-version"))).hasMatch()) {
                return invalid(QStringLiteral("API version not supported"), {}, QStringLiteral("BadRequest"));
            }
        }
        if (auto denied = checkAuth(request, r)) {
            return *denied;
        }
        if (r.kind == Kind::AzureClassic && r.deployment != options.azureDeployment) {
            return apiError(404,
                            QStringLiteral("The API deployment for this resource does not exist. If you created the "
                                           "deployment within the last 5 minutes, please wait a moment and try "
                                           "again."),
                            QStringLiteral("invalid_request_error"), {}, QStringLiteral("DeploymentNotFound"));
        }

        const std::optional<FaultSpec> fault = popFault(r.endpoint);
        if (fault) {
            switch (fault->fault) {
            case Fault::RateLimit: {
                const int ms = std::max(0, fault->retryAfterMs);
                HttpResponse limited = apiError(
                    429,
                    QStringLiteral("Rate limit reached for requests per min (RPM): Limit 500, Used 500, Requested 1. "
                                   "Please try again in %1. Visit https://platform.openai.com/account/rate-limits to "
                                   "learn more.")
                        .arg(resetText(ms)),
                    QStringLiteral("requests"), {}, QStringLiteral("rate_limit_exceeded"));
                limited.headers = {{"retry-after-ms", QByteArray::number(ms)},
                                   {"retry-after", QByteArray::number((ms + 999) / 1000)},
                                   {"x-ratelimit-remaining-requests", "0"},
                                   {"x-ratelimit-reset-requests", resetText(ms).toLatin1()}};
                return limited;
            }
            case Fault::ServiceUnavailable:
                return apiError(503, QStringLiteral("The server is overloaded or not ready yet."),
                                QStringLiteral("server_error"));
            case Fault::Unauthorized:
                return apiError(401,
                                QStringLiteral("Incorrect API key provided: %1. You can find your API key at "
                                               "https://platform.openai.com/account/api-keys.")
                                    .arg(maskKey(options.apiKey)),
                                QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
            case Fault::InsufficientQuota:
                return apiError(429,
                                QStringLiteral("You exceeded your current quota, please check your plan and billing "
                                               "details. For more information on this error, read the docs: "
                                               "https://platform.openai.com/docs/guides/error-codes/api-errors."),
                                QStringLiteral("insufficient_quota"), {}, QStringLiteral("insufficient_quota"));
            case Fault::DropConnection: {
                HttpResponse drop;
                drop.action = HttpResponse::Action::Drop;
                return drop;
            }
            case Fault::Hang: {
                HttpResponse hang;
                hang.action = HttpResponse::Action::Hang;
                return hang;
            }
            case Fault::Slow:
            case Fault::MalformedJson:
            case Fault::FinishLength:
            case Fault::Refusal:
                break;
            }
        }
        HttpResponse response;
        if (r.endpoint == QLatin1String("models")) {
            response = models();
        } else if (r.endpoint == QLatin1String("audio/transcriptions")) {
            response = transcription(request, r, rec);
        } else {
            response = chat(request, r, rec, fault ? std::optional<Fault>(fault->fault) : std::nullopt);
        }
        if (fault && fault->fault == Fault::Slow) {
            response.delayMs = std::max(1, fault->delayMs);
        }
        if (fault && fault->fault == Fault::MalformedJson && response.status == 200) {
            response.contentType = "application/json";
            response.body = "{not json";
        }
        return response;
    }

    std::optional<HttpResponse> checkAuth(const HttpRequest& request, const Route& r) const {
        QString key;
        const QString authorization = request.headers.value(QStringLiteral("authorization"));
        if (authorization.startsWith(QLatin1String("Bearer "))) {
            key = authorization.mid(7).trimmed();
        }
        if (r.kind != Kind::OpenAi && key.isEmpty()) {
            key = request.headers.value(QStringLiteral("api-key")).trimmed();
        }
        if (key.isEmpty()) {
            return apiError(401,
                            QStringLiteral("You didn't provide an API key. You need to provide your API key in an "
                                           "Authorization header using Bearer auth (i.e. Authorization: Bearer "
                                           "YOUR_KEY)."),
                            QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
        }
        if (key != options.apiKey) {
            return apiError(401,
                            QStringLiteral("Incorrect API key provided: %1. You can find your API key at "
                                           "https://platform.openai.com/account/api-keys.")
                                .arg(maskKey(key)),
                            QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
        }
        return std::nullopt;
    }

    HttpResponse models() const {
        QJsonArray data;
        for (const QString& model : options.models) {
            data.append(QJsonObject{{QStringLiteral("id"), model},
                                    {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("created"), 1'700'000'000},
                                    {QStringLiteral("owned_by"), QStringLiteral("openai")}});
        }
        return jsonResponse(
            200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
    }

    HttpResponse unknownModel(const QString& model) const {
        return apiError(404,
                        QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                        QStringLiteral("invalid_request_error"), {}, QStringLiteral("model_not_found"));
    }

    // --- /audio/transcriptions ------------------------------------------------------------------

    HttpResponse transcription(const HttpRequest& request, const Route& r, ReceivedRequest& rec) {
        const QString contentType = request.headers.value(QStringLiteral("content-type"));
        QString mime;
        const auto params = headerParams(contentType, &mime);
        if (mime.compare(QLatin1String("multipart/form-data"), Qt::CaseInsensitive) != 0) {
            return invalid(QStringLiteral("Invalid Content-Type header (%1), expected multipart/form-data. (HINT: If "
                                          "you're using curl, you can pass -H 'Content-Type: multipart/form-data')")
                               .arg(contentType.isEmpty() ? QStringLiteral("None") : contentType));
        }
        const auto parts = parseMultipart(request.body, params.value(QStringLiteral("boundary")).toUtf8());
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
        const Part* file = nullptr;
        QString unknownField;
        for (const Part& part : *parts) {
            if (part.name == QLatin1String("file")) {
                file = &part;
                rec.fileField = part.name;
                rec.fileName = part.filename;
                rec.fileContentType = part.contentType;
                rec.fileBytes = part.data.size();
                rec.fileSha256 = QCryptographicHash::hash(part.data, QCryptographicHash::Sha256).toHex();
                continue;
            }
            if (part.hasFilename && unknownField.isEmpty()) {
                unknownField = part.name; // only `file` carries a file
            }
            const QString value = QString::fromUtf8(part.data);
            rec.fields.insert(part.name, rec.fields.contains(part.name)
                                             ? rec.fields.value(part.name) + QLatin1Char('\n') + value
                                             : value);
            if (!knownFields.contains(part.name) && unknownField.isEmpty()) {
                unknownField = part.name;
            }
        }
        if (!unknownField.isEmpty()) {
            return invalid(QStringLiteral("Unrecognized request argument supplied: %1").arg(unknownField));
        }
        const auto& fields = rec.fields;

        // The model (on a classic Azure deployment the deployment picks it; a model field only refines the rules).
        QString model = fields.value(QStringLiteral("model"));
        if (r.kind == Kind::AzureClassic) {
            if (!options.models.contains(model)) {
                model = QStringLiteral("whisper-1");
            }
        } else if (model.isEmpty()) {
            return invalid(QStringLiteral("you must provide a model parameter"));
        } else if (!options.models.contains(model)) {
            return unknownModel(model);
        } else if (!isTranscriptionModel(model)) {
            return invalid(QStringLiteral("The model `%1` is not supported for audio transcription.").arg(model),
                           QStringLiteral("model"), QStringLiteral("unsupported_value"));
        }
        const bool diarize = model.contains(QLatin1String("diarize"));
        const bool whisper = model.startsWith(QLatin1String("whisper"));

        static const QStringList audioFormats{QStringLiteral("flac"), QStringLiteral("m4a"),  QStringLiteral("mp3"),
                                              QStringLiteral("mp4"),  QStringLiteral("mpeg"), QStringLiteral("mpga"),
                                              QStringLiteral("oga"),  QStringLiteral("ogg"),  QStringLiteral("wav"),
                                              QStringLiteral("webm")};
        if (!file) {
            return invalid(QStringLiteral("Missing required parameter: 'file'."), QStringLiteral("file"),
                           QStringLiteral("missing_required_parameter"));
        }
        const qsizetype dot = file->filename.lastIndexOf(QLatin1Char('.'));
        const QString extension = dot < 0 ? QString() : file->filename.mid(dot + 1).toLower();
        if (!file->hasFilename || !audioFormats.contains(extension) || file->contentType.isEmpty()) {
            QStringList quoted;
            for (const QString& f : audioFormats) {
                quoted << QStringLiteral("'%1'").arg(f);
            }
            return invalid(
                QStringLiteral("Invalid file format. Supported formats: [%1]").arg(quoted.join(QStringLiteral(", "))));
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
                    return invalid(QStringLiteral("Invalid value for 'include[]': '%1'.").arg(v),
                                   QStringLiteral("include"), QStringLiteral("invalid_value"));
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
        DecodedAudio audio = decodeAudio(extension, file->data);
        if (!audio.valid || (file->data.isEmpty())) {
            return invalid(QStringLiteral("Audio file might be corrupted or unsupported"), QStringLiteral("file"),
                           QStringLiteral("invalid_value"));
        }
        rec.fileDurationSeconds = audio.seconds;
        if (audio.decoded && audio.seconds < 0.1) {
            return invalid(QStringLiteral("Audio file is too short. Minimum audio length is 0.1 seconds."),
                           QStringLiteral("file"), QStringLiteral("audio_too_short"));
        }
        if (audio.seconds > options.maxAudioSeconds) {
            return invalid(QStringLiteral("audio duration %1 seconds is longer than %2 seconds which is the maximum "
                                          "for this model")
                               .arg(QString::number(audio.seconds), QString::number(options.maxAudioSeconds)),
                           {}, QStringLiteral("invalid_value"));
        }
        if (diarize && audio.seconds > 30 && !chunking) {
            return invalid(QStringLiteral("chunking_strategy is required for diarization models when the input is "
                                          "longer than 30 seconds."),
                           QStringLiteral("chunking_strategy"), QStringLiteral("invalid_value"));
        }
        return transcript(audio, model, format, language, granularities, fields.value(QStringLiteral("prompt")));
    }

    HttpResponse transcript(const DecodedAudio& audio, const QString& model, const QString& format,
                            const QString& language, const QStringList& granularities, const QString& prompt) {
        QString configured;
        {
            QMutexLocker lock(&mutex);
            configured = transcriptText;
        }
        struct Segment {
            Region region;
            QString text;
        };
        std::vector<Segment> segments;
        if (audio.decoded) {
            const auto regions = speechRegions(audio.pcm, audio.rate);
            if (configured.isEmpty()) {
                for (const Region& region : regions) {
                    segments.push_back(
                        {region, QStringLiteral("Speech from %1 to %2 seconds.")
                                     .arg(QString::number(region.start, 'f', 2), QString::number(region.end, 'f', 2))});
                }
            } else if (!regions.empty()) {
                // The words shared out over the regions in proportion to their length.
                const QStringList words = configured.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                double total = 0;
                for (const Region& region : regions) {
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
            segments.push_back(
                {Region{0, audio.seconds}, configured.isEmpty() ? QStringLiteral("Transcribed audio.") : configured});
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
            usage = {
                {QStringLiteral("type"), QStringLiteral("tokens")},
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
                const double step =
                    (s.region.end - s.region.start) / double(std::max<qsizetype>(1, segmentWords.size()));
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

    // --- /chat/completions ----------------------------------------------------------------------

    HttpResponse chat(const HttpRequest& request, const Route& r, ReceivedRequest& rec, std::optional<Fault> fault) {
        const HttpResponse notJson = invalid(QStringLiteral(
            "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP "
            "library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you "
            "have trouble figuring out how to fix this, please contact us through our help center at "
            "help.openai.com.)"));
        if (!request.headers.value(QStringLiteral("content-type"))
                 .contains(QLatin1String("application/json"), Qt::CaseInsensitive)) {
            return notJson;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return notJson;
        }
        const QJsonObject body = document.object();
        rec.json = body;

        static const QSet<QString> knownKeys{QStringLiteral("model"),
                                             QStringLiteral("messages"),
                                             QStringLiteral("response_format"),
                                             QStringLiteral("temperature"),
                                             QStringLiteral("top_p"),
                                             QStringLiteral("max_tokens"),
                                             QStringLiteral("max_completion_tokens"),
                                             QStringLiteral("n"),
                                             QStringLiteral("seed"),
                                             QStringLiteral("user"),
                                             QStringLiteral("store"),
                                             QStringLiteral("metadata"),
                                             QStringLiteral("stream"),
                                             QStringLiteral("stream_options"),
                                             QStringLiteral("stop"),
                                             QStringLiteral("presence_penalty"),
                                             QStringLiteral("frequency_penalty"),
                                             QStringLiteral("logit_bias"),
                                             QStringLiteral("logprobs"),
                                             QStringLiteral("top_logprobs"),
                                             QStringLiteral("tools"),
                                             QStringLiteral("tool_choice"),
                                             QStringLiteral("parallel_tool_calls"),
                                             QStringLiteral("reasoning_effort"),
                                             QStringLiteral("service_tier"),
                                             QStringLiteral("modalities"),
                                             QStringLiteral("prediction"),
                                             QStringLiteral("audio"),
                                             QStringLiteral("verbosity"),
                                             QStringLiteral("prompt_cache_key"),
                                             QStringLiteral("safety_identifier")};
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!knownKeys.contains(it.key())) {
                return invalid(QStringLiteral("Unrecognized request argument supplied: %1").arg(it.key()));
            }
        }

        QString model = body.value(QStringLiteral("model")).toString();
        if (r.kind == Kind::AzureClassic) {
            if (!options.models.contains(model)) {
                model = QStringLiteral("gpt-4o-mini");
            }
        } else if (model.isEmpty()) {
            return invalid(QStringLiteral("you must provide a model parameter"));
        } else if (!options.models.contains(model)) {
            return unknownModel(model);
        } else if (isTranscriptionModel(model)) {
            return apiError(404,
                            QStringLiteral("This is not a chat model and thus not supported in the "
                                           "v1/chat/completions endpoint. Did you mean to use v1/completions?"),
                            QStringLiteral("invalid_request_error"), QStringLiteral("model"),
                            QStringLiteral("model_not_found"));
        }

        // Messages.
        if (!body.contains(QStringLiteral("messages"))) {
            return invalid(QStringLiteral("Missing required parameter: 'messages'."), QStringLiteral("messages"),
                           QStringLiteral("missing_required_parameter"));
        }
        if (!body.value(QStringLiteral("messages")).isArray()) {
            return invalid(QStringLiteral("Invalid type for 'messages': expected an array of objects."),
                           QStringLiteral("messages"), QStringLiteral("invalid_type"));
        }
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        if (messages.isEmpty()) {
            return invalid(QStringLiteral("Invalid 'messages': empty array. Expected an array with minimum length 1, "
                                          "but got an empty array instead."),
                           QStringLiteral("messages"), QStringLiteral("empty_array"));
        }
        static const QStringList roles{QStringLiteral("system"), QStringLiteral("assistant"),
                                       QStringLiteral("user"),   QStringLiteral("function"),
                                       QStringLiteral("tool"),   QStringLiteral("developer")};
        qsizetype chars = 0;
        int images = 0;
        qint64 imageBytes = 0;
        QString allText;
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QString at = QStringLiteral("messages[%1]").arg(i);
            const QJsonObject message = messages[i].toObject();
            const QString role = message.value(QStringLiteral("role")).toString();
            if (!roles.contains(role)) {
                return invalid(QStringLiteral("Invalid value: '%1'. Supported values are: 'system', 'assistant', "
                                              "'user', 'function', 'tool', and 'developer'.")
                                   .arg(role),
                               at + QStringLiteral(".role"), QStringLiteral("invalid_value"));
            }
            const QJsonValue content = message.value(QStringLiteral("content"));
            if (content.isString()) {
                chars += content.toString().size();
                allText += content.toString();
                continue;
            }
            if (content.isUndefined() || content.isNull()) {
                if (role == QLatin1String("assistant")) {
                    continue;
                }
                return invalid(QStringLiteral("Missing required parameter: '%1.content'.").arg(at),
                               at + QStringLiteral(".content"), QStringLiteral("missing_required_parameter"));
            }
            if (!content.isArray()) {
                return invalid(QStringLiteral("Invalid type for '%1.content': expected one of a string or array of "
                                              "objects.")
                                   .arg(at),
                               at + QStringLiteral(".content"), QStringLiteral("invalid_type"));
            }
            const QJsonArray contentParts = content.toArray();
            for (qsizetype p = 0; p < contentParts.size(); ++p) {
                const QString partAt = QStringLiteral("%1.content[%2]").arg(at).arg(p);
                const QJsonObject part = contentParts[p].toObject();
                const QString type = part.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("text")) {
                    if (!part.value(QStringLiteral("text")).isString()) {
                        return invalid(QStringLiteral("Missing required parameter: '%1.text'.").arg(partAt),
                                       partAt + QStringLiteral(".text"), QStringLiteral("missing_required_parameter"));
                    }
                    chars += part.value(QStringLiteral("text")).toString().size();
                    allText += part.value(QStringLiteral("text")).toString();
                } else if (type == QLatin1String("image_url") && role == QLatin1String("user")) {
                    qint64 bytes = 0;
                    if (auto bad = checkImage(part.value(QStringLiteral("image_url")).toObject(), partAt, &bytes)) {
                        return *bad;
                    }
                    ++images;
                    imageBytes += bytes;
                } else {
                    return invalid(QStringLiteral("Invalid value: '%1'. Supported values are: 'text' and "
                                                  "'image_url'.")
                                       .arg(type),
                                   partAt + QStringLiteral(".type"), QStringLiteral("invalid_value"));
                }
            }
        }
        if (imageBytes > kMaxImagesBytes) {
            return invalid(QStringLiteral("The images in this request total %1 bytes; at most %2 are allowed.")
                               .arg(imageBytes)
                               .arg(kMaxImagesBytes),
                           QStringLiteral("messages"), QStringLiteral("image_too_large"));
        }

        // Sampling parameters.
        if (body.contains(QStringLiteral("temperature"))) {
            const QJsonValue t = body.value(QStringLiteral("temperature"));
            if (!t.isDouble() || t.toDouble() < 0 || t.toDouble() > 2) {
                return invalid(QStringLiteral("Invalid 'temperature': expected a decimal between 0 and 2."),
                               QStringLiteral("temperature"), QStringLiteral("invalid_value"));
            }
        }
        for (const QString& key : {QStringLiteral("max_tokens"), QStringLiteral("max_completion_tokens")}) {
            if (body.contains(key) && (!isNonNegativeInteger(body.value(key)) || body.value(key).toInt() < 1)) {
                return invalid(QStringLiteral("Invalid '%1': expected an integer of at least 1.").arg(key), key,
                               QStringLiteral("invalid_value"));
            }
        }
        if (body.value(QStringLiteral("stream")).toBool()) {
            return invalid(QStringLiteral("Streaming is not supported by this fake server."), QStringLiteral("stream"),
                           QStringLiteral("unsupported_value"));
        }

        // response_format.
        QJsonObject schema;
        bool hasSchema = false;
        QString formatType = QStringLiteral("text");
        if (body.contains(QStringLiteral("response_format"))) {
            const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
            formatType = format.value(QStringLiteral("type")).toString();
            if (formatType == QLatin1String("json_schema")) {
                if (auto bad = checkJsonSchemaFormat(format, &schema)) {
                    return *bad;
                }
                hasSchema = true;
            } else if (formatType == QLatin1String("json_object")) {
                if (!allText.contains(QLatin1String("json"), Qt::CaseInsensitive)) {
                    return invalid(QStringLiteral("'messages' must contain the word 'json' in some form, to use "
                                                  "'response_format' of type 'json_object'."),
                                   QStringLiteral("messages"), QStringLiteral("invalid_value"));
                }
            } else if (formatType != QLatin1String("text")) {
                return invalid(QStringLiteral("Invalid value: '%1'. Supported values are: 'json_object', "
                                              "'json_schema', and 'text'.")
                                   .arg(formatType),
                               QStringLiteral("response_format.type"), QStringLiteral("invalid_value"));
            }
        }

        // The answer.
        QJsonObject configured;
        quint64 serial = 0;
        {
            QMutexLocker lock(&mutex);
            configured = chatContent;
            serial = ++counter;
        }
        QString content;
        if (!configured.isEmpty()) {
            content = QString::fromUtf8(QJsonDocument(configured).toJson(QJsonDocument::Compact));
        } else if (hasSchema) {
            content = QString::fromUtf8(
                QJsonDocument(instanceOf(schema, schema, 0).toObject()).toJson(QJsonDocument::Compact));
        } else if (formatType == QLatin1String("json_object")) {
            content = QStringLiteral("{}");
        } else {
            content = QStringLiteral("This is an answer from the fake server.");
        }
        const qint64 promptTokens = tokensForChars(chars) + 765 * images;
        qint64 completionTokens = tokensForChars(content.size());
        QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), content},
                            {QStringLiteral("refusal"), null()}};
        QString finish = QStringLiteral("stop");
        if (fault == Fault::FinishLength) {
            message.insert(QStringLiteral("content"), content.left(std::max<qsizetype>(1, content.size() / 2)));
            finish = QStringLiteral("length");
            const QJsonValue cap = body.contains(QStringLiteral("max_completion_tokens"))
                                       ? body.value(QStringLiteral("max_completion_tokens"))
                                       : body.value(QStringLiteral("max_tokens"));
            completionTokens = cap.isDouble() ? qint64(cap.toDouble()) : completionTokens / 2 + 1;
        } else if (fault == Fault::Refusal) {
            message.insert(QStringLiteral("content"), null());
            message.insert(QStringLiteral("refusal"), QStringLiteral("I can't help with that."));
            completionTokens = 7;
        }
        const QJsonObject answer{
            {QStringLiteral("id"), QStringLiteral("chatcmpl-fake%1").arg(serial)},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
            {QStringLiteral("model"), model},
            {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
            {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                               {QStringLiteral("message"), message},
                                                               {QStringLiteral("logprobs"), null()},
                                                               {QStringLiteral("finish_reason"), finish}}}},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                                                  {QStringLiteral("completion_tokens"), completionTokens},
                                                  {QStringLiteral("total_tokens"), promptTokens + completionTokens}}}};
        return jsonResponse(200, answer);
    }

    static std::optional<HttpResponse> checkImage(const QJsonObject& imageUrl, const QString& at, qint64* bytes) {
        const QString url = imageUrl.value(QStringLiteral("url")).toString();
        const QString detail = imageUrl.value(QStringLiteral("detail")).toString(QStringLiteral("auto"));
        if (detail != QLatin1String("auto") && detail != QLatin1String("low") && detail != QLatin1String("high")) {
            return invalid(
                QStringLiteral("Invalid value: '%1'. Supported values are: 'auto', 'low', and 'high'.").arg(detail),
                at + QStringLiteral(".image_url.detail"), QStringLiteral("invalid_value"));
        }
        const HttpResponse unsupported =
            invalid(QStringLiteral("You uploaded an unsupported image. Please make sure your image has of one the "
                                   "following formats: ['png', 'jpeg', 'gif', 'webp']."),
                    at + QStringLiteral(".image_url"), QStringLiteral("invalid_image_format"));
        if (url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"))) {
            return std::nullopt; // not fetched
        }
        static const QRegularExpression dataUrl(QStringLiteral("^data:image/[a-z+.-]+;base64,(.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const auto m = dataUrl.match(url);
        if (!m.hasMatch()) {
            return invalid(QStringLiteral("Invalid 'image_url.url': expected a data URL or an https URL."),
                           at + QStringLiteral(".image_url.url"), QStringLiteral("invalid_value"));
        }
        const auto decoded =
            QByteArray::fromBase64Encoding(m.captured(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return invalid(QStringLiteral("Invalid base64 image_url."), at + QStringLiteral(".image_url.url"),
                           QStringLiteral("invalid_value"));
        }
        const QByteArray& data = *decoded;
        *bytes = data.size();
        if (data.size() > kMaxImageBytes) {
            return invalid(
                QStringLiteral("The image is %1 bytes; at most 20 MB are allowed per image.").arg(data.size()),
                at + QStringLiteral(".image_url"), QStringLiteral("image_too_large"));
        }
        const bool png = data.startsWith("\x89PNG\r\n\x1a\n");
        const bool jpeg = data.startsWith("\xFF\xD8\xFF");
        const bool gif = data.startsWith("GIF87a") || data.startsWith("GIF89a");
        const bool webp = data.startsWith("RIFF") && data.mid(8, 4) == "WEBP";
        if (!(png || jpeg || gif || webp) || (gif && data.contains("NETSCAPE2.0"))) {
            return unsupported; // includes animated GIFs
        }
        return std::nullopt;
    }

    static std::optional<HttpResponse> checkJsonSchemaFormat(const QJsonObject& format, QJsonObject* schema) {
        for (auto it = format.begin(); it != format.end(); ++it) {
            if (it.key() != QLatin1String("type") && it.key() != QLatin1String("json_schema")) {
                return invalid(
                    QStringLiteral("Unrecognized request argument supplied: response_format.%1").arg(it.key()));
            }
        }
        if (!format.value(QStringLiteral("json_schema")).isObject()) {
            return invalid(QStringLiteral("Missing required parameter: 'response_format.json_schema'."),
                           QStringLiteral("response_format.json_schema"), QStringLiteral("missing_required_parameter"));
        }
        const QJsonObject jsonSchema = format.value(QStringLiteral("json_schema")).toObject();
        for (auto it = jsonSchema.begin(); it != jsonSchema.end(); ++it) {
            static const QSet<QString> keys{QStringLiteral("name"), QStringLiteral("description"),
                                            QStringLiteral("schema"), QStringLiteral("strict")};
            if (!keys.contains(it.key())) {
                return invalid(QStringLiteral("Unrecognized request argument supplied: response_format.json_schema.%1")
                                   .arg(it.key()));
            }
        }
        if (!jsonSchema.value(QStringLiteral("name")).isString()) {
            return invalid(QStringLiteral("Missing required parameter: 'response_format.json_schema.name'."),
                           QStringLiteral("response_format.json_schema.name"),
                           QStringLiteral("missing_required_parameter"));
        }
        const QString name = jsonSchema.value(QStringLiteral("name")).toString();
        static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
        if (!namePattern.match(name).hasMatch()) {
            return invalid(QStringLiteral("Invalid 'response_format.json_schema.name': string does not match pattern. "
                                          "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$' of at most "
                                          "64 characters."),
                           QStringLiteral("response_format.json_schema.name"), QStringLiteral("invalid_value"));
        }
        const QJsonValue schemaValue = jsonSchema.value(QStringLiteral("schema"));
        if (!schemaValue.isUndefined() && !schemaValue.isObject()) {
            return invalid(QStringLiteral("Invalid type for 'response_format.json_schema.schema': expected an object."),
                           QStringLiteral("response_format.json_schema.schema"), QStringLiteral("invalid_type"));
        }
        const QJsonValue strict = jsonSchema.value(QStringLiteral("strict"));
        if (!strict.isUndefined() && !strict.isBool() && !strict.isNull()) {
            return invalid(QStringLiteral("Invalid type for 'response_format.json_schema.strict': expected a boolean."),
                           QStringLiteral("response_format.json_schema.strict"), QStringLiteral("invalid_type"));
        }
        *schema = schemaValue.toObject();
        if (strict.toBool()) {
            if (schemaValue.isUndefined()) {
                return invalid(QStringLiteral("Invalid schema for response_format '%1': a strict schema must be "
                                              "supplied.")
                                   .arg(name),
                               QStringLiteral("response_format"));
            }
            const QString error = strictSchemaError(*schema);
            if (!error.isEmpty()) {
                return invalid(QStringLiteral("Invalid schema for response_format '%1': %2").arg(name, error),
                               QStringLiteral("response_format"));
            }
        }
        return std::nullopt;
    }

    // --- /_fake/ control ------------------------------------------------------------------------

    HttpResponse handleControl(const HttpRequest& request) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString what = request.path.mid(7);
        const HttpResponse ok = jsonResponse(200, QJsonObject{{QStringLiteral("ok"), true}});
        if (request.method == "GET" && what == QLatin1String("requests")) {
            QJsonArray list;
            QMutexLocker lock(&mutex);
            for (const ReceivedRequest& rec : received) {
                list.append(FakeOpenAiServer::toJson(rec));
            }
            return jsonResponse(200, list);
        }
        if (request.method != "POST") {
            return apiError(
                404, QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), request.path));
        }
        QMutexLocker lock(&mutex);
        if (what == QLatin1String("fault")) {
            const auto fault = faultFromName(body.value(QStringLiteral("fault")).toString());
            if (!fault) {
                return invalid(
                    QStringLiteral("Unknown fault '%1'.").arg(body.value(QStringLiteral("fault")).toString()),
                    QStringLiteral("fault"));
            }
            FaultSpec spec{*fault};
            spec.retryAfterMs = body.value(QStringLiteral("retry_after_ms")).toInt(spec.retryAfterMs);
            spec.delayMs = body.value(QStringLiteral("delay_ms")).toInt(spec.delayMs);
            faults[body.value(QStringLiteral("path")).toString(QStringLiteral("*"))].push_back(spec);
            return ok;
        }
        if (what == QLatin1String("transcript")) {
            transcriptText = body.value(QStringLiteral("text")).toString();
            return ok;
        }
        if (what == QLatin1String("chat")) {
            chatContent = body.value(QStringLiteral("content")).toObject();
            return ok;
        }
        if (what == QLatin1String("reset")) {
            faults.clear();
            received.clear();
            ++receivedGeneration;
            transcriptText.clear();
            chatContent = {};
            return ok;
        }
        return apiError(404, QStringLiteral("Invalid URL (POST %1)").arg(request.path));
    }
};

// =============================================================================================

FakeOpenAiServer::FakeOpenAiServer()
    : FakeOpenAiServer(Options{}) {}

FakeOpenAiServer::FakeOpenAiServer(Options options)
    : d(std::make_unique<Impl>(std::move(options))) {}

FakeOpenAiServer::~FakeOpenAiServer() {
    d->stop();
}

bool FakeOpenAiServer::listen(quint16 port) {
    d->start();
    bool ok = false;
    quint16 actual = 0;
    d->runInThread([&] {
        if (d->server->isListening()) {
            d->server->close();
        }
        ok = d->server->listen(QHostAddress::LocalHost, port);
        actual = d->server->serverPort();
    });
    QMutexLocker lock(&d->mutex);
    d->port = ok ? actual : 0;
    return ok;
}

void FakeOpenAiServer::close() {
    if (!d->context) {
        return;
    }
    d->runInThread([this] { d->dropAll(); });
}

quint16 FakeOpenAiServer::port() const {
    QMutexLocker lock(&d->mutex);
    return d->port;
}

QString FakeOpenAiServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

void FakeOpenAiServer::pushFault(const QString& path, FaultSpec spec) {
    QMutexLocker lock(&d->mutex);
    d->faults[path].push_back(spec);
}

void FakeOpenAiServer::clearFaults() {
    QMutexLocker lock(&d->mutex);
    d->faults.clear();
}

void FakeOpenAiServer::setTranscriptText(const QString& text) {
    QMutexLocker lock(&d->mutex);
    d->transcriptText = text;
}

void FakeOpenAiServer::setChatContent(const QJsonObject& content) {
    QMutexLocker lock(&d->mutex);
    d->chatContent = content;
}

void FakeOpenAiServer::setControlEndpoints(bool enabled) {
    QMutexLocker lock(&d->mutex);
    d->controlEndpoints = enabled;
}

std::vector<FakeOpenAiServer::ReceivedRequest> FakeOpenAiServer::requests() const {
    QMutexLocker lock(&d->mutex);
    return d->received;
}

int FakeOpenAiServer::requestCount(const QString& path) const {
    QMutexLocker lock(&d->mutex);
    const QString suffix = QLatin1Char('/') + path;
    return int(std::count_if(d->received.begin(), d->received.end(), [&](const ReceivedRequest& r) {
        return path == QLatin1String("*") || r.path == path || r.path.endsWith(suffix);
    }));
}

void FakeOpenAiServer::clearRequests() {
    QMutexLocker lock(&d->mutex);
    d->received.clear();
    ++d->receivedGeneration;
}

QJsonObject FakeOpenAiServer::toJson(const ReceivedRequest& request) {
    QJsonObject headers;
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it) {
        headers.insert(it.key(), it.value());
    }
    QJsonObject fields;
    for (auto it = request.fields.begin(); it != request.fields.end(); ++it) {
        fields.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("method"), request.method},
                       {QStringLiteral("path"), request.path},
                       {QStringLiteral("query"), request.query},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("fileField"), request.fileField},
                       {QStringLiteral("fileName"), request.fileName},
                       {QStringLiteral("fileContentType"), request.fileContentType},
                       {QStringLiteral("fileBytes"), request.fileBytes},
                       {QStringLiteral("fileDurationSeconds"), request.fileDurationSeconds},
                       {QStringLiteral("fileSha256"), QString::fromLatin1(request.fileSha256)},
                       {QStringLiteral("json"), request.json},
                       {QStringLiteral("contentLength"), request.contentLength},
                       {QStringLiteral("status"), request.status},
                       {QStringLiteral("handledMs"), request.handledMs}};
}

} // namespace clinicdesk::test
