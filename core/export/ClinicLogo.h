// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace clinicdesk {

// The clinic's logo as the vault keeps it (ClinicProfile::logoPng): a PNG of at most 512 KiB, at most
// 600 px on its long side. Made from a PNG, JPEG or SVG file: a raster image is scaled down (never up),
// an SVG is drawn at 600 px; transparency is kept. Decoding a file takes a while: call it off the UI
// thread. SVG needs a QGuiApplication (its text is laid out with fonts).
class ClinicLogo {
    Q_DECLARE_TR_FUNCTIONS(ClinicLogo)
public:
    static constexpr int kMaxSide = 600;
    static constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;

    // NotFound when the file cannot be read; InvalidInput when it is not a PNG, JPEG or SVG image.
    [[nodiscard]] static Result<QByteArray> fromFile(const QString& path);
    // `image` scaled down to kMaxSide and encoded, smaller still if the PNG would be too big.
    [[nodiscard]] static Result<QByteArray> fromImage(const QImage& image);
    // What a stored logo shows: "PNG, 240 × 120 px, 14 KiB"; empty for none.
    [[nodiscard]] static QString describe(const QByteArray& png);
};

} // namespace clinicdesk
