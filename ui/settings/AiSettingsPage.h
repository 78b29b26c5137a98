// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/AiSettings.h"
#include "domain/User.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace clinicdesk {

class AiSettingsService;
class InfoBar;
class NoteTemplatesEditor;
class ProviderEditor;

// Settings > AI (objectName "aiSettingsPage"): per task (transcription, notes) the provider,
// model and an optional fallback with "Test connection"; API keys (stored in this computer's
// keychain, never in the vault: the page shows only whether one is stored); transcription and
// note languages, vocabulary, part length and parallel parts, privacy placeholders; the price
// table and each user's monthly budget; the note templates. Saved for the whole clinic through
// AiSettingsStore, by administrators only: others see the settings read-only, and may still store
// this computer's keys and test the connection.
//
// Object names: aiSettingsTabs, aiSettingsInfoBar, aiSettingsReadOnlyLabel, aiSettingsBackButton,
// saveAiSettingsButton; per task a group "transcriptionProvider" / "notesProvider" holding a
// ProviderEditor "primaryProvider", a checkable group "fallbackGroup" with a ProviderEditor
// "fallbackProvider", "testConnectionButton" and "testResultLabel"; transcriptionLanguageCombo,
// vocabularyEdit, maxPartMinutesSpin, parallelPartsSpin, noteLanguageCombo,
// privacyPlaceholdersCheck, currencyEdit, priceTable, addPriceButton, removePriceButton,
// budgetTable (admins), templatesEditor (see NoteTemplatesEditor).
class AiSettingsPage : public QWidget {
    Q_OBJECT
public:
    enum PriceColumn { PriceModel, PriceAudioMinute, PriceInput, PriceOutput, PriceColumnCount };

    AiSettingsPage(AiSettingsService& backend, const User& user, QWidget* parent = nullptr);

    // Reads the settings again (off the UI thread); loaded() follows. Unsaved edits are replaced.
    void reload();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }

signals:
    void backRequested();
    void loaded();
    void saved();

private:
    struct TaskBox {
        AiTask task;
        QGroupBox* box = nullptr;
        ProviderEditor* primary = nullptr;
        QGroupBox* fallbackGroup = nullptr;
        ProviderEditor* fallback = nullptr;
        QPushButton* test = nullptr;
        QLabel* result = nullptr;
    };

    [[nodiscard]] QWidget* buildProvidersTab();
    [[nodiscard]] QWidget* buildOptionsTab();
    [[nodiscard]] QWidget* buildPricesTab();
    TaskBox buildTaskBox(AiTask task, const QString& title, const QString& objectName);
    void display(const AiSettings& settings, const std::vector<User>& users, const std::map<QString, bool>& keyStored);
    // The settings as the page shows them, or a sentence saying what is wrong.
    [[nodiscard]] Result<AiSettings> collect() const;
    void save();
    void testConnection(TaskBox& box);
    void setBusy(bool busy);
    void applyEditable();

    QPointer<AiSettingsService> m_backend; // gone once the session locks
    User m_user;
    bool m_admin;
    bool m_loaded = false;
    bool m_busy = false;
    AiSettings m_settings; // as loaded: fields the page does not show are saved unchanged
    InfoBar* m_infoBar;
    QLabel* m_readOnly;
    QTabWidget* m_tabs;
    std::vector<TaskBox> m_tasks;
    QComboBox* m_transcriptionLanguage = nullptr;
    QPlainTextEdit* m_vocabulary = nullptr;
    QSpinBox* m_maxPartMinutes = nullptr;
    QSpinBox* m_parallelParts = nullptr;
    QComboBox* m_noteLanguage = nullptr;
    QCheckBox* m_placeholders = nullptr;
    QLineEdit* m_currency = nullptr;
    QTableWidget* m_prices = nullptr;
    QPushButton* m_addPrice = nullptr;
    QPushButton* m_removePrice = nullptr;
    QGroupBox* m_budgetGroup = nullptr;
    QTableWidget* m_budgets = nullptr;
    NoteTemplatesEditor* m_templates = nullptr;
    QPushButton* m_save;
};

} // namespace clinicdesk
