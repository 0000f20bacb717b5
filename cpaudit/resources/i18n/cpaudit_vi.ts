<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+248"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent projects</source>
        <translation>Dự án gần đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Dự án mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty project</source>
        <translation>Tạo một dự án mới, chưa có dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project file (*.cpaudit)</source>
        <translation>Mở một tệp dự án (*.cpaudit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project to its file</source>
        <translation>Lưu dự án vào tệp hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Lưu với tê&amp;n khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the project to a new file</source>
        <translation>Lưu dự án vào một tệp mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Xuất báo cáo PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the assessment report as a PDF in the interface language</source>
        <translation>Xuất báo cáo đánh giá ra tệp PDF bằng ngôn ngữ của giao diện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleaner-production assessment: specific consumption, savings against the national targets, CP options and the report.

Open a project file or start a new project.</source>
        <translation>Đánh giá sản xuất sạch hơn: suất tiêu hao, mức tiết kiệm so với mục tiêu quốc gia, các giải pháp SXSH và báo cáo.

Hãy mở một tệp dự án hoặc tạo dự án mới.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project…</source>
        <translation>Dự án mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target scheme:</source>
        <translation>&amp;Kịch bản mục tiêu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving per resource class</source>
        <translation>Tiết kiệm theo nhóm tài nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP options</source>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The results cannot be computed: {error}
The details are in the log file {path}.</source>
        <translation>Không tính được kết quả: {error}
Chi tiết được ghi trong tệp nhật ký {path}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The national target the savings are judged against</source>
        <translation>Mục tiêu quốc gia dùng để đánh giá mức tiết kiệm</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Specific consumption and saving: {product}</source>
        <translation>Suất tiêu hao và mức tiết kiệm: {product}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specific consumption and saving per product</source>
        <translation>Suất tiêu hao và mức tiết kiệm theo sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Baseline: {period}</source>
        <translation>Kỳ cơ sở: {period}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with: projection from implemented options</source>
        <translation>So sánh với: dự kiến từ các giải pháp đã thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with: {period}</source>
        <translation>So sánh với: {period}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>The project could not be opened</source>
        <translation>Không mở được dự án</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>There is no file {path}.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened {name}</source>
        <translation>Đã mở {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save project as</source>
        <translation>Lưu dự án với tên khác</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project could not be saved</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cpaudit projects (*.cpaudit);;All files (*)</source>
        <translation>Dự án cpaudit (*.cpaudit);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+43"/>
        <source>Please wait: a file is being written.</source>
        <translation>Vui lòng chờ: đang ghi tệp.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project “{name}” has changes that are not saved.</source>
        <translation>Dự án “{name}” có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to save them?</source>
        <translation>Bạn có muốn lưu các thay đổi này không?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Removed from the recent projects, file not found: {files}</source>
        <translation>Đã bỏ khỏi danh sách dự án gần đây vì không tìm thấy tệp: {files}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No recent projects</source>
        <translation>Chưa có dự án gần đây</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>Export PDF report</source>
        <translation>Xuất báo cáo PDF</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing the report {name}…</source>
        <translation>Đang xuất báo cáo {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling the report…</source>
        <translation>Đang hủy xuất báo cáo…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report written: {path}</source>
        <translation>Đã xuất báo cáo: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was cancelled.</source>
        <translation>Đã hủy xuất báo cáo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be written</source>
        <translation>Không xuất được báo cáo</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+68"/>
        <location line="+28"/>
        <source>Product 1</source>
        <translation>Sản phẩm 1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new project starts with one product and one baseline period. You can rename both and add data later.</source>
        <translation>Dự án mới gồm một sản phẩm và một kỳ cơ sở. Bạn có thể đổi tên và bổ sung dữ liệu sau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Establishment name:</source>
        <translation>&amp;Tên cơ sở sản xuất:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product:</source>
        <translation>&amp;Sản phẩm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Hong Ha Brewery</source>
        <translation>ví dụ: Công ty Bia Hồng Hà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../ui/chart.py" line="+58"/>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No class saving can be computed.</source>
        <translation>Không tính được mức tiết kiệm của nhóm nào.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Target band {low}–{high} %</source>
        <translation>Khoảng mục tiêu {low}–{high} %</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving per unit of product (%)</source>
        <translation>Tiết kiệm trên đơn vị sản phẩm (%)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+27"/>
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
        <location line="+23"/>
        <source>Unexpected error</source>
        <translation>Lỗi không lường trước</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+18"/>
        <source>Within target</source>
        <translation>Đạt mục tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below target</source>
        <translation>Dưới mục tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond target</source>
        <translation>Vượt mục tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not defined</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The saving lies inside the target band of {scheme}.</source>
        <translation>Mức tiết kiệm nằm trong khoảng mục tiêu của {scheme}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saving is less than the target band of {scheme}.</source>
        <translation>Mức tiết kiệm thấp hơn khoảng mục tiêu của {scheme}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saving is more than the target band of {scheme}.</source>
        <translation>Mức tiết kiệm cao hơn khoảng mục tiêu của {scheme}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{scheme} sets no target for this resource class.</source>
        <translation>{scheme} không đặt mục tiêu cho nhóm tài nguyên này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saving cannot be computed, so it cannot be judged.</source>
        <translation>Không tính được mức tiết kiệm nên không thể đánh giá.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fuels</source>
        <translation>Nhiên liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Nguyên vật liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implemented</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not implemented</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Implement now</source>
        <translation>Thực hiện ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study further</source>
        <translation>Cần nghiên cứu thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Good housekeeping</source>
        <translation>Quản lý nội vi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input material change</source>
        <translation>Thay đổi nguyên liệu đầu vào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Better process control</source>
        <translation>Kiểm soát quá trình tốt hơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment modification</source>
        <translation>Cải tiến thiết bị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technology change</source>
        <translation>Thay đổi công nghệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-site recovery and reuse</source>
        <translation>Thu hồi và tái sử dụng tại chỗ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production of useful by-products</source>
        <translation>Sản xuất sản phẩm phụ hữu ích</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product modification</source>
        <translation>Cải tiến sản phẩm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>n/a</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The baseline specific consumption is zero, so no saving can be computed.</source>
        <translation>Suất tiêu hao kỳ cơ sở bằng không nên không tính được mức tiết kiệm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No production is recorded for this product in the period.</source>
        <translation>Không có số liệu sản lượng của sản phẩm này trong kỳ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consumption is recorded in the baseline period.</source>
        <translation>Không có số liệu tiêu thụ trong kỳ cơ sở.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consumption is recorded in the current period.</source>
        <translation>Không có số liệu tiêu thụ trong kỳ hiện tại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plant&apos;s use of {what} is not shared out between its products.</source>
        <translation>Lượng {what} tiêu thụ của toàn nhà máy chưa được phân bổ cho từng sản phẩm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} cannot be put on a common basis: its heating value or price is missing.</source>
        <translation>Không quy đổi được {what} về cùng một cơ sở: thiếu nhiệt trị hoặc đơn giá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The implemented options save more {what} than was used.</source>
        <translation>Các giải pháp đã thực hiện tiết kiệm nhiều {what} hơn lượng đã sử dụng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saving of {what} has neither a money value nor a price.</source>
        <translation>Phần tiết kiệm {what} không có giá trị bằng tiền cũng không có đơn giá.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The option saves no money, so it never pays back.</source>
        <translation>Giải pháp không tiết kiệm được tiền nên không thể hoàn vốn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No internal rate of return exists for these cash flows.</source>
        <translation>Không tồn tại tỷ lệ hoàn vốn nội tại (IRR) cho các dòng tiền này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a resource</source>
        <translation>một loại tài nguyên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kW-month</source>
        <translation>kW-tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short ton</source>
        <translation>tấn Mỹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAC W0 unit</source>
        <translation>đơn vị W0 (IAC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bbl</source>
        <translation>thùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>piece</source>
        <translation>cái</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../ui/models.py" line="+40"/>
        <source>{percent} increase</source>
        <translation>tăng {percent}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against target</source>
        <translation>So với mục tiêu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving = (baseline - current) / baseline specific consumption. A negative saving is an increase.</source>
        <translation>Tiết kiệm = (suất tiêu hao kỳ cơ sở − kỳ so sánh) / suất tiêu hao kỳ cơ sở. Tiết kiệm âm nghĩa là tiêu hao tăng.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP option</source>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net annual saving</source>
        <translation>Tiết kiệm ròng
hằng năm</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Projected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current</source>
        <translation>Kỳ hiện tại</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline</source>
        <translation>Kỳ cơ sở</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Specific consumption in the baseline period, per unit of product.</source>
        <translation>Suất tiêu hao trong kỳ cơ sở, trên một đơn vị sản phẩm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specific consumption in the period compared, per unit of product.</source>
        <translation>Suất tiêu hao trong kỳ so sánh, trên một đơn vị sản phẩm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Specific consumption projected from the implemented options: the baseline less their estimated savings, at unchanged output.</source>
        <translation>Suất tiêu hao dự kiến từ các giải pháp đã thực hiện: kỳ cơ sở trừ đi mức tiết kiệm ước tính của các giải pháp, với sản lượng không đổi.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{what}
({currency})</source>
        <translation>{what}
({currency})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payback
(years)</source>
        <translation>Thời gian
hoàn vốn (năm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net present value: -investment + the discounted net savings of years 1 to n; the investment is not discounted.</source>
        <translation>Giá trị hiện tại ròng (NPV): −vốn đầu tư + tiết kiệm ròng đã chiết khấu của các năm 1 đến n; vốn đầu tư không được chiết khấu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal rate of return, per year: the rate at which the NPV is zero.</source>
        <translation>Tỷ lệ hoàn vốn nội tại (IRR), theo năm: tỷ suất chiết khấu tại đó NPV bằng không.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simple payback = investment / net annual saving.</source>
        <translation>Thời gian hoàn vốn giản đơn = vốn đầu tư / tiết kiệm ròng hằng năm.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CP technique: {technique}</source>
        <translation>Kỹ thuật SXSH: {technique}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screening: {screening}</source>
        <translation>Sàng lọc: {screening}</translation>
    </message>
</context>
</TS>
