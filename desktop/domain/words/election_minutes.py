"""The words of an election's minutes (biên bản kiểm phiếu bầu cử): what was elected, the list,
the excluded categories, the table's columns, the bar with its figure, the elected, the tied and
the seats left. No sentence about the software (DOCUMENTS.md)."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- I. what is elected -----------------------------------------------------------
    "election_minutes.body": ("Bầu cử tại", "Elected at"),
    "election_minutes.seats": ("Số lượng cần bầu", "Seats to fill"),
    "election_minutes.round": ("Lần bầu", "Round"),
    "election_minutes.round_value": ("lần thứ {round}", "{round}"),
    "election_minutes.previous": ("Lần bầu thứ {round} (tệp {file}, dấu vân tay {fingerprint}) "
                                  "bầu {seats} ghế; trúng cử: {elected}.",
                                  "Round {round} (file {file}, fingerprint {fingerprint}) for "
                                  "{seats:seat|seats}; elected: {elected}."),
    "election_minutes.list": ("Danh sách bầu cử", "The list of candidates"),
    "election_minutes.list_surplus": ("{candidates} người (có số dư {surplus})",
                                      "{candidates:candidate|candidates} ({surplus} more than the "
                                      "seats)"),
    "election_minutes.list_no_surplus": ("{candidates} người (không có số dư)",
                                         "{candidates:candidate|candidates} (as many as the "
                                         "seats)"),
    "election_minutes.list_order": ("Danh sách bầu cử theo thứ tự trên phiếu: {names}.",
                                    "The candidates in ballot order: {names}."),
    "election_minutes.list_entry": ("{position}. {name}", "{position}. {name}"),
    # -- II. the numbers an election adds -----------------------------------------------
    "election_minutes.excluded": ("Số không tính vào cơ số", "Excluded from the base"),
    "election_minutes.share": ("{count} ({percent}% số phiếu đã kiểm)",
                               "{count} ({percent}% of the ballots counted)"),
    "election_minutes.piles": ("Phiếu hợp lệ theo số người được bầu trên phiếu",
                               "Valid ballots by the number of names they keep"),
    "election_minutes.pile": ("bầu {kept} người: {count} ({percent}%)",
                              "keeping {kept}: {count} ({percent}%)"),
    # -- III. the table ---------------------------------------------------------------
    "election_minutes.col_votes": ("Số phiếu bầu", "Votes"),
    "election_minutes.col_agree": ("Đồng ý", "For"),
    "election_minutes.col_disagree": ("Không đồng ý", "Against"),
    "election_minutes.col_not_counted": ("Không tính (bỏ trống, đánh cả hai\u00a0ô)",
                                         "Not counted (blank, both boxes)"),
    "election_minutes.col_outcome": ("Kết quả", "Outcome"),
    "election_minutes.base_less": (
        "Cơ số {value} bằng {summoned} người được triệu tập trừ {excluded} người không tính "
        "vào cơ số.", "The base of {value} is the {summoned} convened less the {excluded} "
        "excluded from it."),
    "election_minutes.largest_remainder": (
        "Theo phương pháp số dư lớn nhất, tỷ lệ % của mỗi cơ cấu sau được làm tròn để cộng đủ "
        "100%: {breakdowns}.", "By the largest remainder, the percentages of each of these "
        "breakdowns are rounded so that they add up to 100%: {breakdowns}."),
    "election_minutes.breakdown.ballots": ("phiếu hợp lệ và không hợp lệ",
                                           "the valid and invalid ballots"),
    "election_minutes.breakdown.rows": ("số đồng ý, không đồng ý và không tính của từng người",
                                        "each candidate's for, against and not counted"),
    "election_minutes.breakdown.piles": ("phiếu hợp lệ theo số người được bầu trên phiếu",
                                         "the valid ballots by the names they keep"),
    # -- IV. the result --------------------------------------------------------------
    "election_minutes.bar.gt": ("Mức trúng cử: quá {fraction} {base} ({value}), tức từ {least} "
                                "phiếu trở lên.",
                                "To be elected: more than {fraction} of {base} ({value}), "
                                "that is {least} votes or more."),
    "election_minutes.bar.ge": ("Mức trúng cử: từ {fraction} {base} ({value}) trở lên, tức từ "
                                "{least} phiếu trở lên.",
                                "To be elected: at least {fraction} of {base} ({value}), that "
                                "is {least} votes or more."),
    "election_minutes.bar.unknown": ("Mức trúng cử: quá {fraction} {base} (chưa có số liệu).",
                                     "To be elected: more than {fraction} of {base} (the "
                                     "figure is not known yet)."),
    "election_minutes.elected_heading": (
        "Những người trúng cử ({count}/{seats}), theo số phiếu từ cao xuống thấp:",
        "Elected ({count} of {seats}), most votes first:"),
    "election_minutes.elected_entry": ("{number}. {name}: {votes} phiếu, đạt {percent}%",
                                       "{number}. {name}: {votes:vote|votes}, {percent}%"),
    "election_minutes.elected_none": ("Không có người nào trúng cử.", "Nobody is elected."),
    "election_minutes.tied": (
        "Bằng phiếu ở vị trí cuối, cho {seats} ghế còn lại: {names}, mỗi người {votes} phiếu "
        "({percent}%); chưa ai trong số này trúng cử. {rule}.",
        "Tied for the last {seats:seat|seats}: {names}, {votes:vote|votes} each ({percent}%); "
        "none of them is elected yet. {rule}."),
    "election_minutes.tie.further_round": ("Đại hội bầu lại trong số những người bằng phiếu",
                                           "The congress votes again among those tied"),
    "election_minutes.tie.older": ("Theo luật, người nhiều tuổi hơn trúng cử; Ban kiểm phiếu "
                                   "ghi nhận người đó vào biên bản",
                                   "By law the older candidate is elected; the committee "
                                   "writes that candidate into the minutes"),
    "election_minutes.unfilled.further_round": (
        "Còn {seats} ghế chưa có người trúng cử; việc bầu tiếp do đại hội quyết định.",
        "{seats:seat|seats} left unfilled; the congress decides whether to vote again."),
    "election_minutes.unfilled.older": (
        "Còn {seats} ghế chưa có người trúng cử; việc bầu thêm do cơ quan có thẩm quyền quyết "
        "định theo luật.", "{seats:seat|seats} left unfilled; the competent body decides on a "
        "further election as the law provides."),
    "election_minutes.filled": ("Đã bầu đủ {seats} người.", "All {seats:seat|seats} are filled."),
}
