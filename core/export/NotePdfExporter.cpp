// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/NotePdfExporter.h"

#include "export/LetterheadPdf.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace clinicdesk {

namespace {

const QString kDash = QStringLiteral("\u2014");

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

// Dates and times in ISO 8601, unambiguous in every language the clinic works in.
QString dateText(const QDate& date) {
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QString timeText(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// "chief_complaint" / "chiefComplaint" -> "Chief complaint": a title for a field
// the schema gives none.
QString humanised(const QString& key) {
    QString words;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            words += QLatin1Char(' ');
        } else if (c.isUpper() && i > 0 && key.at(i - 1).isLower()) {
            words += QLatin1Char(' ');
            words += c.toLower();
        } else {
            words += c;
        }
    }
    words = words.simplified();
    if (!words.isEmpty()) {
        words[0] = words.at(0).toUpper();
    }
    return words;
}

// A schema node with "$ref" to a local definition followed, and of an "anyOf" (a
// nullable object, say) the first branch that describes an object or an array.
QJsonObject effective(const QJsonObject& node, const QJsonObject& root, int depth = 0) {
    if (depth > 16) {
        return {};
    }
    const QString ref = node.value(QLatin1String("$ref")).toString();
    if (ref.startsWith(QLatin1String("#/"))) {
        QJsonValue at(root);
        for (const QString& part : ref.mid(2).split(QLatin1Char('/'))) {
            at = at.toObject().value(part);
        }
        return effective(at.toObject(), root, depth + 1);
    }
    if (node.contains(QLatin1String("anyOf"))) {
        for (const QJsonValue& branch : node.value(QLatin1String("anyOf")).toArray()) {
            QJsonObject resolved = effective(branch.toObject(), root, depth + 1);
            if (resolved.contains(QLatin1String("properties")) || resolved.contains(QLatin1String("items"))) {
                return resolved;
            }
        }
    }
    return node;
}

QStringList stringsOf(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString()) {
            out += item.toString();
        }
    }
    return out;
}

// The keys of an object in display order: `preferred`, else the schema's
// "x-order", else "required", else its properties sorted; then whatever the data
// holds that no list names, sorted.
QStringList displayOrder(const QJsonObject& schema, const QStringList& preferred, const QStringList& present) {
    QStringList order = preferred;
    if (order.isEmpty()) {
        order = stringsOf(schema.value(QLatin1String("x-order")));
    }
    if (order.isEmpty()) {
        order = stringsOf(schema.value(QLatin1String("required")));
    }
    if (order.isEmpty()) {
        order = schema.value(QLatin1String("properties")).toObject().keys();
    }
    QStringList rest;
    for (const QString& key : present) {
        if (!order.contains(key) && !rest.contains(key)) {
            rest += key;
        }
    }
    std::sort(rest.begin(), rest.end());
    order += rest;
    order.removeDuplicates();
    return order;
}

class HtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(NotePdfExporter)
public:
    HtmlWriter(const QJsonObject& root, const QLocale& locale)
        : m_root(root)
        , m_locale(locale) {}

    QString title(const QJsonObject& schema, const QString& key) const {
        const QString t = effective(schema.value(QLatin1String("properties")).toObject().value(key).toObject(), m_root)
                              .value(QLatin1String("title"))
                              .toString();
        return t.isEmpty() ? humanised(key) : t;
    }

    QJsonObject propertySchema(const QJsonObject& schema, const QString& key) const {
        return effective(schema.value(QLatin1String("properties")).toObject().value(key).toObject(), m_root);
    }

    QString value(const QJsonValue& v, const QJsonObject& schema) const {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return kDash;
        case QJsonValue::Bool:
            return v.toBool() ? tr("Yes") : tr("No");
        case QJsonValue::Double:
            return escaped(m_locale.toString(v.toDouble(), 'g', QLocale::FloatingPointShortest));
        case QJsonValue::String: {
            const QString text = v.toString().trimmed();
            return text.isEmpty() ? kDash : escaped(text);
        }
        case QJsonValue::Array:
            return array(v.toArray(), schema);
        case QJsonValue::Object:
            return object(v.toObject(), schema);
        }
        return {};
    }

private:
    QString array(const QJsonArray& items, const QJsonObject& schema) const {
        if (items.isEmpty()) {
            return kDash;
        }
        const QJsonObject itemSchema = effective(schema.value(QLatin1String("items")).toObject(), m_root);
        const bool allObjects =
            std::all_of(items.begin(), items.end(), [](const QJsonValue& item) { return item.isObject(); });
        if (!allObjects) {
            QString html = QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px\">");
            for (const QJsonValue& item : items) {
                html += QStringLiteral("<li>") + value(item, itemSchema) + QStringLiteral("</li>");
            }
            return html + QStringLiteral("</ul>");
        }
        // Findings per tooth and the like: one row per item, one column per field.
        QStringList present;
        for (const QJsonValue& item : items) {
            present += item.toObject().keys();
        }
        const QStringList columns = displayOrder(itemSchema, {}, present);
        QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                      "style=\"border-collapse: collapse; border-color: #888888\"><tr>");
        for (const QString& column : columns) {
            html += QStringLiteral("<th align=\"left\" bgcolor=\"#eeeeee\">") + escaped(title(itemSchema, column)) +
                    QStringLiteral("</th>");
        }
        html += QStringLiteral("</tr>");
        for (const QJsonValue& item : items) {
            const QJsonObject row = item.toObject();
            html += QStringLiteral("<tr>");
            for (const QString& column : columns) {
                html += QStringLiteral("<td>") + value(row.value(column), propertySchema(itemSchema, column)) +
                        QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>");
    }

    QString object(const QJsonObject& data, const QJsonObject& schema) const {
        const QStringList keys = displayOrder(schema, {}, data.keys());
        QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const QString& key : keys) {
            html += QStringLiteral("<tr><td valign=\"top\"><i>") + escaped(title(schema, key)) +
                    QStringLiteral("</i>&nbsp;&nbsp;</td><td>") + value(data.value(key), propertySchema(schema, key)) +
                    QStringLiteral("</td></tr>");
        }
        return html + QStringLiteral("</table>");
    }

    const QJsonObject& m_root;
    const QLocale& m_locale;
};

QString headerRow(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><td valign=\"top\"><b>") + label.toHtmlEscaped() +
           QStringLiteral("</b>&nbsp;&nbsp;&nbsp;</td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

} // namespace

QString NotePdfExporter::draftWatermark() {
    return tr("DRAFT \u2013 not signed");
}

QStringList NotePdfExporter::propertyOrder(const QByteArray& schemaText) {
    const auto schema = nlohmann::ordered_json::parse(
        schemaText.constData(), schemaText.constData() + schemaText.size(), nullptr, /*allow_exceptions=*/false);
    QStringList order;
    if (!schema.is_object()) {
        return order;
    }
    const auto properties = schema.find("properties");
    if (properties == schema.end() || !properties->is_object()) {
        return order;
    }
    for (const auto& [key, value] : properties->items()) {
        order += QString::fromStdString(key);
    }
    return order;
}

QString NotePdfExporter::toHtml(const Note& note, const QJsonObject& schema, const NotePdfContext& context) {
    const HtmlWriter writer(schema, context.locale);
    const bool isSigned = note.status == NoteStatus::Signed;
    QString heading = context.templateName.isEmpty() ? note.templateKey : context.templateName;
    if (note.amendsNoteId) {
        heading = tr("Addendum: %1").arg(heading);
    }

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"font-size:16pt; font-weight:bold; margin-top:0px; margin-bottom:10px\">") +
            escaped(heading) + QStringLiteral("</p>");
    if (!isSigned) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" bgcolor=\"#fde2e2\"><tr><td>"
                               "<span style=\"color:#b00000; font-weight:bold\">") +
                draftWatermark().toHtmlEscaped() + QStringLiteral("</span>&nbsp;&nbsp;") +
                tr("This note may still change. It is not part of the signed record.").toHtmlEscaped() +
                QStringLiteral("</td></tr></table><p></p>");
    }

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    html += headerRow(tr("Patient"), escaped(context.patientName));
    if (context.patientDateOfBirth && context.patientDateOfBirth->isValid()) {
        html += headerRow(tr("Date of birth"), escaped(dateText(*context.patientDateOfBirth)));
    }
    QString clinician = escaped(context.clinicianName);
    if (context.clinicianLicence && !context.clinicianLicence->isEmpty()) {
        clinician += QStringLiteral(", ") + escaped(tr("licence no. %1").arg(*context.clinicianLicence));
    }
    html += headerRow(tr("Clinician"), clinician);
    html += headerRow(tr("Written"), escaped(timeText(note.createdAt)));
    html += headerRow(tr("Note ID"), escaped(note.id));
    html += QStringLiteral("</table>");

    if (note.amendsNoteId) {
        QString amends = tr("This addendum corrects or completes note %1").arg(*note.amendsNoteId);
        if (context.amendedSignedAt) {
            amends += QLatin1Char(' ') + tr("signed %1").arg(timeText(*context.amendedSignedAt));
        }
        if (context.amendedContentHash) {
            amends += QLatin1Char(' ') + tr("(SHA-256 %1)").arg(*context.amendedContentHash);
        }
        amends += QStringLiteral(". ") + tr("The original note is unchanged.");
        html += QStringLiteral("<p><i>") + escaped(amends) + QStringLiteral("</i></p>");
    }
    html += QStringLiteral("<hr/>");

    const QStringList fields = displayOrder(schema, context.fieldOrder, note.content.keys());
    for (const QString& field : fields) {
        html += QStringLiteral("<p style=\"font-size:11pt; font-weight:bold; margin-top:10px; margin-bottom:3px\">") +
                escaped(writer.title(schema, field)) + QStringLiteral("</p>");
        const QString value = writer.value(note.content.value(field), writer.propertySchema(schema, field));
        html += value.startsWith(QLatin1String("<table")) || value.startsWith(QLatin1String("<ul"))
                    ? value
                    : QStringLiteral("<p style=\"margin-top:0px\">") + value + QStringLiteral("</p>");
    }

    html += QStringLiteral("<hr/>");
    if (isSigned) {
        const QString signer = context.signerName.value_or(context.clinicianName);
        html += QStringLiteral("<p>") +
                escaped(tr("Signed electronically by %1 on %2. The signed note cannot be changed; corrections are "
                           "added as addenda.")
                            .arg(signer, note.signedAt ? timeText(*note.signedAt) : kDash)) +
                QStringLiteral("</p>");
        if (note.contentHash) {
            html += QStringLiteral("<p>") + escaped(tr("Content SHA-256:")) +
                    QStringLiteral(" <span style=\"font-family:monospace\">") + escaped(*note.contentHash) +
                    QStringLiteral("</span></p>");
        }
    } else {
        html += QStringLiteral("<p>") + escaped(tr("Not signed.")) + QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Status NotePdfExporter::exportPdf(const Note& note, const QJsonObject& schema, const NotePdfContext& context,
                                  const QString& path) {
    const bool isDraft = note.status != NoteStatus::Signed;
    LetterheadPdf::Page page;
    page.clinic = context.clinic;
    page.title = context.templateName.isEmpty() ? note.templateKey : context.templateName;
    page.footer = context.patientDateOfBirth && context.patientDateOfBirth->isValid()
                      ? tr("%1, born %2").arg(context.patientName, dateText(*context.patientDateOfBirth))
                      : context.patientName;
    if (isDraft) {
        page.watermark = draftWatermark();
        page.footerSuffix = draftWatermark();
    }
    return LetterheadPdf::write(toHtml(note, schema, context), page, path);
}

} // namespace clinicdesk
