// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ToothNumbering.h"
#include "encounter/NoteSchemaField.h"

#include <QJsonArray>
#include <QWidget>

#include <algorithm>
#include <vector>

class QPushButton;
class QTableWidget;

namespace clinicdesk {

// A note field that is a list of objects (findings per tooth, procedures): a table
// with one column per property of the items and buttons to add and remove rows.
// Object names: noteTable_<field>, noteAddRow_<field>, noteRemoveRow_<field>.
class NoteTableEditor : public QWidget {
    Q_OBJECT
public:
    // `root` is the template's schema (for "$ref").
    NoteTableEditor(const NoteSchemaField& field, const QJsonObject& root, QWidget* parent = nullptr);

    void setRows(const QJsonArray& rows, ToothNumbering::Notation notation);
    // The rows as stored (tooth numbers in FDI). Cells that cannot be stored add a
    // sentence to `problems`.
    [[nodiscard]] QJsonArray rows(ToothNumbering::Notation notation, QStringList* problems) const;
    void setReadOnly(bool readOnly);
    // Shows the tooth columns' notation in their headers.
    void setNotationHeaders(ToothNumbering::Notation notation);
    [[nodiscard]] QTableWidget* table() const { return m_table; }

public slots:
    void addRow();
    void removeCurrentRow();

signals:
    void edited();

private:
    void insertRow(const QJsonObject& values, ToothNumbering::Notation notation);
    void updateButtons();

    NoteSchemaField m_field;
    std::vector<NoteSchemaField> m_columns;

public:
    // A column holds tooth numbers.
    [[nodiscard]] bool hasToothColumn() const {
        return std::any_of(m_columns.begin(), m_columns.end(), [](const NoteSchemaField& c) { return c.tooth; });
    }
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_readOnly = false;
};

} // namespace clinicdesk
