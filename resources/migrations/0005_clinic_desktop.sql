-- Schema v5: the clinic's desktop (issue 11): the calendar's statuses and cancellations, merged
-- duplicate patients, alerts on the record, and documents.
--
-- Plain SQL for SQLite 3.15 (SQLCipher 3.4). The Migrator runs migrations with foreign keys off and
-- checks them before the commit, so a table others reference can be rebuilt the way SQLite
-- documents it: a new table, the rows copied, the old one dropped, the new one renamed.

-- 1. Appointments: the statuses a day at the clinic goes through (booked, arrived, in progress, done,
-- no-show, cancelled) and why one was cancelled. v1's "confirmed" was never written by ClinicDesk and
-- becomes "booked"; "completed" becomes "done".
CREATE TABLE appointments_v5 (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    practitioner_id TEXT REFERENCES users(id),
    starts_at       INTEGER NOT NULL,
    duration_min    INTEGER NOT NULL CHECK (duration_min > 0 AND duration_min <= 1440),
    status          TEXT NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked', 'arrived', 'in_progress', 'done', 'no_show', 'cancelled')),
    reason          TEXT,
    cancel_reason   TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
INSERT INTO appointments_v5 (id, patient_id, practitioner_id, starts_at, duration_min, status, reason, cancel_reason,
                             created_at, updated_at, created_by, updated_by, deleted_at, rev)
    SELECT id, patient_id, practitioner_id, starts_at, duration_min,
           CASE status WHEN 'confirmed' THEN 'booked' WHEN 'completed' THEN 'done' ELSE status END,
           reason, NULL, created_at, updated_at, created_by, updated_by, deleted_at, rev
    FROM appointments;
DROP TABLE appointments;
ALTER TABLE appointments_v5 RENAME TO appointments;
CREATE INDEX appointments_starts_at ON appointments(starts_at);
CREATE INDEX appointments_patient ON appointments(patient_id, starts_at);
-- A practitioner's week, and the overlap check of a booking.
CREATE INDEX appointments_practitioner ON appointments(practitioner_id, starts_at);

-- 2. Patients: a duplicate merged into another record is a tombstone that points to the record kept;
-- alerts (allergies, conditions the team must know before treatment) are clinical, like
-- clinical_notes, and shown only to clinical roles.
ALTER TABLE patients ADD COLUMN merged_into TEXT REFERENCES patients(id);
ALTER TABLE patients ADD COLUMN alerts TEXT;

-- 3. Documents on the patient record (referral letters received, consent forms, images): the bytes in
-- the vault, never as loose files.
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    name            TEXT NOT NULL,
    mime_type       TEXT NOT NULL,
    size_bytes      INTEGER NOT NULL,
    content         BLOB NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    deleted_at      INTEGER,
    rev             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_patient ON documents(patient_id, created_at);
