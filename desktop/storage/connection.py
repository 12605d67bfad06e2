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

from desktop.domain.words import os_reason
from desktop.errors import StorageError
from desktop.storage import schema, shape, wal

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 2.0


def describe(exc: sqlite3.Error | UnicodeDecodeError, path: Path) -> StorageError:
    """The error a person understands for a low-level SQLite error (a code; the catalogue
    says it); a text cell that is not UTF-8 (damaged bytes) is a damaged file too."""
    text = str(exc).lower()
    if isinstance(exc, UnicodeDecodeError):
        code = "file_damaged"
    elif "locked" in text or "busy" in text:
        code = "file_in_use"
    elif "readonly" in text or "read-only" in text:
        code = "file_read_only_here"
    elif "full" in text:
        code = "disk_full"
    elif "not a database" in text or "malformed" in text or "corrupt" in text \
            or "could not decode" in text:
        code = "file_damaged"
    elif "unable to open" in text:
        code = "file_cannot_open"
    elif "disk i/o" in text:
        code = "disk_io"
    else:
        return StorageError("file_unusable", name=path.name, detail=str(exc))
    return StorageError(code, name=path.name)


def os_error(code: str, exc: OSError, path: Path) -> StorageError:
    """An operating-system failure on ``path``."""
    return StorageError(code, name=path.name, path=str(path), reason=os_reason(exc))


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        log.warning("SQLite error on %s: %s", path, exc)
        raise describe(exc, path) from exc


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    if immutable:
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    # the file's schema runs no function of ours, and a damaged cell is an error, not a crash
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    return conn


def _pragma(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def _check_is_ours(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, once it is known to be a counting file we can read."""
    app_id = _pragma(conn, "application_id")
    version = _pragma(conn, "user_version")
    if app_id != schema.APPLICATION_ID:
        raise StorageError("file_foreign", name=path.name)
    if version > schema.SCHEMA_VERSION:
        raise StorageError("file_newer", name=path.name, version=version,
                           supported=schema.SCHEMA_VERSION)
    odd = shape.foreign(conn, version)
    if odd is not None:  # before any query of ours touches the tables
        raise StorageError("file_schema_foreign", name=path.name, object=odd)
    return version


def _open_checked(path: Path, *, read_only: bool, alone: bool) -> sqlite3.Connection:
    """A connection to the file whose ``-wal``, if it has one that must be judged, is its own;
    in a read-only folder, where SQLite cannot read a ``-wal``, the file with its ``-wal`` in
    memory, or (with none) the file as it stands on disk."""
    folder_writable = os.access(path.parent, os.W_OK)
    if wal.pending(path) and (not read_only or alone or not folder_writable):
        joined = wal.with_wal(path, lambda conn: _check_is_ours(conn, path), _connect)
        if read_only and not folder_writable:
            joined.execute("PRAGMA query_only=ON")
            return joined
        joined.close()
    conn = _connect(path, read_only=read_only)
    if read_only and not folder_writable:
        try:
            _check_is_ours(conn, path)
        except sqlite3.OperationalError:
            conn.close()
            conn = _connect(path, read_only=True, immutable=True)  # no -wal: the file is whole
    return conn


def open_database(path: Path, *, read_only: bool = False, alone: bool = False) -> Database:
    """Open an existing counting file; read-only opening writes nothing at all. A ``-wal``
    beside the file is checked to be its own (storage.wal) when it is opened for writing, or
    read-only while no writer can be at work on it (``alone``, or a read-only folder)."""
    path = Path(path)
    if not path.is_file():
        raise StorageError("file_missing", name=path.name, path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise os_error("file_unreadable", exc, path) from exc
    if header != SQLITE_HEADER:
        raise StorageError("file_not_sqlite", name=path.name)
    if not read_only and not os.access(path, os.W_OK):
        raise StorageError("file_read_only", name=path.name)
    conn = None
    try:
        conn = _open_checked(path, read_only=read_only, alone=alone)
        version = _check_is_ours(conn, path)
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")  # fails now, not at the first ballot, if locked
            conn.execute("ROLLBACK")
    except StorageError:
        if conn is not None:
            conn.close()
        raise
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        if conn is not None:
            conn.close()
        raise describe(exc, path) from exc
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=FULL")
    if version < schema.SCHEMA_VERSION:
        if read_only:
            db.close()
            raise StorageError("file_older", name=path.name)
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
