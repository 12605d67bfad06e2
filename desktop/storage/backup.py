"""A consistent copy of a counting file, for the rolling backups and "back up now"."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from desktop.storage.connection import os_error, translated


def backup_file(source: Path, dest: Path) -> None:
    """A consistent copy of a counting file through SQLite's online backup API (it carries
    what is still in the WAL, which a plain copy would miss), on a connection of its own so it
    can run beside the writer; whole in one file, written beside ``dest`` and moved into place
    in one step. The copy is dated by the last time its log states (a stack opened or closed),
    not by the moment it was made: backups every few ballots would otherwise date the ballots
    between them."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        with translated(dest):
            origin = sqlite3.connect(f"file:{quote(str(Path(source).resolve()))}?mode=ro",
                                     uri=True, timeout=5)
            target = sqlite3.connect(str(tmp))
            try:
                origin.backup(target)
                # a rollback-journal file: it opens anywhere, a read-only stick included,
                # with no -wal or -shm beside it (opening it to write turns WAL back on)
                target.execute("PRAGMA journal_mode=DELETE")
                stamp = _last_time(target)
            finally:
                target.close()
                origin.close()
        if stamp is not None:
            os.utime(tmp, (stamp, stamp))
        os.replace(tmp, dest)
    except OSError as exc:
        raise os_error("backup_unwritable", exc, dest) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _last_time(conn: sqlite3.Connection) -> float | None:
    """The last time the copy's log states, as a POSIX timestamp (ballot events carry none)."""
    row = conn.execute("SELECT at FROM events WHERE at IS NOT NULL AND at != '' "
                       "ORDER BY seq DESC LIMIT 1").fetchone()
    try:
        return None if row is None else datetime.fromisoformat(str(row[0])).timestamp()
    except ValueError:
        return None
