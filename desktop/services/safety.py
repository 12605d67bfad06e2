"""One writer per counting file, and rolling backups.

A second program (or window) that opens a file already open for writing gets it read-only:
a QLockFile beside the file says who holds it; a lock left by a process of this machine that
died is taken over; one held from another machine only at the committee's word
(take_over). Backups use SQLite's online backup API after every N ballots and at close, into
``<file>.backups/`` beside the file and optionally a second folder (a USB stick), keeping
the last K.
"""

from __future__ import annotations

import glob
import logging
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from desktop.domain.words import Term
from desktop.errors import StorageError
from desktop.storage.backup import backup_file
from desktop.storage.connection import os_error

log = logging.getLogger(__name__)

BACKUP_EVERY = 25
BACKUP_KEEP = 10


def _qlock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # held for hours: stale only when its process died
    return lock


def identity_lock_path(path: Path) -> Path | None:
    """A lock named after the file itself (its device and inode), on this machine: a second
    name for the same file (a hard link) finds the same lock."""
    try:
        st = path.stat()
    except OSError:
        return None
    folder = Path(tempfile.gettempdir()) / "kiemphieu-locks"
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    return folder / f"{st.st_dev}-{st.st_ino}.lock"


class WriterLock:
    """One writer per counting file, whatever the name it is opened by: a lock beside the
    file's real path (a symlink resolves to it; the lock travels with a file on a stick), and
    one named after the file's identity on this machine (a hard link has another path but the
    same identity)."""

    def __init__(self, path: Path) -> None:
        real = Path(path).resolve()
        self.name = real.name
        self.path = Path(f"{real}.lock")
        self._locks = [_qlock(self.path)]
        by_identity = identity_lock_path(real)
        if by_identity is not None:
            self._locks.append(_qlock(by_identity))
        self._refused: QLockFile | None = None
        self._ids: dict[str, tuple[int, int] | None] = {}  # each lock file as taken

    def acquire(self) -> bool:
        taken: list[QLockFile] = []
        for lock in self._locks:
            if not lock.tryLock(100):
                self._refused = lock
                for held in taken:
                    held.unlock()
                return False
            taken.append(lock)
        self._ids = {q.fileName(): _file_id(Path(q.fileName())) for q in taken}
        return True

    def holder(self) -> Term:
        """Who holds the lock, in words the catalogue gives."""
        return _holder(self._refused or self._locks[0])

    def elsewhere(self) -> bool:
        """Whether the refusing lock is held from another machine (a file on a stick that
        another laptop has, or had, open): never taken over by itself (see take_over)."""
        lock = self._refused or self._locks[0]
        pid, host, _ = lock.getLockInfo()
        return bool(pid) and bool(host) and host != QSysInfo.machineHostName()

    def renew(self) -> None:
        """Before each change: a lock file deleted by hand is taken again, so that the next
        program to open the file still finds it held; if another program took it meanwhile
        (its lock file is another file), the change is refused (``file_lock_taken``) and
        nothing is written."""
        for lock in self._locks:
            now = _file_id(Path(lock.fileName()))
            if now == self._ids.get(lock.fileName()):
                continue
            if now is None:
                lock.unlock()  # its file is gone: only the object still thinks it holds it
                if lock.tryLock(0):
                    self._ids[lock.fileName()] = _file_id(Path(lock.fileName()))
                    continue
            self._refused = lock
            raise StorageError("file_lock_taken", name=self.name, holder=self.holder())

    def release(self) -> None:
        for lock in self._locks:
            lock.unlock()


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _holder(lock: QLockFile) -> Term:
    pid, host, app = lock.getLockInfo()
    if not pid:
        return Term("holder.unknown")
    return Term("holder.process", {"app": app or "Kiểm Phiếu", "pid": pid, "host": host})


def take_over(path: Path) -> Term:
    """Remove the writer's lock another machine left on ``path`` (the stick was pulled out of
    a laptop that had it open), at the committee's explicit word; returns who held it. A lock
    held on this machine is never removed: the program holding it must close the file."""
    lock = WriterLock(path)
    if lock.acquire():
        lock.release()
        return Term("holder.none")
    holder = lock.holder()
    if not lock.elsewhere():
        raise StorageError("file_held", name=lock.name, holder=holder)
    beside = _qlock(lock.path)
    beside.setStaleLockTime(1)  # another machine's lock: stale by age alone, now
    if not beside.removeStaleLockFile():
        raise StorageError("file_held", name=lock.name, holder=holder)
    return holder


@dataclass(frozen=True)
class BackupPolicy:
    every: int = BACKUP_EVERY  # ballots between two backups; 0: only at close and by hand
    keep: int = BACKUP_KEEP
    second_folder: Path | None = None  # e.g. a USB stick


def backup_folder(path: Path) -> Path:
    return path.with_name(f"{path.stem}.backups")


def backup_stem(path: Path, identity: str) -> str:
    """A backup's name begins with its count's file name and identity, so that two counts
    sharing a second folder ("hn" and "hn-2", or two "hn" from different folders) neither
    overwrite nor prune each other's copies."""
    return f"{path.stem}-{identity[:ID_CHARS]}-" if identity else f"{path.stem}-"


ID_CHARS = 12
LABEL = re.compile(r"\d{7}\.kiemphieu")  # what backup_label writes, and the extension


def backup_label(chain_length: int) -> str:
    """A backup's label: the audit chain's length at the copy (they sort as they were made)."""
    return f"{chain_length:07d}"


def make_backup(path: Path, policy: BackupPolicy, label: str,
                identity: str = "") -> list[Path]:
    """Write the backup into each folder and prune this count's own to the last ``keep``;
    returns the files. Safe to run on a worker thread: it reads the file through a
    connection of its own."""
    written = []
    folders = [backup_folder(path)]
    if policy.second_folder is not None:
        folders.append(policy.second_folder)
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error("backup_folder_unwritable", exc, folder) from exc
        stem = backup_stem(path, identity)
        target = folder / f"{stem}{label}.kiemphieu"
        backup_file(path, target)
        written.append(target)
        old = sorted(f for f in folder.glob(f"{glob.escape(stem)}*.kiemphieu")
                     if LABEL.fullmatch(f.name[len(stem):]))
        for stale in old[:-policy.keep] if policy.keep > 0 else []:
            stale.unlink(missing_ok=True)
    return written


class Backups:
    """Rolling backups of one counting file. ``after`` runs on a worker thread with its own
    connection, so a save never waits for a backup and a failed backup never fails a save;
    ``error`` says what went wrong last."""

    def __init__(self, path: Path, policy: BackupPolicy | None = None,
                 identity: str = "") -> None:
        self.path = path
        self.identity = identity
        self.policy = policy or BackupPolicy()
        self.error: StorageError | None = None
        self._since = 0
        self._thread: threading.Thread | None = None

    def after(self, ballots: int, label: str) -> None:
        self._since += ballots
        if self.policy.every <= 0 or self._since < self.policy.every:
            return
        if self._thread is not None and self._thread.is_alive():
            return  # the previous one is still writing; the next ballot tries again
        self._since = 0

        def work() -> None:
            try:
                make_backup(self.path, self.policy, label, self.identity)
                self.error = None
            except StorageError as exc:
                self.error = exc
                log.warning("backup failed: %s", exc)

        self._thread = threading.Thread(target=work, name="backup", daemon=True)
        self._thread.start()

    def now(self, label: str, dest: Path | None = None) -> list[Path]:
        self.wait()
        if dest is None:
            return make_backup(self.path, self.policy, label, self.identity)
        if dest.is_dir():
            dest = dest / self.path.name
        backup_file(self.path, dest)
        return [dest]

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
