"""The words of what is printed and exported: the minutes, the ballot-entry log, the chart,
the CSV and XLSX headers."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- the minutes: header and numbers -----------------------------------------------------
    "minutes.party": ("ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIETNAM"),
    "minutes.state": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "minutes.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    # a leading zero for days below 10 and the months 1 and 2 only (DOCUMENTS.md)
    "minutes.place_date": ("{place}, ngày {day:02d} tháng {month} năm {year}",
                           "{place}, {day} {month} {year}"),
    **{f"month.{m}": (f"{m:02d}" if m <= 2 else str(m), name) for m, name in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"), start=1)},
    "minutes.place_no_date": ("{place}, ngày … tháng … năm …", "{place}, …"),
    "minutes.members": ("Tổng số thành viên", "Members in total"),
    "minutes.summoned": ("Số được triệu tập", "Summoned"),
    "minutes.present": ("Số có mặt", "Present"),
    "minutes.absent": (" (vắng mặt: {absent})", " (absent: {absent})"),
    "minutes.issued": ("Số phiếu phát ra", "Ballots issued"),
    "minutes.collected": ("Số phiếu thu vào", "Ballots collected"),
    "minutes.valid": ("Số phiếu hợp lệ", "Valid ballots"),
    "minutes.invalid": ("Số phiếu không hợp lệ", "Invalid ballots"),
    "minutes.reason_count": ("{reason}: {count}", "{reason}: {count}"),
    "minutes.tables": ("Kiểm phiếu tại các bàn (đã gộp):", "Counted at these tables (merged):"),
    "minutes.table": ("Bàn", "Table"),
    "minutes.table_numbers": ("Phiếu số", "Ballot numbers"),
    "minutes.table_ballots": ("Số phiếu", "Ballots"),
    "minutes.table_valid": ("Hợp lệ", "Valid"),
    "minutes.table_invalid": ("Không hợp lệ", "Invalid"),
    "minutes.hand_counted": (
        "Tập {stack} được kiểm đếm tay (nhập từ bảng kiểm đếm): {ballots} phiếu, hợp lệ "
        "{valid}, không hợp lệ {invalid}.",
        "Stack {stack} was counted by hand (entered from the tally sheet): {ballots} ballots, "
        "{valid} valid, {invalid} invalid."),
    # -- the minutes: the results table ------------------------------------------------------
    "minutes.col_no": ("TT", "No."),
    "minutes.col_name": ("Họ và tên", "Name"),
    "minutes.col_title": ("Chức vụ", "Title"),
    "minutes.col_invalid": ("Không hợp lệ", "Invalid"),
    "minutes.col_ballots": ("Số phiếu", "Ballots"),
    "minutes.col_percent": ("Tỷ lệ %", "%"),
    "minutes.base": ("Tỷ lệ % tính trên {base}.", "Percentages are of {base}."),
    "minutes.base_value": ("Tỷ lệ % tính trên {base}: {value}.",
                           "Percentages are of {base}: {value}."),
    "minutes.nobody": ("không có ai.", "nobody."),
    "minutes.crossed_by": ("{name} ({count} phiếu, {percent}%)", "{name} ({count} ballots, "
                           "{percent}%)"),
    "minutes.no_threshold": ("Bộ quy tắc không có ngưỡng.", "The rule set has no threshold."),
    # -- the minutes: corrections and acknowledgements --------------------------------------
    "minutes.voided": ("Hủy bản nhập phiếu số {number}: {reason}.",
                       "Entry of ballot {number} voided: {reason}."),
    "minutes.rekeyed": ("Nhập lại phiếu số {number}: {reason}.",
                        "Ballot {number} keyed again: {reason}."),
    "minutes.reopened": ("Mở lại cuộc kiểm phiếu lúc {at}: {reason}.",
                         "Count reopened at {at}: {reason}."),
    "minutes.acknowledged": ("Cảnh báo “{warning}” được đồng chí {by} xác nhận: {text}.",
                             "Warning “{warning}” acknowledged by {by}: {text}."),
    "minutes.warning_unnamed": ("mã {code}", "code {code}"),
    "minutes.stack_short": ("Tập phiếu {stack} đóng khi chưa đủ {expected} phiếu: {reason}.",
                            "Stack {stack} closed short of {expected}: {reason}."),
    "minutes.single_entry": ("Nhập phiếu: mỗi phiếu được nhập một lần (không nhập hai lần).",
                             "Keying: each ballot keyed once (no double entry)."),
    "minutes.double_entry": (
        "Nhập hai lần: {stacks} trên {keyed_stacks} tập phiếu ({ballots} trên {entered} phiếu) "
        "được hai người nhập độc lập và đối chiếu từng phiếu; {differences} khác biệt, Ban "
        "kiểm phiếu đã quyết định {resolved} ({kept_first} giữ bản nhập lần đầu, "
        "{kept_second} theo bản nhập lần hai)",
        "Double entry: {stacks} of {keyed_stacks} stacks ({ballots} of {entered} ballots) "
        "keyed independently by two operators and compared ballot by ballot; {differences} "
        "differences, {resolved} decided by the committee ({kept_first} first entry kept, "
        "{kept_second} second entry kept)"),
    "minutes.double_pending": ("{pending} khác biệt chưa quyết định",
                               "{pending} differences undecided"),
    "minutes.spot_check": (
        "Kiểm tra chọn mẫu (nhập lại mù từ phiếu giấy): {done} trên {population} phiếu, "
        "{differences} khác biệt; với độ tin cậy 95%, tỷ lệ phiếu nhập sai không quá {bound}% "
        "(Clopper–Pearson).",
        "Blind spot check (re-keyed from the paper): {done} of {population} ballots, "
        "{differences} differences; 95% upper bound on the keying error rate {bound}% "
        "(Clopper–Pearson)."),
    # -- the minutes: closing and signatures -------------------------------------------------
    "minutes.time": ("{hour} giờ {minute}, ngày {date}", "{hour}:{minute} on {date}"),
    "minutes.draft_word": ("DỰ THẢO", "DRAFT"),
    "minutes.draft_closing": ("cuộc kiểm phiếu chưa kết thúc; bản in lúc {at}.",
                              "the count is not closed; printed at {at}."),
    "minutes.closing": ("Biên bản kết thúc lúc {hour} giờ {minute} phút, ngày {date}; đã đọc cho "
                        "Ban kiểm phiếu cùng nghe và nhất trí ký tên.",
                        "The minutes were closed at {hour}:{minute} on {date}, read to the "
                        "committee and signed."),
    "minutes.for_the_committee": ("T/M BAN KIỂM PHIẾU", "FOR THE COUNTING COMMITTEE"),
    "minutes.members_heading": ("CÁC THÀNH VIÊN BAN KIỂM PHIẾU", "MEMBERS OF THE COMMITTEE"),
    # -- every page ---------------------------------------------------------------------------
    "page.number": ("Trang {page}/{pages}", "Page {page}/{pages}"),
    "page.fingerprint": ("Dấu vân tay: {fingerprint}", "Fingerprint: {fingerprint}"),
    "page.draft": ("DỰ THẢO — chưa kết thúc kiểm phiếu", "DRAFT — the count is not closed"),
    "page.annex": ("PHỤ LỤC: BIỂU ĐỒ KẾT QUẢ", "ANNEX: RESULTS CHART"),
    "template_placeholder": ("mẫu biên bản có chỗ điền chương trình không biết ({placeholder}); "
                             "xem các chỗ điền trong mẫu còn lại",
                             "the template has a placeholder the program does not know "
                             "({placeholder}); see the placeholders of the other template"),
    # -- the ballot-entry log ----------------------------------------------------------------
    "log.heading": ("NHẬT KÝ NHẬP PHIẾU", "BALLOT-ENTRY LOG"),
    "log.col_no": ("TT", "No."),
    "log.col_event": ("Sự kiện", "Event"),
    "log.col_ballot": ("Phiếu số", "Ballot"),
    "log.col_content": ("Nội dung", "Content"),
    "log.col_time": ("Thời điểm", "Time"),
    # -- the chart -----------------------------------------------------------------------------
    "chart.level": ("{level} {label}", "{level} {label}"),
    "chart.invalid": ("không hợp lệ", "invalid"),
    "chart.remaining": ("chưa nhập", "not keyed yet"),
    "chart.absent": ("vắng mặt / không bỏ phiếu", "absent / not voting"),
    "chart.settled": ("kết quả đã rõ", "outcome settled"),
    "chart.crossed": ("vượt ngưỡng", "over a threshold"),
    "chart.no_base": ("chưa có số làm cơ sở tỷ lệ", "the base of the percentages is not entered"),
    # -- results as CSV, XLSX and on the command line ---------------------------------------
    "export.no": ("STT", "No."),
    "export.name": ("Họ và tên", "Name"),
    "export.title": ("Chức vụ", "Title"),
    "export.level_percent": ("{label} (%)", "{label} (%)"),
    "export.blank": ("Để trống", "Blank"),
    "export.multiple": ("Nhiều ô", "Multiple"),
    "export.base": ("Cơ sở tỷ lệ", "Base"),
    "export.thresholds": ("Ngưỡng", "Thresholds"),
    "export.sheet": ("Kết quả", "Results"),
}
