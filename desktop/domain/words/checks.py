"""The reconciliation checks and what verification finds wrong."""

from __future__ import annotations

CHAIN = ("collected", "issued", "present", "summoned", "members")

WORDS: dict[str, tuple[str, str]] = {
    # -- reconciliation checks (desktop.domain.checks, desktop.domain.doubleentry) ----------
    **{f"{small}_over_{large}": ("{small!c} ({a}) lớn hơn {large} ({b}).",
                                 "{small!c} ({a}) exceeds {large} ({b}).")
       for i, small in enumerate(CHAIN) for large in CHAIN[i + 1:]},
    "quorum_unknown": ("Chưa nhập số được triệu tập và số có mặt để xác định hội nghị đủ 2/3.",
                       "Summoned and present are needed to check the 2/3 quorum."),
    "quorum_not_met": ("Số có mặt ({present}) chưa đủ 2/3 số được triệu tập ({summoned}).",
                       "Present ({present}) is less than 2/3 of those summoned ({summoned})."),
    "base_missing": ("Chưa nhập {number}, là cơ sở tính tỷ lệ %.",
                     "{number!c} is not entered; percentages are based on it."),
    "collected_missing": ("Chưa nhập số phiếu thu về.", "Ballots collected is not entered."),
    "entered_ne_collected": ("Đã nhập {entered} phiếu, số phiếu thu về là {collected}.",
                             "{entered} ballots entered, {collected} collected."),
    "collected_far_below_issued": (
        "Số phiếu thu về ({collected}) ít hơn nhiều so với số phiếu phát ra ({issued}): "
        "{missing} phiếu không được thu về. Kiểm tra lại hai con số này.",
        "Ballots collected ({collected}) are far fewer than ballots issued ({issued}): "
        "{missing} were not collected. Check both numbers."),
    "valid_invalid_ne_entered": (
        "Số phiếu hợp lệ ({valid}) cộng không hợp lệ ({invalid}) khác số phiếu đã nhập "
        "({entered}).",
        "Valid ({valid}) plus invalid ({invalid}) differs from the {entered} ballots entered."),
    "official_sum_mismatch": (
        "{name}: tổng các mức và dòng không hợp lệ ({total}) khác số phiếu hợp lệ ({valid}).",
        "{name}: levels plus invalid rows ({total}) differ from the valid ballots ({valid})."),
    "invalid_over_3_percent": (
        "Số phiếu không hợp lệ ({invalid}) vượt 3% số phiếu thu về ({collected}).",
        "Invalid ballots ({invalid}) exceed 3% of those collected ({collected})."),
    "official_invalid_rows_outlier": (
        "{name}: {rows} dòng không hợp lệ, nhiều hơn hẳn những người khác (trung vị {median}).",
        "{name}: {rows} invalid rows, far more than the others (median {median})."),
    "stack_short": (
        "Tập phiếu {stack} đã đóng nhưng chỉ còn {done}/{expected} phiếu (có bản nhập bị hủy "
        "sau khi đóng tập): nhập lại phiếu đó ở Danh sách phiếu, hoặc xác nhận lý do.",
        "Stack {stack} is closed but holds {done} of {expected} ballots (an entry was voided "
        "after it closed): key that ballot again from the ballot list, or acknowledge why."),
    "double_entry_undecided": (
        "Tập phiếu {stack}: {pending} khác biệt giữa hai lần nhập chưa được Ban kiểm phiếu "
        "quyết định.",
        "Stack {stack}: {pending} differences between the two entries are not yet decided by "
        "the committee."),
    "double_entry_changed_after": (
        "Phiếu số {number} (tập phiếu {stack}) được sửa hoặc hủy sau khi hai lần nhập đã được "
        "đối chiếu.",
        "Ballot {number} (stack {stack}) was changed or voided after its two entries were "
        "compared."),
    "stack_not_double_keyed": ("Tập phiếu {stack} chưa được nhập lần hai.",
                               "Stack {stack} is not keyed a second time."),
    "stack_double_keying_unfinished": (
        "Tập phiếu {stack} mới nhập lần hai {done}/{size} phiếu.",
        "Stack {stack} is keyed a second time for {done} of {size} ballots."),
    "ballots_outside_stacks": (
        "{ballots} phiếu được nhập ngoài tập phiếu nên không thể nhập lần hai; quy tắc của "
        "cuộc kiểm phiếu này yêu cầu nhập hai lần mọi phiếu.",
        "{ballots} ballots were keyed outside any stack and cannot be keyed twice; this "
        "count's rule set requires double entry of every ballot."),
    # -- verification: the file against its audit log (desktop.storage.verify) -------------
    "sqlite_integrity": ("Kiểm tra toàn vẹn SQLite: {detail}", "SQLite integrity check: {detail}"),
    "log_empty": ("Nhật ký kiểm toán trống.", "The audit log is empty."),
    "chain_gap": ("Thiếu sự kiện {expected} (nhật ký nhảy tới sự kiện {found}).",
                  "Event {expected} is missing (the log jumps to event {found})."),
    "chain_link_broken": ("Sự kiện {seq} ({kind}) không nối với sự kiện trước nó.",
                          "Event {seq} ({kind}) does not link to the event before."),
    "chain_hash_mismatch": (
        "Sự kiện {seq} ({kind}) đã bị sửa sau khi ghi (mã băm không khớp).",
        "Event {seq} ({kind}) was changed after it was written (its hash does not match)."),
    "event_unreadable": ("Sự kiện {seq} ({kind}) không đọc được ({error}).",
                         "Event {seq} ({kind}) cannot be read ({error})."),
    "event_second_creation": ("Sự kiện {seq} tạo cuộc kiểm phiếu lần thứ hai.",
                              "Event {seq} creates the count a second time."),
    "event_before_creation": ("Sự kiện {seq} ({kind}) đứng trước khi cuộc kiểm phiếu được tạo.",
                              "Event {seq} ({kind}) comes before the count was created."),
    "event_ballot_twice": ("Sự kiện {seq} ghi phiếu số {number} lần thứ hai.",
                           "Event {seq} records ballot {number} twice."),
    "event_unknown_ballot": ("Sự kiện {seq} sửa phiếu số {number}, phiếu chưa từng được ghi.",
                             "Event {seq} changes ballot {number}, never recorded."),
    "event_unknown_kind": ("Sự kiện {seq} có loại lạ “{kind}”.",
                           "Event {seq} has an unknown kind “{kind}”."),
    "definition_differs": ("Thông tin cuộc kiểm phiếu trong tệp khác nhật ký ở: {fields}.",
                           "The count definition differs from the log in: {fields}."),
    "number_differs": ("{number!c}: tệp ghi {stored}, nhật ký ghi {logged}.",
                       "{number!c}: {stored} in the file, {logged} in the log."),
    "hand_tallies_differ": ("Các bảng kiểm đếm tay trong tệp khác nhật ký.",
                            "The hand-tally sheets differ from the log."),
    "table_info_differs": ("Bàn kiểm phiếu mà tệp này thuộc về khác nhật ký.",
                           "The table this file belongs to differs from the log."),
    "merged_tables_differ": ("Danh sách bàn kiểm phiếu đã nhập khác nhật ký.",
                             "The list of merged counting tables differs from the log."),
    "stack_differs": ("Tập phiếu {stack}: tệp ghi {stored}, nhật ký ghi {logged}.",
                      "Stack {stack}: the file says {stored}, the log says {logged}."),
    "ballot_missing_from_file": ("Phiếu số {number} có trong nhật ký nhưng không có trong tệp.",
                                 "Ballot {number} is in the audit log but missing from the file."),
    "ballot_not_in_log": ("Phiếu số {number} có trong tệp nhưng chưa từng được ghi vào nhật ký.",
                          "Ballot {number} is in the file but was never recorded in the log."),
    "ballot_attribute_differs": ("Phiếu số {number}: {attribute} trong tệp là {stored}, trong "
                                 "nhật ký là {logged}.",
                                 "Ballot {number}: {attribute} is {stored} in the file, "
                                 "{logged} in the log."),
    "ballot_rows_differ": ("Phiếu số {number}: tệp có {stored} dòng, nhật ký có {logged}.",
                           "Ballot {number}: {stored} rows in the file, {logged} in the log."),
    "ballot_mark_differs": ("Phiếu số {number}, dòng {position} ({name}): tệp ghi “{stored}”, "
                            "nhật ký ghi “{logged}”.",
                            "Ballot {number}, official {position} ({name}): the file says "
                            "“{stored}”, the log says “{logged}”."),
    "stack.absent": ("không có tập này", "no such stack"),
    "stack.open": ("{expected} phiếu, đang mở", "{expected} ballots, open"),
    "stack.closed": ("{expected} phiếu, đã đóng", "{expected} ballots, closed"),
    "stack.closed_short": ("{expected} phiếu, đã đóng ({reason})",
                           "{expected} ballots, closed ({reason})"),
    "attribute.status": ("trạng thái", "status"),
    "attribute.reason": ("lý do", "reason"),
    "attribute.note": ("ghi chú", "note"),
    "attribute.stack": ("tập phiếu", "stack"),
    "attribute.void_reason": ("lý do hủy bản nhập", "void reason"),
    "value.empty": ("(trống)", "(empty)"),
}
