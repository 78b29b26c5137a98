// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// fake-openai [--port N] [--api-key K] [--max-audio-seconds S] [--max-request-bytes B] [--azure-deployment D]
//             [--model M]...
//
// The tests' fake OpenAI-compatible server (FakeOpenAiServer) as a process of its own, so an end-to-end
// test can kill -9 the CLI mid-request and keep the server. Prints "listening on PORT" once it
// accepts connections and serves until SIGTERM or SIGINT. Controlled over HTTP on the same port
// (no auth):
//   POST /_fake/fault      {"path":"audio/transcriptions"|"chat/completions"|"models"|"*",
//                           "fault":"rate_limit|unavailable|unauthorized|insufficient_quota|drop|slow|
//                                    malformed|length|refusal|hang", "retry_after_ms":N, "delay_ms":N}
//   POST /_fake/transcript {"text":"..."}
//   POST /_fake/chat       {"content":{...}}  ({} again: generated from the request's schema)
//   GET  /_fake/requests   the recorded requests, a JSON array (FakeOpenAiServer::toJson)
//   POST /_fake/reset      faults, requests, transcript and chat content cleared
#include "FakeOpenAiServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-openai"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local fake OpenAI-compatible server for tests."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"), QStringLiteral("The API key it accepts."),
                                       QStringLiteral("K"));
    const QCommandLineOption secondsOption(QStringLiteral("max-audio-seconds"),
                                           QStringLiteral("Longest audio per transcription request."),
                                           QStringLiteral("S"));
    const QCommandLineOption bytesOption(QStringLiteral("max-request-bytes"),
                                         QStringLiteral("Largest request (default 26214400)."), QStringLiteral("B"));
    const QCommandLineOption deploymentOption(QStringLiteral("azure-deployment"),
                                              QStringLiteral("The classic Azure deployment it knows."),
                                              QStringLiteral("D"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QStringLiteral("A model it knows, in addition to the defaults (repeatable)."),
                                         QStringLiteral("M"));
    parser.addOptions({portOption, keyOption, secondsOption, bytesOption, deploymentOption, modelOption});
    parser.process(app);

    clinicdesk::test::FakeOpenAiServer::Options options;
    if (parser.isSet(keyOption)) {
        options.apiKey = parser.value(keyOption);
    }
    if (parser.isSet(secondsOption)) {
        options.maxAudioSeconds = parser.value(secondsOption).toDouble();
    }
    if (parser.isSet(bytesOption)) {
        options.maxRequestBytes = parser.value(bytesOption).toLongLong();
    }
    if (parser.isSet(deploymentOption)) {
        options.azureDeployment = parser.value(deploymentOption);
    }
    for (const QString& model : parser.values(modelOption)) {
        if (!options.models.contains(model)) {
            options.models << model;
        }
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::fprintf(stderr, "fake-openai: socketpair failed\n");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    clinicdesk::test::FakeOpenAiServer server(options);
    server.setControlEndpoints(true);
    if (!server.listen(static_cast<quint16>(parser.value(portOption).toUInt()))) {
        std::fprintf(stderr, "fake-openai: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(portOption)));
        return 1;
    }
    std::printf("listening on %u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
