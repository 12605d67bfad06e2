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


def program_folder() -> Path:
    """The program's own data folder (the demo count lives there): hidden, not a place for
    a committee's files."""
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _in_program_folder(path: Path) -> bool:
    try:
        return Path(path).resolve().is_relative_to(program_folder().resolve())
    except OSError:
        return False


def beside(count: Path) -> Path:
    """Where a file dialog about a count opens: the count's folder, unless the count is the
    demo in the program's hidden folder (then the documents folder)."""
    return documents_folder() if _in_program_folder(count) else Path(count).parent


def start_folder() -> Path:
    """Where a file dialog opens when no count is open: beside the count opened last (the
    demo aside), else the user's documents folder."""
    for name in recent_files():
        if not _in_program_folder(Path(name)):
            return Path(name).parent
    return documents_folder()


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
