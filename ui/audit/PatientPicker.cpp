// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audit/PatientPicker.h"

#include "patients/PatientTableModel.h"
#include "services/PatientService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace clinicdesk {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kShown = 12;
constexpr int kSearchDelayMs = 120;

} // namespace

PatientPicker::PatientPicker(PatientService& patients, QWidget* parent)
    : QWidget(parent)
    , m_patients(patients)
    , m_edit(new QLineEdit(this))
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this)) {
    setObjectName(QStringLiteral("auditPatientPicker"));
    m_edit->setObjectName(QStringLiteral("auditPatientEdit"));
    m_edit->setPlaceholderText(tr("Any patient — type a name or ID"));
    m_edit->setAccessibleName(tr("Patient"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(220);
    // The vault searched already: show what it found, as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kShown);
    m_completer->setWidget(m_edit);
    m_completer->popup()->setObjectName(QStringLiteral("auditPatientMatches"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_delay.setSingleShot(true);
    m_delay.setInterval(kSearchDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &PatientPicker::search);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_patientId.isEmpty() && text != m_chosenText) {
            m_patientId.clear();
            emit patientChosen({});
        }
        m_delay.start();
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The clear button (or clear()): any patient again.
        if (text.isEmpty() && !m_patientId.isEmpty()) {
            m_patientId.clear();
            emit patientChosen({});
        }
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &PatientPicker::choose);
}

void PatientPicker::clear() {
    m_delay.stop();
    m_matches->clear();
    m_edit->clear();
}

void PatientPicker::search() {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_matches->clear();
        return;
    }
    m_patients.search(this, text, [this, text](Result<std::vector<Patient>> found) {
        if (!found || text != m_edit->text().trimmed()) {
            return;
        }
        m_matches->clear();
        for (const Patient& p : *found) {
            QString label = PatientTableModel::displayName(p);
            if (p.dateOfBirth) {
                label += QStringLiteral("  ·  ") + p.dateOfBirth->toString(Qt::ISODate);
            }
            auto* item = new QStandardItem(label);
            item->setData(p.id, kIdRole);
            item->setData(PatientTableModel::displayName(p), Qt::UserRole + 2);
            m_matches->appendRow(item);
            if (m_matches->rowCount() >= kShown * 4) {
                break;
            }
        }
        if (m_matches->rowCount() > 0 && m_edit->hasFocus()) {
            m_completer->complete();
        }
    });
}

void PatientPicker::choose(const QModelIndex& index) {
    const QString id = index.data(kIdRole).toString();
    if (id.isEmpty()) {
        return;
    }
    m_patientId = id;
    m_chosenText = index.data(Qt::UserRole + 2).toString();
    // After the completer wrote its own text into the field.
    QMetaObject::invokeMethod(
        this, [this] { m_edit->setText(m_chosenText); }, Qt::QueuedConnection);
    emit patientChosen(id);
}

} // namespace clinicdesk
