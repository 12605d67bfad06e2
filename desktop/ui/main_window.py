"""The window on one count: keying, the ballot list, the results. The menus come from one
table (window_menus) and run the window's commands (window_commands).

It wires views together and calls the service; it holds no count logic of its own.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QTabWidget, QWidget

from desktop.domain.audit import format_fingerprint
from desktop.domain.words import Lang, Term
from desktop.services.count_service import ChangeSet, CountService
from desktop.ui import i18n, window_menus
from desktop.ui.ballot_form import BallotForm
from desktop.ui.ballot_list import BallotListPage
from desktop.ui.results_view import ResultsView
from desktop.ui.side_panel import SidePanel
from desktop.ui.styles import ERROR_COLOUR
from desktop.ui.window_commands import WindowCommands
from desktop.ui.window_menus import When


class MainWindow(QMainWindow):
    new_requested = Signal()
    open_requested = Signal()
    language_requested = Signal(object)  # Lang
    file_made = Signal(object)  # Path: a counting file made from this one, to open
    closed = Signal()

    def __init__(self, service: CountService) -> None:
        super().__init__()
        self.service = service
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.setCentralWidget(self.tabs)
        self._build_pages()
        self.commands = WindowCommands(self)
        self.menu_actions: dict[str, QAction] = window_menus.build(
            self.menuBar(), self, self.commands.run, self.commands.checked)
        self.ballot_list.rekey_requested.connect(self.commands.rekey_ballot)
        self.ballot_list.void_requested.connect(self.commands.void_ballot)
        self.results_view.saved_to.connect(self.commands.saved_to)
        self.results_view.told.connect(self.commands.tell)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.fingerprint)
        if service.read_only:
            text = self.tr("CHỈ XEM: tệp được mở để đọc, không thể nhập phiếu.")
            if isinstance(service.held_by, Term):
                text = self.tr("CHỈ XEM: tệp đang được mở để ghi ở {holder}; ở đây không thể "
                               "nhập phiếu.").format(holder=i18n.say(service.held_by.code,
                                                                    **service.held_by.values))
            banner = QLabel(text, self)
            banner.setStyleSheet(f"background: {ERROR_COLOUR}; color: white; padding: 3px 8px;")
            banner.setObjectName("readOnlyBanner")
            self.statusBar().addWidget(banner)
        service.changed.connect(self._on_service_changed)
        self._refresh_actions()
        self._refresh_title()
        self.resize(1366, 720)
        # What the count loaded (ballot list, models) lives as long as the window: move it
        # out of the collector's sight, or every full collection walks it after a ballot.
        gc.collect()
        gc.freeze()

    def show_language(self) -> None:
        """The language menu checks the language the window speaks (a switch the committee
        refused leaves it as it was)."""
        for lang in (Lang.VI, Lang.EN):
            self.menu_actions[f"language_{lang.value}"].setChecked(lang is i18n.language())

    # -- building ---------------------------------------------------------------------------
    def _build_pages(self) -> None:
        keying = QWidget(self)
        row = QHBoxLayout(keying)
        self._keying, self._keying_row = keying, row
        self._add_keying_views()
        self.tabs.addTab(keying, self.tr("Nhập &phiếu"))

        self.ballot_list = BallotListPage(self.service, self)
        self.tabs.addTab(self.ballot_list, self.tr("&Danh sách phiếu"))

        self.results_view = ResultsView(self.service, self)
        self.results = self.results_view.table
        self.tabs.addTab(self.results_view, self.tr("Kết &quả"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _add_keying_views(self) -> None:
        self.form = BallotForm(self.service, parent=self._keying)
        self.form.saved.connect(self._on_form_saved)
        self.side = SidePanel(self.service, self._keying)
        self._keying_row.addWidget(self.form, stretch=5)
        self._keying_row.addWidget(self.side, stretch=3)

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
        for action in self.menu_actions.values():
            when = When(action.property("when"))
            if when is When.OPEN:
                action.setEnabled(open_for_changes)
            elif when is When.CLOSED:
                action.setEnabled(not s.read_only and s.closed)
            elif when is When.ROUND_LEFT:
                found = s.election_outcome() if s.closed else None
                action.setEnabled(found is not None and found.unfilled > 0)
        self.form.setEnabled(open_for_changes)
        if s.read_only:
            self.form.notice(self.tr("Tệp chỉ được mở để xem: không thể nhập phiếu."))
        elif s.closed:
            self.form.clear(self.tr("Cuộc kiểm phiếu đã kết thúc; muốn sửa phải mở lại "
                                    "(Kiểm phiếu › Mở lại kiểm phiếu), có ghi lý do."), ok=True)
        else:
            self.form.notice("")
        self.form.show_number()  # the form may hear of the change after the window

    def _rebuild_form(self) -> None:
        """Officials may change until the first ballot: the form and the panel follow."""
        for old in (self.form, self.side):
            self._keying_row.removeWidget(old)
            self.service.changed.disconnect(old._on_service_changed)
            old.deleteLater()
        self._add_keying_views()

    def _refresh_title(self) -> None:
        s = self.service
        setup = s.definition.election
        title = s.definition.title
        if setup is not None and (setup.round > 1 or setup.previous):
            # a further round is told apart from the one before at a glance
            title += " — " + self.tr("lần bầu thứ {round}").format(round=setup.round)
        self.setWindowTitle(f"{title} — {s.path.name} — Kiểm Phiếu")
        # whole, as the minutes print it, so a printout can be compared with the screen
        self.fingerprint.setText(self.tr("Dấu vân tay: {fp}").format(
            fp=format_fingerprint(s.fingerprint())))

    def _on_form_saved(self, ballot: object) -> None:
        number = getattr(ballot, "number", "?")
        message = self.tr("Phiếu số {n} đã lưu").format(n=number)
        error = self.service.backup_error
        if error is not None:
            message += " · " + self.tr("SAO LƯU LỖI: {error}").format(
                error=i18n.describe(error))
        self.commands.tell(message)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 0:
            self.form.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A half-keyed ballot is not dropped without asking."""
        if not self.commands.confirm_drop_keyed(self.tr("Đóng cửa sổ")):
            event.ignore()
            return
        projector = self.commands.projector
        if projector is not None:
            projector.close()
        self.service.close()
        super().closeEvent(event)
        self.closed.emit()
