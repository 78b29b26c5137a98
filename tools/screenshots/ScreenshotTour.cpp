// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ScreenshotTour.h"

#include "AppController.h"
#include "main/MainWindow.h"
#include "services/SessionServices.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <memory>
#include <utility>

namespace clinicdesk {

namespace {

// On the AI settings page: the transcription provider as an OpenAI-compatible server on another computer
// over http, then Test connection, which shows why it is refused.
void showRefusedAddress(MainWindow& window) {
    auto* box = window.findChild<QWidget*>(QStringLiteral("transcriptionProvider"));
    auto* editor = box != nullptr ? box->findChild<QWidget*>(QStringLiteral("primaryProvider")) : nullptr;
    if (editor == nullptr) {
        std::fprintf(stderr, "the AI settings page has no transcription provider\n");
        return;
    }
    auto* kind = editor->findChild<QComboBox*>(QStringLiteral("providerKindCombo"));
    auto* address = editor->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
    auto* model = editor->findChild<QLineEdit*>(QStringLiteral("modelEdit"));
    auto* test = box->findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
    if (kind == nullptr || address == nullptr || model == nullptr || test == nullptr) {
        std::fprintf(stderr, "the AI settings page has no provider editor to fill in\n");
        return;
    }
    kind->setCurrentIndex(kind->count() - 1); // OpenAI-compatible server
    address->setText(QStringLiteral("http://10.0.0.5:8080/v1"));
    model->setText(QStringLiteral("whisper-large-v3"));
    test->click();
}

} // namespace

ScreenshotTour::ScreenshotTour(AppController& controller, QString outDir, QString suffix, QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_outDir(std::move(outDir))
    , m_suffix(std::move(suffix)) {
    const auto place = [](const char* key) { return [key](MainWindow& window) { window.showPlace(key); }; };
    m_steps = {
        {QStringLiteral("today"), place(MainWindow::kToday)},
        {QStringLiteral("calendar"), place(MainWindow::kCalendar)},
        {QStringLiteral("patients"), place(MainWindow::kPatients)},
        // The demo's finished dental examination: its patient's record, then the encounter with the signed note.
        {QStringLiteral("record"), [this](MainWindow& window) { window.showPatientRecord(m_signed.patientId); }},
        {QStringLiteral("encounter"),
         [this](MainWindow& window) {
             window.showStoredEncounter(m_signed.encounterId, m_signed.patientId, m_signed.patientName);
         }},
        {QStringLiteral("jobs"), place(MainWindow::kJobs)},
        {QStringLiteral("settings"), place(MainWindow::kSettings)},
        {QStringLiteral("ai-settings"), [](MainWindow& window) { window.showAiSettings(); }},
        // What the page says of a server elsewhere on the network over plain http (core refuses it).
        {QStringLiteral("ai-address-refused"), [](MainWindow& window) { showRefusedAddress(window); }},
    };
}

void ScreenshotTour::begin(MainWindow* window) {
    m_window = window;
    window->resize(1280, 800);
    window->show();
    auto* services = m_controller.services();
    if (services == nullptr) {
        runStep(0);
        return;
    }
    // The encounter with a signed note, found before the tour starts.
    services->vault().post(
        this,
        [](VaultScope& vault) {
            SignedEncounter found;
            auto stmt = vault.db.prepare("SELECT e.id, p.id, p.last_name || ', ' || p.first_name FROM notes n "
                                         "JOIN encounters e ON e.id = n.encounter_id JOIN patients p ON p.id = "
                                         "e.patient_id WHERE n.status = 'signed' ORDER BY n.signed_at LIMIT 1");
            if (stmt) {
                auto rows = stmt->collect([&] { return SignedEncounter{stmt->text(0), stmt->text(1), stmt->text(2)}; });
                if (rows && !rows->empty()) {
                    found = rows->front();
                }
            }
            return found;
        },
        [this](SignedEncounter found) {
            if (found.encounterId.isEmpty()) {
                std::fprintf(stderr, "the demo vault has no signed note; the record and encounter show nothing\n");
            }
            m_signed = std::move(found);
            runStep(0);
        });
}

void ScreenshotTour::runStep(std::size_t index) {
    if (index >= m_steps.size()) {
        grabUnlockScreen();
        return;
    }
    m_steps[index].show(*m_window);
    settle(2, [this, index] {
        save(m_window, m_steps[index].name);
        runStep(index + 1);
    });
}

void ScreenshotTour::settle(int rounds, std::function<void()> then) {
    if (rounds == 0) {
        // The answers are in; let the widgets lay themselves out and paint once more.
        QTimer::singleShot(100, this, std::move(then));
        return;
    }
    auto* services = m_controller.services();
    if (services == nullptr) {
        then();
        return;
    }
    // The vault worker answers in order: when this no-op comes back, the page's queries before it have too.
    auto next = std::make_shared<std::function<void()>>(std::move(then));
    services->vault().post(
        this, [](VaultScope&) { return 0; },
        [this, rounds, next](int) {
            QTimer::singleShot(0, this, [this, rounds, next] { settle(rounds - 1, *next); });
        });
}

void ScreenshotTour::save(QWidget* widget, const QString& name) {
    const QString file = QDir(m_outDir).filePath(QStringLiteral("%1-%2.png").arg(name, m_suffix));
    if (widget->grab().save(file)) {
        std::fprintf(stderr, "saved %s\n", qPrintable(file));
    } else {
        std::fprintf(stderr, "could not save %s\n", qPrintable(file));
        ++m_failures;
    }
}

void ScreenshotTour::grabUnlockScreen() {
    m_controller.lock();
    // Logging out happens on the sign-in worker; the unlock window appears when it is done.
    auto* poll = new QTimer(this);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("unlockWindow") && widget->isVisible()) {
                poll->stop();
                QTimer::singleShot(200, this, [this, widget] {
                    save(widget, QStringLiteral("unlock"));
                    emit finished(m_failures);
                });
                return;
            }
        }
        if (waited->elapsed() > 20'000) {
            poll->stop();
            std::fprintf(stderr, "the unlock screen did not appear after Lock\n");
            emit finished(m_failures + 1);
        }
    });
    poll->start(50);
}

} // namespace clinicdesk
