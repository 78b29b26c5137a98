// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/BuiltinFieldText.h"

#include <QCoreApplication>
#include <QHash>

namespace clinicdesk {

namespace {

// The field names of the built-in templates (resources/templates) and their titles.
struct Title {
    const char* name;
    const char* title;
};

constexpr Title kTitles[] = {
    {"behavior", QT_TRANSLATE_NOOP("BuiltinFieldText", "Behavior")},
    {"intervention", QT_TRANSLATE_NOOP("BuiltinFieldText", "Intervention")},
    {"response", QT_TRANSLATE_NOOP("BuiltinFieldText", "Response")},
    {"plan", QT_TRANSLATE_NOOP("BuiltinFieldText", "Plan")},
    {"data", QT_TRANSLATE_NOOP("BuiltinFieldText", "Data")},
    {"assessment", QT_TRANSLATE_NOOP("BuiltinFieldText", "Assessment")},
    {"chief_complaint", QT_TRANSLATE_NOOP("BuiltinFieldText", "Chief complaint")},
    {"medical_history_changes", QT_TRANSLATE_NOOP("BuiltinFieldText", "Medical history changes")},
    {"extraoral", QT_TRANSLATE_NOOP("BuiltinFieldText", "Extraoral")},
    {"intraoral_soft_tissue", QT_TRANSLATE_NOOP("BuiltinFieldText", "Intraoral soft tissue")},
    {"teeth", QT_TRANSLATE_NOOP("BuiltinFieldText", "Teeth")},
    {"tooth", QT_TRANSLATE_NOOP("BuiltinFieldText", "Tooth")},
    {"surfaces", QT_TRANSLATE_NOOP("BuiltinFieldText", "Surfaces")},
    {"finding", QT_TRANSLATE_NOOP("BuiltinFieldText", "Finding")},
    {"note", QT_TRANSLATE_NOOP("BuiltinFieldText", "Note")},
    {"periodontal", QT_TRANSLATE_NOOP("BuiltinFieldText", "Periodontal")},
    {"radiographs", QT_TRANSLATE_NOOP("BuiltinFieldText", "Radiographs")},
    {"diagnosis", QT_TRANSLATE_NOOP("BuiltinFieldText", "Diagnosis")},
    {"treatment_plan", QT_TRANSLATE_NOOP("BuiltinFieldText", "Treatment plan")},
    {"procedures", QT_TRANSLATE_NOOP("BuiltinFieldText", "Procedures")},
    {"procedure", QT_TRANSLATE_NOOP("BuiltinFieldText", "Procedure")},
    {"materials", QT_TRANSLATE_NOOP("BuiltinFieldText", "Materials")},
    {"anaesthesia", QT_TRANSLATE_NOOP("BuiltinFieldText", "Anaesthesia")},
    {"complications", QT_TRANSLATE_NOOP("BuiltinFieldText", "Complications")},
    {"post_op_instructions", QT_TRANSLATE_NOOP("BuiltinFieldText", "Post op instructions")},
    {"next_visit", QT_TRANSLATE_NOOP("BuiltinFieldText", "Next visit")},
    {"title", QT_TRANSLATE_NOOP("BuiltinFieldText", "Title")},
    {"body", QT_TRANSLATE_NOOP("BuiltinFieldText", "Body")},
    {"subjective", QT_TRANSLATE_NOOP("BuiltinFieldText", "Subjective")},
    {"objective", QT_TRANSLATE_NOOP("BuiltinFieldText", "Objective")},
};

// The built-in templates' field descriptions, word for word as their schemas say them. The long ones
// are split over lines as adjacent literals, which is what the missing-comma check would question.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
constexpr const char* kDescriptions[] = {
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The client's presentation and behaviour: what they reported and what the "
                                          "clinician observed, including mood and affect."),
    QT_TRANSLATE_NOOP("BuiltinFieldText",
                      "What the clinician did in the session: techniques, methods and topics addressed."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "How the client responded to the interventions."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The plan: next steps, homework, referrals and the next session."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "What happened in the session: what the client reported and what the "
                                          "clinician observed, including interventions used."),
    QT_TRANSLATE_NOOP("BuiltinFieldText",
                      "The clinician's assessment of the data: interpretation, progress towards goals, risk."),
    QT_TRANSLATE_NOOP("BuiltinFieldText",
                      "The patient's reason for the visit, in their words as the clinician summarised them."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Changes in general health, medications or allergies since the last visit."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Extraoral findings: face, lymph nodes, temporomandibular joints, muscles."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Findings in the oral mucosa, tongue, floor of the mouth, palate and gingiva "
                                          "other than periodontal measurements."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "One entry per finding on a tooth."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "FDI two-digit tooth number, e.g. 16 (permanent) or 75 (primary)."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Surfaces involved; empty when none is said."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The kind of finding."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Details of the finding as said: extent, material, grade, symptoms."),
    QT_TRANSLATE_NOOP(
        "BuiltinFieldText",
        "Periodontal status: pocket depths, bleeding on probing, recession, furcations, plaque and calculus."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Radiographs taken and what they show."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The diagnoses the clinician stated."),
    QT_TRANSLATE_NOOP(
        "BuiltinFieldText",
        "The treatment the clinician proposed or agreed with the patient, in order, with the next steps."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The reason for the visit."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The procedures performed, in order."),
    QT_TRANSLATE_NOOP("BuiltinFieldText",
                      "FDI two-digit tooth number, or null when the procedure is not on one tooth."),
    QT_TRANSLATE_NOOP("BuiltinFieldText",
                      "What was done, e.g. composite restoration MO, extraction, root canal treatment."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Materials used, as said."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Local anaesthesia: agent, amount and technique, as said."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Complications during the treatment, or null when none were mentioned."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "Instructions given to the patient after the treatment."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "What happens next: the next appointment and the treatment planned for it."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "A short title saying what the visit or session was about."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The note, in short paragraphs."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "What the patient reports: the reason for the visit, symptoms, history, "
                                          "feelings and concerns in their own terms."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "What the clinician observed or measured: examination findings, test "
                                          "results, observed behaviour and presentation."),
    QT_TRANSLATE_NOOP("BuiltinFieldText", "The clinician's assessment: interpretation, diagnosis or working "
                                          "hypothesis, progress since the last session, risk."),
    QT_TRANSLATE_NOOP("BuiltinFieldText",
                      "The plan: treatment, interventions, homework, referrals, prescriptions and the next session."),
};
// NOLINTEND(bugprone-suspicious-missing-comma)

} // namespace

QString BuiltinFieldText::title(const QString& name) {
    static const QHash<QString, const char*> titles = [] {
        QHash<QString, const char*> byName;
        for (const Title& t : kTitles) {
            byName.insert(QString::fromLatin1(t.name), t.title);
        }
        return byName;
    }();
    const char* english = titles.value(name, nullptr);
    return english != nullptr ? QCoreApplication::translate("BuiltinFieldText", english) : QString();
}

QString BuiltinFieldText::description(const QString& english) {
    static const QHash<QString, const char*> known = [] {
        QHash<QString, const char*> byText;
        for (const char* d : kDescriptions) {
            byText.insert(QString::fromUtf8(d), d);
        }
        return byText;
    }();
    const char* source = known.value(english, nullptr);
    return source != nullptr ? QCoreApplication::translate("BuiltinFieldText", source) : english;
}

} // namespace clinicdesk
