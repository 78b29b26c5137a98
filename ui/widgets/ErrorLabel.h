// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QLabel>

namespace clinicdesk {

// The sentence under a form that says what is wrong: wrapped, in the error tone of the current light
// or dark palette (the words carry the meaning, the colour only marks them), read as "Problem" by
// screen readers, and hidden while there is nothing to say.
class ErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget* parent = nullptr);

    // Shows `message`, or hides the label when it is empty.
    void showMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();
};

} // namespace clinicdesk
