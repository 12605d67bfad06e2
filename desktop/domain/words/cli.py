"""The command line's words: what each command does, what it prints, what it refuses, and the
words of argparse itself (its usage and error lines), so that a Vietnamese terminal reads
Vietnamese."""

from __future__ import annotations

_ARGPARSE = {  # argparse's own messages (Python 3.11+), by their English text
    "usage: ": "cách dùng: ",
    "positional arguments": "đối số",
    "options": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "unrecognized arguments: %s": "không hiểu các đối số: %s",
    "the following arguments are required: %s": "thiếu các đối số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các đối số %s",
    "not allowed with argument %s": "không dùng được cùng đối số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn không rõ: %(option)s có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
}

WORDS: dict[str, tuple[str, str]] = {
    **{f"argparse:{english}": (vi, english) for english, vi in _ARGPARSE.items()},
    # -- the program and its commands (argparse's help) -------------------------------------
    "cli.description": ("Kiểm Phiếu: kiểm phiếu tín nhiệm và bầu cử trên dòng lệnh. Không có "
                        "LỆNH thì mở cửa sổ.",
                        "Kiểm Phiếu: count confidence-vote and election ballots from the "
                        "terminal. Without a COMMAND it opens the window."),
    "cli.window": ("Kiểm Phiếu. Không có LỆNH thì mở cửa sổ; xem 'kiemphieu --help-commands'.",
                   "Kiểm Phiếu. Without a COMMAND it opens the window; see "
                   "'kiemphieu --help-commands'."),
    "cli.help.file": ("một tệp kiểm phiếu (*.kiemphieu)", "a counting file (*.kiemphieu)"),
    "cli.help.open_demo": ("mở cuộc kiểm phiếu mẫu", "open the demo count"),
    "cli.help.lang": ("ngôn ngữ của lời nhắn và tài liệu: vi (mặc định) hoặc en",
                      "language of the messages and documents: vi (default) or en"),
    "cli.help.new": ("tạo một tệp kiểm phiếu", "create a counting file"),
    "cli.help.set": ("sửa số liệu (triệu tập, có mặt, …)", "change the numbers (summoned, "
                     "present, …)"),
    "cli.help.add": ("nhập một phiếu", "add one ballot"),
    "cli.help.import": ("nhập các phiếu từ một tệp, tất cả hoặc không phiếu nào",
                        "add ballots from a file, all or none"),
    "cli.help.results": ("in kết quả", "print the results"),
    "cli.help.verify": ("đối chiếu tệp với nhật ký kiểm toán của nó",
                        "check the file against its audit log"),
    "cli.help.demo": ("tạo một cuộc kiểm phiếu mẫu với người giả định",
                      "create a demo count of fictitious officials"),
    "cli.help.chart": ("vẽ biểu đồ kết quả ra PNG và/hoặc SVG",
                       "draw the results chart as PNG and/or SVG"),
    "cli.help.close": ("kết thúc kiểm phiếu: lỗi thì chặn, cảnh báo thì phải xác nhận",
                       "close the count: errors block, warnings are acknowledged"),
    "cli.help.reopen": ("mở lại cuộc kiểm phiếu đã kết thúc, có ghi lý do",
                        "reopen a closed count, with a reason"),
    "cli.help.minutes": ("lập biên bản (PDF và/hoặc ODT)", "write the minutes (PDF and/or ODT)"),
    "cli.help.export": ("xuất kết quả ra CSV hoặc XLSX, nhật ký ra JSON lines hoặc PDF",
                        "results as CSV or XLSX, the audit log as JSON lines or PDF"),
    "cli.help.unlock": ("gỡ khóa ghi mà một máy khác để lại trên tệp (chỉ khi chắc chắn máy đó "
                        "không còn mở tệp)",
                        "remove the writer's lock another machine left on the file (only when "
                        "sure that machine no longer has it open)"),
    "cli.help.backup": ("sao lưu nhất quán tệp kiểm phiếu ngay bây giờ",
                        "a consistent copy of the counting file, now"),
    "cli.help.table-file": ("tạo tệp kiểm phiếu cho một bàn của cuộc kiểm phiếu lớn",
                            "a counting file for one table of a large count"),
    "cli.help.merge": ("nhập tệp của các bàn vào tệp chính",
                       "merge the tables' files into the master count"),
    "cli.help.merge_as": ("nhập một bàn với tên khác tên của nó (khi tên đó đã là của một tập "
                          "phiếu hay một bàn khác, và đã kiểm tra đó không phải cùng phiếu)",
                          "merge one table under a name other than its own (when that name "
                          "is another stack's or table's, and you checked they are not the "
                          "same ballots)"),
    "cli.help.spot-check": ("rút các phiếu để nhập lại mù từ phiếu giấy",
                            "draw ballots to re-key blind from the paper"),
    "cli.help.spot-rekey": ("ghi kết quả nhập lại mù một phiếu đã rút",
                            "record the blind re-key of one drawn ballot"),
    "cli.help.operators": ("tốc độ nhập và khác biệt theo từng người nhập",
                           "keying speed and differences per operator"),
    "cli.help.codes": ("mỗi người trên phiếu một ký tự: 1..9 mức, 0 để trống, x nhiều ô",
                       "one character per official: 1..9 a level, 0 blank, x several boxes"),
    "cli.help.officials": ("tệp CSV UTF-8 hoặc bảng tính .xlsx có dòng tiêu đề name,title "
                           "(hoặc Họ và tên,Chức vụ), theo thứ tự trên phiếu",
                           "UTF-8 CSV or .xlsx workbook with header name,title (or Họ và "
                           "tên,Chức vụ), in ballot order"),
    "cli.help.invalid": ("cả phiếu không hợp lệ, với lý do", "the whole ballot is invalid, "
                         "with this reason"),
    "cli.help.ack": ("xác nhận một cảnh báo (MÃ:câu lý do; dùng nhiều lần được)",
                     "acknowledge a warning (CODE:sentence; repeatable)"),
    # -- what the commands print -------------------------------------------------------------
    "cli.error": ("kiemphieu {command}: {message}", "kiemphieu {command}: {message}"),
    "cli.bug": ("lỗi bên trong chương trình (một lỗi lập trình); chi tiết trong {report}",
                "internal error (a bug); details in {report}"),
    "cli.created": ("{file}: {officials} người trên phiếu, bộ quy tắc {rules}",
                    "{file}: {officials} officials, rules {rules}"),
    "cli.saved": ("phiếu số {number} đã lưu ({status})", "ballot {number} saved ({status})"),
    "cli.imported": ("đã lưu {count} phiếu ({invalid} không hợp lệ), số {first}–{last}",
                     "{count:ballot|ballots} saved ({invalid} invalid), numbers {first}–{last}"),
    "cli.intact": ("{file}: nguyên vẹn; dấu vân tay {fingerprint}",
                   "{file}: intact; fingerprint {fingerprint}"),
    "cli.problem": ("{file}: {problem}", "{file}: {problem}"),
    "cli.demo": ("{file}: cuộc kiểm phiếu mẫu có {ballots} phiếu",
                 "{file}: demo count with {ballots} ballots"),
    "cli.pages": ("{path} ({pages} trang)", "{path} ({pages} pages)"),
    "cli.closed": ("{file}: đã kết thúc lúc {at}; dấu vân tay {fingerprint}",
                   "{file}: closed at {at}; fingerprint {fingerprint}"),
    "cli.reopened": ("{file}: đã mở lại", "{file}: reopened"),
    "cli.table_file": ("{file}: tệp của bàn “{table}”", "{file}: table “{table}”"),
    # the merge report, said by the command line and the window alike
    "merge.merged": ("✓ {file}: bàn “{table}”: thêm {ballots} phiếu, số {first}–{last} ({valid} "
                     "hợp lệ, {invalid} không hợp lệ), xếp vào tập “{table}”",
                     "✓ {file}: table “{table}”: {ballots} ballots added as numbers "
                     "{first}–{last} ({valid} valid, {invalid} invalid), filed under "
                     "“{table}”"),
    "merge.refused": ("✗ {file}: KHÔNG nhập — {reason}", "✗ {file}: NOT merged — {reason}"),
    "merge.summary": ("Tệp chính có {before} phiếu trước khi nhập và {after} phiếu bây giờ: "
                      "nhập {merged} tệp, từ chối {refused} tệp; ngoài ra không có gì thay "
                      "đổi.",
                      "The master held {before} ballots before this merge and holds {after} "
                      "now: {merged} files merged, {refused} refused; nothing else was "
                      "changed."),
    "cli.spot_drawn": ("hạt giống {seed}; nhập lại mù {k} phiếu này: {numbers}",
                       "seed {seed}; re-key these {k} ballots blind: {numbers}"),
    "cli.spot_match": ("phiếu số {number}: khớp", "ballot {number}: matches"),
    "cli.spot_differs": ("phiếu số {number}: KHÁC — bản nhập đầu {first}; đối chiếu phiếu giấy",
                         "ballot {number}: DIFFERS — first entry {first}; check the paper"),
    "cli.spot_progress": ("đã nhập lại {done}/{k}, {differences} khác biệt; cận trên 95% "
                          "{bound}%",
                          "{done} of {k} re-keyed, {differences} differences; 95% upper bound "
                          "{bound}%"),
    "cli.entered_line": ("Phiếu đã nhập: {entered} (hợp lệ {valid}, không hợp lệ {invalid}); "
                         "thu về: {collected}",
                         "Ballots entered: {entered} (valid {valid}, invalid {invalid}); "
                         "collected: {collected}"),
    "cli.hand_line": ("Tập {stack}: kiểm đếm tay, {ballots} phiếu",
                      "Stack {stack}: counted by hand, {ballots} ballots"),
    "cli.check_line": ("[{severity}] {code}: {message}", "[{severity}] {code}: {message}"),
    "cli.table_counts": ("{table}: {valid} hợp lệ, {invalid} không hợp lệ",
                         "{table}: {valid} valid, {invalid} invalid"),
    "severity.error": ("lỗi", "error"),
    "severity.warning": ("cảnh báo", "warning"),
    "cli.ack_default": ("đã xem xét và chấp nhận", "reviewed and accepted"),
    "cli.by_default": ("Ban kiểm phiếu", "the counting committee"),
    "cli.operators_head": ("người nhập|tập lần 1|phiếu|tập lần 2|phiếu|phút|phiếu/phút|"
                           "khác biệt|giữ bản này|giữ bản kia|khác khi chọn mẫu",
                           "operator|stacks 1st|ballots|stacks 2nd|ballots|minutes|per min|"
                           "differences|own kept|other kept|spot diffs"),
    "cli.unnamed": ("(không ghi tên)", "(unnamed)"),
    "cli.operators_outside": ("{ballots} phiếu được nhập ngoài tập phiếu: không rõ người nhập.",
                              "{ballots} ballots were keyed outside any stack: no operator is "
                              "recorded."),
    "cli.operators_note": ("Để sắp xếp công việc, không để đánh giá cá nhân: thời gian tính từ "
                           "lúc mở đến lúc đóng một tập (kể cả lúc nghỉ).",
                           "For organising the work, not for blame: times run from opening to "
                           "closing a stack (pauses included)."),
    # -- before the window: a system library Qt needs is missing (desktop.platform_check) --
    "platform.missing": ("Kiểm Phiếu không mở được cửa sổ: máy thiếu thư viện hệ thống mà Qt "
                         "cần ({names}); trên Debian/Ubuntu hãy cài bằng lệnh: {command}",
                         "Kiểm Phiếu cannot open its window: Qt needs system libraries that "
                         "are missing here ({names}); on Debian/Ubuntu install them with: "
                         "{command}"),
    "platform.missing_unknown": ("Kiểm Phiếu không mở được cửa sổ: máy thiếu thư viện hệ "
                                 "thống mà Qt cần ({names}); hãy cài gói chứa thư viện đó rồi "
                                 "chạy lại.",
                                 "Kiểm Phiếu cannot open its window: Qt needs system libraries "
                                 "that are missing here ({names}); install the package that "
                                 "ships them and start again."),
    # -- what the command line refuses -------------------------------------------------------
    "cli_numbers_missing": ("cho ít nhất một trong {options}", "give at least one of {options}"),
    "cli_custom_needs": ("bộ quy tắc riêng (custom) cần --levels và --base",
                         "a custom rule set needs --levels and --base"),
    "cli_custom_only": ("--levels, --threshold và --quorum chỉ dùng với --rules custom",
                        "--levels, --threshold and --quorum go with --rules custom"),
    "cli_role": ("vai trò “{role}” không phải {roles}", "role “{role}” is not {roles}"),
    "cli_unreadable": ("không đọc được: {reason}", "cannot be read: {reason}"),
    "cli_chart_outputs": ("cho --png OUT.png, --svg OUT.svg hoặc cả hai",
                          "give --png OUT.png, --svg OUT.svg or both"),
    "cli_width": ("--width phải từ 200 đến 10000 điểm ảnh, không phải {width}",
                  "--width must be 200 to 10000 pixels, not {width}"),
    "cli_minutes_outputs": ("cho --pdf OUT.pdf, --odt OUT.odt hoặc cả hai",
                            "give --pdf OUT.pdf, --odt OUT.odt or both"),
    "cli_export_outputs": ("cho --csv, --xlsx, --log hoặc --log-pdf",
                           "give --csv, --xlsx, --log or --log-pdf"),
}
