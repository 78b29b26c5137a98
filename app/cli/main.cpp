#include "CliApp.h"
#include "crypto/SecureBytes.h"
#include "util/LogFile.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

int main(int argc, char* argv[]) {
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0); // no core dumps with keys in them
#endif
    QCoreApplication app(argc, argv);
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
