// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/ErrorLabel.h"

#include "widgets/Tone.h"

#include <QEvent>

namespace clinicdesk {

ErrorLabel::ErrorLabel(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
    setAccessibleName(tr("Problem"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyTone();
    hide();
}

void ErrorLabel::showMessage(const QString& message) {
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    // The system switched between light and dark: the tone follows. (Our own setPalette sends
    // PaletteChange, not this.)
    if (event->type() == QEvent::ApplicationPaletteChange) {
        applyTone();
    }
}

void ErrorLabel::applyTone() {
    QPalette p = palette();
    p.setColor(QPalette::WindowText, Tone::text(Tone::Kind::Error, this));
    setPalette(p);
}

} // namespace clinicdesk
