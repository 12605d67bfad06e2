"""Drawing without a window (the command line): a QGuiApplication, offscreen if need be,
for the chart files and the minutes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop.domain.audit import Event
from desktop.domain.minutes import MinutesData
from desktop.domain.snapshot import Snapshot
from desktop.domain.words import Lang
from desktop.render import export, fonts, minutes


def ensure_application() -> None:
    if QGuiApplication.instance() is None:
        if "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen is needed to draw a file
        QGuiApplication([sys.argv[0] if sys.argv else "kiemphieu"])
    fonts.install_fonts()


def write_chart(snapshot: Snapshot, png: Path | None, svg: Path | None, width: int,
                lang: Lang) -> list[Path]:
    ensure_application()
    written = []
    if png is not None:
        export.write_png(png, snapshot, width, lang)
        written.append(png)
    if svg is not None:
        export.write_svg(svg, snapshot, width, lang)
        written.append(svg)
    return written


def write_minutes(data: MinutesData, pdf: Path | None, odt: Path | None,
                  lang: Lang) -> list[tuple[Path, int]]:
    ensure_application()
    written = []
    if pdf is not None:
        written.append((pdf, minutes.write_pdf(pdf, data, lang)))
    if odt is not None:
        minutes.write_odt(odt, data, lang)
        written.append((odt, 0))
    return written


def write_log(data: MinutesData, events: list[Event], pdf: Path, lang: Lang) -> int:
    ensure_application()
    return minutes.write_log_pdf(pdf, data, events, lang)
