// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "services/PatientRecordService.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace clinicdesk {

class InfoBar;

// The record's documents (clinical roles): files of any type up to 50 MiB, kept encrypted in the vault.
// "Add file…" reads one in (on the long-task worker, with a busy bar); "Save a copy…" writes the file
// where the user chooses, after saying that the copy is not encrypted (it is audited as an export); there
// is deliberately no "open in another program", which would leave a decrypted copy in a temporary folder
// that nobody cleans up. "Delete…" asks first; the document becomes a tombstone and its bytes go.
class PatientDocumentsTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int DocumentIdRole = Qt::UserRole + 1;

    PatientDocumentsTab(PatientRecordService& records, InfoBar* infoBar, QWidget* parent = nullptr);

    void setRecord(const PatientRecord& record);
    [[nodiscard]] QTreeWidget* view() const { return m_view; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

public slots:
    // Without the file dialogs (the buttons ask for the paths).
    void addFrom(const QString& path);
    void saveTo(const QString& documentId, const QString& path);

signals:
    // A document was added or deleted: the record reads its documents again.
    void changed();

private:
    void chooseFileToAdd();
    void chooseWhereToSave();
    void confirmDelete();
    void setBusy(bool busy, const QString& what = {});
    void updateButtons();
    [[nodiscard]] QString selectedId() const;

    PatientRecordService& m_records;
    InfoBar* m_infoBar;
    QString m_patientId;
    bool m_busy = false;
    QTreeWidget* m_view;
    QLabel* m_empty;
    QLabel* m_note;
    QProgressBar* m_progress;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPointer<QMessageBox> m_confirm;
};

} // namespace clinicdesk
