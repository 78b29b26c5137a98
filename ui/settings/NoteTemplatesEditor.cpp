// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/NoteTemplatesEditor.h"

#include "services/AiSettingsService.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxKeyLength = 64;

// A built-in's name in the user's language (a vault that never wrote its built-ins lists them as shipped).
QString displayName(const NoteTemplate& t) {
    if (!t.builtin) {
        return t.name;
    }
    const QByteArray utf8 = t.name.toUtf8();
    return QCoreApplication::translate("NoteTemplateRepository", utf8.constData());
}

} // namespace

NoteTemplatesEditor::NoteTemplatesEditor(AiSettingsService& backend, bool mayEdit, QWidget* parent)
    : QWidget(parent)
    , m_backend(&backend)
    , m_mayEdit(mayEdit)
    , m_list(new QListWidget)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_name(new QLineEdit)
    , m_instructions(new QPlainTextEdit)
    , m_schema(new QPlainTextEdit)
    , m_save(new QPushButton(tr("Save &template")))
    , m_error(new QLabel)
    , m_status(new QLabel) {
    setObjectName(QStringLiteral("templatesEditor"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_copy->setObjectName(QStringLiteral("copyTemplateButton"));
    m_copy->setToolTip(tr("Make an editable copy of the selected template for this clinic."));
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_instructions->setObjectName(QStringLiteral("templateInstructionsEdit"));
    m_instructions->setPlaceholderText(tr("What the model should write, in plain words."));
    m_schema->setObjectName(QStringLiteral("templateSchemaEdit"));
    m_schema->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_schema->setFont(mono);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_error->setObjectName(QStringLiteral("templateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_status->setObjectName(QStringLiteral("templateStatusLabel"));
    m_status->setWordWrap(true);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_copy);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Instructions:"), m_instructions);
    form->addRow(tr("Schema (JSON):"), m_schema);
    auto* right = new QVBoxLayout;
    right->addWidget(m_status);
    right->addLayout(form, 1);
    right->addWidget(m_error);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    right->addLayout(saveRow);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &NoteTemplatesEditor::showSelected);
    connect(m_copy, &QPushButton::clicked, this, &NoteTemplatesEditor::copySelected);
    connect(m_save, &QPushButton::clicked, this, &NoteTemplatesEditor::saveSelected);
    showSelected();
}

void NoteTemplatesEditor::setTemplates(std::vector<NoteTemplate> templates, const QString& error) {
    const NoteTemplate* current = selected();
    const QString keep = current != nullptr ? current->key : QString();
    m_templates = std::move(templates);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const NoteTemplate& t : m_templates) {
            auto* item = new QListWidgetItem(t.builtin ? tr("%1 (built-in)").arg(displayName(t)) : t.name, m_list);
            item->setData(kIdRole, t.key);
            item->setToolTip(t.description);
        }
    }
    if (!keep.isEmpty()) {
        selectKey(keep);
    } else if (!m_templates.empty()) {
        m_list->setCurrentRow(0);
    }
    showSelected();
    if (!error.isEmpty()) {
        showError(error);
    }
}

void NoteTemplatesEditor::selectKey(const QString& key) {
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == key) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

const NoteTemplate* NoteTemplatesEditor::selected() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_templates.size()) ? &m_templates[size_t(row)] : nullptr;
}

void NoteTemplatesEditor::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void NoteTemplatesEditor::showSelected() {
    const NoteTemplate* t = selected();
    showError({});
    const bool editable = t != nullptr && !t->builtin && m_mayEdit && !m_busy;
    m_copy->setEnabled(t != nullptr && m_mayEdit && !m_busy);
    m_save->setEnabled(editable);
    m_name->setReadOnly(!editable);
    m_instructions->setReadOnly(!editable);
    m_schema->setReadOnly(!editable);
    if (t == nullptr) {
        m_name->clear();
        m_instructions->clear();
        m_schema->clear();
        m_status->setText(m_templates.empty() ? tr("No templates.") : QString());
        return;
    }
    m_name->setText(displayName(*t));
    m_instructions->setPlainText(t->instructions);
    m_schema->setPlainText(QString::fromUtf8(QJsonDocument(t->schema).toJson(QJsonDocument::Indented)));
    if (t->builtin) {
        m_status->setText(tr("Built-in templates cannot be changed. Copy one to make your own."));
    } else if (!m_mayEdit) {
        m_status->setText(tr("Your role may not change templates."));
    } else {
        m_status->setText(tr("Your clinic's own template (key %1).").arg(t->key));
    }
}

QString NoteTemplatesEditor::freeKey(const QString& base) const {
    const auto taken = [this](const QString& key) {
        return std::any_of(m_templates.begin(), m_templates.end(),
                           [&](const NoteTemplate& t) { return t.key.compare(key, Qt::CaseInsensitive) == 0; });
    };
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QStringLiteral("-copy") : QStringLiteral("-copy%1").arg(n);
        QString key = base.left(kMaxKeyLength - int(suffix.size())) + suffix;
        if (!taken(key)) {
            return key;
        }
    }
}

void NoteTemplatesEditor::copySelected() {
    const NoteTemplate* t = selected();
    if (t == nullptr || m_busy || !m_backend) {
        return;
    }
    const QString newKey = freeKey(t->key);
    const QString newName = tr("%1 (copy)").arg(displayName(*t));
    m_busy = true;
    showSelected();
    m_status->setText(tr("Copying…"));
    m_backend->copyTemplate(this, t->key, newKey, newName, [this](Result<NoteTemplate> copied) {
        m_busy = false;
        if (!copied) {
            showSelected();
            showError(copied.error().message);
            return;
        }
        reload(copied->key);
    });
}

void NoteTemplatesEditor::saveSelected() {
    const NoteTemplate* t = selected();
    if (t == nullptr || t->builtin || m_busy || !m_backend) {
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        showError(tr("The schema is not valid JSON: %1 (at character %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return;
    }
    if (!doc.isObject()) {
        showError(tr("The schema must be a JSON object ({ … })."));
        return;
    }
    const QString key = t->key;
    m_busy = true;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_backend->updateTemplate(this, t->id, m_name->text(), m_instructions->toPlainText(), doc.object(),
                              [this, key](Result<NoteTemplate> updated) {
                                  m_busy = false;
                                  if (!updated) {
                                      m_save->setEnabled(true);
                                      m_status->setText(tr("Not saved."));
                                      showError(updated.error().message);
                                      return;
                                  }
                                  reload(key);
                              });
}

void NoteTemplatesEditor::reload(const QString& selectKey) {
    if (!m_backend) {
        return;
    }
    m_backend->listTemplates(this, [this, selectKey](Result<std::vector<NoteTemplate>> list) {
        if (!list) {
            showError(list.error().message);
            return;
        }
        setTemplates(std::move(*list));
        this->selectKey(selectKey);
        if (const NoteTemplate* t = selected(); t != nullptr && t->key == selectKey) {
            m_status->setText(tr("Saved: %1 (key %2).").arg(t->name, t->key));
        }
    });
}

} // namespace clinicdesk
