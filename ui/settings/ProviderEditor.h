// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ProviderConfig.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace clinicdesk {

// One AI provider for one task, as the settings page edits it: kind (OpenAI, Azure OpenAI,
// OpenAI-compatible), base URL or endpoint, model or deployment, Azure's api-version and the
// /openai/v1 switch, and the API key. The key is only typed here: the page stores it in the OS
// keychain and this editor shows whether one is stored, never the key itself.
//
// Object names inside: providerKindCombo, baseUrlEdit, modelEdit, apiVersionEdit, azureV1Check,
// apiKeyEdit, keyStatusLabel.
class ProviderEditor : public QWidget {
    Q_OBJECT
public:
    ProviderEditor(AiTask task, bool fallback, QWidget* parent = nullptr);

    // Empty: nothing configured (OpenAI with no model).
    void setConfig(const std::optional<ProviderConfig>& config);
    // What the fields say now (keySlot and useBearer are kept from setConfig()).
    [[nodiscard]] ProviderConfig config() const;
    // A model (or deployment) is entered.
    [[nodiscard]] bool isConfigured() const;
    // A sentence for the user when the fields cannot work (an Azure provider without endpoint, ...).
    [[nodiscard]] QString problem() const;

    // The keychain slot the key of config() goes to (AiKeyStore::slotFor).
    [[nodiscard]] QString keySlot() const;
    void setKeyStored(bool stored);
    [[nodiscard]] QString typedKey() const;
    void clearTypedKey();

    // Read-only: everything but the key field (a key belongs to this computer, not the clinic).
    void setSettingsEditable(bool editable);

signals:
    void changed();

private:
    void updateForKind();

    AiTask m_task;
    bool m_fallback;
    ProviderConfig m_loaded;
    bool m_editable = true;
    QComboBox* m_kind;
    QLineEdit* m_baseUrl;
    QLabel* m_modelLabel;
    QLineEdit* m_model;
    QLabel* m_apiVersionLabel;
    QLineEdit* m_apiVersion;
    QCheckBox* m_azureV1;
    QLineEdit* m_key;
    QLabel* m_keyStatus;
};

} // namespace clinicdesk
