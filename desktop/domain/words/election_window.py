"""The words of keying an election in the window: the strike list's keys (F1 help, the hint
line, the line under the form), the names kept so far and the verdict shown before saving,
and the setup dialog's election settings."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- what each key of a strike list does (desktop.domain.strike_keypad.BINDINGS) -------
    "keypad.does.row": ("số thứ tự của một tên bị gạch, rồi Enter: gạch tên đó (gõ lại số đó "
                        "thì giữ lại tên)",
                        "the number of a struck name, then Enter: strikes that name (the "
                        "same number again keeps it)"),
    "keypad.does.next": ("như Enter sau số thứ tự: gạch tên đó rồi gõ số tiếp theo",
                         "as Enter after a number: strikes that name, then type the next"),
    "keypad.does.keep_all": ("giữ lại cả danh sách (không gạch tên nào); Enter sau dấu + là lưu "
                             "phiếu", "keeps the whole list (no name struck); the Enter after "
                             "+ saves the ballot"),
    "keypad.does.strike_all": ("gạch tất cả các tên; các số gõ sau đó là tên được giữ lại",
                               "strikes every name; the numbers typed next are the names kept"),
    "strike.does.back": ("xóa chữ số vừa gõ, hoặc bỏ lần gạch tên vừa rồi",
                         "deletes the digit just typed, or undoes the last strike"),
    "strike.does.save": ("lưu phiếu; “Phiếu số N đã lưu” chỉ hiện sau khi đã ghi vào tệp. "
                         "Phiếu chưa gõ phím nào thì không lưu (giữ lại cả danh sách: + Enter)",
                         "saves the ballot; \"Ballot N saved\" appears only after the save "
                         "committed. On a ballot nothing was keyed on it saves nothing (the "
                         "whole list kept: + Enter)"),
    "strike.does.cancel": ("bỏ số đang gõ hoặc phiếu không hợp lệ đang nhập dở",
                           "cancels the number being typed or an invalid ballot being keyed"),
    # -- the hint line above a strike list ------------------------------------------------
    "strike.hint.row": ("số dòng bị gạch + Enter", "struck row's number + Enter"),
    "strike.hint.keep_all": ("+ không gạch ai", "+ none struck"),
    "strike.hint.strike_all": ("* gạch hết", "* strike all"),
    # -- the line under a strike list ---------------------------------------------------
    "exclusion_row_unreadable": ("dòng {row} của bảng số không tính vào cơ số: cần tên loại và "
                                 "số người (một số nguyên)",
                                 "row {row} of the excluded categories: it needs a name and a "
                                 "number of people (a whole number)"),
    "strike.enter_again": ("Số dòng đã xóa hết; phiếu chưa được lưu. Gõ số dòng bị gạch, hoặc "
                           "Enter lần nữa để lưu phiếu.",
                           "The row number was rubbed out; the ballot is not saved. Type the "
                           "struck row's number, or Enter again to save the ballot."),
    "ballot.typing": ("đang gõ dòng {row}", "typing row {row}"),
    "strike.no_row": ("Danh sách có {rows} tên; không có dòng {row}.",
                      "The list has {rows} names; there is no row {row}."),
    "strike.kept_again": ("Dòng {row} được giữ lại (không gạch).",
                          "Row {row} is kept again (not struck)."),
    "strike.nothing_keyed": ("Chưa gõ gì cho phiếu này; phiếu chưa được lưu. Không gạch tên "
                             "nào: + rồi Enter.",
                             "Nothing keyed on this ballot; it is not saved. No name struck: "
                             "+ then Enter."),
    # -- what the ballot keeps so far, and the verdict before saving --------------------
    "ballot.kept": ("Giữ lại {kept}/{seats} tên", "Keeps {kept}/{seats} names"),
    "ballot.agreed": ("Đồng ý {kept}/{seats} người", "Approves {kept}/{seats}"),
    "ballot.status_reason": ("{status}: {reason}", "{status}: {reason}"),
    "keypad.saved_invalid": ("Phiếu số {number} đã lưu là phiếu không hợp lệ: {reason}.",
                             "Ballot {number} saved as invalid: {reason}."),
    # -- the setup dialog's election settings -----------------------------------------
    "seats_missing": ("chưa nhập số lượng cần bầu", "the seats to fill are not entered"),
    "election.boundary.gt": ("quá (>)", "more than (>)"),
    "election.boundary.ge": ("từ … trở lên (≥)", "at least (≥)"),
    "election.candidates": ("{n} người trong danh sách bầu cử",
                            "{n} candidates on the list"),
}
