-- Inzage schema, version 1. Runs inside one BEGIN IMMEDIATE transaction with its user_version.
-- Entries and answers are never edited in place: every change is a new *_revision row, and the
-- revision tables refuse UPDATE and DELETE. The audit table is hash-chained and append-only.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('ouder', 'kind', 'professional', 'informant')),
    relation      TEXT NOT NULL DEFAULT '',   -- relation to the child: moeder, leerkracht, huisarts
    organisation  TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    birth_date    TEXT,
    shielded      INTEGER NOT NULL DEFAULT 0 CHECK (shielded IN (0, 1)),
    shield_reason TEXT NOT NULL DEFAULT '',
    CHECK (shielded = 0 OR length(shield_reason) > 0)
);
CREATE UNIQUE INDEX person_name_role ON person(name, role);

-- One family's case file per vault.
CREATE TABLE dossier (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    uid                TEXT NOT NULL,
    case_number        TEXT NOT NULL DEFAULT '',
    title              TEXT NOT NULL DEFAULT '',
    organisation       TEXT NOT NULL DEFAULT '',
    office_hours_start TEXT NOT NULL DEFAULT '08:30',
    office_hours_end   TEXT NOT NULL DEFAULT '17:00',
    office_phone       TEXT NOT NULL DEFAULT '',
    after_hours_phone  TEXT NOT NULL DEFAULT '',
    contact_person_id  INTEGER REFERENCES person(id),
    backup_person_id   INTEGER REFERENCES person(id),
    stage              TEXT NOT NULL DEFAULT 'melding'
        CHECK (stage IN ('melding', 'veilig-thuis', 'raad', 'kinderrechter',
                         'gecertificeerde-instelling', 'afgesloten'))
);

CREATE TABLE dossier_child (
    person_id INTEGER PRIMARY KEY REFERENCES person(id)
);

CREATE TABLE appointment (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('afspraak', 'toezegging')),
    description TEXT NOT NULL,
    planned_at  TEXT,
    person_id   INTEGER REFERENCES person(id),
    status      TEXT NOT NULL DEFAULT 'gepland'
        CHECK (status IN ('gepland', 'gehouden', 'afgezegd', 'ingehaald')),
    status_note TEXT NOT NULL DEFAULT '',
    makes_up_id INTEGER REFERENCES appointment(id)
);

CREATE TABLE entry (
    id                  INTEGER PRIMARY KEY,
    position            INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    current_revision_id INTEGER
);
CREATE INDEX entry_position ON entry(position);

CREATE TABLE entry_revision (
    id                INTEGER PRIMARY KEY,
    entry_id          INTEGER NOT NULL REFERENCES entry(id),
    rev               INTEGER NOT NULL,
    text              TEXT NOT NULL,
    section           TEXT NOT NULL DEFAULT '',
    event_date        TEXT,
    recorded_at       TEXT NOT NULL,
    author_id         INTEGER REFERENCES person(id),
    label             TEXT NOT NULL DEFAULT 'onbeoordeeld'
        CHECK (label IN ('feit', 'mening', 'bron', 'onbeoordeeld')),
    basis_kind        TEXT CHECK (basis_kind IN ('waarneming', 'document')),
    basis_detail      TEXT NOT NULL DEFAULT '',
    holder_id         INTEGER REFERENCES person(id),
    visible_to_parent INTEGER NOT NULL DEFAULT 1 CHECK (visible_to_parent IN (0, 1)),
    changed_by        TEXT NOT NULL,
    change_note       TEXT NOT NULL DEFAULT '',
    UNIQUE (entry_id, rev)
);
CREATE INDEX entry_revision_label ON entry_revision(label);
CREATE INDEX entry_revision_section ON entry_revision(section);

-- Who was spoken to, per revision (copied forward when a new revision is made).
CREATE TABLE spoken_to (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES entry_revision(id),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    spoken_on   TEXT,
    method      TEXT NOT NULL DEFAULT 'onbekend'
        CHECK (method IN ('gesprek', 'telefoon', 'huisbezoek', 'schriftelijk', 'onbekend'))
);
CREATE INDEX spoken_to_revision ON spoken_to(revision_id);
CREATE INDEX spoken_to_person ON spoken_to(person_id);

-- The feiten a mening rests on, per revision of the mening.
CREATE TABLE mening_basis (
    revision_id   INTEGER NOT NULL REFERENCES entry_revision(id),
    feit_entry_id INTEGER NOT NULL REFERENCES entry(id),
    PRIMARY KEY (revision_id, feit_entry_id)
);

CREATE TABLE answer (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    entry_id            INTEGER NOT NULL REFERENCES entry(id),
    entry_rev           INTEGER NOT NULL,       -- the entry revision the parent answered
    created_at          TEXT NOT NULL,
    current_revision_id INTEGER
);
CREATE INDEX answer_entry ON answer(entry_id);

CREATE TABLE answer_revision (
    id         INTEGER PRIMARY KEY,
    answer_id  INTEGER NOT NULL REFERENCES answer(id),
    rev        INTEGER NOT NULL,
    kind       TEXT NOT NULL
        CHECK (kind IN ('klopt', 'klopt-niet', 'aanvulling', 'correctieverzoek', 'vraag')),
    text       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'verstuurd'
        CHECK (status IN ('verstuurd', 'in-behandeling', 'verwerkt', 'afgewezen')),
    reply      TEXT NOT NULL DEFAULT '',
    handled_by TEXT NOT NULL DEFAULT '',
    handled_at TEXT,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    CHECK (status <> 'afgewezen' OR length(reply) > 0),
    UNIQUE (answer_id, rev)
);

CREATE VIRTUAL TABLE entry_search USING fts4(folded, tokenize=unicode61 "remove_diacritics=1");

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    ts        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    object    TEXT NOT NULL,
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows cannot be deleted'); END;
CREATE TRIGGER entry_revision_no_update BEFORE UPDATE ON entry_revision
BEGIN SELECT RAISE(ABORT, 'entry revisions cannot be changed'); END;
CREATE TRIGGER entry_revision_no_delete BEFORE DELETE ON entry_revision
BEGIN SELECT RAISE(ABORT, 'entry revisions cannot be deleted'); END;
CREATE TRIGGER answer_revision_no_update BEFORE UPDATE ON answer_revision
BEGIN SELECT RAISE(ABORT, 'answer revisions cannot be changed'); END;
CREATE TRIGGER answer_revision_no_delete BEFORE DELETE ON answer_revision
BEGIN SELECT RAISE(ABORT, 'answer revisions cannot be deleted'); END;
CREATE TRIGGER spoken_to_no_update BEFORE UPDATE ON spoken_to
BEGIN SELECT RAISE(ABORT, 'spoken-to links cannot be changed'); END;
CREATE TRIGGER spoken_to_no_delete BEFORE DELETE ON spoken_to
BEGIN SELECT RAISE(ABORT, 'spoken-to links cannot be deleted'); END;
