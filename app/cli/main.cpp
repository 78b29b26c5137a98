// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "CliApp.h"
#include "CommandRegistry.h"
#include "EnvironmentSecrets.h"
#include "crypto/SecureBytes.h"
#include "util/LogFile.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

int main(int argc, char* argv[]) {
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0); // no core dumps with keys in them
#endif
    // First, while this is the only thread: the passwords leave the environment for guarded memory.
    const clinicdesk::cli::EnvironmentSecrets secrets = clinicdesk::cli::EnvironmentSecrets::take();
    const clinicdesk::cli::CommandRegistry registry;
    // Commands that lay text out with QtGui (fonts, QTextDocument: `note export --pdf`) declare it and
    // get a QGuiApplication on the offscreen platform; everything else stays a plain console application.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i) {
        rawArguments << QString::fromLocal8Bit(argv[i]);
    }
    std::unique_ptr<QCoreApplication> app;
    if (clinicdesk::cli::CliApp::needsGui(registry, rawArguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    // The log goes to the rotating file; stderr is kept for one-sentence errors.
    clinicdesk::LogFile::install(qEnvironmentVariable("CLINICDESK_LOG_DIR", clinicdesk::LogFile::defaultFolder()),
                                 qEnvironmentVariableIsSet("CLINICDESK_LOG_STDERR"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("clinicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    if (!clinicdesk::initCrypto()) {
        std::fputs(QCoreApplication::translate("main", "clinicdesk-cli: the cryptography library could not start.\n")
                       .toUtf8()
                       .constData(),
                   stderr);
        return clinicdesk::cli::ExitFailure;
    }
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    clinicdesk::cli::CliApp cli(registry, arguments, secrets);
    return cli.run();
}
