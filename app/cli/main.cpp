#include "CliApp.h"
#include "crypto/SecureBytes.h"
#include "util/LogFile.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

int main(int argc, char* argv[]) {
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0); // no core dumps with keys in them
#endif
    // `note export --pdf` lays text out with QtGui (fonts, QTextDocument): that one command gets a
    // QGuiApplication on the offscreen platform; everything else stays a plain console application.
    bool needsGui = false;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "note") == 0 && std::strcmp(argv[i + 1], "export") == 0) {
            needsGui = true;
        }
    }
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
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
    clinicdesk::cli::CliApp cli(arguments);
    return cli.run();
}
