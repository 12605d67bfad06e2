"""Qt's own dialogs and widgets speak Vietnamese: no English is left on a Vietnamese screen.

Qt ships no Vietnamese catalogue, so resources/i18n/kiemphieu_vi.ts carries the Qt strings the
program shows. Each test builds a Qt dialog or widget twice, once as the program shows it (the
Vietnamese translator installed by the autouse fixture) and once in Qt's own English (a
translator that answers every lookup with its source text, installed on top), collects every
text a person can see, and fails with the list of texts that are the same in both, apart from
file names, paths, numbers, units, key names and proper names. Modal dialogs are built, shown
and inspected, never exec()'d; the two menus Qt only builds inside exec() (spin box, scroll bar)
are closed by a timer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui import i18n

POPUP_WARNINGS = ("This plugin does not support raise\\(\\)",
                  "This plugin does not support grabbing the keyboard")
OURS = {"Kiểm Phiếu", "Có lưu thay đổi không?", "Chi tiết lỗi", "Lý do:"}  # texts the tests supply

_NUMBERS_AND_UNITS = re.compile(
    r"^[\d\s.,:;%x×/()\-+…]*(?:mm|cm|pt|in|DD|CC|P̸)?[\d\s.,:;%x×/()\-+…]*$")
_KEYS = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+$")
_PROPER_NAMES = re.compile(  # paper sizes and units go by these names in Vietnamese too
    r"^(?:(?:JIS )?[ABC]\d+(?:E| Extra| Plus| Small)?|ANSI [A-E]|Letter(?: / ANSI A| Extra| Plus"
    r"| Small)?|Legal(?: Extra)?|Tabloid(?: / ANSI B| Extra)?|Ledger / ANSI B|Executive \(.*\)"
    r"|Folio \(.*\)|Architect [A-E]|Note|Quarto|Statement|Super [AB]|PRC \d+K(?: Big)?"
    r"|Pica \(P̸\)|Didot \(DD\)|Cicero \(CC\)|PDF)$")


class _QtEnglish(QTranslator):
    """Answers every lookup with its source text: Qt's English, whatever else is installed."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return source

    def isEmpty(self) -> bool:
        return False


@contextmanager
def qt_english() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    english = _QtEnglish(app)
    app.installTranslator(english)  # the last installed is asked first
    try:
        yield
    finally:
        app.removeTranslator(english)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "phieu.txt").write_text("1", encoding="utf-8")
    (tmp_path / "sao lưu").mkdir()
    return tmp_path


def _not_words(text: str, allowed: set[str]) -> bool:
    """True for a text that reads the same in Vietnamese: name, path, number, unit or key."""
    bare = text.replace("&", "").strip()
    return (not re.search(r"[A-Za-z]", bare) or text in allowed or bare in allowed
            or _NUMBERS_AND_UNITS.match(bare) is not None or _KEYS.match(bare) is not None
            or _PROPER_NAMES.match(bare) is not None
            or ("/" in bare and Path(bare).is_absolute()))


def _action_texts(action: QAction, out: dict[str, str], where: str) -> None:
    if action.isSeparator():
        return
    text, _, keys = action.text().partition("\t")  # the shortcut, after a tab, is key names
    for value in (text, action.toolTip(), action.iconText()):
        value = value.partition("\t")[0]
        if value:
            out.setdefault(value, f"{where}: action")
    if keys:
        out.setdefault(keys, f"{where}: shortcut")
    if action.menu() is not None:
        _menu_texts(action.menu(), out, f"{where} > {text}")


def _menu_texts(menu: QMenu, out: dict[str, str], where: str) -> None:
    if menu.title():
        out.setdefault(menu.title(), f"{where}: menu title")
    for action in menu.actions():
        _action_texts(action, out, where)


def _view_headers(view: QAbstractItemView, out: dict[str, str], where: str) -> None:
    model = view.model()
    if model is None:
        return
    headers: list[tuple[QHeaderView, Qt.Orientation]] = []
    if isinstance(view, QTreeView):
        headers.append((view.header(), Qt.Orientation.Horizontal))
    if isinstance(view, QTableView):
        headers += [(view.horizontalHeader(), Qt.Orientation.Horizontal),
                    (view.verticalHeader(), Qt.Orientation.Vertical)]
    for header, orientation in headers:
        if header.isHidden():
            continue
        horizontal = orientation == Qt.Orientation.Horizontal
        count = model.columnCount() if horizontal else model.rowCount()
        for section in range(count):
            if header.isSectionHidden(section):
                continue
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                out.setdefault(value, f"{where}: header")
        for action in header.actions():  # the file dialog's "Show <column>" menu
            _action_texts(action, out, f"{where} header")
    if view.isVisible() and model.rowCount(view.rootIndex()) <= 100:  # names in the first column
        for row in range(model.rowCount(view.rootIndex())):
            value = model.index(row, 0, view.rootIndex()).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and value:
                out.setdefault(value, f"{where}: item")


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text of ``root`` and its children a person can see, with where it was found."""
    out: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.isWindow() and widget.windowTitle():
            out.setdefault(widget.windowTitle(), f"{where}: window title")
        for value in (widget.toolTip(), widget.whatsThis()):
            if value:
                out.setdefault(value, f"{where}: tooltip")
        if isinstance(widget, QLabel) and widget.text():
            out.setdefault(widget.text(), f"{where}: label")
        if isinstance(widget, QAbstractButton) and widget.text():
            out.setdefault(widget.text(), f"{where}: button")
        if isinstance(widget, QGroupBox) and widget.title():
            out.setdefault(widget.title(), f"{where}: group title")
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            out.setdefault(widget.placeholderText(), f"{where}: placeholder")
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if widget.itemText(i):
                    out.setdefault(widget.itemText(i), f"{where}: item")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                for value in (widget.tabText(i), widget.tabToolTip(i)):
                    if value:
                        out.setdefault(value, f"{where}: tab")
        if isinstance(widget, QSpinBox):
            for value in (widget.prefix(), widget.suffix(), widget.specialValueText()):
                if value:
                    out.setdefault(value, f"{where}: spin box")
        if isinstance(widget, QAbstractItemView):
            _view_headers(widget, out, where)
        if isinstance(widget, QMenu):
            _menu_texts(widget, out, where)
        for action in widget.actions():
            _action_texts(action, out, where)
    for action in root.findChildren(QAction):
        _action_texts(action, out, f"{type(root).__name__}")
    return out


def assert_vietnamese(build: Callable[[], dict[str, str]], allowed: set[str] | None = None) -> None:
    """Fail with the texts that ``build`` shows alike in Vietnamese and in Qt's English."""
    vietnamese = build()
    with qt_english():
        english = build()
    assert vietnamese, "nothing was collected"
    names = (allowed or set()) | OURS
    left = sorted(f"{text!r} ({where})" for text, where in vietnamese.items()
                  if text in english and not _not_words(text, names))
    assert not left, "untranslated Qt texts:\n" + "\n".join(left)


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _closed(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()


def _menu_from_exec(qtbot: QtBot, widget: QWidget) -> dict[str, str]:
    """The texts of the context menu ``widget`` builds and exec()s itself; a timer closes it."""
    out: dict[str, str] = {}

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            _menu_texts(popup, out, type(widget).__name__)
            popup.close()
        elif popup is not None:
            popup.close()

    QTimer.singleShot(0, read_and_close)
    QTimer.singleShot(2000, read_and_close)  # a second chance, so nothing can hang
    point = QPoint(5, 5)
    QApplication.sendEvent(widget, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point)))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
    return out


# --- the file dialog ------------------------------------------------------------------------------

FILE_DIALOGS = {
    "open": (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.ExistingFiles),
    "save": (QFileDialog.AcceptMode.AcceptSave, QFileDialog.FileMode.AnyFile),
    "folder": (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.FileMode.Directory),
}


@pytest.mark.parametrize("kind", list(FILE_DIALOGS))
def test_file_dialog(qtbot: QtBot, folder: Path, kind: str) -> None:
    accept, mode = FILE_DIALOGS[kind]

    def build() -> dict[str, str]:
        dialog = QFileDialog(None, "", str(folder))  # no caption: Qt's own title shows
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(accept)
        dialog.setFileMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        _shown(qtbot, dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None and tree.isVisible()
        root = tree.rootIndex()
        model = tree.model()
        qtbot.waitUntil(lambda: model.rowCount(root) >= (1 if kind == "folder" else 2))
        subfolder = next(model.index(r, 0, root) for r in range(model.rowCount(root))
                         if model.index(r, 0, root).data() == "sao lưu")
        qtbot.waitUntil(lambda: bool(subfolder.siblingAtColumn(2).data()))
        texts = visible_texts(dialog)
        texts.setdefault(subfolder.siblingAtColumn(2).data(), "type of a folder")
        for edit in dialog.findChildren(QLineEdit):
            if edit.isVisible():
                menu = edit.createStandardContextMenu()
                _menu_texts(menu, texts, "file name field menu")
                menu.deleteLater()
        _closed(dialog)
        return texts

    assert_vietnamese(build, _names(folder))


def _names(folder: Path) -> set[str]:
    """The file and folder names a file dialog on ``folder`` can show (the sidebar has home)."""
    places = [folder, *folder.parents, Path.home(), *Path.home().parents]
    return {"phieu.txt", "sao lưu", *(str(p) for p in places), *(p.name for p in places)}


def test_file_dialog_messages() -> None:
    """Messages the file dialog shows in message boxes (a file that exists, a missing folder …)."""
    asked = {
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn thay thế không?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": None,
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": None,
        "Are you sure you want to delete '%1'?": None,
        "'%1' is write protected.\nDo you want to delete it anyway?": None,
        "Could not delete directory.": None,
    }
    for source, expected in asked.items():
        translated = QCoreApplication.translate("QFileDialog", source)
        assert translated != source, source
        assert translated.count("%1") == source.count("%1"), source
        if expected is not None:
            assert translated == expected


# --- printing -------------------------------------------------------------------------------------

@pytest.fixture
def printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def test_print_preview_dialog(qtbot: QtBot, printer: QPrinter) -> None:
    def build() -> dict[str, str]:
        dialog = _shown(qtbot, QPrintPreviewDialog(printer))
        texts = visible_texts(dialog)
        _closed(dialog)
        return texts

    assert_vietnamese(build)


def test_print_dialog(qtbot: QtBot, printer: QPrinter) -> None:
    def build() -> dict[str, str]:
        dialog = _shown(qtbot, QPrintDialog(printer))
        options = next(b for b in dialog.findChildren(QAbstractButton)
                       if b.text().endswith(">>"))
        options.click()  # the copies, page range, colour and duplex part
        qtbot.waitUntil(lambda: options.text().endswith("<<"))
        texts = visible_texts(dialog)
        _closed(dialog)
        return texts

    assert_vietnamese(build)


@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")
def test_page_setup_dialog(qtbot: QtBot, printer: QPrinter) -> None:
    # with no printer installed QPrinter prints to PDF, and Qt warns (the dialog still works)
    def build() -> dict[str, str]:
        dialog = _shown(qtbot, QPageSetupDialog(printer))
        texts = visible_texts(dialog)
        _closed(dialog)
        return texts

    assert_vietnamese(build)


# --- message boxes and input dialogs --------------------------------------------------------------

def test_question_box(qtbot: QtBot) -> None:
    def build() -> dict[str, str]:
        box = QMessageBox(QMessageBox.Icon.Question, "Kiểm Phiếu", "Có lưu thay đổi không?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDetailedText("Chi tiết lỗi")  # adds "Show Details..."
        _shown(qtbot, box)
        texts = visible_texts(box)
        _closed(box)
        return texts

    assert_vietnamese(build)


def test_standard_buttons_of_message_boxes(qtbot: QtBot) -> None:
    every = QMessageBox.StandardButton(0)
    for button in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Save,
                   QMessageBox.StandardButton.SaveAll, QMessageBox.StandardButton.Open,
                   QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.YesToAll,
                   QMessageBox.StandardButton.No, QMessageBox.StandardButton.NoToAll,
                   QMessageBox.StandardButton.Abort, QMessageBox.StandardButton.Retry,
                   QMessageBox.StandardButton.Ignore, QMessageBox.StandardButton.Close,
                   QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard,
                   QMessageBox.StandardButton.Help, QMessageBox.StandardButton.Apply,
                   QMessageBox.StandardButton.Reset,
                   QMessageBox.StandardButton.RestoreDefaults):
        every |= button

    def build() -> dict[str, str]:
        box = _shown(qtbot, QMessageBox(QMessageBox.Icon.Warning, "Kiểm Phiếu", "Lý do:", every))
        texts = visible_texts(box)
        _closed(box)
        return texts

    assert_vietnamese(build)


def test_text_input_dialog(qtbot: QtBot) -> None:
    def build() -> dict[str, str]:
        dialog = QInputDialog()
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setWindowTitle("Kiểm Phiếu")  # the label stays Qt's own "Enter a value:"
        _shown(qtbot, dialog)
        texts = visible_texts(dialog)
        _closed(dialog)
        return texts

    assert_vietnamese(build)


# --- context menus --------------------------------------------------------------------------------

def test_line_edit_menu(qtbot: QtBot) -> None:
    def build() -> dict[str, str]:
        edit = _shown(qtbot, QLineEdit("Nguyễn Văn A"))
        edit.selectAll()
        menu = edit.createStandardContextMenu()
        texts: dict[str, str] = {}
        _menu_texts(menu, texts, "QLineEdit menu")
        menu.deleteLater()
        _closed(edit)
        return texts

    assert_vietnamese(build, {"Nguyễn Văn A"})


def test_text_edit_menu(qtbot: QtBot) -> None:
    def build() -> dict[str, str]:
        edit = _shown(qtbot, QPlainTextEdit("Biên bản"))
        edit.selectAll()
        menu = edit.createStandardContextMenu()
        texts: dict[str, str] = {}
        _menu_texts(menu, texts, "QPlainTextEdit menu")
        menu.deleteLater()
        _closed(edit)
        return texts

    assert_vietnamese(build)


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_spin_box_menus(qtbot: QtBot) -> None:
    def build() -> dict[str, str]:
        spin = _shown(qtbot, QSpinBox())
        spin.setValue(3)
        line_edit = spin.findChild(QLineEdit)
        assert line_edit is not None
        menu = line_edit.createStandardContextMenu()
        texts: dict[str, str] = {}
        _menu_texts(menu, texts, "QSpinBox line edit menu")
        menu.deleteLater()
        from_exec = _menu_from_exec(qtbot, spin)  # the same, with Step up and Step down
        assert len(set(from_exec) - set(texts)) >= 2, from_exec
        texts.update(from_exec)
        _closed(spin)
        return texts

    assert_vietnamese(build)


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_scroll_bar_menu(qtbot: QtBot) -> None:
    def build() -> dict[str, str]:
        bar = _shown(qtbot, QScrollBar(Qt.Orientation.Vertical))
        bar.setRange(0, 100)
        texts = _menu_from_exec(qtbot, bar)
        bar.setOrientation(Qt.Orientation.Horizontal)
        texts.update(_menu_from_exec(qtbot, bar))
        _closed(bar)
        return texts

    assert len(build()) >= 13
    assert_vietnamese(build)


# --- texts Qt takes from QLocale, not from a translator -------------------------------------------
# Month and day names and file types follow the default QLocale, which install_translator("vi")
# must make Vietnamese even on a machine whose own locale is English. File sizes ("1 bytes") and
# dates in the file dialog follow QLocale.system(), the machine's locale, which no program
# setting changes, so they are not checked.

@contextmanager
def english_system_locale() -> Iterator[None]:
    """A machine whose locale is English, with the program switched to Vietnamese on it."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        i18n.install_translator("vi")  # what the program does when Vietnamese is chosen
        yield
    finally:
        QLocale.setDefault(before)


def assert_vietnamese_on_an_english_machine(build: Callable[[], dict[str, str]],
                                            allowed: set[str] | None = None) -> None:
    with english_system_locale():
        vietnamese = build()
    english_locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    before = QLocale()
    QLocale.setDefault(english_locale)
    try:
        with qt_english():
            english = build()
    finally:
        QLocale.setDefault(before)
    assert vietnamese, "nothing was collected"
    names = (allowed or set()) | OURS
    left = sorted(f"{text!r} ({where})" for text, where in vietnamese.items()
                  if text in english and not _not_words(text, names))
    assert not left, "English texts from QLocale:\n" + "\n".join(left)


def test_calendar_widget(qtbot: QtBot) -> None:
    """Month and day names come from the default QLocale, which install_translator sets."""
    def build() -> dict[str, str]:
        calendar = _shown(qtbot, QCalendarWidget())
        texts = visible_texts(calendar)
        table = calendar.findChild(QTableView)
        assert table is not None
        model = table.model()
        for column in range(model.columnCount()):  # the row of day names
            value = model.index(0, column).data()
            if isinstance(value, str) and value:
                texts.setdefault(value, "day name")
        for menu in calendar.findChildren(QMenu):  # the month menu
            _menu_texts(menu, texts, "month menu")
        _closed(calendar)
        return texts

    assert_vietnamese_on_an_english_machine(build)


def test_file_dialog_details(qtbot: QtBot, folder: Path) -> None:
    """File types ("plain text document") come from the default QLocale too."""
    def build() -> dict[str, str]:
        dialog = QFileDialog(None, "", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        _shown(qtbot, dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None
        model, root = tree.model(), tree.rootIndex()
        qtbot.waitUntil(lambda: model.rowCount(root) >= 2)
        qtbot.waitUntil(lambda: all(model.index(r, 2, root).data() for r in range(2)))
        # the type column; sizes ("1 bytes") and dates follow QLocale.system(), the machine's
        # own locale, which no QLocale.setDefault changes
        texts = {model.index(r, 2, root).data(): f"type of row {r}"
                 for r in range(model.rowCount(root))}
        _closed(dialog)
        return texts

    assert_vietnamese_on_an_english_machine(build, _names(folder))


def test_translations_keep_placeholders_and_ascii_mnemonics() -> None:
    import xml.etree.ElementTree as ET

    from desktop import resources

    root = ET.parse(resources.path("i18n", "kiemphieu_vi.ts")).getroot()
    wrong = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.findtext("translation", "")
            placeholders = set(re.findall(r"%(?:\d|n|p)", source))
            if set(re.findall(r"%(?:\d|n|p)", translation)) != placeholders:
                wrong.append(f"{name}: {source!r}: placeholders")
            marks = re.findall(r"&(?!amp;|nbsp;)(.)", source)
            got = re.findall(r"&(?!amp;|nbsp;)(.)", translation)
            if len(marks) != len(got) or any(not c.isascii() or not c.isalpha() for c in got):
                wrong.append(f"{name}: {source!r}: mnemonic {translation!r}")
            if not translation.strip():
                wrong.append(f"{name}: {source!r}: empty")
    assert wrong == []
