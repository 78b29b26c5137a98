#pragma once

#include "services/PatientRecordService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace clinicdesk {

// The record's encounters, newest first, each with its notes under it: signed (by whom, when) or draft,
// and addenda marked as such. Opening one (Enter, a double click or the button) asks for its encounter page.
class PatientEncountersTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int EncounterIdRole = Qt::UserRole + 1;
    static constexpr int NoteIdRole = Qt::UserRole + 2;

    explicit PatientEncountersTab(QWidget* parent = nullptr);

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
