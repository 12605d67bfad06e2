"""What the parts of the minutes share: escaping, the catalogue's words, lengths in device
pixels, the count's own dates and times, the width of a line of text."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtGui import QFont, QFontMetricsF

from desktop.domain import clock
from desktop.domain.minutes import MinutesData, date_words
from desktop.domain.words import Lang, say
from desktop.render import fonts


def e(text: object) -> str:
    return html.escape(str(text))


def w(code: str, lang: Lang, **values: object) -> str:
    """The catalogue's words, escaped for HTML (values are filled in before escaping)."""
    return e(say(code, lang, **values))


def para(inner: str, css: str = "") -> str:
    """A body paragraph: justified, the template's spacing."""
    style = f" style='{css}'" if css else ""
    return f"<p align='justify'{style}>{inner}</p>"


@dataclass(frozen=True)
class Units:
    """Lengths in the two pixels Qt's text layout uses: top and bottom margins and cell
    paddings are CSS pixels (1/96 inch) that Qt scales to the device; a first-line indent,
    a left or right margin and a rule's width are taken as pixels of the device itself
    (``device_dpi``), as tests/render/test_minutes_format.py measures."""

    device_dpi: float = 96

    def pt(self, points: float) -> int:
        return round(points * 96 / 72)

    def mm(self, millimetres: float) -> int:
        return round(millimetres * 96 / 25.4)

    def device_pt(self, points: float) -> int:
        return round(points * self.device_dpi / 72)

    def device_mm(self, millimetres: float) -> int:
        return round(millimetres * self.device_dpi / 25.4)

    def text_width(self, text: str, points: float, bold: bool = False) -> int:
        """How long ``text`` runs in the serif at ``points``, in device pixels: a drawn
        rule's length."""
        font = QFont(fonts.SERIF)
        font.setPixelSize(max(self.device_pt(points), 1))
        font.setBold(bold)
        return round(QFontMetricsF(font).horizontalAdvance(text))


def local(data: MinutesData, iso: str | None) -> datetime | None:
    """A stored time on the count's own clock."""
    return clock.local(iso, data.snapshot.definition.timezone)


def clock_words(when: datetime | None, lang: Lang) -> str:
    if when is None:
        return say("minutes.no_clock", lang)
    return say("minutes.clock", lang, hour=when.hour, minute=when.minute)


def moment(when: datetime | None, lang: Lang) -> str:
    """"16 giờ 25 phút, ngày 28 tháng 11 năm 2026"."""
    return say("minutes.time", lang, clock=clock_words(when, lang),
               date=date_words(when.date() if when else None, lang))


# the rows that start a new page, per table (told apart by their number of columns), each
# row named by the text of its first cell: a row Qt would split across two pages instead
# ends its table there, and the rest follows on the next page under the repeated header
Breaks = dict[int, frozenset[str]]


def paged_table(open_tag: str, head: str, rows: list[tuple[str, str]],
                starts: frozenset[str] = frozenset()) -> str:
    """``<table …><thead>head</thead>`` with ``rows`` ((first cell, row html)); a new table
    on a new page before each row named in ``starts``."""
    tables: list[list[str]] = [[]]
    for key, row in rows:
        if key in starts and tables[-1]:
            tables.append([])
        tables[-1].append(row)
    paged = open_tag.replace("<table", "<table style='page-break-before: always;'", 1)
    return "".join(f"{open_tag if k == 0 else paged}<thead>{head}</thead><tbody>"
                   f"{''.join(chunk)}</tbody></table>" for k, chunk in enumerate(tables))
