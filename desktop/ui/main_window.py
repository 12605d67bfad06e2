"""The window on one count: keying, the ballot list, the results; menus wire the dialogs.

It wires views together and calls the service; it holds no count logic of its own.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desktop.domain.audit import format_fingerprint
from desktop.errors import DesktopError
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import outputs, settings, setup_flow, table_actions
from desktop.ui.ballot_form import BallotForm
from desktop.ui.ballot_list import BallotListPage
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.dialogs import HelpDialog, RekeyDialog, StackDialog
from desktop.ui.double_entry_dialog import DoubleEntryDialog
from desktop.ui.hand_tally_dialog import HandTallyDialog
from desktop.ui.operators_dialog import OperatorsDialog
from desktop.ui.projector_window import Mode as ProjectorMode
from desktop.ui.projector_window import ProjectorWindow
from desktop.ui.results_view import ResultsView
from desktop.ui.side_panel import SidePanel
from desktop.ui.spot_check_dialog import SpotCheckDialog


class MainWindow(QMainWindow):
    new_requested = Signal()
    open_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, service: CountService, lang: str = "vi") -> None:
        super().__init__()
        self.service = service
        self.lang = lang
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.setCentralWidget(self.tabs)
        self._build_pages()
        self._build_menus()
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.fingerprint)
        if service.read_only:
            text = self.tr("CHỈ XEM: tệp được mở để đọc, không thể nhập phiếu.")
            if service.held_by:
                text = self.tr("CHỈ XEM: tệp đang được mở để ghi ở {holder}; ở đây không thể "
                               "nhập phiếu.").format(holder=service.held_by)
            banner = QLabel(text, self)
            banner.setStyleSheet("background: #b00020; color: white; padding: 3px 8px;")
            banner.setObjectName("readOnlyBanner")
            self.statusBar().addWidget(banner)
        service.changed.connect(self._on_service_changed)
        self._refresh_title()
        self.resize(1366, 720)
        # What the count loaded (ballot list, models) lives as long as the window: move it
        # out of the collector's sight, or every full collection walks it after a ballot.
        gc.collect()
        gc.freeze()

    # -- building ---------------------------------------------------------------------------
    def _build_pages(self) -> None:
        keying = QWidget(self)
        row = QHBoxLayout(keying)
        self._keying, self._keying_row = keying, row
        self.form = BallotForm(self.service, self.lang, parent=keying)
        self.form.saved.connect(self._on_form_saved)
        self.side = SidePanel(self.service, self.lang, keying)
        row.addWidget(self.form, stretch=5)
        row.addWidget(self.side, stretch=3)
        self.tabs.addTab(keying, self.tr("&Nhập phiếu"))

        self.ballot_list = BallotListPage(self.service, self.lang, self)
        self.ballot_list.rekey_requested.connect(self.rekey_ballot)
        self.ballot_list.void_requested.connect(self.void_ballot)
        self.tabs.addTab(self.ballot_list, self.tr("&Danh sách phiếu"))

        self.results_view = ResultsView(self.service, self.lang, self)
        self.results = self.results_view.table
        self.tabs.addTab(self.results_view, self.tr("&Kết quả"))
        self.projector: ProjectorWindow | None = None
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        file_menu.addAction(self._action(self.tr("Kiểm phiếu &mới…"), self.new_requested.emit,
                                         QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(self.tr("&Mở…"), self.open_requested.emit,
                                         QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(self.tr("Đó&ng"), self.close,
                                         QKeySequence.StandardKey.Close))
        count_menu = bar.addMenu(self.tr("&Kiểm phiếu"))
        self.setup_action = self._action(self.tr("&Thiết lập…"), self.edit_setup, "Ctrl+,",
                                         "setupAction")
        count_menu.addAction(self.setup_action)
        self.stack_action = self._action(self.tr("&Bắt đầu tập phiếu…"), self.open_stack,
                                         "Ctrl+T", "openStackAction")
        count_menu.addAction(self.stack_action)
        self.close_stack_action = self._action(self.tr("Đó&ng tập phiếu…"), self.close_stack,
                                               None, "closeStackAction")
        count_menu.addAction(self.close_stack_action)
        self.undo_action = self._action(self.tr("&Hủy phiếu vừa lưu"), self.undo_last,
                                        QKeySequence.StandardKey.Undo, "undoAction")
        count_menu.addAction(self.undo_action)
        self.hand_action = self._action(self.tr("Nhập bảng kiểm đếm t&ay cho tập đang mở…"),
                                        self.hand_tally, None, "handTallyAction")
        count_menu.addAction(self.hand_action)
        check_menu = bar.addMenu(self.tr("Đối &chiếu"))
        self.double_action = self._action(self.tr("Nhập &hai lần theo tập phiếu…"),
                                          self.double_entry, None, "doubleEntryAction")
        check_menu.addAction(self.double_action)
        self.spot_action = self._action(self.tr("Kiểm tra &chọn mẫu…"), self.spot_check, None,
                                        "spotCheckAction")
        check_menu.addAction(self.spot_action)
        check_menu.addAction(self._action(self.tr("Số liệu người &nhập…"), self.show_operators,
                                          None, "operatorsAction"))
        check_menu.addSeparator()
        tables_menu = check_menu.addMenu(self.tr("&Bàn kiểm phiếu"))
        self.table_file_action = self._action(
            self.tr("&Tạo tệp cho một bàn…"),
            lambda: table_actions.make_table_file(self.service, self), None, "tableFileAction")
        self.merge_action = self._action(
            self.tr("&Nhập tệp của các bàn…"),
            lambda: table_actions.merge_table_files(self.service, self), None, "mergeAction")
        tables_menu.addAction(self.table_file_action)
        tables_menu.addAction(self.merge_action)
        count_menu.addSeparator()
        self.close_count_action = self._action(self.tr("&Kết thúc kiểm phiếu…"),
                                               self.close_count, None, "closeCountAction")
        count_menu.addAction(self.close_count_action)
        self.reopen_action = self._action(self.tr("&Mở lại kiểm phiếu…"), self.reopen_count,
                                          None, "reopenAction")
        count_menu.addAction(self.reopen_action)
        count_menu.addSeparator()
        count_menu.addAction(self._action(self.tr("&Sao lưu ngay"), self.backup_now, None,
                                          "backupAction"))
        count_menu.addAction(self._action(self.tr("Thư mục sao lưu thứ hai (&USB)…"),
                                          self.choose_second_backup, None, "secondBackupAction"))
        minutes_menu = bar.addMenu(self.tr("&Biên bản"))
        minutes_menu.addAction(self._action(self.tr("&Xem trước và in…"), self.print_minutes,
                                            QKeySequence.StandardKey.Print, "printAction"))
        for kind, text in (("pdf", self.tr("Lưu biên bản &PDF…")),
                           ("odt", self.tr("Lưu biên bản &ODT (để sửa)…")),
                           ("csv", self.tr("Xuất kết quả &CSV…")),
                           ("xlsx", self.tr("Xuất kết quả &XLSX…")),
                           ("log_pdf", self.tr("In nhật ký &nhập phiếu (PDF)…")),
                           ("log", self.tr("Xuất &nhật ký (JSON lines)…"))):
            minutes_menu.addAction(self._action(
                text, lambda _=False, k=kind: outputs.save(self.service, self.lang, k, self),
                None, f"save_{kind}"))
        projector = bar.addMenu(self.tr("&Máy chiếu"))
        projector.addAction(self._action(self.tr("&Mở màn hình máy chiếu"), self.open_projector,
                                         "F5", "projectorAction"))
        modes = QActionGroup(self)
        for mode, text in ((ProjectorMode.RESULTS, self.tr("Chiếu &kết quả")),
                           (ProjectorMode.ECHO, self.tr("Chiếu &phiếu vừa nhập")),
                           (ProjectorMode.HIDDEN, self.tr("Ẩn kết quả (&chỉ tiến độ)"))):
            action = self._action(text, lambda _=False, m=mode: self.set_projector_mode(m),
                                  None, f"projector_{mode.value}")
            action.setCheckable(True)
            action.setChecked(mode is ProjectorMode.RESULTS)
            modes.addAction(action)
            projector.addAction(action)
        language = bar.addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = self._action(label, lambda _=False, c=code: self.language_requested.emit(c),
                                  None, f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            group.addAction(action)
            language.addAction(action)
        help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        help_menu.addAction(self._action(self.tr("&Phím tắt khi nhập phiếu"), self.show_help,
                                         QKeySequence.StandardKey.HelpContents, "helpAction"))
        self._refresh_actions()

    # -- reacting ---------------------------------------------------------------------------
    def _on_service_changed(self, change: ChangeSet) -> None:
        if change.definition:
            self._rebuild_form()
        if change.closure:
            self._refresh_actions()
        self._refresh_title()

    def _refresh_actions(self) -> None:
        """A closed count (or a read-only file) can be read and printed, not changed."""
        s = self.service
        open_for_changes = not s.read_only and not s.closed
        for action in (self.stack_action, self.close_stack_action, self.undo_action,
                       self.close_count_action, self.spot_action, self.hand_action,
                       self.double_action, self.merge_action):
            action.setEnabled(open_for_changes)
        self.reopen_action.setEnabled(not s.read_only and s.closed)
        self.form.setEnabled(open_for_changes)
        if s.read_only:
            self.form.notice(self.tr("Tệp chỉ được mở để xem: không thể nhập phiếu."))
        elif s.closed:
            self.form.number_label.setText(self.tr("ĐÃ KẾT THÚC KIỂM PHIẾU"))
            self.form.notice(self.tr("Cuộc kiểm phiếu đã kết thúc; muốn sửa phải mở lại "
                                     "(Kiểm phiếu › Mở lại), có ghi lý do."))
        else:
            self.form.notice("")

    def _rebuild_form(self) -> None:
        """Officials may change until the first ballot: the form and the panel follow."""
        row = self._keying_row
        for old in (self.form, self.side):
            row.removeWidget(old)
            self.service.changed.disconnect(old._on_service_changed)
            old.deleteLater()
        self.form = BallotForm(self.service, self.lang, parent=self._keying)
        self.form.saved.connect(self._on_form_saved)
        self.side = SidePanel(self.service, self.lang, self._keying)
        row.addWidget(self.form, stretch=5)
        row.addWidget(self.side, stretch=3)

    def _refresh_title(self) -> None:
        s = self.service
        self.setWindowTitle(f"{s.definition.title} — {s.path.name} — Kiểm Phiếu")
        self.fingerprint.setText(self.tr("Dấu vân tay: {fp}").format(
            fp=format_fingerprint(s.fingerprint())[:24] + "…"))

    def _on_form_saved(self, ballot: object) -> None:
        number = getattr(ballot, "number", "?")
        message = self.tr("Phiếu số {n} đã lưu").format(n=number)
        if self.service.backup_error:
            message += " · " + self.tr("SAO LƯU LỖI: {error}").format(
                error=self.service.backup_error)
        self.statusBar().showMessage(message, 4000)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 0:
            self.form.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.setFocus()

    # -- commands ---------------------------------------------------------------------------
    def _run(self, action: object, *args: object) -> bool:
        """Call a service use case; a refusal is shown, never swallowed, never a traceback."""
        try:
            action(*args)  # type: ignore[operator]
        except DesktopError as exc:
            QMessageBox.warning(self, "Kiểm Phiếu", str(exc))
            return False
        return True

    def undo_last(self) -> None:
        last = self.service.last_ballot
        if last is None or not last.counts:
            self.statusBar().showMessage(self.tr("Không có phiếu nào để hủy."), 4000)
            return
        answer = QMessageBox.question(
            self, self.tr("Hủy phiếu vừa lưu"),
            self.tr("Hủy phiếu số {n}? Phiếu vẫn nằm trong danh sách (gạch ngang) và có thể "
                    "nhập lại.").format(n=last.number))
        if answer == QMessageBox.StandardButton.Yes and self._run(
                self.service.void_ballot, last.number, self.tr("hủy ngay sau khi nhập (Ctrl+Z)")):
            self.statusBar().showMessage(self.tr("Đã hủy phiếu số {n}.").format(n=last.number),
                                         4000)
        self.form.setFocus()

    def void_ballot(self, number: int) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Hủy phiếu số {n}").format(n=number), self.tr("Lý do hủy:"))
        if ok:
            self._run(self.service.void_ballot, number, reason)

    def rekey_ballot(self, number: int) -> None:
        ballot = self.service.ballot(number)
        if ballot is not None:
            RekeyDialog(self.service, ballot, self.lang, self).exec()

    def open_stack(self) -> None:
        dialog = StackDialog(self.service, self)
        if dialog.exec():
            self._run(self.service.open_stack, dialog.name.text(), dialog.expected.value(),
                      dialog.operator.text())
        self.form.setFocus()

    def close_stack(self) -> None:
        stack = self.service.current_stack
        if stack is None:
            self.statusBar().showMessage(self.tr("Không có tập phiếu nào đang mở."), 4000)
            return
        reason = ""
        done = self.service.stack_entered(stack.name)
        if done < stack.expected:
            reason, ok = QInputDialog.getText(
                self, self.tr("Đóng tập {name}").format(name=stack.name),
                self.tr("Tập mới có {done}/{expected} phiếu. Lý do đóng tập:").format(
                    done=done, expected=stack.expected))
            if not ok:
                return
        self._run(self.service.close_stack, reason)

    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.service, self.lang)
        self.projector.open_on_best_screen()
        return self.projector

    def set_projector_mode(self, mode: ProjectorMode) -> None:
        self.open_projector().set_mode(mode)
        self.form.setFocus()

    def hand_tally(self) -> None:
        if self.service.current_stack is None:
            self.statusBar().showMessage(self.tr(
                "Mở một tập phiếu trước (Bắt đầu tập phiếu), với số phiếu đã đếm."), 6000)
            return
        HandTallyDialog(self.service, self.lang, self).exec()
        self.form.setFocus()

    def double_entry(self, stack: str | None = None) -> DoubleEntryDialog:
        dialog = DoubleEntryDialog(self.service, self.lang, self, stack)
        # maximised: the second operator must not see the first entry (the keying tab shows
        # the last saved ballot) behind the dialog
        dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
        dialog.open()
        return dialog

    def show_operators(self) -> OperatorsDialog:
        dialog = OperatorsDialog(self.service, self.lang, self)
        dialog.open()
        return dialog

    def spot_check(self) -> None:
        SpotCheckDialog(self.service, self.lang, self).exec()
        self.form.setFocus()

    def close_count(self) -> None:
        CloseDialog(self.service, self.lang, self).exec()

    def reopen_count(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Mở lại kiểm phiếu"),
                                          self.tr("Lý do mở lại (sẽ ghi vào biên bản):"))
        if ok and self._run(self.service.reopen, reason):
            self.form._show_number()

    def backup_now(self) -> None:
        try:
            written = self.service.backup_now()
        except DesktopError as exc:
            QMessageBox.warning(self, "Kiểm Phiếu", str(exc))
            return
        self.statusBar().showMessage(self.tr("Đã sao lưu: {files}").format(
            files=", ".join(str(p) for p in written)), 8000)

    def choose_second_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Thư mục sao lưu thứ hai"))
        chosen = Path(folder) if folder else None
        settings.set_second_backup_folder(chosen)
        self.service.policy = replace(self.service.policy, second_folder=chosen)

    def print_minutes(self) -> None:
        outputs.preview_and_print(self.service, self.lang, self)

    def edit_setup(self) -> None:
        setup_flow.edit_count(self.service, self.lang, self)

    def show_help(self) -> None:
        HelpDialog(self.service.definition.rules.levels, self).exec()
        self.form.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.projector is not None:
            self.projector.close()
        self.service.close()
        super().closeEvent(event)
