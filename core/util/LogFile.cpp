// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace clinicdesk {

namespace {

constexpr qint64 kMaxBytes = qint64{2} * 1024 * 1024;
constexpr int kKeep = 3;

struct LogState {
    QMutex mutex;
    QString path;
    QFile file;
    bool stderrToo = false;
};

LogState& state() {
    static LogState s; // process-wide by nature: Qt's message handler is a C function pointer
    return s;
}

void rotate(LogState& s) {
    s.file.close();
    for (int i = kKeep - 1; i >= 1; --i) {
        QFile::remove(s.path + QLatin1Char('.') + QString::number(i + 1));
        QFile::rename(s.path + QLatin1Char('.') + QString::number(i),
                      s.path + QLatin1Char('.') + QString::number(i + 1));
    }
    QFile::remove(s.path + QStringLiteral(".1"));
    QFile::rename(s.path, s.path + QStringLiteral(".1"));
    s.file.setFileName(s.path);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    // A new file gets the umask's permissions (often readable by every local user): owner-only, as at start.
    s.file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    static const char* const names[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(names[type]),
                 QLatin1String(context.category ? context.category : "default"), message)
            .toUtf8();
    LogState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() > kMaxBytes) {
                rotate(s);
            }
            s.file.write(line);
            s.file.flush();
        }
        if (s.stderrToo && type != QtDebugMsg) {
            std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
        }
    }
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

QString LogFile::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString LogFile::path() {
    QMutexLocker lock(&state().mutex);
    return state().path;
}

void LogFile::install(const QString& folder, bool alsoToStderr) {
    LogState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        s.path = QDir(folder).filePath(QStringLiteral("clinicdesk.log"));
        s.file.setFileName(s.path);
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
        s.file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        s.stderrToo = alsoToStderr;
    }
    qInstallMessageHandler(handler);
}

} // namespace clinicdesk
