// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PdfText.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace clinicdesk::test {

namespace {

QByteArray run(const QString& program, const QStringList& arguments) {
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

bool havePoppler() {
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty();
}

QString pdfText(const QString& path, int first, int last) {
    QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0) {
        arguments << QStringLiteral("-f") << QString::number(first);
    }
    if (last > 0) {
        arguments << QStringLiteral("-l") << QString::number(last);
    }
    arguments << path << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments)).normalized(QString::NormalizationForm_KC);
}

int pdfImageCount(const QString& path) {
    const QByteArray listing = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (listing.isEmpty()) {
        return -1;
    }
    // "page num type width height ...", a line of dashes, then one line per image.
    int images = 0;
    const QList<QByteArray> lines = listing.split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QList<QByteArray> columns = lines.at(i).simplified().split(' ');
        if (columns.size() > 2 && columns.at(2) == "image") {
            ++images;
        }
    }
    return images;
}

} // namespace clinicdesk::test
