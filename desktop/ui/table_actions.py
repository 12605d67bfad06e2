"""Counting tables from the window: make a table's file for its laptop, and merge the tables'
files back into this master count, each file accepted or refused with its reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

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
    report = tables.merge_files(service, paths)
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
