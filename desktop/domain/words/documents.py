"""The words of what is printed and exported besides the minutes' text (words/minutes.py):
every page, the ballot-entry log, the chart, the CSV and XLSX headers."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- every page ---------------------------------------------------------------------------
    "page.number": ("Trang {page}/{pages}", "Page {page}/{pages}"),
    "page.fingerprint": ("Dấu vân tay: {fingerprint}", "Fingerprint: {fingerprint}"),
    "page.tampered": ("TỆP KHÔNG KHỚP NHẬT KÝ KIỂM TOÁN — bản in không có giá trị",
                      "THE FILE DOES NOT MATCH ITS AUDIT LOG — this copy is void"),
    "page.draft": ("DỰ THẢO — chưa kết thúc kiểm phiếu", "DRAFT — the count is not closed"),
    "page.annex": ("PHỤ LỤC: BIỂU ĐỒ KẾT QUẢ", "ANNEX: RESULTS CHART"),
    "page.annex_next": ("PHỤ LỤC: BIỂU ĐỒ KẾT QUẢ (tiếp theo)", "ANNEX: RESULTS CHART (continued)"),
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
    "log.keyed_by": ("NGƯỜI NHẬP PHIẾU", "KEYED BY"),
    "log.stack": ("tập {stack}", "stack {stack}"),
    "log.stack_opened": ("tập {stack}, {expected} phiếu", "stack {stack}, {expected} ballots"),
    "log.double_started": ("tập {stack}: {operator} nhập lần hai {ballots} phiếu",
                           "stack {stack}: {operator} keys its {ballots} ballots again"),
    "log.double_compared": ("tập {stack}: {differences} khác biệt",
                            "stack {stack}: {differences} differences"),
    "log.double_kept_first": ("tập {stack}: đồng chí {by} quyết định theo lần nhập thứ nhất",
                              "stack {stack}: {by} decided for the first entry"),
    "log.double_kept_second": ("tập {stack}: đồng chí {by} quyết định theo lần nhập thứ hai",
                               "stack {stack}: {by} decided for the second entry"),
    "log.key": ("Mỗi phiếu ghi một ký tự cho mỗi người, theo thứ tự trên phiếu: {levels}; "
                "0 = bỏ trống; x = đánh nhiều ô. Các lần nhập phiếu không ghi thời điểm, để "
                "không thể biết phiếu nào được nhập lúc nào (bảo đảm bí mật).",
                "Each ballot has one character per official, in ballot order: {levels}; "
                "0 = blank; x = several boxes. Ballot entries carry no time, so that no ballot "
                "can be linked to a moment (the secrecy of the vote)."),
    "log.sign": ("(ký, ghi rõ họ tên)", "(signature and full name)"),
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
