// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/Endpoint.h"
#include "fakeopenai/UploadedAudio.h"

#include <QStringList>

namespace clinicdesk::test::fakeopenai {

class ServerState;

// POST /audio/transcriptions (multipart/form-data), also on Azure classic deployments (the deployment picks
// the model). Checks the form as OPENAI.md has it: known fields only; a model that transcribes;
// response_format per model; timestamp_granularities[] only with verbose_json; an ISO-639-1 language; no
// prompt for the diarize model; temperature 0..1; include[]; chunking_strategy (required for diarize over
// 30 s); the file through UploadedAudio. Answers json, text, srt, vtt, verbose_json or diarized_json with
// the test's transcript (ServerState) laid over the speech found in the audio, and usage per model.
class TranscriptionsEndpoint final : public Endpoint {
public:
    TranscriptionsEndpoint(const FakeOpenAiServer::Options& options, ServerState& state);

    [[nodiscard]] QByteArray method() const override { return "POST"; }
    [[nodiscard]] QString path() const override { return QStringLiteral("audio/transcriptions"); }
    [[nodiscard]] bool onAzureDeployments() const override { return true; }
    [[nodiscard]] HttpResponse answer(const HttpRequest& request, const Route& route, ReceivedRequest& record,
                                      std::optional<Fault> fault) override;

private:
    [[nodiscard]] HttpResponse transcript(const UploadedAudio& audio, const QString& model, const QString& format,
                                          const QString& language, const QStringList& granularities,
                                          const QString& prompt) const;

    const FakeOpenAiServer::Options& m_options;
    ServerState& m_state;
};

} // namespace clinicdesk::test::fakeopenai
