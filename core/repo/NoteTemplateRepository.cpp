// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/NoteTemplateRepository.h"

#include "domain/AccessPolicy.h"
#include "repo/AuthorizedTransaction.h"
#include "repo/Journal.h"
#include "repo/Tombstone.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/JsonSchema.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace clinicdesk {

namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxInstructionsLength = 20000;

// Names and descriptions of the built-ins exactly as in resources/templates/*.json,
// marked here so lupdate offers them for translation; shown through tr().
const char* const kTranslatable[] = {
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "Dental examination"),
    QT_TRANSLATE_NOOP("NoteTemplateRepository",
                      "A dental examination: complaint, history changes, extraoral and soft-tissue findings, findings "
                      "per tooth (FDI), periodontal status, radiographs, diagnosis and treatment plan."),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "Dental treatment"),
    QT_TRANSLATE_NOOP("NoteTemplateRepository",
                      "A dental treatment visit: complaint, procedures per tooth (FDI) with materials and anaesthesia, "
                      "complications, post-operative instructions and the next visit."),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "SOAP note"),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "Subjective, Objective, Assessment and Plan: the classic structure "
                                                "for a clinical visit or therapy session."),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "DAP note"),
    QT_TRANSLATE_NOOP("NoteTemplateRepository",
                      "Data, Assessment and Plan: a compact session note common in therapy and counselling."),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "BIRP note"),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "Behaviour, Intervention, Response and Plan: a session note focused "
                                                "on the client's behaviour and response to interventions."),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "Free text"),
    QT_TRANSLATE_NOOP("NoteTemplateRepository", "A free-text note: a short title and the note itself, for anything "
                                                "the structured templates do not fit."),
};

const char* const kColumns =
    "SELECT id, key, name, builtin, language, json_schema, instructions, updated_at, rev FROM note_templates ";

// Fixed namespace for the name-based ids of built-ins: the same id in every vault.
const QUuid kBuiltinNamespace(QStringLiteral("{6f1c2a8e-4b7d-5e90-9a3c-2d8f1b7e4c61}"));

QByteArray compact(const QJsonObject& schema) {
    return QJsonDocument(schema).toJson(QJsonDocument::Compact);
}

// key -> untranslated description, as shipped.
const QHash<QString, QString>& shippedDescriptions() {
    static const QHash<QString, QString> descriptions = [] {
        QHash<QString, QString> out;
        if (auto shipped = NoteTemplateRepository::builtinTemplates()) {
            for (const NoteTemplate& t : *shipped) {
                out.insert(t.key, t.description);
            }
        }
        return out;
    }();
    return descriptions;
}

QString translated(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return QCoreApplication::translate("NoteTemplateRepository", utf8.constData());
}

Error notFound(const QString& detail) {
    return Error{ErrorCode::NotFound, NoteTemplateRepository::tr("The note template does not exist."), detail};
}

Status checkName(const QString& name) {
    if (name.isEmpty()) {
        return fail(ErrorCode::InvalidInput, NoteTemplateRepository::tr("A note template needs a name."),
                    QStringLiteral("empty template name"));
    }
    if (name.size() > kMaxNameLength) {
        return fail(ErrorCode::InvalidInput,
                    NoteTemplateRepository::tr("A template name can have at most %1 characters.").arg(kMaxNameLength),
                    QStringLiteral("template name too long"));
    }
    return {};
}

} // namespace

QStringList NoteTemplateRepository::builtinKeys() {
    return {QStringLiteral("dental-exam"), QStringLiteral("dental-treatment"),
            QStringLiteral("soap"),        QStringLiteral("dap"),
            QStringLiteral("birp"),        QStringLiteral("free")};
}

QStringList NoteTemplateRepository::translatableTexts() {
    QStringList texts;
    for (const char* text : kTranslatable) {
        texts << QString::fromUtf8(text);
    }
    return texts;
}

QString NoteTemplateRepository::builtinId(const QString& key) {
    return QUuid::createUuidV5(kBuiltinNamespace, QStringLiteral("clinicdesk/note-template/") + key)
        .toString(QUuid::WithoutBraces);
}

Result<std::vector<NoteTemplate>> NoteTemplateRepository::builtinTemplates() {
    std::vector<NoteTemplate> out;
    for (const QString& key : builtinKeys()) {
        const QString path = QStringLiteral(":/templates/%1.json").arg(key);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Integrity, tr("A built-in note template is missing from this installation."),
                        QStringLiteral("cannot open %1").arg(path));
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        const QJsonObject o = doc.object();
        NoteTemplate t;
        t.id = builtinId(key);
        t.key = o.value(QLatin1String("key")).toString();
        t.name = o.value(QLatin1String("name")).toString();
        t.description = o.value(QLatin1String("description")).toString();
        t.instructions = o.value(QLatin1String("instructions")).toString();
        t.schema = o.value(QLatin1String("schema")).toObject();
        t.builtin = true;
        if (error.error != QJsonParseError::NoError || !doc.isObject() || t.key != key || t.name.isEmpty() ||
            t.instructions.isEmpty() || !JsonSchema::strictViolations(t.schema).isEmpty()) {
            return fail(ErrorCode::Integrity, tr("A built-in note template is damaged in this installation."),
                        QStringLiteral("bad built-in template %1").arg(key));
        }
        out.push_back(std::move(t));
    }
    return out;
}

Result<std::vector<NoteTemplate>> NoteTemplateRepository::query(const std::string& where, const QString& arg) {
    auto stmt = m_db.prepare(std::string(kColumns) + where);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (!arg.isNull()) {
        stmt->bind(1, arg);
    }
    return stmt->collect([&] {
        NoteTemplate t;
        t.id = stmt->text(0);
        t.key = stmt->text(1);
        t.name = stmt->text(2);
        t.builtin = stmt->int64(3) != 0;
        t.language = stmt->optionalText(4).value_or(QString());
        // A schema that does not parse reads as {}: strictViolations() then says why it cannot be used.
        t.schema = QJsonDocument::fromJson(stmt->text(5).toUtf8()).object();
        t.instructions = stmt->text(6);
        t.updatedAt = stmt->int64(7);
        t.rev = static_cast<int>(stmt->int64(8));
        if (t.builtin) {
            t.name = translated(t.name);
            const QString description = shippedDescriptions().value(t.key);
            t.description = description.isEmpty() ? QString() : translated(description);
        } else {
            t.description = t.schema.value(QLatin1String("description")).toString();
        }
        return t;
    });
}

Result<QStringList> NoteTemplateRepository::activeKeys() {
    auto all = list();
    if (!all) {
        return std::unexpected(all.error());
    }
    QStringList keys;
    for (const NoteTemplate& t : *all) {
        keys << t.key;
    }
    return keys;
}

Result<std::vector<NoteTemplate>> NoteTemplateRepository::list() {
    auto all = query("WHERE deleted_at IS NULL", QString());
    if (!all) {
        return std::unexpected(all.error());
    }
    const QStringList order = builtinKeys();
    std::stable_sort(all->begin(), all->end(), [&](const NoteTemplate& a, const NoteTemplate& b) {
        if (a.builtin != b.builtin) {
            return a.builtin;
        }
        if (a.builtin) {
            return order.indexOf(a.key) < order.indexOf(b.key);
        }
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.key < b.key;
    });
    return all;
}

Result<NoteTemplate> NoteTemplateRepository::byKey(const QString& key) {
    auto found = query("WHERE key = ? AND deleted_at IS NULL", key);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        auto keys = activeKeys();
        const QStringList valid = keys && !keys->isEmpty() ? *keys : builtinKeys();
        return fail(
            ErrorCode::NotFound,
            tr("There is no note template \"%1\". Valid templates: %2.").arg(key, valid.join(QStringLiteral(", "))),
            QStringLiteral("template key not found"));
    }
    return found->front();
}

Result<NoteTemplate> NoteTemplateRepository::get(const QString& id) {
    auto found = query("WHERE id = ? AND deleted_at IS NULL", id);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return std::unexpected(notFound(QStringLiteral("template id not found")));
    }
    return found->front();
}

Result<NoteTemplate> NoteTemplateRepository::requireCustom(const QString& id) {
    auto existing = get(id);
    if (!existing) {
        return existing;
    }
    if (existing->builtin) {
        return fail(
            ErrorCode::InvalidInput,
            tr("The built-in template \"%1\" cannot be changed. Copy it and edit the copy.").arg(existing->name),
            QStringLiteral("built-in template %1 is read-only").arg(existing->key));
    }
    return existing;
}

Result<NoteTemplate> NoteTemplateRepository::copy(const QString& key, const QString& newKey, const QString& newName) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
        return std::unexpected(s.error());
    }
    if (!JsonSchema::isValidName(newKey)) {
        return fail(ErrorCode::InvalidInput,
                    tr("A template key may have 1 to 64 characters: letters a-z and A-Z, digits, \"_\" and \"-\"."),
                    QStringLiteral("bad template key"));
    }
    if (builtinKeys().contains(newKey, Qt::CaseInsensitive)) {
        return fail(ErrorCode::AlreadyExists, tr("The key \"%1\" belongs to a built-in template.").arg(newKey),
                    QStringLiteral("built-in key"));
    }
    const QString name = newName.simplified();
    if (auto s = checkName(name); !s) {
        return std::unexpected(s.error());
    }
    auto source = byKey(key);
    if (!source) {
        return source;
    }
    NoteTemplate t = *source;
    t.id = Clock::newId();
    t.key = newKey;
    t.name = name;
    t.builtin = false;
    t.updatedAt = Clock::nowMs();
    t.rev = 0;
    if (!t.schema.contains(QLatin1String("description")) && !t.description.isEmpty()) {
        t.schema.insert(QStringLiteral("description"), t.description);
    }

    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto taken = m_db.scalar("SELECT count(*) FROM note_templates WHERE key = ? AND deleted_at IS NULL", newKey);
    if (!taken) {
        return std::unexpected(taken.error());
    }
    if (*taken > 0) {
        return fail(ErrorCode::AlreadyExists, tr("A note template with the key \"%1\" already exists.").arg(newKey),
                    QStringLiteral("template key taken"));
    }
    auto insert = m_db.prepare("INSERT INTO note_templates (id, key, name, builtin, language, json_schema, "
                               "instructions, created_at, updated_at, created_by, updated_by) "
                               "VALUES (?,?,?,0,?,?,?,?,?,?,?)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    const std::optional<QString> language = t.language.isEmpty() ? std::nullopt : std::optional<QString>(t.language);
    insert->bindAll(t.id, t.key, t.name, language, QString::fromUtf8(compact(t.schema)), t.instructions, t.updatedAt,
                    t.updatedAt, m_session.user.id, m_session.user.id);
    if (auto s = insert->run(); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("note_templates"), QStringLiteral("note_template"), t.id,
                                     ChangeFeed::Op::Insert, QStringLiteral("copy of ") + source->key);
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    t.description = t.schema.value(QLatin1String("description")).toString();
    return t;
}

Result<NoteTemplate> NoteTemplateRepository::update(const QString& id, const QString& name, const QString& instructions,
                                                    const QJsonObject& schema) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
        return std::unexpected(s.error());
    }
    const QString cleanName = name.simplified();
    if (auto s = checkName(cleanName); !s) {
        return std::unexpected(s.error());
    }
    const QString cleanInstructions = instructions.trimmed();
    if (cleanInstructions.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A note template needs instructions for the model."),
                    QStringLiteral("empty instructions"));
    }
    if (cleanInstructions.size() > kMaxInstructionsLength) {
        return fail(ErrorCode::InvalidInput,
                    tr("The instructions can have at most %1 characters.").arg(kMaxInstructionsLength),
                    QStringLiteral("instructions too long"));
    }
    const QStringList violations = JsonSchema::strictViolations(schema);
    if (!violations.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("The template's schema cannot be used for notes: %1").arg(violations.join(QLatin1Char(' '))),
                    QStringLiteral("schema not strict-valid (%1 violations)").arg(violations.size()));
    }

    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto existing = requireCustom(id);
    if (!existing) {
        return existing;
    }
    NoteTemplate t = *existing;
    t.name = cleanName;
    t.instructions = cleanInstructions;
    t.schema = schema;
    t.description = schema.value(QLatin1String("description")).toString();
    t.updatedAt = Clock::nowMs();
    auto stmt = m_db.prepare("UPDATE note_templates SET name = ?, instructions = ?, json_schema = ?, updated_at = ?, "
                             "updated_by = ? WHERE id = ? AND builtin = 0 AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(t.name, t.instructions, QString::fromUtf8(compact(schema)), t.updatedAt, m_session.user.id, id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("note_templates"), QStringLiteral("note_template"), id,
                                     ChangeFeed::Op::Update);
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return t;
}

Status NoteTemplateRepository::remove(const QString& id) {
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto existing = requireCustom(id); !existing) {
        return std::unexpected(existing.error());
    }
    auto removed = setTombstone(m_db, "note_templates", id, m_session.user.id, "builtin = 0");
    if (!removed) {
        return std::unexpected(removed.error());
    }
    if (!*removed) {
        return std::unexpected(notFound(QStringLiteral("template id not found")));
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("note_templates"), QStringLiteral("note_template"), id,
                                     ChangeFeed::Op::Delete);
        !s) {
        return s;
    }
    return tx->commit();
}

} // namespace clinicdesk
