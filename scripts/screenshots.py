"""Screenshots of the start page, the setup dialog and the keying screen, in both languages.

    python scripts/screenshots.py [OUT_DIR]      (default screenshots/out; offscreen)

Uses a fresh demo count in a temporary folder and a 1366×768 window, the common size of a
meeting-room laptop.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import demo
from desktop.services.count_service import CountService
from desktop.ui import i18n
from desktop.ui.dialogs import HelpDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog
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


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/out")
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("KiemPhieuScreenshots")
    app = QApplication.instance() or QApplication([])
    i18n.install_fonts()
    folder = Path(tempfile.mkdtemp(prefix="kp-shots-"))
    for lang in i18n.LANGUAGES:
        i18n.install_translator(lang)
        path = folder / f"demo-{lang}.kiemphieu"
        demo.create_demo(path).close()

        page = StartPage()
        page.resize(620, 460)
        grab(page, out / f"{lang}-1-start.png")

        service = CountService.open(path)
        dialog = SetupDialog(lang, lambda d, n: None, service.definition, service.numbers,
                             locked=False)
        dialog.resize(960, 640)
        for index, name in ((0, "meeting"), (1, "rules"), (2, "officials"), (3, "numbers")):
            dialog.tabs.setCurrentIndex(index)
            grab(dialog, out / f"{lang}-2-setup-{name}.png")
        dialog.close()

        window = MainWindow(service, lang)
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
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
