// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "CliRecorder.h"

#include "util/Logging.h"

#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace clinicdesk::cli {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int) {
    const char byte = 1;
    // Only async-signal-safe calls here; the event loop reads the pipe.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
std::atomic<bool> g_stopRequested{false};

BOOL WINAPI onConsoleControl(DWORD type) {
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || type == CTRL_CLOSE_EVENT) {
        g_stopRequested = true;
        return TRUE;
    }
    return FALSE;
}
#endif

} // namespace

CliRecorder::CliRecorder(Database db, const Session& session, const QString& vaultDir, QObject* parent)
    : QObject(parent) {
    m_recorder = new Recorder(std::move(db), session, vaultDir, Recorder::Options{});
    m_thread.adopt(m_recorder);
}

CliRecorder::~CliRecorder() {
    // The recorder goes on its own thread while that thread's event loop still runs: the audio source it
    // let go at stop (deleteLater) is deleted first, by that loop. Left to QThread::finished, both deferred
    // deletions ran at thread exit, where the source's destructor (Qt's PulseAudio backend processes events
    // in it) let the recorder delete it a second time: a crash after "recorded ... ms", now and then.
    m_thread.post([recorder = m_recorder] { delete recorder; });
    m_recorder = nullptr;
    m_thread.finish();
}

void CliRecorder::installSignalHandlers() {
#ifdef Q_OS_UNIX
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        qCWarning(lcCli) << "no signal pipe; Ctrl+C will not stop the recording cleanly";
        return;
    }
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
#endif
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#endif
}

CliRecorder::Outcome CliRecorder::run(const QString& encounterId, const QByteArray& deviceId, int seconds,
                                      const std::function<void(const QString&)>& onStarted) {
    installSignalHandlers();
    Outcome outcome;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    limit.setTimerType(Qt::PreciseTimer);
    bool stopping = false;
    const auto requestStop = [&] {
        if (!stopping) {
            stopping = true;
            QMetaObject::invokeMethod(m_recorder, &Recorder::stop, Qt::QueuedConnection);
        }
    };
    connect(&limit, &QTimer::timeout, &loop, requestStop);

#ifdef Q_OS_UNIX
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        qCInfo(lcCli) << "stop signal received";
        requestStop();
    });
#endif
#ifdef Q_OS_WIN
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_stopRequested.exchange(false)) {
            requestStop();
        }
    });
    poll.start();
#endif

    connect(m_recorder, &Recorder::started, &loop, [&](const QString& id, const QString&) {
        outcome.recordingId = id;
        if (onStarted) {
            onStarted(id);
        }
        if (seconds > 0) {
            limit.start(seconds * 1000);
        }
    });
    connect(m_recorder, &Recorder::finished, &loop, [&](const QString& id, qint64 durationMs) {
        outcome.recordingId = id;
        outcome.durationMs = durationMs;
        loop.quit();
    });
    bool ended = false;
    connect(m_recorder, &Recorder::stateChanged, &loop, [&](Recorder::State state) {
        ended = ended || (state == Recorder::State::Idle && !outcome.recordingId.isEmpty());
    });
    // A failure before the start or at the end leaves the recorder idle: nothing more will come.
    connect(m_recorder, &Recorder::failed, &loop, [&](const Error& error) {
        outcome.error = error;
        if (outcome.recordingId.isEmpty() || ended) {
            loop.quit();
        }
    });
    connect(m_recorder, &Recorder::deviceLost, &loop, [&](const QString&) {
        // No one at a terminal to pick another device: keep what was recorded and stop.
        outcome.error = Error{ErrorCode::Io,
                              QCoreApplication::translate("clinicdesk::cli::CliRecorder",
                                                          "The microphone disappeared; the recording so far is saved."),
                              QStringLiteral("device lost")};
        requestStop();
    });
    QMetaObject::invokeMethod(
        m_recorder,
        tsan::handOff(m_recorder->thread(),
                      [this, encounterId, deviceId] { m_recorder->start(encounterId, deviceId); }),
        Qt::QueuedConnection);
    loop.exec();
    return outcome;
}

} // namespace clinicdesk::cli
