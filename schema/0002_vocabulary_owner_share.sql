-- Inzage schema, version 2. Runs with foreign_keys off (set outside the transaction by the
-- runner), inside one BEGIN IMMEDIATE transaction with its user_version, an audit row and a
-- PRAGMA foreign_key_check that must come back empty before it commits.

-- How someone was spoken to is a word from a lookup table, not a CHECK list: a new method is an
-- INSERT here, not a table rebuild.
CREATE TABLE method_word (
    word TEXT PRIMARY KEY
);
INSERT INTO method_word(word) VALUES
    ('gesprek'), ('telefoon'), ('huisbezoek'), ('schriftelijk'), ('onbekend');

-- spoken_to is rebuilt the twelve-step way (SQLite 3.15 cannot alter a CHECK list): a new table,
-- every row copied with its id, the old one dropped, the new one renamed, and its indexes and
-- triggers made again under their old names.
CREATE TABLE spoken_to_new (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES entry_revision(id),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    spoken_on   TEXT,
    method      TEXT NOT NULL DEFAULT 'onbekend' REFERENCES method_word(word)
);
INSERT INTO spoken_to_new(id, revision_id, person_id, spoken_on, method)
    SELECT id, revision_id, person_id, spoken_on, method FROM spoken_to;
DROP TABLE spoken_to;
ALTER TABLE spoken_to_new RENAME TO spoken_to;
CREATE INDEX spoken_to_revision ON spoken_to(revision_id);
-- With revision_id, a person's lines are found without reading the rows.
CREATE INDEX spoken_to_person ON spoken_to(person_id, revision_id);
CREATE TRIGGER spoken_to_no_update BEFORE UPDATE ON spoken_to
BEGIN SELECT RAISE(ABORT, 'spoken-to links cannot be changed'); END;
CREATE TRIGGER spoken_to_no_delete BEFORE DELETE ON spoken_to
BEGIN SELECT RAISE(ABORT, 'spoken-to links cannot be deleted'); END;

-- The parent (or child) a parent copy was made for; NULL for copies made by format 1.
ALTER TABLE exchange_key ADD COLUMN person_id INTEGER REFERENCES person(id);

-- The parent whose answer it is; NULL when unknown (answers made by format 1).
ALTER TABLE answer ADD COLUMN owner_person_id INTEGER REFERENCES person(id);

-- An answer the professional shared with another parent than its owner. Sharing is a new row,
-- never a change: a share cannot be edited or taken back in place.
CREATE TABLE answer_share (
    answer_id INTEGER NOT NULL REFERENCES answer(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    shared_at TEXT NOT NULL,
    shared_by TEXT NOT NULL,
    PRIMARY KEY (answer_id, person_id)
);

-- Two entries never share a place in the dossier.
CREATE UNIQUE INDEX entry_position_unique ON entry(position);

-- Per-revision and append-only tables that had no guard yet.
CREATE TRIGGER mening_basis_no_update BEFORE UPDATE ON mening_basis
BEGIN SELECT RAISE(ABORT, 'mening bases cannot be changed'); END;
CREATE TRIGGER mening_basis_no_delete BEFORE DELETE ON mening_basis
BEGIN SELECT RAISE(ABORT, 'mening bases cannot be deleted'); END;
CREATE TRIGGER answer_no_update BEFORE UPDATE ON answer
BEGIN SELECT RAISE(ABORT, 'answers cannot be changed'); END;
CREATE TRIGGER answer_no_delete BEFORE DELETE ON answer
BEGIN SELECT RAISE(ABORT, 'answers cannot be deleted'); END;
CREATE TRIGGER exchange_key_no_delete BEFORE DELETE ON exchange_key
BEGIN SELECT RAISE(ABORT, 'exchange keys cannot be deleted'); END;
CREATE TRIGGER exchange_answer_no_update BEFORE UPDATE ON exchange_answer
BEGIN SELECT RAISE(ABORT, 'exchange answer links cannot be changed'); END;
CREATE TRIGGER exchange_answer_no_delete BEFORE DELETE ON exchange_answer
BEGIN SELECT RAISE(ABORT, 'exchange answer links cannot be deleted'); END;
CREATE TRIGGER answer_share_no_update BEFORE UPDATE ON answer_share
BEGIN SELECT RAISE(ABORT, 'answer shares cannot be changed'); END;
CREATE TRIGGER answer_share_no_delete BEFORE DELETE ON answer_share
BEGIN SELECT RAISE(ABORT, 'answer shares cannot be deleted'); END;

-- In a parent copy a shielded person is a flag and nothing that could identify them: format 1
-- stored the words 'Afgeschermde bron' as the name and kept the role; from now on the name is
-- empty and the display names the shielded source. The shield reason stays.
UPDATE person
SET name = '', role = 'informant', relation = '', organisation = '', phone = '', birth_date = NULL
WHERE shielded = 1 AND (SELECT value FROM meta WHERE key = 'kind') = 'ouderexemplaar';
