// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/HttpResponse.h"
#include "fakeopenai/MultipartForm.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clinicdesk::test::fakeopenai {

// The file part of a transcription request and what the fake checks about it, as OpenAI does: a filename
// with one of the supported extensions and a content type; audio that can be read (Ogg Opus and PCM or
// float WAV are decoded, the other formats taken as they are); at least 0.1 s and at most the model's
// duration limit. The decoded samples also place the transcript's segments on the speech in the file.
class UploadedAudio {
public:
    struct Region {
        double start = 0;
        double end = 0;
    };

    // flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav, webm (OPENAI.md).
    [[nodiscard]] static const QStringList& formats();
    // The lower-case extension of `filename` ("visit.OGG": "ogg"); empty without a dot.
    [[nodiscard]] static QString extensionOf(const QString& filename);
    // 400 "Invalid file format. Supported formats: [...]" without a filename, with another extension or
    // without a content type.
    [[nodiscard]] static std::optional<HttpResponse> checkFormat(const MultipartForm::Part& file);

    [[nodiscard]] static UploadedAudio decode(const QString& extension, const QByteArray& data);

    // 400 "Audio file might be corrupted or unsupported" for a file that did not decode, or an empty one.
    [[nodiscard]] std::optional<HttpResponse> checkReadable(bool empty) const;
    // 400 for decoded audio under 0.1 s, and for audio over `maxSeconds`.
    [[nodiscard]] std::optional<HttpResponse> checkDuration(double maxSeconds) const;

    // Speech: 20 ms frames with an RMS above -40 dBFS, merged across gaps under 0.6 s, bursts under
    // 60 ms dropped. Only for decoded audio.
    [[nodiscard]] std::vector<Region> speechRegions() const;

    bool decoded = false; // PCM available (Ogg Opus, PCM WAV)
    bool valid = true;
    double seconds = 0;
    std::vector<float> pcm; // mono
    int rate = 0;

private:
    [[nodiscard]] static UploadedAudio decodeWav(const QByteArray& data);
};

} // namespace clinicdesk::test::fakeopenai
