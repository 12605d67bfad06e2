"""Read a PDF back as a committee's reader would measure it: each run of text with its font,
its size in points and its place on the page in millimetres (pypdf's text visitor)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Span:
    page: int  # from 1
    text: str
    font: str  # the embedded font's name, subset tag removed
    size: float  # points, rounded to 0.1
    x: float  # mm from the left edge
    y: float  # mm from the top edge (the baseline)


def spans(path: Path) -> list[Span]:
    out: list[Span] = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        height = float(page.mediabox.height)

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  number: int = number, height: float = height) -> None:
            if not text.strip():
                return
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            scale = (tm[3] ** 2 + tm[2] ** 2) ** 0.5 * (cm[3] ** 2 + cm[2] ** 2) ** 0.5
            # the text position: tm then cm
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append(Span(number, unicodedata.normalize("NFC", " ".join(text.split())),
                            name.lstrip("/").split("+")[-1], round(size * scale, 1),
                            round(x / PT_PER_MM, 1), round((height - y) / PT_PER_MM, 1)))

        page.extract_text(visitor_text=visit)
    return out


def embedded_fonts(path: Path) -> set[str]:
    """The base names of every font any page uses (subset tags removed)."""
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts.get_object().values() if fonts else ()):
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
        for xobject in _xobjects(resources):
            names |= xobject
    return names


def _xobjects(resources: object) -> list[set[str]]:
    found = []
    objects = resources.get_object().get("/XObject") if resources else None  # type: ignore[attr-defined]
    for ref in (objects.get_object().values() if objects else ()):
        inner = ref.get_object().get("/Resources")
        fonts = inner.get_object().get("/Font") if inner else None
        if fonts:
            found.append({str(f.get_object()["/BaseFont"]).lstrip("/").split("+")[-1]
                          for f in fonts.get_object().values()})
    return found
