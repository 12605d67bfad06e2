"""The command line is a public interface: these tests pin its behaviour."""

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.domain import importers, xlsx
from desktop.domain.words import Lang, describe
from desktop.errors import ValidationError
from tests.domain import hostile_officials as hostile


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """The command in English unless the test asks for a language (test_vietnamese_* do)."""
    argv = [str(a) for a in args]
    code = main(argv if "--lang" in argv else [*argv, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def officials(tmp_path: Path) -> Path:
    path = tmp_path / "officials.csv"
    path.write_text("\ufeffname,title\nTrần Văn Ả,Ủy viên\nLê Thị Ỹ,Bí thư\nPhạm Ứ,\n",
                    encoding="utf-8")
    return path


@pytest.fixture
def count(tmp_path: Path, officials: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "c.kiemphieu"
    code, out, err = run(capsys, "new", path, "--rules", "party-96", "--title", "Thử",
                         "--officials", officials, "--members", 10, "--summoned", 10,
                         "--present", 9, "--issued", 9, "--collected", 6,
                         "--committee", "Ngô Văn Chủ;chair", "--committee", "Hà Thị Ủy")
    assert (code, err) == (0, "") and "3 officials" in out
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def results(capsys: pytest.CaptureFixture[str], path: Path) -> dict:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "results", path, "--format", "json", "--lang", "en")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_a_whole_count_from_the_command_line(
    count: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "add", count, "123")[:2] == (0, "ballot 1 saved (valid)\n")
    assert run(capsys, "add", count, "x0*", "--stack", "A")[0] == 0
    assert run(capsys, "add", count, "--invalid", "name_added")[1] == \
        "ballot 3 saved (invalid)\n"
    ballots = tmp_path / "b.csv"
    ballots.write_text("111\n333\ninvalid,other,torn\n", encoding="utf-8")
    assert run(capsys, "import", count, ballots)[1] == \
        "3 ballots saved (1 invalid), numbers 4–6\n"
    data = results(capsys, count)
    assert data["rules"] == "party-96" and data["base"] == {"kind": "collected", "value": 6}
    assert data["ballots"] == {"entered": 6, "valid": 4, "invalid": 2, "voided": 0}
    first = data["officials"][0]
    assert first == {
        "position": 1, "name": "Trần Văn Ả", "title": "Ủy viên",
        "counts": {"1": 2, "2": 0, "3": 1, "blank": 0, "multiple": 1}, "base": 6,
        "percent": {"1": "33.33", "2": "0.00", "3": "16.67"}, "flags": []}
    assert data["officials"][2]["counts"] == {"1": 1, "2": 0, "3": 2, "blank": 0, "multiple": 1}
    assert data["checks"] == [
        {"code": "collected_far_below_issued", "severity": "warning",
         "message": "Ballots collected (6) are far fewer than ballots issued (9): 3 were not "
                    "collected. Check both numbers."},
        {"code": "invalid_over_3_percent", "severity": "warning",
         "message": "Invalid ballots (2) exceed 3% of those collected (6)."}]
    code, out, _ = run(capsys, "verify", count)
    assert code == 0 and out.startswith(f"{count}: intact; fingerprint ")
    assert out.split("fingerprint ")[1].replace(" ", "").strip().lower() == data["fingerprint"]
    code, out, _ = run(capsys, "results", count, "--lang", "vi")
    assert "Tỷ lệ % tính trên tổng số phiếu thu về: 6." in out and "33,33" in out
    code, out, _ = run(capsys, "results", count, "--format", "csv", "--lang", "en")
    assert out.splitlines()[1] == "1,Trần Văn Ả,2,33.33,0,0.00,1,16.67,0,1,"
    assert run(capsys, "set", count, "--collected", 7)[1].endswith("collected=7\n")


@pytest.mark.parametrize(("args", "message"), [
    (["add", "{c}", "12"], "field CODES: expected 3 characters"),
    (["add", "{c}", "124"], "character 3 is “4”"),
    (["add", "{c}"], "give either CODES or --invalid"),
    (["add", "{c}", "--invalid", "smudged"], "unknown invalid-ballot reason"),
    (["add", "{c}", "--invalid", "other"], "needs a note"),
    (["set", "{c}", "--collected", "10"],
     "field collected: Ballots collected (10) cannot exceed ballots issued (9)"),
    (["set", "{c}"], "give at least one of"),
    (["set", "{c}", "--present", "-3"], "from 0 to"),
])
def test_bad_input_exits_2_and_writes_nothing(
    count: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = digest(count)
    code, out, err = run(capsys, *[a.format(c=count) for a in args])
    assert code == 2 and out == "" and message in err and "Traceback" not in err
    assert digest(count) == before


def test_an_import_with_one_bad_line_saves_nothing(
    count: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ballots = tmp_path / "b.csv"
    ballots.write_text("111\n222\n2x\n", encoding="utf-8")
    before = digest(count)
    code, _, err = run(capsys, "import", count, ballots)
    assert code == 2
    assert err == (f"kiemphieu import: {ballots}, line 3, field CODES: expected 3 characters "
                   "(one per official on the ballot), got 2\n")
    assert digest(count) == before
    ballots.write_text("111\n" * 7, encoding="utf-8")  # more than the 6 collected
    code, _, err = run(capsys, "import", count, ballots)
    assert code == 2 and "7 more would be too many" in err and digest(count) == before


def test_new_refuses_bad_input_and_writes_no_file(
    tmp_path: Path, officials: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "n.kiemphieu"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,title\nA,B\n,C\n", encoding="utf-8")
    cases = [
        (["--rules", "party-96", "--title", "T", "--officials", bad], f"{bad}, line 3, field name"),
        (["--rules", "custom", "--title", "T", "--officials", officials], "needs --levels"),
        (["--rules", "party-96", "--title", " ", "--officials", officials], "needs a title"),
        (["--rules", "party-96", "--title", "T", "--officials", officials,
          "--present", 5, "--summoned", 4], "Present (5) cannot exceed summoned (4)"),
        (["--rules", "party-96", "--title", "T", "--officials", tmp_path / "none.csv"],
         "cannot be read"),
        (["--rules", "party-96", "--title", "T", "--officials", officials, "--levels", "A,B"],
         "go with --rules custom"),
    ]
    for args, message in cases:
        code, _, err = run(capsys, "new", target, *args)
        assert code == 2 and message in err, err
        assert not target.exists()


def test_custom_rules(tmp_path: Path, officials: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "c.kiemphieu"
    code, _, err = run(capsys, "new", path, "--rules", "custom", "--title", "Biểu quyết",
                       "--officials", officials, "--levels", "Đồng ý,Không đồng ý",
                       "--base", "present", "--present", 4, "--threshold", "2>1/2:không đạt")
    assert code == 0, err
    for codes in ("222", "212", "211"):
        run(capsys, "add", path, codes)
    data = results(capsys, path)
    assert data["base"] == {"kind": "present", "value": 4}
    assert [o["flags"] for o in data["officials"]] == [["threshold_1"], [], []]
    assert [o["percent"]["2"] for o in data["officials"]] == ["75.00", "25.00", "50.00"]


def test_results_on_a_file_that_is_not_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    code, _, err = run(capsys, "results", path)
    assert code == 2 and err == "kiemphieu results: notes.txt is not a counting file " \
        "(it is not an SQLite database)\n"
    code, _, err = run(capsys, "results", path, "--lang", "vi")
    assert code == 2 and err == "kiemphieu results: notes.txt không phải tệp kiểm phiếu " \
        "(không phải cơ sở dữ liệu SQLite)\n"


def test_verify_reports_tampering_with_exit_1(
    count: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "add", count, "123")
    conn = sqlite3.connect(count)
    conn.execute("UPDATE marks SET state = 1")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "verify", count)
    assert code == 1
    assert out.splitlines() == [
        f"{count}: Ballot 1, official 2 (Lê Thị Ỹ): the file says “1”, the log says “2”.",
        f"{count}: Ballot 1, official 3 (Phạm Ứ): the file says “1”, the log says “3”."]


def test_the_installed_command_and_demo(tmp_path: Path) -> None:
    path = tmp_path / "demo.kiemphieu"
    done = subprocess.run([sys.executable, "-m", "desktop", "demo", str(path)],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    # Vietnamese unless told otherwise, argparse's own words included
    assert done.returncode == 0 and "cuộc kiểm phiếu mẫu có 150 phiếu" in done.stdout
    done = subprocess.run([sys.executable, "-m", "desktop", "verify", str(path)],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0 and "nguyên vẹn; dấu vân tay" in done.stdout
    done = subprocess.run([sys.executable, "-m", "desktop", "results", str(path), "--nope"],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 2 and "không hiểu các đối số: --nope" in done.stderr
    assert "cách dùng: kiemphieu" in done.stderr and "usage" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "desktop", "results", str(path), "--nope",
                           "--lang", "en"],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 2 and "unrecognized arguments: --nope" in done.stderr


def test_new_takes_the_officials_from_an_xlsx_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[list[str | int]] = [["Họ và tên", "Chức vụ"], ["Đỗ Văn Một", "Ủy viên"],
                                   ["Võ Thị Hai", ""], ["Bùi Ba", "Bí thư"]]
    book = tmp_path / "ds.xlsx"
    book.write_bytes(xlsx.write_workbook(rows))
    named_csv = tmp_path / "saved-as.csv"  # a workbook whatever its name says
    named_csv.write_bytes(book.read_bytes())
    for source in (book, named_csv):
        target = tmp_path / f"{source.stem}.kiemphieu"
        code, out, err = run(capsys, "new", target, "--rules", "party-96", "--title", "T",
                             "--officials", source)
        assert (code, err) == (0, "") and "3 officials" in out
        assert [o["name"] for o in results(capsys, target)["officials"]] == [
            "Đỗ Văn Một", "Võ Thị Hai", "Bùi Ba"]


def test_new_refuses_a_spreadsheet_it_cannot_read_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "n.kiemphieu"
    cases = {
        "text.xlsx": (b"name,title\nA,B\n", "text.xlsx: the file is not an .xlsx workbook"),
        "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
                    "old.xls: the file is an old Excel workbook (.xls); save it as .xlsx"),
        "sheet.ods": (b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis."
                      b"opendocument.spreadsheet", "sheet.ods: the file is an OpenDocument"),
        "broken.xlsx": (b"PK\x03\x04 broken", "broken.xlsx: the file is not an .xlsx"),
    }
    for name, (data, message) in cases.items():
        source = tmp_path / name
        source.write_bytes(data)
        code, _, err = run(capsys, "new", target, "--rules", "party-96", "--title", "T",
                           "--officials", source)
        assert code == 2 and f"{tmp_path}/{message}" in err, err
        assert "Traceback" not in err and not target.exists()
    with pytest.raises(SystemExit):
        main(["new", "--help", "--lang", "en"])
    assert "--officials CSV|XLSX" in capsys.readouterr().out


@pytest.mark.parametrize("case", [c for c in hostile.CASES if c.name in (
    "column ZZZZZZ", "shared-strings bomb", "encrypted member", "unterminated quote",
    "right-to-left override", "200,000-character cell", "file too large")],
    ids=lambda c: c.name)
def test_new_refuses_a_hostile_officials_file_with_its_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: hostile.Case
) -> None:
    source = tmp_path / case.file
    source.write_bytes(case.build())
    target = tmp_path / "n.kiemphieu"
    with pytest.raises(ValidationError) as info:
        importers.parse_officials_file(source.read_bytes(), str(source))
    error = info.value
    assert error.code == case.code
    for lang in Lang:
        code, out, err = run(capsys, "new", target, "--rules", "party-96", "--title", "T",
                             "--officials", source, "--lang", lang.value)
        assert (code, out) == (2, "") and not target.exists()
        assert err == f"kiemphieu new: {describe(error, lang, fields=True)}\n", err


def test_the_terminal_gets_the_sentence_alone_not_the_programs_english_log(
        count: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-m", "desktop", "backup", str(count),
                          str(tmp_path / "missing" / "x.kiemphieu")],
                         capture_output=True, text=True, cwd=root, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(root), "TMPDIR": str(tmp_path),
                              "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 2
    assert run.stderr.splitlines() == ["kiemphieu backup: không mở được x.kiemphieu (thiếu "
                                       "thư mục hoặc không có quyền)"], run.stderr
    # the program's own log line is kept, in the log file, for whoever looks into it
    assert "unable to open database file" in (tmp_path / "kiemphieu.log").read_text("utf-8")
