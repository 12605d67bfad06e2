"""Screenshots of every screen, in both languages: start page, setup, keying, invalid ballot,
ballot list, help, results, the projector in each mode, and a 200-official chart.

    python scripts/screenshots.py [OUT_DIR]      (default screenshots/out; offscreen)

Uses a fresh demo count in a temporary folder and a 1366×768 window, the common size of a
meeting-room laptop.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.domain.ballot import KeyedInput, format_codes
from desktop.domain.checks import Severity
from desktop.domain.closing import Acknowledgement
from desktop.domain.count import Numbers, Official
from desktop.domain.doubleentry import Kept
from desktop.domain.words import Lang
from desktop.render import export
from desktop.services import demo, spot_checks, tables
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.dialogs import HelpDialog, RekeyDialog, VoidDialog
from desktop.ui.double_entry_dialog import DoubleEntryDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.operators_dialog import OperatorsDialog
from desktop.ui.projector_window import Mode, ProjectorWindow
from desktop.ui.reason_dialog import ReasonDialog
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.spot_check_dialog import SpotCheckDialog
from desktop.ui.start_page import StartPage

SIZE = (1366, 768)


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def keys(widget: QWidget, text: str) -> None:
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.keyClicks(widget, ch)


def double_entry_shots(folder: Path, out: Path, lang: Lang) -> None:
    """A stack of 12 demo ballots keyed by Lan, keyed again by Minh with two differences."""
    service = CountService.create(folder / f"double-{lang}.kiemphieu", demo.demo_definition(),
                                  Numbers(200, 200, 196, 196, 196))
    service.open_stack("1", 12, operator="Nguyễn Thị Lan")
    paper = [KeyedInput(b.marks) for b in demo.demo_ballots(22, 12, seed=3)
             if isinstance(b, KeyedInput)][:12]
    service.record_many(paper)
    dialog = DoubleEntryDialog(service)
    dialog.resize(1000, 720)
    dialog.show()
    QApplication.processEvents()
    grab(dialog, out / f"{lang}-11-double-entry-start.png")
    dialog.operator.setText("Trần Văn Minh")
    dialog.start()
    for i, item in enumerate(paper):
        marks = list(item.marks)
        if i in (4, 9):  # two papers read differently the second time
            marks[i] = 3 if marks[i] != 3 else 1
        keys(dialog.form, format_codes(tuple(marks)) + "\n")
        if i == 6:
            grab(dialog, out / f"{lang}-12-double-entry-keying.png")
    grab(dialog, out / f"{lang}-13-double-entry-difference.png")
    dialog.decide(Kept.FIRST, "Nguyễn Văn Minh")
    dialog.decide(Kept.SECOND, "Nguyễn Văn Minh")
    grab(dialog, out / f"{lang}-14-double-entry-decided.png")
    dialog.close()
    figures = OperatorsDialog(service)
    grab(figures, out / f"{lang}-15-operator-figures.png")
    figures.close()
    service.close()


def tables_shots(folder: Path, out: Path, lang: Lang) -> None:
    """A master count with three counting tables merged: the results of one table."""
    master = CountService.create(folder / f"master-{lang}.kiemphieu", demo.demo_definition(),
                                 Numbers(200, 200, 196, 196, 196))
    paper = demo.demo_ballots(22, 196, seed=4)
    files = []
    for i, share in enumerate((paper[:70], paper[70:140], paper[140:]), start=1):
        path = tables.make_table_file(master, folder / f"table{i}-{lang}.kiemphieu",
                                      f"Bàn {i}")
        table = CountService.open(path)
        table.record_many(share)
        table.close()
        files.append(path)
    for path in files:
        tables.merge_table(master, path)
    window = MainWindow(master)
    window.resize(*SIZE)
    window.show()
    window.tabs.setCurrentIndex(2)
    window.results_view.by_table.setCurrentIndex(2)
    QApplication.processEvents()
    grab(window, out / f"{lang}-16-results-by-table.png")
    window.close()
    master.close()


def changed_screens(window: MainWindow, out: Path, lang: Lang) -> None:
    """The re-key and void dialogs, Qt's own buttons in the window's language, the results
    table with every figure whole."""
    service = window.service
    last = service.last_ballot
    assert last is not None
    rekey = RekeyDialog(service, last, window)
    rekey.resize(900, 640)
    keys(rekey.form, "\n")  # unchanged: refused, the dialog stays
    grab(rekey, out / f"{lang}-17-rekey-refused.png")
    rekey.close()
    void = VoidDialog(service, last.number, window)
    void.accept()  # no reason: said, not closed
    grab(void, out / f"{lang}-18-void-no-reason.png")
    void.close()
    box = QMessageBox(QMessageBox.Icon.Question, "Kiểm Phiếu",
                      "…", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      window)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    grab(box, out / f"{lang}-19-qt-buttons.png")
    box.close()
    window.tabs.setCurrentIndex(2)
    grab(window, out / f"{lang}-21-results-table.png")
    window.tabs.setCurrentIndex(0)
    stack = service.open_stack("9", 50)
    short = ReasonDialog(window.commands.close_stack_ask(stack.name, 0, stack.expected),
                         service.close_stack, window)
    short.accept()  # no reason: said under the field, the stack stays open
    grab(short, out / f"{lang}-22-close-stack-short.png")
    short.close()


def closed_screens(folder: Path, out: Path, lang: Lang) -> None:
    """A closed count: the form takes no keys (no cursor row, no hint); the reopen dialog."""
    definition = demo.demo_definition()
    service = CountService.create(folder / f"closed-{lang}.kiemphieu", definition,
                                  Numbers(30, 30, 30, 30, 30))
    service.record_many(demo.demo_ballots(len(definition.officials), 30, seed=3))
    service.close_count([Acknowledgement(c.code, "Ngô Văn Chủ", "đã xem lại")
                         for c in service.checks() if c.severity is Severity.WARNING])
    window = MainWindow(service)
    window.resize(*SIZE)
    window.show()
    QApplication.processEvents()
    grab(window, out / f"{lang}-23-closed-form.png")
    reopen = ReasonDialog(window.commands.reopen_ask(), service.reopen, window)
    reopen.accept()  # no reason: said under the field, the count stays closed
    grab(reopen, out / f"{lang}-24-reopen-no-reason.png")
    reopen.close()
    window.close()
    service.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/out")
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("KiemPhieuScreenshots")
    app = QApplication.instance() or QApplication([])
    i18n.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-shots-"))
    for lang in Lang:
        i18n.install_translator(lang)
        path = folder / f"demo-{lang}.kiemphieu"
        demo.create_demo(path).close()

        page = StartPage()
        page.resize(620, 460)
        grab(page, out / f"{lang}-1-start.png")

        service = CountService.open(path)
        dialog = SetupDialog(lambda d, n: None, service.definition, service.numbers,
                             locked=False)
        dialog.resize(960, 640)
        for index, name in ((0, "meeting"), (1, "rules"), (2, "officials"), (3, "numbers"),
                            (4, "committee")):
            dialog.tabs.setCurrentIndex(index)
            grab(dialog, out / f"{lang}-2-setup-{name}.png")
        dialog.close()

        window = MainWindow(service)
        window.resize(*SIZE)
        window.show()
        QApplication.processEvents()
        keys(window.form, "1111211\n")  # an incomplete ballot: Enter marks the first empty row
        keys(window.form, "1111111111112110x1113112\n")
        keys(window.form, "1112101")
        grab(window, out / f"{lang}-3-keying.png")
        keys(window.form, "/3")
        grab(window, out / f"{lang}-4-invalid-ballot.png")
        QTest.keyClick(window.form, Qt.Key.Key_Escape)
        window.tabs.setCurrentIndex(1)
        grab(window, out / f"{lang}-5-ballot-list.png")
        window.tabs.setCurrentIndex(0)
        help_dialog = HelpDialog(3, window)
        grab(help_dialog, out / f"{lang}-6-help.png")
        help_dialog.close()
        window.tabs.setCurrentIndex(2)
        grab(window, out / f"{lang}-7-results.png")
        window.tabs.setCurrentIndex(0)
        projector = ProjectorWindow(service)
        projector.resize(1280, 720)
        for mode in (Mode.RESULTS, Mode.ECHO, Mode.HIDDEN):
            projector.set_mode(mode)
            if mode is Mode.ECHO:
                keys(window.form, "/2\n")
                keys(window.form, "1111211111311111120111\n")
            grab(projector, out / f"{lang}-8-projector-{mode.value}.png")
        projector.close()
        changed_screens(window, out, lang)
        window.form.clear()
        window.close()
        spot_service = CountService.open(path)
        check = spot_checks.start(spot_service, k=3, seed=11)
        dialog_spot = SpotCheckDialog(spot_service)
        dialog_spot.resize(1000, 720)
        dialog_spot.show()
        QApplication.processEvents()
        first = spot_service.ballot(check.numbers[0])
        assert first is not None
        keys(dialog_spot.form, format_codes(first.marks[:-2]) + "33\n")
        grab(dialog_spot, out / f"{lang}-10-spot-check-difference.png")
        dialog_spot.close()
        spot_service.close()
        double_entry_shots(folder, out, lang)
        tables_shots(folder, out, lang)
        closed_screens(folder, out, lang)
        big = folder / f"big-{lang}.kiemphieu"
        definition = demo.demo_definition()
        officials = tuple(Official(f"{o.name} {i // 22 + 1}", o.title)
                          for i, o in enumerate((definition.officials * 10)[:200]))
        service = CountService.create(big, replace(definition, officials=officials),
                                      Numbers(1600, 1600, 1550, 1500, 1500))
        service.record_many(demo.demo_ballots(200, 900, seed=5))
        export.write_png(out / f"{lang}-9-chart-200.png", service.snapshot(), 1400, lang)
        service.close()
    app.processEvents()


if __name__ == "__main__":
    main()
