"""Starting the program on a machine that lacks a system library Qt needs: one sentence naming
what to install, exit code 1, instead of Qt's abort (rc 134) or an ImportError traceback."""

import sys

import pytest

from desktop import launch, platform_check


def test_the_window_is_not_attempted_when_the_xcb_plugin_cannot_load(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop import app

    monkeypatch.setattr(platform_check, "problem",
                        lambda: platform_check.message(["libxcb-icccm.so.4"]))
    built: list[object] = []
    monkeypatch.setattr(app, "QApplication", lambda *a: built.append(a))
    assert app.main(["--demo"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert built == [] and len(err) == 2
    assert err[0].startswith("Kiểm Phiếu không mở được cửa sổ") and "libxcb-icccm4" in err[0]
    assert err[1].startswith("Kiểm Phiếu cannot open its window")
    assert err[1].endswith("sudo apt-get install libxcb-icccm4")


def test_a_missing_library_of_qt_itself_is_said_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop

    monkeypatch.setitem(sys.modules, "desktop.app", None)  # importing it fails, as without glib
    monkeypatch.delattr(desktop, "app", raising=False)
    monkeypatch.setattr(platform_check, "missing_libraries", lambda: ["libglib-2.0.so.0"])
    assert launch.main([]) == 1
    err = capsys.readouterr().err
    assert "libglib2.0-0" in err and "Traceback" not in err


def test_the_command_line_goes_through_the_launcher(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        launch.main(["verify", "--help", "--lang", "en"])
    assert done.value.code == 0 and "usage: kiemphieu verify" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--help"], ["verify", "--help"]])
def test_the_help_reads_vietnamese_by_default(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        launch.main(argv)
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: kiemphieu")
    english = [w for w in ("usage", "show", "options", "Without", "counting file", "exit")
               if w in out]
    assert english == []
