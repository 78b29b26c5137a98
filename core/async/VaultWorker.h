// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "async/Worker.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <memory>
#include <optional>
#include <type_traits>

namespace clinicdesk {

class VaultSession;

// What work posted to a VaultWorker gets: the worker's own connection and the signed-in session.
struct VaultScope {
    Database& db;
    const Session& session;
};

// A Worker with a vault connection that only its thread uses (SQLCipher connections are FULLMUTEX,
// but a transaction must not interleave with another thread's statements). Work is
// `work(VaultScope&) -> R`; results come back as with Worker::post.
//
// Either the worker owns a connection opened for it (Vault::openConnection()), closed when it stops,
// or it takes over the signed-in VaultSession's own connection for as long as it runs; then nothing
// else may use that session's database until stop() has returned.
class VaultWorker {
public:
    VaultWorker(const QString& name, Database connection, Session session);
    VaultWorker(const QString& name, std::shared_ptr<VaultSession> session);
    // Calls stop().
    ~VaultWorker();
    VaultWorker(const VaultWorker&) = delete;
    VaultWorker& operator=(const VaultWorker&) = delete;

    template <typename Work, typename Done>
    void post(QObject* context, Work work, Done done) {
        m_worker.post(context, bind(std::move(work)), std::move(done));
    }

    template <typename Work>
    void post(Work work) {
        m_worker.post(bind(std::move(work)));
    }

    // Like post(), for requests that replace each other: only the newest of `lane`'s requests runs
    // (an older one still queued is skipped) and is answered (an older one's answer is dropped).
    template <typename Work, typename Done>
    void postLatest(QObject* context, LatestOnly& lane, Work work, Done done) {
        using R = std::invoke_result_t<Work&, VaultScope&>;
        auto ticket = lane.next();
        m_worker.post(
            context,
            [ticket, work = bind(std::move(work))]() mutable -> std::optional<R> {
                if (!ticket.isLatest()) {
                    return std::nullopt;
                }
                return work();
            },
            [ticket, done = std::move(done)](std::optional<R> result) mutable {
                if (result && ticket.isLatest()) {
                    done(std::move(*result));
                }
            });
    }

    // Lets the task running now end, drops the queued ones, ends the thread and closes an owned
    // connection. Must run before the vault locks. Idempotent.
    void stop();

    [[nodiscard]] const Session& session() const { return m_session; }
    [[nodiscard]] QString name() const { return m_worker.name(); }

private:
    template <typename Work>
    auto bind(Work work) {
        return [this, work = std::move(work)]() mutable {
            VaultScope scope{*m_db, m_session};
            return work(scope);
        };
    }

    std::optional<Database> m_owned;
    std::shared_ptr<VaultSession> m_borrowedFrom;
    Database* m_db;
    Session m_session;
    Worker m_worker;
};

} // namespace clinicdesk
