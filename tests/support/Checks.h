// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QTest>

namespace clinicdesk::test {

// The stable name of an error code, for QCOMPARE messages that say which code came back.
[[nodiscard]] inline QString code(ErrorCode c) {
    return QString::fromLatin1(errorCodeName(c));
}

// "ok", or the error's code, message and detail: what a failed CHECK_OK prints.
template <typename R>
[[nodiscard]] QByteArray why(const R& result) {
    if (result) {
        return QByteArrayLiteral("ok");
    }
    return (code(result.error().code) + QStringLiteral(": ") + result.error().message + QStringLiteral(" [") +
            result.error().detail + QStringLiteral("]"))
        .toUtf8();
}

} // namespace clinicdesk::test

// Fails the test with the error's code, message and detail when a Result holds an error.
#define CHECK_OK(expr)                                                                                                 \
    do {                                                                                                               \
        const auto& checked_ = (expr);                                                                                 \
        QVERIFY2(checked_.has_value(), ::clinicdesk::test::why(checked_).constData());                                 \
    } while (false)
