// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/ClinicLogo.h"

#include "domain/ClinicSettings.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>

#include <algorithm>
#include <cmath>

namespace clinicdesk {

namespace {

QByteArray encoded(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(0); // PNG: the strongest compression; the pixels stay exact
    return writer.write(image) ? bytes : QByteArray();
}

QImage scaledToFit(const QImage& image, int side) {
    if (std::max(image.width(), image.height()) <= side) {
        return image;
    }
    return image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

Result<QByteArray> ClinicLogo::fromImage(const QImage& image) {
    if (image.isNull() || image.width() < 1 || image.height() < 1) {
        return fail(ErrorCode::InvalidInput, tr("The logo is not an image ClinicDesk can read."),
                    QStringLiteral("logo: null image"));
    }
    // Halve the area until the PNG fits (a photograph as a logo): a logo on paper is at most 48 mm wide.
    int side = kMaxSide;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QByteArray png = encoded(scaledToFit(image, side));
        if (png.isEmpty()) {
            return fail(ErrorCode::Io, tr("The logo could not be converted to PNG."), QStringLiteral("png encode"));
        }
        if (png.size() <= ClinicProfile::kMaxLogoBytes) {
            return png;
        }
        side = int(side / std::sqrt(2.0));
    }
    return fail(ErrorCode::InvalidInput, tr("The logo is too detailed to store. Choose a simpler image."),
                QStringLiteral("logo: png over the limit at every size"));
}

Result<QByteArray> ClinicLogo::fromFile(const QString& path) {
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.isFile() || !info.isReadable()) {
        return fail(ErrorCode::NotFound, tr("“%1” cannot be read.").arg(shown), QStringLiteral("logo: no such file"));
    }
    if (info.size() > kMaxFileBytes) {
        return fail(ErrorCode::InvalidInput, tr("“%1” is larger than 20 MiB; a logo is much smaller.").arg(shown),
                    QStringLiteral("logo: file too big"));
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "jpg" && format != "svg" && format != "svgz") {
        return fail(ErrorCode::InvalidInput, tr("“%1” is not a PNG, JPEG or SVG image.").arg(shown),
                    QStringLiteral("logo: format '%1'").arg(QString::fromLatin1(format)));
    }
    const QSize natural = reader.size();
    if (format.startsWith("svg")) {
        // A drawing: rendered at the largest size kept, so it stays sharp on paper.
        const QSize size = natural.isValid() && !natural.isEmpty() ? natural : QSize(kMaxSide, kMaxSide);
        reader.setScaledSize(size.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio));
    } else if (natural.isValid() && std::max(natural.width(), natural.height()) > kMaxSide && format != "png") {
        reader.setScaledSize(natural.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio)); // JPEG decodes smaller
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        return fail(ErrorCode::InvalidInput, tr("“%1” is not a PNG, JPEG or SVG image.").arg(shown),
                    QStringLiteral("logo: %1").arg(reader.errorString()));
    }
    return fromImage(image);
}

QString ClinicLogo::describe(const QByteArray& png) {
    if (png.isEmpty()) {
        return {};
    }
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    const QSize size = reader.size();
    return tr("PNG, %1 × %2 px, %3 KiB")
        .arg(size.width())
        .arg(size.height())
        .arg(std::max<qsizetype>(1, (png.size() + 1023) / 1024));
}

} // namespace clinicdesk
