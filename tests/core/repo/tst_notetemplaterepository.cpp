// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// NoteTemplateRepository against a real vault: the built-ins a new vault has from its schema
// (migration 0004), byte for byte what resources/templates ships, copies the clinic can edit,
// built-ins and non-strict schemas refused, roles enforced, every write audited.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "repo/NoteTemplateRepository.h"
#include "util/JsonSchema.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::Footprint;
using clinicdesk::test::scalarOf;

// What a refused write must leave untouched.
Footprint footprint(Database& db) {
    return Footprint::of(db, {{"templates", "SELECT count(*) FROM note_templates WHERE deleted_at IS NULL"},
                              {"lastUpdate", "SELECT coalesce(max(updated_at), 0) FROM note_templates"}});
}

// Audit entries for one template: "action detail" in order.
QStringList auditOf(Database& db, const QString& id) {
    auto stmt = db.prepare("SELECT action, detail, user_id FROM audit_log WHERE entity = 'note_template' AND "
                           "entity_id = ? ORDER BY seq");
    if (!stmt) {
        return {QStringLiteral("error")};
    }
    stmt->bind(1, id);
    auto rows = stmt->collect([&] { return QString(stmt->text(0) + QLatin1Char(' ') + stmt->text(1)).trimmed(); });
    return rows ? QStringList(rows->begin(), rows->end()) : QStringList{QStringLiteral("error")};
}

QStringList changesOf(Database& db, const QString& id) {
    auto stmt = db.prepare("SELECT op FROM changes WHERE tbl = 'note_templates' AND record_id = ? ORDER BY seq");
    if (!stmt) {
        return {QStringLiteral("error")};
    }
    stmt->bind(1, id);
    auto rows = stmt->collect([&] { return stmt->text(0); });
    return rows ? QStringList(rows->begin(), rows->end()) : QStringList{QStringLiteral("error")};
}

const std::vector<NoteTemplate>& shipped() {
    static const std::vector<NoteTemplate> templates = [] {
        auto t = NoteTemplateRepository::builtinTemplates();
        return t ? *t : std::vector<NoteTemplate>{};
    }();
    return templates;
}

const NoteTemplate* shippedByKey(const QString& key) {
    for (const NoteTemplate& t : shipped()) {
        if (t.key == key) {
            return &t;
        }
    }
    return nullptr;
}

} // namespace

class TstNoteTemplateRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void builtinsShipWithTheBuild();
    void aNewVaultHasTheBuiltins();
    void storedBuiltinsAreTheTemplateFiles();
    void byKeyAndGet();
    void unknownKeyListsTheValidKeys();
    void builtinNamesAreTranslatable();
    void copyMakesAnEditableTemplate();
    void copyRefusesBadOrTakenKeys();
    void updateRefusesASchemaStrictModeWouldRefuse();
    void builtinsCannotBeChangedOrRemoved();
    void removeTombstonesACopy();
    void receptionistMayReadButNotEdit();
    void practitionerMayEdit();

private:
    [[nodiscard]] NoteTemplateRepository repo() {
        return NoteTemplateRepository(m_vault->session().db(), m_vault->session().session());
    }
    [[nodiscard]] Database& db() { return m_vault->session().db(); }
    [[nodiscard]] Status loginAs(const QString& user);

    std::unique_ptr<TestVault> m_vault;
};

Status TstNoteTemplateRepository::loginAs(const QString& user) {
    const QString password =
        user == QLatin1String("admin") ? QString::fromLatin1(TestVault::kAdminPassword) : TestVault::passwordFor(user);
    return m_vault->loginAs(user, password);
}

void TstNoteTemplateRepository::initTestCase() {
    m_vault = std::make_unique<TestVault>();
    CHECK_OK(m_vault->addUser(QStringLiteral("rita"), Role::Receptionist));
    CHECK_OK(m_vault->addUser(QStringLiteral("pia"), Role::Practitioner));
}

void TstNoteTemplateRepository::builtinsShipWithTheBuild() {
    CHECK_OK(NoteTemplateRepository::builtinTemplates());
    QStringList keys;
    for (const NoteTemplate& t : shipped()) {
        keys << t.key;
        QVERIFY2(JsonSchema::strictViolations(t.schema).isEmpty(), qPrintable(t.key));
        QCOMPARE(t.id, NoteTemplateRepository::builtinId(t.key));
    }
    QCOMPARE(keys,
             (QStringList{QStringLiteral("dental-exam"), QStringLiteral("dental-treatment"), QStringLiteral("soap"),
                          QStringLiteral("dap"), QStringLiteral("birp"), QStringLiteral("free")}));
    // The same id in every vault, distinct per key, shaped like every other id.
    QCOMPARE(NoteTemplateRepository::builtinId(QStringLiteral("soap")),
             NoteTemplateRepository::builtinId(QStringLiteral("soap")));
    QVERIFY(NoteTemplateRepository::builtinId(QStringLiteral("soap")) !=
            NoteTemplateRepository::builtinId(QStringLiteral("dap")));
    QCOMPARE(NoteTemplateRepository::builtinId(QStringLiteral("soap")).size(), 36);
}

void TstNoteTemplateRepository::aNewVaultHasTheBuiltins() {
    // From the schema on, before anyone signed in or asked for a template; no write was needed for it.
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM note_templates WHERE builtin = 1 AND deleted_at IS NULL"), 6);
    const QString soapId = NoteTemplateRepository::builtinId(QStringLiteral("soap"));
    QCOMPARE(auditOf(db(), soapId), QStringList());
    QCOMPARE(changesOf(db(), soapId), QStringList());

    auto listed = repo().list();
    CHECK_OK(listed);
    QStringList keys;
    for (const NoteTemplate& t : *listed) {
        keys << t.key;
        QVERIFY(t.builtin);
        const NoteTemplate* s = shippedByKey(t.key);
        QVERIFY(s);
        QCOMPARE(t.id, s->id);
        QCOMPARE(t.schema, s->schema);
        QCOMPARE(t.instructions, s->instructions);
        QCOMPARE(t.description, s->description);
        QVERIFY(t.language.isEmpty());
    }
    QCOMPARE(keys, NoteTemplateRepository::builtinKeys());
}

// The migrations and resources/templates/*.json must say the same: a template file edited without a
// migration that updates its row (or the other way round) fails here, and the message gives the
// statement the new migration needs.
void TstNoteTemplateRepository::storedBuiltinsAreTheTemplateFiles() {
    QStringList files = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (QString& file : files) {
        file.chop(5);
    }
    std::sort(files.begin(), files.end());
    QStringList builtinKeys = NoteTemplateRepository::builtinKeys();
    std::sort(builtinKeys.begin(), builtinKeys.end());
    QCOMPARE(files, builtinKeys);

    auto stmt = db().prepare("SELECT id, key, name, json_schema, instructions, builtin, deleted_at IS NULL, language "
                             "FROM note_templates WHERE builtin = 1 ORDER BY key");
    CHECK_OK(stmt);
    auto rows = stmt->collect([&] {
        return std::tuple{stmt->text(0), stmt->text(1),  stmt->text(2),  stmt->text(3),
                          stmt->text(4), stmt->int64(5), stmt->int64(6), stmt->isNull(7)};
    });
    CHECK_OK(rows);
    QCOMPARE(rows->size(), shipped().size());
    for (const auto& [id, key, name, schema, instructions, builtin, live, noLanguage] : *rows) {
        const NoteTemplate* file = shippedByKey(key);
        QVERIFY2(file, qPrintable(key));
        const QString expectedSchema = QString::fromUtf8(QJsonDocument(file->schema).toJson(QJsonDocument::Compact));
        if (name != file->name || schema != expectedSchema || instructions != file->instructions) {
            auto quoted = [](QString text) {
                return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
            };
            qWarning("The built-in template \"%s\" in the vault is not resources/templates/%s.json. Ship the change "
                     "in a new migration:\nUPDATE note_templates SET name = %s, json_schema = %s, instructions = %s, "
                     "updated_at = CAST(strftime('%%s', 'now') AS INTEGER) * 1000 WHERE id = '%s';",
                     qPrintable(key), qPrintable(key), qPrintable(quoted(file->name)),
                     qPrintable(quoted(expectedSchema)), qPrintable(quoted(file->instructions)), qPrintable(id));
        }
        QCOMPARE(id, NoteTemplateRepository::builtinId(key));
        QCOMPARE(name, file->name);
        QCOMPARE(schema, expectedSchema); // byte for byte: the form the repository itself writes
        QCOMPARE(instructions, file->instructions);
        QCOMPARE(builtin, 1);
        QCOMPARE(live, 1);
        QVERIFY(noLanguage);
    }
}

void TstNoteTemplateRepository::byKeyAndGet() {
    auto exam = repo().byKey(QStringLiteral("dental-exam"));
    CHECK_OK(exam);
    QCOMPARE(exam->name, QStringLiteral("Dental examination"));
    QVERIFY(exam->schema.value(QLatin1String("properties")).toObject().contains(QLatin1String("teeth")));
    auto byId = repo().get(exam->id);
    CHECK_OK(byId);
    QCOMPARE(byId->key, QStringLiteral("dental-exam"));
    auto missing = repo().get(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!missing);
    QCOMPARE(code(missing.error().code), code(ErrorCode::NotFound));
}

void TstNoteTemplateRepository::unknownKeyListsTheValidKeys() {
    auto missing = repo().byKey(QStringLiteral("dental"));
    QVERIFY(!missing);
    QCOMPARE(code(missing.error().code), code(ErrorCode::NotFound));
    for (const QString& key : NoteTemplateRepository::builtinKeys()) {
        QVERIFY2(missing.error().message.contains(key), qPrintable(missing.error().message));
    }
}

void TstNoteTemplateRepository::builtinNamesAreTranslatable() {
    // Every shipped name and description is marked for lupdate, word for word.
    const QStringList marked = NoteTemplateRepository::translatableTexts();
    for (const NoteTemplate& t : shipped()) {
        QVERIFY2(marked.contains(t.name), qPrintable(t.name));
        QVERIFY2(marked.contains(t.description), qPrintable(t.description));
    }
    QCOMPARE(marked.size(), 2 * int(shipped().size()));
}

void TstNoteTemplateRepository::copyMakesAnEditableTemplate() {
    auto copy = repo().copy(QStringLiteral("soap"), QStringLiteral("soap-short"), QStringLiteral("  Short   SOAP "));
    CHECK_OK(copy);
    QVERIFY(!copy->builtin);
    QCOMPARE(copy->key, QStringLiteral("soap-short"));
    QCOMPARE(copy->name, QStringLiteral("Short SOAP"));
    const NoteTemplate* soap = shippedByKey(QStringLiteral("soap"));
    QCOMPARE(copy->instructions, soap->instructions);
    QCOMPARE(copy->description, soap->description);
    QJsonObject expected = soap->schema;
    expected.insert(QStringLiteral("description"), soap->description);
    QCOMPARE(copy->schema, expected);
    QVERIFY(JsonSchema::strictViolations(copy->schema).isEmpty());
    QCOMPARE(auditOf(db(), copy->id), QStringList{QStringLiteral("create copy of soap")});

    // Edit: a new field and new instructions.
    QJsonObject schema = copy->schema;
    QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    properties.insert(
        QStringLiteral("risk"),
        QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")}}});
    schema.insert(QStringLiteral("properties"), properties);
    QJsonArray required = schema.value(QLatin1String("required")).toArray();
    required.append(QStringLiteral("risk"));
    schema.insert(QStringLiteral("required"), required);
    schema.insert(QStringLiteral("description"), QStringLiteral("SOAP with a risk line"));
    auto edited =
        repo().update(copy->id, QStringLiteral("SOAP + risk"), QStringLiteral("Be brief. Note any risk."), schema);
    CHECK_OK(edited);

    auto reread = repo().byKey(QStringLiteral("soap-short"));
    CHECK_OK(reread);
    QCOMPARE(reread->id, copy->id);
    QCOMPARE(reread->name, QStringLiteral("SOAP + risk"));
    QCOMPARE(reread->instructions, QStringLiteral("Be brief. Note any risk."));
    QCOMPARE(reread->schema, schema);
    QCOMPARE(reread->description, QStringLiteral("SOAP with a risk line"));
    QVERIFY(reread->updatedAt >= copy->updatedAt);
    QCOMPARE(auditOf(db(), copy->id), (QStringList{QStringLiteral("create copy of soap"), QStringLiteral("update")}));
    QCOMPARE(changesOf(db(), copy->id), (QStringList{QStringLiteral("insert"), QStringLiteral("update")}));
    // The built-in it came from is unchanged.
    auto original = repo().byKey(QStringLiteral("soap"));
    CHECK_OK(original);
    QCOMPARE(original->schema, soap->schema);

    // Listed after the built-ins.
    auto listed = repo().list();
    CHECK_OK(listed);
    QVERIFY(listed->size() >= 7);
    QCOMPARE(listed->at(6).builtin, false);
    QVERIFY(listed->at(5).builtin);
}

void TstNoteTemplateRepository::copyRefusesBadOrTakenKeys() {
    CHECK_OK(repo().copy(QStringLiteral("dap"), QStringLiteral("dap-mine"), QStringLiteral("My DAP")));
    const Footprint before = footprint(db());
    struct Case {
        const char* from;
        QString key;
        const char* name;
        ErrorCode expected;
    };
    const Case cases[] = {
        {"dap", QStringLiteral("dap-mine"), "Again", ErrorCode::AlreadyExists},
        {"dap", QStringLiteral("soap"), "Shadow", ErrorCode::AlreadyExists},
        {"dap", QStringLiteral("SOAP"), "Shadow", ErrorCode::AlreadyExists},
        {"dap", QStringLiteral("my key"), "Space", ErrorCode::InvalidInput},
        {"dap", QString(), "Empty", ErrorCode::InvalidInput},
        {"dap", QString(65, QLatin1Char('k')), "Long", ErrorCode::InvalidInput},
        {"dap", QStringLiteral("dap-2"), "   ", ErrorCode::InvalidInput},
        {"nothing", QStringLiteral("dap-3"), "From nothing", ErrorCode::NotFound},
    };
    for (const Case& c : cases) {
        auto refused = repo().copy(QString::fromLatin1(c.from), c.key, QString::fromLatin1(c.name));
        QVERIFY2(!refused, qPrintable(c.key));
        QCOMPARE(code(refused.error().code), code(c.expected));
        QVERIFY(!refused.error().message.isEmpty());
    }
    QCOMPARE(footprint(db()), before);
}

void TstNoteTemplateRepository::updateRefusesASchemaStrictModeWouldRefuse() {
    auto copy = repo().copy(QStringLiteral("birp"), QStringLiteral("birp-strict"), QStringLiteral("BIRP strict"));
    CHECK_OK(copy);
    const Footprint before = footprint(db());

    QJsonObject schema = copy->schema;
    QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    properties.insert(QStringLiteral("mood"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("score"),
                                                QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}},
                                  {QStringLiteral("required"), QJsonArray{QStringLiteral("score")}}});
    schema.insert(QStringLiteral("properties"), properties);
    auto refused = repo().update(copy->id, QStringLiteral("BIRP strict"), copy->instructions, schema);
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    // Both problems, each with where it is.
    QVERIFY2(refused.error().message.contains(QLatin1String("At #/properties/mood: every object needs "
                                                            "\"additionalProperties\": false.")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("At #: \"required\" must list every property; missing: "
                                                            "\"mood\".")),
             qPrintable(refused.error().message));

    auto noInstructions = repo().update(copy->id, QStringLiteral("BIRP strict"), QStringLiteral("  "), copy->schema);
    QVERIFY(!noInstructions);
    QCOMPARE(code(noInstructions.error().code), code(ErrorCode::InvalidInput));
    auto noName = repo().update(copy->id, QString(), copy->instructions, copy->schema);
    QVERIFY(!noName);
    QCOMPARE(code(noName.error().code), code(ErrorCode::InvalidInput));

    QCOMPARE(footprint(db()), before);
    auto unchanged = repo().get(copy->id);
    CHECK_OK(unchanged);
    QCOMPARE(unchanged->schema, copy->schema);
}

void TstNoteTemplateRepository::builtinsCannotBeChangedOrRemoved() {
    const Footprint before = footprint(db());
    for (const NoteTemplate& t : shipped()) {
        auto edit = repo().update(t.id, QStringLiteral("Mine now"), QStringLiteral("Anything."), t.schema);
        QVERIFY(!edit);
        QCOMPARE(code(edit.error().code), code(ErrorCode::InvalidInput));
        QVERIFY2(edit.error().message.contains(QLatin1String("Copy it")), qPrintable(edit.error().message));
        auto removed = repo().remove(t.id);
        QVERIFY(!removed);
        QCOMPARE(code(removed.error().code), code(ErrorCode::InvalidInput));
    }
    QCOMPARE(footprint(db()), before);
    auto soap = repo().byKey(QStringLiteral("soap"));
    CHECK_OK(soap);
    QCOMPARE(soap->name, QStringLiteral("SOAP note"));
}

void TstNoteTemplateRepository::removeTombstonesACopy() {
    auto copy = repo().copy(QStringLiteral("free"), QStringLiteral("letter"), QStringLiteral("Letter"));
    CHECK_OK(copy);
    CHECK_OK(repo().remove(copy->id));
    auto gone = repo().get(copy->id);
    QVERIFY(!gone);
    QCOMPARE(code(gone.error().code), code(ErrorCode::NotFound));
    auto byKey = repo().byKey(QStringLiteral("letter"));
    QVERIFY(!byKey);
    auto listed = repo().list();
    CHECK_OK(listed);
    for (const NoteTemplate& t : *listed) {
        QVERIFY(t.id != copy->id);
    }
    // A tombstone, not a deletion: notes written with it still point at a row.
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM note_templates WHERE id = ? AND deleted_at IS NOT NULL", copy->id),
             1);
    QCOMPARE(auditOf(db(), copy->id).last(), QStringLiteral("delete"));
    QCOMPARE(changesOf(db(), copy->id).last(), QStringLiteral("delete"));
    // Removing twice: not found; the key is free again.
    auto twice = repo().remove(copy->id);
    QVERIFY(!twice);
    QCOMPARE(code(twice.error().code), code(ErrorCode::NotFound));
    CHECK_OK(repo().copy(QStringLiteral("free"), QStringLiteral("letter"), QStringLiteral("Letter 2")));
}

void TstNoteTemplateRepository::receptionistMayReadButNotEdit() {
    auto custom = repo().copy(QStringLiteral("soap"), QStringLiteral("soap-rita"), QStringLiteral("For Rita"));
    CHECK_OK(custom);
    CHECK_OK(loginAs(QStringLiteral("rita")));
    const Footprint before = footprint(db());

    auto listed = repo().list();
    CHECK_OK(listed);
    QVERIFY(listed->size() >= 7);
    auto copy = repo().copy(QStringLiteral("soap"), QStringLiteral("soap-reception"), QStringLiteral("Reception"));
    QVERIFY(!copy);
    QCOMPARE(code(copy.error().code), code(ErrorCode::PermissionDenied));
    auto edit = repo().update(custom->id, QStringLiteral("Changed"), custom->instructions, custom->schema);
    QVERIFY(!edit);
    QCOMPARE(code(edit.error().code), code(ErrorCode::PermissionDenied));
    auto removed = repo().remove(custom->id);
    QVERIFY(!removed);
    QCOMPARE(code(removed.error().code), code(ErrorCode::PermissionDenied));
    QCOMPARE(footprint(db()), before);

    CHECK_OK(loginAs(QStringLiteral("admin")));
}

void TstNoteTemplateRepository::practitionerMayEdit() {
    CHECK_OK(loginAs(QStringLiteral("pia")));
    auto copy = repo().copy(QStringLiteral("dental-exam"), QStringLiteral("exam-kids"), QStringLiteral("Kids exam"));
    CHECK_OK(copy);
    CHECK_OK(repo().update(copy->id, copy->name, copy->instructions + QStringLiteral(" Primary teeth are common."),
                           copy->schema));
    QCOMPARE(scalarOf(db(),
                      "SELECT count(*) FROM audit_log WHERE entity = 'note_template' AND entity_id = ? AND "
                      "user_id = (SELECT id FROM users WHERE name = 'pia')",
                      copy->id),
             2);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM note_templates WHERE id = ? AND updated_by = created_by", copy->id),
             1);
    CHECK_OK(repo().remove(copy->id));
    CHECK_OK(loginAs(QStringLiteral("admin")));
}

QTEST_GUILESS_MAIN(TstNoteTemplateRepository)
#include "tst_notetemplaterepository.moc"
