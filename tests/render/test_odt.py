"""The minutes as ODT, read back: the zip's parts, the page and footer in styles.xml, the
tables and pictures in content.xml; and, where LibreOffice is installed, the ODT converted to
PDF the way a committee opens it, compared with our own PDF."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from PySide6.QtGui import QTextDocument, QTextLength, QTextTable

from desktop.domain.audit import format_fingerprint
from desktop.domain.checks import Severity
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.rules import preset
from desktop.domain.words import Lang, say
from desktop.render import fonts, minutes, odt
from desktop.render.minutes_html import closing_text
from desktop.render.odt_content import Content
from desktop.services.count_service import CountService
from desktop.services.demo import demo_ballots

NS = {"office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
      "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
      "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
      "xlink": "http://www.w3.org/1999/xlink",
      "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
      "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0"}
COMMITTEE = (CommitteeMember("Ngô Văn Chủ", Role.CHAIR),
             CommitteeMember("Đặng Thị Phượng", Role.DEPUTY),
             CommitteeMember("Hà Thị Ủy", Role.MEMBER))
SOFFICE = shutil.which("soffice")


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    fonts.install_fonts()


def make_count(path: Path, officials: int, ballots: int, closed: bool) -> CountService:
    definition = CountDefinition(
        "Lấy phiếu tín nhiệm thử", preset("party-96"),
        tuple(Official(f"Nguyễn Văn Thử {i}", "Ủy viên Bộ Chính trị") for i in range(officials)),
        body="Ban Chấp hành Trung ương", sitting="Hội nghị lần thứ 10", place="Hà Nội",
        date="2026-11-28", committee=COMMITTEE)
    service = CountService.create(path, definition, Numbers(*(ballots,) * 5))
    service.record_many(demo_ballots(officials, ballots, seed=4))
    if closed:
        service.close_count([Acknowledgement(c.code, "Hà Thị Ủy", "đã đối chiếu")
                             for c in service.checks() if c.severity is Severity.WARNING])
    return service


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("odt")


@pytest.fixture(scope="module")
def draft(folder: Path, qapp: object) -> CountService:
    fonts.install_fonts()
    return make_count(folder / "draft.kiemphieu", 22, 60, closed=False)


@pytest.fixture(scope="module")
def closed(folder: Path, qapp: object) -> CountService:
    fonts.install_fonts()
    return make_count(folder / "closed.kiemphieu", 22, 60, closed=True)


def write(service: CountService, path: Path, lang: Lang = Lang.VI) -> dict[str, ET.Element]:
    minutes.write_odt(path, service.minutes_data(), lang)
    with zipfile.ZipFile(path) as book:
        return {name: ET.fromstring(book.read(name)) for name in book.namelist()
                if name.endswith(".xml")}


def mm(length: str) -> float:
    found = re.fullmatch(r"([-\d.]+)(mm|cm|pt|in)", length)
    assert found, length
    value, unit = found.groups()
    return float(value) * {"mm": 1, "cm": 10, "pt": 25.4 / 72, "in": 25.4}[unit]


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def attr(element: ET.Element, name: str) -> str:
    return element.get(q(name), "")


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def styles_by_name(*roots: ET.Element) -> dict[str, ET.Element]:
    """Styles by name, in a parsed part (qualified names) or as written (prefixed)."""
    return {s.get(q("style:name"), s.get("style:name", "")): s for r in roots
            for tag in (q("style:style"), "style:style") for s in r.iter(tag)}


def squeeze(text: str) -> str:
    """Text without its spaces (a PDF's text comes back with spaces between some letters)."""
    return re.sub(r"\s", "", unicodedata.normalize("NFC", text))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_package_is_what_odf_asks(draft: CountService, folder: Path) -> None:
    path = folder / "package.odt"
    parts = write(draft, path)
    with zipfile.ZipFile(path) as book:
        first = book.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert book.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        names = set(book.namelist())
    listed = {attr(e, "manifest:full-path") for e in parts["META-INF/manifest.xml"]}
    assert names - {"mimetype", "META-INF/manifest.xml"} <= listed
    # the bundled fonts go in, declared where the styles name them (a system font of the
    # same family never answers for them in LibreOffice)
    embedded = {n for n in names if n.startswith("Fonts/")}
    assert embedded and all(n.endswith(".ttf") for n in embedded)
    uris = {attr(u, "xlink:href") for u in parts["styles.xml"].iter(q("svg:font-face-uri"))}
    assert uris == embedded
    # LibreOffice reads its settings only where ooo: is declared (the set's name is a QName)
    with zipfile.ZipFile(path) as book:
        settings = book.read("settings.xml").decode()
    assert 'xmlns:ooo="http://openoffice.org/2004/office"' in settings
    items = {attr(i, "config:name"): i.text
             for i in parts["settings.xml"].iter(q("config:config-item"))}
    assert items == {"EmbedFonts": "true", "AddExternalLeading": "false",
                     "AddParaTableSpacing": "false"}


def page_layout(styles: ET.Element) -> ET.Element:
    layouts = list(styles.iter(q("style:page-layout")))
    assert len(layouts) == 1
    return layouts[0]


def test_the_page_is_the_pdfs(closed: CountService, draft: CountService, folder: Path) -> None:
    for service, name in ((closed, "closed"), (draft, "draft")):
        layout = page_layout(write(service, folder / f"page-{name}.odt")["styles.xml"])
        props = layout.find(q("style:page-layout-properties"))
        assert props is not None
        assert (mm(attr(props, "fo:page-width")), mm(attr(props, "fo:page-height"))) == (210, 297)
        assert attr(props, "style:print-orientation") == "portrait"
        assert mm(attr(props, "fo:margin-left")) == minutes.MARGINS_MM.left() == 30
        assert mm(attr(props, "fo:margin-right")) == minutes.MARGINS_MM.right() == 15
        assert mm(attr(props, "fo:margin-bottom")) == minutes.MARGINS_MM.bottom()
        header = layout.find(f"{q('style:header-style')}/{q('style:header-footer-properties')}")
        # the text starts 20 mm from the top, the draft mark (if any) in the margin above it
        top = mm(attr(props, "fo:margin-top"))
        if header is not None:
            top += mm(attr(header, "fo:min-height"))
        assert top == pytest.approx(minutes.MARGINS_MM.top())
        assert (header is not None) == (name == "draft")


def test_every_page_has_the_footer_and_a_draft_its_mark(draft: CountService,
                                                        closed: CountService,
                                                        folder: Path) -> None:
    for service, lang in ((draft, Lang.VI), (closed, Lang.EN)):
        styles = write(service, folder / f"footer-{lang.value}.odt", lang)["styles.xml"]
        master = next(styles.iter(q("style:master-page")))
        footer = master.find(q("style:footer"))
        assert footer is not None
        assert footer.find(f".//{q('text:page-number')}") is not None
        assert footer.find(f".//{q('text:page-count')}") is not None
        data = service.minutes_data()
        words = say("page.fingerprint", lang, fingerprint=format_fingerprint(data.fingerprint))
        assert text_of(footer) == (say("page.number", lang, page=1, pages=1) + words)
        header = master.find(q("style:header"))
        if data.draft:
            assert header is not None and text_of(header) == say("page.draft", lang)
        else:
            assert header is None
            assert say("page.draft", lang) not in ET.tostring(styles, "unicode")


def test_tables_keep_the_pdfs_columns_and_letters(draft: CountService, folder: Path) -> None:
    parts = write(draft, folder / "tables.odt")
    content = parts["content.xml"]
    styles = styles_by_name(content)
    raw = ET.tostring(content, "unicode")
    # Qt's writer raises the text of a top-aligned cell ("100%": printed at 58 %) and puts a
    # tab before every line break; neither is here
    assert 'text-position="100%"' not in raw and "0%" not in re.findall(r'position="[^"]*"', raw)
    assert not re.search(r"<text:tab\s*/>\s*<text:line-break", raw)
    text_width = 210 - 30 - 15

    def widths(table: ET.Element) -> list[float]:
        found = []
        for column in table.findall(q("table:table-column")):
            props = styles[attr(column, "table:style-name")].find(
                q("style:table-column-properties"))
            assert props is not None
            found.append(mm(attr(props, "style:column-width")))
        return found

    # every table as the PDF's document has it: its columns at the template's percentages
    # of the text's width (as Qt lays them out: a column too narrow for its longest word
    # takes a little from the others), its header rows (repeated on each page), and on every
    # row each column taken by a cell or by a covered cell under a span
    doc = minutes.build_document(draft.minutes_data(), Lang.VI)
    ours = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    body = next(content.iter(q("office:text")))
    theirs = [t for t in body if t.tag == q("table:table")]
    assert len(theirs) == len(ours) >= 3
    percent = QTextLength.Type.PercentageLength
    for mine, table in zip(ours, theirs, strict=True):
        columns = widths(table)
        assert len(columns) == mine.columns()
        shares = mine.format().columnWidthConstraints()
        if shares and all(c.type() == percent for c in shares):
            assert columns == pytest.approx([c.rawValue() / 100 * text_width for c in shares],
                                            abs=1.5)
        if mine.format().width().type() == percent:
            assert sum(columns) == pytest.approx(
                mine.format().width().rawValue() / 100 * text_width, abs=0.5)
        head = table.find(q("table:table-header-rows"))
        header_rows = 0 if head is None else len(head.findall(q("table:table-row")))
        assert header_rows == mine.format().headerRowCount()
        for row in table.iter(q("table:table-row")):
            assert len(row) == mine.columns()
    header = ours[0].format().columnWidthConstraints()  # the header's two halves, exactly
    assert widths(theirs[0]) == pytest.approx([c.rawValue() / 100 * text_width
                                               for c in header], abs=0.5)
    results = next(t for t in theirs if "Nguyễn Văn Thử 0" in text_of(t))
    assert results.find(q("table:table-header-rows")) is not None


def test_letter_sizes_are_the_pdfs(draft: CountService, folder: Path) -> None:
    """Every piece of text has the size and weight the PDF's document gives it."""
    doc = minutes.build_document(draft.minutes_data(), Lang.VI)
    expected = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if fragment.text().strip():
                cf = fragment.charFormat()
                expected.append((fragment.text().replace("\u2028", ""),
                                 f"{cf.fontPointSize():g}pt", cf.fontWeight() >= 600))
        block = block.next()
    content = write(draft, folder / "sizes.odt")["content.xml"]
    styles = styles_by_name(content)
    found = []
    for span in content.iter(q("text:span")):
        if not text_of(span).strip():
            continue
        props = styles[attr(span, "text:style-name")].find(q("style:text-properties"))
        assert props is not None
        found.append((text_of(span), attr(props, "fo:font-size"),
                      attr(props, "fo:font-weight") == "bold"))
    assert found == expected


def test_lengths_are_read_in_qts_units(qapp: object) -> None:
    """Qt lays out the space above and below a paragraph, and a table's padding and border,
    in 1/96 inch whatever the device; a paragraph's indent in the device's pixels (the
    PDF's reference resolution)."""
    doc = QTextDocument()
    dpi = minutes.REFERENCE_DPI
    doc.setHtml(f"<p style='margin-top: 24px; margin-bottom: 48px; margin-left: {dpi}px'>a</p>"
                "<table border='1' cellpadding='4'><tr><td>b</td></tr></table>")
    content = Content(doc, odt.page(), "")
    styles = styles_by_name(content.styles.element)
    paragraph = next(content.body.iter("text:p"))
    props = styles[paragraph.get("text:style-name", "")].find("style:paragraph-properties")
    assert props is not None
    assert mm(props.get("fo:margin-top", "")) == pytest.approx(24 * 25.4 / 96, abs=0.01)
    assert mm(props.get("fo:margin-bottom", "")) == pytest.approx(48 * 25.4 / 96, abs=0.01)
    assert mm(props.get("fo:margin-left", "")) == pytest.approx(25.4, abs=0.01)
    cell = next(content.body.iter("table:table-cell"))
    cell_props = styles[cell.get("table:style-name", "")].find("style:table-cell-properties")
    assert cell_props is not None
    assert cell_props.get("fo:border-top") == "0.75pt solid #808080"
    # the padding, and half the border ODF's neighbouring cells share and Qt's do not
    assert mm(cell_props.get("fo:padding-top", "")) == pytest.approx(4.5 * 25.4 / 96, abs=0.01)


def test_the_chart_keeps_its_proportions(folder: Path, qapp: object) -> None:
    """At the text's width, as tall as its own proportions say, one picture per annex page
    of the PDF (80 officials: the PDF's chart takes several pages)."""
    service = make_count(folder / "long.kiemphieu", 80, 6, closed=False)
    path = folder / "long.odt"
    content = write(service, path)["content.xml"]
    pdf = folder / "long.pdf"
    minutes.write_pdf(pdf, service.minutes_data(), Lang.VI)
    annex = squeeze(say("page.annex", Lang.VI))
    annex_pages = sum(annex in squeeze(p.extract_text() or "") for p in PdfReader(str(pdf)).pages)
    frames = list(content.iter(q("draw:frame")))
    assert annex_pages >= 2 and len(frames) == annex_pages
    page = odt.page()
    with zipfile.ZipFile(path) as book:
        for frame in frames:
            image = frame.find(q("draw:image"))
            assert image is not None
            width, height = png_size(book.read(attr(image, "xlink:href")))
            shown_w, shown_h = mm(attr(frame, "svg:width")), mm(attr(frame, "svg:height"))
            assert shown_w == pytest.approx(page.text_width, abs=0.01)
            assert shown_h / shown_w == pytest.approx(height / width, rel=0.005)  # no stretch
            assert shown_h < page.body_height


def test_the_signatures_stay_together(closed: CountService, folder: Path) -> None:
    content = write(closed, folder / "keep.odt")["content.xml"]
    styles = styles_by_name(content)
    body = next(content.iter(q("office:text")))
    items = list(body)
    closing = closing_text(closed.minutes_data(), Lang.VI)
    start = next(k for k, e in enumerate(items) if text_of(e) == closing)
    end = next(k for k, e in enumerate(items) if say("page.annex", Lang.VI) in text_of(e))
    block = items[start:end]
    assert any(e.tag == q("table:table") for e in block)
    for element in block[:-1]:
        if element.tag == q("text:p"):
            props = styles[attr(element, "text:style-name")].find(
                q("style:paragraph-properties"))
            assert props is not None and attr(props, "fo:keep-with-next") == "always"
        else:
            props = styles[attr(element, "table:style-name")].find(q("style:table-properties"))
            assert props is not None and attr(props, "fo:keep-with-next") == "always"
            assert attr(props, "style:may-break-between-rows") == "false"


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
            # a draft's mark in the top margin, above the text (whatever font LibreOffice
            # finds for its letters)
            marked = any(y < minutes.MARGINS_MM.top() for _, y, _ in found)
            assert marked == data.draft == any(y < minutes.MARGINS_MM.top() for _, y, _ in mine)
            # the same margins: the leftmost letter, the first and the last line
            assert min(x for x, _, _ in found) == pytest.approx(min(x for x, _, _ in mine),
                                                                abs=1.0)
            assert min(y for _, y, _ in found) == pytest.approx(min(y for _, y, _ in mine),
                                                                abs=2.5)
            assert max(y for _, y, _ in found) == pytest.approx(max(y for _, y, _ in mine),
                                                                abs=2.5)
