// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace clinicdesk::test::fakeopenai {

// multipart/form-data (RFC 7578) as /audio/transcriptions takes it: CRLF delimiters, a boundary of at most
// 70 characters, every part a `Content-Disposition: form-data; name=...` (filename optional) with an
// optional Content-Type; a preamble, transport padding and an epilogue are allowed.
class MultipartForm {
public:
    struct Part {
        QString name;
        bool hasFilename = false;
        QString filename;
        QString contentType;
        QByteArray data;
    };

    // The parts of `body`, in order; nullopt when it is not a well-formed form with this boundary.
    [[nodiscard]] static std::optional<std::vector<Part>> parse(const QByteArray& body, const QByteArray& boundary);

    // Parameters of a header value such as `form-data; name="file"; filename="a.ogg"` (lower-case names, quoted
    // strings unescaped); `first` gets what comes before the first ';' ("form-data", "multipart/form-data").
    [[nodiscard]] static QHash<QString, QString> headerParams(const QString& value, QString* first = nullptr);
};

} // namespace clinicdesk::test::fakeopenai
