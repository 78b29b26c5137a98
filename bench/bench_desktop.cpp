// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// bench_desktop: the signed-in desktop against the targets of issue 11 ("the clinic's desktop"): unlock to a
// usable main window excluding Argon2id, the first search on the patient list, and the memory of a session in
// scripted use. Prints figures; it is not a test. Figures and how to read them: docs/PERFORMANCE.md.
//
//   bench_desktop --vault DIR [--password P] [--runs N] [--minutes M]
//
// DIR is a big vault made by `bench_vault --keep DIR` (100,000 patients, 200,000 appointments; user
// "admin", password "bench-password-1234" unless --password). Runs with the offscreen platform unless
// QT_QPA_PLATFORM says otherwise, through the real AppController, services and main window.
//
// 1. Unlock to a usable main window, N times: VaultSession::login (Argon2id and the vault's open, timed
//    apart), then AppController::startSignedIn until the main window is shown and the session's vault
//    worker has answered what the first page asked for (a no-op posted behind its queries, twice).
// 2. Scripted use for M minutes: every place of the rail in turn, and a name typed into the patient
//    search letter by letter (each keystroke's answer awaited); RSS sampled every 30 s.
#include "AppController.h"
#include "Translations.h"
#include "crypto/KdfParams.h"
#include "crypto/KeyFile.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBytes.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "patients/PatientsPage.h"
#include "services/SessionServices.h"
#include "session/VaultSession.h"
#include "storage/Vault.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace clinicdesk;

namespace {

struct Options {
    QString vault;
    QString password = QStringLiteral("bench-password-1234");
    int runs = 10;
    double minutes = 5;
};

Options parseOptions(const QStringList& args) {
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString& name = args[i];
        const QString& value = args[i + 1];
        if (name == QLatin1String("--vault")) {
            o.vault = value;
        } else if (name == QLatin1String("--password")) {
            o.password = value;
        } else if (name == QLatin1String("--runs")) {
            o.runs = std::max(1, value.toInt());
        } else if (name == QLatin1String("--minutes")) {
            o.minutes = std::max(0.0, value.toDouble());
        } else {
            o.vault.clear();
            break;
        }
    }
    return o;
}

double rssMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// Waits (running the event loop) until `ready` holds; false after `timeoutMs`.
template <typename Ready>
bool waitFor(Ready ready, int timeoutMs = 60'000) {
    QElapsedTimer timer;
    timer.start();
    while (!ready()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// Until the vault worker has answered everything posted before now, and whatever those answers asked for.
bool settle(AppController& controller, QObject* context) {
    for (int round = 0; round < 2; ++round) {
        bool answered = false;
        controller.services()->vault().post(
            context, [](VaultScope&) { return 0; }, [&answered](int) { answered = true; });
        if (!waitFor([&] { return answered; })) {
            return false;
        }
    }
    QCoreApplication::processEvents();
    return true;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// One key typed into `edit` as the keyboard would: a press and a release through the application, so
// that what watches input (the idle auto-lock) sees a user at work.
void typeKey(QWidget* edit, QChar c) {
    const int key = c.toUpper().unicode();
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(edit, &press);
    QApplication::sendEvent(edit, &release);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QLoggingCategory::setFilterRules(QStringLiteral("clinicdesk.*.info=false"));
    if (!initCrypto()) {
        std::fputs("bench_desktop: libsodium failed to initialise\n", stderr);
        return 2;
    }
    const Options opt = parseOptions(QCoreApplication::arguments());
    if (opt.vault.isEmpty()) {
        std::fputs("usage: bench_desktop --vault DIR [--password P] [--runs N] [--minutes M]\n"
                   "       (DIR from bench_vault --keep DIR)\n",
                   stderr);
        return 2;
    }
    const SecureBytes password = SecureBytes::fromUtf8(opt.password);
    QTemporaryDir temp;
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Translations translations(&settings);
    translations.apply(QStringLiteral("en"));
    KeychainStore keychain;

    // The Argon2id step alone, with the envelope's own parameters, to subtract from the login.
    const auto keys = KeyFile::load(QDir(opt.vault).filePath(QLatin1String(Vault::kKeysFile)));
    const KeyEnvelope* envelope = nullptr;
    if (keys) {
        for (const KeyEnvelope& candidate : keys->envelopes) {
            if (candidate.kind == KeyEnvelope::Kind::Password && envelope == nullptr) {
                envelope = &candidate;
            }
        }
    }
    std::vector<double> deriveMs;
    std::vector<double> loginMs;
    std::vector<double> shownMs;
    std::vector<double> usableMs;
    double rssAfterFirst = 0;
    std::printf("bench_desktop: %s, %d runs of unlock -> usable main window\n", qPrintable(opt.vault), opt.runs);
    for (int run = 0; run < opt.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto login = VaultSession::login(opt.vault, QStringLiteral("admin"), password);
        if (!login) {
            std::fprintf(stderr, "bench_desktop: sign-in failed: %s\n", qPrintable(login.error().message));
            return 2;
        }
        loginMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (envelope != nullptr) {
            QElapsedTimer kdf;
            kdf.start();
            (void)PasswordKdf::derive(password, envelope->salt, envelope->kdf);
            deriveMs.push_back(static_cast<double>(kdf.nsecsElapsed()) / 1e6);
        }

        AppController controller(opt.vault, keychain, &settings, KdfParams::minimum(), nullptr, &translations);
        timer.restart();
        controller.startSignedIn(std::shared_ptr<VaultSession>(std::move(*login)));
        if (!waitFor([&] { return controller.mainWindow() != nullptr && controller.mainWindow()->isVisible(); })) {
            std::fputs("bench_desktop: the main window did not appear\n", stderr);
            return 2;
        }
        shownMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!settle(controller, controller.mainWindow())) {
            std::fputs("bench_desktop: the first page did not fill\n", stderr);
            return 2;
        }
        usableMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        std::printf("  run %2d: login %.1f ms, main window shown %.1f ms, first page filled %.1f ms\n", run + 1,
                    loginMs.back(), shownMs.back(), usableMs.back());
        if (run == 0) {
            rssAfterFirst = rssMiB();
        }
        if (run + 1 < opt.runs || opt.minutes <= 0) {
            continue;
        }

        // ---------------------------------------------------------- 2. scripted use
        std::printf("\nscripted use for %.1f minutes (RSS after the first sign-in: %.1f MiB)\n", opt.minutes,
                    rssAfterFirst);
        // Guarded: should the session lock (auto-lock counts only real input, which typeKey sends), the
        // bench stops with a sentence instead of using a window that is gone.
        QPointer<MainWindow> window = controller.mainWindow();
        QPointer<QLineEdit> search = window->findChild<QLineEdit*>(QStringLiteral("patientSearchEdit"));
        const QStringList places = {QString::fromLatin1(MainWindow::kToday), QString::fromLatin1(MainWindow::kCalendar),
                                    QString::fromLatin1(MainWindow::kPatients), QString::fromLatin1(MainWindow::kJobs),
                                    QString::fromLatin1(MainWindow::kSettings)};
        const QStringList names = {QStringLiteral("andersson"), QStringLiteral("kowalska"), QStringLiteral("nkosi"),
                                   QStringLiteral("lind"), QStringLiteral("nowak")};
        std::vector<double> samples{rssMiB()};
        std::vector<double> keystrokeMs;
        QElapsedTimer use;
        use.start();
        QElapsedTimer sampleTimer;
        sampleTimer.start();
        int cycles = 0;
        while (static_cast<double>(use.elapsed()) < opt.minutes * 60'000) {
            if (window.isNull() || search.isNull()) {
                std::fputs("bench_desktop: the main window closed during scripted use (the session locked?)\n", stderr);
                return 2;
            }
            for (const QString& place : places) {
                window->showPlace(place);
                settle(controller, window);
            }
            window->showPlace(QString::fromLatin1(MainWindow::kPatients));
            if (search != nullptr) {
                const QString name = names[cycles % names.size()];
                for (qsizetype n = 1; n <= name.size(); ++n) {
                    QElapsedTimer key;
                    key.start();
                    bool shown = false;
                    auto connection = QObject::connect(window->patientsPage(), &PatientsPage::resultsShown, window,
                                                       [&shown](int) { shown = true; });
                    typeKey(search, name.at(n - 1));
                    waitFor([&] { return shown; }, 5'000);
                    QObject::disconnect(connection);
                    keystrokeMs.push_back(static_cast<double>(key.nsecsElapsed()) / 1e6);
                }
                search->clear();
            }
            ++cycles;
            if (sampleTimer.elapsed() >= 30'000) {
                samples.push_back(rssMiB());
                sampleTimer.restart();
                std::printf("  %5.1f min: RSS %.1f MiB (%d cycles)\n", static_cast<double>(use.elapsed()) / 60'000,
                            samples.back(), cycles);
                std::fflush(stdout);
            }
        }
        samples.push_back(rssMiB());
        const double maxRss = *std::max_element(samples.begin(), samples.end());
        const std::size_t half = samples.size() / 2;
        const double firstHalf = samples.size() > 2 ? samples[half] : samples.front();
        std::printf("  %d cycles; RSS first %.1f, middle %.1f, last %.1f, max %.1f MiB\n", cycles, samples.front(),
                    firstHalf, samples.back(), maxRss);
        std::printf("  search keystroke -> list updated: p50 %.1f ms, p95 %.1f ms (%zu keystrokes)\n",
                    percentile(keystrokeMs, 0.5), percentile(keystrokeMs, 0.95), keystrokeMs.size());
        std::printf("  RSS growth over the second half: %+.1f MiB; target < 250 MiB and not growing\n",
                    samples.back() - firstHalf);
    }

    const double derive = percentile(deriveMs, 0.5);
    const double login = percentile(loginMs, 0.5);
    std::printf("\nsummary (medians of %d runs)\n", opt.runs);
    std::printf(
        "  VaultSession::login %.1f ms, of which Argon2id %.1f ms: open and sign-in excluding Argon2id %.1f ms\n",
        login, derive, login - derive);
    std::printf("  startSignedIn -> main window shown %.1f ms, -> first page filled %.1f ms (p95 %.1f)\n",
                percentile(shownMs, 0.5), percentile(usableMs, 0.5), percentile(usableMs, 0.95));
    std::printf("  unlock -> usable main window excluding Argon2id: %.1f ms (target <= 200 ms)\n",
                login - derive + percentile(usableMs, 0.5));
    return 0;
}
