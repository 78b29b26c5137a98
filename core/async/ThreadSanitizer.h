// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QThread>

#include <utility>

#if defined(__SANITIZE_THREAD__)
#define CLINICDESK_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CLINICDESK_TSAN 1
#endif
#endif

#ifdef CLINICDESK_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace clinicdesk::tsan {

#ifdef CLINICDESK_TSAN
inline constexpr bool enabled = true;
#else
inline constexpr bool enabled = false;
#endif

// Qt is not built with ThreadSanitizer, so TSan does not see the lock that orders a posted event
// (QCoreApplication::postEvent) before its delivery on the receiving thread: a task or reply that
// Worker or ReplyRoute hands to another thread through QMetaObject::invokeMethod would look like a data
// race on whatever it captured. handOff(receiver, functor) tells TSan what Qt does. The receiving
// thread's event queue is the synchronisation point: the functor releases on `receiver` when Qt moves
// it into its slot object (after everything it holds is written), and acquires on the thread it runs
// on before it runs; whichever thread destroys it acquires what the run released. Without -fsanitize=thread (every
// preset but tsan) it returns the functor as is.
#ifdef CLINICDESK_TSAN
template <typename Functor>
class HandedOff {
public:
    HandedOff(const QThread* receiver, Functor functor)
        : m_receiver(receiver)
        , m_functor(std::move(functor)) {
        release();
    }
    HandedOff(HandedOff&& other) noexcept
        : m_receiver(other.m_receiver)
        , m_functor(std::move(other.m_functor)) {
        release();
    }
    HandedOff(const HandedOff& other)
        : m_receiver(other.m_receiver)
        , m_functor(other.m_functor) {
        release();
    }
    HandedOff& operator=(const HandedOff&) = delete;
    HandedOff& operator=(HandedOff&&) = delete;
    // Qt's slot object is reference counted (uninstrumented atomics too), and the last reference may be
    // dropped on the sending thread after the functor ran on the receiving one.
    ~HandedOff() { __tsan_acquire(this); }

    decltype(auto) operator()() {
        __tsan_acquire(QThread::currentThread());
        struct Ran {
            HandedOff* self;
            ~Ran() {
                __tsan_release(self);
                self->release(); // for a caller blocked in Qt::BlockingQueuedConnection: see returned()
            }
        } ran{this};
        return m_functor();
    }

private:
    void release() const { __tsan_release(const_cast<QThread*>(m_receiver)); }

    const QThread* m_receiver;
    Functor m_functor;
};

template <typename Functor>
[[nodiscard]] HandedOff<Functor> handOff(const QThread* receiver, Functor functor) {
    return HandedOff<Functor>(receiver, std::move(functor));
}

// After QMetaObject::invokeMethod(..., handOff(receiver, f), Qt::BlockingQueuedConnection) returns: what
// f wrote on `receiver` (the caller's locals it captured by reference) is visible to the caller.
inline void returned(const QThread* receiver) {
    __tsan_acquire(const_cast<QThread*>(receiver));
}
#else
template <typename Functor>
[[nodiscard]] Functor handOff(const QThread* /*receiver*/, Functor functor) {
    return functor;
}

inline void returned(const QThread* /*receiver*/) {}
#endif

} // namespace clinicdesk::tsan
