// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/ProviderEditor.h"

#include "ai/AiKeyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace clinicdesk {

ProviderEditor::ProviderEditor(AiTask task, bool fallback, QWidget* parent)
    : QWidget(parent)
    , m_task(task)
    , m_fallback(fallback)
    , m_kind(new QComboBox)
    , m_baseUrl(new QLineEdit)
    , m_modelLabel(new QLabel)
    , m_model(new QLineEdit)
    , m_apiVersionLabel(new QLabel(tr("API version:")))
    , m_apiVersion(new QLineEdit)
    , m_azureV1(new QCheckBox(tr("Use the OpenAI-compatible /openai/v1 address")))
    , m_key(new QLineEdit)
    , m_keyStatus(new QLabel) {
    m_kind->setObjectName(QStringLiteral("providerKindCombo"));
    m_kind->addItem(tr("OpenAI"), ProviderConfig::kindKey(ProviderKind::OpenAi));
    m_kind->addItem(tr("Azure OpenAI"), ProviderConfig::kindKey(ProviderKind::Azure));
    m_kind->addItem(tr("OpenAI-compatible server"), ProviderConfig::kindKey(ProviderKind::Compatible));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_apiVersion->setObjectName(QStringLiteral("apiVersionEdit"));
    m_apiVersion->setPlaceholderText(QStringLiteral("2024-10-21"));
    m_azureV1->setObjectName(QStringLiteral("azureV1Check"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste a new key here to store it on this computer"));
    m_key->setAutoFillBackground(false);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Provider:"), m_kind);
    form->addRow(tr("Address:"), m_baseUrl);
    form->addRow(m_modelLabel, m_model);
    form->addRow(m_apiVersionLabel, m_apiVersion);
    form->addRow(QString(), m_azureV1);
    form->addRow(tr("API key:"), m_key);
    form->addRow(QString(), m_keyStatus);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateForKind();
        emit changed();
    });
    connect(m_azureV1, &QCheckBox::toggled, this, [this] {
        updateForKind();
        emit changed();
    });
    for (QLineEdit* edit : {m_baseUrl, m_model, m_apiVersion, m_key}) {
        connect(edit, &QLineEdit::textEdited, this, &ProviderEditor::changed);
    }
    setKeyStored(false);
    updateForKind();
}

void ProviderEditor::setConfig(const std::optional<ProviderConfig>& config) {
    m_loaded = config.value_or(ProviderConfig{});
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(ProviderConfig::kindKey(m_loaded.kind))));
    m_baseUrl->setText(m_loaded.baseUrl);
    m_model->setText(m_loaded.model);
    m_apiVersion->setText(m_loaded.apiVersion);
    m_azureV1->setChecked(m_loaded.azureV1);
    updateForKind();
}

ProviderConfig ProviderEditor::config() const {
    ProviderConfig config = m_loaded;
    config.kind = ProviderConfig::kindFromKey(m_kind->currentData().toString()).value_or(ProviderKind::OpenAi);
    config.baseUrl = m_baseUrl->text().trimmed();
    config.model = m_model->text().trimmed();
    config.apiVersion = config.kind == ProviderKind::Azure ? m_apiVersion->text().trimmed() : QString();
    config.azureV1 = config.kind == ProviderKind::Azure && m_azureV1->isChecked();
    return config;
}

bool ProviderEditor::isConfigured() const {
    return !m_model->text().trimmed().isEmpty();
}

QString ProviderEditor::problem() const {
    const ProviderConfig c = config();
    if (c.model.isEmpty()) {
        return c.kind == ProviderKind::Azure && !c.azureV1 ? tr("Enter the deployment name.") : tr("Enter the model.");
    }
    if (c.kind != ProviderKind::OpenAi && c.baseUrl.isEmpty()) {
        return c.kind == ProviderKind::Azure ? tr("Enter the Azure OpenAI endpoint (https://NAME.openai.azure.com).")
                                             : tr("Enter the server's address (for example https://host:8080/v1, or "
                                                  "http://localhost:8080/v1 on this computer).");
    }
    // Core's rule (https, plain http only to this computer), so the page says what saving would refuse.
    return c.addressProblem().value_or(QString());
}

QString ProviderEditor::keySlot() const {
    return AiKeyStore::slotFor(config(), m_task, m_fallback);
}

void ProviderEditor::setKeyStored(bool stored) {
    m_keyStatus->setText(stored ? tr("A key is stored on this computer.") : tr("No key is stored on this computer."));
    m_keyStatus->setProperty("keyStored", stored);
}

QString ProviderEditor::typedKey() const {
    return m_key->text();
}

void ProviderEditor::clearTypedKey() {
    m_key->clear();
}

void ProviderEditor::setSettingsEditable(bool editable) {
    m_editable = editable;
    m_kind->setEnabled(editable);
    m_baseUrl->setReadOnly(!editable);
    m_model->setReadOnly(!editable);
    m_apiVersion->setReadOnly(!editable);
    m_azureV1->setEnabled(editable);
}

void ProviderEditor::updateForKind() {
    const auto kind = ProviderConfig::kindFromKey(m_kind->currentData().toString()).value_or(ProviderKind::OpenAi);
    const bool azure = kind == ProviderKind::Azure;
    m_apiVersionLabel->setVisible(azure && !m_azureV1->isChecked());
    m_apiVersion->setVisible(azure && !m_azureV1->isChecked());
    m_azureV1->setVisible(azure);
    m_modelLabel->setText(azure && !m_azureV1->isChecked() ? tr("Deployment:") : tr("Model:"));
    switch (kind) {
    case ProviderKind::OpenAi:
        m_baseUrl->setPlaceholderText(tr("https://api.openai.com/v1 (leave empty)"));
        m_model->setPlaceholderText(m_task == AiTask::Transcription ? QStringLiteral("gpt-4o-transcribe")
                                                                    : QStringLiteral("gpt-4o-mini"));
        break;
    case ProviderKind::Azure:
        m_baseUrl->setPlaceholderText(QStringLiteral("https://NAME.openai.azure.com"));
        m_model->setPlaceholderText(tr("the deployment's name"));
        break;
    case ProviderKind::Compatible:
        m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:8080/v1"));
        m_model->setPlaceholderText(m_task == AiTask::Transcription ? QStringLiteral("whisper-1")
                                                                    : QStringLiteral("llama3"));
        break;
    }
}

} // namespace clinicdesk
