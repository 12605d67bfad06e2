"""Shared fixtures. Tests run offscreen; a test that uses ``qtbot`` is marked ``gui``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# No deadlines: a deadline is a timed assertion, and these machines are shared and noisy.
# Speed is measured by the benchmarks in tests/bench/, never asserted here.
settings.register_profile("kiemphieu", deadline=None)
settings.load_profile("kiemphieu")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True, scope="session")
def _isolated_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings and QStandardPaths point at a throw-away folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    # QStandardPaths' test mode keeps its files under ~/.qttest whatever XDG says: two test
    # runs at once would share one demo count (and one would wait on the other's lock)
    os.environ["HOME"] = str(home)
    from PySide6.QtCore import QCoreApplication, QStandardPaths
    from PySide6.QtWidgets import QApplication

    # one QApplication for the session: the command line, run in-process by the tests,
    # would otherwise create a bare QGuiApplication that widgets cannot use
    if QApplication.instance() is None:
        QApplication([])
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("KiemPhieuTests")
    QCoreApplication.setApplicationName("kiemphieu-tests")
    yield


@pytest.fixture
def count_path(tmp_path: Path) -> Path:
    return tmp_path / "count.kiemphieu"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A window with a half-keyed ballot asks before closing (a modal question): before
    pytest-qt closes a GUI test's windows, their forms are cleared, so that closing never
    waits for an answer."""
    if "qtbot" in getattr(item, "fixturenames", ()):
        from PySide6.QtWidgets import QApplication

        from desktop.ui.main_window import MainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.form.dirty:
                widget.form.clear()
    return (yield)


@pytest.fixture(autouse=True)
def _widgets_live_until_teardown(request: pytest.FixtureRequest) -> Iterator[None]:
    """qtbot.addWidget keeps only a weak reference: a window held by nothing else but a
    reference cycle (its own connections) could be collected by Python's GC at any moment,
    even while Qt paints it (a use-after-free, seen as a crash in QPainter). The widgets a
    test adds are held here until pytest-qt has closed them."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    qtbot = request.getfixturevalue("qtbot")
    held: list[object] = []
    add = qtbot.addWidget

    def add_and_hold(widget: object, *args: object, **kwargs: object) -> None:
        held.append(widget)
        add(widget, *args, **kwargs)

    qtbot.addWidget = add_and_hold
    yield
    held.clear()
