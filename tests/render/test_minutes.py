"""The minutes as printed: read the PDF back (pypdf) and find what a committee must see."""

import json
import sqlite3
import unicodedata
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from desktop.cli.main import main as cli
from desktop.domain import exports, xlsx
from desktop.domain.audit import format_fingerprint
from desktop.domain.ballot import InvalidReason
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import CommitteeMember, CountDefinition, Numbers, Official, Role
from desktop.domain.rules import preset
from desktop.domain.words import Lang
from desktop.render import minutes
from desktop.services.count_service import CountService

OFFICIALS = ("Trần Quốc Hưng", "Nguyễn Thị Thu Hà", "Đặng Quang Vinh")
COMMITTEE = (CommitteeMember("Ngô Văn Chủ", Role.CHAIR),
             CommitteeMember("Đặng Thị Phượng", Role.DEPUTY),
             CommitteeMember("Hà Thị Ủy", Role.MEMBER))


@pytest.fixture
def service(tmp_path: Path) -> CountService:
    definition = CountDefinition(
        "Lấy phiếu tín nhiệm thử", preset("party-96"),
        tuple(Official(n, "Ủy viên Bộ Chính trị") for n in OFFICIALS),
        body="Ban Chấp hành Trung ương", sitting="Hội nghị lần thứ 10", place="Hà Nội",
        date="2026-11-28", committee=COMMITTEE)
    s = CountService.create(tmp_path / "c.kiemphieu", definition, Numbers(10, 10, 9, 6, 6))
    for marks in ((1, 2, 3), (3, 3, 3), (3, 3, 1), (1, 1, 1), (10, 0, 1)):
        s.record_ballot(marks)
    s.record_invalid(InvalidReason.NAME_ADDED)
    return s


def pages_text(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", " ".join((p.extract_text() or "").split()))
            for p in PdfReader(str(path)).pages]


def close(service: CountService) -> None:
    service.close_count([Acknowledgement("invalid_over_3_percent", "Hà Thị Ủy",
                                         "đã đối chiếu từng phiếu với bản gốc")])


def test_the_closed_minutes_hold_every_figure(service: CountService, tmp_path: Path) -> None:
    close(service)
    pdf = tmp_path / "m.pdf"
    total = minutes.write_pdf(pdf, service.minutes_data(), Lang.VI)
    pages = pages_text(pdf)
    assert len(pages) == total
    text = " ".join(pages)
    assert "BIÊN BẢN KIỂM PHIẾU" in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    for name in (*OFFICIALS, *(m.name for m in COMMITTEE)):
        assert name in text, name
    # Trần Quốc Hưng: levels 1,3,3,1,x → 2 cao (33,33%), 0, 2 thấp (33,33%), 1 invalid row
    for result in service.minutes_data().snapshot.results:
        for count, pct in zip(result.counts, result.percents, strict=True):
            assert f"{pct:.2f}".replace(".", ",") in text
            assert str(count) in text
    assert "Tỷ lệ % tính trên tổng số phiếu thu về: 6." in text
    # the rule as it stands, the band between two thresholds of one level said whole
    assert "có trên 1/2 đến dưới 2/3 tổng số phiếu thu về đánh giá “Tín nhiệm thấp”" in text
    assert "có từ 2/3 tổng số phiếu thu về trở lên đánh giá “Tín nhiệm thấp”" in text
    assert "đã đối chiếu từng phiếu với bản gốc" in text and "Hà Thị Ủy" in text
    # the warning acknowledged is said in words, never by its code
    assert "Cảnh báo “Số phiếu không hợp lệ (1) vượt 3% số phiếu thu về (6).” được đồng chí " \
           "Hà Thị Ủy xác nhận" in text
    assert "invalid_over_3_percent" not in text and "_" not in text
    assert "T/M BAN KIỂM PHIẾU" in text and "Biên bản kết thúc vào hồi" in text
    assert "DỰ THẢO" not in text
    fingerprint = format_fingerprint(service.fingerprint())
    for number, page in enumerate(pages, start=1):
        assert f"Trang {number}/{total}" in page
        assert fingerprint in page


def test_a_draft_is_marked_on_every_page(service: CountService, tmp_path: Path) -> None:
    pdf = tmp_path / "draft.pdf"
    minutes.write_pdf(pdf, service.minutes_data(), Lang.VI)
    assert all("DỰ THẢO — chưa kết thúc kiểm phiếu" in page for page in pages_text(pdf))
    english = tmp_path / "en.pdf"
    minutes.write_pdf(english, service.minutes_data(), Lang.EN)
    text = " ".join(pages_text(english))
    assert "COUNTING MINUTES" in text and "33.33" in text and "DRAFT" in text


def test_pdf_printer_and_preview_paginate_alike(service: CountService, tmp_path: Path) -> None:
    data = service.minutes_data()
    pdf_pages = minutes.write_pdf(tmp_path / "a.pdf", data, Lang.VI)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "b.pdf"))
    printed = minutes.render(printer, data, Lang.VI)
    preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # must outlive the widget
    preview = QPrintPreviewWidget(preview_printer)
    preview.paintRequested.connect(lambda p: minutes.render(p, data, Lang.VI))
    preview.updatePreview()
    assert pdf_pages == printed == preview.pageCount() == len(PdfReader(str(tmp_path / "b.pdf"))
                                                              .pages)
    assert [p.split("Trang")[0][:200] for p in pages_text(tmp_path / "a.pdf")] == \
        [p.split("Trang")[0][:200] for p in pages_text(tmp_path / "b.pdf")]


def test_an_outside_edit_changes_the_fingerprint_and_fails_verify(
    service: CountService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    close(service)
    printed = service.minutes_data().fingerprint
    path = service.path
    service.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE marks SET state = 1 WHERE (ballot_id, official_id) = "
                 "(SELECT ballot_id, official_id FROM marks WHERE state = 3 LIMIT 1)")
    conn.commit()
    conn.close()
    reopened = CountService.open(path, read_only=True)
    assert reopened.minutes_data().fingerprint != printed  # the old printout no longer matches
    assert reopened.fingerprint() != printed
    reopened.close()
    assert cli(["verify", str(path)]) == 1
    assert "tệp ghi “1”, nhật ký ghi “3”." in capsys.readouterr().out


def test_odt_and_exports(service: CountService, tmp_path: Path) -> None:
    odt = tmp_path / "m.odt"
    minutes.write_odt(odt, service.minutes_data(), Lang.VI)
    with zipfile.ZipFile(odt) as book:
        content = book.read("content.xml").decode("utf-8")
        assert "table:table" in content and "Nguyễn Thị Thu Hà" in content
        assert any(n.startswith("Pictures/") for n in book.namelist())  # the chart
    data = service.minutes_data()
    csv = exports.results_csv(data, Lang.VI)
    assert csv.startswith("\ufeff".encode()) and "Trần Quốc Hưng".encode() in csv
    rows = xlsx.read_first_sheet(exports.results_xlsx(data, Lang.EN), "r.xlsx")
    table = next(k for k, row in enumerate(rows) if row[:1] == ["No."])
    assert rows[table + 1][:5] == ["1", "Trần Quốc Hưng", "Ủy viên Bộ Chính trị", "2", "33.33"]
    log = exports.parse_jsonl(exports.log_jsonl(service.events()))
    assert [e["kind"] for e in log][:2] == ["count_created", "ballot_recorded"]
    assert all(e["at"] is None for e in log if str(e["kind"]).startswith("ballot"))
    mixed = exports.parse_jsonl(exports.log_jsonl(service.events(), shuffle=3))
    # the same events, the ballot lines reordered and stripped of what orders them
    key = [json.dumps({"kind": e["kind"], "data": e["data"]}, sort_keys=True) for e in log]
    assert sorted(key) == sorted(json.dumps({"kind": e["kind"], "data": e["data"]},
                                            sort_keys=True) for e in mixed)
    assert key != [json.dumps({"kind": e["kind"], "data": e["data"]}, sort_keys=True)
                   for e in mixed]
    assert all(set(e) == {"kind", "at", "data"} for e in mixed if e["at"] is None)


def test_cells_that_look_like_formulas_are_escaped() -> None:
    assert exports.safe_cell("=SUM(A1)") == "'=SUM(A1)"
    assert exports.safe_cell("+84 912") == "'+84 912"
    assert exports.safe_cell("@cmd") == "'@cmd" and exports.safe_cell("-1") == "'-1"
    assert exports.safe_cell("Nguyễn") == "Nguyễn"


def test_the_printable_ballot_entry_log(service: CountService, tmp_path: Path) -> None:
    close(service)
    pdf = tmp_path / "log.pdf"
    total = minutes.write_log_pdf(pdf, service.minutes_data(), service.events(), Lang.VI)
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert len(pages) == total and "NHẬT KÝ NHẬP PHIẾU" in text
    assert "Nhập phiếu 1 123" in text and "Nhập phiếu 5 x01" in text
    assert "ghi thêm tên hoặc nội dung khác" in text and "Kết thúc kiểm phiếu" in text
    assert text.count("Nhập phiếu") == 6  # every ballot, none with a time
    fingerprint = format_fingerprint(service.fingerprint())
    assert all(fingerprint in page and f"Trang {i}/{total}" in page
               for i, page in enumerate(pages, start=1))
