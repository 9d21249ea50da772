-- Inzage schema, version 7. Runs with foreign_keys off (set outside the transaction by the
-- runner), inside one BEGIN IMMEDIATE transaction with its user_version, an audit row and a
-- PRAGMA foreign_key_check that must come back empty before it commits.

-- The AVG (art. 12(3)) lets the professional extend the one-month reply deadline of a request
-- once, by two months, with a reason the parent is told, announced within the first month. One
-- row per answer at most (the primary key makes "once" a property of the file, not only of the
-- code). Append-only: an extension is never changed or taken back. `until` is the new deadline
-- (ISO 8601, UTC), stored so the parent copy shows exactly what the professional announced.
CREATE TABLE answer_extension (
    answer_id   INTEGER PRIMARY KEY REFERENCES answer(id),
    until       TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    extended_at TEXT NOT NULL,
    extended_by TEXT NOT NULL
);

CREATE TRIGGER answer_extension_no_update BEFORE UPDATE ON answer_extension
BEGIN SELECT RAISE(ABORT, 'answer extensions cannot be changed'); END;
CREATE TRIGGER answer_extension_no_delete BEFORE DELETE ON answer_extension
BEGIN SELECT RAISE(ABORT, 'answer extensions cannot be deleted'); END;
