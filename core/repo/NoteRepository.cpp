// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/NoteRepository.h"

#include "domain/NoteValidation.h"
#include "domain/AccessPolicy.h"
#include "repo/AuthorizedTransaction.h"
#include "repo/DeniedAccess.h"
#include "repo/EncounterRepository.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace clinicdesk {

namespace {

const char* const kColumns =
    "SELECT n.id, n.encounter_id, n.patient_id, n.template_id, t.key, n.status, n.content, n.evidence, "
    "n.amends_note_id, n.transcript_id, n.job_id, n.language, n.signed_by, n.signed_at, n.content_hash, "
    "(SELECT coalesce(max(r.revision), 0) FROM note_revisions r WHERE r.note_id = n.id), "
    "n.created_at, n.updated_at, n.created_by, n.problems "
    "FROM notes n LEFT JOIN note_templates t ON t.id = n.template_id ";

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString jsonText(const QJsonObject& object) {
    return QString::fromUtf8(NoteRepository::canonicalJson(object));
}

QString hashOf(const QJsonObject& content) {
    return QString::fromLatin1(
        QCryptographicHash::hash(NoteRepository::canonicalJson(content), QCryptographicHash::Sha256).toHex());
}

Note readNote(const Statement& stmt) {
    Note n;
    n.id = stmt.text(0);
    n.encounterId = stmt.text(1);
    n.patientId = stmt.text(2);
    n.templateId = stmt.optionalText(3).value_or(QString());
    n.templateKey = stmt.optionalText(4).value_or(QString());
    n.status = stmt.text(5) == QLatin1String("signed") ? NoteStatus::Signed : NoteStatus::Draft;
    n.content = parseObject(stmt.text(6));
    n.evidence = parseObject(stmt.optionalText(7).value_or(QString()));
    n.amendsNoteId = stmt.optionalText(8);
    n.transcriptId = stmt.optionalText(9);
    n.jobId = stmt.optionalText(10);
    n.language = stmt.optionalText(11).value_or(QString());
    n.signedBy = stmt.optionalText(12);
    n.signedAt = stmt.optionalInt64(13);
    n.contentHash = stmt.optionalText(14);
    n.revision = static_cast<int>(stmt.int64(15));
    n.createdAt = stmt.int64(16);
    n.updatedAt = stmt.int64(17);
    n.createdBy = stmt.text(18);
    n.problems =
        NoteValidation::fromJson(QJsonDocument::fromJson(stmt.optionalText(19).value_or(QString()).toUtf8()).array());
    return n;
}

Error notFound() {
    return Error{ErrorCode::NotFound, NoteRepository::tr("The note does not exist."), QStringLiteral("note not found")};
}

std::optional<QString> nonEmpty(const QString& text) {
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

// `notes.problems`: NULL when there is nothing to fix.
std::optional<QString> problemsText(const std::vector<NoteProblem>& problems) {
    if (problems.empty()) {
        return std::nullopt;
    }
    return QString::fromUtf8(QJsonDocument(NoteValidation::toJson(problems)).toJson(QJsonDocument::Compact));
}

// JSON text per RFC 8785 (JCS) where it matters for a stable hash: object keys
// sorted by UTF-16 code units, no whitespace, strings escaped minimally and
// written as UTF-8, integers without a fraction, other numbers in the shortest
// form that reads back to the same double. Written by hand rather than with
// QJsonDocument::Compact. Checked on Qt 6.4: QJsonObject keeps its keys sorted
// by UTF-16 code unit and Compact writes the same bytes as this for ordinary
// content; but that order and its number and escape formatting are not a
// documented contract, and a signed note's hash must verify on every later Qt.
void appendCanonical(QByteArray& out, const QJsonValue& value);

void appendString(QByteArray& out, const QString& text) {
    out += '"';
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart) {
            out += QStringView(text).mid(runStart, end - runStart).toUtf8();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        const char* escape = nullptr;
        switch (u) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        default:
            break;
        }
        if (escape == nullptr && u >= 0x20) {
            continue;
        }
        flush(i);
        if (escape != nullptr) {
            out += escape;
        } else {
            out += "\\u00";
            out += QByteArray::number(static_cast<int>(u), 16).rightJustified(2, '0');
        }
        runStart = i + 1;
    }
    flush(text.size());
    out += '"';
}

void appendNumber(QByteArray& out, double d) {
    if (!std::isfinite(d)) {
        out += "null"; // JSON has no NaN or infinity; QJsonValue never holds them from parsed text
        return;
    }
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (d == std::floor(d) && std::fabs(d) < kExactIntegers) {
        out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void appendCanonical(QByteArray& out, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue& item : value.toArray()) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendCanonical(out, item);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units, the order JCS asks for.
        std::sort(keys.begin(), keys.end());
        out += '{';
        bool first = true;
        for (const QString& key : keys) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendString(out, key);
            out += ':';
            appendCanonical(out, object.value(key));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray NoteRepository::canonicalJson(const QJsonObject& content) {
    QByteArray out;
    appendCanonical(out, QJsonValue(content));
    return out;
}

Result<Note> NoteRepository::load(const QString& id) {
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE n.id = ? AND n.deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto rows = stmt->collect([&] { return readNote(*stmt); });
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->empty()) {
        return std::unexpected(notFound());
    }
    return rows->front();
}

Result<std::vector<NoteProblem>> NoteRepository::problemsOf(const QJsonObject& content, const QString& templateId) {
    // The template as it is now (a tombstoned custom template still has its row).
    auto stmt = m_db.prepare("SELECT json_schema FROM note_templates WHERE id = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, templateId);
    auto schemas = stmt->collect([&] { return stmt->text(0); });
    if (!schemas) {
        return std::unexpected(schemas.error());
    }
    if (schemas->empty()) {
        return fail(ErrorCode::NotFound, tr("The note template does not exist."),
                    QStringLiteral("template of a note with problems not found"));
    }
    return NoteValidation::problems(content, QJsonDocument::fromJson(schemas->front().toUtf8()).object());
}

Status NoteRepository::insertRevision(const QString& noteId, int revision, const QString& content, std::int64_t at) {
    const QString revisionId = Clock::newId();
    auto stmt = m_db.prepare(
        "INSERT INTO note_revisions (id, note_id, revision, content, created_at, created_by) VALUES (?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(revisionId, noteId, revision, content, at, m_session.user.id);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    // The revision row is synced like the note; its audit entry is the note's.
    return ChangeFeed(m_db, m_session.deviceId)
        .record(QStringLiteral("note_revisions"), revisionId, ChangeFeed::Op::Insert);
}

Result<Note> NoteRepository::insertNote(const Note& note, const QString& auditDetail) {
    auto stmt = m_db.prepare("INSERT INTO notes (id, encounter_id, patient_id, template_id, status, content, evidence, "
                             "amends_note_id, transcript_id, job_id, language, problems, created_at, updated_at, "
                             "created_by, updated_by) VALUES (?,?,?,?,'draft',?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const QString content = jsonText(note.content);
    stmt->bindAll(note.id, note.encounterId, note.patientId, note.templateId, content, jsonText(note.evidence),
                  note.amendsNoteId, note.transcriptId, note.jobId, nonEmpty(note.language),
                  problemsText(note.problems), note.createdAt, note.updatedAt, m_session.user.id, m_session.user.id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = insertRevision(note.id, 1, content, note.createdAt); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("notes"), QStringLiteral("note"), note.id, ChangeFeed::Op::Insert,
                                     auditDetail);
        !s) {
        return std::unexpected(s.error());
    }
    return note;
}

template <typename Work>
auto NoteRepository::inTransaction(Permission permission, Work work) -> decltype(work()) {
    auto tx = beginAuthorized(m_db, m_session.user, permission);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto result = work();
    if (!result) {
        return result;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return result;
}

template <typename Change>
Result<Note> NoteRepository::changeNote(const QString& id, Change change) {
    return inTransaction(Permission::WriteClinical, [&]() -> Result<Note> {
        auto note = load(id);
        if (!note) {
            return note;
        }
        return change(*note);
    });
}

template <typename Read>
auto NoteRepository::viewed(const QString& entity, const QString& id, Read read) -> decltype(read().first) {
    if (auto s = requireNoteAccess(m_db, m_session, entity, id); !s) {
        return std::unexpected(s.error());
    }
    return inTransaction(Permission::ReadClinical, [&]() -> decltype(read().first) {
        auto [result, detail] = read();
        if (result && detail) {
            if (auto s = Journal(m_db, m_session).audit(QStringLiteral("view"), entity, id, *detail); !s) {
                return std::unexpected(s.error());
            }
        }
        return std::move(result);
    });
}

Result<Note> NoteRepository::createDraft(const NewNote& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
        return std::unexpected(s.error());
    }
    if (draft.encounterId.isEmpty() || draft.templateId.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A note needs an encounter and a template."),
                    QStringLiteral("note without encounter or template"));
    }
    auto encounter = EncounterRepository(m_db, m_session).get(draft.encounterId);
    if (!encounter) {
        return std::unexpected(encounter.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto templ = m_db.prepare("SELECT key FROM note_templates WHERE id = ? AND deleted_at IS NULL");
    if (!templ) {
        return std::unexpected(templ.error());
    }
    templ->bind(1, draft.templateId);
    auto keys = templ->collect([&] { return templ->text(0); });
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (keys->empty()) {
        return fail(ErrorCode::NotFound, tr("The note template does not exist."),
                    QStringLiteral("note template not found"));
    }
    if (draft.jobId) {
        auto taken = m_db.scalar("SELECT count(*) FROM notes WHERE job_id = ?", *draft.jobId);
        if (!taken) {
            return std::unexpected(taken.error());
        }
        if (*taken > 0) {
            return fail(ErrorCode::AlreadyExists, tr("A note was already written for this job."),
                        QStringLiteral("note for job exists"));
        }
    }
    Note n;
    n.id = Clock::newId();
    n.encounterId = encounter->id;
    n.patientId = encounter->patientId;
    n.templateId = draft.templateId;
    n.templateKey = keys->front();
    n.content = draft.content;
    n.evidence = draft.evidence;
    n.transcriptId = draft.transcriptId;
    n.jobId = draft.jobId;
    n.language = draft.language;
    n.problems = draft.problems;
    n.revision = 1;
    n.createdAt = n.updatedAt = Clock::nowMs();
    n.createdBy = m_session.user.id;
    auto saved =
        insertNote(n, QStringLiteral("template=%1 revision=1%2%3")
                          .arg(n.templateKey, n.jobId ? QStringLiteral(" generated") : QString(),
                               n.problems.empty() ? QString() : QStringLiteral(" problems=%1").arg(n.problems.size())));
    if (!saved) {
        return saved;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return saved;
}

Result<Note> NoteRepository::updateDraft(const QString& id, const QJsonObject& content) {
    return changeNote(id, [&](Note& note) -> Result<Note> {
        if (note.status == NoteStatus::Signed) {
            return fail(ErrorCode::InvalidInput,
                        tr("This note is signed and cannot be changed; add an addendum instead."),
                        QStringLiteral("update of a signed note"));
        }
        const QString text = jsonText(content);
        if (text == jsonText(note.content)) {
            return note; // nothing changed: no revision, nothing to audit
        }
        // A draft kept with problems is checked again: the new revision's problems replace the old ones.
        std::vector<NoteProblem> problems;
        if (!note.problems.empty()) {
            auto checked = problemsOf(content, note.templateId);
            if (!checked) {
                return std::unexpected(checked.error());
            }
            problems = std::move(*checked);
        }
        const std::int64_t now = Clock::nowMs();
        auto stmt = m_db.prepare("UPDATE notes SET content = ?, problems = ?, updated_at = ?, updated_by = ?, "
                                 "rev = rev + 1 WHERE id = ? AND status = 'draft'");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bindAll(text, problemsText(problems), now, m_session.user.id, id);
        if (auto s = stmt->run(); !s) {
            return std::unexpected(s.error());
        }
        const int revision = note.revision + 1;
        if (auto s = insertRevision(id, revision, text, now); !s) {
            return std::unexpected(s.error());
        }
        Journal journal(m_db, m_session);
        if (auto s = journal.recordWrite(
                QStringLiteral("notes"), QStringLiteral("note"), id, ChangeFeed::Op::Update,
                QStringLiteral("revision=%1").arg(revision) +
                    (note.problems.empty() ? QString() : QStringLiteral(" problems=%1").arg(problems.size())));
            !s) {
            return std::unexpected(s.error());
        }
        note.content = content;
        note.problems = std::move(problems);
        note.revision = revision;
        note.updatedAt = now;
        return note;
    });
}

Result<Note> NoteRepository::sign(const QString& id) {
    return changeNote(id, [&](Note& note) -> Result<Note> {
        if (note.status == NoteStatus::Signed) {
            return fail(ErrorCode::InvalidInput, tr("This note is already signed."),
                        QStringLiteral("second signature"));
        }
        if (!note.problems.empty()) {
            const int count = static_cast<int>(note.problems.size());
            return fail(ErrorCode::InvalidInput,
                        tr("This draft does not match its template yet (%n problem(s); the first: %1). Fix the "
                           "marked fields and save the draft, then sign it.",
                           nullptr, count)
                            .arg(note.problems.front().message),
                        QStringLiteral("sign of a draft with %1 problems").arg(count));
        }
        const std::int64_t now = Clock::nowMs();
        const QString hash = hashOf(note.content);
        auto stmt = m_db.prepare("UPDATE notes SET status = 'signed', signed_by = ?, signed_at = ?, content_hash = ?, "
                                 "updated_at = ?, updated_by = ?, rev = rev + 1 WHERE id = ? AND status = 'draft'");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bindAll(m_session.user.id, now, hash, now, m_session.user.id, id);
        if (auto s = stmt->run(); !s) {
            return std::unexpected(s.error());
        }
        Journal journal(m_db, m_session);
        if (auto s = journal.audit(QStringLiteral("sign"), QStringLiteral("note"), id,
                                   QStringLiteral("revision=%1 sha256=%2").arg(note.revision).arg(hash));
            !s) {
            return std::unexpected(s.error());
        }
        if (auto s = ChangeFeed(m_db, m_session.deviceId).record(QStringLiteral("notes"), id, ChangeFeed::Op::Update);
            !s) {
            return std::unexpected(s.error());
        }
        note.status = NoteStatus::Signed;
        note.signedBy = m_session.user.id;
        note.signedAt = now;
        note.contentHash = hash;
        note.updatedAt = now;
        return note;
    });
}

Result<Note> NoteRepository::addAddendum(const QString& signedNoteId, const QJsonObject& content) {
    return changeNote(signedNoteId, [&](Note& original) -> Result<Note> {
        if (original.status != NoteStatus::Signed) {
            return fail(ErrorCode::InvalidInput,
                        tr("Only a signed note takes an addendum; this draft can still be edited."),
                        QStringLiteral("addendum to a draft"));
        }
        Note n;
        n.id = Clock::newId();
        n.encounterId = original.encounterId;
        n.patientId = original.patientId;
        n.templateId = original.templateId;
        n.templateKey = original.templateKey;
        n.content = content;
        n.amendsNoteId = original.id;
        n.language = original.language;
        n.revision = 1;
        n.createdAt = n.updatedAt = Clock::nowMs();
        n.createdBy = m_session.user.id;
        return insertNote(n, QStringLiteral("addendum amends=%1").arg(original.id));
    });
}

Result<Note> NoteRepository::get(const QString& id) {
    return viewed(QStringLiteral("note"), id, [&]() -> std::pair<Result<Note>, std::optional<QString>> {
        return {load(id), QString()};
    });
}

Result<std::vector<Note>> NoteRepository::listForEncounter(const QString& encounterId) {
    // The notes' content is read: one view entry for the encounter's notes (none when it has none).
    return viewed(QStringLiteral("encounter"), encounterId,
                  [&]() -> std::pair<Result<std::vector<Note>>, std::optional<QString>> {
                      auto stmt =
                          m_db.prepare(std::string(kColumns) +
                                       "WHERE n.encounter_id = ? AND n.deleted_at IS NULL ORDER BY n.created_at");
                      if (!stmt) {
                          return {std::unexpected(stmt.error()), {}};
                      }
                      stmt->bind(1, encounterId);
                      auto notes = stmt->collect([&] { return readNote(*stmt); });
                      if (!notes || notes->empty()) {
                          return {std::move(notes), std::nullopt};
                      }
                      const QString detail = QStringLiteral("notes=%1").arg(notes->size());
                      return {std::move(notes), detail};
                  });
}

Result<std::vector<NoteRevision>> NoteRepository::revisions(const QString& id) {
    return viewed(QStringLiteral("note"), id,
                  [&]() -> std::pair<Result<std::vector<NoteRevision>>, std::optional<QString>> {
                      if (auto note = load(id); !note) {
                          return {std::unexpected(note.error()), {}};
                      }
                      auto stmt = m_db.prepare("SELECT revision, content, created_at, created_by FROM note_revisions "
                                               "WHERE note_id = ? ORDER BY revision");
                      if (!stmt) {
                          return {std::unexpected(stmt.error()), {}};
                      }
                      stmt->bind(1, id);
                      auto rows = stmt->collect([&] {
                          return NoteRevision{static_cast<int>(stmt->int64(0)), parseObject(stmt->text(1)),
                                              stmt->int64(2), stmt->text(3)};
                      });
                      return {std::move(rows), QStringLiteral("revisions")};
                  });
}

Result<bool> NoteRepository::verifyHash(const QString& id) {
    if (auto s = requireNoteAccess(m_db, m_session, QStringLiteral("note"), id); !s) {
        return std::unexpected(s.error());
    }
    auto note = load(id);
    if (!note) {
        return std::unexpected(note.error());
    }
    if (note->status != NoteStatus::Signed || !note->contentHash) {
        return fail(ErrorCode::InvalidInput, tr("The note is not signed, so it has no hash to verify."),
                    QStringLiteral("verify hash of a draft"));
    }
    return hashOf(note->content) == *note->contentHash;
}

Status NoteRepository::recordExport(const QString& id, const QString& format) {
    if (auto s = requireNoteAccess(m_db, m_session, QStringLiteral("note"), id); !s) {
        return s;
    }
    auto tx = beginAuthorized(m_db, m_session.user, Permission::ReadClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto note = load(id); !note) {
        return std::unexpected(note.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.audit(QStringLiteral("export"), QStringLiteral("note"), id, format); !s) {
        return s;
    }
    return tx->commit();
}

} // namespace clinicdesk
