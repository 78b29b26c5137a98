// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace clinicdesk::test::fakeopenai {

// One request as HttpConnection read it: the target split at '?', the headers with lower-case names
// (a repeated header's values joined by ", ") and the whole body (a chunked one already joined).
struct HttpRequest {
    QByteArray method;
    QString path;
    QString query;
    QHash<QString, QString> headers;
    QByteArray body;
    qint64 contentLength = 0;
};

} // namespace clinicdesk::test::fakeopenai
