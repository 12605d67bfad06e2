"""UI preferences kept in QSettings, each declared once with its type and default.

Count data never goes here: it lives in the counting file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

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
