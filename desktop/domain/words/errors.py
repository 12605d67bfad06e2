"""Why an input or a file cannot be used: the codes of ValidationError and StorageError."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # -- a ballot as keyed or typed ----------------------------------------------------------
    "codes_length": ("cần {expected} ký tự (mỗi người trên phiếu một ký tự), có {got}",
                     "expected {expected} characters (one per official on the ballot), "
                     "got {got}"),
    "codes_character": ("ký tự thứ {position} là “{char}”; dùng 1..{levels} cho một mức, 0 cho "
                        "dòng để trống, x cho dòng đánh nhiều ô",
                        "character {position} is “{char}”; use 1..{levels} for a level, 0 for "
                        "a blank row, x for several boxes marked"),
    "codes_or_invalid": ("cho CODES hoặc --invalid LÝ_DO, không cho cả hai",
                         "give either CODES or --invalid REASON"),
    "rows_count": ("phiếu có {expected} dòng, không phải {got}",
                   "the ballot has {expected} rows, not {got}"),
    "row_level": ("dòng {row} không có mức {level}", "row {row} has no level {level}"),
    "reason_unknown": ("không có lý do phiếu không hợp lệ “{text}”; dùng một trong: {choices}",
                       "unknown invalid-ballot reason “{text}”; use one of {choices}"),
    "reason_not_keyable": ("lý do “{reason}” do chương trình quyết định theo các dòng đã nhập, "
                           "không nhập tay",
                           "“{reason}” is decided by the program from the rows keyed, not "
                           "keyed"),
    "reason_other_needs_note": ("lý do “khác” cần ghi rõ là gì",
                                "the reason “other” needs a note saying what it is"),
    # -- files of ballots and officials -----------------------------------------------------
    "file_utf16": ("tệp được lưu dạng UTF-16; hãy lưu lại dạng UTF-8",
                   "the file is UTF-16; save it as UTF-8"),
    "file_not_utf8": ("tệp không phải văn bản UTF-8 (hãy lưu lại dạng UTF-8)",
                      "the file is not UTF-8 text (save it as UTF-8)"),
    "file_nul_bytes": ("tệp không phải văn bản UTF-8 (có byte NUL)",
                       "the file is not UTF-8 text (it holds NUL bytes)"),
    "file_no_ballot": ("tệp không có phiếu nào", "the file holds no ballot"),
    "line_too_long": ("dòng dài hơn {maximum} ký tự", "the line is longer than {maximum} "
                      "characters"),
    "line_stray_bytes": ("dòng có dấu BOM lạc chỗ hoặc byte NUL",
                         "the line holds a stray byte-order mark or NUL byte"),
    "invalid_needs_reason": ("phiếu không hợp lệ cần có lý do", "an invalid ballot needs a "
                             "reason"),
    "invalid_line_fields": ("cần invalid,LÝ_DO[,GHI_CHÚ]; dòng có nhiều trường hơn",
                            "expected invalid,REASON[,NOTE]; found more fields"),
    "codes_line_fields": ("cần CODES một mình trên dòng, hoặc invalid,LÝ_DO",
                          "expected CODES alone on the line, or invalid,REASON"),
    "officials_file_empty": ("tệp trống; cần dòng tiêu đề name,title",
                             "the file is empty; expected a header name,title"),
    "officials_header": ("dòng đầu phải là tiêu đề name,title (hoặc Họ và tên,Chức vụ), không "
                         "phải “{found}”",
                         "the first line must be the header name,title, not “{found}”"),
    "officials_extra_fields": ("dòng có {fields} trường, dòng tiêu đề có {header}",
                               "{fields} fields where the header has {header}"),
    "official_name_empty": ("chưa có họ tên", "the name is empty"),
    "exclusion_needs_reason": ("ghi lý do không có tên trên phiếu",
                               "say why this person is not on the ballot"),
    "officials_file_none": ("tệp không có tên người nào", "the file lists no official"),
    "xlsx_no_sheet": ("bảng tính không có trang nào", "the workbook has no sheet"),
    "xlsx_damaged": ("tệp không phải bảng tính .xlsx (hoặc đã hỏng)",
                     "the file is not an .xlsx workbook (or it is damaged)"),
    "xlsx_missing_string": ("ô {cell} trỏ tới một chuỗi không có",
                            "cell {cell} refers to a missing string"),
    # a hostile or damaged file: each refusal says the limit (desktop/domain/import_limits.py)
    "ballots_file_too_large": ("tệp lớn hơn {maximum} MB, giới hạn của một tệp phiếu",
                               "the file is larger than {maximum} MB, the limit of a file of "
                               "ballots"),
    "file_too_large": ("tệp lớn hơn {maximum} MB, giới hạn của một tệp danh sách",
                       "the file is larger than {maximum} MB, the limit for a list of officials"),
    "xlsx_part_missing": ("bảng tính thiếu phần {part} (tệp đã hỏng hoặc không phải .xlsx)",
                          "the workbook lacks its part {part} (it is damaged, or not an .xlsx "
                          "workbook)"),
    "xlsx_part_damaged": ("phần {part} của bảng tính đã hỏng; hãy mở và lưu lại bằng Excel "
                          "hoặc LibreOffice",
                          "the workbook's part {part} is damaged; open it and save it again in "
                          "Excel or LibreOffice"),
    "xlsx_compression": ("phần {part} của bảng tính được nén theo cách chương trình không đọc "
                         "được (phương thức {method}); hãy mở và lưu lại bằng Excel hoặc "
                         "LibreOffice",
                         "the workbook's part {part} is compressed in a way this program cannot "
                         "read (method {method}); open it and save it again in Excel or "
                         "LibreOffice"),
    "xlsx_encrypted": ("bảng tính có mật khẩu (đã mã hoá); hãy lưu lại không đặt mật khẩu",
                       "the workbook is encrypted (it has a password); save it again without "
                       "one"),
    "xlsx_too_large": ("giải nén ra, bảng tính lớn hơn {maximum} MB (ở phần {part}), giới hạn "
                       "của một tệp danh sách",
                       "unpacked, the workbook is larger than {maximum} MB (at its part "
                       "{part}), the limit for a list of officials"),
    "xlsx_too_complex": ("bảng tính có hơn {maximum} phần tử XML (ở phần {part}), giới hạn của "
                         "một tệp danh sách",
                         "the workbook holds more than {maximum} XML elements (at its part "
                         "{part}), the limit for a list of officials"),
    "xlsx_doctype": ("phần {part} của bảng tính khai báo kiểu tài liệu (DOCTYPE), điều một bảng "
                     "tính thật không bao giờ có; tệp bị từ chối",
                     "the workbook's part {part} declares a document type (DOCTYPE), which a "
                     "real workbook never does; the file is refused"),
    "xlsx_cell_ref": ("“{cell}” không phải địa chỉ của một ô", "“{cell}” is not a cell's "
                      "address"),
    "xlsx_column_too_far": ("ô {cell} nằm sau cột {last}, cột cuối cùng một danh sách được dùng",
                            "cell {cell} lies past column {last}, the last a list of officials "
                            "may use"),
    "xlsx_cell_too_long": ("ô {cell} dài hơn {maximum} ký tự", "cell {cell} holds more than "
                           "{maximum} characters"),
    "officials_cell_too_long": ("ô dài hơn {maximum} ký tự", "the cell holds more than "
                                "{maximum} characters"),
    "officials_rows_too_many": ("danh sách có hơn {maximum} dòng (kể cả dòng tiêu đề và dòng "
                                "trống)",
                                "the list has more than {maximum} lines (the header and blank "
                                "lines included)"),
    "csv_quote": ("dấu ngoặc kép chưa đóng hoặc đặt sai chỗ trên dòng này (một ô không được "
                  "xuống dòng)",
                  "a quote is not closed, or out of place, on this line (a cell cannot hold a "
                  "line break)"),
    "text_character": ("có ký tự {char} (ký tự điều khiển, vô hình hoặc đổi chiều chữ), không "
                       "in được lên phiếu và biên bản; hãy xoá ký tự đó",
                       "holds the character {char} (a control, invisible or "
                       "direction-changing character), which cannot be printed on the "
                       "ballot or the minutes; delete it"),
    "officials_character": ("có ký tự {char} (ký tự điều khiển, vô hình hoặc đổi chiều chữ), "
                            "không in lên phiếu được; hãy xoá ký tự đó",
                            "holds the character {char} (a control, invisible or "
                            "direction-changing character), which cannot be printed on a "
                            "ballot; delete it"),
    # -- the count, its rules and numbers ----------------------------------------------------
    "title_missing": ("chưa có nội dung kiểm phiếu", "the count needs a title"),
    "timezone_unknown": ("không biết múi giờ “{zone}” (ví dụ đúng: Asia/Ho_Chi_Minh)",
                         "unknown time zone “{zone}” (for example: Asia/Ho_Chi_Minh)"),
    "copies_range": ("số bản biên bản phải từ 1 đến {maximum}",
                     "the number of copies must be 1 to {maximum}"),
    "officials_none": ("phiếu chưa có tên người nào", "the ballot lists no official"),
    "officials_too_many": ("nhiều nhất {maximum} người, không phải {count}",
                           "at most {maximum} officials, not {count}"),
    "officials_fixed": ("danh sách trên phiếu và bộ quy tắc không đổi được nữa khi đã lưu phiếu "
                        "đầu tiên",
                        "officials and the rule set cannot change once the first ballot is "
                        "saved"),
    "number_unknown": ("không có số liệu “{name}”", "unknown number “{name}”"),
    "number_out_of_range": ("{number!c} phải là số nguyên từ 0 đến {maximum}, không phải {value}",
                            "{number!c} must be a whole number from 0 to {maximum}, not {value}"),
    "number_order": ("{small!c} ({a}) không thể lớn hơn {large} ({b})",
                     "{small!c} ({a}) cannot exceed {large} ({b})"),
    "collected_below_entered": ("đã nhập {entered} phiếu; số phiếu thu về không thể là "
                                "{collected}",
                                "{entered} ballots are already entered; ballots collected "
                                "cannot be {collected}"),
    "collected_exceeded": ("đã thu về {collected} phiếu và đã nhập {entered}; nhập thêm {more} "
                           "phiếu sẽ vượt quá số thu về. Nếu hòm phiếu có nhiều hơn, sửa số "
                           "phiếu thu về trước",
                           "{collected} ballots were collected and {entered} are entered; "
                           "{more} more would be too many. Correct the number collected first "
                           "if the box held more"),
    "levels_count": ("một thang có từ {minimum} đến {maximum} mức, không phải {levels}",
                     "a scale has {minimum} to {maximum} levels, not {levels}"),
    "level_label_missing": ("có mức chưa có tên", "a level has no label"),
    "threshold_level": ("ngưỡng {number} nói đến mức {level}; thang chỉ có {levels} mức",
                        "threshold {number} names level {level}; the scale has {levels}"),
    "threshold_fraction": ("ngưỡng {number} cần một tỷ lệ lớn hơn 0 và không quá 1, không phải "
                           "{fraction}",
                           "threshold {number} needs a fraction above 0 and at most 1, not "
                           "{fraction}"),
    "threshold_comparison": ("ngưỡng {number}: so sánh phải là > hoặc ≥",
                             "threshold {number}: the comparison must be > or ≥"),
    "threshold_cells": ("ngưỡng {number}: viết mức là một số và tỷ lệ như 1/2",
                        "threshold {number}: write the level as a number and the fraction "
                        "like 1/2"),
    "threshold_unreadable": ("không đọc được ngưỡng “{spec}”; viết MỨC>TỶ_LỆ hoặc MỨC>=TỶ_LỆ, "
                             "ví dụ 3>1/2 hoặc 3>=2/3",
                             "cannot read threshold “{spec}”; write it as LEVEL>FRACTION or "
                             "LEVEL>=FRACTION, e.g. 3>1/2 or 3>=2/3"),
    "rules_unknown": ("không có bộ quy tắc “{code}”; chọn một trong: {choices}",
                      "unknown rule set “{code}”; choose one of {choices}"),
    "count_closed": ("cuộc kiểm phiếu đã kết thúc; muốn sửa phải mở lại (có ghi lý do)",
                     "the count is closed; reopen it (with a reason) to change anything"),
    "count_not_closed": ("cuộc kiểm phiếu chưa kết thúc", "the count is not closed"),
    "close_blocked": ("chưa thể kết thúc kiểm phiếu: {problems}",
                      "the count cannot be closed: {problems}"),
    "acknowledgement_missing": ("mỗi cảnh báo cần một thành viên Ban kiểm phiếu xác nhận, kèm "
                                "một câu lý do: {warnings}",
                                "each warning needs an acknowledgement by a committee member, "
                                "with a sentence: {warnings}"),
    "check.listed": ("[{code}] {words}", "[{code}] {words}"),
    "reason_missing_reopen": ("ghi lý do mở lại", "say why the count is reopened"),
    "reason_missing_void": ("ghi lý do hủy bản nhập", "say why the entry is voided"),
    "reason_missing_rekey": ("ghi lý do nhập lại", "say why the ballot is keyed again"),
    "reason_missing_discard": ("ghi lý do hủy bản nhập lần hai",
                               "say why the second entry is discarded"),
    # -- ballots and stacks ------------------------------------------------------------------
    "ballot_unknown": ("không có phiếu số {number}", "there is no ballot {number}"),
    "ballot_already_voided": ("bản nhập phiếu số {number} đã bị hủy",
                              "the entry of ballot {number} is already voided"),
    "rekey_unchanged": ("bản nhập lại giống hệt bản đã lưu: sửa dòng cần sửa trước khi lưu",
                        "the new entry is the same as the one saved: correct the rows first"),
    "voided_cannot_count_again": ("đã nhập đủ {collected} phiếu thu về; bản nhập đã hủy không "
                                  "thể tính lại",
                                  "all {collected} ballots collected are entered; the voided "
                                  "entry cannot count again"),
    "stack_name_missing": ("tập phiếu cần có tên", "the stack needs a name"),
    "stack_exists": ("đã có tập phiếu “{stack}”", "there is already a stack “{stack}”"),
    "stack_is_a_table": ("“{stack}” là tên của bàn kiểm phiếu “{table}” đã nhập; hãy đặt tên khác "
                         "cho tập phiếu",
                         "“{stack}” is the name of the merged counting table “{table}”; give "
                         "the stack another name"),
    "stack_size": ("một tập có từ 1 đến {maximum} phiếu, không phải {expected}",
                   "a stack holds 1 to {maximum} ballots, not {expected}"),
    "stack_still_open": ("đóng tập phiếu “{stack}” trước", "close stack “{stack}” first"),
    "stack_none_open": ("không có tập phiếu nào đang mở", "no stack is open"),
    "stack_unknown": ("không có tập phiếu “{stack}”", "there is no stack “{stack}”"),
    "stack_full": ("tập phiếu “{stack}” chỉ còn chỗ cho {room} phiếu",
                   "stack “{stack}” has room for {room} more ballots"),
    "stack_short_needs_reason": ("tập phiếu “{stack}” mới có {done}/{expected} phiếu; ghi lý "
                                 "do đóng tập khi chưa đủ",
                                 "stack “{stack}” holds {done} of {expected} ballots; say why "
                                 "it is closed short"),
    "hand_needs_stack": ("mở một tập phiếu trước, với số phiếu đã đếm",
                         "start a stack first, with the number of ballots it holds"),
    "hand_stack_keyed": ("tập phiếu “{stack}” đã có phiếu nhập từng tờ; bảng kiểm đếm tay thay "
                         "cho cả một tập",
                         "stack “{stack}” already has ballots keyed one by one; a hand-tally "
                         "sheet replaces a whole stack"),
    "hand_sheet_size": ("bảng kiểm đếm có {ballots} phiếu; tập phiếu “{stack}” có {expected}",
                        "the sheet counts {ballots} ballots; stack “{stack}” holds {expected}"),
    "hand_tally_wrong": ("bảng kiểm đếm chưa khớp: {problems}",
                         "the tally sheet does not add up: {problems}"),
    "hand.negative": ("số phiếu không thể âm.", "the numbers of ballots cannot be negative."),
    "hand.rows": ("bảng có {rows} dòng, phiếu có {officials} người.",
                  "the sheet has {rows} rows, the ballot {officials} officials."),
    "hand.row_shape": ("{name}: cần {levels} mức, để trống và nhiều ô, không số nào âm.",
                       "{name}: {levels} levels, blank and multiple, none negative."),
    "hand.row_sum": ("{name}: cộng được {total}, phải bằng {valid} phiếu hợp lệ.",
                     "{name}: levels and invalid rows add up to {total}, not the {valid} "
                     "valid ballots."),
    # -- double entry and the spot check -----------------------------------------------------
    "double_not_started": ("tập phiếu “{stack}” chưa được nhập lần hai",
                           "stack “{stack}” is not being keyed a second time"),
    "double_operator_missing": ("ghi họ tên người nhập lần hai",
                                "name the operator who keys the second entry"),
    "double_already_started": ("tập phiếu “{stack}” đã có bản nhập lần hai",
                               "stack “{stack}” already has a second entry"),
    "double_not_eligible": ("tập phiếu “{stack}” chưa thể nhập lần hai: tập phải đã đóng và "
                            "được nhập từng tờ",
                            "stack “{stack}” cannot be keyed a second time: it must be closed "
                            "and keyed ballot by ballot"),
    "double_same_operator": ("{operator} đã nhập lần đầu tập phiếu “{stack}”; lần hai phải do "
                             "người khác nhập",
                             "{operator} keyed the first entry of stack “{stack}”; the second "
                             "entry needs another operator"),
    "double_complete": ("bản nhập lần hai của tập phiếu “{stack}” đã đủ",
                        "the second entry of stack “{stack}” is complete"),
    "double_decider_missing": ("ghi tên người quyết định", "name who decided"),
    "double_no_difference": ("tờ thứ {position} của tập phiếu “{stack}” không có khác biệt chờ "
                             "quyết định",
                             "paper {position} of stack “{stack}” has no undecided "
                             "difference"),
    "double.rekey_reason": ("hai lần nhập tập {stack} không khớp; đồng chí {by} quyết định "
                            "theo lần nhập thứ hai, của {operator}",
                            "the two entries of stack {stack} differed; {by} decided for the "
                            "second entry, by {operator}"),
    "double_nothing_waiting": ("không có tập nào đang chờ nhập lần hai",
                               "no stack is waiting for its second entry"),
    "spot_nothing_waiting": ("không còn phiếu nào chờ nhập lại", "no ballot is waiting to be "
                             "keyed again"),
    "spot_nothing_to_check": ("chưa có phiếu nào để kiểm tra", "there is no ballot to check "
                              "yet"),
    "spot_sample_size": ("số phiếu rút mẫu phải từ 1 đến {maximum}, không phải {k}",
                         "the sample must be 1 to {maximum} ballots, not {k}"),
    "spot_not_started": ("chưa rút mẫu kiểm tra", "no spot check was drawn"),
    "spot_not_waiting": ("phiếu số {number} không nằm trong các phiếu chờ nhập lại",
                         "ballot {number} is not waiting in this spot check"),
    # -- counting tables ---------------------------------------------------------------------
    "table_name_missing": ("bàn kiểm phiếu cần có tên", "the table needs a name"),
    "table_unknown": ("chưa nhập bàn “{table}”; các bàn đã nhập: {merged}",
                      "no table “{table}” was merged; merged: {merged}"),
    "table_file_not_table": ("không phải tệp của một bàn kiểm phiếu (tạo bằng “Tạo tệp cho một "
                             "bàn” hoặc table-file)",
                             "is not a counting table's file (made with 'table-file')"),
    "table_file_foreign": ("thuộc về một cuộc kiểm phiếu khác (không tạo từ tệp này, hoặc danh "
                           "sách, quy tắc khác)",
                           "belongs to another count (not made from this file, or other "
                           "officials or rules)"),
    "table_file_tampered": ("không khớp với nhật ký của chính nó: {problem}",
                            "does not match its own audit log: {problem}"),
    "table_file_not_double_keyed": ("chưa được nhập hai lần đầy đủ như cuộc kiểm phiếu này yêu "
                                    "cầu: {problems}",
                                    "is not fully double-keyed, which this count requires: "
                                    "{problems}"),
    "table_file_merged_already": ("đã được nhập rồi (là bàn “{table}”)",
                                  "was already merged (as table “{table}”)"),
    "table_name_merged_already": ("bàn “{table}” đã được nhập; một tệp thứ hai của cùng bàn sẽ "
                                  "bị tính hai lần",
                                  "table “{table}” is already merged; a second file of the "
                                  "same table would count twice"),
    "table_file_hand_counted": ("có tập phiếu kiểm đếm tay ({stacks}); hãy nhập các bảng kiểm "
                                "đếm đó tại tệp chính",
                                "holds stacks counted by hand ({stacks}); enter those tally "
                                "sheets at the master count instead"),
    "table_file_empty": ("không có phiếu nào", "holds no ballot"),
    "table_file_damaged": ("tệp đã hỏng, không đọc được hết nội dung; không nhập (chi tiết ghi "
                           "trong nhật ký của chương trình)",
                           "is damaged: it cannot be read in full; not merged (the details "
                           "are in the program's log)"),
    "table_name_is_a_stack": ("bàn “{table}” trùng tên với tập phiếu “{stack}” của chính tệp "
                              "này: gộp lại thì biên bản cộng lẫn hai tập, và có thể cùng những "
                              "phiếu đã được nhập hai lần; không nhập. Hãy kiểm tra; nếu đúng là "
                              "hai tập khác nhau, gộp với tên khác (cửa sổ sẽ hỏi tên; ở dòng "
                              "lệnh: kiemphieu merge … --as TÊN)",
                              "table “{table}” has the name of this count's own stack "
                              "“{stack}”: merged, the minutes would add the two up together, "
                              "and the same paper may have been keyed twice; not merged. Check "
                              "it; if they are two different sets of ballots, merge it under "
                              "another name (the window asks for one; on the command line: "
                              "kiemphieu merge … --as NAME)"),
    "merge_as_one_table": ("--as đặt tên cho một bàn: chỉ đưa một tệp TABLE",
                           "--as names one table: give one TABLE file"),
    "table_list_differs": ("danh sách trên phiếu hoặc bộ quy tắc khác với tệp chính (phiếu được "
                           "ghi theo vị trí trên phiếu: nhập vào thì phiếu của người này thành "
                           "của người khác); không nhập. {differences}",
                           "its officials or rules differ from the master's (marks are kept by "
                           "place on the ballot: merged, one person's votes would go to "
                           "another); not merged. {differences}"),
    "table_diff.count": ("Tệp chính có {master} người trong danh sách, tệp của bàn có {table}.",
                         "The master lists {master} officials, the table {table}."),
    "table_diff.official": ("Vị trí {position}: tệp chính ghi {master}, tệp của bàn ghi "
                            "{table}.",
                            "Position {position}: {master} in the master, {table} in the "
                            "table."),
    "table_diff.who": ("“{name}”", "“{name}”"),
    "table_diff.excluded": ("“{name}” (đã loại khỏi phiếu)",
                            "“{name}” (excluded from the ballot)"),
    "table_diff.nobody": ("không có ai", "none"),
    "table_diff.more": ("Và {n} vị trí khác nữa.", "And {n} more places."),
    "table_diff.rules": ("Bộ quy tắc khác ở: {fields}.", "The rules differ in: {fields}."),
    "table_officials_fixed": ("đây là tệp của một bàn kiểm phiếu: danh sách trên phiếu và bộ "
                              "quy tắc là của tệp chính, không đổi ở đây được",
                              "this is a counting table's file: its officials and rule set "
                              "are the master's and cannot change here"),
    "path_not_chosen": ("chưa chọn nơi lưu tệp", "no place to save the file was chosen"),
    # -- the counting file -------------------------------------------------------------------
    "file_missing": ("không có tệp {path}", "{path} does not exist"),
    "file_unreadable": ("không đọc được {name}: {reason}", "{name} cannot be read: {reason}"),
    "file_not_sqlite": ("{name} không phải tệp kiểm phiếu (không phải cơ sở dữ liệu SQLite)",
                        "{name} is not a counting file (it is not an SQLite database)"),
    "file_foreign": ("{name} là tệp SQLite của một chương trình khác, không phải tệp kiểm phiếu",
                     "{name} is an SQLite file of another program, not a count"),
    "file_newer": ("{name} được ghi bởi một phiên bản Kiểm Phiếu mới hơn (định dạng {version}, "
                   "chương trình này đọc được đến {supported}); hãy cập nhật chương trình",
                   "{name} was written by a newer version of Kiểm Phiếu (file format "
                   "{version}, this program reads up to {supported}); update the program to "
                   "open it"),
    "file_older": ("{name} dùng định dạng cũ; mở một lần để ghi thì tệp được nâng cấp",
                   "{name} uses an older file format; open it for writing once to upgrade it"),
    "file_read_only": ("{name} chỉ đọc được; hãy mở để xem, hoặc chép sang nơi khác trước",
                       "{name} is read-only; open it read-only or copy it first"),
    "file_open_read_only": ("{name} đang được mở để xem; không thể thay đổi gì",
                            "{name} is open read-only; nothing can be changed"),
    "file_held": ("{name} đang được mở để ghi ở {holder}; hãy đóng tệp ở đó trước",
                  "{name} is open for writing in {holder}; close it there first"),
    "file_row_damaged": ("{name} đã hỏng: bảng {table}, dòng {row}, cột {column}: {problem}; "
                         "dùng bản sao lưu gần nhất",
                         "{name} is damaged: table {table}, row {row}, column {column}: "
                         "{problem}; use the latest backup"),
    "event_damaged": ("sự kiện {seq} ({kind}) trong nhật ký kiểm toán đã hỏng: {problem}",
                      "event {seq} ({kind}) of the audit log is damaged: {problem}"),
    # -- what is wrong with a stored value (desktop.domain.decode) ---------------------------
    "stored_not_text": ("không phải văn bản", "not a text"),
    "stored_too_long": ("dài hơn {maximum} ký tự", "longer than {maximum} characters"),
    "stored_too_deep": ("lồng sâu hơn {maximum} tầng", "nested deeper than {maximum} levels"),
    "stored_not_json": ("không phải JSON đọc được", "not readable JSON"),
    "stored_not_object": ("không phải một đối tượng JSON", "not a JSON object"),
    "stored_not_whole": ("“{value}” không phải số nguyên", "“{value}” is not a whole number"),
    "stored_out_of_range": ("{value} nằm ngoài khoảng {low} đến {high}",
                            "{value} is outside {low} to {high}"),
    "stored_not_choice": ("“{value}” không phải một trong: {choices}",
                          "“{value}” is not one of {choices}"),
    "stored_no_official": ("không có người số {value} trên phiếu",
                           "there is no official {value} on the ballot"),
    "stored_entry_missing": ("thiếu một mục", "an entry is missing"),
    "stored_list_short": ("một danh sách thiếu phần tử", "a list is too short"),
    "stored_number_too_large": ("một số quá lớn", "a number is too large"),
    "stored_wrong_type": ("một mục sai kiểu", "an entry has the wrong type"),
    "stored_value_unknown": ("một giá trị không hợp lệ", "a value is not valid"),
    "file_exists": ("đã có tệp {name}; hãy chọn tên khác",
                    "{name} already exists; choose another name"),
    "folder_missing": ("không có thư mục {path}", "the folder {path} does not exist"),
    "file_cannot_create": ("không tạo được {name}: {reason}",
                           "{name} could not be created: {reason}"),
    "file_in_use": ("{name} đang được một chương trình hoặc cửa sổ khác dùng; hãy đóng ở đó "
                    "trước",
                    "{name} is in use by another program or window; close it there first"),
    "file_read_only_here": ("{name} chỉ đọc được ở đây; không lưu được gì vào tệp",
                            "{name} is read-only here; nothing can be saved to it"),
    "disk_full": ("ổ đĩa chứa {name} đã đầy; hãy giải phóng chỗ trống. Chưa lưu gì",
                  "the disk holding {name} is full; free some space. Nothing was saved"),
    "file_damaged": ("{name} đã hỏng hoặc không phải tệp kiểm phiếu",
                     "{name} is damaged or is not a counting file"),
    "file_cannot_open": ("không mở được {name} (thiếu thư mục hoặc không có quyền)",
                         "{name} cannot be opened (missing folder or no permission)"),
    "disk_io": ("ghi {name} không thành (lỗi ổ đĩa, hoặc USB đã bị rút ra)",
                "writing {name} failed (disk error, or the USB stick was removed)"),
    "migration_unterminated": ("lỗi chương trình: một câu lệnh nâng cấp tệp chưa kết thúc "
                               "({statement}); tệp không bị thay đổi",
                               "a bug: a statement of the file upgrade is unterminated "
                               "({statement}); the file was not changed"),
    "file_unusable": ("không dùng được tệp kiểm phiếu {name} ({detail})",
                      "{name}: the counting file could not be used ({detail})"),
    "document_unwritable": ("không ghi được {path} ({detail}): kiểm tra thư mục, quyền ghi và chỗ "
                            "trống trên ổ đĩa",
                            "{path} could not be written ({detail}): check the folder, the "
                            "permission to write and the free space on the disk"),
    "file_lock_taken": ("chưa lưu: khóa ghi của {name} đã bị xóa ngoài chương trình và {holder} "
                        "đã mở tệp để ghi; hãy đóng tệp ở một trong hai nơi rồi mở lại",
                        "not saved: the writer's lock of {name} was deleted outside the "
                        "program and {holder} has opened the file for writing; close it in "
                        "one of the two places and open it again"),
    "file_unlocked": ("đã gỡ khóa ghi của {name} do {holder} để lại",
                      "removed the writer's lock of {name} left by {holder}"),
    "file_wal_foreign": ("bên cạnh {name} có tệp {wal} không thuộc về nó (tệp có {alone} sự "
                         "kiện, {wal} lại đưa về {joined}): có lẽ một bản sao đã được chép đè "
                         "lên {name} mà {wal} cũ vẫn để lại. Chương trình không mở, để không "
                         "phiếu nào bị ghi đè; hãy giữ nguyên cả hai tệp và mở bản sao lưu gần "
                         "nhất",
                         "{name} has a {wal} beside it that is not its own (the file holds "
                         "{alone} events, {wal} would make it {joined}): a copy was probably "
                         "put over {name} and the old {wal} left behind. It is not opened, so "
                         "that no ballot is overwritten; keep both files and open the latest "
                         "backup"),
    "file_wal_damaged": ("không đọc được {name} cùng tệp {wal} bên cạnh nó: tệp {wal} đã hỏng "
                         "hoặc không thuộc về {name}. Chương trình không mở; hãy giữ nguyên cả "
                         "hai tệp và mở bản sao lưu gần nhất",
                         "{name} cannot be read with the {wal} beside it: {wal} is damaged or "
                         "is not its own. It is not opened; keep both files and open the "
                         "latest backup"),
    "file_schema_foreign": ("{name} có một phần lạ trong cấu trúc tệp ({object}): chương trình "
                            "không mở, vì phần đó có thể đổi những gì được lưu; dùng bản sao "
                            "lưu gần nhất",
                            "{name} holds a foreign part in its structure ({object}): it is "
                            "not opened, as that part could change what is stored; use the "
                            "latest backup"),
    "table_file_of_a_table": ("tệp này là tệp của một bàn kiểm phiếu: tạo tệp cho bàn từ tệp "
                              "kiểm phiếu chính",
                              "this file is a counting table's: make table files from the "
                              "master count"),
    "table_cannot_receive": ("tệp đang mở là tệp của một bàn kiểm phiếu: chỉ tệp kiểm phiếu "
                             "chính mới nhập được tệp của các bàn ({file})",
                             "the open file is a counting table's: only the master count "
                             "merges the tables' files ({file})"),
    "table_file_holds_merges": ("{file} đã nhập phiếu của bàn khác ({tables}): nhập vào tệp "
                                "chính thì những phiếu đó bị tính hai lần; không nhập",
                                "{file} holds another table's ballots ({tables}): merged "
                                "into the master they would count twice; not merged"),
    "count_tampered": ("tệp không khớp nhật ký kiểm toán ở {problems} chỗ: không thể kết thúc "
                       "kiểm phiếu (xem từng chỗ bằng «kiemphieu verify»). Chỗ đầu: {first}",
                       "the file does not match its audit log in {problems} places: the count "
                       "cannot be closed (see each with “kiemphieu verify”). The first: "
                       "{first}"),
    "document_incomplete": ("tệp ghi ra không trọn vẹn", "the file written is incomplete"),
    "device_unwritable": ("không mở được máy in hoặc tệp để ghi",
                          "the printer or file could not be opened for writing"),
    "backup_unwritable": ("không ghi được bản sao lưu {path}: {reason}",
                          "the backup {path} could not be written: {reason}"),
    "backup_folder_unwritable": ("không tạo được thư mục sao lưu {path}: {reason}",
                                 "the backup folder {path} cannot be made: {reason}"),
    "holder.none": ("không có chương trình nào", "no program"),
    "holder.unknown": ("một chương trình khác", "another program"),
    "holder.process": ("{app} (tiến trình {pid} trên máy {host})",
                       "{app} (process {pid} on {host})"),
    # -- why the operating system refused ----------------------------------------------------
    "oserror.EACCES": ("không có quyền", "permission denied"),
    "oserror.EPERM": ("không được phép", "not permitted"),
    "oserror.ENOSPC": ("ổ đĩa đã đầy", "the disk is full"),
    "oserror.ENOENT": ("không có tệp hoặc thư mục đó", "no such file or folder"),
    "oserror.EROFS": ("ổ đĩa chỉ đọc được", "the disk is read-only"),
    "oserror.EEXIST": ("đã có tệp đó", "the file already exists"),
    "oserror.EISDIR": ("đó là một thư mục", "it is a folder"),
    "oserror.ENOTDIR": ("một phần của đường dẫn không phải thư mục",
                        "part of the path is not a folder"),
    "oserror.EIO": ("lỗi đọc ghi ổ đĩa", "a disk input/output error"),
    "oserror.ENAMETOOLONG": ("tên tệp quá dài", "the file name is too long"),
    "oserror.EBUSY": ("tệp đang bận", "the file is busy"),
    "oserror.other": ("{detail}", "{detail}"),
}
