// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/OpenAiClient.h"
#include "domain/Note.h"
#include "domain/NoteTemplate.h"
#include "domain/Patient.h"
#include "domain/Transcript.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace clinicdesk {

// A segment as the model sees it: numbered across every transcript of the encounter.
struct CitedSegment {
    QString transcriptId;
    int index = 0; // within its transcript
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    QString text;
};

struct GeneratedNote {
    QJsonObject content;               // the template's object, checked against its schema
    QJsonObject evidence;              // {"statements":[{"path","segments":[{transcript,index,start_ms,end_ms}],
                                       // "dangling"?}], "notice"?, "placeholders"}
    std::vector<NoteProblem> problems; // where `content` still breaks the template (kept as a draft to fix)
    int requests = 0;                  // chat requests made (more than one when summarised in parts or asked again)
};

// Turns transcripts into a structured note with chat/completions and a strict json_schema:
// the template's schema wrapped with an evidence list (which transcript segments each
// statement came from). The answer is validated against the template's schema before it
// is returned; one that does not match is sent back once with the problems, and if the
// second answer does not match either, the closer one is returned with its `problems`
// (the draft the clinician fixes), never dropped. Evidence whose path names no field of the
// note is kept and marked "dangling". A transcript too long for one request is summarised
// in parts first (with citations kept), then combined, and the note says so; nothing is
// silently cut.
class NoteGenerator {
    Q_DECLARE_TR_FUNCTIONS(NoteGenerator)
public:
    struct Options {
        QString outputLanguage = QStringLiteral("en"); // ISO-639-1
        int maxInputChars = 120'000;
        bool placeholders = false; // privacy option
    };
    // Sends one chat request; `purpose` is "notes" or "summary" (for the egress log).
    using Chat =
        std::function<std::expected<ChatResult, JobFailure>(const ChatRequest& request, const QString& purpose)>;

    [[nodiscard]] static std::expected<GeneratedNote, JobFailure> generate(const NoteTemplate& noteTemplate,
                                                                           const std::vector<CitedSegment>& input,
                                                                           const Patient& patient,
                                                                           const Options& options, const Chat& chat);

    // The schema sent to the provider: {note: template schema, evidence: [...]}, $defs hoisted.
    [[nodiscard]] static QJsonObject wrappedSchema(const QJsonObject& templateSchema);
    [[nodiscard]] static QString languageName(const QString& code);
    // "[S3 01:02-01:10] text" lines.
    [[nodiscard]] static QString segmentLines(const std::vector<CitedSegment>& segments, std::size_t from,
                                              std::size_t to);
};

} // namespace clinicdesk
