"""The words of the minutes (biên bản kiểm phiếu), as DOCUMENTS.md has them: the header, the
opening, the numbers, the table, the thresholds, the corrections, the closing, the signatures.

No sentence here is about the software: the minutes say what the committee did and found.
"""

from __future__ import annotations

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

WORDS: dict[str, tuple[str, str]] = {
    # -- the header ----------------------------------------------------------------------------
    "minutes.party": ("ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIETNAM"),
    "minutes.state": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "minutes.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "minutes.committee_name": ("BAN KIỂM PHIẾU", "COUNTING COMMITTEE"),
    "minutes.number_party": ("Số {number}-BB/BKP", "No. {number}-BB/BKP"),
    "minutes.number_state": ("Số: {number}/BB-BKP", "No.: {number}/BB-BKP"),
    # a leading zero for days below 10 and the months 1 and 2 only (DOCUMENTS.md)
    "minutes.date": ("ngày {day} tháng {month} năm {year}", "{day} {month} {year}"),
    **{f"day.{d}": (f"{d:02d}" if d < 10 else str(d), str(d)) for d in range(1, 32)},
    **{f"month.{m}": (f"{m:02d}" if m <= 2 else str(m), name)
       for m, name in enumerate(_MONTHS, start=1)},
    "minutes.place_date": ("{place}, {date}", "{place}, {date}"),
    "minutes.no_date": ("ngày … tháng … năm …", "…"),
    "minutes.clock": ("{hour:02d} giờ {minute:02d} phút", "{hour:02d}:{minute:02d}"),
    "minutes.no_clock": ("… giờ … phút", "…:…"),
    # -- the title and the opening ---------------------------------------------------------------
    "minutes.opening": ("Hôm nay, vào hồi {clock}, {date}, tại {place}, Ban kiểm phiếu gồm "
                        "các đồng chí:",
                        "Today, at {clock} on {date}, at {place}, the counting committee:"),
    "minutes.member": ("{name}, {role}", "{name}, {role}"),
    "minutes.member_post": ("{name}, {post}, {role}", "{name}, {post}, {role}"),
    "minutes.witnesses": ("Với sự chứng kiến của:", "In the presence of:"),
    "minutes.witness": ("{name}", "{name}"),
    "minutes.witness_post": ("{name}, {post}", "{name}, {post}"),
    "minutes.counted": ("đã tiến hành kiểm phiếu. Kết quả như sau:",
                        "counted the ballots, with this result:"),
    # -- I. the numbers --------------------------------------------------------------------------
    "minutes.members": ("Tổng số thành viên", "Members in total"),
    "minutes.deputies": ("Tổng số đại biểu", "Deputies in total"),
    "minutes.voters": ("Tổng số cử tri", "Voters in total"),
    "minutes.entered": ("Số phiếu đã kiểm", "Ballots counted"),
    "minutes.not_entered": ("{entered} (còn {left} phiếu chưa kiểm)",
                            "{entered} ({left} ballots not counted yet)"),
    "minutes.summoned": ("Số được triệu tập", "Summoned"),
    "minutes.present": ("Số có mặt", "Present"),
    "minutes.absent": ("{present} (vắng mặt: {absent})", "{present} (absent: {absent})"),
    "minutes.quorum_met": ("bảo đảm ít nhất 2/3 số người được triệu tập ({present}/{summoned}), "
                           "đủ điều kiện tiến hành",
                           "at least 2/3 of those summoned ({present} of {summoned}): the "
                           "quorum is met"),
    "minutes.quorum_short": ("chưa đủ 2/3 số người được triệu tập ({present}/{summoned})",
                             "fewer than 2/3 of those summoned ({present} of {summoned})"),
    "minutes.issued": ("Số phiếu phát ra", "Ballots issued"),
    "minutes.collected": ("Số phiếu thu về", "Ballots collected"),
    "minutes.valid": ("Số phiếu hợp lệ", "Valid ballots"),
    "minutes.invalid": ("Số phiếu không hợp lệ", "Invalid ballots"),
    "minutes.reason_count": ("{reason}: {count}", "{reason}: {count}"),
    "minutes.other_notes": ("{reason}: {count} ({notes})", "{reason}: {count} ({notes})"),
    "minutes.tables": ("Kiểm phiếu tại các bàn:", "Counted at these tables:"),
    "minutes.table": ("Bàn", "Table"),
    "minutes.table_numbers": ("Bản nhập số", "Entries"),
    "minutes.table_ballots": ("Số phiếu", "Ballots"),
    "minutes.table_valid": ("Hợp lệ", "Valid"),
    "minutes.table_invalid": ("Không hợp lệ", "Invalid"),
    "minutes.hand_counted": (
        "Tập {stack} được kiểm đếm tay (nhập từ bảng kiểm đếm): {ballots} phiếu, hợp lệ "
        "{valid}, không hợp lệ {invalid}.",
        "Stack {stack} was counted by hand (entered from the tally sheet): {ballots} ballots, "
        "{valid} valid, {invalid} invalid."),
    # -- II. the table per person ------------------------------------------------------------------
    "minutes.col_no": ("TT", "No."),
    "minutes.col_name": ("Họ và tên, chức vụ", "Name, post"),
    "minutes.col_ballots": ("Số phiếu", "Votes"),
    "minutes.col_percent": ("Tỷ lệ %", "%"),
    "minutes.col_not_valid": ("Không hợp lệ", "Not valid"),
    "minutes.col_name_only": ("Họ và tên", "Name"),
    "minutes.col_row": ("Dòng bỏ trống, đánh nhiều\u00a0ô", "Row blank or several boxes"),
    "minutes.col_ballot": ("Phiếu không hợp lệ", "Invalid ballot"),
    "minutes.col_total": ("Cộng", "Total"),
    "minutes.base_value": ("Tỷ lệ % tính trên {base}: {value}{citation}.",
                           "Percentages are of {base}: {value}{citation}."),
    "minutes.base_valid": ("Tỷ lệ % tính trên {base}{citation}.",
                           "Percentages are of {base}{citation}."),
    "minutes.citation": (" (theo {citation})", " (under {citation})"),
    "minutes.rows_add_up": ("Mỗi dòng cộng lại bằng tổng số phiếu đã kiểm ({entered}).",
                            "Each row adds up to the ballots counted ({entered})."),
    "minutes.compare_heading": (
        "Để đối chiếu, tỷ lệ % tính trên {base}: {value} (không dùng để xét ngưỡng):",
        "For comparison, percentages of {base}: {value} (not used for the thresholds):"),
    "minutes.annex": ("Biểu đồ kết quả kèm theo biên bản này (Phụ lục).",
                      "The results chart is attached to these minutes (Annex)."),
    # -- III. the thresholds -----------------------------------------------------------------------
    "minutes.band": ("có {lower} đến {upper} {base} đánh giá “{label}”",
                     "“{label}” on {lower} but {upper} of {base}"),
    "minutes.band_end.lt": ("dưới {fraction}", "less than {fraction}"),
    "minutes.band_end.le": ("không quá {fraction}", "at most {fraction}"),
    "minutes.band.gt": ("trên {fraction}", "more than {fraction}"),
    "minutes.band.ge": ("từ {fraction}", "at least {fraction}"),
    "minutes.rule.gt": ("có trên {fraction} {base} đánh giá “{label}”",
                        "“{label}” on more than {fraction} of {base}"),
    "minutes.rule.ge": ("có từ {fraction} {base} trở lên đánh giá “{label}”",
                        "“{label}” on at least {fraction} of {base}"),
    "minutes.crossed": ("Người {rule} ({count}): {people}.",
                        "Rated {rule} ({count}): {people}."),
    "minutes.nobody": ("Không có người nào {rule}.", "No official was rated {rule}."),
    "minutes.crossed_by": ("{name} ({votes} phiếu, bằng {percent}%)",
                           "{name} ({votes} ballots, {percent}%)"),
    "minutes.quote": ("{citation}: “{text}”", "{citation}: “{text}”"),
    "minutes.no_threshold": ("Bộ quy tắc của cuộc kiểm phiếu không đặt ngưỡng nào.",
                             "The count's rule set sets no threshold."),
    # -- IV. corrections and acknowledgements ----------------------------------------------------
    "minutes.voided": ("Bản nhập thứ {number} nhập nhầm, đã hủy và nhập lại theo phiếu giấy "
                       "({reason}).",
                       "Entry {number} was keyed wrongly, voided and keyed again from the "
                       "paper ballot ({reason})."),
    "minutes.rekeyed": ("Bản nhập thứ {number} nhập nhầm, đã sửa lại theo phiếu giấy "
                        "({reason}).",
                        "Entry {number} was keyed wrongly and corrected from the paper ballot "
                        "({reason})."),
    "minutes.double_resolved": (
        "Bản nhập thứ {number} (tập {stack}): hai lần nhập không khớp; đồng chí {by} quyết định "
        "theo lần nhập thứ hai, đúng với phiếu giấy.",
        "Entry {number} (stack {stack}): the two entries differed; {by} decided for the "
        "second, as the paper ballot reads."),
    "minutes.reopened": ("Cuộc kiểm phiếu được mở lại lúc {at}: {reason}.",
                         "The count was reopened at {at}: {reason}."),
    "minutes.acknowledged": ("Cảnh báo “{warning}” được đồng chí {by} xác nhận: {text}.",
                             "Warning “{warning}” acknowledged by {by}: {text}."),
    "minutes.warning_unnamed": ("cảnh báo không rõ", "an unnamed warning"),
    "minutes.stack_short": ("Tập phiếu {stack} kết thúc khi chưa đủ {expected} phiếu: {reason}.",
                            "Stack {stack} ended short of {expected} ballots: {reason}."),
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
        "Kiểm tra chọn mẫu (nhập lại độc lập từ phiếu giấy, không xem bản nhập trước): "
        "{done} trên {population} phiếu, {differences} khác biệt; với độ tin cậy 95%, tỷ lệ "
        "phiếu nhập sai không quá {bound}%.",
        "Blind spot check (re-keyed from the paper): {done} of {population} ballots, "
        "{differences} differences; 95% upper bound on the keying error rate {bound}% "
        "(Clopper–Pearson)."),
    "minutes.no_corrections": ("Trong quá trình kiểm phiếu không có trường hợp phải sửa chữa, "
                               "xác nhận.",
                               "No correction or acknowledgement was needed during the count."),
    # -- closing and signatures ------------------------------------------------------------------
    "minutes.time": ("{clock}, {date}", "{clock} on {date}"),
    "minutes.draft_word": ("DỰ THẢO", "DRAFT"),
    "minutes.draft_closing": ("cuộc kiểm phiếu chưa kết thúc; bản in lúc {at}.",
                              "the count is not closed; printed at {at}."),
    "minutes.closing": ("Biên bản kết thúc vào hồi {clock}, {date}; lập thành {copies} bản, đã "
                        "đọc cho Ban kiểm phiếu cùng nghe và nhất trí ký tên.",
                        "The minutes were closed at {clock} on {date}, made in {copies} "
                        "copies, read to the committee and signed."),
    "minutes.for_the_committee": ("T/M BAN KIỂM PHIẾU", "FOR THE COUNTING COMMITTEE"),
    "minutes.members_heading": ("CÁC THÀNH VIÊN BAN KIỂM PHIẾU", "MEMBERS OF THE COMMITTEE"),
}
