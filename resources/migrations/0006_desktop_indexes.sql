-- Schema v6: indexes for the Today page and the patient record (issue 11). With 100,000 patients and
-- 300,000 notes the Today page took 1.4 s to fill: "my drafts" and "my recordings waiting for
-- transcription" started from every encounter of the practitioner (nothing indexed encounters by
-- practitioner) and sorted every draft, and the record's notes and recordings of one patient were
-- found by reading every note and recording. Measured with bench_desktop, docs/PERFORMANCE.md.
--
-- Plain SQL for SQLite 3.15 (SQLCipher 3.4): partial indexes exist since SQLite 3.8.

-- A practitioner's encounters (the access check of "notes of patients they have seen").
CREATE INDEX encounters_practitioner ON encounters(practitioner_id, started_at);
-- Drafts, most recently changed first: the Today list walks this newest first and stops at its limit.
CREATE INDEX notes_drafts ON notes(updated_at) WHERE status = 'draft' AND deleted_at IS NULL;
-- Finished recordings, newest first: those that may still wait for a transcript.
CREATE INDEX recordings_finished ON recordings(started_at)
    WHERE state IN ('complete', 'recovered') AND deleted_at IS NULL;
-- One patient's notes and recordings, for the record's tabs.
CREATE INDEX notes_patient ON notes(patient_id, created_at);
CREATE INDEX recordings_patient ON recordings(patient_id, started_at);
