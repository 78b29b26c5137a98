// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk: the desktop application. Everything lives in clinicdesk_ui;
// this file only reads the command line and starts AppController.
#include "AppController.h"
#include "Platform.h"
#include "SignInSettings.h"
#include "Translations.h"
#include "crypto/SecureBytes.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "patients/PatientsPage.h"
#include "util/AppPaths.h"
#include "util/LogFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace clinicdesk;

namespace {

// --screenshot: saves the main window once the patient list is filled, then quits.
void saveScreenshotWhenReady(AppController& controller, const QString& file) {
    QObject::connect(&controller, &AppController::mainWindowShown, &controller, [file](MainWindow* window) {
        QObject::connect(
            window->patientsPage(), &PatientsPage::resultsShown, window,
            [window, file] {
                QTimer::singleShot(300, window, [window, file] {
                    const bool saved = window->grab().save(file);
                    std::fprintf(stderr, "%s %s\n", saved ? "screenshot saved to" : "could not save", qPrintable(file));
                    QApplication::exit(saved ? 0 : 1);
                });
            },
            Qt::SingleShotConnection);
    });
}

} // namespace

int main(int argc, char** argv) {
    Platform::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("clinicdesk")); // matches installer/clinicdesk.desktop (Wayland icon)
    QApplication::setApplicationVersion(QStringLiteral(CLINICDESK_VERSION));
    // AppController decides when the program ends (a locked vault has no window for a moment).
    QApplication::setQuitOnLastWindowClosed(false);
    LogFile::install(qEnvironmentVariable("CLINICDESK_LOG_DIR", LogFile::defaultFolder()), true);
    if (!initCrypto()) {
        std::fputs("clinicdesk: the cryptography library could not start.\n", stderr);
        return 1;
    }
    // The interface language the user chose on this computer (or the system's), for the command line's
    // help too; AppController switches it later from Settings > Language.
    QSettings languageSettings;
    Translations translations(&languageSettings);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Clinical notes, patients and practice records "
                                                                     "in one encrypted vault."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QApplication::translate("main", "Open or create the vault in <folder>."),
                                         QApplication::translate("main", "folder"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Open a throwaway vault with fictional "
                                                                        "patients (deleted at exit)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the main window to <file>, then quit."),
        QApplication::translate("main", "file"));
    parser.addOptions({vaultOption, demoOption, screenshotOption});
    parser.process(app);

    KeychainStore keychain;
    QSettings userSettings;
    // The demo leaves nothing behind, not even sign-in settings: both live in a
    // temporary folder that is removed at exit (after the vault has locked).
    std::unique_ptr<QTemporaryDir> demoDir;
    std::unique_ptr<QSettings> demoSettings;
    const bool demo = parser.isSet(demoOption);
    if (demo) {
        demoDir = std::make_unique<QTemporaryDir>();
        if (!demoDir->isValid()) {
            std::fprintf(stderr, "clinicdesk: could not create a temporary folder for the demo vault\n");
            return 1;
        }
        demoSettings =
            std::make_unique<QSettings>(demoDir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
    QSettings* settings = demo ? demoSettings.get() : &userSettings;

    QString vaultDir = parser.value(vaultOption);
    if (demo) {
        vaultDir = demoDir->filePath(QStringLiteral("vault"));
    } else if (vaultDir.isEmpty()) {
        vaultDir = SignInSettings(settings).lastVaultFolder();
        if (vaultDir.isEmpty()) {
            vaultDir = AppPaths::defaultVaultDir();
        }
    }

    AppController controller(QDir::cleanPath(vaultDir), keychain, settings, KdfParams::interactive(), nullptr,
                             &translations);
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit);
    QObject::connect(&controller, &AppController::startFailed, &app, [](const QString& message) {
        std::fprintf(stderr, "clinicdesk: %s\n", qPrintable(message));
        QApplication::exit(1);
    });
    if (parser.isSet(screenshotOption)) {
        saveScreenshotWhenReady(controller, parser.value(screenshotOption));
    }

    if (demo) {
        controller.startDemo(vaultDir);
    } else {
        controller.start();
    }
    return QApplication::exec();
}
