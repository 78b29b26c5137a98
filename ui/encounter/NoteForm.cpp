// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/NoteForm.h"

#include "encounter/NoteTableEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace clinicdesk {

NoteForm::NoteForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
}

void NoteForm::clearFields() {
    m_fields.clear();
    // The layout holds one box per field (its title row and editor) and stretches.
    while (m_layout->count() > 0) {
        QLayoutItem* item = m_layout->takeAt(0);
        delete item->widget(); // never called from inside one of the form's own widgets
        delete item;
    }
}

QStringList NoteForm::fieldNames() const {
    QStringList names;
    for (const Field& field : m_fields) {
        names << field.spec.name;
    }
    return names;
}

void NoteForm::setSchema(const QJsonObject& schema) {
    if (schema == m_schema && !m_fields.empty()) {
        return;
    }
    clearFields();
    m_schema = schema;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (const QString& name : NoteSchemaField::propertyOrder(schema)) {
        Field field;
        field.spec = NoteSchemaField::describe(name, properties.value(name).toObject(), schema);
        const NoteSchemaField& spec = field.spec;

        auto* box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 4, 0, 4);
        boxLayout->setSpacing(2);
        auto* titleRow = new QHBoxLayout;
        auto* title = new QLabel(spec.title, box);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setToolTip(spec.description);
        titleRow->addWidget(title);
        auto* source = new QToolButton(box);
        source->setObjectName(QStringLiteral("noteSource_") + name);
        source->setText(tr("Source"));
        source->setAutoRaise(true);
        source->setToolTip(tr("Show and play the part of the transcript this came from"));
        source->hide();
        field.source = source;
        titleRow->addWidget(source);
        titleRow->addStretch(1);
        boxLayout->addLayout(titleRow);

        using Kind = NoteSchemaField::Kind;
        switch (spec.kind) {
        case Kind::Text:
        case Kind::TextList:
        case Kind::Json: {
            auto* edit = new QPlainTextEdit(box);
            edit->setTabChangesFocus(true);
            edit->setPlaceholderText(spec.kind == Kind::TextList ? tr("One per line") : spec.description);
            edit->setMinimumHeight(spec.kind == Kind::Json ? 90 : 60);
            edit->setMaximumHeight(spec.kind == Kind::Json ? 200 : 140);
            connect(edit, &QPlainTextEdit::textChanged, this, &NoteForm::markEdited);
            field.editor = edit;
            break;
        }
        case Kind::Number:
        case Kind::Integer:
        case Kind::ChoiceList: {
            auto* edit = new QLineEdit(box);
            edit->setPlaceholderText(spec.kind == Kind::ChoiceList
                                         ? tr("Separated by commas: %1").arg(spec.choices.join(QStringLiteral(", ")))
                                         : spec.description);
            connect(edit, &QLineEdit::textEdited, this, &NoteForm::markEdited);
            field.editor = edit;
            break;
        }
        case Kind::Boolean: {
            auto* check = new QCheckBox(spec.title, box);
            connect(check, &QCheckBox::toggled, this, &NoteForm::markEdited);
            field.editor = check;
            title->hide();
            break;
        }
        case Kind::Choice: {
            auto* combo = new QComboBox(box);
            if (spec.nullable) {
                combo->addItem(tr("(not stated)"), QString());
            }
            for (const QString& choice : spec.choices) {
                combo->addItem(NoteSchemaField::humanise(choice), choice);
            }
            connect(combo, &QComboBox::currentIndexChanged, this, &NoteForm::markEdited);
            field.editor = combo;
            break;
        }
        case Kind::Table: {
            auto* table = new NoteTableEditor(spec, schema, box);
            connect(table, &NoteTableEditor::edited, this, &NoteForm::markEdited);
            field.table = table;
            field.editor = table;
            break;
        }
        }
        field.editor->setObjectName(QStringLiteral("noteField_") + name);
        field.editor->setAccessibleName(spec.title);
        field.editor->setToolTip(spec.description);
        title->setBuddy(field.editor);
        boxLayout->addWidget(field.editor);
        // What the template says is wrong here (a draft kept although it did not match).
        auto* problem = new QLabel(box);
        problem->setObjectName(QStringLiteral("noteProblem_") + name);
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        problem->hide();
        field.problem = problem;
        boxLayout->addWidget(problem);
        m_layout->addWidget(box);

        const std::size_t index = m_fields.size();
        connect(source, &QToolButton::clicked, this, [this, index] {
            if (index < m_fields.size()) {
                emit evidenceRequested(m_fields[index].segments);
            }
        });
        m_fields.push_back(std::move(field));
    }
    m_layout->addStretch(1);
    setReadOnly(m_readOnly);
    m_modified = false;
}

void NoteForm::setValue(Field& field, const QJsonValue& value) {
    using Kind = NoteSchemaField::Kind;
    const NoteSchemaField& spec = field.spec;
    switch (spec.kind) {
    case Kind::Text:
    case Kind::TextList:
    case Kind::Json:
        static_cast<QPlainTextEdit*>(field.editor)->setPlainText(spec.toText(value, m_notation));
        break;
    case Kind::Number:
    case Kind::Integer:
    case Kind::ChoiceList:
        static_cast<QLineEdit*>(field.editor)->setText(spec.toText(value, m_notation));
        break;
    case Kind::Boolean:
        static_cast<QCheckBox*>(field.editor)->setChecked(value.toBool());
        break;
    case Kind::Choice: {
        auto* combo = static_cast<QComboBox*>(field.editor);
        const QString current = value.toString();
        int index = combo->findData(current);
        if (index < 0 && !current.isEmpty()) {
            combo->addItem(current, current); // kept, though the template does not list it
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
        break;
    }
    case Kind::Table:
        field.table->setRows(value.toArray(), m_notation);
        break;
    }
}

QJsonValue NoteForm::value(const Field& field, QStringList* problems) const {
    using Kind = NoteSchemaField::Kind;
    const NoteSchemaField& spec = field.spec;
    switch (spec.kind) {
    case Kind::Text:
    case Kind::TextList:
    case Kind::Json:
        return spec.fromText(static_cast<QPlainTextEdit*>(field.editor)->toPlainText(), m_notation, problems,
                             spec.title);
    case Kind::Number:
    case Kind::Integer:
    case Kind::ChoiceList:
        return spec.fromText(static_cast<QLineEdit*>(field.editor)->text(), m_notation, problems, spec.title);
    case Kind::Boolean:
        return static_cast<QCheckBox*>(field.editor)->isChecked();
    case Kind::Choice:
        return spec.fromText(static_cast<QComboBox*>(field.editor)->currentData().toString(), m_notation, problems,
                             spec.title);
    case Kind::Table:
        return field.table->rows(m_notation, problems);
    }
    return QJsonValue::Null;
}

void NoteForm::setContent(const QJsonObject& content) {
    m_filling = true;
    for (Field& field : m_fields) {
        setValue(field, content.value(field.spec.name));
    }
    m_filling = false;
    m_modified = false;
}

QJsonObject NoteForm::content(QStringList* problems) const {
    QJsonObject content;
    for (const Field& field : m_fields) {
        content.insert(field.spec.name, value(field, problems));
    }
    return content;
}

void NoteForm::setEvidence(const QJsonObject& evidence) {
    for (Field& field : m_fields) {
        field.segments = {};
    }
    for (const QJsonValue& item : evidence.value(QStringLiteral("statements")).toArray()) {
        const QJsonObject statement = item.toObject();
        if (statement.value(QStringLiteral("dangling")).toBool()) {
            continue; // cites no part of this note: the panel says so
        }
        // "/teeth/0/finding" -> the field "teeth".
        QString top = statement.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), 1, 1);
        top.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        for (Field& field : m_fields) {
            if (field.spec.name == top) {
                for (const QJsonValue& segment : statement.value(QStringLiteral("segments")).toArray()) {
                    if (!field.segments.contains(segment)) {
                        field.segments.append(segment);
                    }
                }
            }
        }
    }
    for (Field& field : m_fields) {
        field.source->setVisible(!field.segments.isEmpty());
        field.source->setToolTip(tr("Show and play the part of the transcript this came from (%n segment(s))", nullptr,
                                    int(field.segments.size())));
    }
}

void NoteForm::setProblems(const std::vector<NoteProblem>& problems) {
    for (Field& field : m_fields) {
        QStringList messages;
        for (const NoteProblem& problem : problems) {
            // "/teeth/0/tooth" -> the field "teeth".
            QString top = problem.path.section(QLatin1Char('/'), 1, 1);
            top.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
            if (top == field.spec.name) {
                messages << problem.message;
            }
        }
        field.problem->setText(messages.join(QLatin1Char('\n')));
        field.problem->setVisible(!messages.isEmpty());
        field.editor->setProperty("problem", !messages.isEmpty());
        field.editor->setStyleSheet(messages.isEmpty() ? QString()
                                                       : QStringLiteral("border: 1px solid #b3261e; border-radius: 2px;"));
    }
}

void NoteForm::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (Field& field : m_fields) {
        if (auto* text = qobject_cast<QPlainTextEdit*>(field.editor)) {
            text->setReadOnly(readOnly);
        } else if (auto* line = qobject_cast<QLineEdit*>(field.editor)) {
            line->setReadOnly(readOnly);
        } else if (field.table != nullptr) {
            field.table->setReadOnly(readOnly);
        } else {
            field.editor->setEnabled(!readOnly);
        }
    }
}

void NoteForm::setToothNotation(ToothNumbering::Notation notation) {
    if (notation == m_notation) {
        return;
    }
    // Read with the old notation, show with the new one; edits stay (and stay "modified").
    const bool modified = m_modified;
    const QJsonObject current = content();
    m_notation = notation;
    m_filling = true;
    for (Field& field : m_fields) {
        if (field.table != nullptr || field.spec.tooth) {
            setValue(field, current.value(field.spec.name));
        }
    }
    m_filling = false;
    m_modified = modified;
}

bool NoteForm::hasToothFields() const {
    return std::any_of(m_fields.begin(), m_fields.end(), [](const Field& field) {
        return field.spec.tooth || (field.table != nullptr && field.table->hasToothColumn());
    });
}

void NoteForm::markEdited() {
    if (m_filling) {
        return;
    }
    m_modified = true;
    emit edited();
}

} // namespace clinicdesk
