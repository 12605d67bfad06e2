<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>BallotForm</name>
    <message>
        <source>Phiếu đang nhập</source>
        <translation>Ballot being keyed</translation>
    </message>
    <message>
        <source>Số phiếu bầu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Đã đếm theo mức</source>
        <translation>Counted per level</translation>
    </message>
    <message>
        <source>ĐÃ KẾT THÚC KIỂM PHIẾU</source>
        <translation>THE COUNT IS CLOSED</translation>
    </message>
    <message>
        <source>Phiếu số {n}</source>
        <translation>Ballot {n}</translation>
    </message>
    <message>
        <source> · tập {name}: {done}/{expected}</source>
        <translation> · stack {name}: {done}/{expected}</translation>
    </message>
</context>
<context>
    <name>BallotListModel</name>
    <message>
        <source>Số phiếu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>Tập</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Các dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do hủy bản nhập</source>
        <translation>Why the entry was voided</translation>
    </message>
</context>
<context>
    <name>BallotListPage</name>
    <message>
        <source>Danh sách phiếu</source>
        <translation>Ballot list</translation>
    </message>
    <message>
        <source>Tìm phiếu số</source>
        <translation>Find ballot number</translation>
    </message>
    <message>
        <source>Nhập &amp;lại phiếu…</source>
        <translation>R&amp;e-key ballot…</translation>
    </message>
    <message>
        <source>&amp;Hủy bản nhập…</source>
        <translation>Void the en&amp;try…</translation>
    </message>
    <message>
        <source>Tìm phiếu &amp;số:</source>
        <translation>Find ballot &amp;number:</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Biểu đồ kết quả</source>
        <translation>Results chart</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Kết thúc kiểm phiếu</source>
        <translation>Close the count</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chưa thể kết thúc.&lt;/b&gt; Cần sửa:</source>
        <translation>&lt;b&gt;The count cannot be closed yet.&lt;/b&gt; To fix:</translation>
    </message>
    <message>
        <source>Mỗi cảnh báo cần một thành viên Ban kiểm phiếu xác nhận, kèm một câu lý do:</source>
        <translation>Each warning needs a committee member to acknowledge it, with a sentence saying why:</translation>
    </message>
    <message>
        <source>vì sao Ban kiểm phiếu chấp nhận</source>
        <translation>why the committee accepts it</translation>
    </message>
    <message>
        <source>Mọi kiểm tra đều đạt.</source>
        <translation>Every check passes.</translation>
    </message>
</context>
<context>
    <name>DifferenceView</name>
    <message>
        <source>Người quyết định (Ban kiểm phiếu):</source>
        <translation>Decided by (committee member):</translation>
    </message>
    <message>
        <source>cả phiếu</source>
        <translation>the whole ballot</translation>
    </message>
    <message>
        <source>&lt;b&gt;Khác biệt {i}/{total}&lt;/b&gt; — tập {stack}, tờ thứ {position} trong tập (phiếu số {number}), khác ở dòng: &lt;b&gt;{rows}&lt;/b&gt;. Tìm tờ phiếu đó, đọc to, rồi chọn bản đúng với phiếu giấy.</source>
        <translation>&lt;b&gt;Difference {i}/{total}&lt;/b&gt; — stack {stack}, paper {position} of the stack (ballot {number}), rows that differ: &lt;b&gt;{rows}&lt;/b&gt;. Find that paper, read it aloud, then choose the entry that matches it.</translation>
    </message>
    <message>
        <source>không ghi tên</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>Người trên phiếu</source>
        <translation>Official on the ballot</translation>
    </message>
    <message>
        <source>Lần đầu ({name})</source>
        <translation>First entry ({name})</translation>
    </message>
    <message>
        <source>Lần hai ({name})</source>
        <translation>Second entry ({name})</translation>
    </message>
    <message>
        <source>&amp;1 Giữ bản lần đầu ({name})</source>
        <translation>&amp;1 Keep the first entry ({name})</translation>
    </message>
    <message>
        <source>&amp;2 Theo bản lần hai ({name})</source>
        <translation>&amp;2 Take the second entry ({name})</translation>
    </message>
    <message>
        <source>Cả phiếu</source>
        <translation>Whole ballot</translation>
    </message>
    <message>
        <source>hai lần nhập khác nhau ở dòng này</source>
        <translation>the two entries differ on this row</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>missing</translation>
    </message>
</context>
<context>
    <name>DoubleEntryDialog</name>
    <message>
        <source>Nhập hai lần theo tập phiếu</source>
        <translation>Double entry by stack</translation>
    </message>
    <message>
        <source>họ tên người nhập lần hai</source>
        <translation>name of the second operator</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu nhập lần hai</source>
        <translation>&amp;Start the second entry</translation>
    </message>
    <message>
        <source>&amp;Hủy bản nhập lần hai…</source>
        <translation>&amp;Discard the second entry…</translation>
    </message>
    <message>
        <source>Tập phiếu:</source>
        <translation>Stack:</translation>
    </message>
    <message>
        <source>Người nhập lần hai:</source>
        <translation>Second operator:</translation>
    </message>
    <message>
        <source>Ghi họ tên người nhập lần hai trước khi bắt đầu.</source>
        <translation>Type the second operator&apos;s name before starting.</translation>
    </message>
    <message>
        <source>{name} đã nhập lần đầu tập {stack}; lần hai phải do người khác nhập.</source>
        <translation>{name} keyed the first entry of stack {stack}; the second entry must be keyed by someone else.</translation>
    </message>
    <message>
        <source>Ghi tên thành viên Ban kiểm phiếu quyết định khác biệt này.</source>
        <translation>Type the name of the committee member who decides this difference.</translation>
    </message>
    <message>
        <source>Hủy bản nhập lần hai của tập {stack}</source>
        <translation>Discard the second entry of stack {stack}</translation>
    </message>
    <message>
        <source>Bản nhập lần hai không được dùng nữa; nó vẫn được ghi trong nhật ký, và tập có thể được nhập lần hai lại từ đầu.</source>
        <translation>The second entry is no longer used; the log keeps it, and the stack can be keyed a second time again from the start.</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>ví dụ: nhập lần hai nhầm tập</source>
        <translation>for example: the wrong stack was keyed the second time</translation>
    </message>
    <message>
        <source>&amp;Hủy bản nhập lần hai</source>
        <translation>&amp;Discard the second entry</translation>
    </message>
    <message>
        <source>&amp;Giữ bản nhập lần hai</source>
        <translation>&amp;Keep the second entry</translation>
    </message>
    <message>
        <source>Chưa có tập phiếu nào đã đóng để nhập lần hai. Nhập xong và đóng một tập trước.</source>
        <translation>No closed stack to key a second time yet. Key a stack to the end and close it first.</translation>
    </message>
    <message>
        <source>Tập {stack}: {n} phiếu, lần đầu do {first} nhập. Người nhập lần hai phải là người khác và không xem bản nhập lần đầu.</source>
        <translation>Stack {stack}: {n} ballots, first entry by {first}. The second entry is keyed by someone else, who does not see the first.</translation>
    </message>
    <message>
        <source>(không ghi tên)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <source>Xếp lại tập phiếu theo thứ tự đã nhập, ghi tên người nhập lần hai rồi bấm Bắt đầu.</source>
        <translation>Put the stack back in the order it was keyed, type the second operator&apos;s name, then press Start.</translation>
    </message>
    <message>
        <source>Tập {stack}: lần hai do {operator} nhập, {size} phiếu; {diff} khác biệt, {pending} chưa quyết định.</source>
        <translation>Stack {stack}: second entry by {operator}, {size} ballots; {diff} differences, {pending} undecided.</translation>
    </message>
    <message>
        <source>Tập {stack}: lần hai do {operator} nhập, {done}/{size} phiếu; hai bản được so sánh khi nhập xong cả tập.</source>
        <translation>Stack {stack}: second entry by {operator}, {done}/{size} ballots; the two entries are compared once the whole stack is keyed.</translation>
    </message>
    <message>
        <source>Lần hai · tập {stack} · tờ thứ {p}/{size}</source>
        <translation>Second entry · stack {stack} · paper {p}/{size}</translation>
    </message>
    <message>
        <source>Tập {stack} đã nhập hai lần: {diff} khác biệt, đều đã được quyết định ({first} giữ bản lần đầu, {second} theo bản lần hai).</source>
        <translation>Stack {stack} is keyed twice: {diff} differences, all decided ({first} first entry kept, {second} second entry taken).</translation>
    </message>
    <message>
        <source>giữ bản lần đầu</source>
        <translation>first entry kept</translation>
    </message>
    <message>
        <source>theo bản lần hai</source>
        <translation>second entry taken</translation>
    </message>
    <message>
        <source>– tờ thứ {p} (phiếu số {n}): {kept}, {by} quyết định</source>
        <translation>– paper {p} (ballot {n}): {kept}, decided by {by}</translation>
    </message>
</context>
<context>
    <name>EchoView</name>
    <message>
        <source>Phiếu số {n}</source>
        <translation>Ballot {n}</translation>
    </message>
    <message>
        <source>KHÔNG HỢP LỆ: {reason}</source>
        <translation>INVALID: {reason}</translation>
    </message>
</context>
<context>
    <name>ElectionEditor</name>
    <message>
        <source>chưa nhập</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Số lượng cần bầu</source>
        <translation>Seats to fill</translation>
    </message>
    <message>
        <source>Tỷ lệ % của một cơ cấu cộng đủ 100% (phương pháp số dư lớ&amp;n nhất)</source>
        <translation>A breakdown&apos;s percentages add up to 100% (largest rem&amp;ainder)</translation>
    </message>
    <message>
        <source>Loại không tính vào cơ số</source>
        <translation>Category excluded from the base</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Thêm l&amp;oại trừ</source>
        <translation>Add e&amp;xclusion</translation>
    </message>
    <message>
        <source>&amp;Xóa loại trừ</source>
        <translation>Remo&amp;ve exclusion</translation>
    </message>
    <message>
        <source>Số không tính vào cơ số (trừ vào số được triệu tập):</source>
        <translation>Excluded from the base (subtracted from those convened):</translation>
    </message>
    <message>
        <source>&amp;Số lượng cần bầu:</source>
        <translation>S&amp;eats to fill:</translation>
    </message>
    <message>
        <source>&amp;Lần bầu:</source>
        <translation>Ro&amp;und:</translation>
    </message>
    <message>
        <source>Trúng cử khi số phiếu bầu:</source>
        <translation>Elected with votes:</translation>
    </message>
    <message>
        <source>Phân số của cơ số:</source>
        <translation>Fraction of the base:</translation>
    </message>
    <message>
        <source>Phiếu gạch tên tất cả:</source>
        <translation>A ballot striking every name:</translation>
    </message>
    <message>
        <source>Bằng phiếu ở vị trí cuối:</source>
        <translation>A tie for the last seats:</translation>
    </message>
</context>
<context>
    <name>HandTallyDialog</name>
    <message>
        <source>Bảng kiểm đếm tay — tập {name}</source>
        <translation>Hand-tally sheet — stack {name}</translation>
    </message>
    <message>
        <source>Để trống</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Nhiều ô</source>
        <translation>Several boxes</translation>
    </message>
    <message>
        <source>Tập có {n} phiếu (đã đếm khi mở tập).</source>
        <translation>The stack holds {n} ballots (counted when it was started).</translation>
    </message>
    <message>
        <source>Phiếu hợp lệ:</source>
        <translation>Valid ballots:</translation>
    </message>
    <message>
        <source>Phiếu không hợp lệ (cả phiếu):</source>
        <translation>Invalid ballots (whole ballots):</translation>
    </message>
    <message>
        <source>{name}: chỉ nhập số</source>
        <translation>{name}: numbers only</translation>
    </message>
    <message>
        <source>{name}: cộng được {total}, phải bằng {valid} phiếu hợp lệ</source>
        <translation>{name}: adds up to {total}, must equal the {valid} valid ballots</translation>
    </message>
    <message>
        <source>hợp lệ + không hợp lệ = {n}, tập có {m} phiếu</source>
        <translation>valid + invalid = {n}, the stack holds {m}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Phím tắt khi nhập phiếu</source>
        <translation>Keys for keying ballots</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CHỈ XEM: tệp được mở để đọc, không thể nhập phiếu.</source>
        <translation>READ ONLY: the file is open for reading; no ballot can be keyed.</translation>
    </message>
    <message>
        <source>CHỈ XEM: tệp đang được mở để ghi ở {holder}; ở đây không thể nhập phiếu.</source>
        <translation>READ ONLY: the file is open for writing in {holder}; no ballot can be keyed here.</translation>
    </message>
    <message>
        <source>&amp;Danh sách phiếu</source>
        <translation>&amp;Ballot list</translation>
    </message>
    <message>
        <source>Tệp chỉ được mở để xem: không thể nhập phiếu.</source>
        <translation>The file is open for reading only: no ballot can be keyed.</translation>
    </message>
    <message>
        <source>Nhập &amp;phiếu</source>
        <translation>&amp;Keying</translation>
    </message>
    <message>
        <source>Kết &amp;quả</source>
        <translation>&amp;Results</translation>
    </message>
    <message>
        <source>Cuộc kiểm phiếu đã kết thúc; muốn sửa phải mở lại (Kiểm phiếu › Mở lại kiểm phiếu), có ghi lý do.</source>
        <translation>The count is closed; to change anything, reopen it (Count › Reopen the count) with a reason.</translation>
    </message>
    <message>
        <source>lần bầu thứ {round}</source>
        <translation>round {round}</translation>
    </message>
    <message>
        <source>Dấu vân tay: {fp}</source>
        <translation>Fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Phiếu số {n} đã lưu</source>
        <translation>Ballot {n} saved</translation>
    </message>
    <message>
        <source>SAO LƯU LỖI: {error}</source>
        <translation>BACKUP FAILED: {error}</translation>
    </message>
    <message>
        <source>Đóng cửa sổ</source>
        <translation>Close the window</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Lần bầu tiếp theo</source>
        <translation>Next round</translation>
    </message>
    <message>
        <source>Lần bầu thứ {round} còn {left} ghế. Đánh dấu những người đại hội chọn để bầu tiếp:</source>
        <translation>Round {round} left {left} seat(s). Tick the candidates the congress chose for the next round:</translation>
    </message>
    <message>
        <source>{position}. {name} — {votes} phiếu</source>
        <translation>{position}. {name} — {votes} votes</translation>
    </message>
    <message>
        <source>Số lượng cần &amp;bầu:</source>
        <translation>&amp;Seats:</translation>
    </message>
    <message>
        <source>Lưu tệp của lần bầu tiếp theo</source>
        <translation>Save the next round&apos;s counting file</translation>
    </message>
</context>
<context>
    <name>OfficialsEditor</name>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Không in trên phiếu</source>
        <translation>Not on the ballot</translation>
    </message>
    <message>
        <source>Lý do không in</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Lên</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>Xuốn&amp;g</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>Dá&amp;n từ bảng tính</source>
        <translation>&amp;Paste from a spreadsheet</translation>
    </message>
    <message>
        <source>Nhập CS&amp;V/XLSX…</source>
        <translation>&amp;Import CSV/XLSX…</translation>
    </message>
    <message>
        <source>dữ liệu dán</source>
        <translation>pasted rows</translation>
    </message>
    <message>
        <source>Nhập danh sách</source>
        <translation>Import the list</translation>
    </message>
    <message>
        <source>Bảng tính (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>{n} người có tên trên phiếu</source>
        <translation>Names on the ballot: {n}</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Số liệu người nhập phiếu</source>
        <translation>Operator figures</translation>
    </message>
    <message>
        <source>Số liệu để Ban kiểm phiếu sắp xếp công việc, không dùng để đánh giá cá nhân. Tốc độ tính theo phiên nhập: một tập từ lúc mở đến lúc đóng, một lần nhập thứ hai từ lúc bắt đầu đến lúc so sánh (kể cả thời gian nghỉ). Khác biệt là chỗ hai lần nhập không khớp; Ban kiểm phiếu đã quyết định theo phiếu giấy.</source>
        <translation>For the committee to organise the work, not to judge anyone. Speed is per keying session: a stack from its opening to its closing, a second entry from its start to its comparison (pauses included). A difference is a place where the two entries disagree; the committee decided each one from the paper.</translation>
    </message>
    <message>
        <source>Người nhập</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tập nhập lần đầu</source>
        <translation>Stacks keyed first</translation>
    </message>
    <message>
        <source>Phiếu</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>Tập nhập lần hai</source>
        <translation>Stacks keyed second</translation>
    </message>
    <message>
        <source>Phút</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Phiếu/phút</source>
        <translation>Ballots/minute</translation>
    </message>
    <message>
        <source>Khác biệt</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Giữ theo bản này</source>
        <translation>This entry kept</translation>
    </message>
    <message>
        <source>Giữ theo bản kia</source>
        <translation>Other entry kept</translation>
    </message>
    <message>
        <source>Khác khi kiểm tra chọn mẫu</source>
        <translation>Spot-check differences</translation>
    </message>
    <message>
        <source>Chưa có tập phiếu nào được nhập: số liệu tính theo tập.</source>
        <translation>No stack has been keyed yet: the figures are per stack.</translation>
    </message>
    <message>
        <source>{n} phiếu được nhập ngoài tập phiếu nên không rõ người nhập.</source>
        <translation>{n} ballots were keyed outside any stack, so their operator is not known.</translation>
    </message>
    <message>
        <source>(không ghi tên)</source>
        <translation>(not named)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Kiểm Phiếu — máy chiếu (F5 để đóng)</source>
        <translation>Kiểm Phiếu — projector (F5 to close)</translation>
    </message>
    <message>
        <source>Đang kiểm phiếu…</source>
        <translation>Counting in progress…</translation>
    </message>
    <message>
        <source>Chờ phiếu tiếp theo…</source>
        <translation>Waiting for the next ballot…</translation>
    </message>
    <message>
        <source>Đã nhập {entered} / {collected} phiếu</source>
        <translation>{entered} of {collected} ballots entered</translation>
    </message>
</context>
<context>
    <name>RankedChart</name>
    <message>
        <source>Kết quả bầu cử</source>
        <translation>Election result</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <source>Nhập lại phiếu số {n}</source>
        <translation>Re-key ballot {n}</translation>
    </message>
    <message>
        <source>vì sao nhập lại (bắt buộc)</source>
        <translation>why it is keyed again (required)</translation>
    </message>
    <message>
        <source>nhập lại phiếu đã hủy</source>
        <translation>re-keying a voided ballot</translation>
    </message>
    <message>
        <source>Lý &amp;do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Lưu phiếu nhập lại</source>
        <translation>&amp;Save the new entry</translation>
    </message>
    <message>
        <source>Bỏ những sửa đổi đã nhập cho phiếu số {n}?</source>
        <translation>Discard the corrections keyed for ballot {n}?</translation>
    </message>
    <message>
        <source>&amp;Bỏ sửa đổi</source>
        <translation>&amp;Discard the corrections</translation>
    </message>
    <message>
        <source>&amp;Tiếp tục sửa</source>
        <translation>&amp;Keep correcting</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Để trống</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Nhiều ô</source>
        <translation>Several boxes</translation>
    </message>
    <message>
        <source>Ngưỡng</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>✔ kết quả đã rõ</source>
        <translation>✔ outcome settled</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Kết quả theo từng người</source>
        <translation>Results per official</translation>
    </message>
    <message>
        <source>Thứ tự trên phiếu</source>
        <translation>Ballot order</translation>
    </message>
    <message>
        <source>Nhiều “{label}” nhất trước</source>
        <translation>Most “{label}” first</translation>
    </message>
    <message>
        <source>Kết quả bầu cử: trúng cử trước</source>
        <translation>Election result: the elected first</translation>
    </message>
    <message>
        <source>&amp;Chép bảng</source>
        <translation>Cop&amp;y the table</translation>
    </message>
    <message>
        <source>&amp;Xuất PNG…</source>
        <translation>E&amp;xport PNG…</translation>
    </message>
    <message>
        <source>Xuất S&amp;VG…</source>
        <translation>Export SV&amp;G…</translation>
    </message>
    <message>
        <source>Bàn kiểm phiế&amp;u:</source>
        <translation>Counting &amp;table:</translation>
    </message>
    <message>
        <source>&amp;Sắp xếp biểu đồ:</source>
        <translation>&amp;Sort the chart:</translation>
    </message>
    <message>
        <source>Tổng hợp (mọi bàn)</source>
        <translation>Consolidated (all tables)</translation>
    </message>
    <message>
        <source>Đã chép bảng ({rows} dòng và dòng tiêu đề): dán vào bảng tính hoặc văn bản bằng Ctrl+V.</source>
        <translation>Table copied ({rows} rows and the header row): paste it into a spreadsheet or a document with Ctrl+V.</translation>
    </message>
    <message>
        <source>Xuất biểu đồ</source>
        <translation>Export the chart</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Tự đặt quy tắc</source>
        <translation>Custom rules</translation>
    </message>
    <message>
        <source>trên dòng lệnh: --rules {code}</source>
        <translation>on the command line: --rules {code}</translation>
    </message>
    <message>
        <source>các mức, cách nhau bởi dấu phẩy</source>
        <translation>the levels, separated by commas</translation>
    </message>
    <message>
        <source>Hội nghị phải có ít nhất &amp;2/3 số được triệu tập</source>
        <translation>At least &amp;2/3 of those summoned must be present</translation>
    </message>
    <message>
        <source>Một dòng để trống hoặc nhiều ô làm cả phiếu &amp;không hợp lệ</source>
        <translation>A blank or multiply marked row makes the whole ballot &amp;invalid</translation>
    </message>
    <message>
        <source>Bắt buộc nhập &amp;hai lần mọi tập phiếu (hai người nhập khác nhau)</source>
        <translation>Every stack must be keyed &amp;twice (by two different operators)</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Fraction</translation>
    </message>
    <message>
        <source>Hệ quả</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>So sánh: &gt; (trên) hoặc ≥ (từ … trở lên)</source>
        <translation>Comparison: &gt; (more than) or ≥ (at least)</translation>
    </message>
    <message>
        <source>Thêm &amp;ngưỡng</source>
        <translation>&amp;Add threshold</translation>
    </message>
    <message>
        <source>&amp;Xóa ngưỡng</source>
        <translation>Remo&amp;ve threshold</translation>
    </message>
    <message>
        <source>Bộ quy &amp;tắc:</source>
        <translation>Rule &amp;set:</translation>
    </message>
    <message>
        <source>Các &amp;mức trên phiếu:</source>
        <translation>&amp;Levels on the ballot:</translation>
    </message>
    <message>
        <source>Tỷ lệ % tính t&amp;rên:</source>
        <translation>Percentages are o&amp;f:</translation>
    </message>
    <message>
        <source>Ngưỡng:</source>
        <translation>Thresholds:</translation>
    </message>
    <message>
        <source>Sẽ in trên biên bản:</source>
        <translation>Printed on the minutes:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Thiết lập cuộc kiểm phiếu</source>
        <translation>Set up the count</translation>
    </message>
    <message>
        <source>ví dụ: Lấy phiếu tín nhiệm đối với …</source>
        <translation>e.g. Confidence vote on …</translation>
    </message>
    <message>
        <source>ví dụ: Ban Chấp hành Trung ương Đảng khóa XIII</source>
        <translation>e.g. the 13th Party Central Committee</translation>
    </message>
    <message>
        <source>ví dụ: Hội nghị lần thứ 10 / Kỳ họp thứ 6</source>
        <translation>e.g. 10th plenum / 6th session</translation>
    </message>
    <message>
        <source>&amp;Nội dung kiểm phiếu:</source>
        <translation>&amp;What is counted:</translation>
    </message>
    <message>
        <source>Cơ qu&amp;an:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Hội nghị / kỳ họp:</source>
        <translation>&amp;Plenum / session:</translation>
    </message>
    <message>
        <source>Địa điể&amp;m:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>N&amp;gày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>để trống: biên bản in “Số …”</source>
        <translation>leave empty: the minutes print “No. …”</translation>
    </message>
    <message>
        <source>chưa định</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Số &amp;ký hiệu biên bản:</source>
        <translation>Document re&amp;f.:</translation>
    </message>
    <message>
        <source>Số bản lậ&amp;p:</source>
        <translation>Cop&amp;ies made:</translation>
    </message>
    <message>
        <source>&amp;Cuộc họp</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Quy tắc</source>
        <translation>&amp;Rules</translation>
    </message>
    <message>
        <source>&amp;Danh sách trên phiếu</source>
        <translation>&amp;Officials on the ballot</translation>
    </message>
    <message>
        <source>Số liệ&amp;u</source>
        <translation>&amp;Numbers</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Post, unit</translation>
    </message>
    <message>
        <source>&amp;Thêm thành viên</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>&amp;Xóa thành viên</source>
        <translation>Remo&amp;ve member</translation>
    </message>
    <message>
        <source>&amp;Ban kiểm phiếu</source>
        <translation>Counting &amp;committee</translation>
    </message>
    <message>
        <source>&amp;Danh sách bầu cử</source>
        <translation>&amp;List of candidates</translation>
    </message>
    <message>
        <source>chưa nhập</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Số phiếu phát ra và thu về có thể nhập sau, khi mở hòm phiếu.</source>
        <translation>Ballots issued and collected can be entered later, when the box is opened.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Đã có phiếu được lưu: danh sách trên phiếu và bộ quy tắc không thể thay đổi nữa. Số liệu, cuộc họp và Ban kiểm phiếu vẫn sửa được; mọi thay đổi được ghi nhật ký.</source>
        <translation>Ballots are saved: the officials on the ballot and the rule set can no longer change. The numbers, the meeting and the committee still can; every change is logged.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Phiếu vừa lưu</source>
        <translation>Ballot just saved</translation>
    </message>
    <message>
        <source>Kiểm tra đối chiếu</source>
        <translation>Reconciliation checks</translation>
    </message>
    <message>
        <source>Đã nhập {entered} / {collected} phiếu thu về</source>
        <translation>{entered} of {collected} collected ballots entered</translation>
    </message>
    <message>
        <source>(gồm {n} phiếu kiểm đếm tay)</source>
        <translation>(including {n} ballots counted by hand)</translation>
    </message>
    <message>
        <source>Tập {name}: {done} / {expected}</source>
        <translation>Stack {name}: {done} / {expected}</translation>
    </message>
    <message>
        <source>Mọi kiểm tra đều đạt.</source>
        <translation>Every check passes.</translation>
    </message>
    <message>
        <source>Chưa có phiếu nào.</source>
        <translation>No ballot yet.</translation>
    </message>
    <message>
        <source>Phiếu số {n}: KHÔNG HỢP LỆ ({reason})</source>
        <translation>Ballot {n}: INVALID ({reason})</translation>
    </message>
    <message>
        <source>Phiếu số {n}: ĐÃ HỦY</source>
        <translation>Ballot {n}: VOIDED</translation>
    </message>
    <message>
        <source>Phiếu số {n}: không hợp lệ (có dòng để trống hoặc nhiều ô)</source>
        <translation>Ballot {n}: invalid (a blank or multiply marked row)</translation>
    </message>
    <message>
        <source>Phiếu số {n}</source>
        <translation>Ballot {n}</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <source>Kiểm tra chọn mẫu (nhập lại mù)</source>
        <translation>Spot check (blind re-keying)</translation>
    </message>
    <message>
        <source>&amp;Rút ngẫu nhiên các phiếu cần nhập lại</source>
        <translation>&amp;Draw the ballots to re-key at random</translation>
    </message>
    <message>
        <source>Số phiếu:</source>
        <translation>Ballots:</translation>
    </message>
    <message>
        <source>Phiếu số {n}: khớp với bản nhập đầu.</source>
        <translation>Ballot {n}: matches the first entry.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phiếu số {n} KHÁC:&lt;/b&gt;&lt;br&gt;bản nhập đầu: &lt;tt&gt;{first}&lt;/tt&gt;&lt;br&gt;bản nhập lại: &lt;tt&gt;{again}&lt;/tt&gt;&lt;br&gt;Đối chiếu với phiếu giấy; nếu bản nhập đầu sai, nhập lại phiếu này ở Danh sách phiếu (có ghi lý do).</source>
        <translation>&lt;b&gt;Ballot {n} DIFFERS:&lt;/b&gt;&lt;br&gt;first entry: &lt;tt&gt;{first}&lt;/tt&gt;&lt;br&gt;re-keyed: &lt;tt&gt;{again}&lt;/tt&gt;&lt;br&gt;Check the paper; if the first entry is wrong, re-key this ballot from the ballot list (with a reason).</translation>
    </message>
    <message>
        <source>Phiếu số {n}: có khác biệt.</source>
        <translation>Ballot {n}: differs.</translation>
    </message>
    <message>
        <source>Chưa rút mẫu. Mặc định 5% số phiếu, ít nhất 20.</source>
        <translation>No sample drawn yet. By default 5% of the ballots, at least 20.</translation>
    </message>
    <message>
        <source>Mẫu (hạt giống {seed}): {numbers}&lt;br&gt;Đã nhập lại {done}/{k}, {diff} khác biệt; cận trên 95% của tỷ lệ phiếu nhập sai: {bound}%</source>
        <translation>Sample (seed {seed}): {numbers}&lt;br&gt;Re-keyed {done}/{k}, {diff} differences; 95% upper bound of the keying error rate: {bound}%</translation>
    </message>
    <message>
        <source>Nhập lại mù phiếu số {n}</source>
        <translation>Re-key ballot {n} blind</translation>
    </message>
    <message>
        <source>Không còn phiếu chờ</source>
        <translation>No ballot waiting</translation>
    </message>
</context>
<context>
    <name>StackDialog</name>
    <message>
        <source>Bắt đầu tập phiếu</source>
        <translation>Start a stack</translation>
    </message>
    <message>
        <source>họ tên (cho số liệu người nhập)</source>
        <translation>name (for the operator figures)</translation>
    </message>
    <message>
        <source>Đếm số phiếu của tập trước khi nhập; tập tự đóng khi đã nhập đủ.</source>
        <translation>Count the ballots of the stack before keying; it closes by itself when all are keyed.</translation>
    </message>
    <message>
        <source>&amp;Tên tập:</source>
        <translation>Stack &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Số phiếu trong tập:</source>
        <translation>&amp;Ballots in the stack:</translation>
    </message>
    <message>
        <source>&amp;Người nhập:</source>
        <translation>&amp;Operator:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h1&gt;Kiểm Phiếu&lt;/h1&gt;&lt;p&gt;Kiểm phiếu tín nhiệm và bầu cử, in biên bản.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Kiểm Phiếu&lt;/h1&gt;&lt;p&gt;Count confidence votes and elections, print the minutes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Kiểm phiếu mới…</source>
        <translation>&amp;New count…</translation>
    </message>
    <message>
        <source>&amp;Mở tệp kiểm phiếu…</source>
        <translation>&amp;Open a counting file…</translation>
    </message>
    <message>
        <source>Mở &amp;bản mẫu</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Tệp đã mở &amp;gần đây:</source>
        <translation>&amp;Recent files:</translation>
    </message>
    <message>
        <source>Tệp đã mở gần đây</source>
        <translation>Recent files</translation>
    </message>
</context>
<context>
    <name>TableResults</name>
    <message>
        <source>Họ và tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dòng để trống</source>
        <translation>Blank rows</translation>
    </message>
    <message>
        <source>Dòng nhiều ô</source>
        <translation>Multiple rows</translation>
    </message>
    <message>
        <source>{name}: phiếu số {first}–{last}, {n} phiếu ({valid} hợp lệ, {invalid} không hợp lệ). Tỷ lệ % chỉ tính trên kết quả tổng hợp.</source>
        <translation>{name}: ballots {first}–{last}, {n} ballots ({valid} valid, {invalid} invalid). Percentages are computed on the consolidated results only.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Hủy bản nhập phiếu số {n}</source>
        <translation>Void the entry of ballot {n}</translation>
    </message>
    <message>
        <source>Bản nhập phiếu số {n} sẽ không được tính nữa; nó vẫn nằm trong danh sách (gạch ngang) và trong nhật ký, và có thể nhập lại.</source>
        <translation>The entry of ballot {n} will no longer count; it stays in the list (struck through) and in the log, and can be keyed again.</translation>
    </message>
    <message>
        <source>ví dụ: nhập nhầm, phiếu giấy đọc lại</source>
        <translation>e.g. keyed wrongly, the paper read again</translation>
    </message>
    <message>
        <source>&amp;Giữ bản nhập</source>
        <translation>&amp;Keep the entry</translation>
    </message>
    <message>
        <source>&amp;Lý do hủy:</source>
        <translation>&amp;Why is it voided:</translation>
    </message>
    <message>
        <source>&amp;Hủy bản nhập</source>
        <translation>&amp;Void the entry</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>Chưa có phiếu nào được lưu: không có gì để hủy.</source>
        <translation>No ballot has been saved yet: there is nothing to void.</translation>
    </message>
    <message>
        <source>Bản nhập phiếu số {n} (phiếu vừa lưu) đã được hủy. Muốn hủy bản nhập một phiếu khác, chọn phiếu đó trong tab Danh sách phiếu.</source>
        <translation>The entry of ballot {n} (the one saved last) is voided already. To void the entry of another ballot, choose it on the Ballot list tab.</translation>
    </message>
    <message>
        <source>Hủy bản nhập phiếu vừa lưu</source>
        <translation>Void the entry of the ballot just saved</translation>
    </message>
    <message>
        <source>Hủy bản nhập phiếu số {n}? Bản nhập vẫn nằm trong danh sách (gạch ngang) và có thể nhập lại.</source>
        <translation>Void the entry of ballot {n}? It stays in the list, struck through, and can be keyed again.</translation>
    </message>
    <message>
        <source>hủy ngay sau khi nhập</source>
        <translation>voided right after keying</translation>
    </message>
    <message>
        <source>Đã lưu phiếu số {n} nhập lại.</source>
        <translation>Ballot {n} keyed again and saved.</translation>
    </message>
    <message>
        <source>Không có tập phiếu nào đang mở.</source>
        <translation>No stack is open.</translation>
    </message>
    <message>
        <source>Đã đóng tập {name}.</source>
        <translation>Stack {name} closed.</translation>
    </message>
    <message>
        <source>Đóng tập {name}</source>
        <translation>Close stack {name}</translation>
    </message>
    <message>
        <source>Tập {name} mới nhập {done} trên {expected} phiếu đã đếm. Lý do được ghi vào biên bản.</source>
        <translation>Only {done} of the {expected} ballots counted in stack {name} are keyed. The reason is written into the minutes.</translation>
    </message>
    <message>
        <source>&amp;Lý do đóng tập:</source>
        <translation>&amp;Why close it short:</translation>
    </message>
    <message>
        <source>ví dụ: đếm lại tập được {done} phiếu</source>
        <translation>for example: recounted, the stack holds {done} ballots</translation>
    </message>
    <message>
        <source>Đó&amp;ng tập</source>
        <translation>&amp;Close the stack</translation>
    </message>
    <message>
        <source>&amp;Tiếp tục nhập</source>
        <translation>K&amp;eep keying</translation>
    </message>
    <message>
        <source>Đã đóng tập {name} với {done}/{expected} phiếu.</source>
        <translation>Stack {name} closed with {done}/{expected} ballots.</translation>
    </message>
    <message>
        <source>Phiếu đang nhập dở chưa được lưu. Xóa những dòng đã nhập của phiếu này?</source>
        <translation>The ballot being keyed is not saved. Clear the rows keyed on it?</translation>
    </message>
    <message>
        <source>&amp;Xóa những dòng đã nhập</source>
        <translation>C&amp;lear the keyed rows</translation>
    </message>
    <message>
        <source>Kết quả đã chốt sẽ được mở để sửa. Lý do mở lại và mọi sửa đổi sau đó được ghi vào biên bản và nhật ký.</source>
        <translation>The closed result will be open to changes again. The reason, and every change after it, is written into the minutes and the log.</translation>
    </message>
    <message>
        <source>&amp;Lý do mở lại:</source>
        <translation>&amp;Why reopen it:</translation>
    </message>
    <message>
        <source>ví dụ: đọc nhầm phiếu số 12</source>
        <translation>for example: ballot 12 was misread</translation>
    </message>
    <message>
        <source>&amp;Mở lại</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>&amp;Giữ kết quả đã chốt</source>
        <translation>&amp;Keep the closed result</translation>
    </message>
    <message>
        <source>Đã mở lại kiểm phiếu.</source>
        <translation>The count is reopened.</translation>
    </message>
    <message>
        <source>Mở một tập phiếu trước (Bắt đầu tập phiếu), với số phiếu đã đếm.</source>
        <translation>Start a stack first (Start a stack), with its counted number of ballots.</translation>
    </message>
    <message>
        <source>Kết thúc kiểm phiếu</source>
        <translation>Close the count</translation>
    </message>
    <message>
        <source>Mở lại kiểm phiếu</source>
        <translation>Reopen the count</translation>
    </message>
    <message>
        <source>Đã sao lưu: {files}</source>
        <translation>Backed up: {files}</translation>
    </message>
    <message>
        <source>Thư mục sao lưu thứ hai</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Đã lưu: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Kiểm phiếu mớ&amp;i…</source>
        <translation>&amp;New count…</translation>
    </message>
    <message>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Kiểm phiếu</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <source>&amp;Thiết lập…</source>
        <translation>Set &amp;up…</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu tập phiếu…</source>
        <translation>&amp;Start a stack…</translation>
    </message>
    <message>
        <source>Đó&amp;ng tập phiếu…</source>
        <translation>Close the s&amp;tack…</translation>
    </message>
    <message>
        <source>&amp;Hủy bản nhập phiếu vừa lưu</source>
        <translation>&amp;Void the entry of the ballot just saved</translation>
    </message>
    <message>
        <source>Nhập bảng kiểm đếm t&amp;ay cho tập đang mở…</source>
        <translation>Enter a &amp;hand-tally sheet for the open stack…</translation>
    </message>
    <message>
        <source>&amp;Kết thúc kiểm phiếu…</source>
        <translation>&amp;Close the count…</translation>
    </message>
    <message>
        <source>&amp;Mở lại kiểm phiếu…</source>
        <translation>&amp;Reopen the count…</translation>
    </message>
    <message>
        <source>&amp;Lập lần bầu tiếp theo…</source>
        <translation>Make the ne&amp;xt round…</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Thư mục sao lưu thứ hai (&amp;USB)…</source>
        <translation>Second backup &amp;folder (USB)…</translation>
    </message>
    <message>
        <source>Đố&amp;i chiếu</source>
        <translation>&amp;Verification</translation>
    </message>
    <message>
        <source>Nhập &amp;hai lần theo tập phiếu…</source>
        <translation>&amp;Double entry by stack…</translation>
    </message>
    <message>
        <source>Kiểm tra &amp;chọn mẫu…</source>
        <translation>&amp;Spot check…</translation>
    </message>
    <message>
        <source>Số liệu người &amp;nhập…</source>
        <translation>&amp;Operator figures…</translation>
    </message>
    <message>
        <source>&amp;Bàn kiểm phiếu</source>
        <translation>Counting &amp;tables</translation>
    </message>
    <message>
        <source>&amp;Tạo tệp cho một bàn…</source>
        <translation>&amp;Make a file for a table…</translation>
    </message>
    <message>
        <source>&amp;Nhập tệp của các bàn…</source>
        <translation>Mer&amp;ge the tables&apos; files…</translation>
    </message>
    <message>
        <source>&amp;Biên bản</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&amp;Xem trước và in…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>Lưu biên bản &amp;PDF…</source>
        <translation>Save the minutes as P&amp;DF…</translation>
    </message>
    <message>
        <source>Lưu biên bản &amp;ODT (để sửa)…</source>
        <translation>Save the minutes as &amp;ODT (to edit)…</translation>
    </message>
    <message>
        <source>Xuất kết quả &amp;CSV…</source>
        <translation>Export results as &amp;CSV…</translation>
    </message>
    <message>
        <source>Xuất kết quả X&amp;LSX…</source>
        <translation>Export results as &amp;XLSX…</translation>
    </message>
    <message>
        <source>In nhật ký &amp;nhập phiếu (PDF)…</source>
        <translation>Print the &amp;ballot-entry log (PDF)…</translation>
    </message>
    <message>
        <source>Xuất nhật ký (&amp;JSON lines)…</source>
        <translation>Export the &amp;log (JSON lines)…</translation>
    </message>
    <message>
        <source>&amp;Máy chiếu</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>&amp;Mở hoặc đóng màn hình máy chiếu</source>
        <translation>&amp;Open or close the projector screen</translation>
    </message>
    <message>
        <source>Chiếu &amp;kết quả</source>
        <translation>Show the &amp;results</translation>
    </message>
    <message>
        <source>Chiếu &amp;phiếu vừa nhập</source>
        <translation>Show the &amp;ballot just keyed</translation>
    </message>
    <message>
        <source>Ẩn kết quả (&amp;chỉ tiến độ)</source>
        <translation>Hide results (&amp;progress only)</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Phím khi nhập phiếu</source>
        <translation>&amp;Keys for keying ballots</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{name} đang được mở để ghi ở {holder}.</source>
        <translation>{name} is open for writing in {holder}.</translation>
    </message>
    <message>
        <source>Nếu máy đó vẫn mở tệp, hãy chọn Chỉ xem và đóng tệp ở máy đó. Chỉ gỡ khóa khi chắc chắn máy đó không còn mở tệp (USB đã rút khỏi máy đó, hoặc máy đã tắt): hai máy cùng ghi một tệp có thể làm mất phiếu.</source>
        <translation>If that machine still has the file open, choose Read only and close the file there. Remove the lock only when you are sure that machine no longer has the file open (the USB stick was taken out of it, or it was shut down): two machines writing one file can lose ballots.</translation>
    </message>
    <message>
        <source>Chỉ &amp;xem</source>
        <translation>&amp;Read only</translation>
    </message>
    <message>
        <source>&amp;Gỡ khóa và mở để nhập phiếu</source>
        <translation>Remove the lock and open for &amp;keying</translation>
    </message>
    <message>
        <source>Mở tệp kiểm phiếu</source>
        <translation>Open a counting file</translation>
    </message>
    <message>
        <source>Tệp kiểm phiếu (*.kiemphieu);;Mọi tệp (*)</source>
        <translation>Counting files (*.kiemphieu);;All files (*)</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi trong chương trình (một lỗi lập trình). Các phiếu đã lưu không bị ảnh hưởng.</source>
        <translation>The program hit an error (a bug). The ballots already saved are not affected.</translation>
    </message>
</context>
<context>
    <name>election_keying</name>
    <message>
        <source>Gạch tên</source>
        <translation>Struck</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <source>Lưu biên bản kiểm phiếu (PDF)</source>
        <translation>Save the minutes (PDF)</translation>
    </message>
    <message>
        <source>Lưu biên bản kiểm phiếu (ODT)</source>
        <translation>Save the minutes (ODT)</translation>
    </message>
    <message>
        <source>Lưu bảng kết quả (CSV)</source>
        <translation>Save the results table (CSV)</translation>
    </message>
    <message>
        <source>Lưu bảng kết quả (XLSX)</source>
        <translation>Save the results table (XLSX)</translation>
    </message>
    <message>
        <source>Lưu nhật ký (JSON lines)</source>
        <translation>Save the log (JSON lines)</translation>
    </message>
    <message>
        <source>Lưu nhật ký (PDF)</source>
        <translation>Save the log (PDF)</translation>
    </message>
</context>
<context>
    <name>setup_flow</name>
    <message>
        <source>Lưu tệp kiểm phiếu</source>
        <translation>Save the counting file</translation>
    </message>
</context>
<context>
    <name>table_actions</name>
    <message>
        <source>Tệp cho một bàn kiểm phiếu</source>
        <translation>File for a counting table</translation>
    </message>
    <message>
        <source>Tên bàn (ví dụ: Bàn 2):</source>
        <translation>Table name (e.g. Table 2):</translation>
    </message>
    <message>
        <source>Lưu tệp của bàn</source>
        <translation>Save the table&apos;s file</translation>
    </message>
    <message>
        <source>Đã tạo {file}. Chép tệp này sang máy của bàn (USB), nhập phiếu ở đó, rồi mang tệp về và chọn Đối chiếu › Bàn kiểm phiếu › Nhập tệp của các bàn.</source>
        <translation>Made {file}. Copy it to the table&apos;s laptop (USB stick), key the ballots there, bring the file back and choose Verification › Counting tables › Merge the tables&apos; files.</translation>
    </message>
    <message>
        <source>Nhập tệp của các bàn</source>
        <translation>Merge the tables&apos; files</translation>
    </message>
    <message>
        <source>Gộp với tên khác</source>
        <translation>Merge under another name</translation>
    </message>
    <message>
        <source>Bàn “{table}” trùng tên với tập phiếu “{stack}” của tệp này.
Chỉ gộp khi chắc chắn đó là hai tập phiếu khác nhau.

Tên cho các phiếu của bàn này:</source>
        <translation>Table “{table}” has the name of this count&apos;s own stack “{stack}”.
Merge it only when you are sure these are two different sets of ballots.

The name for this table&apos;s ballots:</translation>
    </message>
    <message>
        <source>{table} (bàn)</source>
        <translation>{table} (table)</translation>
    </message>
</context>
</TS>
