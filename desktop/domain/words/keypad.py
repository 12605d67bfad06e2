"""The keypad's words: what each key does (F1 help, README), the hint line, the line under
the form."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- what each binding does (desktop.domain.keypad.BINDINGS) ---------------------------
    "keypad.does.level": ("đánh dấu mức đó ở dòng hiện tại, sang dòng sau",
                          "marks that level on the current row and moves to the next row"),
    "keypad.does.blank": ("dòng để trống (không đánh ô nào): không hợp lệ riêng với người đó",
                          "blank row (no box marked): invalid for that official only"),
    "keypad.does.multiple": ("dòng đánh nhiều ô: không hợp lệ riêng với người đó",
                             "several boxes marked: invalid for that official only"),
    "keypad.does.fill": ("rồi một mức: điền mức đó vào mọi dòng còn trống",
                         "then a level: fills every row still empty with that level"),
    "keypad.does.back": ("lùi một dòng và xóa dòng đó", "back one row and clear it"),
    "keypad.does.move": ("đến dòng bất kỳ để sửa (hoặc bấm chuột vào dòng, vào ô)",
                         "move to any row and overwrite it (or click the row, or a box)"),
    "keypad.does.save": ("lưu phiếu khi mọi dòng đã nhập; “Phiếu số N đã lưu” chỉ hiện sau khi "
                         "đã ghi vào tệp. Phiếu chưa đủ dòng thì về dòng còn trống đầu tiên, "
                         "không lưu gì",
                         "saves the ballot when every row has a state; \"Ballot N saved\" "
                         "appears only after the save committed. On an incomplete ballot it "
                         "moves to the first empty row and saves nothing"),
    "keypad.does.invalid": ("cả phiếu không hợp lệ: một chữ số chọn lý do (1 không do Ban kiểm "
                            "phiếu phát ra, 2 gạch tên in sẵn, 3 ghi thêm tên hoặc nội dung, "
                            "4 có dấu hiệu nhận biết, 5 lý do khác), hoặc gõ lý do; Enter để "
                            "lưu, Esc để thôi",
                            "the whole ballot is invalid: a digit picks the reason (1 not "
                            "issued by the committee, 2 printed name crossed out, 3 name or "
                            "text added, 4 identifiable, 5 other), or type the reason; Enter "
                            "saves, Esc cancels"),
    "keypad.does.cancel": ("bỏ lệnh điền hoặc phiếu không hợp lệ đang nhập dở",
                           "cancels a fill or an invalid ballot being keyed"),
    "keypad.does.void_last": ("hủy bản nhập phiếu vừa lưu, sau khi hỏi lại (ghi nhật ký; muốn "
                              "tính lại thì nhập lại từ Danh sách phiếu)",
                              "voids the last saved ballot's entry, after asking (audited; "
                              "re-key it from the ballot list to undo)"),
    "keypad.does.help": ("hiện bảng phím này", "shows this table of keys"),
    # -- the hint line above the form ------------------------------------------------------
    "keypad.hint.level": ("1–{k} mức", "1–{k} levels"),
    "keypad.hint.blank": ("0 để trống", "0 blank"),
    "keypad.hint.multiple": ("* nhiều ô", "* several boxes"),
    "keypad.hint.fill": ("+ điền còn lại", "+ fill the rest"),
    "keypad.hint.back": ("- lùi", "- back"),
    "keypad.hint.save": ("Enter lưu", "Enter saves"),
    "keypad.hint.invalid": ("/ phiếu không hợp lệ", "/ invalid ballot"),
    "keypad.hint.help": ("F1 trợ giúp", "F1 help"),
    "keypad.hint_fill": ("Điền: gõ mức (1–{k}) cho mọi dòng còn trống.",
                         "Fill: type the level (1–{k}) for every empty row."),
    "keypad.hint_invalid": ("Phiếu không hợp lệ: chọn lý do.", "Invalid ballot: pick the "
                            "reason."),
    # -- the line under the form -----------------------------------------------------------
    "keypad.no_level": ("Phiếu có {k} mức; không có mức {n}.",
                        "The ballot has {k} levels; there is no level {n}."),
    "keypad.all_rows": ("Đã đủ các dòng: Enter để lưu, ↑ để sửa một dòng.",
                        "Every row is keyed: Enter saves, ↑ corrects a row."),
    "keypad.fill_cancelled": ("Đã bỏ lệnh điền.", "Fill cancelled."),
    "keypad.row_missing": ("Dòng {row} chưa nhập; phiếu chưa được lưu.",
                           "Row {row} is not keyed; the ballot is not saved."),
    "keypad.invalid_cancelled": ("Đã bỏ nhập phiếu không hợp lệ.",
                                 "The invalid ballot was cancelled."),
    "keypad.pick_reason": ("Chọn lý do bằng một chữ số, hoặc gõ lý do.",
                           "Pick the reason with a digit, or type it."),
    "keypad.type_reason": ("Gõ lý do rồi nhấn Enter.", "Type the reason, then press Enter."),
    "keypad.saved": ("Phiếu số {number} đã lưu.", "Ballot {number} saved."),
    "keypad.not_saved": ("CHƯA LƯU: {error}", "NOT SAVED: {error}"),
    "keypad.voided": ("Đã hủy bản nhập phiếu số {number}.",
                      "The entry of ballot {number} was voided."),
    "keypad.reasons_title": ("PHIẾU KHÔNG HỢP LỆ: chọn lý do, Enter để lưu, Esc để thôi.",
                             "INVALID BALLOT: pick the reason, Enter saves, Esc cancels."),
}
