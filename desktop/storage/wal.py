"""The write-ahead log beside a counting file (``<file>-wal``).

SQLite folds whatever ``-wal`` lies beside a file into it, and cannot read one at all from a
read-only folder. After a program was killed the ``-wal`` holds acknowledged ballots that are
part of the count; but a ``-wal`` left from another state of the file (a copy restored over the
file, the ``-wal`` left behind) would overwrite newer ballots with older pages. So before a
file with a ``-wal`` is trusted, the file as it stands alone and the file with its ``-wal`` are
both read from a private copy: the audit chain is append-only, so the last event of the file
alone must be in the file with its ``-wal``, with the same hash. A ``-wal`` that fails this is
refused; a read-only folder is read from the private copy, in memory, with what the ``-wal``
holds.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from desktop.errors import StorageError

WAL_HEADER = 32  # a -wal of this size or less holds no page


def wal_path(path: Path) -> Path:
    return path.with_name(f"{path.name}-wal")


def pending(path: Path) -> bool:
    """Whether a ``-wal`` with pages in it lies beside ``path``."""
    try:
        return wal_path(path).stat().st_size > WAL_HEADER
    except OSError:
        return False


def _last_event(conn: sqlite3.Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def _events(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


Trust = Callable[[sqlite3.Connection], object]  # raises unless the schema is exactly ours


class Open(Protocol):
    """How the storage opens a file it does not yet trust (connection._connect)."""

    def __call__(self, path: Path, *, read_only: bool,
                 immutable: bool = False) -> sqlite3.Connection: ...


def _file_alone(path: Path, ours: Trust, connect: Open
                ) -> tuple[bool, tuple[int, str] | None]:
    """Whether the file without its ``-wal`` can be read (not after a checkpoint cut short,
    when only the ``-wal`` makes it whole), and if so its last event."""
    try:
        conn = connect(path, read_only=True, immutable=True)
        try:
            ours(conn)
            return True, _last_event(conn)
        finally:
            conn.close()
    except (sqlite3.Error, StorageError):
        return False, None  # no judgement: the file with its -wal is checked in full


def _joined(path: Path, connect: Open) -> sqlite3.Connection:
    """The file with its ``-wal``, in memory, read from a private copy of both: nothing is
    written beside the file, so a read-only folder can be read too."""
    with tempfile.TemporaryDirectory(prefix="kiemphieu-wal-") as tmp:
        copy = Path(tmp) / "c.kiemphieu"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal_path(path), wal_path(copy))
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            source = connect(copy, read_only=True)
            try:
                source.backup(memory)
            finally:
                source.close()
        except BaseException:
            memory.close()
            raise
    return memory


def with_wal(path: Path, ours: Trust, connect: Open) -> sqlite3.Connection:
    """The file as its ``-wal`` makes it (in memory); refused when the ``-wal`` does not
    belong to the file. ``ours`` checks each schema before any query reads it; ``connect``
    opens the file and the private copy as every untrusted file is opened."""
    readable, last = _file_alone(path, ours, connect)
    names = {"name": path.name, "wal": wal_path(path).name}
    try:
        memory = _joined(path, connect)
    except sqlite3.Error as exc:
        raise StorageError("file_wal_damaged", **names) from exc
    try:
        memory.execute("PRAGMA trusted_schema=OFF")
        ours(memory)
        if readable and last is not None:
            seq, digest = last
            row = memory.execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
            if row is None or row[0] != digest:
                raise StorageError("file_wal_foreign", **names, alone=seq,
                                   joined=_events(memory))
    except sqlite3.Error as exc:
        memory.close()
        raise StorageError("file_wal_damaged", **names) from exc
    except BaseException:
        memory.close()
        raise
    return memory
