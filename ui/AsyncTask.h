#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace clinicdesk {

// Runs `work` on `pool` and hands its result to `done` on `context`'s thread
// (the UI thread for widgets). If `context` is destroyed first, the result is
// dropped. The UI thread never waits: Argon2id, SQLCipher and file I/O go here.
template <typename Work, typename Done>
void runAsync(QThreadPool& pool, QObject* context, Work work, Done done) {
    using R = std::invoke_result_t<Work&>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&pool, std::move(work)));
}

} // namespace clinicdesk
