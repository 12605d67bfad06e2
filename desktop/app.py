"""Wiring: the only module that knows every layer.

``kiemphieu COMMAND …`` runs the command line; ``kiemphieu [FILE] [--demo]`` starts the window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop import platform_check
from desktop.cli import main as cli
from desktop.cli import table as cli_table
from desktop.domain.words import Lang, Term, say
from desktop.errors import DesktopError
from desktop.services import demo, safety
from desktop.services.count_service import CountService
from desktop.ui import i18n, settings, setup_flow
from desktop.ui.main_window import MainWindow
from desktop.ui.start_page import StartPage

log = logging.getLogger(__name__)

ORGANIZATION = "KiemPhieu"
APPLICATION = "kiemphieu"


def data_folder() -> Path:
    folder = settings.program_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_path() -> Path:
    """The demo count in the user's data folder, made on first use."""
    path = data_folder() / "demo.kiemphieu"
    if not path.exists():
        demo.create_demo(path).close()
    return path


def create_window(path: Path | str, parent: QWidget | None = None) -> MainWindow:
    """The window on one counting file; raises DesktopError when the file cannot be used."""
    service = CountService.open(Path(path), fallback_read_only=True)
    if service.lock_elsewhere and _take_over_asked(service, parent):
        service.close()
        safety.take_over(Path(path))
        service = CountService.open(Path(path), fallback_read_only=True)
    service.policy = settings.backup_policy()
    settings.remember_file(Path(path))
    return MainWindow(service)


def _take_over_asked(service: CountService, parent: QWidget | None) -> bool:
    """Whether the committee, told who holds the file from another machine, chose to remove
    that lock; the default is to read only, and the program never decides it alone."""
    holder = service.held_by
    assert isinstance(holder, Term)
    title = QCoreApplication.translate("app", "{name} đang được mở để ghi ở {holder}.")
    box = QMessageBox(QMessageBox.Icon.Warning, "Kiểm Phiếu", title.format(
        name=service.path.name, holder=i18n.say(holder.code, **holder.values)), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "app", "Nếu máy đó vẫn mở tệp, hãy chọn Chỉ xem và đóng tệp ở máy đó. Chỉ gỡ khóa khi "
        "chắc chắn máy đó không còn mở tệp (USB đã rút khỏi máy đó, hoặc máy đã tắt): hai máy "
        "cùng ghi một tệp có thể làm mất phiếu."))
    read = box.addButton(QCoreApplication.translate("app", "Chỉ &xem"),
                         QMessageBox.ButtonRole.RejectRole)
    take = box.addButton(QCoreApplication.translate("app", "&Gỡ khóa và mở để nhập phiếu"),
                         QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(read)
    box.setEscapeButton(read)
    box.exec()
    return box.clickedButton() is take


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


class Gui:
    """Keeps the open windows alive, shows the start page when none is open, and turns
    unusable files into a message, not a crash."""

    def __init__(self, lang: Lang) -> None:
        self.windows: list[MainWindow] = []
        self.start: StartPage | None = None
        self._switching = False
        i18n.install_fonts()
        i18n.install_translator(lang)

    @property
    def lang(self) -> Lang:
        return i18n.language()

    def show_start(self) -> StartPage:
        if self.start is None:
            self.start = StartPage()
            self.start.open_requested.connect(self.open)
            self.start.demo_requested.connect(self.open_demo)
            self.start.new_requested.connect(lambda: self.new_count(self.start))
            self.start.language_requested.connect(self.set_language)
            self.start.browse_requested.connect(lambda: self.open_dialog(self.start))
        self.start.refresh()
        self.start.show()
        self.start.raise_()
        return self.start

    def open(self, path: Path) -> bool:
        """The window on ``path``; the one already open on that file is brought forward
        instead of a second one (which could only read it)."""
        for window in self.windows:
            if _same_file(window.service.path, Path(path)):
                window.showNormal()
                window.raise_()
                window.activateWindow()
                return True
        try:
            window = create_window(path, self.start)
        except DesktopError as exc:
            QMessageBox.warning(self.start, "Kiểm Phiếu", i18n.describe(exc))
            return False
        self._show(window)
        return True

    def open_dialog(self, parent: QWidget | None = None) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("app", "Mở tệp kiểm phiếu"),
            str(settings.start_folder()),
            QCoreApplication.translate("app", "Tệp kiểm phiếu (*.kiemphieu);;Mọi tệp (*)"))
        return self.open(Path(name)) if name else False

    def open_demo(self) -> bool:
        try:
            path = demo_path()
        except DesktopError as exc:
            QMessageBox.warning(self.start, "Kiểm Phiếu", i18n.describe(exc))
            return False
        log.info("The demo count is %s", path)
        return self.open(path)

    def new_count(self, parent: QWidget | None = None) -> bool:
        service = setup_flow.new_count(parent)
        if service is None:
            return False
        settings.remember_file(service.path)
        service.policy = settings.backup_policy()
        self._show(MainWindow(service))
        return True

    def set_language(self, lang: Lang) -> None:
        """Remembered; every open window is rebuilt in the new language, once each, after
        the committee agreed to drop any half-keyed ballot."""
        if lang == self.lang:
            return
        if not all(w.commands.confirm_drop_keyed(w.windowTitle()) for w in self.windows):
            for window in self.windows:
                window.show_language()
            return
        settings.set_language(lang)
        i18n.install_translator(lang)
        self._switching = True
        try:
            paths = []
            for old in list(self.windows):
                paths.append(old.service.path)
                old.form.clear()
                old.close()
            for path in paths:
                self.open(path)
            if self.start is not None:
                visible = self.start.isVisible()
                self.start.close()
                self.start.deleteLater()
                self.start = None
                if visible or not self.windows:
                    self.show_start()
        finally:
            self._switching = False

    def _show(self, window: MainWindow) -> None:
        window.new_requested.connect(lambda: self.new_count(window))
        window.open_requested.connect(lambda: self.open_dialog(window))
        window.language_requested.connect(self.set_language)
        window.file_made.connect(self.open)
        window.closed.connect(lambda: self._on_window_closed(window))
        self.windows.append(window)
        window.show()
        if self.start is not None:
            self.start.hide()

    def _on_window_closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()
        if not self.windows and not self._switching:
            self.show_start()


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
    lang = cli_table.language_of(argv)
    cli_table.speak(lang)
    parser = argparse.ArgumentParser(prog="kiemphieu", description=say("cli.window", lang))
    parser.add_argument("file", nargs="?", type=Path, help=say("cli.help.file", lang))
    parser.add_argument("--demo", action="store_true", help=say("cli.help.open_demo", lang))
    parser.add_argument("--lang", choices=[x.value for x in Lang],
                        help=say("cli.help.lang", lang))
    cli_table.add_version(parser, lang)
    args = parser.parse_args(argv)
    problem = platform_check.problem()  # before Qt aborts on a missing system library
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _excepthook
    gui = Gui(Lang(args.lang) if args.lang else settings.language())
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
    if args and (args[0] in cli.NAMES or args[0] == "--help-commands"):
        return cli.main(["--help"] if args[0] == "--help-commands" else args)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
