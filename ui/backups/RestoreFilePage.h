// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinicdesk {

// The restore wizard's first page (objectName "restoreFilePage"): the backup file, whose header is
// read as soon as it is chosen (is it a ClinicDesk backup, when was it made, of this vault or
// another). Object names: restoreFileEdit, restoreFileBrowseButton, restoreFileInfo,
// restoreFileDialog.
class RestoreFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreFilePage(QWidget* parent = nullptr);

    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isThisVault() const { return m_thisVault; }

private:
    void browse();
    void inspect();

    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_info;
    QTimer m_delay;
    QString m_checked; // the path whose header was read and is a backup
    bool m_thisVault = false;
};

} // namespace clinicdesk
