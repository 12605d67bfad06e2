"""The bundled fonts: Liberation 2.x (SIL OFL) renamed "Kiem Phieu Serif" / "Kiem Phieu Sans"
(scripts/rename_fonts.py says why and how), so every machine shows and prints the same letters.

A system font never answers for these names: Debian's fonts-liberation 1.x, which LibreOffice
brings and which has no Vietnamese letters, is called "Liberation Serif" and so cannot win.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from desktop import resources

log = logging.getLogger(__name__)
_loaded: list[str] = []

SERIF = "Kiem Phieu Serif"
SANS = "Kiem Phieu Sans"
FAMILIES = (SERIF, SANS)


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
