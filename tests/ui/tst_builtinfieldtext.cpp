// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// A Swedish or Polish clinician sees every field of every built-in note template with a title and a
// description in their language: the templates' schemas stay English (the AI reads them), and a field
// whose words are not in BuiltinFieldText (a template edited without updating it) would be shown in
// English. A clinic's own template keeps its own words.
#include "Translations.h"
#include "encounter/BuiltinFieldText.h"
#include "encounter/NoteSchemaField.h"
#include "repo/NoteTemplateRepository.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

struct Field {
    QString where;              // "soap: subjective"
    QString englishDescription; // as the schema says it
    NoteSchemaField field;      // as the note form shows it
};

// Every property of an object schema and of the object schemas under it (array items, $defs).
void collect(const QString& where, const QJsonObject& objectSchema, const QJsonObject& root, std::vector<Field>* out) {
    const QJsonObject properties = objectSchema.value(QLatin1String("properties")).toObject();
    for (const QString& name : NoteSchemaField::propertyOrder(objectSchema)) {
        const QJsonObject property = properties.value(name).toObject();
        const QJsonObject resolved = NoteSchemaField::resolve(property, root);
        out->push_back({where + QStringLiteral(": ") + name, resolved.value(QLatin1String("description")).toString(),
                        NoteSchemaField::describe(name, property, root)});
        const QJsonObject items = NoteSchemaField::resolve(resolved.value(QLatin1String("items")).toObject(), root);
        if (items.contains(QLatin1String("properties"))) {
            collect(where + QStringLiteral(": ") + name, items, root, out);
        }
    }
}

std::vector<Field> builtinFields() {
    std::vector<Field> fields;
    auto templates = NoteTemplateRepository::builtinTemplates();
    if (!templates) {
        return fields;
    }
    for (const NoteTemplate& t : *templates) {
        collect(t.key, t.schema, t.schema, &fields);
    }
    return fields;
}

} // namespace

class TstBuiltinFieldText : public QObject {
    Q_OBJECT
private slots:
    void everyBuiltinFieldHasATitleInEnglish();
    void everyBuiltinFieldIsTranslated_data();
    void everyBuiltinFieldIsTranslated();
    void aClinicsOwnFieldKeepsItsWords();
};

void TstBuiltinFieldText::everyBuiltinFieldHasATitleInEnglish() {
    const std::vector<Field> fields = builtinFields();
    QVERIFY2(fields.size() > 20, "the built-in templates could not be read");
    for (const Field& f : fields) {
        QVERIFY2(!BuiltinFieldText::title(f.field.name).isEmpty(), qPrintable(f.where));
        QVERIFY2(!f.field.title.isEmpty(), qPrintable(f.where));
    }
    QCOMPARE(BuiltinFieldText::title(QStringLiteral("chief_complaint")), QStringLiteral("Chief complaint"));
}

void TstBuiltinFieldText::everyBuiltinFieldIsTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("subjective");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Subjektivt");
    QTest::newRow("pl") << QStringLiteral("pl") << QString();
}

void TstBuiltinFieldText::everyBuiltinFieldIsTranslated() {
    QFETCH(QString, language);
    QFETCH(QString, subjective);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Translations translations(&settings);
    translations.apply(language);
    QStringList untranslated;
    for (const Field& f : builtinFields()) {
        // Descriptions are sentences: their translation is never the English one.
        if (!f.englishDescription.isEmpty() && f.field.description == f.englishDescription) {
            untranslated << f.where;
        }
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n  "))));
    if (!subjective.isEmpty()) {
        QCOMPARE(BuiltinFieldText::title(QStringLiteral("subjective")), subjective);
    } else {
        QVERIFY(BuiltinFieldText::title(QStringLiteral("subjective")) != QStringLiteral("Subjective"));
    }
    translations.apply(QStringLiteral("en"));
}

void TstBuiltinFieldText::aClinicsOwnFieldKeepsItsWords() {
    const QJsonObject root;
    const QJsonObject own{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("description"), QStringLiteral("Mina egna ord.")}};
    const NoteSchemaField field = NoteSchemaField::describe(QStringLiteral("sleep_quality"), own, root);
    QCOMPARE(field.title, QStringLiteral("Sleep quality"));
    QCOMPARE(field.description, QStringLiteral("Mina egna ord."));
}

QTEST_MAIN(TstBuiltinFieldText)
#include "tst_builtinfieldtext.moc"
