-- Schema v4: domain rules in one place (issue 10).
--
-- Everything here is plain SQL for SQLite 3.15 (SQLCipher 3.4): no UPSERT, no JSON1, no window
-- functions. Applied in the Migrator's one transaction, so a vault is either all v3 or all v4.

-- 1. Built-in note templates come with the schema: every vault has the six built-ins from the moment
-- it exists, with the same ids everywhere (a name-based UUID of the key, NoteTemplateRepository::
-- builtinId). The rows are exactly resources/templates/<key>.json: name, instructions and the schema as
-- compact JSON (tst_notetemplaterepository compares them byte for byte, so a template file changed
-- without a migration fails the build's tests). A v3 vault already has the built-ins that
-- ensureBuiltins() wrote: current ones are left as they are, outdated or tombstoned ones are brought
-- back to these, missing ones are inserted. A later change to a built-in ships as a later migration
-- that UPDATEs its row (docs/AI.md, "Built-in templates").
CREATE TABLE builtin_note_templates_v4 (
    id              TEXT PRIMARY KEY,
    key             TEXT NOT NULL,
    name            TEXT NOT NULL,
    json_schema     TEXT NOT NULL,
    instructions    TEXT NOT NULL
);
INSERT INTO builtin_note_templates_v4 (id, key, name, json_schema, instructions) VALUES (
    '3fea873e-a620-549c-bea9-efadc5767c99',
    'dental-exam',
    'Dental examination',
    '{"additionalProperties":false,"properties":{"chief_complaint":{"description":"The patient''s reason for the visit, in their words as the clinician summarised them.","type":["string","null"]},"diagnosis":{"description":"The diagnoses the clinician stated.","type":["string","null"]},"extraoral":{"description":"Extraoral findings: face, lymph nodes, temporomandibular joints, muscles.","type":["string","null"]},"intraoral_soft_tissue":{"description":"Findings in the oral mucosa, tongue, floor of the mouth, palate and gingiva other than periodontal measurements.","type":["string","null"]},"medical_history_changes":{"description":"Changes in general health, medications or allergies since the last visit.","type":["string","null"]},"periodontal":{"description":"Periodontal status: pocket depths, bleeding on probing, recession, furcations, plaque and calculus.","type":["string","null"]},"radiographs":{"description":"Radiographs taken and what they show.","type":["string","null"]},"teeth":{"description":"One entry per finding on a tooth.","items":{"additionalProperties":false,"properties":{"finding":{"description":"The kind of finding.","enum":["caries","restoration","missing","crown","root_canal","fracture","mobility","impacted","watch","other"],"type":"string"},"note":{"description":"Details of the finding as said: extent, material, grade, symptoms.","type":["string","null"]},"surfaces":{"description":"Surfaces involved; empty when none is said.","items":{"enum":["M","O","D","B","L","I","P"],"type":"string"},"maxItems":5,"type":"array"},"tooth":{"description":"FDI two-digit tooth number, e.g. 16 (permanent) or 75 (primary).","pattern":"^[1-4][1-8]$|^[5-8][1-5]$","type":"string"}},"required":["tooth","surfaces","finding","note"],"type":"object"},"type":"array"},"treatment_plan":{"description":"The treatment the clinician proposed or agreed with the patient, in order, with the next steps.","type":["string","null"]}},"required":["chief_complaint","medical_history_changes","extraoral","intraoral_soft_tissue","teeth","periodontal","radiographs","diagnosis","treatment_plan"],"type":"object"}',
    'Write the record of a dental examination from the transcript of the visit. Use only what the transcript says. Never invent findings, values, diagnoses, medications, doses or plans, and do not add advice of your own. When the transcript does not say something, leave that field empty: null where the field allows null, otherwise an empty string, and an empty list for lists. Keep the clinician''s meaning and clinical terms; write concise sentences as they belong in a clinical record, not a dialogue. Leave out small talk and anything not relevant to the care of the patient. Tooth numbers are FDI two-digit numbers: the first digit is the quadrant (1 upper right, 2 upper left, 3 lower left, 4 lower right for permanent teeth; 5 to 8 in the same order for primary teeth), the second the tooth counted from the midline (1 to 8 permanent, 1 to 5 primary), for example 16 or 75. When the clinician names a tooth another way (Universal 1-32 or A-T, Palmer, or in words such as "upper right first molar"), convert it to FDI only when the conversion is certain; never guess a tooth. Put each finding on a tooth in "teeth" as its own entry: the tooth, the surfaces involved (M mesial, O occlusal, D distal, B buccal, L lingual, I incisal, P palatal; an empty list when no surface is said or it concerns the whole tooth), the kind of finding, and a short note with details such as depth, material or size. Use "watch" for something the clinician wants to monitor and "other" when no other kind fits. A finding whose tooth cannot be identified with certainty goes into the relevant text field, not into "teeth". Periodontal findings (pocket depths, bleeding, recession, plaque) go into "periodontal"; what radiographs were taken and what they show into "radiographs". Write the note in the language you are asked to use, even when the transcript or these field names are in another language.');
INSERT INTO builtin_note_templates_v4 (id, key, name, json_schema, instructions) VALUES (
    '5f0a6bfd-54f5-5b2d-a709-15f217eb99c3',
    'dental-treatment',
    'Dental treatment',
    '{"additionalProperties":false,"properties":{"chief_complaint":{"description":"The reason for the visit.","type":["string","null"]},"complications":{"description":"Complications during the treatment, or null when none were mentioned.","type":["string","null"]},"next_visit":{"description":"What happens next: the next appointment and the treatment planned for it.","type":["string","null"]},"post_op_instructions":{"description":"Instructions given to the patient after the treatment.","type":["string","null"]},"procedures":{"description":"The procedures performed, in order.","items":{"additionalProperties":false,"properties":{"anaesthesia":{"description":"Local anaesthesia: agent, amount and technique, as said.","type":["string","null"]},"materials":{"description":"Materials used, as said.","type":["string","null"]},"procedure":{"description":"What was done, e.g. composite restoration MO, extraction, root canal treatment.","type":"string"},"tooth":{"description":"FDI two-digit tooth number, or null when the procedure is not on one tooth.","pattern":"^[1-4][1-8]$|^[5-8][1-5]$","type":["string","null"]}},"required":["tooth","procedure","materials","anaesthesia"],"type":"object"},"type":"array"}},"required":["chief_complaint","procedures","complications","post_op_instructions","next_visit"],"type":"object"}',
    'Write the record of a dental treatment visit from the transcript. Use only what the transcript says. Never invent findings, values, diagnoses, medications, doses or plans, and do not add advice of your own. When the transcript does not say something, leave that field empty: null where the field allows null, otherwise an empty string, and an empty list for lists. Keep the clinician''s meaning and clinical terms; write concise sentences as they belong in a clinical record, not a dialogue. Leave out small talk and anything not relevant to the care of the patient. Tooth numbers are FDI two-digit numbers: the first digit is the quadrant (1 upper right, 2 upper left, 3 lower left, 4 lower right for permanent teeth; 5 to 8 in the same order for primary teeth), the second the tooth counted from the midline (1 to 8 permanent, 1 to 5 primary), for example 16 or 75. When the clinician names a tooth another way (Universal 1-32 or A-T, Palmer, or in words such as "upper right first molar"), convert it to FDI only when the conversion is certain; never guess a tooth. List each procedure performed in "procedures" in the order done, with its tooth (null when the procedure does not concern one tooth, such as a scaling of the whole mouth, or when the tooth is not certain), the materials used and the anaesthesia given (agent, amount and technique as said). Record only procedures that were performed in this visit; planned ones go into "next_visit". Write the note in the language you are asked to use, even when the transcript or these field names are in another language.');
INSERT INTO builtin_note_templates_v4 (id, key, name, json_schema, instructions) VALUES (
    'e7d0f872-42e4-560f-bb12-e5c9428683dc',
    'soap',
    'SOAP note',
    '{"additionalProperties":false,"properties":{"assessment":{"description":"The clinician''s assessment: interpretation, diagnosis or working hypothesis, progress since the last session, risk.","type":"string"},"objective":{"description":"What the clinician observed or measured: examination findings, test results, observed behaviour and presentation.","type":"string"},"plan":{"description":"The plan: treatment, interventions, homework, referrals, prescriptions and the next session.","type":"string"},"subjective":{"description":"What the patient reports: the reason for the visit, symptoms, history, feelings and concerns in their own terms.","type":"string"}},"required":["subjective","objective","assessment","plan"],"type":"object"}',
    'Write a SOAP note from the transcript of the session. Use only what the transcript says. Never invent findings, values, diagnoses, medications, doses or plans, and do not add advice of your own. When the transcript does not say something, leave that field empty: null where the field allows null, otherwise an empty string, and an empty list for lists. Keep the clinician''s meaning and clinical terms; write concise sentences as they belong in a clinical record, not a dialogue. Leave out small talk and anything not relevant to the care of the patient. Write the note in the language you are asked to use, even when the transcript or these field names are in another language.');
INSERT INTO builtin_note_templates_v4 (id, key, name, json_schema, instructions) VALUES (
    '7e50ace8-c9ce-5a10-a24e-f75d820fd21b',
    'dap',
    'DAP note',
    '{"additionalProperties":false,"properties":{"assessment":{"description":"The clinician''s assessment of the data: interpretation, progress towards goals, risk.","type":"string"},"data":{"description":"What happened in the session: what the client reported and what the clinician observed, including interventions used.","type":"string"},"plan":{"description":"The plan: next steps, homework, referrals and the next session.","type":"string"}},"required":["data","assessment","plan"],"type":"object"}',
    'Write a DAP note from the transcript of the session. Use only what the transcript says. Never invent findings, values, diagnoses, medications, doses or plans, and do not add advice of your own. When the transcript does not say something, leave that field empty: null where the field allows null, otherwise an empty string, and an empty list for lists. Keep the clinician''s meaning and clinical terms; write concise sentences as they belong in a clinical record, not a dialogue. Leave out small talk and anything not relevant to the care of the patient. Write the note in the language you are asked to use, even when the transcript or these field names are in another language.');
INSERT INTO builtin_note_templates_v4 (id, key, name, json_schema, instructions) VALUES (
    '24a7b0e6-48b5-57b6-998e-8d65a546487d',
    'birp',
    'BIRP note',
    '{"additionalProperties":false,"properties":{"behavior":{"description":"The client''s presentation and behaviour: what they reported and what the clinician observed, including mood and affect.","type":"string"},"intervention":{"description":"What the clinician did in the session: techniques, methods and topics addressed.","type":"string"},"plan":{"description":"The plan: next steps, homework, referrals and the next session.","type":"string"},"response":{"description":"How the client responded to the interventions.","type":"string"}},"required":["behavior","intervention","response","plan"],"type":"object"}',
    'Write a BIRP note from the transcript of the session. Use only what the transcript says. Never invent findings, values, diagnoses, medications, doses or plans, and do not add advice of your own. When the transcript does not say something, leave that field empty: null where the field allows null, otherwise an empty string, and an empty list for lists. Keep the clinician''s meaning and clinical terms; write concise sentences as they belong in a clinical record, not a dialogue. Leave out small talk and anything not relevant to the care of the patient. Write the note in the language you are asked to use, even when the transcript or these field names are in another language.');
INSERT INTO builtin_note_templates_v4 (id, key, name, json_schema, instructions) VALUES (
    '505c59d5-663d-55d0-b912-f083fb4570aa',
    'free',
    'Free text',
    '{"additionalProperties":false,"properties":{"body":{"description":"The note, in short paragraphs.","type":"string"},"title":{"description":"A short title saying what the visit or session was about.","type":"string"}},"required":["title","body"],"type":"object"}',
    'Write a clinical note from the transcript as free text: a short title and a body organised in short paragraphs. Use only what the transcript says. Never invent findings, values, diagnoses, medications, doses or plans, and do not add advice of your own. When the transcript does not say something, leave that field empty: null where the field allows null, otherwise an empty string, and an empty list for lists. Keep the clinician''s meaning and clinical terms; write concise sentences as they belong in a clinical record, not a dialogue. Leave out small talk and anything not relevant to the care of the patient. Write an empty string for the body only when the transcript contains nothing clinically relevant. Write the note in the language you are asked to use, even when the transcript or these field names are in another language.');

UPDATE note_templates SET
    key = (SELECT b.key FROM builtin_note_templates_v4 b WHERE b.id = note_templates.id),
    name = (SELECT b.name FROM builtin_note_templates_v4 b WHERE b.id = note_templates.id),
    json_schema = (SELECT b.json_schema FROM builtin_note_templates_v4 b WHERE b.id = note_templates.id),
    instructions = (SELECT b.instructions FROM builtin_note_templates_v4 b WHERE b.id = note_templates.id),
    builtin = 1,
    deleted_at = NULL,
    updated_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000
WHERE EXISTS (SELECT 1 FROM builtin_note_templates_v4 b WHERE b.id = note_templates.id AND (
    b.key IS NOT note_templates.key OR b.name IS NOT note_templates.name
    OR b.json_schema IS NOT note_templates.json_schema OR b.instructions IS NOT note_templates.instructions
    OR note_templates.builtin IS NOT 1 OR note_templates.deleted_at IS NOT NULL));
INSERT INTO note_templates (id, key, name, builtin, language, json_schema, instructions, created_at, updated_at,
                            created_by, updated_by)
    SELECT id, key, name, 1, NULL, json_schema, instructions, CAST(strftime('%s', 'now') AS INTEGER) * 1000,
           CAST(strftime('%s', 'now') AS INTEGER) * 1000, NULL, NULL
    FROM builtin_note_templates_v4
    WHERE id NOT IN (SELECT id FROM note_templates);
DROP TABLE builtin_note_templates_v4;

-- 2. One pending job per input, guaranteed by the index rather than by a read before the write.
-- `dedupe_key` names the input (AiPipeline: the recording id for "transcribe", "<encounter id>/<template
-- key>" for "note"); among the pending jobs (queued, running, waiting_retry, needs_user: isPending() in
-- jobs/JobStates.h) of one kind, a key appears at most once. A second insert fails on the index and
-- JobRepository::enqueue returns the pending job instead.
ALTER TABLE jobs ADD COLUMN dedupe_key TEXT;
UPDATE jobs SET dedupe_key = subject_id WHERE kind = 'transcribe' AND subject_id IS NOT NULL;
-- The template key from the payload as JobRepository wrote it (compact JSON; keys are [a-zA-Z0-9_-]).
UPDATE jobs SET dedupe_key = subject_id || '/' ||
    substr(substr(payload, instr(payload, '"template":"') + 12), 1,
           instr(substr(payload, instr(payload, '"template":"') + 12), '"') - 1)
WHERE kind = 'note' AND subject_id IS NOT NULL AND instr(payload, '"template":"') > 0;
-- v3 could queue two of them (two requests racing past the read): of each set of pending duplicates
-- one stays, a running one if there is one (a runner is working on it), otherwise the oldest (the one a
-- request returned); the others are cancelled, kept as rows with a reason. Nothing they produced is
-- lost: a pending job has no result yet.
UPDATE jobs SET
    state = 'cancelled',
    runner = NULL,
    next_attempt_at = NULL,
    last_error = 'Cancelled when ClinicDesk was updated: another job for the same input was already waiting, and only one is kept.',
    updated_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000
WHERE dedupe_key IS NOT NULL
    AND state IN ('queued', 'running', 'waiting_retry', 'needs_user')
    AND id <> (SELECT k.id FROM jobs k
               WHERE k.kind = jobs.kind AND k.dedupe_key = jobs.dedupe_key
                   AND k.state IN ('queued', 'running', 'waiting_retry', 'needs_user')
               ORDER BY k.state = 'running' DESC, k.created_at, k.rowid LIMIT 1);
CREATE UNIQUE INDEX jobs_one_pending ON jobs(kind, dedupe_key)
    WHERE dedupe_key IS NOT NULL AND state IN ('queued', 'running', 'waiting_retry', 'needs_user');

-- 3. Why a needs_user job waits, when saving a setting can end the wait (HoldReason in jobs/Job.h):
-- JobRepository::releaseHeld queues such jobs again when the AI settings or a key are saved. Jobs
-- that waited before v4 have no reason (NULL): they wait for `jobs retry` as before.
ALTER TABLE jobs ADD COLUMN hold_reason TEXT CHECK (hold_reason IN ('configuration', 'auth', 'budget', 'quota'));

-- 4. Where a draft's content breaks its template (a generated note the model could not get right even
-- when asked again): a JSON array of {"path": JSON pointer into the content, "message": a sentence
-- without the note's values}; NULL when there is nothing to fix. A draft with problems cannot be
-- signed; an edit checks the new revision again (NoteRepository).
ALTER TABLE notes ADD COLUMN problems TEXT;
