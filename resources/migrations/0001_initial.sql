-- ClinicDesk vault schema v1.
-- Conventions: UUID text ids; UTC milliseconds since the epoch (INTEGER);
-- money as integer minor units + ISO 4217 code; every clinical row has
-- created_at, updated_at, created_by, updated_by, deleted_at (tombstone), rev
-- (the sync server revision it was based on, 0 if never synced).
-- SQL is kept to what SQLite 3.15 (SQLCipher 3.4) understands.

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    updated_by  TEXT
);

-- Per-installation state that never syncs (device id, pull cursor, ...).
CREATE TABLE local_state (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'practitioner', 'receptionist')),
    profession      TEXT CHECK (profession IS NULL OR profession IN ('dentist', 'therapist')),
    licence_number  TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT,
    updated_by      TEXT,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_name ON users(name) WHERE deleted_at IS NULL;

CREATE TABLE patients (
    id                  TEXT PRIMARY KEY,
    search_docid        INTEGER NOT NULL UNIQUE,
    first_name          TEXT NOT NULL,
    last_name           TEXT NOT NULL,
    date_of_birth       TEXT,
    national_id         TEXT,
    national_id_kind    TEXT,
    phone               TEXT,
    email               TEXT,
    address             TEXT,
    clinical_notes      TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    created_by          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    deleted_at          INTEGER,
    rev                 INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX patients_name ON patients(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX patients_national_id ON patients(national_id);
-- Covers the ordering step of PatientRepository::search: the page of matches
-- is chosen from this index alone, without reading every matching row.
CREATE INDEX patients_search_order ON patients(search_docid, deleted_at, last_name COLLATE NOCASE,
                                               first_name COLLATE NOCASE);

-- Full-text search over names, national id, phone and e-mail. Maintained by
-- PatientRepository in the same transaction as the patient row (docid =
-- patients.search_docid). prefix="1": a one-letter term (an initial, as in
-- "a.lundm" -> a* lundm*) reads one prefix doclist instead of merging every
-- term that starts with the letter (docs/PERFORMANCE.md).
CREATE VIRTUAL TABLE patients_fts USING fts4(
    name, national_id, phone, email,
    tokenize=unicode61 "remove_diacritics=1", prefix="1"
);

CREATE TABLE appointments (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    practitioner_id TEXT REFERENCES users(id),
    starts_at       INTEGER NOT NULL,
    duration_min    INTEGER NOT NULL CHECK (duration_min > 0 AND duration_min <= 1440),
    status          TEXT NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked', 'confirmed', 'arrived', 'completed', 'cancelled', 'no_show')),
    reason          TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appointments_starts_at ON appointments(starts_at);
CREATE INDEX appointments_patient ON appointments(patient_id, starts_at);

CREATE TABLE encounters (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    appointment_id  TEXT REFERENCES appointments(id),
    practitioner_id TEXT REFERENCES users(id),
    started_at      INTEGER NOT NULL,
    ended_at        INTEGER,
    consent         TEXT CHECK (consent IS NULL OR consent IN ('verbal', 'written', 'declined')),
    consent_by      TEXT REFERENCES users(id),
    consent_at      INTEGER,
    language        TEXT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX encounters_patient ON encounters(patient_id, started_at);

CREATE TABLE note_templates (
    id              TEXT PRIMARY KEY,
    key             TEXT NOT NULL,
    name            TEXT NOT NULL,
    builtin         INTEGER NOT NULL DEFAULT 0,
    language        TEXT,
    json_schema     TEXT NOT NULL,
    instructions    TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT,
    updated_by      TEXT,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX note_templates_key ON note_templates(key) WHERE deleted_at IS NULL;

CREATE TABLE notes (
    id              TEXT PRIMARY KEY,
    encounter_id    TEXT NOT NULL REFERENCES encounters(id),
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    template_id     TEXT REFERENCES note_templates(id),
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    content         TEXT NOT NULL,
    evidence        TEXT,
    amends_note_id  TEXT REFERENCES notes(id),
    signed_by       TEXT REFERENCES users(id),
    signed_at       INTEGER,
    content_hash    TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_encounter ON notes(encounter_id);

-- A signed note is immutable: corrections are addenda (new notes with amends_note_id).
CREATE TRIGGER notes_signed_immutable BEFORE UPDATE ON notes
WHEN OLD.status = 'signed'
BEGIN
    SELECT RAISE(ABORT, 'signed notes are immutable');
END;

CREATE TABLE note_revisions (
    id              TEXT PRIMARY KEY,
    note_id         TEXT NOT NULL REFERENCES notes(id),
    revision        INTEGER NOT NULL,
    content         TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    UNIQUE (note_id, revision)
);

CREATE TABLE recordings (
    id              TEXT PRIMARY KEY,
    encounter_id    TEXT NOT NULL REFERENCES encounters(id),
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    state           TEXT NOT NULL CHECK (state IN ('recording', 'complete', 'recovered', 'discarded')),
    codec           TEXT NOT NULL DEFAULT 'opus',
    sample_rate     INTEGER,
    channels        INTEGER,
    duration_ms     INTEGER NOT NULL DEFAULT 0,
    bytes           INTEGER NOT NULL DEFAULT 0,
    device_name     TEXT,
    pauses          TEXT,
    source          TEXT NOT NULL DEFAULT 'microphone' CHECK (source IN ('microphone', 'import')),
    started_at      INTEGER NOT NULL,
    ended_at        INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recordings_encounter ON recordings(encounter_id);

CREATE TABLE recording_chunks (
    recording_id    TEXT NOT NULL REFERENCES recordings(id),
    seq             INTEGER NOT NULL,
    data            BLOB NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (recording_id, seq)
);

CREATE TABLE transcripts (
    id              TEXT PRIMARY KEY,
    recording_id    TEXT NOT NULL REFERENCES recordings(id),
    language        TEXT,
    provider        TEXT,
    model           TEXT,
    text            TEXT NOT NULL,
    segments        TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX transcripts_recording ON transcripts(recording_id);

CREATE TABLE receipts (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL DEFAULT 'expense' CHECK (kind IN ('expense', 'income')),
    vendor          TEXT,
    receipt_date    TEXT,
    total_minor     INTEGER,
    tax_minor       INTEGER,
    discount_minor  INTEGER,
    currency        TEXT CHECK (currency IS NULL OR length(currency) = 3),
    image           BLOB,
    image_type      TEXT,
    status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'extracted', 'checked')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE receipt_items (
    id                  TEXT PRIMARY KEY,
    receipt_id          TEXT NOT NULL REFERENCES receipts(id),
    description         TEXT NOT NULL,
    quantity_milli      INTEGER NOT NULL DEFAULT 1000,
    unit_price_minor    INTEGER,
    total_minor         INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    created_by          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    deleted_at          INTEGER,
    rev                 INTEGER NOT NULL DEFAULT 0
);

-- Money is an insert-only ledger: corrections are reversing entries.
CREATE TABLE payments (
    id                  TEXT PRIMARY KEY,
    patient_id          TEXT NOT NULL REFERENCES patients(id),
    amount_minor        INTEGER NOT NULL,
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    method              TEXT NOT NULL,
    paid_at             INTEGER NOT NULL,
    reference           TEXT,
    reverses_payment_id TEXT REFERENCES payments(id),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    created_by          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    deleted_at          INTEGER,
    rev                 INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX payments_patient ON payments(patient_id, paid_at);

-- The durable outbox for AI requests (and other long work).
CREATE TABLE jobs (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'running', 'waiting_retry', 'needs_user', 'failed', 'done', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT,
    progress        INTEGER NOT NULL DEFAULT 0,
    result_id       TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs(state, next_attempt_at);

CREATE TABLE usage (
    id              TEXT PRIMARY KEY,
    at              INTEGER NOT NULL,
    user_id         TEXT NOT NULL,
    job_id          TEXT,
    task            TEXT NOT NULL,
    provider        TEXT NOT NULL,
    model           TEXT NOT NULL,
    audio_ms        INTEGER NOT NULL DEFAULT 0,
    input_tokens    INTEGER NOT NULL DEFAULT 0,
    output_tokens   INTEGER NOT NULL DEFAULT 0,
    bytes_sent      INTEGER NOT NULL DEFAULT 0,
    cost_micro      INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT 'USD'
);
CREATE INDEX usage_user_at ON usage(user_id, at);

-- Hash-chained, append-only audit log. hash = SHA-256 over the previous hash
-- and this entry's fields (see AuditLog). The triggers are a guard against
-- accidents; the chain and the anchor file are what detect tampering.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    user_id     TEXT,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The local change feed: one row per write, in the same transaction as the
-- write. Sync marks rows pushed and never deletes unpushed ones.
CREATE TABLE changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl         TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    device_id   TEXT NOT NULL,
    client_seq  INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    pushed_at   INTEGER
);
CREATE INDEX changes_unpushed ON changes(pushed_at, seq);
-- ChangeFeed numbers each device's writes with max(client_seq) + 1 for that
-- device: without this index every write scans the whole feed (docs/PERFORMANCE.md).
CREATE INDEX changes_device_seq ON changes(device_id, client_seq);
