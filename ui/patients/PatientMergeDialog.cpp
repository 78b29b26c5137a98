// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientMergeDialog.h"

#include "patients/PatientTableModel.h"
#include "services/PatientService.h"
#include "widgets/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString describe(const Patient& p) {
    QStringList parts{PatientTableModel::displayName(p)};
    if (p.dateOfBirth) {
        parts << p.dateOfBirth->toString(Qt::ISODate);
    }
    if (p.nationalId) {
        parts << *p.nationalId;
    }
    if (p.phone) {
        parts << *p.phone;
    }
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace

PatientMergeDialog::PatientMergeDialog(PatientService& patients, const Patient& kept, QWidget* parent)
    : QDialog(parent)
    , m_patients(patients)
    , m_kept(kept)
    , m_search(new QLineEdit(this))
    , m_candidates(new QListWidget(this))
    , m_confirm(new QCheckBox(this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(QStringLiteral("patientMergeDialog"));
    setWindowTitle(tr("Merge a duplicate"));
    setModal(true);
    auto* intro = new QLabel(tr("Choose the record that is the same person as <b>%1</b>. Its appointments, "
                                "encounters, notes, recordings, documents and payments move to this record, and "
                                "its alerts and clinical notes are added here. The chosen record is then closed "
                                "and points to this one. This cannot be undone.")
                                 .arg(describe(kept).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("mergeSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name, national ID, phone or e-mail"));
    m_search->setAccessibleName(tr("Search for the duplicate"));
    m_search->setClearButtonEnabled(true);
    m_candidates->setObjectName(QStringLiteral("mergeCandidates"));
    m_candidates->setAccessibleName(tr("Possible duplicates"));
    m_candidates->setMinimumHeight(160);
    m_confirm->setObjectName(QStringLiteral("mergeConfirmCheck"));
    m_confirm->setText(tr("I have checked that both records are the same person"));
    m_error->setObjectName(QStringLiteral("mergeErrorLabel"));

    auto* buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(tr("Merge into this record"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("mergeCancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(&m_delay, &QTimer::timeout, this, &PatientMergeDialog::search);
    connect(m_candidates, &QListWidget::currentItemChanged, this, &PatientMergeDialog::updateButton);
    connect(m_confirm, &QCheckBox::toggled, this, &PatientMergeDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientMergeDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &PatientMergeDialog::reject);
    updateButton();
    // The likeliest duplicates first: the same national id.
    if (kept.nationalId) {
        m_patients.sameNationalId(this, *kept.nationalId, kept.id, [this](Result<std::vector<Patient>> same) {
            if (same && m_search->text().isEmpty()) {
                showCandidates(*same);
            }
        });
    }
}

void PatientMergeDialog::search() {
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_candidates->clear();
        updateButton();
        return;
    }
    m_patients.search(this, text, [this](Result<std::vector<Patient>> found) {
        if (found) {
            showCandidates(*found);
        }
    });
}

void PatientMergeDialog::showCandidates(const std::vector<Patient>& patients) {
    m_candidates->clear();
    for (const Patient& p : patients) {
        if (p.id == m_kept.id) {
            continue;
        }
        auto* item = new QListWidgetItem(describe(p), m_candidates);
        item->setData(kIdRole, p.id);
    }
    updateButton();
}

void PatientMergeDialog::updateButton() {
    m_merge->setEnabled(!m_merging && m_candidates->currentItem() != nullptr && m_confirm->isChecked());
}

void PatientMergeDialog::merge() {
    QListWidgetItem* item = m_candidates->currentItem();
    if (item == nullptr || !m_confirm->isChecked() || m_merging) {
        return;
    }
    m_merging = true;
    updateButton();
    m_patients.merge(this, m_kept.id, item->data(kIdRole).toString(), [this](Result<PatientMergeReport> report) {
        m_merging = false;
        if (!report) {
            m_error->showMessage(report.error().message);
            updateButton();
            return;
        }
        emit merged(*report);
        accept();
    });
}

} // namespace clinicdesk
