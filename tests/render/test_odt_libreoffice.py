"""The minutes' ODT opened the way a committee opens it: LibreOffice converts it to PDF
(headless, a private profile), and its PDF is compared with ours: pages, page size, margins,
the footer and the draft mark on every page. Skipped where LibreOffice is not installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from desktop.domain.words import Lang, say
from desktop.render import minutes, page_marks
from desktop.services.count_service import CountService
from tests.render.odt_reading import squeeze

SOFFICE = shutil.which("soffice")


def page_lines(page: PageObject) -> list[tuple[float, float, str]]:
    """(x, y from the top, text) in mm of every piece of text on a page."""
    height = float(page.mediabox.height)
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x * 25.4 / 72, (height - y) * 25.4 / 72, text))

    page.extract_text(visitor_text=visit)
    return found


def lines(path: Path) -> list[list[tuple[float, float, str]]]:
    return [page_lines(page) for page in PdfReader(str(path)).pages]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed: the ODT "
                    "is not opened the way a committee opens it")
def test_libreoffice_prints_the_odt_like_our_pdf(draft: CountService, closed: CountService,
                                                 folder: Path) -> None:
    out = folder / "lo"
    out.mkdir()
    cases = []
    for service, lang in ((draft, Lang.VI), (closed, Lang.EN)):
        stem = f"m-{service.minutes_data().draft}-{lang.value}"
        minutes.write_odt(folder / f"{stem}.odt", service.minutes_data(), lang)
        ours = minutes.write_pdf(folder / f"{stem}.pdf", service.minutes_data(), lang)
        cases.append((stem, ours, service.minutes_data(), lang))
    subprocess.run([str(SOFFICE), f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    *(str(folder / f"{stem}.odt") for stem, *_ in cases)],
                   check=True, capture_output=True, timeout=180)
    for stem, ours, data, lang in cases:
        theirs = PdfReader(str(out / f"{stem}.pdf"))
        assert len(theirs.pages) == ours, stem
        for page in theirs.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) \
                == (595, 842)
        digits = data.fingerprint.upper()
        for number, (mine, found) in enumerate(zip(lines(folder / f"{stem}.pdf"),
                                                   lines(out / f"{stem}.pdf"), strict=True),
                                               start=1):
            text = squeeze("".join(t for _, _, t in found))
            assert digits in text, (stem, number)  # the fingerprint
            assert squeeze(say("page.number", lang, page=number, pages=ours)) in text
            # in the top margin: a draft's mark, and the page number from page 2 on
            top = page_marks.MARGINS_MM.top()
            for printed in (found, mine):
                atop = squeeze("".join(t for _, y, t in printed if y < top))
                assert (squeeze(say("page.draft", lang)) in atop) == data.draft, (stem, number)
                assert (str(number) in atop.replace(digits, "")) == (number > 1 or (
                    data.draft and str(number) in squeeze(say("page.draft", lang))))
            # the same margins: the leftmost letter, the first and the last line
            assert min(x for x, _, _ in found) == pytest.approx(min(x for x, _, _ in mine),
                                                                abs=1.0)
            assert min(y for _, y, _ in found if y >= top) == pytest.approx(
                min(y for _, y, _ in mine if y >= top), abs=2.5)
            assert max(y for _, y, _ in found) == pytest.approx(max(y for _, y, _ in mine),
                                                                abs=2.5)
