// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/MultipartForm.h"

namespace clinicdesk::test::fakeopenai {

QHash<QString, QString> MultipartForm::headerParams(const QString& value, QString* first) {
    QHash<QString, QString> params;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < value.size() && value[i].isSpace()) {
            ++i;
        }
    };
    qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    if (first) {
        *first = value.left(semicolon < 0 ? value.size() : semicolon).trimmed();
    }
    if (semicolon < 0) {
        return params;
    }
    i = semicolon + 1;
    while (i < value.size()) {
        skipSpace();
        const qsizetype eq = value.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            break;
        }
        const QString key = value.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        skipSpace();
        QString v;
        if (i < value.size() && value[i] == QLatin1Char('"')) {
            ++i;
            while (i < value.size() && value[i] != QLatin1Char('"')) {
                if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
                    ++i;
                }
                v += value[i];
                ++i;
            }
            ++i; // closing quote
            const qsizetype next = value.indexOf(QLatin1Char(';'), i);
            i = next < 0 ? value.size() : next + 1;
        } else {
            const qsizetype next = value.indexOf(QLatin1Char(';'), i);
            v = value.mid(i, (next < 0 ? value.size() : next) - i).trimmed();
            i = next < 0 ? value.size() : next + 1;
        }
        params.insert(key, v);
    }
    return params;
}

std::optional<std::vector<MultipartForm::Part>> MultipartForm::parse(const QByteArray& body,
                                                                     const QByteArray& boundary) {
    if (boundary.isEmpty() || boundary.size() > 70) {
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray between = "\r\n" + delimiter;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(between);
    if (pos < 0) {
        return std::nullopt;
    }
    pos += pos == 0 && body.startsWith(delimiter) ? delimiter.size() : between.size();
    std::vector<Part> parts;
    while (true) {
        if (body.mid(pos, 2) == "--") {
            return parts; // the close delimiter; an epilogue is ignored
        }
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) {
            ++pos; // transport padding
        }
        if (body.mid(pos, 2) != "\r\n") {
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0) {
            return std::nullopt;
        }
        Part part;
        bool disposition = false;
        for (const QByteArray& line : body.mid(pos, headersEnd - pos).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.isEmpty()) {
                continue;
            }
            const qsizetype colon = trimmed.indexOf(':');
            if (colon <= 0) {
                return std::nullopt;
            }
            const QString name = QString::fromLatin1(trimmed.left(colon)).trimmed().toLower();
            const QString value = QString::fromUtf8(trimmed.mid(colon + 1)).trimmed();
            if (name == QLatin1String("content-disposition")) {
                QString kind;
                const auto params = headerParams(value, &kind);
                if (kind.compare(QLatin1String("form-data"), Qt::CaseInsensitive) != 0 ||
                    !params.contains(QStringLiteral("name"))) {
                    return std::nullopt;
                }
                disposition = true;
                part.name = params.value(QStringLiteral("name"));
                part.hasFilename = params.contains(QStringLiteral("filename"));
                part.filename = params.value(QStringLiteral("filename"));
            } else if (name == QLatin1String("content-type")) {
                part.contentType = value;
            }
        }
        if (!disposition) {
            return std::nullopt;
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype dataEnd = body.indexOf(between, dataStart);
        if (dataEnd < 0) {
            return std::nullopt;
        }
        part.data = body.mid(dataStart, dataEnd - dataStart);
        parts.push_back(std::move(part));
        pos = dataEnd + between.size();
    }
}

} // namespace clinicdesk::test::fakeopenai
