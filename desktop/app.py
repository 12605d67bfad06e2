"""Wiring: the only module that knows every layer.

``kiemphieu COMMAND …`` runs the command line; ``kiemphieu [FILE] [--demo]`` starts the window.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from desktop import __version__
from desktop.cli import main as cli
from desktop.errors import DesktopError
from desktop.services import demo
from desktop.services.count_service import CountService
from desktop.ui import i18n, settings, setup_flow
from desktop.ui.main_window import MainWindow
from desktop.ui.start_page import StartPage

log = logging.getLogger(__name__)

ORGANIZATION = "KiemPhieu"
APPLICATION = "kiemphieu"


def data_folder() -> Path:
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_path() -> Path:
    """The demo count in the user's data folder, made on first use."""
    path = data_folder() / "demo.kiemphieu"
    if not path.exists():
        demo.create_demo(path).close()
    return path


def create_window(path: Path | str, lang: str | None = None) -> QMainWindow:
    """The window on one counting file; raises DesktopError when the file cannot be used."""
    service = CountService.open(Path(path), fallback_read_only=True)
    service.policy = settings.backup_policy()
    settings.remember_file(Path(path))
    return MainWindow(service, lang or settings.language())


class Gui:
    """Keeps the open windows alive and turns unusable files into a message, not a crash."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.windows: list[QWidget] = []
        i18n.install_fonts()
        i18n.install_translator(lang)

    def show_start(self) -> StartPage:
        page = StartPage()
        page.open_requested.connect(self.open)
        page.demo_requested.connect(self.open_demo)
        page.new_requested.connect(lambda: self.new_count(page))
        page.language_requested.connect(self.set_language)
        self._show(page)
        return page

    def open(self, path: Path) -> bool:
        try:
            window = create_window(path, self.lang)
        except DesktopError as exc:
            QMessageBox.warning(None, "Kiểm Phiếu", str(exc))
            return False
        self._show(window)
        return True

    def open_dialog(self, parent: QWidget | None = None) -> bool:
        name, _ = QFileDialog.getOpenFileName(parent, "Kiểm Phiếu", "",
                                              "Kiểm Phiếu (*.kiemphieu);;* (*)")
        return self.open(Path(name)) if name else False

    def open_demo(self) -> bool:
        try:
            path = demo_path()
        except DesktopError as exc:
            QMessageBox.warning(None, "Kiểm Phiếu", str(exc))
            return False
        return self.open(path)

    def new_count(self, parent: QWidget | None = None) -> bool:
        service = setup_flow.new_count(self.lang, parent)
        if service is None:
            return False
        settings.remember_file(service.path)
        service.policy = settings.backup_policy()
        self._show(MainWindow(service, self.lang))
        return True

    def set_language(self, lang: str) -> None:
        """Remembered; every open window is rebuilt in the new language."""
        if lang == self.lang:
            return
        settings.set_language(lang)
        self.lang = lang
        i18n.install_translator(lang)
        for old in list(self.windows):
            if isinstance(old, MainWindow):
                path = old.service.path
                old.close()
                self.open(path)
            elif isinstance(old, StartPage):
                self.show_start()
                old.close()
            self.windows.remove(old)

    def _show(self, widget: QWidget) -> None:
        if isinstance(widget, MainWindow):
            widget.new_requested.connect(lambda: self.new_count(widget))
            widget.open_requested.connect(lambda: self.open_dialog(widget))
            widget.language_requested.connect(self.set_language)
        self.windows.append(widget)
        widget.show()


def _excepthook(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    """A bug: logged with its traceback, shown once in a dialog, never swallowed silently."""
    log.error("Unhandled exception", exc_info=(kind, value, tb))
    if QApplication.instance() is not None:
        QMessageBox.critical(None, "Kiểm Phiếu", QCoreApplication.translate(
            "app", "Đã xảy ra lỗi trong chương trình (một lỗi lập trình). Các phiếu đã lưu "
            "không bị ảnh hưởng.") + f"\n\n{kind.__name__}: {value}")
    else:
        traceback.print_exception(kind, value, tb)


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, message)


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiemphieu", description=(
        "Kiểm Phiếu. Without a COMMAND, opens the window; see 'kiemphieu --help-commands'."))
    parser.add_argument("file", nargs="?", type=Path, help="a counting file (*.kiemphieu)")
    parser.add_argument("--demo", action="store_true", help="open the demo count")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="vi (default) or en")
    parser.add_argument("--version", action="version", version=f"kiemphieu {__version__}")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _excepthook
    gui = Gui(args.lang or settings.language())
    opened = False
    if args.demo:
        opened = gui.open_demo()
    elif args.file is not None:
        opened = gui.open(args.file)
    if not opened:
        gui.show_start()
    return int(app.exec())


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in cli.COMMANDS or args[0] == "--help-commands"):
        return cli.main(["--help"] if args[0] == "--help-commands" else args)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
