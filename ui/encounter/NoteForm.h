// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ToothNumbering.h"
#include "domain/Note.h"
#include "encounter/NoteSchemaField.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace clinicdesk {

class NoteTableEditor;

// A note's fields as a form built from its template's JSON schema, in the template's
// order: text fields as multi-line editors, enums as combo boxes, lists of objects as
// tables, lists of enums (tooth surfaces) as comma-separated lines. Titles are the
// properties' "title", else the name humanised; descriptions are tooltips and
// placeholders.
//
// Fields that the note's evidence cites show a "Source" button; pressing it emits
// evidenceRequested() with the cited segments ({transcript, index, start_ms, end_ms}).
//
// Object names: noteField_<name> (the editor; a NoteTableEditor for tables),
// noteSource_<name> (the evidence button).
class NoteForm : public QWidget {
    Q_OBJECT
public:
    explicit NoteForm(QWidget* parent = nullptr);

    // Rebuilds the fields (empty values) for `schema`; nothing when it is the schema shown.
    void setSchema(const QJsonObject& schema);
    [[nodiscard]] const QJsonObject& schema() const { return m_schema; }
    void setContent(const QJsonObject& content);
    // The form's values as the template's object (tooth numbers in FDI). Values that
    // cannot be stored add a sentence each to `problems`.
    [[nodiscard]] QJsonObject content(QStringList* problems = nullptr) const;
    // {"statements":[{"path":"/plan","segments":[...]}]}: which fields get a Source button.
    void setEvidence(const QJsonObject& evidence);
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    // Re-shows tooth numbers in `notation` (the stored values stay FDI).
    void setToothNotation(ToothNumbering::Notation notation);
    [[nodiscard]] ToothNumbering::Notation toothNotation() const { return m_notation; }
    // Marks the fields a stored draft's problems point to (paths into the content), with the
    // message under each; an empty list clears the marks.
    void setProblems(const std::vector<NoteProblem>& problems);
    // The template has tooth numbers somewhere (only then does the numbering matter).
    [[nodiscard]] bool hasToothFields() const;

    // Edited since setContent() / setModified(false).
    [[nodiscard]] bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    [[nodiscard]] QStringList fieldNames() const;

signals:
    void edited();
    void evidenceRequested(const QJsonArray& segments);

private:
    struct Field {
        NoteSchemaField spec;
        QWidget* editor = nullptr;
        NoteTableEditor* table = nullptr;
        QWidget* source = nullptr;
        QLabel* problem = nullptr;
        QJsonArray segments; // evidence for this field
    };
    void clearFields();
    void setValue(Field& field, const QJsonValue& value);
    [[nodiscard]] QJsonValue value(const Field& field, QStringList* problems) const;
    void markEdited();

    QJsonObject m_schema;
    std::vector<Field> m_fields;
    QVBoxLayout* m_layout;
    ToothNumbering::Notation m_notation = ToothNumbering::Notation::Fdi;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_filling = false;
};

} // namespace clinicdesk
