"""The main window's menus, declared once as a table: each item names the command that runs
it (a method of WindowCommands), its shortcut, and when it is enabled. Mnemonics are ASCII
letters, unique within a menu and among the menu bar, the tabs and the visible page
(tests/ui/test_mnemonics.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

Shortcut = QKeySequence.StandardKey | str | None


class When(Enum):
    ALWAYS = "always"
    OPEN = "open"  # only while the count can change (not closed, not read-only)
    CLOSED = "closed"  # only while the count is closed (and the file writable)
    ROUND_LEFT = "round_left"  # a closed election with seats left: its next round


@dataclass(frozen=True)
class Item:
    text: str  # translated
    command: str  # a method of WindowCommands, or "projector:<mode>" / "language:<code>"
    name: str  # objectName, for tests and screen readers
    shortcut: Shortcut = None
    when: When = When.ALWAYS


@dataclass(frozen=True)
class Menu:
    text: str
    items: tuple[Item | Menu | None, ...]  # None: a separator


class WindowMenus(QObject):
    """The menu table, in the window's language (a QObject so that its words are
    translated in a context of their own)."""

    def table(self) -> tuple[Menu, ...]:
        key, on = QKeySequence.StandardKey, When.OPEN
        return (
            Menu(self.tr("&Tệp"), (
                Item(self.tr("Kiểm phiếu mớ&i…"), "new_count", "newAction", key.New),
                Item(self.tr("&Mở…"), "open_file", "openAction", key.Open),
                Item(self.tr("Đó&ng"), "close_window", "closeAction", key.Close),
            )),
            Menu(self.tr("&Kiểm phiếu"), (
                Item(self.tr("&Thiết lập…"), "edit_setup", "setupAction", "Ctrl+,"),
                Item(self.tr("&Bắt đầu tập phiếu…"), "open_stack", "openStackAction", "Ctrl+T",
                     on),
                Item(self.tr("Đó&ng tập phiếu…"), "close_stack", "closeStackAction", None, on),
                Item(self.tr("&Hủy bản nhập phiếu vừa lưu"), "undo_last", "undoAction",
                     key.Undo, on),
                Item(self.tr("Nhập bảng kiểm đếm t&ay cho tập đang mở…"), "hand_tally",
                     "handTallyAction", None, on),
                None,
                Item(self.tr("&Kết thúc kiểm phiếu…"), "close_count", "closeCountAction", None,
                     on),
                Item(self.tr("&Mở lại kiểm phiếu…"), "reopen_count", "reopenAction", None,
                     When.CLOSED),
                Item(self.tr("&Lập lần bầu tiếp theo…"), "next_round", "nextRoundAction", None,
                     When.ROUND_LEFT),
                None,
                Item(self.tr("&Sao lưu ngay"), "backup_now", "backupAction"),
                Item(self.tr("Thư mục sao lưu thứ hai (&USB)…"), "choose_second_backup",
                     "secondBackupAction"),
            )),
            Menu(self.tr("Đố&i chiếu"), (
                Item(self.tr("Nhập &hai lần theo tập phiếu…"), "double_entry",
                     "doubleEntryAction", None, on),
                Item(self.tr("Kiểm tra &chọn mẫu…"), "spot_check", "spotCheckAction", None, on),
                Item(self.tr("Số liệu người &nhập…"), "show_operators", "operatorsAction"),
                None,
                Menu(self.tr("&Bàn kiểm phiếu"), (
                    Item(self.tr("&Tạo tệp cho một bàn…"), "make_table_file",
                         "tableFileAction"),
                    Item(self.tr("&Nhập tệp của các bàn…"), "merge_tables", "mergeAction",
                         None, on),
                )),
            )),
            Menu(self.tr("&Biên bản"), (
                Item(self.tr("&Xem trước và in…"), "print_minutes", "printAction", key.Print),
                Item(self.tr("Lưu biên bản &PDF…"), "save:pdf", "save_pdf"),
                Item(self.tr("Lưu biên bản &ODT (để sửa)…"), "save:odt", "save_odt"),
                Item(self.tr("Xuất kết quả &CSV…"), "save:csv", "save_csv"),
                Item(self.tr("Xuất kết quả X&LSX…"), "save:xlsx", "save_xlsx"),
                Item(self.tr("In nhật ký &nhập phiếu (PDF)…"), "save:log_pdf", "save_log_pdf"),
                Item(self.tr("Xuất nhật ký (&JSON lines)…"), "save:log", "save_log"),
            )),
            Menu(self.tr("&Máy chiếu"), (
                Item(self.tr("&Mở hoặc đóng màn hình máy chiếu"), "toggle_projector",
                     "projectorAction", "F5"),
                None,
                Item(self.tr("Chiếu &kết quả"), "projector:results", "projector_results"),
                Item(self.tr("Chiếu &phiếu vừa nhập"), "projector:echo", "projector_echo"),
                Item(self.tr("Ẩn kết quả (&chỉ tiến độ)"), "projector:hidden",
                     "projector_hidden"),
            )),
            Menu(self.tr("&Ngôn ngữ"), (
                Item("Tiếng &Việt", "language:vi", "language_vi"),
                Item("&English", "language:en", "language_en"),
            )),
            Menu(self.tr("Trợ &giúp"), (
                Item(self.tr("&Phím khi nhập phiếu"), "show_help", "helpAction",
                     key.HelpContents),
            )),
        )


CHECKABLE = {"projector": "projector:results", "language": None}  # group → checked at start


def build(bar: QMenuBar, parent: QObject, run: Callable[[str], None],
          checked: Callable[[str], bool]) -> dict[str, QAction]:
    """The menus on ``bar``; ``run(command)`` is called when an item is chosen. Returns the
    actions by objectName (the window enables them as the count changes)."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}

    def fill(menu: QMenu, items: tuple[Item | Menu | None, ...]) -> None:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, Menu):
                fill(menu.addMenu(item.text), item.items)
            else:
                action = QAction(item.text, parent)
                action.setObjectName(item.name)
                if item.shortcut is not None:
                    action.setShortcut(QKeySequence(item.shortcut))
                group_name = item.command.partition(":")[0]
                if group_name in CHECKABLE:
                    group = groups.setdefault(group_name, QActionGroup(parent))
                    action.setCheckable(True)
                    action.setChecked(checked(item.command))
                    group.addAction(action)
                action.triggered.connect(lambda _=False, c=item.command: run(c))
                action.setProperty("when", item.when.value)
                menu.addAction(action)
                actions[item.name] = action

    for menu in WindowMenus().table():
        fill(bar.addMenu(menu.text), menu.items)
    return actions
