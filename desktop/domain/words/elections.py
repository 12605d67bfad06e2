"""The words of elections (bầu cử): the rule sets shipped, their rules in sentences, and what
the program says of an election ballot and of who is elected."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- the scale: a name kept (or "đồng ý") and a name struck (or "không đồng ý") ---------
    "level.for": ("Bầu", "For"),
    "level.against": ("Không bầu", "Against"),
    # -- the bases an election adds -------------------------------------------------------
    "base.valid_ballots": ("tổng số phiếu hợp lệ", "the number of valid ballots"),
    "base.summoned_less_excluded": ("tổng số đại biểu được triệu tập, trừ số không tính vào "
                                    "cơ số", "the delegates convened, less those excluded "
                                    "from the base"),
    # -- the rule sets shipped ------------------------------------------------------------
    "preset.party-190.name": ("Bầu cử trong Đảng (Quyết định 190-QĐ/TW)",
                              "Party election (Decision 190-QĐ/TW)"),
    "preset.party-190.basis": (
        "Căn cứ Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10 "
        "tháng 10 năm 2024 của Ban Chấp hành Trung ương",
        "Under the Rules of Elections in the Party issued with Decision 190-QĐ/TW of 10 "
        "October 2024 of the Central Committee"),
    "preset.state-election.name": ("Bầu cử đại biểu Quốc hội, Hội đồng nhân dân",
                                   "Election of National Assembly and People's Council "
                                   "deputies"),
    "preset.state-election.basis": (
        "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13",
        "Under the Law on the Election of National Assembly and People's Council Deputies "
        "No. 85/2015/QH13"),
    "preset.assembly-officers.name": ("Quốc hội, Hội đồng nhân dân bầu các chức danh",
                                      "National Assembly or People's Council electing its "
                                      "officers"),
    "preset.assembly-officers.basis": (
        "Căn cứ Luật Tổ chức Quốc hội, Luật Tổ chức chính quyền địa phương và nội quy kỳ họp",
        "Under the Law on the Organisation of the National Assembly, the Law on the "
        "Organisation of Local Government and the rules of the sitting"),
    "preset.youth-union.name": ("Bầu cử trong Đoàn Thanh niên", "Youth Union election"),
    "preset.youth-union.basis": (
        "Căn cứ Điều lệ Đoàn Thanh niên Cộng sản Hồ Chí Minh và hướng dẫn thực hiện Điều lệ",
        "Under the Charter of the Ho Chi Minh Communist Youth Union and its guidance"),
    "preset.trade-union.name": ("Bầu cử trong Công đoàn", "Trade union election"),
    "preset.trade-union.basis": (
        "Căn cứ Điều lệ Công đoàn Việt Nam và hướng dẫn thi hành Điều lệ",
        "Under the Charter of the Vietnam Trade Union and its guidance"),
    "preset.custom-election.name": ("Bầu cử theo quy định riêng", "Election by its own rules"),
    # -- an election's rules in sentences (the minutes, the command line) ----------------
    "election.rule.bar.gt": ("Người trúng cử phải có số phiếu bầu quá {fraction} {base}",
                             "A candidate is elected with more than {fraction} of {base}"),
    "election.rule.bar.ge": ("Người trúng cử phải có số phiếu bầu từ {fraction} {base} trở lên",
                             "A candidate is elected with at least {fraction} of {base}"),
    "election.rule.highest": ("Nếu số người đạt mức đó nhiều hơn số lượng cần bầu thì lấy "
                              "người có số phiếu cao hơn",
                              "When more pass than there are seats, those with the most votes "
                              "are elected"),
    "election.rule.too_many": ("Phiếu để lại số tên nhiều hơn số lượng cần bầu là phiếu không "
                               "hợp lệ", "A ballot keeping more names than there are seats is "
                               "invalid"),
    "election.rule.all_struck.valid": ("Phiếu gạch tên tất cả là phiếu hợp lệ (không bầu ai)",
                                       "A ballot striking every name is valid (it elects "
                                       "nobody)"),
    "election.rule.all_struck.invalid": ("Phiếu gạch tên tất cả là phiếu không hợp lệ",
                                         "A ballot striking every name is invalid"),
    "election.rule.all_struck.invalid_unless_single": (
        "Phiếu gạch tên tất cả là phiếu không hợp lệ, trừ khi danh sách chỉ có một người",
        "A ballot striking every name is invalid, unless the list has one name"),
    "election.rule.tie.further_round": (
        "Nhiều người bằng phiếu ở vị trí cuối: bầu lại trong số những người bằng phiếu",
        "A tie for the last seats: another round among those tied"),
    "election.rule.tie.older": (
        "Nhiều người bằng phiếu ở vị trí cuối: người nhiều tuổi hơn trúng cử (Ban kiểm phiếu "
        "ghi nhận)", "A tie for the last seats: the older candidate is elected (the committee "
        "records it)"),
    "election.rule.largest_remainder": (
        "Tỷ lệ phần trăm của một cơ cấu được điều chỉnh theo phương pháp số dư lớn nhất để "
        "cộng đủ 100%", "The percentages of a breakdown are adjusted by the largest remainder "
        "so that they add up to 100%"),
    # -- whole-ballot verdicts the program makes itself ---------------------------------
    "reason.too_many_kept": ("để lại nhiều tên hơn số lượng cần bầu",
                             "keeps more names than there are seats"),
    "reason.all_struck": ("gạch tên tất cả", "strikes every name"),
    "verdict.too_many_kept": ("giữ lại {kept} tên, bầu {seats}: phiếu không hợp lệ",
                              "keeps {kept:name|names} for {seats:seat|seats}: an invalid ballot"),
    "verdict.all_struck": ("gạch tên tất cả: phiếu không hợp lệ theo quy định",
                           "every name struck: an invalid ballot under the rules"),
    # -- setting an election up --------------------------------------------------------
    "seats_range": ("số lượng cần bầu phải từ 1 đến {maximum}",
                    "the seats must be between 1 and {maximum}"),
    "seats_above_candidates": ("số lượng cần bầu ({seats}) nhiều hơn số người trong danh sách "
                               "({candidates})", "there are more seats ({seats}) than "
                               "candidates on the list ({candidates})"),
    "seats_needed": ("cuộc bầu cử cần số lượng cần bầu (--seats)",
                     "an election needs its number of seats (--seats)"),
    "seats_not_an_election": ("--seats chỉ dành cho bộ quy tắc bầu cử; {rules} là lấy phiếu "
                              "tín nhiệm", "--seats is for an election's rule set; {rules} is "
                              "a confidence vote"),
    "election_base_per_official": ("cuộc bầu cử không tính tỷ lệ trên số phiếu hợp lệ của từng "
                                   "người; hãy chọn tổng số phiếu hợp lệ (valid_ballots)",
                                   "an election does not take each official's own valid rows "
                                   "as its base; choose the valid ballots (valid_ballots)"),
    "exclusions_not_in_base": ("cơ số là {base}: số không tính vào cơ số không trừ vào đâu; chỉ "
                               "dùng với cơ số “số được triệu tập trừ số không tính”",
                               "the base is {base}: excluded categories take nothing away "
                               "from it; they go with the base “those convened less the "
                               "excluded”"),
    "excluded_above_summoned": ("số không tính vào cơ số ({excluded}) nhiều hơn số được triệu "
                                "tập ({summoned})", "more are excluded ({excluded}) than were "
                                "convened ({summoned})"),
    "election_fraction": ("mức trúng cử {fraction} không dùng được: cần một phân số lớn hơn 0 "
                          "và không quá 1 (1 chỉ với --at-least)",
                          "the bar {fraction} cannot be used: it must be a fraction above 0 "
                          "and at most 1 (1 only with --at-least)"),
    "election_custom_only": ("bộ quy tắc {rules} có quy định riêng của nó; chỉ custom-election "
                             "mới đặt được mức trúng cử, cách xử lý bằng phiếu, phiếu gạch "
                             "hết và số dư lớn nhất",
                             "the rule set {rules} has its own rules; only custom-election "
                             "sets the bar, the tie rule, the all-struck setting and the "
                             "largest remainder"),
    "strike_row_neither": ("dòng {row}: trên phiếu gạch tên mỗi dòng chỉ là giữ lại (1) hoặc "
                           "gạch (2); 0 và x chỉ dùng khi danh sách không có số dư",
                           "row {row}: on a strike list each row is kept (1) or struck (2); "
                           "0 and x are for a list without surplus only"),
    "cli_election_needs_base": ("custom-election cần --base (cơ số của tỷ lệ trúng cử)",
                                "custom-election needs --base (what the bar is a share of)"),
    "excluded_negative": ("--excluded là số người không tính vào cơ số: một số không âm",
                          "--excluded is the number of people excluded from the base: not "
                          "below 0"),
    "base_needs_election": ("cơ số “số được triệu tập trừ số không tính” chỉ dành cho bầu cử",
                            "the base “those convened less those excluded” is for elections "
                            "only"),
    "round_range": ("lần bầu phải từ 1 đến {maximum}", "the round must be between 1 and "
                    "{maximum}"),
    "exclusions_too_many": ("nhiều nhất {maximum} loại không tính vào cơ số",
                            "at most {maximum} excluded categories"),
    "exclusion_unreadable": ("loại không tính vào cơ số “{label}” không đọc được (cần TÊN:SỐ)",
                             "the excluded category “{label}” cannot be read (NAME:NUMBER)"),
    "election_levels": ("bộ quy tắc bầu cử có đúng hai mức (bầu, không bầu), không phải "
                        "{levels}", "an election's rule set has exactly two levels (for, "
                        "against), not {levels}"),
    # -- who is elected (the command line's results; the window and minutes later) -----
    "election.column": ("Kết quả", "Outcome"),
    "election.elected": ("Trúng cử", "Elected"),
    "election.tied": ("Bằng phiếu", "Tied"),
    "election.nobody": ("không có ai", "nobody"),
    # -- a further round ------------------------------------------------------------------
    "cli.help.next-round": ("lập tệp kiểm phiếu cho lần bầu tiếp theo từ một lần bầu đã kết "
                            "thúc, cho các ghế còn lại, trong số người đại hội chọn",
                            "make the counting file of the next round from a closed round, "
                            "for the seats left, among the candidates the congress chose"),
    "cli.help.candidates": ("số thứ tự của người được chọn trong danh sách lần bầu trước",
                            "the chosen candidates' places on the previous round's list"),
    "cli.next_round_made": ("{file}: lần bầu thứ {round}, bầu {seats} trong {candidates} người",
                            "{file}: round {round}, {seats:seat|seats} among {candidates} "
                            "candidates"),
    "round_not_an_election": ("tệp này không phải một cuộc bầu cử", "this file is not an "
                              "election"),
    "round_needs_closed": ("lần bầu này chưa kết thúc: hãy kết thúc (kiemphieu close) trước "
                           "khi lập lần bầu tiếp theo", "this round is not closed: close it "
                           "(kiemphieu close) before making the next round"),
    "round_file_tampered": ("lần bầu này không khớp nhật ký kiểm toán của nó ({problem}); không "
                            "lập lần bầu tiếp theo từ một tệp đã bị sửa ngoài chương trình",
                            "this round does not match its audit log ({problem}); the next "
                            "round is not made from a file edited outside the program"),
    "round_no_seats_left": ("lần bầu này đã bầu đủ số lượng, không còn ghế nào để bầu tiếp",
                            "this round filled every seat: there is none left to elect"),
    "round_candidates_unknown": ("người được chọn phải là số thứ tự từ 1 đến {count} trong "
                                 "danh sách lần bầu trước", "the chosen candidates must be "
                                 "places 1 to {count} on the previous round's list"),
    "round_candidates_unreadable": ("không đọc được danh sách người được chọn “{text}” (cần "
                                    "dạng 2,5,7)", "the chosen candidates “{text}” cannot be "
                                    "read (write them as 2,5,7)"),
    "round_candidate_elected": ("{name} đã trúng cử ở lần bầu này", "{name} was elected in "
                                "this round already"),
    "round_seats_above_left": ("bầu {seats} ghế nhưng chỉ còn {left} ghế", "{seats:seat|seats} "
                               "asked but only {left} left"),
    "exclusion.default": ("Số đại biểu không tính vào cơ số", "Delegates excluded from the "
                          "base"),
}
