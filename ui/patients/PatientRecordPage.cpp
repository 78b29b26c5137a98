// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientRecordPage.h"

#include "domain/AccessPolicy.h"
#include "domain/NationalId.h"
#include "patients/PatientAppointmentsTab.h"
#include "patients/PatientDocumentsTab.h"
#include "patients/PatientEditor.h"
#include "patients/PatientEncountersTab.h"
#include "patients/PatientMergeDialog.h"
#include "patients/PatientOverviewTab.h"
#include "patients/PatientRecordingsTab.h"
#include "patients/PatientTableModel.h"
#include "services/PatientService.h"
#include "widgets/InfoBar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace clinicdesk {

PatientRecordPage::PatientRecordPage(PatientRecordService& records, PatientService& patients, const User& user,
                                     QWidget* parent)
    : QWidget(parent)
    , m_records(records)
    , m_patients(patients)
    , m_user(user)
    , m_clinical(AccessPolicy::allows(user.role, Permission::ReadClinical))
    , m_editor(new PatientEditor(patients, user.role, this))
    , m_back(new QPushButton(tr("← &Back"), this))
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_alertBadge(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_infoBar(new InfoBar(this))
    , m_merged(new QFrame(this))
    , m_mergedText(new QLabel(m_merged))
    , m_openMerged(new QPushButton(tr("Open that record"), m_merged))
    , m_tabs(new QTabWidget(this))
    , m_overview(new PatientOverviewTab(m_clinical, m_tabs))
    , m_appointments(new PatientAppointmentsTab(m_tabs)) {
    setObjectName(QStringLiteral("patientRecordPage"));
    m_back->setObjectName(QStringLiteral("recordBackButton"));
    m_back->setToolTip(tr("Back to where you came from"));
    m_name->setObjectName(QStringLiteral("recordPatientName"));
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_name->setFont(titleFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("recordSubtitle"));
    m_subtitle->setEnabled(false);
    m_alertBadge->setObjectName(QStringLiteral("recordAlertBadge"));
    m_alertBadge->setWordWrap(true);
    m_alertBadge->hide();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_alertBadge->setStyleSheet(QStringLiteral("#recordAlertBadge { border: 1px solid %1; border-radius: 4px; "
                                               "padding: 3px 8px; }")
                                    .arg(dark ? QStringLiteral("#ffb74d") : QStringLiteral("#b26a00")));
    m_edit->setObjectName(QStringLiteral("recordEditButton"));
    m_edit->setVisible(AccessPolicy::allows(user.role, Permission::WriteDemographics));
    m_infoBar->setObjectName(QStringLiteral("recordInfoBar"));
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_edit);
    if (AccessPolicy::allows(user.role, Permission::WriteClinical)) {
        m_encounter = new QPushButton(tr("Open e&ncounter"), this);
        m_encounter->setObjectName(QStringLiteral("recordEncounterButton"));
        m_encounter->setToolTip(tr("Consent, recording and notes: the patient's open encounter, or a new one"));
        actions->addWidget(m_encounter);
        connect(m_encounter, &QPushButton::clicked, this,
                [this] { emit newEncounterRequested(m_patientId, displayName()); });
    }
    if (AccessPolicy::allows(user.role, Permission::MergePatients)) {
        m_merge = new QPushButton(tr("&Merge a duplicate…"), this);
        m_merge->setObjectName(QStringLiteral("recordMergeButton"));
        m_merge->setToolTip(tr("The same person entered twice: move everything of the other record into this one"));
        actions->addWidget(m_merge);
        connect(m_merge, &QPushButton::clicked, this, &PatientRecordPage::mergeDuplicate);
    }

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addWidget(m_subtitle);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addSpacing(4);
    header->addLayout(titles, 1);
    header->addLayout(actions);

    m_merged->setObjectName(QStringLiteral("recordMergedBanner"));
    m_merged->setFrameShape(QFrame::StyledPanel);
    m_mergedText->setObjectName(QStringLiteral("recordMergedLabel"));
    m_mergedText->setWordWrap(true);
    m_openMerged->setObjectName(QStringLiteral("recordOpenMergedButton"));
    auto* mergedLayout = new QHBoxLayout(m_merged);
    mergedLayout->setContentsMargins(14, 10, 14, 10);
    mergedLayout->addWidget(m_mergedText, 1);
    mergedLayout->addWidget(m_openMerged);
    m_merged->hide();

    m_tabs->addTab(m_overview, tr("Overview"));
    if (m_clinical) {
        m_encounters = new PatientEncountersTab(m_tabs);
        m_recordings = new PatientRecordingsTab(m_tabs);
        m_tabs->addTab(m_encounters, tr("Encounters and notes"));
        m_tabs->addTab(m_recordings, tr("Recordings"));
        connect(m_encounters, &PatientEncountersTab::encounterOpened, this, &PatientRecordPage::openEncounter);
        connect(m_recordings, &PatientRecordingsTab::encounterOpened, this, &PatientRecordPage::openEncounter);
    }
    m_tabs->addTab(m_appointments, tr("Appointments"));
    auto* payments = new QLabel(tr("Invoices and payments will be shown here once ClinicDesk keeps the clinic's "
                                   "money (a later version)."),
                                m_tabs);
    payments->setObjectName(QStringLiteral("recordPaymentsPlaceholder"));
    payments->setWordWrap(true);
    payments->setAlignment(Qt::AlignCenter);
    payments->setEnabled(false);
    payments->setContentsMargins(24, 24, 24, 24);
    m_tabs->addTab(payments, tr("Payments"));
    if (m_clinical) {
        m_documents = new PatientDocumentsTab(records, m_infoBar, m_tabs);
        m_tabs->addTab(m_documents, tr("Documents"));
        connect(m_documents, &PatientDocumentsTab::changed, this, &PatientRecordPage::reload);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_alertBadge);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_merged);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_tabs);

    connect(m_back, &QPushButton::clicked, this, &PatientRecordPage::backRequested);
    connect(m_edit, &QPushButton::clicked, this, &PatientRecordPage::editPatient);
    connect(m_openMerged, &QPushButton::clicked, this, [this] {
        if (m_record && !m_record->mergedIntoId.isEmpty()) {
            openPatient(m_record->mergedIntoId);
        }
    });
    connect(m_editor, &PatientEditor::saved, this, [this](const PatientSaved& saved) {
        if (!saved.sameNationalId.isEmpty()) {
            m_infoBar->showMessage(tr("Another patient has the same national ID. Check that this is not the same "
                                      "person entered twice."),
                                   InfoBar::Kind::Warning);
        }
        emit patientChanged(saved.patient.id);
        reload();
    });
    connect(m_editor, &PatientEditor::failed, this,
            [this](const QString& message) { m_infoBar->showMessage(message, InfoBar::Kind::Error); });
    connect(m_editor, &PatientEditor::openPatientRequested, this, &PatientRecordPage::openPatient);
}

void PatientRecordPage::openPatient(const QString& patientId) {
    if (patientId != m_patientId) {
        m_record.reset();
        m_infoBar->dismiss();
        m_tabs->setCurrentIndex(0);
        m_name->setText(tr("Opening…"));
        m_subtitle->clear();
        m_alertBadge->hide();
    }
    m_patientId = patientId;
    reload();
}

void PatientRecordPage::reload() {
    if (m_patientId.isEmpty()) {
        return;
    }
    const QString asked = m_patientId;
    m_records.load(this, asked, [this, asked](Result<PatientRecord> record) {
        if (asked != m_patientId) {
            return;
        }
        if (!record) {
            m_infoBar->showMessage(record.error().message, InfoBar::Kind::Error);
            m_name->setText(tr("Record not available"));
            emit recordShown();
            return;
        }
        if (!record->mergedIntoId.isEmpty()) {
            showMerged(*record);
        } else {
            showRecord(*record);
        }
        emit recordShown();
    });
}

void PatientRecordPage::showMerged(const PatientRecord& record) {
    m_record = record;
    m_name->setText(tr("Merged record"));
    m_subtitle->clear();
    m_alertBadge->hide();
    m_tabs->hide();
    m_edit->setEnabled(false);
    for (QPushButton* button : {m_encounter, m_merge}) {
        if (button != nullptr) {
            button->setEnabled(false);
        }
    }
    m_mergedText->setText(tr("This record was merged into the record of %1: everything it held is there now.")
                              .arg(record.mergedIntoName.isEmpty() ? record.mergedIntoId : record.mergedIntoName));
    m_merged->show();
}

void PatientRecordPage::showRecord(const PatientRecord& record) {
    m_record = record;
    m_merged->hide();
    m_tabs->show();
    m_edit->setEnabled(true);
    for (QPushButton* button : {m_encounter, m_merge}) {
        if (button != nullptr) {
            button->setEnabled(true);
        }
    }
    const Patient& p = record.patient;
    m_name->setText(p.fullName());
    QStringList subtitle;
    if (p.dateOfBirth) {
        subtitle << tr("Born %1").arg(QLocale().toString(*p.dateOfBirth, QLocale::ShortFormat));
    }
    if (p.nationalId) {
        const auto kind = p.nationalIdKind ? NationalId::kindFromKey(*p.nationalIdKind) : std::nullopt;
        subtitle << (kind ? QStringLiteral("%1 %2").arg(NationalId::kindName(*kind), *p.nationalId) : *p.nationalId);
    }
    if (p.phone) {
        subtitle << *p.phone;
    }
    m_subtitle->setText(subtitle.join(QStringLiteral("  ·  ")));
    const QString alerts = p.alerts.value_or(QString()).simplified();
    m_alertBadge->setText(tr("Alerts: %1").arg(alerts));
    m_alertBadge->setAccessibleName(m_alertBadge->text());
    m_alertBadge->setVisible(m_clinical && !alerts.isEmpty());
    m_overview->setRecord(record);
    m_appointments->setRecord(record);
    if (m_encounters != nullptr) {
        m_encounters->setRecord(record);
        m_recordings->setRecord(record);
        m_documents->setRecord(record);
        const auto count = [](const auto& list) { return list ? int(list->size()) : 0; };
        m_tabs->setTabText(m_tabs->indexOf(m_encounters),
                           tr("Encounters and notes (%1)").arg(count(record.encounters)));
        m_tabs->setTabText(m_tabs->indexOf(m_recordings), tr("Recordings (%1)").arg(count(record.recordings)));
        m_tabs->setTabText(m_tabs->indexOf(m_documents), tr("Documents (%1)").arg(count(record.documents)));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_appointments), tr("Appointments (%1)").arg(record.appointments.size()));
}

QString PatientRecordPage::displayName() const {
    return m_record ? PatientTableModel::displayName(m_record->patient) : QString();
}

void PatientRecordPage::openEncounter(const QString& encounterId) {
    if (!encounterId.isEmpty() && m_record) {
        emit encounterRequested(encounterId, m_patientId, displayName());
    }
}

void PatientRecordPage::editPatient() {
    if (m_record && m_record->mergedIntoId.isEmpty()) {
        m_editor->edit(m_record->patient);
    }
}

void PatientRecordPage::mergeDuplicate() {
    if (!m_record || !m_record->mergedIntoId.isEmpty()) {
        return;
    }
    auto* dialog = new PatientMergeDialog(m_patients, m_record->patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PatientMergeDialog::merged, this, [this](const PatientMergeReport& report) {
        int moved = 0;
        for (const auto& [table, rows] : report.moved) {
            moved += rows;
        }
        m_infoBar->showMessage(tr("The duplicate was merged into this record (%n row(s) moved).", nullptr, moved));
        emit patientChanged(report.duplicateId);
        reload();
    });
    dialog->open();
}

} // namespace clinicdesk
