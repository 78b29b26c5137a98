// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ToothNumbering.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace clinicdesk {

// One property of a note template's JSON schema as the note form edits it: what kind
// of editor it gets, its title, and how its value becomes text and back.
//
// Tooth numbers (a property named "tooth" or with the FDI pattern) are stored as FDI
// and shown in the chosen notation.
class NoteSchemaField {
    Q_DECLARE_TR_FUNCTIONS(NoteSchemaField)
public:
    enum class Kind {
        Text,       // string
        Number,     // number
        Integer,    // integer
        Boolean,    // boolean
        Choice,     // string with enum
        ChoiceList, // array of enum strings: "M, O"
        TextList,   // array of strings: one per line
        Table,      // array of objects: rows and columns
        Json,       // anything else, as JSON text
    };

    QString name;
    QString title;
    QString description;
    Kind kind = Kind::Text;
    bool nullable = false;
    bool tooth = false;
    QStringList choices;    // Choice, ChoiceList
    QJsonObject itemSchema; // Table: the items' object schema ($ref resolved)

    // `property` is resolved against `root` ("$ref": "#/$defs/...").
    [[nodiscard]] static NoteSchemaField describe(const QString& name, const QJsonObject& property,
                                                  const QJsonObject& root);
    [[nodiscard]] static QJsonObject resolve(const QJsonObject& property, const QJsonObject& root);
    // An object schema's property names in the author's order: "x-order", else "required",
    // then any others sorted.
    [[nodiscard]] static QStringList propertyOrder(const QJsonObject& objectSchema);
    // "chief_complaint" -> "Chief complaint".
    [[nodiscard]] static QString humanise(const QString& name);

    // The value as text for a line or cell (Text, Number, Integer, Choice, ChoiceList, TextList, Json).
    [[nodiscard]] QString toText(const QJsonValue& value, ToothNumbering::Notation notation) const;
    // The text back as the stored value. A value that cannot be stored adds a sentence naming
    // `where` to `problems` and returns the text as it is (so nothing typed is lost).
    [[nodiscard]] QJsonValue fromText(const QString& text, ToothNumbering::Notation notation, QStringList* problems,
                                      const QString& where) const;
    // The value for an empty field: null when allowed, else "", [] or false.
    [[nodiscard]] QJsonValue emptyValue() const;
};

} // namespace clinicdesk
