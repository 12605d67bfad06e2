"""An election's minutes from the command line: set up, keyed, closed and printed with
``kiemphieu minutes``, the PDF and the ODT saying who is elected, who is tied and what is left."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.main import main as cli


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = cli([str(a) for a in args])
    _, err = capsys.readouterr()
    return code, err


def test_an_election_is_closed_and_its_minutes_printed(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    candidates = tmp_path / "candidates.csv"
    candidates.write_text("name,title\n" + "".join(f"Nguyễn Văn {c},\n" for c in "ABCDE"),
                          encoding="utf-8")
    count = tmp_path / "e.kiemphieu"
    code, err = run(capsys, "new", count, "--rules", "party-190", "--title", "Bầu Ban Thường vụ",
                    "--officials", candidates, "--seats", 3, "--summoned", 12,
                    "--exclusion", "Sinh hoạt tạm thời nơi khác:2", "--present", 10,
                    "--issued", 10, "--collected", 10, "--committee", "Ngô Văn Chủ;chair")
    assert (code, err) == (0, "")
    for codes in ("11122", "11122", "11122", "11212", "11212", "12112", "12122", "11111",
                  "21222", "11222"):
        assert run(capsys, "add", count, codes)[0] == 0
    assert run(capsys, "close", count, "--ack", "invalid_over_3_percent:đã đối chiếu")[0] == 0
    pdf, odt = tmp_path / "m.pdf", tmp_path / "m.odt"
    code, err = run(capsys, "minutes", count, "--pdf", pdf, "--odt", odt)
    assert code == 0, err
    text = unicodedata.normalize("NFC", " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages))
    assert "BIÊN BẢN KIỂM PHIẾU BẦU CỬ" in text
    assert "Số không tính vào cơ số: 2 (Sinh hoạt tạm thời nơi khác: 2)" in text
    assert "để lại nhiều tên hơn số lượng cần bầu: 1" in text  # "11111" keeps five for three
    # of 10 (12 convened less 2): A 8, B 7, C 5, D 3: only A and B pass (2·v > 10)
    assert "Những người trúng cử (2/3)" in text
    assert "1. Nguyễn Văn A: 8 phiếu, đạt 80,00%" in text
    assert "2. Nguyễn Văn B: 7 phiếu, đạt 70,00%" in text
    assert "Còn 1 ghế chưa có người trúng cử" in text
    with zipfile.ZipFile(odt) as archive:
        assert "BIÊN BẢN KIỂM PHIẾU BẦU CỬ" in archive.read("content.xml").decode("utf-8")


def test_the_minutes_of_a_further_round_list_the_rounds_before_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    candidates = tmp_path / "candidates.csv"
    candidates.write_text("name,title\n" + "".join(f"Nguyễn Văn {c},\n" for c in "ABCDE"),
                          encoding="utf-8")
    first, second = tmp_path / "lan1.kiemphieu", tmp_path / "lan2.kiemphieu"
    assert run(capsys, "new", first, "--rules", "trade-union", "--title", "Bầu BCH",
               "--officials", candidates, "--seats", 2, "--collected", 5)[0] == 0
    for codes in ("11222", "12122", "11222", "12122", "21122"):  # A elected, B and C tied
        assert run(capsys, "add", first, codes)[0] == 0
    assert run(capsys, "close", first)[0] == 0
    assert run(capsys, "next-round", first, second, "--candidates", "2,3")[0] == 0
    assert run(capsys, "set", second, "--collected", 3)[0] == 0
    for codes in ("12", "12", "21"):
        assert run(capsys, "add", second, codes)[0] == 0
    assert run(capsys, "close", second)[0] == 0
    pdf = tmp_path / "m2.pdf"
    assert run(capsys, "minutes", second, "--pdf", pdf)[0] == 0
    text = unicodedata.normalize("NFC", " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages))
    assert "Lần bầu thứ 1 (tệp lan1.kiemphieu, dấu vân tay" in text
    assert "bầu 2 ghế; trúng cử: Nguyễn Văn A." in text
    assert "lần thứ 2" in text and "1. Nguyễn Văn B: 2 phiếu" in text


def test_a_long_place_wraps_before_the_date_never_inside_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The newcomer's walk: "Hội trường UBND xã, ngày 02 tháng 12 / năm 2026"."""
    from tests.render.pdf_read import spans

    candidates = tmp_path / "candidates.csv"
    candidates.write_text("name,title\nAn,\nBình,\nChi,\n", encoding="utf-8")
    count = tmp_path / "e.kiemphieu"
    assert run(capsys, "new", count, "--rules", "party-190", "--title", "Bầu BCH",
               "--officials", candidates, "--seats", 2, "--summoned", 5, "--collected", 1,
               "--place", "Hội trường UBND xã Tân Phú", "--date", "2026-12-02",
               "--body", "Đảng bộ xã Tân Phú")[0] == 0
    assert run(capsys, "add", count, "112")[0] == 0
    pdf = tmp_path / "m.pdf"
    assert run(capsys, "minutes", count, "--pdf", pdf)[0] == 0
    page_one = [s for s in spans(pdf) if s.page == 1]
    lines: dict[float, str] = {}
    for s in page_one:
        lines[s.y] = lines.get(s.y, "") + s.text
    joined = {y: unicodedata.normalize("NFC", " ".join(t.split())) for y, t in lines.items()}
    header = [t for y, t in joined.items() if y < 50]  # the opening says the date again
    assert any("ngày 02 tháng 12 năm 2026" in t for t in header), header
