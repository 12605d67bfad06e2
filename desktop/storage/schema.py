"""The counting file's schema, by ordered migrations that are never edited once released.

Add a migration at the end to change the schema; ``SCHEMA_VERSION`` (written to
``PRAGMA user_version``) follows the number of migrations, so an older program can tell that a
file was written by a newer one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.errors import StorageError

APPLICATION_ID = int.from_bytes(b"KPhU", "big")  # PRAGMA application_id of every counting file

migrations = Migrations("kiemphieu")


@migrations()
def m001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE count_info (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            sitting TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            rules TEXT NOT NULL,              -- the rule set as canonical JSON
            members INTEGER, summoned INTEGER, present INTEGER,
            issued INTEGER, collected INTEGER
        );
        CREATE TABLE officials (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE, -- order in the list, excluded ones included
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
            exclusion_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE committee (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('chair', 'deputy', 'member'))
        );
        CREATE TABLE ballots (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE CHECK (number > 0),
            stack TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('valid', 'invalid', 'voided')),
            reason TEXT,
            note TEXT NOT NULL DEFAULT '',
            void_reason TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE marks (
            ballot_id INTEGER NOT NULL REFERENCES ballots(id),
            official_id INTEGER NOT NULL REFERENCES officials(id),
            state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 10),
            PRIMARY KEY (ballot_id, official_id)
        ) WITHOUT ROWID;
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            at TEXT,                          -- null for ballot events: no per-ballot time
            data TEXT NOT NULL,               -- canonical JSON
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


@migrations()
def m002_stacks(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE stacks (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            expected INTEGER NOT NULL CHECK (expected > 0),
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
            close_reason TEXT NOT NULL DEFAULT ''
        );
        """,
    )


@migrations()
def m003_tables(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE table_info (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            master_key TEXT NOT NULL
        );
        CREATE TABLE merged_tables (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            first_number INTEGER NOT NULL,
            last_number INTEGER NOT NULL,
            ballots INTEGER NOT NULL
        );
        """,
    )


@migrations()
def m004_hand_tallies(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE hand_tallies (
            id INTEGER PRIMARY KEY,
            stack TEXT NOT NULL UNIQUE,
            data TEXT NOT NULL                -- the sheet as canonical JSON
        );
        """,
    )


@migrations()
def m005_stack_operator(db: Database) -> None:
    """Who keyed each stack, for the operator figures (stack events now carry their time)."""
    _run(db, "ALTER TABLE stacks ADD COLUMN operator TEXT NOT NULL DEFAULT '';")


@migrations()
def m006_printing_details(db: Database) -> None:
    """The count's time zone, copies and register number; a member's post; the Thư ký and
    witnesses (the committee table is rebuilt: SQLite cannot widen a CHECK)."""
    _run(
        db,
        """
        ALTER TABLE count_info ADD COLUMN timezone TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh';
        ALTER TABLE count_info ADD COLUMN copies INTEGER;
        ALTER TABLE count_info ADD COLUMN document_number TEXT NOT NULL DEFAULT '';
        CREATE TABLE committee_new (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL
                CHECK (role IN ('chair', 'deputy', 'secretary', 'member', 'witness')),
            post TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO committee_new (id, position, name, role)
            SELECT id, position, name, role FROM committee;
        DROP TABLE committee;
        ALTER TABLE committee_new RENAME TO committee;
        """,
    )


@migrations()
def m007_elections(db: Database) -> None:
    """An election's round: its seats, round and excluded categories, as canonical JSON (NULL
    for a confidence vote)."""
    _run(db, "ALTER TABLE count_info ADD COLUMN election TEXT;")


SCHEMA_VERSION = 7  # the number of migrations above; a test keeps the two in step


def _run(db: Database, script: str) -> None:
    """Statements one by one: ``executescript`` would commit the migration's transaction."""
    statement = ""
    for line in script.splitlines():
        statement += line.split("--", 1)[0] + "\n"
        stripped = statement.strip()
        if stripped.endswith(";") and (
            not stripped.startswith("CREATE TRIGGER") or stripped.endswith("END;")
        ):
            db.execute(stripped)
            statement = ""
    if statement.strip():
        # a statement of ours without its ";": a bug, said in the catalogue's words
        raise StorageError("migration_unterminated", statement=statement.strip()[:60])
