// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/NoteTemplate.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace clinicdesk {

// The only code that writes SQL for `note_templates`.
//
// Built-in templates ship in the resources (:/templates/<key>.json) and are in
// every vault from its schema on: migration 0004 inserts them, with the same id on
// every computer, and a later migration that UPDATEs a row ships a changed built-in
// (tst_notetemplaterepository fails while a template file and the stored row
// differ). Built-ins cannot be edited or removed: a clinic copies one and edits the copy. Admins and
// practitioners may copy, edit and remove; anyone signed in may read. Writes are
// audited and in the change feed.
//
// A custom template's description is its schema's root "description" (copy()
// puts the original's there), since the table has no column for it.
class NoteTemplateRepository {
    Q_DECLARE_TR_FUNCTIONS(NoteTemplateRepository)
public:
    NoteTemplateRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // Built-ins first (in builtinKeys() order), then the clinic's own by name.
    [[nodiscard]] Result<std::vector<NoteTemplate>> list();
    // NotFound with the list of valid keys when no template has `key`.
    [[nodiscard]] Result<NoteTemplate> byKey(const QString& key);
    [[nodiscard]] Result<NoteTemplate> get(const QString& id);

    // A custom, editable copy of the template `key`. `newKey` must match
    // ^[a-zA-Z0-9_-]{1,64}$ and be unused.
    [[nodiscard]] Result<NoteTemplate> copy(const QString& key, const QString& newKey, const QString& newName);
    // Refused for built-ins and for schemas OpenAI strict mode would refuse (the
    // message lists the violations).
    [[nodiscard]] Result<NoteTemplate> update(const QString& id, const QString& name, const QString& instructions,
                                              const QJsonObject& schema);
    // Tombstones a custom template; refused for built-ins.
    [[nodiscard]] Status remove(const QString& id);

    // dental-exam, dental-treatment, soap, dap, birp, free.
    [[nodiscard]] static QStringList builtinKeys();
    // The built-ins as this build ships them (untranslated names), read from the resources.
    [[nodiscard]] static Result<std::vector<NoteTemplate>> builtinTemplates();
    // The id a built-in has in every vault (a name-based UUID of its key).
    [[nodiscard]] static QString builtinId(const QString& key);
    // The built-in names and descriptions marked for translation (what lupdate sees).
    [[nodiscard]] static QStringList translatableTexts();

private:
    [[nodiscard]] Result<std::vector<NoteTemplate>> query(const std::string& where, const QString& arg);
    [[nodiscard]] Result<NoteTemplate> requireCustom(const QString& id);
    [[nodiscard]] Result<QStringList> activeKeys();

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
