// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace clinicdesk {

namespace {

// An array index as RFC 6901 writes it: "0", or digits without a leading zero.
std::optional<qsizetype> indexOf(const QString& token) {
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.front() == QLatin1Char('0'))) {
        return std::nullopt;
    }
    for (const QChar c : token) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    return token.toLongLong();
}

// "~1" -> "/", "~0" -> "~"; any other "~" makes the token not well formed.
std::optional<QString> unescape(const QString& token) {
    QString out;
    out.reserve(token.size());
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token.at(i) != QLatin1Char('~')) {
            out.append(token.at(i));
            continue;
        }
        if (i + 1 >= token.size()) {
            return std::nullopt;
        }
        const QChar next = token.at(++i);
        if (next == QLatin1Char('0')) {
            out.append(QLatin1Char('~'));
        } else if (next == QLatin1Char('1')) {
            out.append(QLatin1Char('/'));
        } else {
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue& document, const QString& pointer) {
    if (pointer.isEmpty()) {
        return document;
    }
    if (!pointer.startsWith(QLatin1Char('/'))) {
        return std::nullopt;
    }
    QJsonValue current = document;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (const QString& raw : tokens) {
        const auto token = unescape(raw);
        if (!token) {
            return std::nullopt;
        }
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(*token);
            if (it == object.constEnd()) {
                return std::nullopt;
            }
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const auto index = indexOf(*token);
            if (!index || *index >= array.size()) {
                return std::nullopt;
            }
            current = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

QString JsonPointer::fromFragment(const QString& fragment) {
    return fragment.startsWith(QLatin1Char('#')) ? fragment.mid(1) : fragment;
}

} // namespace clinicdesk
