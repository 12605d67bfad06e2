"""UI preferences kept in QSettings, each declared once with its type and default.

Count data never goes here: it lives in the counting file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

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


LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "vi"


def language() -> str:
    value = QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE, str)
    return value if value in ("vi", "en") else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, lang)


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
