// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/ChatCompletionsEndpoint.h"

#include "fakeopenai/ModelsEndpoint.h"
#include "fakeopenai/SchemaInstance.h"
#include "fakeopenai/SchemaOracle.h"
#include "fakeopenai/ServerState.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace clinicdesk::test::fakeopenai {

namespace {

constexpr qint64 kMaxImageBytes = 20 * 1000 * 1000;
constexpr qint64 kMaxImagesBytes = 50 * 1000 * 1000;

} // namespace

ChatCompletionsEndpoint::ChatCompletionsEndpoint(const FakeOpenAiServer::Options& options, ServerState& state)
    : m_options(options)
    , m_state(state) {}

HttpResponse ChatCompletionsEndpoint::answer(const HttpRequest& request, const Route& route, ReceivedRequest& record,
                                             std::optional<Fault> fault) {
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
    record.json = body;

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
    if (route.kind == Route::Kind::AzureClassic) {
        if (!m_options.models.contains(model)) {
            model = QStringLiteral("gpt-4o-mini");
        }
    } else if (model.isEmpty()) {
        return invalid(QStringLiteral("you must provide a model parameter"));
    } else if (!m_options.models.contains(model)) {
        return ModelsEndpoint::unknownModel(model);
    } else if (ModelsEndpoint::isTranscriptionModel(model)) {
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
        if (body.contains(key) &&
            (!SchemaOracle::isNonNegativeInteger(body.value(key)) || body.value(key).toInt() < 1)) {
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
    const auto [configured, serial] = m_state.nextChatAnswer();
    QString content;
    if (!configured.isEmpty()) {
        content = QString::fromUtf8(QJsonDocument(configured).toJson(QJsonDocument::Compact));
    } else if (hasSchema) {
        content = QString::fromUtf8(QJsonDocument(SchemaInstance::of(schema)).toJson(QJsonDocument::Compact));
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

std::optional<HttpResponse> ChatCompletionsEndpoint::checkImage(const QJsonObject& imageUrl, const QString& at,
                                                                qint64* bytes) {
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
        return invalid(QStringLiteral("The image is %1 bytes; at most 20 MB are allowed per image.").arg(data.size()),
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

std::optional<HttpResponse> ChatCompletionsEndpoint::checkJsonSchemaFormat(const QJsonObject& format,
                                                                           QJsonObject* schema) {
    for (auto it = format.begin(); it != format.end(); ++it) {
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("json_schema")) {
            return invalid(QStringLiteral("Unrecognized request argument supplied: response_format.%1").arg(it.key()));
        }
    }
    if (!format.value(QStringLiteral("json_schema")).isObject()) {
        return invalid(QStringLiteral("Missing required parameter: 'response_format.json_schema'."),
                       QStringLiteral("response_format.json_schema"), QStringLiteral("missing_required_parameter"));
    }
    const QJsonObject jsonSchema = format.value(QStringLiteral("json_schema")).toObject();
    for (auto it = jsonSchema.begin(); it != jsonSchema.end(); ++it) {
        static const QSet<QString> keys{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("schema"),
                                        QStringLiteral("strict")};
        if (!keys.contains(it.key())) {
            return invalid(
                QStringLiteral("Unrecognized request argument supplied: response_format.json_schema.%1").arg(it.key()));
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
        const QString error = SchemaOracle::strictSchemaError(*schema);
        if (!error.isEmpty()) {
            return invalid(QStringLiteral("Invalid schema for response_format '%1': %2").arg(name, error),
                           QStringLiteral("response_format"));
        }
    }
    return std::nullopt;
}

} // namespace clinicdesk::test::fakeopenai
