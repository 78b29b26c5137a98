// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/Transcriber.h"

#include "async/Worker.h"

#include <atomic>
#include <mutex>
#include <thread>

namespace clinicdesk {

QString Transcriber::isoLanguage(const QString& language) {
    static const QHash<QString, QString> codes{
        {QStringLiteral("swedish"), QStringLiteral("sv")}, {QStringLiteral("polish"), QStringLiteral("pl")},
        {QStringLiteral("english"), QStringLiteral("en")}, {QStringLiteral("afrikaans"), QStringLiteral("af")},
        {QStringLiteral("german"), QStringLiteral("de")},  {QStringLiteral("norwegian"), QStringLiteral("no")},
        {QStringLiteral("danish"), QStringLiteral("da")},  {QStringLiteral("finnish"), QStringLiteral("fi")},
        {QStringLiteral("dutch"), QStringLiteral("nl")},   {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("spanish"), QStringLiteral("es")}, {QStringLiteral("ukrainian"), QStringLiteral("uk")},
        {QStringLiteral("arabic"), QStringLiteral("ar")},  {QStringLiteral("zulu"), QStringLiteral("zu")},
        {QStringLiteral("xhosa"), QStringLiteral("xh")}};
    const QString lower = language.trimmed().toLower();
    return codes.value(lower, lower);
}

TranscriptionResult Transcriber::join(const std::vector<AudioPart>& parts,
                                      const std::vector<TranscriptionResult>& results) {
    TranscriptionResult joined;
    QStringList texts;
    for (std::size_t i = 0; i < parts.size() && i < results.size(); ++i) {
        const AudioPart& part = parts[i];
        const TranscriptionResult& r = results[i];
        if (joined.language.isEmpty()) {
            joined.language = r.language;
        }
        const QString text = r.text.trimmed();
        if (!text.isEmpty()) {
            texts.append(text);
        }
        if (r.segments.empty()) {
            if (!text.isEmpty()) {
                joined.segments.push_back({part.startMs, part.startMs + part.durationMs, text, {}});
            }
            continue;
        }
        for (const TranscriptSegment& s : r.segments) {
            TranscriptSegment moved = s;
            moved.startMs = part.startMs + std::clamp<std::int64_t>(s.startMs, 0, part.durationMs);
            moved.endMs = part.startMs + std::clamp<std::int64_t>(s.endMs, 0, part.durationMs);
            joined.segments.push_back(std::move(moved));
        }
    }
    joined.text = texts.join(QLatin1Char(' '));
    return joined;
}

std::expected<TranscriptionResult, JobFailure> Transcriber::run(const QByteArray& ogg, const Options& options,
                                                                const SendPart& send, const Progress& progress,
                                                                const HttpCancel& cancel) {
    auto parts = OggOpusSplitter::split(ogg, options.maxPartMs, options.maxPartBytes);
    if (!parts) {
        return std::unexpected(JobFailure{JobFailure::Kind::Fatal, parts.error(), std::nullopt, false});
    }
    const std::size_t count = parts->size();
    std::int64_t totalBytes = 0;
    for (const AudioPart& p : *parts) {
        totalBytes += p.ogg.size();
    }
    std::vector<std::optional<std::expected<TranscriptionResult, JobFailure>>> results(count);
    std::vector<std::int64_t> sent(count, 0);
    std::mutex mutex;
    std::atomic<std::size_t> next{0};
    std::atomic_bool failed{false};

    auto report = [&] {
        if (!progress || totalBytes == 0) {
            return;
        }
        std::int64_t done = 0;
        for (std::int64_t s : sent) {
            done += s;
        }
        // Uploading is most of the work; the last percent waits for the answers.
        progress(static_cast<int>(std::min<std::int64_t>(99, done * 99 / totalBytes)));
    };
    auto worker = [&] {
        while (!failed.load() && !cancel.isCancelled()) {
            const std::size_t i = next.fetch_add(1);
            if (i >= count) {
                return;
            }
            auto result = send((*parts)[i], [&, i](std::int64_t bytes, std::int64_t) {
                std::lock_guard lock(mutex);
                sent[i] = std::min<std::int64_t>(bytes, (*parts)[i].ogg.size());
                report();
            });
            std::lock_guard lock(mutex);
            if (!result) {
                failed.store(true);
            } else {
                sent[i] = (*parts)[i].ogg.size();
                report();
            }
            results[i] = std::move(result);
        }
    };
    const int threads =
        static_cast<int>(std::clamp<std::size_t>(static_cast<std::size_t>(std::max(1, options.parallel)), 1, count));
    // Each part's request waits on the network (the transfers themselves run on the HTTP client's
    // thread), so the parts in flight each have a Worker of their own for as long as this call lasts.
    std::vector<std::unique_ptr<Worker>> pool;
    pool.reserve(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t) {
        pool.push_back(std::make_unique<Worker>(QStringLiteral("TranscriptionPart%1").arg(t + 1)));
        pool.back()->post(worker);
    }
    for (auto& t : pool) {
        t->finish();
    }
    if (cancel.isCancelled()) {
        return std::unexpected(
            JobFailure{JobFailure::Kind::Fatal,
                       Error{ErrorCode::Cancelled, tr("The transcription was cancelled."), QStringLiteral("cancelled")},
                       std::nullopt, false});
    }
    // The first failure in part order decides how the attempt ended (NeedsUser before Retry before Fatal
    // would hide a fatal problem, so the order of the parts is used as is).
    std::vector<TranscriptionResult> ok;
    ok.reserve(count);
    for (auto& r : results) {
        if (r && !*r) {
            return std::unexpected(r->error());
        }
    }
    for (auto& r : results) {
        if (!r) {
            return std::unexpected(JobFailure{JobFailure::Kind::Retry,
                                              Error{ErrorCode::Remote, tr("A part of the recording was not sent."),
                                                    QStringLiteral("part not attempted")},
                                              std::nullopt, false});
        }
        ok.push_back(std::move(**r));
    }
    if (progress) {
        progress(100);
    }
    return join(*parts, ok);
}

} // namespace clinicdesk
