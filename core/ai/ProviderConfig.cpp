// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/ProviderConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace clinicdesk {

namespace {

const QString kOpenAiBase = QStringLiteral("https://api.openai.com/v1");
const QString kAzureApiVersion = QStringLiteral("2024-10-21");

QString stripTrailingSlashes(QString url) {
    while (url.endsWith(QLatin1Char('/'))) {
        url.chop(1);
    }
    return url;
}

// The base every path hangs from. For Azure it is the resource endpoint; a user who pasted
// ".../openai" or ".../openai/v1" gets the same URLs as one who pasted the bare endpoint.
QString baseFor(const ProviderConfig& config) {
    QString base = stripTrailingSlashes(config.baseUrl.trimmed());
    if (config.kind == ProviderKind::OpenAi && base.isEmpty()) {
        return kOpenAiBase;
    }
    if (config.kind == ProviderKind::Azure) {
        for (const QLatin1String suffix : {QLatin1String("/openai/v1"), QLatin1String("/openai")}) {
            if (base.endsWith(suffix, Qt::CaseInsensitive)) {
                base.chop(suffix.size());
                break;
            }
        }
    }
    return base;
}

} // namespace

bool ProviderConfig::isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> ProviderConfig::addressProblem() const {
    const QString base = baseFor(*this);
    if (base.isEmpty()) {
        return std::nullopt; // no address yet: isValid() says that the provider is not set up
    }
    const QUrl url(base, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return QCoreApplication::translate("ProviderConfig",
                                           "The address \"%1\" is not a web address (it starts with https://).")
            .arg(baseUrl.trimmed());
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return QCoreApplication::translate(
                   "ProviderConfig",
                   "The address \"%1\" must start with https://: without it, recordings and notes would cross the "
                   "network unencrypted (plain http:// is only for a server on this computer, such as "
                   "http://localhost:8080/v1).")
            .arg(baseUrl.trimmed());
    }
    return std::nullopt;
}

QString ProviderConfig::host() const {
    const QUrl url(baseFor(*this));
    // A clinic's own server often runs on a port of its own: the port tells two servers on one host apart.
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QUrl ProviderConfig::endpoint(const QString& path) const {
    const QString base = baseFor(*this);
    QString cleanPath = path;
    while (cleanPath.startsWith(QLatin1Char('/'))) {
        cleanPath.remove(0, 1);
    }
    if (kind != ProviderKind::Azure) {
        return QUrl(base + QLatin1Char('/') + cleanPath);
    }
    if (azureV1) {
        return QUrl(base + QStringLiteral("/openai/v1/") + cleanPath);
    }
    QUrl url;
    if (cleanPath == QLatin1String("models")) {
        url = QUrl(base + QStringLiteral("/openai/models"));
    } else {
        const QString deployment = QString::fromLatin1(QUrl::toPercentEncoding(model.trimmed()));
        url = QUrl(base + QStringLiteral("/openai/deployments/") + deployment + QLatin1Char('/') + cleanPath);
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"),
                       apiVersion.trimmed().isEmpty() ? kAzureApiVersion : apiVersion.trimmed());
    url.setQuery(query);
    return url;
}

QString ProviderConfig::kindKey(ProviderKind kind) {
    switch (kind) {
    case ProviderKind::OpenAi:
        return QStringLiteral("openai");
    case ProviderKind::Azure:
        return QStringLiteral("azure");
    case ProviderKind::Compatible:
        return QStringLiteral("compatible");
    }
    return {};
}

std::optional<ProviderKind> ProviderConfig::kindFromKey(const QString& key) {
    for (const ProviderKind kind : {ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Compatible}) {
        if (key.compare(kindKey(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString ProviderConfig::taskKey(AiTask task) {
    switch (task) {
    case AiTask::Transcription:
        return QStringLiteral("transcription");
    case AiTask::Notes:
        return QStringLiteral("notes");
    case AiTask::Receipts:
        return QStringLiteral("receipts");
    }
    return {};
}

std::optional<AiTask> ProviderConfig::taskFromKey(const QString& key) {
    for (const AiTask task : {AiTask::Transcription, AiTask::Notes, AiTask::Receipts}) {
        if (key.compare(taskKey(task), Qt::CaseInsensitive) == 0) {
            return task;
        }
    }
    return std::nullopt;
}

} // namespace clinicdesk
