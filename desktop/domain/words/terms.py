"""The terms of a count: levels and presets, bases, thresholds and the rule-set sentence,
invalid-ballot reasons, roles, the typed numbers, row states, ballot statuses, event kinds."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- the scales and the presets (stored with a count when it is created) ----------------
    "level.high": ("Tín nhiệm cao", "High confidence"),
    "level.confidence": ("Tín nhiệm", "Confidence"),
    "level.low": ("Tín nhiệm thấp", "Low confidence"),
    "level.no_confidence": ("Không tín nhiệm", "No confidence"),
    "level.approve": ("Đồng ý", "Approve"),
    "level.disapprove": ("Không đồng ý", "Disapprove"),
    "preset.party-96.name": (
        "Lấy phiếu tín nhiệm (Quy định 96-QĐ/TW)", "Confidence vote (Regulation 96-QĐ/TW)"),
    "preset.party-96.basis": (
        "Căn cứ Quy định số 96-QĐ/TW ngày 02 tháng 02 năm 2023 của Bộ Chính trị về việc lấy "
        "phiếu tín nhiệm đối với chức danh lãnh đạo, quản lý trong hệ thống chính trị",
        "Under Regulation 96-QĐ/TW of 2 February 2023 of the Politburo on confidence votes "
        "for leadership and management posts in the political system"),
    "preset.party-96.low_over_half": (
        "cấp có thẩm quyền xem xét cho thôi giữ chức vụ, bố trí công tác khác hoặc từ chức",
        "considered for relief from the post, reassignment or resignation"),
    "preset.party-96.low_two_thirds": (
        "cấp có thẩm quyền cho thôi giữ chức vụ", "relieved of the post"),
    "preset.state-96.name": (
        "Lấy phiếu tín nhiệm (Nghị quyết 96/2023/QH15)",
        "Confidence vote (Resolution 96/2023/QH15)"),
    "preset.state-96.basis": (
        "Căn cứ Nghị quyết số 96/2023/QH15 ngày 23 tháng 6 năm 2023 của Quốc hội về lấy phiếu "
        "tín "
        "nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân "
        "bầu hoặc phê chuẩn",
        "Under Resolution 96/2023/QH15 of 23 June 2023 of the National Assembly on "
        "confidence votes for officials elected or approved by the National Assembly or a "
        "People's Council"),
    "preset.state-96.low_over_half": (
        "có thể xin từ chức; nếu không từ chức thì trình bỏ phiếu tín nhiệm",
        "may resign; otherwise put to a vote of confidence"),
    "preset.state-96.low_two_thirds": (
        "cơ quan có thẩm quyền giới thiệu trình miễn nhiệm, bãi nhiệm hoặc phê chuẩn việc "
        "cách chức",
        "the nominating body proposes dismissal"),
    "preset.state-96.article_19_3": ("khoản 3 Điều 19 Nghị quyết số 96/2023/QH15",
                                     "Article 19(3) of Resolution 96/2023/QH15"),
    "preset.state-96.article_12_2": ("Khoản 2 Điều 12 Nghị quyết số 96/2023/QH15",
                                     "Article 12(2) of Resolution 96/2023/QH15 (unofficial "
                                     "translation)"),
    "preset.state-96.article_12_3": ("Khoản 3 Điều 12 Nghị quyết số 96/2023/QH15",
                                     "Article 12(3) of Resolution 96/2023/QH15 (unofficial "
                                     "translation)"),
    # the text of the resolution word for word, elisions marked "…" (as published)
    "preset.state-96.low_over_half.quote": (
        "Người được lấy phiếu tín nhiệm có quá nửa đến dưới hai phần ba tổng số phiếu đánh giá "
        "‘tín nhiệm thấp’ thì có thể xin từ chức; trường hợp không xin từ chức thì Ủy ban "
        "Thường vụ Quốc hội trình Quốc hội, Thường trực Hội đồng nhân dân trình Hội đồng nhân "
        "dân tiến hành bỏ phiếu tín nhiệm tại kỳ họp đó hoặc kỳ họp gần nhất…",
        "An official rated ‘low confidence’ on more than half and less than two thirds of "
        "the total ballots may resign; one who does not resign is put to a vote of confidence "
        "by the National Assembly (on the Standing Committee's proposal) or the People's "
        "Council (on its Standing Board's proposal) at that sitting or the next one…"),
    "preset.state-96.low_two_thirds.quote": (
        "Người được lấy phiếu tín nhiệm có từ hai phần ba tổng số phiếu đánh giá ‘tín nhiệm "
        "thấp’ trở lên thì cơ quan hoặc người có thẩm quyền giới thiệu … có trách nhiệm "
        "trình Quốc hội, Hội đồng nhân dân tiến hành miễn nhiệm hoặc phê chuẩn đề nghị miễn "
        "nhiệm tại kỳ họp đó hoặc kỳ họp gần nhất…",
        "For an official rated ‘low confidence’ on two thirds or more of the total "
        "ballots, the body or person who nominated the official … shall submit the "
        "official's dismissal, or the approval of a proposed dismissal, to the National "
        "Assembly or People's Council at that sitting or the next one…"),
    "preset.no-confidence.name": ("Bỏ phiếu tín nhiệm", "Vote of confidence"),
    "preset.no-confidence.basis": (
        "Căn cứ Nghị quyết số 96/2023/QH15 ngày 23 tháng 6 năm 2023 của Quốc hội (bỏ phiếu tín "
        "nhiệm)",
        "Under Resolution 96/2023/QH15 of 23 June 2023 of the National Assembly "
        "(vote of confidence)"),
    "preset.no-confidence.no_confidence_over_half": (
        "bị mất tín nhiệm; trình miễn nhiệm, bãi nhiệm hoặc phê chuẩn việc cách chức",
        "loses confidence; dismissal is proposed"),
    "preset.custom.name": ("Bộ quy tắc riêng", "Custom rule set"),
    # -- the base of the percentages ---------------------------------------------------------
    "base.members": ("tổng số thành viên", "the total number of members"),
    "base.deputies": ("tổng số đại biểu", "the total number of deputies"),
    "base.summoned": ("tổng số người được triệu tập", "the number summoned"),
    "base.present": ("tổng số người có mặt", "the number present"),
    "base.issued": ("tổng số phiếu phát ra", "the number of ballots issued"),
    "base.collected": ("tổng số phiếu thu về", "the number of ballots collected"),
    "base.valid": ("số phiếu hợp lệ đối với từng người", "the ballots valid for each official"),
    # -- thresholds and the rule set in words ------------------------------------------------
    "threshold.gt": ("có trên {fraction} số phiếu “{label}”", "more than {fraction} “{label}”"),
    "threshold.ge": ("có từ {fraction} trở lên số phiếu “{label}”",
                     "at least {fraction} “{label}”"),
    "threshold.with_consequence": ("{rule}: {consequence}", "{rule}: {consequence}"),
    "threshold.short.gt": ("{label} > {fraction}", "{label} > {fraction}"),
    "threshold.short.ge": ("{label} ≥ {fraction}", "{label} ≥ {fraction}"),
    "rules.base_with_value": ("{base}: {value}", "{base}: {value}"),
    "rules.scale": ("Phiếu có {levels} mức: {labels}.",
                    "The ballot has {levels} levels: {labels}."),
    "rules.base": ("Tỷ lệ % tính trên {base}.", "Percentages are of {base}."),
    "rules.quorum": ("Hội nghị phải có ít nhất 2/3 số người được triệu tập có mặt.",
                     "At least 2/3 of those summoned must be present."),
    "rules.threshold": ("{rule!c}.", "{rule!c}."),
    "rules.invalid_row_voids": (
        "Phiếu có một dòng để trống hoặc đánh nhiều ô là phiếu không hợp lệ.",
        "A ballot with a blank or multiply marked row is invalid as a whole."),
    "rules.invalid_row_alone": (
        "Dòng bỏ trống hoặc đánh nhiều ô chỉ không hợp lệ đối với người có tên ở dòng đó.",
        "A blank or multiply marked row is invalid for that official only."),
    # -- why a whole ballot is invalid -------------------------------------------------------
    "reason.not_issued": ("không phải phiếu do Ban kiểm phiếu phát ra",
                          "not issued by the committee"),
    "reason.name_crossed_out": ("gạch tên in sẵn", "a printed name crossed out"),
    "reason.name_added": ("ghi thêm tên hoặc nội dung khác", "a name or other text added"),
    "reason.identifiable": ("có dấu hiệu nhận biết", "identifiable"),
    "reason.other": ("lý do khác", "other reason"),
    "reason.invalid_row": ("có dòng để trống hoặc đánh nhiều ô",
                           "a blank or multiply marked row"),
    "reason.with_note": ("{reason}: {note}", "{reason}: {note}"),
    # -- the committee -----------------------------------------------------------------------
    "role.chair": ("Trưởng ban", "Chair"),
    "role.deputy": ("Phó Trưởng ban", "Deputy chair"),
    "role.secretary": ("Thư ký", "Secretary"),
    "role.member": ("Ủy viên", "Member"),
    "role.witness": ("Người chứng kiến", "Witness"),
    # -- the numbers the committee types -----------------------------------------------------
    "number.members": ("tổng số thành viên", "total members"),
    "number.summoned": ("số được triệu tập", "summoned"),
    "number.present": ("số có mặt", "present"),
    "number.issued": ("số phiếu phát ra", "ballots issued"),
    "number.collected": ("số phiếu thu về", "ballots collected"),
    # -- a row and a ballot ------------------------------------------------------------------
    "state.blank": ("để trống", "blank"),
    "state.multiple": ("nhiều ô", "several boxes"),
    "status.valid": ("hợp lệ", "valid"),
    "status.invalid": ("không hợp lệ", "invalid"),
    "status.voided": ("đã hủy", "voided"),
    # -- where an error is -------------------------------------------------------------------
    "where.line": ("dòng {line}", "line {line}"),
    "where.field": ("trường {field}", "field {field}"),
    # -- what the audit log records (the ballot-entry log prints these) ---------------------
    "event.count_created": ("Tạo cuộc kiểm phiếu", "Count created"),
    "event.numbers_set": ("Sửa số liệu", "Numbers changed"),
    "event.definition_set": ("Sửa thông tin cuộc họp / danh sách", "Meeting or list changed"),
    "event.ballot_recorded": ("Nhập phiếu", "Ballot keyed"),
    "event.ballot_voided": ("Hủy bản nhập", "Entry voided"),
    "event.ballot_edited": ("Nhập lại phiếu", "Ballot keyed again"),
    "event.stack_opened": ("Mở tập phiếu", "Stack started"),
    "event.stack_closed": ("Đóng tập phiếu", "Stack closed"),
    "event.count_closed": ("Kết thúc kiểm phiếu", "Count closed"),
    "event.count_reopened": ("Mở lại kiểm phiếu", "Count reopened"),
    "event.table_assigned": ("Tạo tệp cho bàn kiểm phiếu", "Counting-table file made"),
    "event.table_merged": ("Nhập tệp của bàn kiểm phiếu", "Counting table merged"),
    "event.spot_check_started": ("Rút mẫu kiểm tra", "Spot check drawn"),
    "event.spot_rekeyed": ("Nhập lại độc lập để kiểm tra", "Re-keyed for the spot check"),
    "event.hand_tally_recorded": ("Nhập bảng kiểm đếm tay", "Hand-tally sheet entered"),
    "event.double_entry_started": ("Bắt đầu nhập lần hai", "Second entry started"),
    "event.double_keyed": ("Nhập lần hai một phiếu", "Ballot keyed a second time"),
    "event.double_compared": ("Đối chiếu hai lần nhập", "Two entries compared"),
    "event.double_resolved": ("Quyết định khác biệt", "Difference decided"),
    "event.double_discarded": ("Hủy bản nhập lần hai", "Second entry discarded"),
}
