#pragma once

#include "services/PatientRecordService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace clinicdesk {

// The record's recordings, newest first: when, how long, from the microphone or imported, and whether it
// has a transcript. Opening one (Enter, a double click or the button) asks for its encounter page, where
// it is played, transcribed and noted.
class PatientRecordingsTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int EncounterIdRole = Qt::UserRole + 1;
    static constexpr int RecordingIdRole = Qt::UserRole + 2;

    explicit PatientRecordingsTab(QWidget* parent = nullptr);

    void setRecord(const PatientRecord& record);
    [[nodiscard]] QTreeWidget* view() const { return m_view; }

signals:
    void encounterOpened(const QString& encounterId);

private:
    void openCurrent();

    QTreeWidget* m_view;
    QLabel* m_empty;
    QPushButton* m_open;
};

} // namespace clinicdesk
