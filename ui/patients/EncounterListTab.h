// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace clinicdesk {

// A tab of the patient record whose rows lead to an encounter (the encounters themselves, the
// recordings): the list, a sentence in its place when it is empty, and "Open encounter" (Enter, a
// double click or the button), which asks for the encounter page of the current row.
class EncounterListTab : public QWidget {
    Q_OBJECT
public:
    // Every row holds the id of its encounter under this role.
    static constexpr int EncounterIdRole = Qt::UserRole + 1;

    [[nodiscard]] QTreeWidget* view() const { return m_view; }

signals:
    void encounterOpened(const QString& encounterId);

protected:
    // The object names of the tab, its list, the empty sentence and the button (for tests and tools).
    struct Names {
        const char* tab;
        const char* view;
        const char* empty;
        const char* button;
    };

    EncounterListTab(const Names& names, const QString& emptyText, const QString& buttonToolTip, QWidget* parent);

    // After the list was filled: the list or the empty sentence, and the button as the selection allows.
    void listFilled();

private:
    void openCurrent();

    QTreeWidget* m_view;
    QLabel* m_empty;
    QPushButton* m_open;
};

} // namespace clinicdesk
