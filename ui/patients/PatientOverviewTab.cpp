// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientOverviewTab.h"

#include "domain/NationalId.h"
#include "repo/EncounterRepository.h"

#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    label->setFont(font);
    return label;
}

QString orDash(const std::optional<QString>& text) {
    return text && !text->isEmpty() ? *text : QStringLiteral("—");
}

QString consentText(Consent consent) {
    switch (consent) {
    case Consent::Verbal:
        return PatientOverviewTab::tr("Verbal consent");
    case Consent::Written:
        return PatientOverviewTab::tr("Written consent");
    case Consent::Declined:
        return PatientOverviewTab::tr("Declined (no recording)");
    }
    return {};
}

} // namespace

PatientOverviewTab::PatientOverviewTab(bool clinical, QWidget* parent)
    : QWidget(parent)
    , m_clinical(clinical)
    , m_form(new QFormLayout) {
    setObjectName(QStringLiteral("recordOverview"));
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(8);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_name = value("overviewName");
    m_dateOfBirth = value("overviewDateOfBirth");
    m_nationalId = value("overviewNationalId");
    m_phone = value("overviewPhone");
    m_email = value("overviewEmail");
    m_address = value("overviewAddress");
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Date of birth"), m_dateOfBirth);
    m_form->addRow(tr("National ID"), m_nationalId);
    m_form->addRow(tr("Phone"), m_phone);
    m_form->addRow(tr("E-mail"), m_email);
    m_form->addRow(tr("Address"), m_address);

    auto* left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(heading(tr("Details"), this));
    left->addLayout(m_form);
    left->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(40);
    layout->addLayout(left, 2);
    if (!clinical) {
        layout->addStretch(1);
        return;
    }
    // Alerts stand out: a framed box with a heading (the word says what it is, the border only draws the eye).
    m_alertsBox = new QFrame(this);
    m_alertsBox->setObjectName(QStringLiteral("overviewAlertsBox"));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_alertsBox->setStyleSheet(QStringLiteral("#overviewAlertsBox { border-left: 4px solid %1; padding-left: 10px; }")
                                   .arg(dark ? QStringLiteral("#ffb74d") : QStringLiteral("#b26a00")));
    auto* alertsLayout = new QVBoxLayout(m_alertsBox);
    alertsLayout->setContentsMargins(12, 4, 4, 4);
    alertsLayout->addWidget(heading(tr("Alerts"), m_alertsBox));
    m_alerts = new QLabel(m_alertsBox);
    m_alerts->setObjectName(QStringLiteral("overviewAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    alertsLayout->addWidget(m_alerts);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("overviewClinicalNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_consents = new QTreeWidget(this);
    m_consents->setObjectName(QStringLiteral("overviewConsents"));
    m_consents->setAccessibleName(tr("Consents given"));
    m_consents->setHeaderLabels({tr("Encounter"), tr("Consent"), tr("Taken by")});
    m_consents->setRootIsDecorated(false);
    m_consents->setSelectionMode(QAbstractItemView::NoSelection);
    m_consents->setFocusPolicy(Qt::TabFocus);
    m_consents->header()->setStretchLastSection(true);
    m_consents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noConsents = new QLabel(tr("No consent recorded yet."), this);
    m_noConsents->setObjectName(QStringLiteral("overviewNoConsents"));
    m_noConsents->setEnabled(false);

    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(m_alertsBox);
    right->addSpacing(8);
    right->addWidget(heading(tr("Clinical notes"), this));
    right->addWidget(m_notes);
    right->addSpacing(8);
    right->addWidget(heading(tr("Consents given"), this));
    right->addWidget(m_consents, 1);
    right->addWidget(m_noConsents);
    right->addStretch(0);
    layout->addLayout(right, 3);
}

QLabel* PatientOverviewTab::value(const char* objectName) {
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

void PatientOverviewTab::setRecord(const PatientRecord& record) {
    const Patient& p = record.patient;
    const QLocale locale;
    m_name->setText(p.fullName());
    if (p.dateOfBirth) {
        const QDate today = QDate::currentDate();
        int age = today.year() - p.dateOfBirth->year();
        if (today < p.dateOfBirth->addYears(age)) {
            --age;
        }
        m_dateOfBirth->setText(
            tr("%1 (%n year(s))", nullptr, age).arg(locale.toString(*p.dateOfBirth, QLocale::ShortFormat)));
    } else {
        m_dateOfBirth->setText(QStringLiteral("—"));
    }
    QString nationalId = orDash(p.nationalId);
    if (p.nationalIdKind) {
        if (const auto kind = NationalId::kindFromKey(*p.nationalIdKind)) {
            nationalId += QStringLiteral("  ·  ") + NationalId::kindName(*kind);
        }
    }
    m_nationalId->setText(nationalId);
    m_phone->setText(orDash(p.phone));
    m_email->setText(orDash(p.email));
    m_address->setText(orDash(p.address));
    if (!m_clinical) {
        return;
    }
    const QString alerts = p.alerts.value_or(QString()).trimmed();
    m_alerts->setText(alerts.isEmpty() ? tr("No alerts recorded.") : alerts);
    m_alerts->setEnabled(!alerts.isEmpty());
    const QString notes = p.clinicalNotes.value_or(QString()).trimmed();
    m_notes->setText(notes.isEmpty() ? tr("None.") : notes);
    m_notes->setEnabled(!notes.isEmpty());
    m_consents->clear();
    if (record.encounters) {
        for (const EncounterSummary& summary : *record.encounters) {
            const Encounter& e = summary.encounter;
            if (!e.consent) {
                continue;
            }
            auto* item = new QTreeWidgetItem(m_consents);
            item->setText(0, locale.toString(QDateTime::fromMSecsSinceEpoch(e.startedAt), QLocale::ShortFormat));
            item->setText(1, consentText(*e.consent));
            const QString by = e.consentBy ? record.userNames.value(*e.consentBy, *e.consentBy) : QString();
            item->setText(2, e.consentAt
                                 ? tr("%1, %2").arg(by, locale.toString(QDateTime::fromMSecsSinceEpoch(*e.consentAt),
                                                                        QLocale::ShortFormat))
                                 : by);
        }
    }
    m_consents->setVisible(m_consents->topLevelItemCount() > 0);
    m_noConsents->setVisible(m_consents->topLevelItemCount() == 0);
}

} // namespace clinicdesk
