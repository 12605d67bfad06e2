"""The minutes as ODT, read back: the zip's parts, the page and footer in styles.xml, the
tables and pictures in content.xml (test_odt_libreoffice opens it in LibreOffice)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument, QTextLength, QTextTable

from desktop.domain.audit import format_fingerprint
from desktop.domain.words import Lang, say
from desktop.render import minutes, odt, page_marks
from desktop.render.minutes_html import closing_text
from desktop.render.odt_content import Content
from desktop.services.count_service import CountService
from tests.render.odt_reading import (
    attr,
    make_count,
    mm,
    png_size,
    q,
    squeeze,
    styles_by_name,
    text_of,
    write,
)


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


def page_layouts(styles: ET.Element) -> list[ET.Element]:
    """Page 1's layout (no number atop) and the other pages' (the number centred atop)."""
    layouts = list(styles.iter(q("style:page-layout")))
    assert len(layouts) == 2
    masters = {m.get(q("style:name")): m for m in styles.iter(q("style:master-page"))}
    assert masters["First"].get(q("style:next-style-name")) == "Standard"
    numbered = masters["Standard"].find(f"{q('style:header')}//{q('text:page-number')}")
    assert numbered is not None
    assert masters["First"].find(f".//{q('style:header')}//{q('text:page-number')}") is None
    return layouts


def test_the_page_is_the_pdfs(closed: CountService, draft: CountService, folder: Path) -> None:
    for service, name in ((closed, "closed"), (draft, "draft")):
        parts = write(service, folder / f"page-{name}.odt")
        first, rest = page_layouts(parts["styles.xml"])
        # the body's first element opens page 1's master page
        content = parts["content.xml"]
        element = next(iter(content.iter(q("office:text"))))[0]
        style = next(x for x in content.iter(q("style:style"))
                     if x.get(q("style:name")) == element.get(q("table:style-name"))
                     or x.get(q("style:name")) == element.get(q("text:style-name")))
        assert style.get(q("style:master-page-name")) == "First"
        for layout, headed in ((first, name == "draft"), (rest, True)):
            _page_is_the_pdfs(layout, headed)


def _page_is_the_pdfs(layout: ET.Element, headed: bool) -> None:
    props = layout.find(q("style:page-layout-properties"))
    assert props is not None
    assert (mm(attr(props, "fo:page-width")), mm(attr(props, "fo:page-height"))) == (210, 297)
    assert attr(props, "style:print-orientation") == "portrait"
    assert mm(attr(props, "fo:margin-left")) == page_marks.MARGINS_MM.left() == 30
    assert mm(attr(props, "fo:margin-right")) == page_marks.MARGINS_MM.right() == 15
    assert mm(attr(props, "fo:margin-bottom")) == page_marks.MARGINS_MM.bottom()
    header = layout.find(f"{q('style:header-style')}/{q('style:header-footer-properties')}")
    # the text starts 20 mm from the top, the draft mark (if any) in the margin above it
    top = mm(attr(props, "fo:margin-top"))
    if header is not None:
        top += mm(attr(header, "fo:min-height"))
    assert top == pytest.approx(page_marks.MARGINS_MM.top())
    assert (header is not None) == headed


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
