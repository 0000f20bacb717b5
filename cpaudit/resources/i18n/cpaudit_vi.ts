<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+750" />
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A CSV or spreadsheet file (XLSX, XLS, ODS) with production and consumption. Choose the sheet and the row that holds the column headers; click a row below to make it the header row.</source>
        <translation>Tệp CSV hoặc bảng tính (XLSX, XLS, ODS) chứa sản lượng và tiêu thụ. Chọn trang tính và dòng chứa tiêu đề cột; bấm vào một dòng bên dưới để chọn dòng đó làm dòng tiêu đề.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a file…</source>
        <translation>Chọn một tệp…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How the text of the CSV file is written. Excel on a Vietnamese Windows often writes cp1258; if the letters below look wrong, choose another encoding.</source>
        <translation>Cách mã hóa chữ trong tệp CSV. Excel trên Windows tiếng Việt thường ghi cp1258; nếu chữ bên dưới hiển thị sai, hãy chọn bảng mã khác.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Separator:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>comma ,</source>
        <translation>dấu phẩy ,</translation>
    </message>
    <message>
        <location line="+1" />
        <source>semicolon ;</source>
        <translation>dấu chấm phẩy ;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bar |</source>
        <translation>gạch đứng |</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;heet:</source>
        <translation>Tr&amp;ang tính:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Header &amp;row:</source>
        <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Data are read from the row below it. Headers may carry units: Điện (kWh).</source>
        <translation>Số liệu được đọc từ dòng ngay bên dưới. Tiêu đề có thể ghi đơn vị: Điện (kWh).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spreadsheets and CSV files ({extensions});;All files (*)</source>
        <translation>Bảng tính và tệp CSV ({extensions});;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reading the file was stopped.</source>
        <translation>Đã dừng đọc tệp.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>(a guess: check the letters below)</source>
        <translation>(đoán: hãy kiểm tra chữ bên dưới)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="-687" />
        <source>Import data</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>One row per period, one column per product or resource</source>
        <translation>Mỗi dòng một kỳ, mỗi cột một sản phẩm hoặc tài nguyên</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One value per row (period, product or resource, quantity, unit)</source>
        <translation>Mỗi dòng một số liệu (kỳ, sản phẩm hoặc tài nguyên, số lượng, đơn vị)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Meter readings with date and time, added up to months</source>
        <translation>Chỉ số đồng hồ đo theo ngày giờ, cộng dồn theo tháng</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Vietnamese: 1.234,56</source>
        <translation>Kiểu Việt Nam: 1.234,56</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English: 1,234.56</source>
        <translation>Kiểu Anh: 1,234.56</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Vietnamese</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>Anh</translation>
    </message>
    <message>
        <location line="+6" />
        <source>day/month/year (dd/mm/yyyy)</source>
        <translation>ngày/tháng/năm (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>month/day/year (mm/dd/yyyy)</source>
        <translation>tháng/ngày/năm (mm/dd/yyyy)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>year-month-day (yyyy-mm-dd)</source>
        <translation>năm-tháng-ngày (yyyy-mm-dd)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+15" />
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period start date</source>
        <translation>Ngày bắt đầu kỳ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period end date</source>
        <translation>Ngày kết thúc kỳ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resource class</source>
        <translation>Loại tài nguyên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Production of a product</source>
        <translation>Sản lượng của sản phẩm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use of a resource</source>
        <translation>Tiêu thụ tài nguyên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cost of a resource</source>
        <translation>Chi phí tài nguyên</translation>
    </message>
    <message>
        <location line="+9" />
        <source>row {row}</source>
        <translation>dòng {row}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>column {column} ({header})</source>
        <translation>cột {column} ({header})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>column {column}</source>
        <translation>cột {column}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the whole sheet</source>
        <translation>cả trang tính</translation>
    </message>
    <message>
        <location line="+15" />
        <source>… and {count} more problems like the ones above</source>
        <translation>… và {count} lỗi khác tương tự như trên</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{value}” is not a number.</source>
        <translation>“{value}” không phải là số.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{value}” is a number only in the other number style; the file is read in {style} style. Change the number style if the whole file is written that way.</source>
        <translation>“{value}” chỉ là số theo kiểu ghi số còn lại; tệp đang được đọc theo kiểu {style}. Hãy đổi kiểu ghi số nếu cả tệp được ghi theo kiểu đó.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{value}” reads differently in Vietnamese and English style, and the column does not settle which. Tick “Checked” for the column if the chosen style is right, or write the number unambiguously.</source>
        <translation>“{value}” có giá trị khác nhau theo kiểu Việt Nam và kiểu Anh, và các số khác trong cột không cho biết kiểu nào đúng. Đánh dấu “Đã kiểm tra” cho cột nếu kiểu đã chọn là đúng, hoặc ghi số sao cho chỉ có một cách hiểu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{value}” is not a finite number.</source>
        <translation>“{value}” không phải là số hữu hạn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cell shows the spreadsheet error {value}.</source>
        <translation>Ô đang hiện lỗi bảng tính {value}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The cell holds a formula with no stored value: open the file in a spreadsheet program, let it calculate, and save it.</source>
        <translation>Ô chứa công thức nhưng chưa có giá trị đã tính: hãy mở tệp bằng chương trình bảng tính, để chương trình tính rồi lưu lại.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cell is part of a merged cell: one value cannot belong to two rows; unmerge it.</source>
        <translation>Ô nằm trong một ô đã gộp: một giá trị không thể thuộc về hai dòng; hãy bỏ gộp ô.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{value}” is not a date, or not a date that exists.</source>
        <translation>“{value}” không phải là ngày, hoặc là ngày không có thật.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” fits only another date order than {order}. Dates are never swapped: choose the order the file is written in.</source>
        <translation>“{value}” chỉ đúng theo một thứ tự ngày khác với {order}. Ngày tháng không bao giờ bị tự đảo: hãy chọn thứ tự mà tệp đã dùng.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{value}” has a two-digit year: write the year in full.</source>
        <translation>“{value}” ghi năm bằng hai chữ số: hãy ghi đủ bốn chữ số.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is in UTC, not the plant's local time: export local times.</source>
        <translation>“{value}” theo giờ UTC, không phải giờ địa phương của nhà máy: hãy xuất theo giờ địa phương.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“{value}” is not a period (a year, quarter, month, or a period of the project).</source>
        <translation>“{value}” không phải là một kỳ (năm, quý, tháng, hoặc một kỳ của dự án).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The row has values but no period.</source>
        <translation>Dòng có số liệu nhưng không có kỳ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The reading is blank: a missing reading is not 0.</source>
        <translation>Chỉ số bị trống: thiếu chỉ số không có nghĩa là bằng 0.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The reading is negative.</source>
        <translation>Chỉ số bị âm.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The row has readings but no date and time.</source>
        <translation>Dòng có chỉ số nhưng không có ngày giờ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The row has no quantity.</source>
        <translation>Dòng không có số lượng.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No values: skipped.</source>
        <translation>Không có số liệu: bỏ qua.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A total or an average: skipped.</source>
        <translation>Dòng tổng hoặc trung bình: bỏ qua.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The sheet holds no values to import with this mapping.</source>
        <translation>Với cách ghép cột này, trang tính không có số liệu nào để nhập.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The sheet has no readings below the header.</source>
        <translation>Trang tính không có chỉ số nào bên dưới tiêu đề.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the column that holds the periods.</source>
        <translation>Hãy chọn cột chứa các kỳ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the column that holds the dates and times.</source>
        <translation>Hãy chọn cột chứa ngày giờ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the columns to import.</source>
        <translation>Hãy chọn các cột cần nhập.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(through row {row})</source>
        <translation>(đến dòng {row})</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Readings at 00:00 that follow 23:xx of the same date: {0}. Each closes the day it is dated (read as 24:00 of that date).</source>
        <translation>Số chỉ số lúc 00:00 đứng sau 23:xx của cùng ngày: {0}. Mỗi chỉ số này khép lại ngày ghi trên nó (được đọc là 24:00 của ngày đó).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Readings of exactly 0: {0} ({1}). They are kept as 0; a meter that did not report may show 0.</source>
        <translation>Số chỉ số bằng đúng 0: {0} ({1}). Các chỉ số này được giữ là 0; đồng hồ không gửi số liệu cũng có thể hiện 0.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Period {0} has {1} of the {2} readings a complete period needs: its total would be too small.</source>
        <translation>Kỳ {0} có {1} trong số {2} chỉ số cần cho một kỳ đủ: tổng của kỳ sẽ nhỏ hơn thực tế.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Readings missing after the interval starting {1}: {0}.</source>
        <translation>Số chỉ số bị thiếu sau khoảng đo bắt đầu lúc {1}: {0}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Two readings for the interval starting {0}.</source>
        <translation>Có hai chỉ số cho khoảng đo bắt đầu lúc {0}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0} is given twice, in rows {1} and {2}: keep one.</source>
        <translation>{0} được ghi hai lần, ở dòng {1} và {2}: hãy giữ một.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{0} converted to {1} (× {2}).</source>
        <translation>{0} được đổi sang {1} (× {2}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Empty cells, which hold no value and add nothing: {0} ({1}).</source>
        <translation>Số ô trống, không có giá trị và không cộng thêm gì: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>(accepted)</source>
        <translation>(đã chấp nhận)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If the month is cut short on purpose, go back and tick “Accept months with missing readings”.</source>
        <translation>Nếu tháng được cố ý lấy không trọn, hãy quay lại và đánh dấu “Chấp nhận tháng bị thiếu chỉ số”.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{file} is protected by a password: save an unprotected copy and import that.</source>
        <translation>{file} được bảo vệ bằng mật khẩu: hãy lưu một bản không có mật khẩu rồi nhập bản đó.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{file} cannot be read as a spreadsheet: it may be damaged.</source>
        <translation>Không đọc được {file} như một bảng tính: tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file} is a web page or XML file saved with a spreadsheet name: open it in a spreadsheet program and save it as .xlsx or .csv.</source>
        <translation>{file} là trang web hoặc tệp XML mang tên của bảng tính: hãy mở tệp bằng chương trình bảng tính và lưu thành .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{file} has no sheet with cells.</source>
        <translation>{file} không có trang tính nào có ô dữ liệu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The text of {file} cannot be read with this encoding: choose another one.</source>
        <translation>Không đọc được chữ trong {file} với bảng mã này: hãy chọn bảng mã khác.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+248" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent projects</source>
        <translation>Dự án gần đây</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New project…</source>
        <translation>&amp;Dự án mới…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new, empty project</source>
        <translation>Tạo một dự án mới, chưa có dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project file (*.cpaudit)</source>
        <translation>Mở một tệp dự án (*.cpaudit)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the project to its file</source>
        <translation>Lưu dự án vào tệp hiện tại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save &amp;as…</source>
        <translation>Lưu với tê&amp;n khác…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the project to a new file</source>
        <translation>Lưu dự án vào một tệp mới</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Xuất báo cáo PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the assessment report as a PDF in the interface language</source>
        <translation>Xuất báo cáo đánh giá ra tệp PDF bằng ngôn ngữ của giao diện</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cleaner-production assessment: specific consumption, savings against the national targets, CP options and the report.

Open a project file or start a new project.</source>
        <translation>Đánh giá sản xuất sạch hơn: suất tiêu hao, mức tiết kiệm so với mục tiêu quốc gia, các giải pháp SXSH và báo cáo.

Hãy mở một tệp dự án hoặc tạo dự án mới.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New project…</source>
        <translation>Dự án mới…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Target scheme:</source>
        <translation>&amp;Kịch bản mục tiêu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saving per resource class</source>
        <translation>Tiết kiệm theo nhóm tài nguyên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CP options</source>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+68" />
        <source>The results cannot be computed: {error}
The details are in the log file {path}.</source>
        <translation>Không tính được kết quả: {error}
Chi tiết được ghi trong tệp nhật ký {path}.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The national target the savings are judged against</source>
        <translation>Mục tiêu quốc gia dùng để đánh giá mức tiết kiệm</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Specific consumption and saving: {product}</source>
        <translation>Suất tiêu hao và mức tiết kiệm: {product}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Specific consumption and saving per product</source>
        <translation>Suất tiêu hao và mức tiết kiệm theo sản phẩm</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+34" />
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="-33" />
        <source>Baseline: {period}</source>
        <translation>Kỳ cơ sở: {period}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Compared with: projection from implemented options</source>
        <translation>So sánh với: dự kiến từ các giải pháp đã thực hiện</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compared with: {period}</source>
        <translation>So sánh với: {period}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+12" />
        <source>The project could not be opened</source>
        <translation>Không mở được dự án</translation>
    </message>
    <message>
        <location line="-11" />
        <source>There is no file {path}.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Opened {name}</source>
        <translation>Đã mở {name}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Save project as</source>
        <translation>Lưu dự án với tên khác</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The project could not be saved</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>cpaudit projects (*.cpaudit);;All files (*)</source>
        <translation>Dự án cpaudit (*.cpaudit);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+43" />
        <source>Please wait: a file is being written.</source>
        <translation>Vui lòng chờ: đang ghi tệp.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The project “{name}” has changes that are not saved.</source>
        <translation>Dự án “{name}” có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Do you want to save them?</source>
        <translation>Bạn có muốn lưu các thay đổi này không?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Don't save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+128" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Removed from the recent projects, file not found: {files}</source>
        <translation>Đã bỏ khỏi danh sách dự án gần đây vì không tìm thấy tệp: {files}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No recent projects</source>
        <translation>Chưa có dự án gần đây</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+28" />
        <source>Export PDF report</source>
        <translation>Xuất báo cáo PDF</translation>
    </message>
    <message>
        <location line="-28" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Writing the report {name}…</source>
        <translation>Đang xuất báo cáo {name}…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cancelling the report…</source>
        <translation>Đang hủy xuất báo cáo…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Report written: {path}</source>
        <translation>Đã xuất báo cáo: {path}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The report was cancelled.</source>
        <translation>Đã hủy xuất báo cáo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The report could not be written</source>
        <translation>Không xuất được báo cáo</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+505" />
        <source>Say what the columns hold</source>
        <translation>Cho biết các cột chứa gì</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cpaudit has guessed from the headers; correct what is wrong. Units come from the headers and can be changed. Below, the first rows as cpaudit reads them: a red cell cannot be read (point at it to see why).</source>
        <translation>cpaudit đã đoán theo tiêu đề; hãy sửa chỗ chưa đúng. Đơn vị lấy từ tiêu đề và có thể sửa. Bên dưới là những dòng đầu tiên theo cách cpaudit đọc: ô màu đỏ là ô không đọc được (trỏ chuột vào ô để xem lý do).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Layout:</source>
        <translation>&amp;Bố cục:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Numbers:</source>
        <translation>Kiểu &amp;số:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Dates:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Each &amp;time marks:</source>
        <translation>&amp;Mỗi mốc giờ là:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the end of its interval</source>
        <translation>cuối khoảng đo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the start of its interval</source>
        <translation>đầu khoảng đo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept months with missing readings</source>
        <translation>Chấp nhận tháng bị thiếu chỉ số</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A month with readings missing adds up to too little. Tick this only if the first or last month is cut short on purpose.</source>
        <translation>Tháng bị thiếu chỉ số sẽ có tổng nhỏ hơn thực tế. Chỉ đánh dấu khi tháng đầu hoặc tháng cuối được cố ý lấy không trọn tháng.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The first rows as cpaudit reads them:</source>
        <translation>Những dòng đầu tiên theo cách cpaudit đọc:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Date and &amp;time column:</source>
        <translation>Cột ngày &amp;giờ:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Period column:</source>
        <translation>Cột &amp;kỳ:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+126" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="-125" />
        <location line="+125" />
        <source>Header</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="-124" />
        <location line="+124" />
        <source>Holds</source>
        <translation>Chứa</translation>
    </message>
    <message>
        <location line="-123" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit in the file</source>
        <translation>Đơn vị trong tệp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Class</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tick when you have checked that the column's numbers are written in the chosen style: values such as 1.234, which read differently in Vietnamese and English style, are then read in that style.</source>
        <translation>Đánh dấu khi đã kiểm tra rằng các số trong cột được ghi theo kiểu đã chọn: các giá trị như 1.234, vốn hiểu khác nhau theo kiểu Việt Nam và kiểu Anh, khi đó sẽ được đọc theo kiểu đã chọn.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>e.g. kWh</source>
        <translation>ví dụ kWh</translation>
    </message>
    <message>
        <location line="+239" />
        <source>Choose the column of periods and the column of quantities.</source>
        <translation>Hãy chọn cột kỳ và cột số lượng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the column that holds the dates and times.</source>
        <translation>Hãy chọn cột chứa ngày giờ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the column that holds the periods.</source>
        <translation>Hãy chọn cột chứa các kỳ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose what at least one column holds.</source>
        <translation>Hãy cho biết ít nhất một cột chứa gì.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Some values of this column read differently in the two styles.</source>
        <translation>Một số giá trị của cột này có nghĩa khác nhau theo hai kiểu ghi số.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Skipped: no values.</source>
        <translation>Bỏ qua: không có số liệu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped: a total or an average.</source>
        <translation>Bỏ qua: dòng tổng hoặc trung bình.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>→ periods</source>
        <translation>→ các kỳ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>→ dates and times</source>
        <translation>→ ngày giờ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>→ production of {code}</source>
        <translation>→ sản lượng {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>→ use of {code}</source>
        <translation>→ tiêu thụ {code}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>→ cost of {code}</source>
        <translation>→ chi phí {code}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Numbers are read in {style} style ({example}).</source>
        <translation>Số được đọc theo kiểu {style} ({example}).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Dates are read as {order}: {only} fit only this order, {both} fit both orders, {other} fit only another order (those are refused, never swapped).</source>
        <translation>Ngày được đọc theo {order}: {only} giá trị chỉ hợp với thứ tự này, {both} giá trị hợp với cả hai thứ tự, {other} giá trị chỉ hợp với thứ tự khác (các giá trị này bị từ chối, không bao giờ bị tự đảo).</translation>
    </message>
    <message>
        <location line="+12" />
        <source> (a guess)</source>
        <translation> (đoán)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text encoding: {encoding}</source>
        <translation>Bảng mã: {encoding}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Column {column} ({header}): {count} of the first values, such as “{example}”, read differently in Vietnamese and English style, and the column does not settle which. Tick “Checked” for it if {style} style is right, or change the style.</source>
        <translation>Cột {column} ({header}): {count} giá trị đầu tiên, như “{example}”, có nghĩa khác nhau theo kiểu Việt Nam và kiểu Anh, và các số khác trong cột không cho biết kiểu nào đúng. Đánh dấu “Đã kiểm tra” cho cột nếu kiểu {style} là đúng, hoặc đổi kiểu ghi số.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+68" />
        <location line="+28" />
        <source>Product 1</source>
        <translation>Sản phẩm 1</translation>
    </message>
    <message>
        <location line="-24" />
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A new project starts with one product and one baseline period. You can rename both and add data later.</source>
        <translation>Dự án mới gồm một sản phẩm và một kỳ cơ sở. Bạn có thể đổi tên và bổ sung dữ liệu sau.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Establishment name:</source>
        <translation>&amp;Tên cơ sở sản xuất:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Product:</source>
        <translation>&amp;Sản phẩm:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. Hong Ha Brewery</source>
        <translation>ví dụ: Công ty Bia Hồng Hà</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+80" />
        <source>Check the whole file</source>
        <translation>Kiểm tra toàn bộ tệp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All or nothing: the data are imported only if every row can be read. Importing the same file again never counts a value twice.</source>
        <translation>Nhập tất cả hoặc không nhập gì: số liệu chỉ được nhập khi đọc được mọi dòng. Nhập lại cùng một tệp không bao giờ tính một giá trị hai lần.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy list</source>
        <translation>&amp;Sao chép danh sách</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the list below, to fix the file with it</source>
        <translation>Sao chép danh sách bên dưới để dùng khi sửa tệp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the project already has a value:</source>
        <translation>Khi dự án đã có giá trị:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;keep the project's value</source>
        <translation>&amp;giữ giá trị của dự án</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;replace it with the file's</source>
        <translation>&amp;thay bằng giá trị trong tệp</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Checking every row of the file…</source>
        <translation>Đang kiểm tra từng dòng của tệp…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Checking was stopped. Nothing was imported.</source>
        <translation>Đã dừng kiểm tra. Chưa nhập số liệu nào.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The file could not be checked. Nothing was imported.</source>
        <translation>Không kiểm tra được tệp. Chưa nhập số liệu nào.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Nothing will be imported: the file has {count} problems, listed below with their rows and columns. Correct the file, or go back and change how it is read, then check again.</source>
        <translation>Sẽ không nhập số liệu nào: tệp có {count} lỗi, liệt kê bên dưới kèm dòng và cột. Hãy sửa tệp, hoặc quay lại đổi cách đọc, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Problems ({count})</source>
        <translation>Lỗi ({count})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Ready: {production} production and {consumption} consumption values for {periods} periods. The project changes only when you click Import.</source>
        <translation>Sẵn sàng: {production} số liệu sản lượng và {consumption} số liệu tiêu thụ cho {periods} kỳ. Dự án chỉ thay đổi khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Notes ({count})</source>
        <translation>Ghi chú ({count})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Values that differ from the project's ({count})</source>
        <translation>Giá trị khác với dự án ({count})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{old} in the project, {new} in the file</source>
        <translation>{old} trong dự án, {new} trong tệp</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New periods ({count})</source>
        <translation>Kỳ mới ({count})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New products ({count})</source>
        <translation>Sản phẩm mới ({count})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New resources ({count})</source>
        <translation>Tài nguyên mới ({count})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Values to import ({count})</source>
        <translation>Số liệu sẽ nhập ({count})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cost {cost}</source>
        <translation>chi phí {cost}</translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <location line="-1191" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>cells</name>
    <message>
        <location filename="../../ui/cells.py" line="+187" />
        <source>This cell needs a value.</source>
        <translation>Ô này cần có giá trị.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” không phải là số nguyên.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The value must be more than {minimum}.</source>
        <translation>Giá trị phải lớn hơn {minimum}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The value must be at least {minimum}.</source>
        <translation>Giá trị phải từ {minimum} trở lên.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{text}” is written in English style (1,234.56); with the Vietnamese interface, numbers are written 1.234,56.</source>
        <translation>“{text}” được viết theo kiểu tiếng Anh (1,234.56); với giao diện tiếng Việt, số được viết là 1.234,56.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{text}” is written in Vietnamese style (1.234,56); with the English interface, numbers are written 1,234.56.</source>
        <translation>“{text}” được viết theo kiểu tiếng Việt (1.234,56); với giao diện tiếng Anh, số được viết là 1,234.56.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“{text}” is a spreadsheet error, not a number.</source>
        <translation>“{text}” là lỗi của bảng tính, không phải là số.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” is not a finite number.</source>
        <translation>“{text}” không phải là một số hữu hạn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” is not a number: a thousands separator is followed by groups of three digits, and a number has one decimal separator.</source>
        <translation>“{text}” không phải là số: sau dấu phân cách hàng nghìn là các nhóm ba chữ số, và một số chỉ có một dấu thập phân.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{text}” is not a number.</source>
        <translation>“{text}” không phải là số.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>“{text}” has a two-digit year: write the year in full.</source>
        <translation>“{text}” có năm hai chữ số: hãy viết đủ bốn chữ số của năm.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>“{text}” is not a date: write it as dd/mm/yyyy, for example 31/12/2024.</source>
        <translation>“{text}” không phải là ngày: hãy viết theo dạng dd/mm/yyyy, ví dụ 31/12/2024.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{text}” is money, not a unit of quantity.</source>
        <translation>“{text}” là đơn vị tiền, không phải đơn vị đo lượng.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{text}” can mean more than one unit: write t for tonnes or short_ton for US tons.</source>
        <translation>“{text}” có thể hiểu là nhiều đơn vị: hãy viết t cho tấn hoặc short_ton cho tấn Mỹ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>cpaudit does not know the unit “{text}” (for example kg, t, kWh, m3, GJ).</source>
        <translation>cpaudit không nhận ra đơn vị “{text}” (ví dụ kg, t, kWh, m3, GJ).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>“{text}” cannot be chosen: there is nothing to choose from yet.</source>
        <translation>Không chọn được “{text}”: chưa có gì để chọn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{text}” is not one of: {choices}.</source>
        <translation>“{text}” không thuộc các lựa chọn: {choices}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No such code: {codes}. The codes that can be named here: {known}.</source>
        <translation>Không có mã: {codes}. Các mã có thể dùng ở đây: {known}.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../ui/chart.py" line="+58" />
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No class saving can be computed.</source>
        <translation>Không tính được mức tiết kiệm của nhóm nào.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Target band {low}–{high} %</source>
        <translation>Khoảng mục tiêu {low}–{high} %</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Saving per unit of product (%)</source>
        <translation>Tiết kiệm trên đơn vị sản phẩm (%)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+27" />
        <source>Something went wrong that cpaudit did not expect. Your project file has not been changed by this error.

The details were written to the log file:
{path}

Please send that file, with a few words on what you were doing, to whoever supports cpaudit for you.</source>
        <translation>Đã xảy ra một lỗi mà cpaudit không lường trước. Lỗi này không làm thay đổi tệp dự án của bạn.

Chi tiết đã được ghi vào tệp nhật ký:
{path}

Vui lòng gửi tệp này, kèm vài dòng mô tả việc bạn đang làm, cho người hỗ trợ cpaudit cho bạn.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Unexpected error</source>
        <translation>Lỗi không lường trước</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/forms.py" line="+63" />
        <source>Change “{field}”</source>
        <translation>Sửa “{field}”</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+30" />
        <source>Within target</source>
        <translation>Đạt mục tiêu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Below target</source>
        <translation>Dưới mục tiêu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Beyond target</source>
        <translation>Vượt mục tiêu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Out of scope</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not defined</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The saving lies inside the target band of {scheme}.</source>
        <translation>Mức tiết kiệm nằm trong khoảng mục tiêu của {scheme}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The saving is less than the target band of {scheme}.</source>
        <translation>Mức tiết kiệm thấp hơn khoảng mục tiêu của {scheme}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The saving is more than the target band of {scheme}.</source>
        <translation>Mức tiết kiệm cao hơn khoảng mục tiêu của {scheme}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{scheme} sets no target for this resource class.</source>
        <translation>{scheme} không đặt mục tiêu cho nhóm tài nguyên này.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The saving cannot be computed, so it cannot be judged.</source>
        <translation>Không tính được mức tiết kiệm nên không thể đánh giá.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+308" />
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <location line="-307" />
        <source>Fuels</source>
        <translation>Nhiên liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Materials</source>
        <translation>Nguyên vật liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+306" />
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <location line="-305" />
        <location line="+308" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="-301" />
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not implemented</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Implement now</source>
        <translation>Thực hiện ngay</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Study further</source>
        <translation>Cần nghiên cứu thêm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Good housekeeping</source>
        <translation>Quản lý nội vi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Input material change</source>
        <translation>Thay đổi nguyên liệu đầu vào</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Better process control</source>
        <translation>Kiểm soát quá trình tốt hơn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equipment modification</source>
        <translation>Cải tiến thiết bị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Technology change</source>
        <translation>Thay đổi công nghệ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On-site recovery and reuse</source>
        <translation>Thu hồi và tái sử dụng tại chỗ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Production of useful by-products</source>
        <translation>Sản xuất sản phẩm phụ hữu ích</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Product modification</source>
        <translation>Cải tiến sản phẩm</translation>
    </message>
    <message>
        <location line="+9" />
        <source>n/a</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The baseline specific consumption is zero, so no saving can be computed.</source>
        <translation>Suất tiêu hao kỳ cơ sở bằng không nên không tính được mức tiết kiệm.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No production is recorded for this product in the period.</source>
        <translation>Không có số liệu sản lượng của sản phẩm này trong kỳ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No consumption is recorded in the baseline period.</source>
        <translation>Không có số liệu tiêu thụ trong kỳ cơ sở.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No consumption is recorded in the current period.</source>
        <translation>Không có số liệu tiêu thụ trong kỳ hiện tại.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The plant's use of {what} is not shared out between its products.</source>
        <translation>Lượng {what} tiêu thụ của toàn nhà máy chưa được phân bổ cho từng sản phẩm.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{what} cannot be put on a common basis: its heating value or price is missing.</source>
        <translation>Không quy đổi được {what} về cùng một cơ sở: thiếu nhiệt trị hoặc đơn giá.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The implemented options save more {what} than was used.</source>
        <translation>Các giải pháp đã thực hiện tiết kiệm nhiều {what} hơn lượng đã sử dụng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The saving of {what} has neither a money value nor a price.</source>
        <translation>Phần tiết kiệm {what} không có giá trị bằng tiền cũng không có đơn giá.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The option saves no money, so it never pays back.</source>
        <translation>Giải pháp không tiết kiệm được tiền nên không thể hoàn vốn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No internal rate of return exists for these cash flows.</source>
        <translation>Không tồn tại tỷ lệ hoàn vốn nội tại (IRR) cho các dòng tiền này.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a resource</source>
        <translation>một loại tài nguyên</translation>
    </message>
    <message>
        <location line="+7" />
        <source>kW-month</source>
        <translation>kW-tháng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>short ton</source>
        <translation>tấn Mỹ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IAC W0 unit</source>
        <translation>đơn vị W0 (IAC)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>bbl</source>
        <translation>thùng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>piece</source>
        <translation>cái</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Step 1: Getting started</source>
        <translation>Bước 1: Khởi động</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 2: Analysing process steps</source>
        <translation>Bước 2: Phân tích các công đoạn sản xuất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 3: Generating CP opportunities</source>
        <translation>Bước 3: Phát triển các cơ hội SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 4: Selecting CP solutions</source>
        <translation>Bước 4: Lựa chọn các giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 5: Implementing CP solutions</source>
        <translation>Bước 5: Thực hiện các giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step 6: Sustaining CP</source>
        <translation>Bước 6: Duy trì SXSH</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Task 1: Form the CP team</source>
        <translation>Nhiệm vụ 1: Thành lập nhóm SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 2: List the process steps and (re)establish consumption norms</source>
        <translation>Nhiệm vụ 2: Liệt kê các bước công nghệ và xác định lại định mức</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task 3: Identify and select the most wasteful process step (audit focus)</source>
        <translation>Nhiệm vụ 3: Xác định và lựa chọn công đoạn gây lãng phí nhất</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task 4: Prepare the process flow diagram for the audit focus</source>
        <translation>Nhiệm vụ 4: Xây dựng sơ đồ công nghệ cho phần trọng tâm kiểm toán</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task 5: Material and energy balance</source>
        <translation>Nhiệm vụ 5: Cân bằng vật liệu/năng lượng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 6: Assign costs to waste streams</source>
        <translation>Nhiệm vụ 6: Xác định chi phí cho dòng thải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 7: Analyse the causes of waste generation</source>
        <translation>Nhiệm vụ 7: Phân tích nguyên nhân</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 8: Generate CP opportunities</source>
        <translation>Nhiệm vụ 8: Xây dựng các cơ hội SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 9: Select the most workable opportunities</source>
        <translation>Nhiệm vụ 9: Lựa chọn các cơ hội khả thi nhất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 10: Technical feasibility</source>
        <translation>Nhiệm vụ 10: Phân tích tính khả thi về kỹ thuật</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 11: Economic feasibility</source>
        <translation>Nhiệm vụ 11: Phân tích tính khả thi về kinh tế</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 12: Environmental evaluation</source>
        <translation>Nhiệm vụ 12: Đánh giá tính khả thi về môi trường</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 13: Select solutions for implementation</source>
        <translation>Nhiệm vụ 13: Lựa chọn các giải pháp để thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 14: Prepare for implementation</source>
        <translation>Nhiệm vụ 14: Chuẩn bị thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 15: Implement the solutions</source>
        <translation>Nhiệm vụ 15: Thực hiện các giải pháp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 16: Monitor and evaluate results</source>
        <translation>Nhiệm vụ 16: Giám sát và đánh giá kết quả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 17: Sustain CP</source>
        <translation>Nhiệm vụ 17: Duy trì các giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Task 18: Select a new audit focus</source>
        <translation>Nhiệm vụ 18: Lựa chọn trọng tâm đánh giá mới</translation>
    </message>
    <message>
        <location line="+8" />
        <source>CP team</source>
        <translation>Nhóm SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Process steps and norms</source>
        <translation>Công đoạn và định mức</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit focus</source>
        <translation>Trọng tâm đánh giá</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flow chart</source>
        <translation>Sơ đồ công nghệ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Material and energy balance</source>
        <translation>Cân bằng vật liệu, năng lượng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cost of waste streams</source>
        <translation>Chi phí dòng thải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Causes of waste</source>
        <translation>Phân tích nguyên nhân</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+51" />
        <source>CP opportunities</source>
        <translation>Cơ hội SXSH</translation>
    </message>
    <message>
        <location line="-50" />
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Technical feasibility</source>
        <translation>Khả thi kỹ thuật</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Economic feasibility</source>
        <translation>Khả thi kinh tế</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Environmental feasibility</source>
        <translation>Khả thi môi trường</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Selection</source>
        <translation>Lựa chọn giải pháp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preparation</source>
        <translation>Chuẩn bị thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Implementation</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monitoring and evaluation</source>
        <translation>Giám sát và đánh giá</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sustaining CP</source>
        <translation>Duy trì SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New audit focus</source>
        <translation>Trọng tâm đánh giá mới</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+8" />
        <source>at least two team members</source>
        <translation>ít nhất hai thành viên nhóm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a role for every member</source>
        <translation>vai trò của từng thành viên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>who in management committed</source>
        <translation>người cam kết trong ban lãnh đạo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the process steps</source>
        <translation>các công đoạn sản xuất</translation>
    </message>
    <message>
        <location line="+1" />
        <source>inputs and outputs of every step</source>
        <translation>đầu vào và đầu ra của mọi công đoạn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>criteria and scores</source>
        <translation>tiêu chí và điểm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the chosen audit focus</source>
        <translation>trọng tâm đánh giá đã chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the unit operations</source>
        <translation>các công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the flows between unit operations</source>
        <translation>các dòng giữa các công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the flows of the balance</source>
        <translation>các dòng của cân bằng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a balance of every unit operation</source>
        <translation>cân bằng của mọi công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the waste streams</source>
        <translation>các dòng thải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a cost for every waste stream</source>
        <translation>chi phí của mọi dòng thải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>causes of every waste stream</source>
        <translation>nguyên nhân của mọi dòng thải</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a reason for every rejected option</source>
        <translation>lý do của mọi cơ hội bị loại bỏ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a technical check of every option kept</source>
        <translation>kiểm tra kỹ thuật của mọi giải pháp được giữ lại</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the savings of every option kept</source>
        <translation>mức tiết kiệm của mọi giải pháp được giữ lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the grid emission factor</source>
        <translation>hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>environmental effects</source>
        <translation>tác động môi trường</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the options selected</source>
        <translation>các giải pháp được chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an owner and a start date for every selected option</source>
        <translation>người phụ trách và ngày bắt đầu của mọi giải pháp được chọn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every selected option implemented</source>
        <translation>mọi giải pháp được chọn đã thực hiện</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a measured period after the baseline</source>
        <translation>một kỳ đo đếm sau kỳ cơ sở</translation>
    </message>
    <message>
        <location line="+3" />
        <source>verified savings</source>
        <translation>tiết kiệm đã kiểm chứng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>actions to sustain CP</source>
        <translation>hành động duy trì SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the next audit focus</source>
        <translation>trọng tâm đánh giá tiếp theo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Still needed: {items}.</source>
        <translation>Còn thiếu: {items}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="-25" />
        <source>By-product</source>
        <translation>Sản phẩm phụ</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+33" />
        <source>Waste</source>
        <translation>Chất thải</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Emission</source>
        <translation>Khí thải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stock change</source>
        <translation>Thay đổi tồn kho</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Metered</source>
        <translation>Đo đếm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calculated</source>
        <translation>Tính toán</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Estimated</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Input materials</source>
        <translation>Nguyên liệu đầu vào</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Process control</source>
        <translation>Kiểm soát quá trình</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personnel</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waste handling</source>
        <translation>Quản lý chất thải</translation>
    </message>
    <message>
        <location line="+11" />
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Measured</source>
        <translation>Đo đếm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location line="+7" />
        <source>MOIT factors (electricity as primary energy)</source>
        <translation>Hệ số của Bộ Công Thương (điện tính theo năng lượng sơ cấp)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Final energy (electricity at 3.6 MJ/kWh)</source>
        <translation>Năng lượng cuối cùng (điện 3,6 MJ/kWh)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../ui/models.py" line="+40" />
        <source>{percent} increase</source>
        <translation>tăng {percent}</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Against target</source>
        <translation>So với mục tiêu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Saving = (baseline - current) / baseline specific consumption. A negative saving is an increase.</source>
        <translation>Tiết kiệm = (suất tiêu hao kỳ cơ sở − kỳ so sánh) / suất tiêu hao kỳ cơ sở. Tiết kiệm âm nghĩa là tiêu hao tăng.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CP option</source>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Net annual saving</source>
        <translation>Tiết kiệm ròng
hằng năm</translation>
    </message>
    <message>
        <location line="-97" />
        <source>Projected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current</source>
        <translation>Kỳ hiện tại</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Baseline</source>
        <translation>Kỳ cơ sở</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Specific consumption in the baseline period, per unit of product.</source>
        <translation>Suất tiêu hao trong kỳ cơ sở, trên một đơn vị sản phẩm.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Specific consumption in the period compared, per unit of product.</source>
        <translation>Suất tiêu hao trong kỳ so sánh, trên một đơn vị sản phẩm.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Specific consumption projected from the implemented options: the baseline less their estimated savings, at unchanged output.</source>
        <translation>Suất tiêu hao dự kiến từ các giải pháp đã thực hiện: kỳ cơ sở trừ đi mức tiết kiệm ước tính của các giải pháp, với sản lượng không đổi.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>{what}
({currency})</source>
        <translation>{what}
({currency})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Payback
(years)</source>
        <translation>Thời gian
hoàn vốn (năm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Net present value: -investment + the discounted net savings of years 1 to n; the investment is not discounted.</source>
        <translation>Giá trị hiện tại ròng (NPV): −vốn đầu tư + tiết kiệm ròng đã chiết khấu của các năm 1 đến n; vốn đầu tư không được chiết khấu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Internal rate of return, per year: the rate at which the NPV is zero.</source>
        <translation>Tỷ lệ hoàn vốn nội tại (IRR), theo năm: tỷ suất chiết khấu tại đó NPV bằng không.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Simple payback = investment / net annual saving.</source>
        <translation>Thời gian hoàn vốn giản đơn = vốn đầu tư / tiết kiệm ròng hằng năm.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>CP technique: {technique}</source>
        <translation>Kỹ thuật SXSH: {technique}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Screening: {screening}</source>
        <translation>Sàng lọc: {screening}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../ui/tables.py" line="+170" />
        <source>Computed: not edited here.</source>
        <translation>Giá trị tính toán: không sửa ở đây.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Change “{column}”</source>
        <translation>Sửa “{column}”</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A code is needed: other tables refer to this row by it.</source>
        <translation>Cần có mã: các bảng khác tham chiếu đến dòng này bằng mã.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The code “{code}” is already used: choose another.</source>
        <translation>Mã “{code}” đã được dùng: hãy chọn mã khác.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Paste into “{table}”</source>
        <translation>Dán vào “{table}”</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} pasted cells could not be stored; they are marked in red.</source>
        <translation>{count} ô được dán không lưu được; các ô đó được tô đỏ.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Clear cells</source>
        <translation>Xóa nội dung ô</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Rows cannot be added here.</source>
        <translation>Không thêm dòng được ở đây.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Add a row to “{table}”</source>
        <translation>Thêm dòng vào “{table}”</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+273" />
        <source>Remove rows</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location line="-272" />
        <source>Other data depend on the rows you are removing.</source>
        <translation>Có dữ liệu khác phụ thuộc vào các dòng bạn đang xóa.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Remove rows from “{table}”</source>
        <translation>Xóa dòng khỏi “{table}”</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} × removed: {what}</source>
        <translation>{count} × bị xóa: {what}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} × reference emptied: {what}</source>
        <translation>{count} × bị bỏ tham chiếu: {what}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit ▸ Undo brings everything back.</source>
        <translation>Sửa ▸ Hoàn tác sẽ khôi phục tất cả.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>products</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>resources</source>
        <translation>tài nguyên</translation>
    </message>
    <message>
        <location line="+1" />
        <source>periods</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>production records</source>
        <translation>số liệu sản lượng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consumption records</source>
        <translation>số liệu tiêu thụ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>allocations</source>
        <translation>phân bổ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CP options</source>
        <translation>giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1" />
        <source>team members</source>
        <translation>thành viên nhóm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>process steps</source>
        <translation>công đoạn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>inputs and outputs of steps</source>
        <translation>đầu vào và đầu ra của công đoạn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>focus criteria</source>
        <translation>tiêu chí chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>focus scores</source>
        <translation>điểm chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unit operations</source>
        <translation>công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+1" />
        <source>balance flows</source>
        <translation>dòng cân bằng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waste streams</source>
        <translation>dòng thải</translation>
    </message>
    <message>
        <location line="+1" />
        <source>causes</source>
        <translation>nguyên nhân</translation>
    </message>
    <message>
        <location line="+1" />
        <source>technical checks</source>
        <translation>kiểm tra kỹ thuật</translation>
    </message>
    <message>
        <location line="+1" />
        <source>environmental effects</source>
        <translation>tác động môi trường</translation>
    </message>
    <message>
        <location line="+1" />
        <source>implementation plans</source>
        <translation>kế hoạch thực hiện</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verified savings</source>
        <translation>tiết kiệm đã kiểm chứng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sustaining actions</source>
        <translation>hành động duy trì</translation>
    </message>
    <message>
        <location line="+1" />
        <source>savings of options</source>
        <translation>mức tiết kiệm của giải pháp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waste streams or causes an option addresses</source>
        <translation>dòng thải hoặc nguyên nhân mà giải pháp giải quyết</translation>
    </message>
    <message>
        <location line="+3" />
        <source>options selected for implementation</source>
        <translation>giải pháp được chọn để thực hiện</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the chosen audit focus</source>
        <translation>trọng tâm đánh giá đã chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the baseline or current period</source>
        <translation>kỳ cơ sở hoặc kỳ hiện tại</translation>
    </message>
    <message>
        <location line="+206" />
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add a row at the end of the table</source>
        <translation>Thêm một dòng ở cuối bảng</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove the rows of the selected cells</source>
        <translation>Xóa các dòng có ô đang chọn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type to edit a cell; Ctrl+V pastes a block copied from a spreadsheet; Delete empties the selected cells; Ctrl+Z undoes.</source>
        <translation>Gõ để sửa ô; Ctrl+V dán một khối sao chép từ bảng tính; Delete xóa nội dung các ô đang chọn; Ctrl+Z hoàn tác.</translation>
    </message>
</context>
</TS>