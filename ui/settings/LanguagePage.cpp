// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/LanguagePage.h"

#include "Translations.h"
#include "widgets/PageTitle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

LanguagePage::LanguagePage(const QString& chosen, QWidget* parent)
    : QWidget(parent)
    , m_language(new QComboBox(this)) {
    setObjectName(QStringLiteral("languagePage"));
    auto* back = new QPushButton(tr("← Back"), this);
    back->setObjectName(QStringLiteral("languageBackButton"));
    connect(back, &QPushButton::clicked, this, &LanguagePage::backRequested);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString& code : Translations::available()) {
        m_language->addItem(Translations::nativeName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosen)));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { emit languageChosen(m_language->itemData(index).toString()); });

    auto* note = new QLabel(tr("Dates, times, numbers and amounts follow the language chosen. Notes and "
                               "transcripts keep the language of the consultation (AI providers)."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(8);
    header->addWidget(new PageTitle(tr("Language"), this));
    header->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace clinicdesk
