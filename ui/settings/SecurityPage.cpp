// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/SecurityPage.h"

#include "services/ClinicSettingsService.h"
#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clinicdesk {

SecurityPage::SecurityPage(ClinicSettingsService& settings, bool admin, QWidget* parent)
    : QWidget(parent)
    , m_service(settings)
    , m_admin(admin)
    , m_infoBar(new InfoBar(this))
    , m_autoLock(new QSpinBox(this))
    , m_visibility(new QComboBox(this))
    , m_readOnly(new QLabel(tr("Only an administrator can change these settings."), this))
    , m_save(new QPushButton(tr("&Save"), this)) {
    setObjectName(QStringLiteral("securityPage"));
    auto* back = new QPushButton(tr("← Back"), this);
    back->setObjectName(QStringLiteral("securityBackButton"));
    connect(back, &QPushButton::clicked, this, &SecurityPage::backRequested);
    m_infoBar->setObjectName(QStringLiteral("securityInfoBar"));

    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setAccessibleName(tr("Lock after idle minutes"));
    m_autoLock->setRange(0, ClinicSettings::kMaxAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setToolTip(tr("ClinicDesk locks when nobody has used it for this long. Unsaved edits are kept "
                              "and come back when the same user signs in again."));
    m_visibility->setObjectName(QStringLiteral("notesVisibilityCombo"));
    m_visibility->setAccessibleName(tr("Who sees notes"));
    m_visibility->addItem(tr("Every practitioner sees every patient's notes"),
                          ClinicSettings::visibilityKey(NotesVisibility::AllPractitioners));
    m_visibility->addItem(tr("A practitioner sees the notes of patients they have seen or booked"),
                          ClinicSettings::visibilityKey(NotesVisibility::OwnPatients));
    m_save->setObjectName(QStringLiteral("saveSecurityButton"));
    m_readOnly->setObjectName(QStringLiteral("securityReadOnlyLabel"));
    m_readOnly->setVisible(!admin);
    m_save->setVisible(admin);
    m_autoLock->setEnabled(admin);
    m_visibility->setEnabled(admin);
    connect(m_save, &QPushButton::clicked, this, &SecurityPage::save);

    auto* explanation = new QLabel(tr("Receptionists never see clinical notes, transcripts or recordings; "
                                      "administrators see everything."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Lock after:"), m_autoLock);
    form->addRow(tr("&Notes:"), m_visibility);
    form->addRow(QString(), explanation);
    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(8);
    header->addWidget(new PageTitle(tr("Sign-in and privacy"), this));
    header->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_readOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(header);
    layout->addWidget(m_infoBar);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

void SecurityPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void SecurityPage::reload() {
    m_service.load(this, [this](Result<ClinicSettings> settings) {
        if (!settings) {
            m_infoBar->showMessage(settings.error().message, InfoBar::Kind::Error);
            return;
        }
        m_loaded = *settings;
        m_autoLock->setValue(settings->autoLockMinutes);
        m_visibility->setCurrentIndex(
            std::max(0, m_visibility->findData(ClinicSettings::visibilityKey(settings->notesVisibility))));
    });
}

void SecurityPage::save() {
    if (!m_admin) {
        return;
    }
    ClinicSettings changed = m_loaded;
    changed.autoLockMinutes = m_autoLock->value();
    changed.notesVisibility =
        ClinicSettings::visibilityFromKey(m_visibility->currentData().toString(), NotesVisibility::AllPractitioners);
    m_save->setEnabled(false);
    m_service.save(this, changed, [this, changed](Status saved) {
        m_save->setEnabled(true);
        if (!saved) {
            m_infoBar->showMessage(saved.error().message, InfoBar::Kind::Error);
            return;
        }
        m_loaded = changed;
        m_infoBar->showMessage(tr("Saved."));
    });
}

} // namespace clinicdesk
