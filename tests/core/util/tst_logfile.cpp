// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The rotating log file: owner-only, the folder and every file, also the ones rotation creates.
#include "util/LogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

namespace {

Q_LOGGING_CATEGORY(lcTest, "clinicdesk.test")

constexpr auto kOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

class TstLogFile : public QObject {
    Q_OBJECT

private slots:
    void rotatedFilesAreOwnerOnly() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("logs"));
        clinicdesk::LogFile::install(folder, false);
        QCOMPARE(QFile::permissions(folder) & kOthers, QFileDevice::Permissions());
        // More than the 2 MiB at which the file rotates, twice.
        const QString line(200, QLatin1Char('x'));
        for (int i = 0; i < 25'000; ++i) {
            qCInfo(lcTest) << i << line;
        }
        const QStringList files = QDir(folder).entryList({QStringLiteral("clinicdesk.log*")}, QDir::Files);
        QVERIFY2(files.contains(QStringLiteral("clinicdesk.log.1")), qPrintable(files.join(QLatin1Char(' '))));
        QVERIFY(files.contains(QStringLiteral("clinicdesk.log.2")));
        for (const QString& name : files) {
            const auto permissions = QFile::permissions(QDir(folder).filePath(name));
            QVERIFY2((permissions & kOthers) == QFileDevice::Permissions(), qPrintable(name));
        }
        qInstallMessageHandler(nullptr);
    }
};

QTEST_GUILESS_MAIN(TstLogFile)

#include "tst_logfile.moc"
