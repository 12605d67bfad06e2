"""Opening and creating counting files, and turning SQLite's errors into sentences.

Opening never changes a file it should not use: a foreign, newer, corrupt, read-only or locked
file is refused with a ``StorageError`` before anything is written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from desktop.errors import StorageError
from desktop.storage import schema

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 2.0


def describe(exc: sqlite3.Error, path: Path) -> StorageError:
    """One sentence a person understands for a low-level SQLite error."""
    text = str(exc).lower()
    name = path.name
    if "locked" in text or "busy" in text:
        message = f"{name} is in use by another program or window; close it there first."
    elif "readonly" in text or "read-only" in text:
        message = f"{name} is read-only here; nothing can be saved to it."
    elif "full" in text:
        message = f"The disk holding {name} is full; free some space. Nothing was saved."
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        message = f"{name} is damaged or is not a counting file."
    elif "unable to open" in text:
        message = f"{name} cannot be opened (missing folder or no permission)."
    elif "disk i/o" in text:
        message = f"Writing {name} failed (disk error, or the USB stick was removed)."
    else:
        message = f"{name}: the counting file could not be used ({exc})."
    return StorageError(message)


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        log.warning("SQLite error on %s: %s", path, exc)
        raise describe(exc, path) from exc


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    if immutable:
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def _check_is_ours(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, once it is known to be a counting file we can read."""
    app_id = _pragma(conn, "application_id")
    version = _pragma(conn, "user_version")
    if app_id != schema.APPLICATION_ID:
        raise StorageError(f"{path.name} is an SQLite file of another program, not a count.")
    if version > schema.SCHEMA_VERSION:
        raise StorageError(
            f"{path.name} was written by a newer version of Kiểm Phiếu "
            f"(file format {version}, this program reads up to {schema.SCHEMA_VERSION}); "
            "update the program to open it."
        )
    return version


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open an existing counting file; read-only opening writes nothing at all."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(f"{path} does not exist.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"{path.name} cannot be read: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise StorageError(f"{path.name} is not a counting file (it is not an SQLite database).")
    if not read_only and not os.access(path, os.W_OK):
        raise StorageError(f"{path.name} is read-only; open it read-only or copy it first.")
    conn = None
    try:
        conn = _connect(path, read_only=read_only)
        try:
            version = _check_is_ours(conn, path)
        except sqlite3.OperationalError:
            if not read_only:
                raise
            # a WAL file in a read-only folder: read it as it stands on disk
            conn.close()
            conn = _connect(path, read_only=True, immutable=True)
            version = _check_is_ours(conn, path)
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")  # fails now, not at the first ballot, if locked
            conn.execute("ROLLBACK")
    except StorageError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise describe(exc, path) from exc
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=FULL")
    if version < schema.SCHEMA_VERSION:
        if read_only:
            db.close()
            raise StorageError(
                f"{path.name} uses an older file format; open it for writing once to upgrade it.")
        with translated(path):
            schema.migrations.apply(db)
            db.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
    return db


def create_database(path: Path) -> Database:
    """A new, empty counting file with the current schema, at a temporary path."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    db = Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA application_id={schema.APPLICATION_ID}")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=FULL")
    schema.migrations.apply(db)
    db.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
    return db
