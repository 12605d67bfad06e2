"""Reading the minutes' ODT back in tests: its parts parsed, lengths in mm, names with their
prefixes; and the counts the ODT tests print."""

from __future__ import annotations

import re
import struct
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from desktop.domain.checks import Severity
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.rules import preset
from desktop.domain.words import Lang
from desktop.render import minutes
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
