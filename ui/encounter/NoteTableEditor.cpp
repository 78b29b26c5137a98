// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/NoteTableEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinicdesk {

NoteTableEditor::NoteTableEditor(const NoteSchemaField& field, const QJsonObject& root, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("Add row"), this))
    , m_remove(new QPushButton(tr("Remove row"), this)) {
    const QJsonObject properties = field.itemSchema.value(QStringLiteral("properties")).toObject();
    for (const QString& name : NoteSchemaField::propertyOrder(field.itemSchema)) {
        m_columns.push_back(NoteSchemaField::describe(name, properties.value(name).toObject(), root));
    }
    m_table->setObjectName(QStringLiteral("noteTable_") + field.name);
    m_table->setAccessibleName(field.title);
    m_table->setColumnCount(int(m_columns.size()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(110);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    setNotationHeaders(ToothNumbering::Notation::Fdi);
    m_add->setObjectName(QStringLiteral("noteAddRow_") + field.name);
    m_remove->setObjectName(QStringLiteral("noteRemoveRow_") + field.name);
    m_add->setToolTip(tr("Add an entry to “%1”").arg(field.title));
    m_remove->setToolTip(tr("Remove the selected entry from “%1”").arg(field.title));
    connect(m_add, &QPushButton::clicked, this, &NoteTableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &NoteTableEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &NoteTableEditor::edited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &NoteTableEditor::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void NoteTableEditor::setNotationHeaders(ToothNumbering::Notation notation) {
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const NoteSchemaField& column = m_columns[c];
        QString title = column.title;
        if (column.tooth) {
            title = notation == ToothNumbering::Notation::Universal ? tr("%1 (Universal)").arg(column.title)
                                                                    : tr("%1 (FDI)").arg(column.title);
        } else if (column.kind == NoteSchemaField::Kind::ChoiceList) {
            title = tr("%1 (%2)").arg(column.title, column.choices.join(QStringLiteral(", ")));
        }
        auto* header = new QTableWidgetItem(title);
        header->setToolTip(column.description);
        m_table->setHorizontalHeaderItem(int(c), header);
    }
}

void NoteTableEditor::insertRow(const QJsonObject& values, ToothNumbering::Notation notation) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const NoteSchemaField& column = m_columns[c];
        const QJsonValue value = values.value(column.name);
        if (column.kind == NoteSchemaField::Kind::Choice) {
            auto* combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("noteCell_%1_%2_%3").arg(m_field.name).arg(row).arg(column.name));
            if (column.nullable) {
                combo->addItem(QString(), QString());
            }
            for (const QString& choice : column.choices) {
                combo->addItem(NoteSchemaField::humanise(choice), choice);
            }
            const QString current = value.toString();
            int index = combo->findData(current);
            if (index < 0 && !current.isEmpty()) {
                combo->addItem(current, current);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, index));
            combo->setEnabled(!m_readOnly);
            connect(combo, &QComboBox::currentIndexChanged, this, &NoteTableEditor::edited);
            m_table->setCellWidget(row, int(c), combo);
            continue;
        }
        auto* item = new QTableWidgetItem;
        if (column.kind == NoteSchemaField::Kind::Boolean) {
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled |
                           (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
            item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setText(column.toText(value, notation));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled |
                           (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsEditable));
        }
        item->setToolTip(column.description);
        m_table->setItem(row, int(c), item);
    }
}

void NoteTableEditor::setRows(const QJsonArray& rows, ToothNumbering::Notation notation) {
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QJsonValue& row : rows) {
        insertRow(row.toObject(), notation);
    }
    setNotationHeaders(notation);
    m_table->resizeColumnsToContents();
    updateButtons();
}

QJsonArray NoteTableEditor::rows(ToothNumbering::Notation notation, QStringList* problems) const {
    QJsonArray rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonObject values;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const NoteSchemaField& column = m_columns[c];
            const QString where = tr("%1, row %2, %3").arg(m_field.title).arg(row + 1).arg(column.title);
            if (auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, int(c)))) {
                values.insert(column.name, column.fromText(combo->currentData().toString(), notation, problems, where));
                continue;
            }
            const QTableWidgetItem* item = m_table->item(row, int(c));
            if (column.kind == NoteSchemaField::Kind::Boolean) {
                values.insert(column.name, item != nullptr && item->checkState() == Qt::Checked);
            } else {
                values.insert(column.name,
                              column.fromText(item != nullptr ? item->text() : QString(), notation, problems, where));
            }
        }
        rows.append(values);
    }
    return rows;
}

void NoteTableEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (QWidget* cell = m_table->cellWidget(row, c)) {
                cell->setEnabled(!readOnly);
            }
        }
    }
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    updateButtons();
}

void NoteTableEditor::addRow() {
    if (m_readOnly) {
        return;
    }
    {
        const QSignalBlocker blocker(m_table);
        insertRow({}, ToothNumbering::Notation::Fdi);
    }
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->scrollToBottom();
    updateButtons();
    emit edited();
}

void NoteTableEditor::removeCurrentRow() {
    const int row = m_table->currentRow();
    if (m_readOnly || row < 0) {
        return;
    }
    m_table->removeRow(row);
    updateButtons();
    emit edited();
}

void NoteTableEditor::updateButtons() {
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

} // namespace clinicdesk
