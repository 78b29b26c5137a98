// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QWidget;

namespace clinicdesk {

// How an appointment's status is shown: a word and a shape, never a colour alone. booked: an open
// circle; arrived: a filled circle; in progress: a "play" triangle; done: a check mark; no-show: a
// circle with a stroke through it; cancelled: a cross. The shapes are drawn in the palette's colours
// (light and dark), at any size and device pixel ratio.
class AppointmentStatusLook {
    Q_DECLARE_TR_FUNCTIONS(AppointmentStatusLook)
public:
    // "Booked", "Arrived", "In progress", "Done", "No-show", "Cancelled".
    [[nodiscard]] static QString text(const QString& status);
    [[nodiscard]] static QIcon icon(const QString& status, const QWidget* widget);
};

} // namespace clinicdesk
