-- Inzage schema, version 3: which document (and which sentence in it) an entry came from, so a
-- newer version of the same report can be imported again and matched sentence by sentence.
-- Every table here is append-only: a new import adds rows, it never changes or deletes old ones.

-- A report imported as entries, known by the name it was imported under (the file name without
-- folder and extension, or the name the professional gave).
CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

-- One import of a document: what was read and what the matching did.
CREATE TABLE document_version (
    id                  INTEGER PRIMARY KEY,
    document_id         INTEGER NOT NULL REFERENCES document(id),
    version             INTEGER NOT NULL,
    file_name           TEXT NOT NULL,
    file_hash           TEXT NOT NULL, -- BLAKE2b of the file, to tell an identical re-import
    imported_at         TEXT NOT NULL,
    imported_by         TEXT NOT NULL,
    had_tracked_changes INTEGER NOT NULL DEFAULT 0 CHECK (had_tracked_changes IN (0, 1)),
    kept                INTEGER NOT NULL DEFAULT 0,
    changed             INTEGER NOT NULL DEFAULT 0,
    removed             INTEGER NOT NULL DEFAULT 0,
    added               INTEGER NOT NULL DEFAULT 0,
    UNIQUE (document_id, version)
);

-- The sentences of one version, in order, each with the entry it is: the latest version's rows
-- are what the next import matches against. norm_text is the sentence folded (case, accents,
-- whitespace) as the document had it, which may differ from the entry after a correction.
CREATE TABLE entry_source (
    version_id INTEGER NOT NULL REFERENCES document_version(id),
    ord        INTEGER NOT NULL,
    entry_id   INTEGER NOT NULL REFERENCES entry(id),
    norm_text  TEXT NOT NULL,
    PRIMARY KEY (version_id, ord)
);
CREATE INDEX entry_source_entry ON entry_source(entry_id);

-- An entry whose sentence is gone from a newer version of its document. The entry and all its
-- revisions stay (history, answers, audit); views can show it as removed.
CREATE TABLE entry_removal (
    entry_id   INTEGER PRIMARY KEY REFERENCES entry(id),
    version_id INTEGER NOT NULL REFERENCES document_version(id),
    removed_at TEXT NOT NULL,
    removed_by TEXT NOT NULL
);

CREATE TRIGGER document_no_update BEFORE UPDATE ON document
BEGIN SELECT RAISE(ABORT, 'documents cannot be changed'); END;
CREATE TRIGGER document_no_delete BEFORE DELETE ON document
BEGIN SELECT RAISE(ABORT, 'documents cannot be deleted'); END;
CREATE TRIGGER document_version_no_update BEFORE UPDATE ON document_version
BEGIN SELECT RAISE(ABORT, 'document versions cannot be changed'); END;
CREATE TRIGGER document_version_no_delete BEFORE DELETE ON document_version
BEGIN SELECT RAISE(ABORT, 'document versions cannot be deleted'); END;
CREATE TRIGGER entry_source_no_update BEFORE UPDATE ON entry_source
BEGIN SELECT RAISE(ABORT, 'entry sources cannot be changed'); END;
CREATE TRIGGER entry_source_no_delete BEFORE DELETE ON entry_source
BEGIN SELECT RAISE(ABORT, 'entry sources cannot be deleted'); END;
CREATE TRIGGER entry_removal_no_update BEFORE UPDATE ON entry_removal
BEGIN SELECT RAISE(ABORT, 'entry removals cannot be changed'); END;
CREATE TRIGGER entry_removal_no_delete BEFORE DELETE ON entry_removal
BEGIN SELECT RAISE(ABORT, 'entry removals cannot be deleted'); END;
