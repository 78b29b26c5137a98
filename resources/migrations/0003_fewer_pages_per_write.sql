-- Schema v3: fewer pages written per change.
--
-- SQLCipher encrypts and authenticates every page a transaction writes (about 11 us per
-- 4 KiB page here), so each b-tree a single-row write touches costs that much again. A
-- patient add wrote 18 pages; these changes remove the ones nothing needs (docs/PERFORMANCE.md).

-- The change feed's client_seq is the row's own seq from now on (ChangeFeed), so the
-- per-device numbering index has nothing left to find.
DROP INDEX changes_device_seq;

-- Sync pushes in seq order and marks rows pushed, so the unpushed rows are the seq range
-- above the last pushed one: a rowid range, no index. Every new row was written into this one.
DROP INDEX changes_unpushed;

-- Duplicate national ids are found through patients_fts (its national_id column holds the
-- id's digits as one term) and then compared exactly (PatientRepository).
DROP INDEX patients_national_id;

-- patients_fts without the per-document statistics (the docsize table) that only ranking
-- functions read: search orders by name. Same columns, tokenizer and prefix index; the
-- indexed text is copied from the old table's own content.
CREATE VIRTUAL TABLE patients_fts_v3 USING fts4(
    name, national_id, phone, email,
    tokenize=unicode61 "remove_diacritics=1", prefix="1", matchinfo="fts3"
);
INSERT INTO patients_fts_v3 (docid, name, national_id, phone, email)
    SELECT docid, name, national_id, phone, email FROM patients_fts;
DROP TABLE patients_fts;
ALTER TABLE patients_fts_v3 RENAME TO patients_fts;
