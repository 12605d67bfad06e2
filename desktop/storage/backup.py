"""A consistent copy of a counting file, for the rolling backups and "back up now"."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from desktop.storage.connection import os_error, translated


def backup_file(source: Path, dest: Path) -> None:
    """A consistent copy of a counting file through SQLite's online backup API (it carries
    what is still in the WAL, which a plain copy would miss), on a connection of its own so it
    can run beside the writer; whole in one file, written beside ``dest`` and moved into place
    in one step."""
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
            finally:
                target.close()
                origin.close()
        os.replace(tmp, dest)
    except OSError as exc:
        raise os_error("backup_unwritable", exc, dest) from exc
    finally:
        tmp.unlink(missing_ok=True)
