"""The bundled Liberation fonts (SIL OFL): every machine shows and prints the same letters."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from desktop import resources

log = logging.getLogger(__name__)
_loaded: list[str] = []


def install_fonts() -> list[str]:
    """Load the fonts once (a QGuiApplication must exist); returns the families."""
    if _loaded:
        return list(_loaded)
    for font in sorted(resources.path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.warning("Font %s could not be loaded", font)
        else:
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_loaded)
