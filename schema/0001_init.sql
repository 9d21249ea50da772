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
-- Unique among named persons only: a parent copy shows every shielded person under the same
-- name ("Afgeschermde bron"), so shielded rows must be allowed to share it.
CREATE UNIQUE INDEX person_name_role ON person(name, role) WHERE shielded = 0;

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

-- label, section and visible_to_parent repeat those of the current revision (written together with
-- current_revision_id), so pages, filters and label counts read this narrow table and its indexes
-- instead of the wide revision rows. The indexes hold what the page filters test, so a page walks
-- one of them in position order without reading rows.
CREATE TABLE entry (
    id                  INTEGER PRIMARY KEY,
    position            INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    current_revision_id INTEGER,
    label               TEXT NOT NULL DEFAULT 'onbeoordeeld'
        CHECK (label IN ('feit', 'mening', 'bron', 'onbeoordeeld')),
    section             TEXT NOT NULL DEFAULT '',
    visible_to_parent   INTEGER NOT NULL DEFAULT 1 CHECK (visible_to_parent IN (0, 1))
);
CREATE INDEX entry_position ON entry(position, visible_to_parent, current_revision_id);
CREATE INDEX entry_label ON entry(label, position, visible_to_parent);
CREATE INDEX entry_section ON entry(section, position);

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
-- With revision_id, a person's lines are found without reading the rows.
CREATE INDEX spoken_to_person ON spoken_to(person_id, revision_id);

-- The feiten a mening rests on, per revision of the mening.
CREATE TABLE mening_basis (
    revision_id   INTEGER NOT NULL REFERENCES entry_revision(id),
    feit_entry_id INTEGER NOT NULL REFERENCES entry(id),
    PRIMARY KEY (revision_id, feit_entry_id)
);

-- An answer lives in two places (the parent copy and the professional's vault) and is merged by
-- copying missing rows, never by updating. So its two writers write to two append-only tables:
-- the parent writes content revisions (answer_revision, rev numbered by the parent), the
-- professional writes handling rows (answer_handling, seq numbered by the professional), each
-- naming the content revision it handled. Rows are keyed for exchange by (answer uid, rev) and
-- (answer uid, seq), so importing a file twice adds nothing the second time.
CREATE TABLE answer (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    entry_id   INTEGER NOT NULL REFERENCES entry(id),
    created_at TEXT NOT NULL
);
CREATE INDEX answer_entry ON answer(entry_id);

CREATE TABLE answer_revision (
    id         INTEGER PRIMARY KEY,
    answer_id  INTEGER NOT NULL REFERENCES answer(id),
    rev        INTEGER NOT NULL CHECK (rev > 0),
    entry_rev  INTEGER NOT NULL,       -- the entry revision the parent answered with this text
    kind       TEXT NOT NULL
        CHECK (kind IN ('klopt', 'klopt-niet', 'aanvulling', 'correctieverzoek', 'vraag')),
    text       TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    UNIQUE (answer_id, rev)
);

CREATE TABLE answer_handling (
    id         INTEGER PRIMARY KEY,
    answer_id  INTEGER NOT NULL REFERENCES answer(id),
    seq        INTEGER NOT NULL CHECK (seq > 0),
    answer_rev INTEGER NOT NULL,       -- the content revision this handles
    status     TEXT NOT NULL
        CHECK (status IN ('verstuurd', 'in-behandeling', 'verwerkt', 'afgewezen')),
    reply      TEXT NOT NULL DEFAULT '',
    handled_by TEXT NOT NULL,
    handled_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    CHECK (status <> 'afgewezen' OR length(reply) > 0),
    UNIQUE (answer_id, seq)
);

-- Parent copies made from this vault (professional side), or the one this file is (parent side):
-- the random key that seals answer and update files between the two.
CREATE TABLE exchange_key (
    exchange_id TEXT PRIMARY KEY,
    key         BLOB NOT NULL CHECK (length(key) = 32),
    created_at  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);

-- Which answers a parent copy holds (professional side): copied when it was made, or read from
-- its answer files. An update file for that copy carries exactly these.
CREATE TABLE exchange_answer (
    exchange_id TEXT NOT NULL REFERENCES exchange_key(exchange_id),
    answer_id   INTEGER NOT NULL REFERENCES answer(id),
    PRIMARY KEY (exchange_id, answer_id)
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
CREATE TRIGGER answer_handling_no_update BEFORE UPDATE ON answer_handling
BEGIN SELECT RAISE(ABORT, 'answer handling cannot be changed'); END;
CREATE TRIGGER answer_handling_no_delete BEFORE DELETE ON answer_handling
BEGIN SELECT RAISE(ABORT, 'answer handling cannot be deleted'); END;
CREATE TRIGGER exchange_key_no_update BEFORE UPDATE ON exchange_key
BEGIN SELECT RAISE(ABORT, 'exchange keys cannot be changed'); END;
CREATE TRIGGER spoken_to_no_update BEFORE UPDATE ON spoken_to
BEGIN SELECT RAISE(ABORT, 'spoken-to links cannot be changed'); END;
CREATE TRIGGER spoken_to_no_delete BEFORE DELETE ON spoken_to
BEGIN SELECT RAISE(ABORT, 'spoken-to links cannot be deleted'); END;
