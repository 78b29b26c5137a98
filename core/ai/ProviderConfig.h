// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace clinicdesk {

enum class ProviderKind { OpenAi, Azure, Compatible };

// The AI tasks that can each have their own provider and model.
enum class AiTask { Transcription, Notes, Receipts };

// One provider + model for one task. The API key is not here: it lives in the OS
// keychain under `keychainEntry()`.
struct ProviderConfig {
    ProviderKind kind = ProviderKind::OpenAi;
    // OpenAI: https://api.openai.com/v1 (default). Compatible: the server's base, e.g. http://host:8080/v1.
    // Azure: the resource endpoint https://NAME.openai.azure.com; with `azureV1` the
    // OpenAI-compatible {endpoint}/openai/v1 form is used, otherwise classic deployment URLs.
    QString baseUrl;
    QString model;      // OpenAI/compatible model; for Azure classic, the deployment name
    QString apiVersion; // Azure classic, default 2024-10-21
    bool azureV1 = false;
    bool useBearer = false; // Azure: send the key as a Bearer token instead of api-key
    QString keySlot;        // which keychain entry holds the key (default: the task's name)

    [[nodiscard]] bool isValid() const {
        return !model.isEmpty() && (kind == ProviderKind::OpenAi || !baseUrl.isEmpty());
    }
    // Why requests may not go to this provider's address, as a sentence; nothing when they may. The address
    // must be an http(s) URL with a host; a remote server only over https, plain http only to this computer
    // (localhost, 127.0.0.0/8, ::1), where nothing crosses a network. Checked when settings are saved and
    // again before every request.
    [[nodiscard]] std::optional<QString> addressProblem() const;
    [[nodiscard]] static bool isLoopbackHost(const QString& host);
    // The server's host name, with ":port" when the URL names a port.
    [[nodiscard]] QString host() const;
    // The full URL for `path` ("audio/transcriptions", "chat/completions", "models").
    [[nodiscard]] QUrl endpoint(const QString& path) const;

    [[nodiscard]] static QString kindKey(ProviderKind kind); // openai | azure | compatible
    [[nodiscard]] static std::optional<ProviderKind> kindFromKey(const QString& key);
    [[nodiscard]] static QString taskKey(AiTask task); // transcription | notes | receipts
    [[nodiscard]] static std::optional<AiTask> taskFromKey(const QString& key);
};

} // namespace clinicdesk
