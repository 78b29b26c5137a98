// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace clinicdesk {

class AppController;
class MainWindow;

// Walks the demo vault's main screens (and the record and encounter of its signed note) and saves a picture of each:
// `<out>/<screen>-<language>-<theme>.png`. Each step shows a place, then waits until the session's workers have
// answered everything the page asked for (a no-op posted behind the page's queries, twice, since an answer can ask for
// more), then grabs the window. The last picture is the unlock screen after Lock.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(AppController& controller, QString outDir, QString suffix, QObject* parent = nullptr);

    // Starts once the main window is shown; emits finished() with the number of pictures that could not be
    // saved.
    void begin(MainWindow* window);

signals:
    void finished(int failures);

private:
    struct SignedEncounter {
        QString encounterId;
        QString patientId;
        QString patientName;
    };
    struct Step {
        QString name;
        std::function<void(MainWindow&)> show;
    };

    void runStep(std::size_t index);
    void settle(int rounds, std::function<void()> then);
    void save(QWidget* widget, const QString& name);
    void grabUnlockScreen();

    AppController& m_controller;
    QString m_outDir;
    QString m_suffix;
    MainWindow* m_window = nullptr;
    std::vector<Step> m_steps;
    SignedEncounter m_signed;
    int m_failures = 0;
};

} // namespace clinicdesk
