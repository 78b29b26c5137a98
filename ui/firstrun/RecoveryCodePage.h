// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QTimer>
#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace clinicdesk {

// Shows the recovery code once. Continuing needs a tick that it is written down.
class RecoveryCodePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryCodePage(QWidget* parent = nullptr);
    // Clears the code from the clipboard if it is still there.
    ~RecoveryCodePage() override;

    void setCode(const QString& code);

    static constexpr int kClipboardClearMs = 60000;

private:
    void copy();
    void clearClipboard();

    QString m_code;
    QLabel* m_codeLabel;
    QCheckBox* m_confirm;
    QLabel* m_copied;
    QTimer m_clipboardTimer;
};

} // namespace clinicdesk
