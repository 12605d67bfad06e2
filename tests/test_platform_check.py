"""The start-up check for Qt's xcb plugin: no display and no Qt application needed."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import platform_check

README = Path(__file__).resolve().parents[1] / "README.md"


def _apt_packages(text: str) -> list[str]:
    """The packages of every ``sudo apt-get install …`` command in the text."""
    lines = re.findall(r"sudo apt-get install ((?:[a-z0-9][a-z0-9.+-]* ?)+)", text)
    assert len(lines) == 1, lines
    return str(lines[0]).split()


@pytest.fixture
def xcb(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A Linux X11 session: Qt would use the xcb plugin."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    return monkeypatch


def _fail_for(monkeypatch: pytest.MonkeyPatch, absent: set[str]) -> list[str]:
    """Every load succeeds except those of ``absent``; returns what was asked to load."""
    asked: list[str] = []

    def load(name: str) -> None:
        asked.append(name)
        if Path(name).name in absent:
            raise OSError(f"{Path(name).name}: cannot open shared object file: "
                          "No such file or directory")

    monkeypatch.setattr(platform_check, "_load", load)
    return asked


def test_missing_libraries_name_their_packages(xcb: pytest.MonkeyPatch) -> None:
    _fail_for(xcb, {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"})
    text = platform_check.problem()
    assert text is not None
    vietnamese, english = text.split("\n")
    assert vietnamese.startswith("Kiểm Phiếu không mở được cửa sổ")
    assert english.startswith("Kiểm Phiếu cannot open its window")
    for line in (vietnamese, english):
        assert "libxcb-icccm.so.4" in line and "libxcb-keysyms.so.1" in line
        assert line.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert _apt_packages(vietnamese) == ["libxcb-icccm4", "libxcb-keysyms1"]


def test_two_sonames_of_one_package_name_it_once(xcb: pytest.MonkeyPatch) -> None:
    _fail_for(xcb, {"libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-cursor.so.0"})
    text = platform_check.problem()
    assert text is not None
    assert _apt_packages(text.split("\n")[1]) == ["libglib2.0-0", "libxcb-cursor0"]


def test_a_missing_dependency_is_named_not_the_library_that_needs_it(
        xcb: pytest.MonkeyPatch) -> None:
    def load(name: str) -> None:
        if name in ("libxcb.so.1", "libxcb-icccm.so.4"):  # icccm is there, libxcb is not
            raise OSError("libxcb.so.1: cannot open shared object file: No such file or directory")

    xcb.setattr(platform_check, "_load", load)
    assert platform_check.missing_libraries() == ["libxcb.so.1"]


def test_the_plugin_is_loaded_last_from_pyside6(xcb: pytest.MonkeyPatch) -> None:
    asked = _fail_for(xcb, set())
    assert platform_check.problem() is None
    assert asked[:-1] == list(platform_check.LIBRARIES)
    plugin = Path(asked[-1])
    assert plugin.parts[-4:] == ("Qt", "plugins", "platforms", "libqxcb.so")
    assert plugin.is_file()


def test_a_library_only_the_plugin_lacks_is_named(xcb: pytest.MonkeyPatch) -> None:
    def load(name: str) -> None:
        if name.endswith("libqxcb.so"):
            raise OSError("libxcb-foo.so.9: cannot open shared object file: No such file")

    xcb.setattr(platform_check, "_load", load)
    text = platform_check.problem()
    assert text is not None
    assert "libxcb-foo.so.9" in text
    assert "apt-get" not in text  # no package known for it: no made-up command


def test_everything_loads_returns_none(xcb: pytest.MonkeyPatch) -> None:
    _fail_for(xcb, set())
    assert platform_check.problem() is None


@pytest.mark.parametrize("system", ["win32", "darwin", "cygwin"])
def test_other_systems_are_not_checked(xcb: pytest.MonkeyPatch, system: str) -> None:
    asked = _fail_for(xcb, set(platform_check.LIBRARIES))
    xcb.setattr(sys, "platform", system)
    assert platform_check.problem() is None
    assert asked == []


@pytest.mark.parametrize("value", ["offscreen", "wayland", "minimal", "wayland;xcb"])
def test_another_qt_platform_is_not_checked(xcb: pytest.MonkeyPatch, value: str) -> None:
    asked = _fail_for(xcb, set(platform_check.LIBRARIES))
    xcb.setenv("QT_QPA_PLATFORM", value)
    assert platform_check.problem() is None
    assert asked == []


@pytest.mark.parametrize("value", ["xcb", "XCB", "xcb:nograb", ""])
def test_xcb_chosen_by_name_is_checked(xcb: pytest.MonkeyPatch, value: str) -> None:
    _fail_for(xcb, {"libxcb-icccm.so.4"})
    xcb.setenv("QT_QPA_PLATFORM", value)
    assert platform_check.problem() is not None


def test_a_wayland_session_is_not_checked(xcb: pytest.MonkeyPatch) -> None:
    asked = _fail_for(xcb, set(platform_check.LIBRARIES))
    xcb.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert platform_check.problem() is None
    assert asked == []


def test_a_failing_check_says_nothing(xcb: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> None:
        raise RuntimeError("not an OSError")

    xcb.setattr(platform_check, "_load", broken)
    assert platform_check.problem() is None
    xcb.setattr(importlib.util, "find_spec", broken)
    _fail_for(xcb, set())
    assert platform_check.problem() is None


def test_no_pyside6_says_nothing_of_the_plugin(xcb: pytest.MonkeyPatch) -> None:
    asked = _fail_for(xcb, set())
    xcb.setattr(importlib.util, "find_spec", lambda name: None)
    assert platform_check.problem() is None
    assert asked == list(platform_check.LIBRARIES)


def test_readme_install_line_names_exactly_the_table() -> None:
    text = README.read_text(encoding="utf-8")
    first_section = text.split("\n## ", 1)[0]
    packages = _apt_packages(first_section)
    assert sorted(packages) == sorted(platform_check.PACKAGES)
    assert len(packages) == len(set(packages))
    assert _apt_packages(text) == packages  # and no other install line elsewhere


def test_importing_it_loads_no_qt() -> None:
    probe = "import sys, desktop.platform_check; print(sorted(m for m in sys.modules " \
            "if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    done = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                          text=True, cwd=README.parent)
    assert done.stdout.strip() == "[]"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                    reason="ldd on Linux")
def test_the_real_check_agrees_with_ldd(xcb: pytest.MonkeyPatch) -> None:
    """On this machine, with the real loader: the table's sonames that ldd does not find."""
    plugin = platform_check.plugin_path()
    assert plugin is not None
    done = subprocess.run(["ldd", str(plugin)], check=True, capture_output=True, text=True)
    not_found = {line.split()[0] for line in done.stdout.splitlines() if "not found" in line}
    expected = [name for name in platform_check.LIBRARIES if name in not_found]
    text = platform_check.problem()
    if not not_found:
        assert text is None
    else:
        assert text is not None
        named = platform_check.missing_libraries()
        assert [name for name in named if name in platform_check.LIBRARIES] == expected
