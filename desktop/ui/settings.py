"""UI preferences kept in QSettings, each declared once with its type and default.

Count data never goes here: it lives in the counting file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from desktop.domain import words
from desktop.domain.words import Lang
from desktop.services.safety import BACKUP_EVERY, BACKUP_KEEP, BackupPolicy

RECENT_KEY = "files/recent"
RECENT_MAX = 8


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY, [], list)
    names = [str(v) for v in value] if isinstance(value, list) else []
    return [name for name in names if Path(name).is_file()]


def remember_file(path: Path) -> None:
    name = str(Path(path).resolve())
    files = [name] + [f for f in recent_files() if f != name]
    QSettings().setValue(RECENT_KEY, files[:RECENT_MAX])


def start_folder() -> Path:
    """Where a file dialog opens when no count is open: beside the count opened last, else
    the user's documents folder."""
    recent = recent_files()
    if recent:
        return Path(recent[0]).parent
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


LANGUAGE_KEY = "ui/language"


def language() -> Lang:
    value = QSettings().value(LANGUAGE_KEY, words.DEFAULT.value, str)
    return Lang(value) if value in (Lang.VI.value, Lang.EN.value) else words.DEFAULT


def set_language(lang: Lang) -> None:
    QSettings().setValue(LANGUAGE_KEY, lang.value)


BACKUP_EVERY_KEY = "backup/every"  # int, ballots between rolling backups
BACKUP_KEEP_KEY = "backup/keep"  # int, backups kept per folder
BACKUP_SECOND_KEY = "backup/second_folder"  # str, a second folder (USB stick), "" for none


def backup_policy() -> BackupPolicy:
    s = QSettings()
    every = s.value(BACKUP_EVERY_KEY, BACKUP_EVERY, int)
    keep = s.value(BACKUP_KEEP_KEY, BACKUP_KEEP, int)
    second = str(s.value(BACKUP_SECOND_KEY, "", str) or "")
    return BackupPolicy(int(every) if isinstance(every, int) else BACKUP_EVERY,
                        int(keep) if isinstance(keep, int) else BACKUP_KEEP,
                        Path(second) if second else None)


def set_second_backup_folder(folder: Path | None) -> None:
    QSettings().setValue(BACKUP_SECOND_KEY, "" if folder is None else str(folder))
