// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinicdesk {

// The restore wizard's third page (objectName "restoreFolderPage"): a new or empty folder for the
// restored vault. A folder that is not empty, is a file or cannot be written is refused here with
// the sentence core gives, before anything is made. Object names: restoreFolderEdit,
// restoreFolderBrowseButton, restoreFolderStatus, restoreFolderDialog.
class RestoreFolderPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreFolderPage(QWidget* parent = nullptr);

    [[nodiscard]] QString folder() const;
    [[nodiscard]] bool isComplete() const override;

private:
    void browse();
    void check();

    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_status;
    QTimer m_delay;
    QString m_accepted; // the folder that was checked and may take the vault
};

} // namespace clinicdesk
