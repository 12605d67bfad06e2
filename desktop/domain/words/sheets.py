"""The words of the results as spreadsheets (CSV, XLSX) and of the spreadsheets a person brings
(a list of officials), beyond those the minutes already have."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- the results CSV: its first column says whether the count is closed -----------------
    "sheet.status": ("Tình trạng", "Status"),
    "sheet.closed": ("Đã kết thúc", "Closed"),
    "sheet.tampered": ("KHÔNG KHỚP NHẬT KÝ KIỂM TOÁN", "DOES NOT MATCH ITS AUDIT LOG"),
    # -- a list of officials in a spreadsheet format the program does not read -------------
    "xls_old_format": ("tệp là bảng tính Excel cũ (.xls); hãy lưu lại dạng .xlsx hoặc CSV UTF-8",
                       "the file is an old Excel workbook (.xls); save it as .xlsx or UTF-8 CSV"),
    "ods_format": ("tệp là bảng tính OpenDocument (.ods); hãy lưu lại dạng .xlsx hoặc CSV UTF-8",
                   "the file is an OpenDocument spreadsheet (.ods); save it as .xlsx or UTF-8 "
                   "CSV"),
}
