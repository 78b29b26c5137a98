// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/ReferralLetter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace clinicdesk {

namespace {

const QString kDash = QStringLiteral("\u2014");

// The letter's own words in its three languages. They are the letter's text, not the interface's: a
// clinic in Sweden writes Swedish letters whatever a translation file holds.
struct Words {
    const char* title;
    const char* diagnosis;
    const char* findings;
    const char* treatmentPlan;
    const char* assessment;
    const char* plan;
    const char* findingKinds[10][2]; // enum key, word
    const char* letter;
};

const Words kEnglish{"Referral",
                     "Diagnosis",
                     "Findings",
                     "Treatment plan",
                     "Assessment",
                     "Plan",
                     {{"caries", "caries"},
                      {"restoration", "restoration"},
                      {"missing", "missing"},
                      {"crown", "crown"},
                      {"root_canal", "root canal treated"},
                      {"fracture", "fracture"},
                      {"mobility", "mobility"},
                      {"impacted", "impacted"},
                      {"watch", "to watch"},
                      {"other", "other"}},
                     "{date}\n"
                     "\n"
                     "To: {recipient}\n"
                     "\n"
                     "Patient: {patient_name}\n"
                     "Date of birth: {patient_dob}\n"
                     "National ID: {national_id}\n"
                     "\n"
                     "Reason for referral: {reason}\n"
                     "\n"
                     "Dear colleague,\n"
                     "\n"
                     "I am referring the patient above to you. A summary of my findings and of the treatment so far:\n"
                     "\n"
                     "{summary}\n"
                     "\n"
                     "Please contact me if you need further information.\n"
                     "\n"
                     "Kind regards,\n"
                     "\n"
                     "{practitioner}\n"
                     "Licence no. {licence}\n"
                     "{clinic}\n"};

const Words kSwedish{
    "Remiss",
    "Diagnos",
    "Fynd",
    "Behandlingsplan",
    "Bedömning",
    "Planering",
    {{"caries", "karies"},
     {"restoration", "fyllning"},
     {"missing", "saknas"},
     {"crown", "krona"},
     {"root_canal", "rotbehandlad"},
     {"fracture", "fraktur"},
     {"mobility", "mobilitet"},
     {"impacted", "retinerad"},
     {"watch", "observeras"},
     {"other", "övrigt"}},
    "{date}\n"
    "\n"
    "Till: {recipient}\n"
    "\n"
    "Patient: {patient_name}\n"
    "Födelsedatum: {patient_dob}\n"
    "Personnummer: {national_id}\n"
    "\n"
    "Remissorsak: {reason}\n"
    "\n"
    "Bästa kollega,\n"
    "\n"
    "Jag remitterar patienten ovan till dig. En sammanfattning av mina fynd och av behandlingen hittills:\n"
    "\n"
    "{summary}\n"
    "\n"
    "Kontakta mig gärna om du behöver mer information.\n"
    "\n"
    "Med vänliga hälsningar\n"
    "\n"
    "{practitioner}\n"
    "Legitimationsnummer: {licence}\n"
    "{clinic}\n"};

const Words kPolish{"Skierowanie",
                    "Rozpoznanie",
                    "Wyniki badania",
                    "Plan leczenia",
                    "Ocena",
                    "Plan",
                    {{"caries", "próchnica"},
                     {"restoration", "wypełnienie"},
                     {"missing", "brak zęba"},
                     {"crown", "korona"},
                     {"root_canal", "po leczeniu kanałowym"},
                     {"fracture", "złamanie"},
                     {"mobility", "ruchomość"},
                     {"impacted", "zatrzymany"},
                     {"watch", "do obserwacji"},
                     {"other", "inne"}},
                    "{date}\n"
                    "\n"
                    "Do: {recipient}\n"
                    "\n"
                    "Pacjent: {patient_name}\n"
                    "Data urodzenia: {patient_dob}\n"
                    "PESEL: {national_id}\n"
                    "\n"
                    "Powód skierowania: {reason}\n"
                    "\n"
                    "Szanowni Państwo,\n"
                    "\n"
                    "kieruję do Państwa wyżej wymienionego pacjenta. Podsumowanie moich ustaleń i dotychczasowego "
                    "leczenia:\n"
                    "\n"
                    "{summary}\n"
                    "\n"
                    "W razie potrzeby dodatkowych informacji proszę o kontakt.\n"
                    "\n"
                    "Z wyrazami szacunku\n"
                    "\n"
                    "{practitioner}\n"
                    "Nr prawa wykonywania zawodu: {licence}\n"
                    "{clinic}\n"};

const Words& wordsFor(const QString& language) {
    if (language == QLatin1String("sv")) {
        return kSwedish;
    }
    if (language == QLatin1String("pl")) {
        return kPolish;
    }
    return kEnglish;
}

QLocale localeFor(const QString& language) {
    if (language == QLatin1String("sv")) {
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    }
    if (language == QLatin1String("pl")) {
        return QLocale(QLocale::Polish, QLocale::Poland);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    return pattern;
}

QString word(const char* text) {
    return QString::fromUtf8(text);
}

// "chief_complaint" -> "Chief complaint": a title for a field the schema gives none.
QString humanised(const QString& key) {
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    words = words.simplified();
    if (!words.isEmpty()) {
        words[0] = words.at(0).toUpper();
    }
    return words;
}

// A value of the note as plain text: strings trimmed, lists one item a line, objects as their values.
QString plain(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (const QString text = plain(item); !text.isEmpty()) {
                items << QStringLiteral("\u2022 ") + text;
            }
        }
        return items.join(QLatin1Char('\n'));
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const QString text = plain(it.value()); !text.isEmpty()) {
                parts << text;
            }
        }
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString section(const QString& label, const QString& text) {
    return text.isEmpty() ? QString() : label + QStringLiteral(":\n") + text;
}

// "• 16 MO: caries – deep, close to the pulp".
QString toothLine(const QJsonObject& finding, const Words& words) {
    const QString tooth = plain(finding.value(QStringLiteral("tooth")));
    QString surfaces;
    for (const QJsonValue& s : finding.value(QStringLiteral("surfaces")).toArray()) {
        surfaces += s.toString();
    }
    const QString kind = finding.value(QStringLiteral("finding")).toString();
    QString kindText = humanised(kind).toLower();
    for (const auto& pair : words.findingKinds) {
        if (kind == QLatin1String(pair[0])) {
            kindText = word(pair[1]);
        }
    }
    QString line = QStringLiteral("\u2022 ") + tooth;
    if (!surfaces.isEmpty()) {
        line += QLatin1Char(' ') + surfaces;
    }
    if (!kindText.isEmpty()) {
        line += QStringLiteral(": ") + kindText;
    }
    if (const QString note = plain(finding.value(QStringLiteral("note"))); !note.isEmpty()) {
        line += QStringLiteral(" \u2013 ") + note;
    }
    return line;
}

QStringList orderOf(const QJsonObject& schema, const QJsonObject& content) {
    QStringList order;
    for (const char* key : {"x-order", "required"}) {
        for (const QJsonValue& v : schema.value(QLatin1String(key)).toArray()) {
            order << v.toString();
        }
        if (!order.isEmpty()) {
            break;
        }
    }
    for (const QString& key : content.keys()) {
        if (!order.contains(key)) {
            order << key;
        }
    }
    return order;
}

} // namespace

QStringList ReferralLetter::placeholders() {
    return {QStringLiteral("patient_name"),   QStringLiteral("patient_dob"), QStringLiteral("national_id"),
            QStringLiteral("recipient"),      QStringLiteral("reason"),      QStringLiteral("summary"),
            QStringLiteral("practitioner"),   QStringLiteral("licence"),     QStringLiteral("clinic"),
            QStringLiteral("clinic_address"), QStringLiteral("date")};
}

QString ReferralLetter::defaultTemplate(const QString& language) {
    return word(wordsFor(language).letter);
}

QString ReferralLetter::title(const QString& language) {
    return word(wordsFor(language).title);
}

QString ReferralLetter::languageOf(const QLocale& locale) {
    switch (locale.language()) {
    case QLocale::Swedish:
        return QStringLiteral("sv");
    case QLocale::Polish:
        return QStringLiteral("pl");
    default:
        return QStringLiteral("en");
    }
}

QStringList ReferralLetter::unknownPlaceholders(const QString& templateText) {
    const QStringList known = placeholders();
    QStringList unknown;
    auto matches = placeholderPattern().globalMatch(templateText);
    while (matches.hasNext()) {
        const QString key = matches.next().captured(1);
        if (!known.contains(key) && !unknown.contains(key)) {
            unknown << key;
        }
    }
    return unknown;
}

QString ReferralLetter::fill(const QString& templateText, const QHash<QString, QString>& values) {
    QString out;
    qsizetype last = 0;
    auto matches = placeholderPattern().globalMatch(templateText);
    while (matches.hasNext()) {
        const auto match = matches.next();
        out += templateText.mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd()) {
            out += match.captured(0);
        } else {
            out += value->trimmed().isEmpty() ? kDash : value->trimmed();
        }
        last = match.capturedEnd();
    }
    return out + templateText.mid(last);
}

QString ReferralLetter::summaryOf(const Note& note, const QJsonObject& schema, const QString& language) {
    const Words& words = wordsFor(language);
    const QJsonObject& c = note.content;
    QStringList parts;
    if (note.templateKey == QLatin1String("dental-exam")) {
        parts << section(word(words.diagnosis), plain(c.value(QStringLiteral("diagnosis"))));
        QStringList teeth;
        for (const QJsonValue& finding : c.value(QStringLiteral("teeth")).toArray()) {
            teeth << toothLine(finding.toObject(), words);
        }
        parts << section(word(words.findings), teeth.join(QLatin1Char('\n')));
        parts << section(word(words.treatmentPlan), plain(c.value(QStringLiteral("treatment_plan"))));
    } else if (c.contains(QStringLiteral("assessment")) && c.contains(QStringLiteral("plan"))) {
        parts << section(word(words.assessment), plain(c.value(QStringLiteral("assessment"))));
        parts << section(word(words.plan), plain(c.value(QStringLiteral("plan"))));
    } else {
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QString& key : orderOf(schema, c)) {
            QString label = properties.value(key).toObject().value(QStringLiteral("title")).toString();
            parts << section(label.isEmpty() ? humanised(key) : label, plain(c.value(key)));
        }
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("\n\n"));
}

QHash<QString, QString> ReferralLetter::values() const {
    const QLocale locale = localeFor(language);
    const QString dateFormat = QStringLiteral("d MMMM yyyy");
    return {
        {QStringLiteral("patient_name"), patientName},
        {QStringLiteral("patient_dob"), patientDateOfBirth && patientDateOfBirth->isValid()
                                            ? locale.toString(*patientDateOfBirth, dateFormat)
                                            : QString()},
        {QStringLiteral("national_id"), nationalId},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("practitioner"), practitioner},
        {QStringLiteral("licence"), licence},
        {QStringLiteral("clinic"), clinic.name},
        {QStringLiteral("clinic_address"), clinic.address},
        {QStringLiteral("date"), date.isValid() ? locale.toString(date, dateFormat) : QString()},
    };
}

QString ReferralLetter::effectiveTemplate() const {
    return templateText.trimmed().isEmpty() ? defaultTemplate(language) : templateText;
}

QString ReferralLetter::text() const {
    return fill(effectiveTemplate(), values());
}

} // namespace clinicdesk
