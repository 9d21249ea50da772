-- Inzage schema, version 5. Runs with foreign_keys off (set outside the transaction by the
-- runner), inside one BEGIN IMMEDIATE transaction with its user_version, an audit row and a
-- PRAGMA foreign_key_check that must come back empty before it commits.
-- (Versions 3 and 4 are taken by changes made in parallel; the runner skips numbers it lacks.)

-- What the professional says about the case beyond the stage: a next step in their own words
-- (empty: the stage's standard text), which report sections are the problem analysis and the
-- strengths analysis, and why the child was not spoken to (empty: nothing said).
ALTER TABLE dossier ADD COLUMN next_step TEXT NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN problem_section TEXT NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN strengths_section TEXT NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN child_not_spoken_reason TEXT NOT NULL DEFAULT '';

-- A promise (toezegging) is kept (nagekomen) or broken (niet-nagekomen); neither word fits in the
-- CHECK list of format 1, so appointment is rebuilt the twelve-step way with the same columns in
-- the same order (a parent copy is filled with SELECT *). Nothing references appointment but
-- itself, and it has no indexes or triggers of its own.
CREATE TABLE appointment_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('afspraak', 'toezegging')),
    description TEXT NOT NULL,
    planned_at  TEXT,
    person_id   INTEGER REFERENCES person(id),
    status      TEXT NOT NULL DEFAULT 'gepland'
        CHECK (status IN ('gepland', 'gehouden', 'afgezegd', 'ingehaald', 'nagekomen', 'niet-nagekomen')),
    status_note TEXT NOT NULL DEFAULT '',
    makes_up_id INTEGER REFERENCES appointment(id)
);
INSERT INTO appointment_new(id, kind, description, planned_at, person_id, status, status_note, makes_up_id)
    SELECT id, kind, description, planned_at, person_id, status, status_note, makes_up_id FROM appointment;
DROP TABLE appointment;
ALTER TABLE appointment_new RENAME TO appointment;
