"""Languages and fonts: Vietnamese by default, English second, through Qt Linguist files.

The source strings in the code are Vietnamese; ``resources/i18n/kiemphieu_en.qm`` holds the
English. ``kiemphieu_vi.qm`` gives Qt's own buttons (OK, Cancel, Yes, No …) Vietnamese words,
which Qt does not ship. The bundled Liberation fonts make every machine show and print alike.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop import resources
from desktop.render.fonts import install_fonts

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def install_translator(lang: str) -> None:
    """Replace the application's translators with those of ``lang``."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = QTranslator(app)
    path = resources.path("i18n", f"kiemphieu_{lang}.qm")
    if translator.load(str(path)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("No translation file %s", path)


__all__ = ["LANGUAGES", "install_fonts", "install_translator"]
