// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/AiSettingsPage.h"

#include "services/AiSettingsService.h"
#include "settings/MicroUnits.h"
#include "settings/NoteTemplatesEditor.h"
#include "settings/ProviderEditor.h"
#include "widgets/InfoBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

constexpr int kUserIdRole = Qt::UserRole + 1;
constexpr int kMaxModelsShown = 12;

QWidget* scrolled(QWidget* content) {
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

void addLanguages(QComboBox* combo, bool withAuto) {
    if (withAuto) {
        combo->addItem(AiSettingsPage::tr("Detect automatically"), QStringLiteral("auto"));
    }
    combo->addItem(AiSettingsPage::tr("Swedish"), QStringLiteral("sv"));
    combo->addItem(AiSettingsPage::tr("Polish"), QStringLiteral("pl"));
    combo->addItem(AiSettingsPage::tr("English"), QStringLiteral("en"));
    combo->addItem(AiSettingsPage::tr("Afrikaans"), QStringLiteral("af"));
}

void selectData(QComboBox* combo, const QString& value) {
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!value.isEmpty()) {
        // A language set elsewhere (the CLI): shown as it is, kept when saved.
        combo->addItem(value, value);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

QTableWidgetItem* item(const QString& text, bool editable) {
    auto* cell = new QTableWidgetItem(text);
    if (!editable) {
        cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    }
    return cell;
}

} // namespace

AiSettingsPage::AiSettingsPage(AiSettingsService& backend, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_backend(&backend)
    , m_user(user)
    , m_admin(user.role == Role::Admin && user.active)
    , m_infoBar(new InfoBar)
    , m_readOnly(new QLabel)
    , m_tabs(new QTabWidget)
    , m_save(new QPushButton(tr("&Save settings"))) {
    setObjectName(QStringLiteral("aiSettingsPage"));
    m_infoBar->setObjectName(QStringLiteral("aiSettingsInfoBar"));
    m_readOnly->setObjectName(QStringLiteral("aiSettingsReadOnlyLabel"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setText(tr("Only an administrator can change these settings. You can still store this computer's "
                           "API keys and test the connection."));
    m_readOnly->setVisible(!m_admin);
    m_tabs->setObjectName(QStringLiteral("aiSettingsTabs"));
    m_save->setObjectName(QStringLiteral("saveAiSettingsButton"));
    m_save->setDefault(true);

    auto* back = new QPushButton(tr("← Back"));
    back->setObjectName(QStringLiteral("aiSettingsBackButton"));
    connect(back, &QPushButton::clicked, this, &AiSettingsPage::backRequested);
    auto* title = new QLabel(tr("<h2>AI settings</h2>"));
    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addWidget(title, 1);

    m_tabs->addTab(scrolled(buildProvidersTab()), tr("Providers"));
    m_tabs->addTab(scrolled(buildOptionsTab()), tr("Transcription and notes"));
    m_tabs->addTab(scrolled(buildPricesTab()), tr("Prices and budgets"));
    m_templates = new NoteTemplatesEditor(backend, user.role != Role::Receptionist && user.active);
    m_tabs->addTab(m_templates, tr("Note templates"));

    auto* footer = new QHBoxLayout;
    footer->addStretch();
    footer->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);

    connect(m_save, &QPushButton::clicked, this, &AiSettingsPage::save);
    applyEditable();
    setBusy(true); // until the first load
}

QWidget* AiSettingsPage::buildProvidersTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* note = new QLabel(tr("Each task can use its own provider. API keys are kept in this computer's keychain, "
                               "never in the clinic's vault: enter the key on every computer that sends requests."));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_tasks.push_back(
        buildTaskBox(AiTask::Transcription, tr("Transcription"), QStringLiteral("transcriptionProvider")));
    m_tasks.push_back(buildTaskBox(AiTask::Notes, tr("Notes"), QStringLiteral("notesProvider")));
    for (const TaskBox& box : m_tasks) {
        layout->addWidget(box.box);
    }
    layout->addStretch();
    return tab;
}

AiSettingsPage::TaskBox AiSettingsPage::buildTaskBox(AiTask task, const QString& title, const QString& objectName) {
    TaskBox t;
    t.task = task;
    t.box = new QGroupBox(title);
    t.box->setObjectName(objectName);
    t.primary = new ProviderEditor(task, false);
    t.primary->setObjectName(QStringLiteral("primaryProvider"));
    t.fallbackGroup = new QGroupBox(tr("Fallback provider (used when the first cannot be reached)"));
    t.fallbackGroup->setObjectName(QStringLiteral("fallbackGroup"));
    t.fallbackGroup->setCheckable(true);
    t.fallbackGroup->setChecked(false);
    t.fallback = new ProviderEditor(task, true);
    t.fallback->setObjectName(QStringLiteral("fallbackProvider"));
    auto* fallbackLayout = new QVBoxLayout(t.fallbackGroup);
    fallbackLayout->addWidget(t.fallback);
    t.test = new QPushButton(tr("&Test connection"));
    t.test->setObjectName(QStringLiteral("testConnectionButton"));
    t.test->setToolTip(tr("Checks the key and that the model is offered, with the values shown here (a key typed "
                          "above is stored first)."));
    t.result = new QLabel;
    t.result->setObjectName(QStringLiteral("testResultLabel"));
    t.result->setWordWrap(true);
    t.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(t.test, 0, Qt::AlignTop);
    testRow->addWidget(t.result, 1);
    auto* layout = new QVBoxLayout(t.box);
    layout->addWidget(t.primary);
    layout->addLayout(testRow);
    layout->addWidget(t.fallbackGroup);
    const size_t index = m_tasks.size();
    connect(t.test, &QPushButton::clicked, this, [this, index] { testConnection(m_tasks[index]); });
    return t;
}

QWidget* AiSettingsPage::buildOptionsTab() {
    auto* tab = new QWidget;
    m_transcriptionLanguage = new QComboBox;
    m_transcriptionLanguage->setObjectName(QStringLiteral("transcriptionLanguageCombo"));
    addLanguages(m_transcriptionLanguage, true);
    m_vocabulary = new QPlainTextEdit;
    m_vocabulary->setObjectName(QStringLiteral("vocabularyEdit"));
    m_vocabulary->setPlaceholderText(
        tr("Words the recordings often contain, in their language: tooth numbers, materials, drug names…"));
    m_vocabulary->setMaximumHeight(100);
    m_maxPartMinutes = new QSpinBox;
    m_maxPartMinutes->setObjectName(QStringLiteral("maxPartMinutesSpin"));
    m_maxPartMinutes->setRange(1, 240);
    m_maxPartMinutes->setSuffix(tr(" min"));
    m_parallelParts = new QSpinBox;
    m_parallelParts->setObjectName(QStringLiteral("parallelPartsSpin"));
    m_parallelParts->setRange(1, 16);
    m_noteLanguage = new QComboBox;
    m_noteLanguage->setObjectName(QStringLiteral("noteLanguageCombo"));
    addLanguages(m_noteLanguage, false);
    m_placeholders = new QCheckBox(tr("Replace names and national ids with placeholders before writing notes"));
    m_placeholders->setObjectName(QStringLiteral("privacyPlaceholdersCheck"));

    auto* transcription = new QGroupBox(tr("Transcription"));
    auto* tForm = new QFormLayout(transcription);
    tForm->addRow(tr("Language of the recordings:"), m_transcriptionLanguage);
    tForm->addRow(tr("Vocabulary:"), m_vocabulary);
    tForm->addRow(tr("Longest part sent at once:"), m_maxPartMinutes);
    tForm->addRow(tr("Parts sent at the same time:"), m_parallelParts);
    auto* notes = new QGroupBox(tr("Notes"));
    auto* nForm = new QFormLayout(notes);
    nForm->addRow(tr("Language of the notes:"), m_noteLanguage);
    nForm->addRow(QString(), m_placeholders);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(transcription);
    layout->addWidget(notes);
    layout->addStretch();
    return tab;
}

QWidget* AiSettingsPage::buildPricesTab() {
    auto* tab = new QWidget;
    m_currency = new QLineEdit;
    m_currency->setObjectName(QStringLiteral("currencyEdit"));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(80);
    m_prices = new QTableWidget(0, PriceColumnCount);
    m_prices->setObjectName(QStringLiteral("priceTable"));
    m_prices->setHorizontalHeaderLabels(
        {tr("Model"), tr("Per audio minute"), tr("Per million input tokens"), tr("Per million output tokens")});
    m_prices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_prices->verticalHeader()->hide();
    m_prices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_prices->setMinimumHeight(180);
    m_addPrice = new QPushButton(tr("&Add model"));
    m_addPrice->setObjectName(QStringLiteral("addPriceButton"));
    m_removePrice = new QPushButton(tr("&Remove model"));
    m_removePrice->setObjectName(QStringLiteral("removePriceButton"));
    connect(m_addPrice, &QPushButton::clicked, this, [this] {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        for (int column = 0; column < PriceColumnCount; ++column) {
            m_prices->setItem(row, column, item(column == PriceModel ? QString() : QStringLiteral("0.00"), true));
        }
        m_prices->setCurrentCell(row, PriceModel);
        m_prices->editItem(m_prices->item(row, PriceModel));
    });
    connect(m_removePrice, &QPushButton::clicked, this, [this] {
        if (m_prices->currentRow() >= 0) {
            m_prices->removeRow(m_prices->currentRow());
        }
    });
    auto* prices = new QGroupBox(tr("Prices"));
    auto* pricesLayout = new QVBoxLayout(prices);
    auto* pricesNote = new QLabel(tr("Estimates for the usage page and the budgets; the provider's invoice is what "
                                     "counts. Models not listed count as free."));
    pricesNote->setWordWrap(true);
    auto* currencyRow = new QFormLayout;
    currencyRow->addRow(tr("Currency:"), m_currency);
    auto* priceButtons = new QHBoxLayout;
    priceButtons->addStretch();
    priceButtons->addWidget(m_addPrice);
    priceButtons->addWidget(m_removePrice);
    pricesLayout->addWidget(pricesNote);
    pricesLayout->addLayout(currencyRow);
    pricesLayout->addWidget(m_prices);
    pricesLayout->addLayout(priceButtons);

    m_budgetGroup = new QGroupBox(tr("Monthly budget per user"));
    m_budgets = new QTableWidget(0, 2);
    m_budgets->setObjectName(QStringLiteral("budgetTable"));
    m_budgets->setHorizontalHeaderLabels({tr("User"), tr("Budget per month (empty: none)")});
    m_budgets->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_budgets->verticalHeader()->hide();
    m_budgets->setMinimumHeight(140);
    auto* budgetNote = new QLabel(tr("Once a user's AI requests this month reach the budget, their further jobs wait "
                                     "until an administrator raises it or the month ends."));
    budgetNote->setWordWrap(true);
    auto* budgetLayout = new QVBoxLayout(m_budgetGroup);
    budgetLayout->addWidget(budgetNote);
    budgetLayout->addWidget(m_budgets);
    m_budgetGroup->setVisible(m_admin);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(prices);
    layout->addWidget(m_budgetGroup);
    layout->addStretch();
    return tab;
}

void AiSettingsPage::reload() {
    if ((m_busy && m_loaded) || !m_backend) {
        return;
    }
    setBusy(true);
    m_backend->loadSettings(this, [this](Result<AiSettingsService::SettingsView> view) {
        setBusy(false);
        if (!view) {
            m_infoBar->showMessage(view.error().message, InfoBar::Kind::Error);
            return;
        }
        m_settings = view->settings;
        display(view->settings, view->users, view->keyStored);
        m_templates->setTemplates(std::move(view->templates), view->templatesError);
        m_loaded = true;
        emit loaded();
    });
}

void AiSettingsPage::display(const AiSettings& settings, const std::vector<User>& users,
                             const std::map<QString, bool>& keyStored) {
    const auto stored = [&](const QString& slot) {
        const auto it = keyStored.find(slot);
        return it != keyStored.end() && it->second;
    };
    for (TaskBox& box : m_tasks) {
        const auto primary = settings.providers.find(box.task);
        box.primary->setConfig(primary != settings.providers.end() ? std::optional(primary->second) : std::nullopt);
        box.primary->setKeyStored(stored(box.primary->keySlot()));
        box.primary->clearTypedKey();
        const auto fallback = settings.fallbacks.find(box.task);
        box.fallback->setConfig(fallback != settings.fallbacks.end() ? std::optional(fallback->second) : std::nullopt);
        box.fallback->setKeyStored(stored(box.fallback->keySlot()));
        box.fallback->clearTypedKey();
        box.fallbackGroup->setChecked(fallback != settings.fallbacks.end());
        box.result->clear();
    }
    selectData(m_transcriptionLanguage, settings.transcriptionLanguage);
    m_vocabulary->setPlainText(settings.vocabulary);
    m_maxPartMinutes->setValue(settings.maxPartMinutes);
    m_parallelParts->setValue(settings.parallelParts);
    selectData(m_noteLanguage, settings.noteLanguage);
    m_placeholders->setChecked(settings.privacyPlaceholders);
    m_currency->setText(settings.currency);

    m_prices->setRowCount(0);
    for (const auto& [model, price] : settings.prices) {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        m_prices->setItem(row, PriceModel, item(model, m_admin));
        m_prices->setItem(row, PriceAudioMinute, item(MicroUnits::format(price.perAudioMinuteMicro), m_admin));
        m_prices->setItem(row, PriceInput, item(MicroUnits::format(price.perMillionInputTokensMicro), m_admin));
        m_prices->setItem(row, PriceOutput, item(MicroUnits::format(price.perMillionOutputTokensMicro), m_admin));
    }
    m_budgets->setRowCount(0);
    for (const User& u : users) {
        const int row = m_budgets->rowCount();
        m_budgets->insertRow(row);
        auto* name = item(u.active ? u.displayName : tr("%1 (inactive)").arg(u.displayName), false);
        name->setData(kUserIdRole, u.id);
        m_budgets->setItem(row, 0, name);
        const auto budget = settings.monthlyBudgetMicro.find(u.id);
        m_budgets->setItem(
            row, 1,
            item(budget != settings.monthlyBudgetMicro.end() ? MicroUnits::format(budget->second) : QString(),
                 m_admin));
    }
}

Result<AiSettings> AiSettingsPage::collect() const {
    AiSettings s = m_settings;
    for (const TaskBox& box : m_tasks) {
        const QString task = box.box->title();
        if (box.primary->isConfigured()) {
            if (const QString problem = box.primary->problem(); !problem.isEmpty()) {
                return fail(ErrorCode::InvalidInput, tr("%1: %2").arg(task, problem));
            }
            s.providers[box.task] = box.primary->config();
        } else {
            s.providers.erase(box.task);
        }
        if (box.fallbackGroup->isChecked() && box.fallback->isConfigured()) {
            if (const QString problem = box.fallback->problem(); !problem.isEmpty()) {
                return fail(ErrorCode::InvalidInput, tr("%1, fallback provider: %2").arg(task, problem));
            }
            s.fallbacks[box.task] = box.fallback->config();
        } else {
            s.fallbacks.erase(box.task);
        }
    }
    s.transcriptionLanguage = m_transcriptionLanguage->currentData().toString();
    s.vocabulary = m_vocabulary->toPlainText().trimmed();
    s.maxPartMinutes = m_maxPartMinutes->value();
    s.parallelParts = m_parallelParts->value();
    s.noteLanguage = m_noteLanguage->currentData().toString();
    s.privacyPlaceholders = m_placeholders->isChecked();
    const QString currency = m_currency->text().trimmed().toUpper();
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(currency).hasMatch()) {
        return fail(ErrorCode::InvalidInput, tr("The currency is a three-letter code such as USD, EUR, SEK or PLN."));
    }
    s.currency = currency;

    s.prices.clear();
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* cell = m_prices->item(row, column);
            return cell != nullptr ? cell->text().trimmed() : QString();
        };
        const QString model = text(PriceModel);
        if (model.isEmpty()) {
            continue;
        }
        ModelPrice price;
        const std::pair<int, std::int64_t*> columns[] = {{PriceAudioMinute, &price.perAudioMinuteMicro},
                                                         {PriceInput, &price.perMillionInputTokensMicro},
                                                         {PriceOutput, &price.perMillionOutputTokensMicro}};
        for (const auto& [column, into] : columns) {
            const QString value = text(column);
            const auto parsed = value.isEmpty() ? std::optional<std::int64_t>(0) : MicroUnits::parse(value);
            if (!parsed) {
                return fail(
                    ErrorCode::InvalidInput,
                    tr("The price \"%1\" for %2 is not an amount (write it like 0.006 or 2.50).").arg(value, model));
            }
            *into = *parsed;
        }
        s.prices[model] = price;
    }

    if (m_admin) {
        s.monthlyBudgetMicro.clear();
        for (int row = 0; row < m_budgets->rowCount(); ++row) {
            const QString userId = m_budgets->item(row, 0)->data(kUserIdRole).toString();
            const QTableWidgetItem* cell = m_budgets->item(row, 1);
            const QString value = cell != nullptr ? cell->text().trimmed() : QString();
            if (value.isEmpty()) {
                continue;
            }
            const auto parsed = MicroUnits::parse(value);
            if (!parsed) {
                return fail(ErrorCode::InvalidInput, tr("The budget \"%1\" for %2 is not an amount (write it like 50 "
                                                        "or 49.90).")
                                                         .arg(value, m_budgets->item(row, 0)->text()));
            }
            s.monthlyBudgetMicro[userId] = *parsed;
        }
    }
    return s;
}

void AiSettingsPage::save() {
    if (!m_admin || m_busy || !m_backend) {
        return;
    }
    auto settings = collect();
    if (!settings) {
        m_infoBar->showMessage(settings.error().message, InfoBar::Kind::Warning);
        return;
    }
    std::vector<AiSettingsService::KeyToStore> keys;
    for (const TaskBox& box : m_tasks) {
        for (ProviderEditor* editor : {box.primary, box.fallback}) {
            if (!editor->typedKey().isEmpty()) {
                keys.push_back(
                    {editor->keySlot(), std::make_shared<SecureBytes>(SecureBytes::fromUtf8(editor->typedKey()))});
            }
        }
    }
    setBusy(true);
    m_infoBar->dismiss();
    m_backend->saveSettings(this, *settings, std::move(keys), [this](const Status& stored) {
        setBusy(false);
        if (!stored) {
            m_infoBar->showMessage(stored.error().message, InfoBar::Kind::Error);
            return;
        }
        for (TaskBox& box : m_tasks) {
            box.primary->clearTypedKey();
            box.fallback->clearTypedKey();
        }
        reload(); // shows what was stored, keys included
        m_infoBar->showMessage(tr("The AI settings are saved."));
        emit saved();
    });
}

void AiSettingsPage::testConnection(TaskBox& box) {
    if (!m_backend) {
        return;
    }
    if (const QString problem = box.primary->problem(); !problem.isEmpty()) {
        box.result->setText(problem);
        box.result->setProperty("ok", false);
        return;
    }
    const ProviderConfig config = box.primary->config();
    const AiTask task = box.task;
    QPushButton* button = box.test;
    QLabel* result = box.result;
    ProviderEditor* editor = box.primary;
    button->setEnabled(false);
    result->setProperty("ok", QVariant());
    result->setText(tr("Testing the connection to %1…").arg(config.host().isEmpty() ? config.baseUrl : config.host()));

    auto run = [this, config, task, button, result] {
        if (!m_backend) {
            return;
        }
        m_backend->testConnection(
            this, config, task, [config, button, result](std::expected<QStringList, JobFailure> models) {
                button->setEnabled(true);
                if (!models) {
                    result->setProperty("ok", false);
                    result->setText(models.error().error.message);
                    return;
                }
                result->setProperty("ok", true);
                QStringList shown = models->mid(0, kMaxModelsShown);
                if (models->size() > kMaxModelsShown) {
                    shown << QStringLiteral("…");
                }
                result->setText(tr("Connected to %1: the key works and the model \"%2\" is "
                                   "available.\nModels offered: %3")
                                    .arg(config.host(), config.model, shown.join(QStringLiteral(", "))));
            });
    };
    if (editor->typedKey().isEmpty()) {
        run();
        return;
    }
    std::vector<AiSettingsService::KeyToStore> keys{
        {editor->keySlot(), std::make_shared<SecureBytes>(SecureBytes::fromUtf8(editor->typedKey()))}};
    m_backend->storeKeys(this, std::move(keys), [editor, button, result, run](const Status& stored) {
        if (!stored) {
            button->setEnabled(true);
            result->setProperty("ok", false);
            result->setText(stored.error().message);
            return;
        }
        editor->clearTypedKey();
        editor->setKeyStored(true);
        run();
    });
}

void AiSettingsPage::setBusy(bool busy) {
    m_busy = busy;
    m_save->setEnabled(m_admin && !busy);
}

void AiSettingsPage::applyEditable() {
    for (TaskBox& box : m_tasks) {
        box.primary->setSettingsEditable(m_admin);
        box.fallback->setSettingsEditable(m_admin);
    }
    m_transcriptionLanguage->setEnabled(m_admin);
    m_vocabulary->setReadOnly(!m_admin);
    m_maxPartMinutes->setEnabled(m_admin);
    m_parallelParts->setEnabled(m_admin);
    m_noteLanguage->setEnabled(m_admin);
    m_placeholders->setEnabled(m_admin);
    m_currency->setReadOnly(!m_admin);
    m_addPrice->setVisible(m_admin);
    m_removePrice->setVisible(m_admin);
    m_save->setVisible(m_admin);
}

} // namespace clinicdesk
