"""The ODT package around the minutes' text: the page (A4, the PDF's margins), the footer on
every page with "Trang x/y" as fields and the fingerprint, the draft mark in the header, the
bundled fonts embedded, and the zip itself (``mimetype`` first and stored, as ODF requires).
"""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop import resources
from desktop.render import files
from desktop.render.odt_styles import mm, root, serialise, sub

MIMETYPE = "application/vnd.oasis.opendocument.text"
DRAFT_RED = "#B00020"
FOOTER_PT = 9.0  # the PDF's footer letters (3.2 mm)
DRAFT_PT = 11.0  # the PDF's draft mark (4 mm)


@dataclass(frozen=True)
class Page:
    """The PDF's page in mm: the body sits where the PDF's text does, the footer in the band
    the PDF paints it in, the draft mark in the top margin."""

    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float
    footer: float  # the band above the bottom margin that holds the footer

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def body_height(self) -> float:
        return self.height - self.top - self.bottom - self.footer


@dataclass(frozen=True)
class Decoration:
    """What every page carries: the footer's two halves and, for a draft, the mark. The page
    number's words are split around the two fields: (before, between, after)."""

    number: tuple[str, str, str]
    fingerprint: str
    draft: str | None
    language: str  # "vi" or "en"


@dataclass(frozen=True)
class Font:
    family: str
    file: Path


def bundled_fonts(families: set[str]) -> list[Font]:
    """The bundled TrueType files of these families (by the name inside each file)."""
    found = []
    for path in sorted(resources.path("fonts").glob("*.ttf")):
        family = ttf_family(path.read_bytes())
        if family in families:
            found.append(Font(family, path))
    return found


def _tables(data: bytes) -> dict[bytes, int]:
    """Where each table of a TrueType file starts."""
    (count,) = struct.unpack_from(">H", data, 4)
    return {tag: offset for tag, _, offset, _ in
            (struct.unpack_from(">4sIII", data, 12 + 16 * k) for k in range(count))}


def ttf_family(data: bytes) -> str | None:
    """The family name (name ID 1, Windows Unicode) of a TrueType file."""
    try:
        offset = _tables(data)[b"name"]
        _, count, strings = struct.unpack_from(">HHH", data, offset)
        for r in range(count):
            platform, _, _, name_id, length, start = struct.unpack_from(
                ">HHHHHH", data, offset + 6 + 12 * r)
            if platform == 3 and name_id == 1:
                at = offset + strings + start
                return data[at:at + length].decode("utf-16-be")
    except (KeyError, struct.error, UnicodeDecodeError):
        return None
    return None


def font_faces(parent: ET.Element, families: list[str], fonts: list[Font]) -> None:
    """Declare every family; with ``fonts`` the files go in too: LibreOffice loads them for
    this document where the machine has no font of that family (an installed font of the
    same name wins, which is why the bundled fonts need a name of their own)."""
    decls = sub(parent, "office:font-face-decls")
    for family in families:
        face = sub(decls, "style:font-face", {
            "style:name": family, "svg:font-family": f"'{family}'",
            "style:font-family-generic": "roman", "style:font-pitch": "variable"})
        files = [f for f in fonts if f.family == family]
        if files:
            src = sub(face, "svg:font-face-src")
            for f in files:
                uri = sub(src, "svg:font-face-uri", {"xlink:href": f"Fonts/{f.file.name}",
                                                     "xlink:type": "simple"})
                sub(uri, "svg:font-face-format", {"svg:string": "truetype"})


def styles_xml(page: Page, deco: Decoration, families: list[str], family: str,
               size_pt: float, fonts: list[Font]) -> bytes:
    """The page, its header and footer, and the default letters (``family`` at ``size_pt``,
    the document's default font); ``families`` are all the document uses."""
    doc = root("office:document-styles")
    font_faces(doc, families, fonts)
    styles = sub(doc, "office:styles")
    default = sub(styles, "style:default-style", {"style:family": "paragraph"})
    sub(default, "style:paragraph-properties", {
        "fo:margin-top": "0mm", "fo:margin-bottom": "0mm", "fo:orphans": "2", "fo:widows": "2",
        "style:tab-stop-distance": "12.5mm", "style:writing-mode": "lr-tb"})
    country = "VN" if deco.language == "vi" else "GB"
    sub(default, "style:text-properties", {
        "style:font-name": family, "fo:font-size": f"{size_pt:g}pt",
        "fo:language": deco.language, "fo:country": country, "fo:hyphenate": "false"})
    sub(styles, "style:style", {"style:name": "Standard", "style:family": "paragraph",
                                "style:class": "text"})
    for name in ("Header", "Footer"):
        sub(styles, "style:style", {"style:name": name, "style:family": "paragraph",
                                    "style:parent-style-name": "Standard",
                                    "style:class": "extra"})
    automatic = sub(doc, "office:automatic-styles")
    drafted = deco.draft is not None
    _page_layout(automatic, "pm1", page, DRAFT_BAND if drafted else 0)  # page 1: no number
    # the others: the page number centred atop, under the draft mark if there is one
    _page_layout(automatic, "pm2", page, DRAFT_BAND + (NUMBER_BAND if drafted else 0))
    footer_style = sub(automatic, "style:style", {
        "style:name": "MP1", "style:family": "paragraph", "style:parent-style-name": "Footer"})
    props = sub(footer_style, "style:paragraph-properties", {
        "fo:border-top": "0.5pt solid #000000", "fo:padding-top": "0.8mm",
        "fo:border-bottom": "none", "fo:border-left": "none", "fo:border-right": "none"})
    stops = sub(props, "style:tab-stops")
    sub(stops, "style:tab-stop", {"style:position": mm(page.text_width), "style:type": "right"})
    sub(footer_style, "style:text-properties", {"fo:font-size": f"{FOOTER_PT:g}pt"})
    draft_style = sub(automatic, "style:style", {
        "style:name": "MP2", "style:family": "paragraph", "style:parent-style-name": "Header"})
    sub(draft_style, "style:paragraph-properties", {"fo:text-align": "center",
                                                    "fo:margin-top": "1mm"})
    sub(draft_style, "style:text-properties", {
        "fo:font-size": f"{DRAFT_PT:g}pt", "fo:font-weight": "bold", "fo:color": DRAFT_RED})
    number_style = sub(automatic, "style:style", {
        "style:name": "MP3", "style:family": "paragraph", "style:parent-style-name": "Header"})
    sub(number_style, "style:paragraph-properties", {"fo:text-align": "center"})
    sub(number_style, "style:text-properties", {"fo:font-size": f"{PAGE_NUMBER_PT:g}pt"})
    masters = sub(doc, "office:master-styles")
    first = sub(masters, "style:master-page", {"style:name": FIRST_PAGE,
                                               "style:page-layout-name": "pm1",
                                               "style:next-style-name": "Standard"})
    rest = sub(masters, "style:master-page", {"style:name": "Standard",
                                              "style:page-layout-name": "pm2"})
    for master in (first, rest):
        header = sub(master, "style:header") if deco.draft is not None or master is rest \
            else None
        if header is not None and deco.draft is not None:
            sub(header, "text:p", {"text:style-name": "MP2"}, deco.draft)
        if header is not None and master is rest:
            sub(sub(header, "text:p", {"text:style-name": "MP3"}), "text:page-number",
                {"text:select-page": "current"}, "2")
        _footer(master, deco)
    return serialise(doc)


FIRST_PAGE = "First"  # the master page of page 1, which has no number atop (ND 30/2020)
PAGE_NUMBER_PT = 13.0


def _footer(master: ET.Element, deco: Decoration) -> None:
    line = sub(sub(master, "style:footer"), "text:p", {"text:style-name": "MP1"},
               deco.number[0])
    number = sub(line, "text:page-number", {"text:select-page": "current"}, "1")
    number.tail = deco.number[1]
    count = sub(line, "text:page-count", {}, "1")
    count.tail = deco.number[2]
    sub(line, "text:tab").tail = deco.fingerprint


DRAFT_BAND = 9.0  # mm: the PDF paints its draft mark from 9 mm above the text
HEADER_SPACING = 3.0  # mm between the draft mark and the text
FOOTER_SPACING = 0.4  # of the footer band, between the text and the footer's rule (the PDF's)


NUMBER_BAND = 5.5  # mm: a line of the page number (13 pt) in the header, below the mark


def _page_layout(parent: ET.Element, name: str, page: Page, band: float) -> None:
    """The body starts and ends where the PDF's does. With the draft mark in the header the
    page's top margin is what is left above the mark. A header's or footer's height includes
    its spacing from the body (LibreOffice reads fo:min-height so)."""
    layout = sub(parent, "style:page-layout", {"style:name": name})
    top = page.top - band
    sub(layout, "style:page-layout-properties", {
        "fo:page-width": mm(page.width), "fo:page-height": mm(page.height),
        "style:print-orientation": "portrait", "style:num-format": "1",
        "fo:margin-top": mm(top), "fo:margin-bottom": mm(page.bottom),
        "fo:margin-left": mm(page.left), "fo:margin-right": mm(page.right),
        "style:writing-mode": "lr-tb"})
    header = sub(layout, "style:header-style")
    if band:
        sub(header, "style:header-footer-properties", {
            "fo:min-height": mm(band), "fo:margin-bottom": mm(HEADER_SPACING),
            "fo:margin-left": "0mm", "fo:margin-right": "0mm"})
    sub(sub(layout, "style:footer-style"), "style:header-footer-properties", {
        "fo:min-height": mm(page.footer), "fo:margin-top": mm(page.footer * FOOTER_SPACING),
        "fo:margin-left": "0mm", "fo:margin-right": "0mm"})


def meta_xml(title: str, language: str) -> bytes:
    doc = root("office:document-meta")
    meta = sub(doc, "office:meta")
    sub(meta, "meta:generator", {}, "Kiểm Phiếu")
    sub(meta, "dc:title", {}, title)
    sub(meta, "dc:language", {}, language)
    return serialise(doc)


SETTINGS = (
    ("EmbedFonts", "true"),  # the fonts stay in when LibreOffice saves the document again
    # lines and paragraph spacing as Qt lays them out for the PDF: a line is the font's
    # ascent and descent without its line gap (13 pt: 5.08 mm, not 5.28), and between two
    # paragraphs the larger of their spacings, not the sum
    ("AddExternalLeading", "false"),
    ("AddParaTableSpacing", "false"),
)


def settings_xml() -> bytes:
    """LibreOffice's settings for the document (Word has none of these)."""
    doc = root("office:document-settings")
    items = sub(sub(doc, "office:settings"), "config:config-item-set",
                {"config:name": "ooo:configuration-settings"})
    for name, value in SETTINGS:
        sub(items, "config:config-item", {"config:name": name, "config:type": "boolean"},
            value)
    return serialise(doc)


def package(path: Path, parts: dict[str, bytes], media: dict[str, str]) -> None:
    """The zip: ``mimetype`` first and stored, then every part; ``media`` gives the media
    type of the parts that are not XML (pictures, fonts)."""
    manifest = ET.Element("manifest:manifest", {
        "xmlns:manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
        "manifest:version": "1.2"})
    sub(manifest, "manifest:file-entry", {"manifest:full-path": "/",
                                          "manifest:version": "1.2",
                                          "manifest:media-type": MIMETYPE})
    for name in parts:
        sub(manifest, "manifest:file-entry", {
            "manifest:full-path": name, "manifest:media-type": media.get(name, "text/xml")})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        for name, data in parts.items():
            book.writestr(name, data, zipfile.ZIP_DEFLATED)
        book.writestr("META-INF/manifest.xml", serialise(manifest), zipfile.ZIP_DEFLATED)
    with files.replaced(path, files.whole_zip) as tmp:  # built in memory, put in place whole
        tmp.write_bytes(out.getvalue())
