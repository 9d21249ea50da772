-- Inzage schema, version 8. Runs with foreign_keys off (set outside the transaction by the
-- runner), inside one BEGIN IMMEDIATE transaction with its user_version, an audit row and a
-- PRAGMA foreign_key_check that must come back empty before it commits.

-- The concept report sent to the parents: when, until when they may react (at least 5 working
-- days), the content hash of the concept as it was then, and which entries (at which revision)
-- were in it. Append-only: a concept once sent stays recorded; a new concept is a new row. The
-- parent copy holds the rows with only the entries that parent sees, so the parent's app can
-- say "in het concept" and until when to react.
CREATE TABLE concept_release (
    id           INTEGER PRIMARY KEY,
    released_at  TEXT NOT NULL,
    react_until  TEXT NOT NULL CHECK (react_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    entry_count  INTEGER NOT NULL CHECK (entry_count >= 0),
    released_by  TEXT NOT NULL
);

CREATE TABLE concept_release_entry (
    release_id  INTEGER NOT NULL REFERENCES concept_release(id),
    entry_id    INTEGER NOT NULL REFERENCES entry(id),
    rev         INTEGER NOT NULL,
    PRIMARY KEY (release_id, entry_id)
) WITHOUT ROWID;
CREATE INDEX concept_release_entry_by_entry ON concept_release_entry(entry_id, release_id);

CREATE TRIGGER concept_release_no_update BEFORE UPDATE ON concept_release
BEGIN SELECT RAISE(ABORT, 'a concept release cannot be changed'); END;
CREATE TRIGGER concept_release_no_delete BEFORE DELETE ON concept_release
BEGIN SELECT RAISE(ABORT, 'a concept release cannot be deleted'); END;
CREATE TRIGGER concept_release_entry_no_update BEFORE UPDATE ON concept_release_entry
BEGIN SELECT RAISE(ABORT, 'a concept release cannot be changed'); END;
CREATE TRIGGER concept_release_entry_no_delete BEFORE DELETE ON concept_release_entry
BEGIN SELECT RAISE(ABORT, 'a concept release cannot be deleted'); END;
