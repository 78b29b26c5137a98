// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/NoteTemplate.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace clinicdesk {

class AiSettingsService;

// The note templates on the AI settings page: the list (built-ins first), "Copy" to make a
// custom template from the selected one, and the name, instructions and JSON schema of a custom
// template, saved through NoteTemplateRepository (which refuses a schema that OpenAI's strict mode
// would refuse; the reason is shown). Built-ins are read-only.
//
// Object names: templateList, copyTemplateButton, templateNameEdit, templateInstructionsEdit,
// templateSchemaEdit, saveTemplateButton, templateErrorLabel, templateStatusLabel.
class NoteTemplatesEditor : public QWidget {
    Q_OBJECT
public:
    NoteTemplatesEditor(AiSettingsService& backend, bool mayEdit, QWidget* parent = nullptr);

    void setTemplates(std::vector<NoteTemplate> templates, const QString& error = {});
    [[nodiscard]] const std::vector<NoteTemplate>& templates() const { return m_templates; }
    // Selects the template with this key (when listed).
    void selectKey(const QString& key);

private:
    void showSelected();
    void copySelected();
    void saveSelected();
    void reload(const QString& selectKey);
    [[nodiscard]] const NoteTemplate* selected() const;
    [[nodiscard]] QString freeKey(const QString& base) const;
    void showError(const QString& text);

    QPointer<AiSettingsService> m_backend; // gone once the session locks
    bool m_mayEdit;
    std::vector<NoteTemplate> m_templates;
    QListWidget* m_list;
    QPushButton* m_copy;
    QLineEdit* m_name;
    QPlainTextEdit* m_instructions;
    QPlainTextEdit* m_schema;
    QPushButton* m_save;
    QLabel* m_error;
    QLabel* m_status;
    bool m_busy = false;
};

} // namespace clinicdesk
