"""A document takes its name only once it is whole: a writer that fails (a full disk, a kill)
leaves the previous good file as it was, no 0-byte file and no temporary file, and the command
line says the file could not be written (an error exit) instead of "(2 pages)"."""

import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.domain.words import Lang
from desktop.errors import StorageError
from desktop.render import files, minutes
from desktop.services import demo
from desktop.services.count_service import CountService


@pytest.fixture
def count(tmp_path: Path, qapp: object) -> Path:
    demo.create_demo(tmp_path / "demo.kiemphieu").close()
    return tmp_path / "demo.kiemphieu"


def test_a_failing_writer_leaves_the_good_pdf_and_says_so(
        count: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "m.pdf"
    assert main(["minutes", str(count), "--pdf", str(pdf), "--lang", "en"]) == 0
    good = pdf.read_bytes()
    assert files.whole_pdf(pdf)
    capsys.readouterr()

    def full_disk(*_: object, **__: object) -> int:
        return 2  # paints nothing: the file is never finished, as on a full disk

    monkeypatch.setattr(minutes, "render", full_disk)
    assert main(["minutes", str(count), "--pdf", str(pdf), "--lang", "en"]) != 0
    out, err = capsys.readouterr()
    assert "could not be written (the file written is incomplete)" in out + err
    assert "pages" not in out
    assert pdf.read_bytes() == good  # the good copy is still there
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    def killed(*_: object, **__: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(minutes, "render", killed)
    with CountService.open(count, read_only=True) as service:
        data = service.minutes_data()
    with pytest.raises(KeyboardInterrupt):
        minutes.write_pdf(pdf, data, Lang.VI)
    assert pdf.read_bytes() == good and not list(tmp_path.glob(".*.part"))


def test_an_odt_that_is_not_whole_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "m.odt"
    target.write_bytes(b"the previous copy")
    with pytest.raises(StorageError) as caught, files.replaced(target, files.whole_zip) as tmp:
        tmp.write_bytes(b"PK\x03\x04 cut off")
    assert caught.value.code == "document_unwritable"
    assert target.read_bytes() == b"the previous copy"



@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limits")
def test_an_export_cut_short_by_a_full_disk_leaves_the_good_copy(
        count: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import resource
    import signal

    out = tmp_path / "log.jsonl"
    assert main(["export", str(count), "--log", str(out)]) == 0
    good = out.read_bytes()
    capsys.readouterr()
    limit = 32768 + 4096  # room for the read's -shm (32 KiB); the log's 50 KB do not fit
    assert len(good) > limit
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:  # the disk fills part-way through the new copy
        rc = main(["export", str(count), "--log", str(out)])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)
    err = capsys.readouterr().err
    assert rc == 2 and str(out) in err
    assert out.read_bytes() == good  # not a cut-off copy under the name
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
