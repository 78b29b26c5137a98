// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/ConsentPanel.h"

#include "encounter/EncounterController.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>

namespace clinicdesk {

namespace {
constexpr int kNoConsent = -1;
} // namespace

ConsentPanel::ConsentPanel(EncounterController& controller, QWidget* parent)
    : QGroupBox(tr("Consent"), parent)
    , m_controller(controller)
    , m_consent(new QComboBox(this))
    , m_info(new QLabel(this)) {
    setObjectName(QStringLiteral("consentPanel"));
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    m_consent->setAccessibleName(tr("Consent to record"));
    m_consent->addItem(tr("Not asked yet"), kNoConsent);
    m_consent->addItem(tr("Verbal consent"), int(Consent::Verbal));
    m_consent->addItem(tr("Written consent"), int(Consent::Written));
    m_consent->addItem(tr("Declined"), int(Consent::Declined));
    if (auto* items = qobject_cast<QStandardItemModel*>(m_consent->model())) {
        // "Not asked yet" is shown, never chosen: a recorded answer is replaced, not undone.
        items->item(0)->setFlags(items->item(0)->flags() & ~Qt::ItemIsEnabled);
    }
    m_info->setObjectName(QStringLiteral("consentInfoLabel"));
    m_info->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Recording consent:"), m_consent);
    form->addRow(QString(), m_info);

    connect(m_consent, &QComboBox::currentIndexChanged, this, &ConsentPanel::onChosen);
    connect(&m_controller, &EncounterController::encounterChanged, this, &ConsentPanel::showConsent);
    connect(&m_controller, &EncounterController::patientChanged, this, &ConsentPanel::showConsent);
    connect(&m_controller, &EncounterController::changed, this, [this] {
        m_consent->setEnabled(m_controller.encounter().has_value() && !m_controller.isRecordingActive() &&
                              !m_controller.isSavingConsent());
    });
    showConsent();
}

void ConsentPanel::showConsent() {
    const QSignalBlocker blocker(m_consent);
    const auto& encounter = m_controller.encounter();
    if (!encounter || !encounter->consent) {
        m_consent->setCurrentIndex(m_consent->findData(kNoConsent));
        m_info->setText(encounter ? tr("Ask the patient whether this consultation may be recorded.") : QString());
        return;
    }
    m_consent->setCurrentIndex(m_consent->findData(int(*encounter->consent)));
    const QString when =
        encounter->consentAt
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*encounter->consentAt), QLocale::ShortFormat)
            : QString();
    m_info->setText(tr("Recorded by %1 on %2.").arg(m_controller.consentByName(), when));
}

void ConsentPanel::onChosen(int index) {
    const int value = m_consent->itemData(index).toInt();
    const auto& encounter = m_controller.encounter();
    if (!encounter || value == kNoConsent) {
        showConsent();
        return;
    }
    const auto consent = static_cast<Consent>(value);
    if (encounter->consent == consent) {
        return;
    }
    m_controller.recordConsent(consent);
    if (m_controller.isSavingConsent()) {
        m_info->setText(tr("Saving…"));
    }
}

} // namespace clinicdesk
