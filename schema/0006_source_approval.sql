-- Inzage schema, version 6. Runs with foreign_keys off (set outside the transaction by the
-- runner), inside one BEGIN IMMEDIATE transaction with its user_version, an audit row and a
-- PRAGMA foreign_key_check that must come back empty before it commits.

-- Accordering: a person spoken to for a bron approved what is written (the Raad asks its
-- informants to). One row per approval of one revision's text, by one person spoken to, when and
-- how. Append-only: an approval is never changed or taken back in place. A later revision with the
-- same text is still approved; a changed text shows the approval as one of an earlier version.
CREATE TABLE source_approval (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES entry_revision(id),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    approved_on TEXT NOT NULL,
    method      TEXT NOT NULL REFERENCES method_word(word) CHECK (method <> 'onbekend'),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (revision_id, person_id)
);
CREATE INDEX source_approval_person ON source_approval(person_id);

CREATE TRIGGER source_approval_no_update BEFORE UPDATE ON source_approval
BEGIN SELECT RAISE(ABORT, 'source approvals cannot be changed'); END;
CREATE TRIGGER source_approval_no_delete BEFORE DELETE ON source_approval
BEGIN SELECT RAISE(ABORT, 'source approvals cannot be deleted'); END;
