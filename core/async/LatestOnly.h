// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

namespace clinicdesk {

// "Latest only" for requests that replace each other, like search as you type: each request takes a
// ticket, and only the newest ticket's work runs and is answered. A request that is superseded before
// its work starts is skipped; one superseded while it runs has its answer dropped. The owner (a page or
// a service) keeps one LatestOnly per kind of request and uses it from its own thread; tickets are
// checked on the worker's thread too.
class LatestOnly {
public:
    class Ticket {
    public:
        [[nodiscard]] bool isLatest() const { return m_latest->load() == m_number; }

    private:
        friend class LatestOnly;
        Ticket(std::shared_ptr<const std::atomic<std::uint64_t>> latest, std::uint64_t number)
            : m_latest(std::move(latest))
            , m_number(number) {}
        std::shared_ptr<const std::atomic<std::uint64_t>> m_latest;
        std::uint64_t m_number;
    };

    // A new ticket; every earlier one is superseded.
    [[nodiscard]] Ticket next() { return Ticket(m_latest, ++*m_latest); }
    // Supersedes every ticket handed out (nothing in flight is answered any more).
    void invalidate() { ++*m_latest; }

private:
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest = std::make_shared<std::atomic<std::uint64_t>>(0);
};

} // namespace clinicdesk
