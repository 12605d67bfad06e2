"""Counting tables from the window: make a table's file for its laptop, and merge the tables'
files back into this master count, each file accepted or refused with its reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.domain.tables import MergeReport
from desktop.errors import DesktopError
from desktop.services import tables
from desktop.services.count_service import CountService
from desktop.ui import i18n, settings
from desktop.ui.setup_flow import SUFFIX as FILE_SUFFIX


def make_table_file(service: CountService, parent: QWidget | None,
                    name: str | None = None, path: Path | None = None) -> Path | None:
    """Ask for the table's name and where to save its file (unless given); say what was made."""
    if name is None:
        name, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("table_actions", "Tệp cho một bàn kiểm phiếu"),
            QCoreApplication.translate("table_actions", "Tên bàn (ví dụ: Bàn 2):"))
        if not ok:
            return None
    if path is None:
        suggested = settings.beside(service.path) / \
            f"{service.path.stem} - {name.strip()}{FILE_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("table_actions", "Lưu tệp của bàn"),
            str(suggested), f"Kiểm Phiếu (*{FILE_SUFFIX})")
        if not chosen:
            return None
        path = Path(chosen)
    try:
        made = tables.make_table_file(service, path, name)
    except DesktopError as exc:
        QMessageBox.warning(parent, "Kiểm Phiếu", i18n.alone(exc))
        return None
    QMessageBox.information(parent, "Kiểm Phiếu", QCoreApplication.translate(
        "table_actions",
        "Đã tạo {file}. Chép tệp này sang máy của bàn (USB), nhập phiếu ở đó, rồi mang tệp "
        "về và chọn Đối chiếu › Bàn kiểm phiếu › Nhập tệp của các bàn.").format(file=made))
    return made


def merge_table_files(service: CountService, parent: QWidget | None,
                      paths: list[Path] | None = None) -> list[str]:
    """Merge each chosen file; a refused file changes nothing. Returns the report lines."""
    if paths is None:
        chosen, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("table_actions", "Nhập tệp của các bàn"),
            str(settings.beside(service.path)), f"Kiểm Phiếu (*{FILE_SUFFIX})")
        paths = [Path(p) for p in chosen]
    report = _renamed_where_asked(service, tables.merge_files(service, paths), parent)
    lines = [i18n.say(t.code, **t.values) for t in
             [o.line(o.file.name) for o in report.outcomes] + [report.summary()]]
    if report.outcomes:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("table_actions", "Nhập tệp của các bàn"),
            "\n".join(lines), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("mergeReport")
        box.open()
    return lines


def _renamed_where_asked(service: CountService, report: MergeReport,
                         parent: QWidget | None) -> MergeReport:
    """A table refused for having the name of one of the master's own stacks is merged under
    another name when the committee, asked, types one (two different sets of ballots under
    one name); cancelling leaves it refused."""
    outcomes = list(report.outcomes)
    for i, outcome in enumerate(outcomes):
        refusal = outcome.result
        if not isinstance(refusal, DesktopError) or refusal.code != "table_name_is_a_stack":
            continue
        name, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("table_actions", "Gộp với tên khác"),
            QCoreApplication.translate(
                "table_actions", "Bàn “{table}” trùng tên với tập phiếu “{stack}” của tệp "
                "này.\nChỉ gộp khi chắc chắn đó là hai tập phiếu khác nhau.\n\nTên cho các "
                "phiếu của bàn này:").format(**{k: str(v) for k, v in refusal.values.items()}),
            text=QCoreApplication.translate("table_actions", "{table} (bàn)").format(
                table=refusal.values.get("table", "")))
        if ok and name.strip():
            outcomes[i] = tables.merge_files(service, [outcome.file], name).outcomes[0]
    return MergeReport(tuple(outcomes), report.before, service.entered)
