// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-screenshots: pictures of the main screens of a fresh demo vault, for docs/screenshots.
//   clinicdesk-screenshots --out DIR [--language en|sv|pl] [--theme light|dark]
// scripts/screenshots runs it under Xvfb for every language and theme. "dark" stands in for a dark system
// palette (what a desktop in dark mode gives ClinicDesk): the Fusion style with dark colours.
#include "AppController.h"
#include "ScreenshotTour.h"
#include "Translations.h"
#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <cstdio>

using namespace clinicdesk;

namespace {

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x93);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    QApplication::setQuitOnLastWindowClosed(false);
    if (!initCrypto()) {
        std::fputs("clinicdesk-screenshots: the cryptography library could not start\n", stderr);
        return 1;
    }

    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Save the pictures in <folder>."),
                                       QStringLiteral("folder"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en, sv or pl."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("light or dark."),
                                         QStringLiteral("theme"), QStringLiteral("light"));
    parser.addHelpOption();
    parser.addOptions({outOption, languageOption, themeOption});
    parser.process(app);

    const QString out = parser.value(outOption);
    const QString language = parser.value(languageOption);
    const QString theme = parser.value(themeOption);
    if (out.isEmpty() || !Translations::available().contains(language) ||
        (theme != QLatin1String("light") && theme != QLatin1String("dark"))) {
        std::fputs("usage: clinicdesk-screenshots --out DIR [--language en|sv|pl] [--theme light|dark]\n", stderr);
        return 2;
    }
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "clinicdesk-screenshots: cannot create %s\n", qPrintable(out));
        return 1;
    }

    // The same style in both themes, so light and dark differ only in their colours.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fputs("clinicdesk-screenshots: no temporary folder\n", stderr);
        return 1;
    }
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Translations translations(&settings);
    translations.apply(language);

    KeychainStore keychain;
    AppController controller(dir.filePath(QStringLiteral("vault")), keychain, &settings, KdfParams::minimum(), nullptr,
                             &translations);
    ScreenshotTour tour(controller, out, language + QLatin1Char('-') + theme);
    QObject::connect(&controller, &AppController::mainWindowShown, &tour, &ScreenshotTour::begin,
                     Qt::SingleShotConnection);
    QObject::connect(&controller, &AppController::startFailed, &app, [](const QString& message) {
        std::fprintf(stderr, "clinicdesk-screenshots: %s\n", qPrintable(message));
        QApplication::exit(1);
    });
    QObject::connect(&tour, &ScreenshotTour::finished, &app, [](int failures) { QApplication::exit(failures); });
    controller.startDemo(dir.filePath(QStringLiteral("vault")));
    return QApplication::exec();
}
