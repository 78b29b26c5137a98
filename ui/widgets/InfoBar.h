// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace clinicdesk {

// A non-blocking message strip above a page's content (like a browser's info
// bar): shows one message until the user closes it or a newer one replaces it.
class InfoBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit InfoBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Information);
    void dismiss();
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    QLabel* m_label;
    QToolButton* m_closeButton;
    Kind m_kind = Kind::Information;
};

} // namespace clinicdesk
