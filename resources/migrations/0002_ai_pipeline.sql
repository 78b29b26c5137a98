-- Schema v2: the AI scribe pipeline (issue 4).

-- Which runner holds a running job (its lock file `runner-<id>.lock` in the vault
-- folder is held while it lives), and what the job is about (recording or encounter).
ALTER TABLE jobs ADD COLUMN runner TEXT;
ALTER TABLE jobs ADD COLUMN subject_id TEXT;
ALTER TABLE jobs ADD COLUMN patient_id TEXT;
CREATE INDEX jobs_subject ON jobs(subject_id);

-- A job's result is written in the same transaction that marks the job done;
-- these indexes make a second result for one job impossible.
ALTER TABLE transcripts ADD COLUMN job_id TEXT;
CREATE UNIQUE INDEX transcripts_job ON transcripts(job_id) WHERE job_id IS NOT NULL;
ALTER TABLE notes ADD COLUMN job_id TEXT;
CREATE UNIQUE INDEX notes_job ON notes(job_id) WHERE job_id IS NOT NULL;
ALTER TABLE notes ADD COLUMN transcript_id TEXT REFERENCES transcripts(id);
ALTER TABLE notes ADD COLUMN language TEXT;

-- What left this computer: one row per AI request, never its content.
CREATE TABLE egress_log (
    id              TEXT PRIMARY KEY,
    at              INTEGER NOT NULL,
    user_id         TEXT,
    job_id          TEXT,
    host            TEXT NOT NULL,
    provider        TEXT NOT NULL,
    model           TEXT,
    purpose         TEXT NOT NULL,
    bytes_sent      INTEGER NOT NULL DEFAULT 0,
    bytes_received  INTEGER NOT NULL DEFAULT 0,
    http_status     INTEGER,
    request_id      TEXT
);
CREATE INDEX egress_log_at ON egress_log(at);
