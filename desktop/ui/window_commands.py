"""What the main window's menus and shortcuts do (each item of window_menus names one of
these methods). Every refusal of the service is said in a box or beside its field, never
swallowed, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.words import Lang
from desktop.errors import DesktopError
from desktop.ui import election_keying, i18n, outputs, settings, setup_flow, table_actions
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.dialogs import HelpDialog, RekeyDialog, StackDialog, VoidDialog
from desktop.ui.double_entry_dialog import DoubleEntryDialog
from desktop.ui.hand_tally_dialog import HandTallyDialog
from desktop.ui.next_round_dialog import NextRoundDialog
from desktop.ui.operators_dialog import OperatorsDialog
from desktop.ui.projector_window import Mode as ProjectorMode
from desktop.ui.projector_window import ProjectorWindow
from desktop.ui.reason_dialog import Ask, ReasonDialog, ask_to_drop
from desktop.ui.spot_check_dialog import SpotCheckDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

MESSAGE_MS = 6000


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = window.service
        self.projector: ProjectorWindow | None = None
        self._projector_mode = ProjectorMode.RESULTS

    # -- dispatch (window_menus calls these by name) ---------------------------------------
    def run(self, command: str) -> None:
        kind, _, arg = command.partition(":")
        if kind == "save":
            self.save(arg)
        elif kind == "projector":
            self.set_projector_mode(ProjectorMode(arg))
        elif kind == "language":
            self.window.language_requested.emit(Lang(arg))
        else:
            handler: Callable[[], object] = getattr(self, command)
            handler()

    def checked(self, command: str) -> bool:
        """Which item of a group of checkable items is checked when the window opens."""
        if command.startswith("language:"):
            return command == f"language:{i18n.language().value}"
        return command == "projector:results"

    def tell(self, text: str) -> None:
        """A short message in the status bar (what was just done, where it went)."""
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    def _refused(self, exc: DesktopError) -> None:
        QMessageBox.warning(self.window, "Kiểm Phiếu", i18n.alone(exc))

    def _run(self, action: Callable[..., object], *args: object) -> bool:
        """Call a service use case; a refusal is shown, never swallowed."""
        try:
            action(*args)
        except DesktopError as exc:
            self._refused(exc)
            return False
        return True

    def _back_to_form(self) -> None:
        """After a dialog: the window active again and the keys on the ballot form."""
        self.window.activateWindow()
        self.window.form.setFocus()

    # -- the file --------------------------------------------------------------------------
    def new_count(self) -> None:
        self.window.new_requested.emit()

    def open_file(self) -> None:
        self.window.open_requested.emit()

    def close_window(self) -> None:
        self.window.close()

    def edit_setup(self) -> None:
        setup_flow.edit_count(self.service, self.window)

    # -- ballots and stacks ----------------------------------------------------------------
    def undo_last(self) -> None:
        last = self.service.last_ballot
        if last is None:
            self.window.form.notice(self.tr("Chưa có phiếu nào được lưu: không có gì để hủy."))
            return
        if not last.counts:
            self.window.form.notice(self.tr(
                "Bản nhập phiếu số {n} (phiếu vừa lưu) đã được hủy. Muốn hủy bản nhập một "
                "phiếu khác, chọn phiếu đó trong tab Danh sách phiếu.").format(n=last.number))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hủy bản nhập phiếu vừa lưu"),
                          self.tr("Hủy bản nhập phiếu số {n}? Bản nhập vẫn nằm trong danh sách "
                                  "(gạch ngang) và có thể nhập lại.").format(n=last.number),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("undoQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter keeps the ballot
        if box.exec() == QMessageBox.StandardButton.Yes:  # the form then says it was voided
            self._run(self.service.void_ballot, last.number, self.tr("hủy ngay sau khi nhập"))
        self._back_to_form()

    def void_ballot(self, number: int) -> None:
        if VoidDialog(self.service, number, self.window).exec():
            self.tell(i18n.say("keypad.voided", number=number))

    def rekey_ballot(self, number: int) -> None:
        ballot = self.service.ballot(number)
        if ballot is not None and RekeyDialog(self.service, ballot, self.window).exec():
            self.tell(self.tr("Đã lưu phiếu số {n} nhập lại.").format(n=number))

    def open_stack(self) -> None:
        dialog = StackDialog(self.service, self.window)
        if dialog.exec():
            self._run(self.service.open_stack, dialog.name.text(), dialog.expected.value(),
                      dialog.operator.text())
        self._back_to_form()

    def close_stack(self) -> None:
        stack = self.service.current_stack
        if stack is None:
            self.tell(self.tr("Không có tập phiếu nào đang mở."))
            return
        done = self.service.stack_entered(stack.name)
        if done >= stack.expected:
            if self._run(self.service.close_stack):
                self.tell(self.tr("Đã đóng tập {name}.").format(name=stack.name))
            return
        ask = self.close_stack_ask(stack.name, done, stack.expected)
        if ReasonDialog(ask, self.service.close_stack, self.window).exec():
            self.tell(self.tr("Đã đóng tập {name} với {done}/{expected} phiếu.").format(
                name=stack.name, done=done, expected=stack.expected))
        self._back_to_form()

    def hand_tally(self) -> None:
        if self.service.current_stack is None:
            self.tell(self.tr("Mở một tập phiếu trước (Bắt đầu tập phiếu), với số phiếu "
                              "đã đếm."))
            return
        HandTallyDialog(self.service, self.window).exec()
        self._back_to_form()

    # -- closing ---------------------------------------------------------------------------
    def confirm_drop_keyed(self, title: str) -> bool:
        """True when nothing is half keyed, or the committee agrees to drop it."""
        if not self.window.form.dirty:
            return True
        return ask_to_drop(self.window, "dropKeyedQuestion", title, self.tr(
            "Phiếu đang nhập dở chưa được lưu. Xóa những dòng đã nhập của phiếu này?"),
            self.tr("&Xóa những dòng đã nhập"), self.tr("&Tiếp tục nhập"))

    def close_count(self) -> None:
        if not self.confirm_drop_keyed(self.tr("Kết thúc kiểm phiếu")):
            return
        CloseDialog(self.service, self.window).exec()

    def reopen_count(self) -> None:
        ask = self.reopen_ask()
        if ReasonDialog(ask, self.service.reopen, self.window).exec():
            self.tell(self.tr("Đã mở lại kiểm phiếu."))
            self._back_to_form()

    def close_stack_ask(self, name: str, done: int, expected: int) -> Ask:
        return Ask(name="closeStack", title=self.tr("Đóng tập {name}").format(name=name),
                   explain=self.tr(
                       "Tập {name} mới nhập {done} trên {expected} phiếu đã đếm. Lý do được "
                       "ghi vào biên bản.").format(name=name, done=done, expected=expected),
                   label=self.tr("&Lý do đóng tập:"),
                   placeholder=self.tr("ví dụ: đếm lại tập được {done} phiếu").format(done=done),
                   confirm=self.tr("Đó&ng tập"), keep=self.tr("&Tiếp tục nhập"))

    def next_round(self) -> NextRoundDialog:
        """A closed election's further round: made, then opened in a window of its own."""
        dialog = NextRoundDialog(self.service, self.window)
        if dialog.exec() and dialog.made is not None:
            self.window.file_made.emit(dialog.made)
        return dialog

    def reopen_ask(self) -> Ask:
        return Ask(name="reopen", title=self.tr("Mở lại kiểm phiếu"),
                   explain=self.tr("Kết quả đã chốt sẽ được mở để sửa. Lý do mở lại và mọi sửa "
                                   "đổi sau đó được ghi vào biên bản và nhật ký."),
                   label=self.tr("&Lý do mở lại:"),
                   placeholder=self.tr("ví dụ: đọc nhầm phiếu số 12"),
                   confirm=self.tr("&Mở lại"), keep=self.tr("&Giữ kết quả đã chốt"))

    # -- verification ----------------------------------------------------------------------
    def double_entry(self, stack: str | None = None) -> DoubleEntryDialog:
        dialog = DoubleEntryDialog(self.service, self.window, stack)
        # maximised: the second operator must not see the first entry (the keying tab shows
        # the last saved ballot) behind the dialog
        dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
        dialog.open()
        return dialog

    def spot_check(self) -> None:
        SpotCheckDialog(self.service, self.window).exec()
        self._back_to_form()

    def show_operators(self) -> OperatorsDialog:
        dialog = OperatorsDialog(self.service, self.window)
        dialog.open()
        return dialog

    def make_table_file(self) -> None:
        table_actions.make_table_file(self.service, self.window)

    def merge_tables(self) -> None:
        table_actions.merge_table_files(self.service, self.window)

    # -- copies and documents --------------------------------------------------------------
    def backup_now(self) -> None:
        try:
            written = self.service.backup_now()
        except DesktopError as exc:
            self._refused(exc)
            return
        self.tell(self.tr("Đã sao lưu: {files}").format(
            files=", ".join(str(p) for p in written)))

    def choose_second_backup(self) -> None:
        current = self.service.policy.second_folder
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Thư mục sao lưu thứ hai"),
            str(current or settings.beside(self.service.path)))
        chosen = Path(folder) if folder else None
        settings.set_second_backup_folder(chosen)
        self.service.policy = replace(self.service.policy, second_folder=chosen)

    def print_minutes(self) -> None:
        outputs.preview_and_print(self.service, self.window)

    def save(self, kind: str) -> Path | None:
        path = outputs.save(self.service, kind, self.window)
        if path is not None:
            self.saved_to(path)
        return path

    def saved_to(self, path: Path) -> None:
        self.tell(self.tr("Đã lưu: {path}").format(path=path))

    # -- the projector ---------------------------------------------------------------------
    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.service)
            self.projector.set_mode(self._projector_mode)
            self.projector.closed.connect(self._back_to_form)
        if not self.projector.isVisible():
            self.projector.open_on_best_screen(self.window)
        self.projector.raise_()
        self._back_to_form()  # the keys stay with the ballot
        return self.projector

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
        else:
            self.open_projector()

    def set_projector_mode(self, mode: ProjectorMode) -> None:
        self._projector_mode = mode
        self.open_projector().set_mode(mode)

    def show_help(self) -> None:
        HelpDialog(self.service.definition.rules.levels, self.window,
                   election_keying.bindings(self.service.definition)).exec()
        self._back_to_form()
