// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The one fallback rule (TaskProviders::send) and the one egress row builder (AiEgress::entry):
// which failures of the primary go to the fallback and which do not, what the caller gets back,
// who served, and the egress row made from a metered request.

#include "ai/AiEgress.h"
#include "ai/TaskProviders.h"

#include <QTest>

using namespace clinicdesk;

namespace {

using Outcome = std::expected<QString, JobFailure>;

JobFailure failure(JobFailure::Kind kind, ErrorCode code = ErrorCode::Remote) {
    return JobFailure{kind, Error{code, QStringLiteral("message"), QStringLiteral("detail")}, std::nullopt, false};
}

ProviderConfig provider(const QString& host, const QString& model) {
    ProviderConfig p;
    p.kind = ProviderKind::Compatible;
    p.baseUrl = QStringLiteral("http://%1/v1").arg(host);
    p.model = model;
    return p;
}

TaskProviders withFallback() {
    TaskProviders p;
    p.primary = provider(QStringLiteral("primary.test"), QStringLiteral("m1"));
    p.fallback = provider(QStringLiteral("fallback.test"), QStringLiteral("m2"));
    return p;
}

} // namespace

class TstTaskProviders : public QObject {
    Q_OBJECT

private slots:
    void onlyRetryableFailuresFallBack_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("fallsBack");
        QTest::newRow("retry (5xx, 429 rate limit, network)")
            << int(JobFailure::Kind::Retry) << int(ErrorCode::Remote) << true;
        QTest::newRow("timeout") << int(JobFailure::Kind::Retry) << int(ErrorCode::Timeout) << true;
        QTest::newRow("cancelled call") << int(JobFailure::Kind::Retry) << int(ErrorCode::Cancelled) << false;
        QTest::newRow("refused key, quota") << int(JobFailure::Kind::NeedsUser) << int(ErrorCode::NeedsUser) << false;
        QTest::newRow("bad request") << int(JobFailure::Kind::Fatal) << int(ErrorCode::Remote) << false;
    }

    void onlyRetryableFailuresFallBack() {
        QFETCH(int, kind);
        QFETCH(int, code);
        QFETCH(bool, fallsBack);
        const TaskProviders p = withFallback();
        HttpCancel cancel;
        QStringList asked;
        TaskProviders::Served served = TaskProviders::Served::Primary;
        const Outcome outcome = p.send(
            cancel,
            [&](const ProviderConfig& config, const SecureBytes&) -> Outcome {
                asked << config.host();
                if (config.host() == QLatin1String("primary.test")) {
                    return std::unexpected(failure(JobFailure::Kind(kind), ErrorCode(code)));
                }
                return QStringLiteral("from the fallback");
            },
            &served);
        if (fallsBack) {
            QCOMPARE(asked, (QStringList{QStringLiteral("primary.test"), QStringLiteral("fallback.test")}));
            QCOMPARE(outcome.value_or(QString()), QStringLiteral("from the fallback"));
            QCOMPARE(served, TaskProviders::Served::Fallback);
        } else {
            QCOMPARE(asked, QStringList{QStringLiteral("primary.test")});
            QVERIFY(!outcome);
            QCOMPARE(int(outcome.error().kind), kind);
        }
    }

    void primaryAnswersFirst() {
        const TaskProviders p = withFallback();
        HttpCancel cancel;
        int calls = 0;
        TaskProviders::Served served = TaskProviders::Served::Fallback;
        const Outcome outcome = p.send(
            cancel,
            [&](const ProviderConfig& config, const SecureBytes&) -> Outcome {
                ++calls;
                return config.model;
            },
            &served);
        QCOMPARE(outcome.value_or(QString()), QStringLiteral("m1"));
        QCOMPARE(calls, 1);
        QCOMPARE(served, TaskProviders::Served::Primary);
    }

    void failedFallbackGivesThePrimarysFailure() {
        const TaskProviders p = withFallback();
        HttpCancel cancel;
        const Outcome outcome = p.send(cancel, [&](const ProviderConfig& config, const SecureBytes&) -> Outcome {
            return std::unexpected(config.host() == QLatin1String("primary.test")
                                       ? failure(JobFailure::Kind::Retry, ErrorCode::Network)
                                       : failure(JobFailure::Kind::Fatal));
        });
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, JobFailure::Kind::Retry);
        QCOMPARE(outcome.error().error.code, ErrorCode::Network);
    }

    void noFallbackWhenCancelledOrNoneSetUp() {
        TaskProviders p = withFallback();
        HttpCancel cancel;
        cancel.cancel();
        int calls = 0;
        auto failing = [&](const ProviderConfig&, const SecureBytes&) -> Outcome {
            ++calls;
            return std::unexpected(failure(JobFailure::Kind::Retry));
        };
        QVERIFY(!p.send(cancel, failing));
        QCOMPARE(calls, 1);

        p.fallback.reset();
        HttpCancel open;
        calls = 0;
        QVERIFY(!p.send(open, failing));
        QCOMPARE(calls, 1);
    }

    void egressEntryFromAMeteredRequest() {
        const ProviderConfig config = provider(QStringLiteral("10.0.0.5:8080"), QStringLiteral("whisper-large"));
        RequestMeter meter;
        meter.host = QStringLiteral("10.0.0.5:8080");
        meter.model = QStringLiteral("whisper-large");
        meter.requestId = QStringLiteral("req_123");
        meter.bytesSent = 1000;
        meter.bytesReceived = 200;
        meter.httpStatus = 429;
        const EgressEntry e =
            AiEgress::entry(config, meter, QStringLiteral("transcription"), QStringLiteral("u1"), QStringLiteral("j1"));
        QCOMPARE(e.userId, QStringLiteral("u1"));
        QCOMPARE(e.jobId, QStringLiteral("j1"));
        QCOMPARE(e.host, QStringLiteral("10.0.0.5:8080"));
        QCOMPARE(e.provider, QStringLiteral("compatible"));
        QCOMPARE(e.model, QStringLiteral("whisper-large"));
        QCOMPARE(e.purpose, QStringLiteral("transcription"));
        QCOMPARE(e.bytesSent, 1000);
        QCOMPARE(e.bytesReceived, 200);
        QCOMPARE(e.httpStatus, 429);
        QCOMPARE(e.requestId, QStringLiteral("req_123"));
        QCOMPARE(e.at, 0); // the repository stamps the time it is written

        // No answer and no meter details: the provider's own host and model, no status.
        const EgressEntry bare = AiEgress::entry(config, RequestMeter{}, QStringLiteral("test-connection"));
        QCOMPARE(bare.host, config.host());
        QCOMPARE(bare.model, config.model);
        QCOMPARE(bare.httpStatus, 0);
        QVERIFY(bare.userId.isEmpty() && bare.jobId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTaskProviders)
#include "tst_taskproviders.moc"
