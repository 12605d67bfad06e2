"""Before the window: can Qt's X11 (xcb) platform plugin load on this Linux machine?

Qt's xcb plugin (``PySide6/Qt/plugins/platforms/libqxcb.so``) needs system libraries that the
PySide6 wheel does not carry. When one is missing Qt prints its own message and aborts the
interpreter (exit code 134) as the QApplication is built. ``problem()`` finds that out
beforehand, without Qt: it loads each library of ``LIBRARIES`` and then the plugin itself with
ctypes, and returns what to install, in Vietnamese and in English, or None.

The table is what a fresh Debian 12 (debootstrap --variant=minbase bookworm) lacks for the
plugin (``ldd`` on it) and for a window to open; README.md names the same packages in its one
``sudo apt-get install`` line, and tests/test_platform_check.py keeps the two alike.

Pure Python with no Qt import, so it is importable and testable without a display; it never
raises, and it does nothing on Windows or macOS, on Wayland, or on another QT_QPA_PLATFORM.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop.domain.words import Lang, say

# soname -> the Debian/Ubuntu package that ships it, in the order they are checked and named.
LIBRARIES: dict[str, str] = {
    # Qt Core
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    # Qt Gui
    "libdbus-1.so.3": "libdbus-1-3",
    "libfreetype.so.6": "libfreetype6",
    "libfontconfig.so.1": "libfontconfig1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    # the xcb platform plugin (libQt6XcbQpa.so.6)
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

# every package once, in table order: what README.md's install line names
PACKAGES: tuple[str, ...] = tuple(dict.fromkeys(LIBRARIES.values()))

PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")

# dlerror() names the file it could not find: "libxcb-icccm.so.4: cannot open shared object file"
_NOT_FOUND = re.compile(r"([^\s:]+\.so[0-9.]*): cannot open shared object file")


def _load(name: str) -> None:
    """Load one shared library (a soname or a path); raises OSError when it cannot."""
    ctypes.CDLL(name)


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will use its xcb plugin: Linux, no Wayland session, QT_QPA_PLATFORM unset
    or xcb."""
    env = os.environ if environ is None else environ
    if not (sys.platform if platform is None else platform).startswith("linux"):
        return False
    if env.get("WAYLAND_DISPLAY"):
        return False
    # "xcb", or "xcb:arguments"; a list "a;b" is tried in order, so its first entry decides
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    return chosen in ("", "xcb")


def plugin_path() -> Path | None:
    """The xcb plugin inside the installed PySide6, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / PLUGIN
        if path.is_file():
            return path
    return None


def _missing_name(error: OSError, tried: str) -> str:
    """The library that could not be found: the one named in the error, else the one tried."""
    found = _NOT_FOUND.search(str(error))
    return Path(found.group(1)).name if found else Path(tried).name


def missing_libraries() -> list[str]:
    """The sonames that do not load: those of the table, then any the plugin still lacks."""
    missing: list[str] = []
    for soname in LIBRARIES:
        try:
            _load(soname)
        except OSError as error:
            name = _missing_name(error, soname)
            if name not in missing:
                missing.append(name)
    if missing:  # the plugin would only fail on the same libraries
        return missing
    plugin = plugin_path()
    if plugin is not None:
        try:
            _load(str(plugin))
        except OSError as error:
            missing.append(_missing_name(error, str(plugin)))
    return missing


def install_command(sonames: Iterable[str]) -> str | None:
    """``sudo apt-get install …`` for the packages of the known sonames, in table order."""
    packages = dict.fromkeys(LIBRARIES[name] for name in sonames if name in LIBRARIES)
    return "sudo apt-get install " + " ".join(packages) if packages else None


def message(sonames: list[str]) -> str:
    """Two lines, the same sentence in Vietnamese and in English (the program cannot read
    its language setting before Qt loads)."""
    names = ", ".join(sonames)
    command = install_command(sonames)
    code = "platform.missing" if command is not None else "platform.missing_unknown"
    return "\n".join(say(code, lang, names=names, command=command) for lang in Lang)


def problem() -> str | None:
    """None when the window can open (or when this cannot tell), else what to install.

    Call it before the QApplication is built; it never raises.
    """
    try:
        if not uses_xcb():
            return None
        missing = missing_libraries()
        return message(missing) if missing else None
    except Exception:  # a check that fails says nothing rather than stop the program
        return None
