"""An outside edit of the counting file stops the count: it cannot be closed, and every page
of any document printed from it says that the file does not match its audit log."""

import sqlite3
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.main import main
from desktop.domain import exports, xlsx
from desktop.domain.words import Lang
from desktop.errors import StorageError
from desktop.render import minutes
from desktop.services import demo
from desktop.services.count_service import CountService

MARK = "TỆP KHÔNG KHỚP NHẬT KÝ KIỂM TOÁN"


def edit_outside(path: Path) -> None:
    """Three "thấp" made "cao", as a hand with a SQLite tool would."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE marks SET state = 1 WHERE (ballot_id, official_id) IN "
                 "(SELECT ballot_id, official_id FROM marks WHERE state = 3 LIMIT 3)")
    conn.commit()
    conn.close()


@pytest.fixture
def count(tmp_path: Path, qapp: object) -> Path:
    service = demo.create_demo(tmp_path / "demo.kiemphieu")
    service.set_numbers(collected=service.entered, issued=service.entered,
                        present=service.entered)
    service.close()
    return tmp_path / "demo.kiemphieu"


def pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def test_an_edited_count_cannot_be_closed(count: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    edit_outside(count)
    assert main(["close", str(count), "--lang", "en"]) != 0
    out, err = capsys.readouterr()
    assert "does not match its audit log" in out + err
    with CountService.open(count) as service:
        assert not service.closure.closed
        with pytest.raises(StorageError) as caught:
            service.close_count([])
        assert caught.value.code == "count_tampered"


def test_every_page_printed_from_an_edited_count_says_so(count: Path, tmp_path: Path) -> None:
    with CountService.open(count, read_only=True) as service:
        intact = service.minutes_data()
    assert not intact.tampered
    minutes.write_pdf(tmp_path / "intact.pdf", intact, Lang.VI)
    assert not any(MARK in page for page in pages(tmp_path / "intact.pdf"))
    edit_outside(count)
    with CountService.open(count, read_only=True) as service:
        data, events = service.minutes_data(), service.events()
    assert data.tampered
    for name, write in (("m.pdf", lambda p: minutes.write_pdf(p, data, Lang.VI)),
                        ("log.pdf", lambda p: minutes.write_log_pdf(p, data, events, Lang.VI))):
        write(tmp_path / name)
        assert all(MARK in page for page in pages(tmp_path / name)), name
    assert "KHÔNG KHỚP NHẬT KÝ KIỂM TOÁN" in exports.results_csv(data, Lang.VI).decode("utf-8")
    sheet = xlsx.read_first_sheet(exports.results_xlsx(data, Lang.VI), "r.xlsx")
    assert any(MARK in str(cell) for row in sheet for cell in row)
    minutes.write_odt(tmp_path / "m.odt", data, Lang.EN)
    with zipfile.ZipFile(tmp_path / "m.odt") as book:
        assert "THE FILE DOES NOT MATCH ITS AUDIT LOG" in book.read("styles.xml").decode()
