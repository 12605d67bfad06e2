"""The window's language: Vietnamese by default, English second.

One language at a time for the whole program, as Qt's translators are: ``install`` sets it,
``language()`` tells every widget. The window's own labels are Qt Linguist strings (source
Vietnamese; ``resources/i18n/kiemphieu_en.qm`` holds the English); what comes from below the
window (errors, checks, reasons, event kinds) is said through the catalogue with ``say`` and
``describe``. ``kiemphieu_vi.qm`` gives Qt's own dialogs and buttons Vietnamese words, which
Qt does not ship. The bundled fonts make every machine show and print alike.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import resources
from desktop.domain import words
from desktop.domain.ballot import BLANK, MULTIPLE, InvalidReason
from desktop.domain.words import Lang
from desktop.errors import DesktopError
from desktop.render.fonts import install_fonts

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_language = words.DEFAULT


def language() -> Lang:
    """The language the window speaks now."""
    return _language


def install_translator(lang: Lang) -> None:
    """Speak ``lang`` from now on: the catalogue's words and Qt's translators."""
    global _language
    _language = Lang(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if _language is Lang.VI
                               else QLocale.Language.English))
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    path = resources.path("i18n", f"kiemphieu_{_language.value}.qm")
    if translator.load(str(path)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("No translation file %s", path)


def say(code: str, /, **values: object) -> str:
    """The catalogue's words for ``code`` in the window's language."""
    return words.say(code, _language, **values)


def describe(error: DesktopError) -> str:
    """An error as the window shows it (beside its field, so without the field's name)."""
    return words.describe(error, _language)


def alone(error: DesktopError) -> str:
    """An error said on its own (a dialog's line, a message box): a sentence, capitalised,
    with its full stop."""
    text = describe(error)
    if not getattr(error, "file", None):  # a file's name is written as it is
        text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!", "…")) else text + "."


def what(error: DesktopError) -> str:
    """Only what is wrong, where the window already says which file it is about."""
    return words.say(error.code, _language, **error.values)


def reason(invalid: InvalidReason | None, note: str = "") -> str:
    """Why a whole ballot is invalid, with its note if it has one."""
    return words.invalid_reason(invalid, note, _language)


def state(mark: int, labels: tuple[str, ...]) -> str:
    """A row's state in words: its level's label, blank or several boxes."""
    if mark == BLANK:
        return say("state.blank")
    if mark == MULTIPLE:
        return say("state.multiple")
    return labels[mark - 1]


__all__ = ["alone", "describe", "install_fonts", "install_translator", "language", "reason", "say",
           "state", "what"]
