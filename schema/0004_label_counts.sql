-- Inzage schema, version 4 (3 is another change). The number of entries per label and per
-- visibility to the parent, so the unfiltered label counts shown beside every first page read
-- eight rows instead of the whole entry table: a page costs the same at 10,000 entries as at a
-- million. EntryWriter, the one writer of an entry's label and visibility, keeps it in step in
-- the same transaction; a parent copy fills it from the entries it holds. A reader sums the rows
-- its audience may see (a parent: visible_to_parent = 1). `verify` compares it with the entries.
CREATE TABLE entry_label_count (
    label             TEXT NOT NULL,
    visible_to_parent INTEGER NOT NULL,
    -- No constraint on n (nor CHECKs on the key): an UPDATE that could fail a constraint runs in
    -- a statement savepoint, and every savepoint makes FTS4 flush its pending terms (see entry).
    n                 INTEGER,
    PRIMARY KEY (label, visible_to_parent)
);

-- Every row exists from the start (SQLite 3.15 has no UPSERT: a writer only ever updates one).
INSERT INTO entry_label_count(label, visible_to_parent, n)
SELECT l.label, v.visible,
       (SELECT count(*) FROM entry e WHERE e.label = l.label AND e.visible_to_parent = v.visible)
FROM (SELECT 'feit' AS label UNION ALL SELECT 'mening' UNION ALL SELECT 'bron' UNION ALL SELECT 'onbeoordeeld') l,
     (SELECT 0 AS visible UNION ALL SELECT 1) v;

CREATE TRIGGER entry_label_count_no_insert BEFORE INSERT ON entry_label_count
BEGIN SELECT RAISE(ABORT, 'label counts have one row per label and visibility'); END;
CREATE TRIGGER entry_label_count_no_delete BEFORE DELETE ON entry_label_count
BEGIN SELECT RAISE(ABORT, 'label counts have one row per label and visibility'); END;
