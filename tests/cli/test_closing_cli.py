"""close, reopen, minutes, export from the command line."""

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """The command in English unless the test asks for a language (test_vietnamese_* do)."""
    argv = [str(a) for a in args]
    code = main(argv if "--lang" in argv else [*argv, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    officials = tmp_path / "o.csv"
    officials.write_text("name,title\nTrần Văn Ả,Ủy viên\nLê Thị Ỹ,Bí thư\n", encoding="utf-8")
    path = tmp_path / "c.kiemphieu"
    assert run(capsys, "new", path, "--rules", "party-96", "--title", "Thử", "--officials",
               officials, "--members", 10, "--summoned", 10, "--present", 9, "--issued", 9,
               "--collected", 4, "--committee", "Ngô Văn Chủ;chair")[0] == 0
    for codes in ("12", "33", "11"):
        assert run(capsys, "add", path, codes)[0] == 0
    return path


def test_close_needs_every_ballot_and_acknowledged_warnings(
    count: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "close", count)
    assert code == 2 and "the count cannot be closed: 3 ballots entered, 4 collected." in err
    code, _, err = run(capsys, "close", count, "--lang", "vi")  # one language, whole sentence
    assert err == ("kiemphieu close: trường checks: chưa thể kết thúc kiểm phiếu: Đã nhập 3 "
                   "phiếu, số phiếu thu về là 4.\n")
    assert run(capsys, "add", count, "--invalid", "name_added")[0] == 0  # 1 of 4: over 3 %
    code, _, err = run(capsys, "close", count)
    assert code == 2 and "invalid_over_3_percent" in err
    code, out, _ = run(capsys, "close", count, "--ack", "invalid_over_3_percent:đã đối chiếu")
    assert code == 2 and "[collected_far_below_issued] Ballots collected (4)" in _
    code, out, _ = run(capsys, "close", count, "--ack", "invalid_over_3_percent:đã đối chiếu",
                       "--ack", "collected_far_below_issued:5 đại biểu ra về giữa chừng")
    assert code == 0 and "closed at" in out
    # on the count's own clock, not an ISO time in UTC
    assert __import__("re").search(r"closed at \d\d:\d\d, \d{4}-\d\d-\d\d; fingerprint", out)
    code, _, err = run(capsys, "add", count, "11")
    assert code == 2 and "the count is closed" in err
    assert run(capsys, "set", count, "--present", 8)[0] == 2
    code, _, err = run(capsys, "reopen", count, "--reason", " ")
    assert code == 2 and "say why" in err
    assert run(capsys, "reopen", count, "--reason", "một phiếu bị đọc nhầm")[0] == 0
    assert run(capsys, "verify", count)[0] == 0


def test_minutes_and_exports(count: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    pdf, odt = tmp_path / "m.pdf", tmp_path / "m.odt"
    code, out, _ = run(capsys, "minutes", count, "--pdf", pdf, "--odt", odt, "--lang", "vi")
    assert code == 0 and "trang)" in out and odt.stat().st_size > 1000
    assert len(PdfReader(str(pdf)).pages) >= 2
    csv, book, log = tmp_path / "r.csv", tmp_path / "r.xlsx", tmp_path / "l.jsonl"
    assert run(capsys, "export", count, "--csv", csv, "--xlsx", book, "--log", log)[0] == 0
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
    events = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert run(capsys, "minutes", count)[0] == 2
    assert run(capsys, "export", count)[0] == 2
    code, _, err = run(capsys, "export", count, "--csv", tmp_path / "no" / "r.csv")
    assert code == 2 and "could not be written (no such file or folder)" in err
