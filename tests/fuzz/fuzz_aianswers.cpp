// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// What an AI provider answers, to every parser of it: the transcription (as JSON and as text), the chat
// completion, the model list and the error body; a chat answer's content is then checked against the
// dental examination template's schema, as a note is. Any bytes give a result or a problem with a
// sentence, never a crash; segment times are ordered.
#include "FuzzCheck.h"
#include "ai/OpenAiAnswer.h"
#include "util/JsonSchema.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdint>

namespace {

QJsonObject templateSchema() {
    QFile file(QStringLiteral(CLINICDESK_SOURCE_DIR "/resources/templates/dental-exam.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the dental-exam template\n");
        std::abort();
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("schema")).toObject();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using clinicdesk::OpenAiAnswer;
    static const QJsonObject schema = templateSchema();
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString host = QStringLiteral("fuzz.example");

    for (const QByteArray& contentType : {QByteArray("application/json"), QByteArray("text/plain")}) {
        const auto transcription = OpenAiAnswer::transcription(contentType, body, host);
        if (transcription) {
            for (const auto& segment : transcription->segments) {
                FUZZ_CHECK(segment.endMs >= segment.startMs);
            }
        } else {
            FUZZ_CHECK(!transcription.error().message.isEmpty());
        }
    }
    const auto chat = OpenAiAnswer::chat(body, host);
    if (chat) {
        (void)clinicdesk::JsonSchema::problems(chat->content, schema);
    } else {
        FUZZ_CHECK(!chat.error().message.isEmpty());
    }
    const auto models = OpenAiAnswer::models(body, host);
    FUZZ_CHECK(models.has_value() || !models.error().message.isEmpty());
    const auto error = OpenAiAnswer::serverError(body);
    FUZZ_CHECK(error.message.size() <= 301);
    return 0;
}
