// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWidget>

class QComboBox;

namespace clinicdesk {

// Settings > Language: English, Swedish, Polish or the system's language. The choice applies at once
// (the windows are built again in the new language; nothing unsaved is lost) and is remembered on this
// computer.
class LanguagePage : public QWidget {
    Q_OBJECT
public:
    // `chosen`: the current choice ("" for the system's, or "en", "sv", "pl").
    explicit LanguagePage(const QString& chosen, QWidget* parent = nullptr);

signals:
    void languageChosen(const QString& code);
    void backRequested();

private:
    QComboBox* m_language;
};

} // namespace clinicdesk
