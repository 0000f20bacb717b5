<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BalancePage</name>
    <message>
        <location filename="../../ui/pages/analysis.py" line="+162"/>
        <source>Unit operation</source>
        <translation>Công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flow</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>Lượng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the balance period; a stock change may be negative</source>
        <translation>Trong kỳ cân bằng; thay đổi tồn kho có thể âm</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+101"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Figure is</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes on to</source>
        <translation>Đi tiếp đến</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balance flows</source>
        <translation>Các dòng cân bằng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs = products + by-products + wastes + stock change</source>
        <translation>Đầu vào = sản phẩm + sản phẩm phụ + chất thải + thay đổi tồn kho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance of each unit operation</source>
        <translation>Cân bằng của từng công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Balance period</source>
        <translation>Kỳ cân bằng</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>For each unit operation over the balance period: what goes in, what comes out and what stays in stock. The closure error shows how far the figures can be trusted; say for each figure whether it was metered, calculated or estimated.</source>
        <translation>Với mỗi công đoạn đơn vị trong kỳ cân bằng: cái gì đi vào, cái gì đi ra và cái gì còn lại trong kho. Sai số cân bằng cho thấy số liệu đáng tin đến đâu; ghi rõ mỗi số liệu được đo đếm, tính toán hay ước tính.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance period:</source>
        <translation>Kỳ cân bằng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. March 2025, 20 production days</source>
        <translation>ví dụ: tháng 3/2025, 20 ngày sản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram:</source>
        <translation>Sơ đồ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the diagram&apos;s data…</source>
        <translation>Xuất số liệu của sơ đồ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the flows of the diagram as a CSV file</source>
        <translation>Lưu các dòng của sơ đồ ra tệp CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Operation</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inputs</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock
change</source>
        <translation>Thay đổi
tồn kho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure
error</source>
        <translation>Sai số
cân bằng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metered</source>
        <translation>Đo đếm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(inputs − outputs − stock change) / inputs</source>
        <translation>(đầu vào − đầu ra − thay đổi tồn kho) / đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the inputs and outputs, by amount, that was metered</source>
        <translation>Tỷ lệ (theo lượng) của đầu vào và đầu ra được đo đếm</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The inputs are zero.</source>
        <translation>Đầu vào bằng không.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export the diagram&apos;s data</source>
        <translation>Xuất số liệu của sơ đồ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written: {path}</source>
        <translation>Đã ghi: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written</source>
        <translation>Không ghi được tệp</translation>
    </message>
</context>
<context>
    <name>CausesPage</name>
    <message>
        <location line="+118"/>
        <source>Add a waste stream first (task 6).</source>
        <translation>Hãy thêm một dòng thải trước (nhiệm vụ 6).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waste stream</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Nhóm nguyên nhân</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Causes of each waste stream</source>
        <translation>Nguyên nhân của từng dòng thải</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why is each waste stream there? Tag each cause with where it lies: input materials, technology, process control, equipment, personnel, waste handling or the product.</source>
        <translation>Vì sao có dòng thải này? Gắn mỗi nguyên nhân với nhóm của nó: nguyên liệu đầu vào, công nghệ, kiểm soát quá trình, thiết bị, nhân sự, quản lý chất thải hay sản phẩm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waste streams without a cause yet: {streams}</source>
        <translation>Dòng thải chưa có nguyên nhân: {streams}</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/pages/data.py" line="+108"/>
        <source>The plant and its data</source>
        <translation>Cơ sở sản xuất và số liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the assessment is computed from: the establishment, its products and the resources it uses, the periods, and the production and consumption of each period. A period after the baseline, measured, lets task 16 compare before and after.</source>
        <translation>Số liệu để tính đánh giá: cơ sở sản xuất, sản phẩm và các tài nguyên sử dụng, các kỳ, sản lượng và tiêu thụ của từng kỳ. Một kỳ đo đếm sau kỳ cơ sở cho phép nhiệm vụ 16 so sánh trước và sau.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry code</source>
        <translation>Mã ngành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design capacity</source>
        <translation>Công suất thiết kế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employees</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Đơn vị tiền tệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental status</source>
        <translation>Hiện trạng môi trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Lịch sử hình thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+29"/>
        <location line="+99"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+149"/>
        <location line="+71"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Production unit</source>
        <translation>Đơn vị sản lượng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit production is recorded in, e.g. t, hl</source>
        <translation>Đơn vị ghi sản lượng, ví dụ t, hl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported per</source>
        <translation>Tính trên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit specific consumption is shown per; empty: the production unit</source>
        <translation>Đơn vị dùng để tính suất tiêu hao; để trống: đơn vị sản lượng</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Products</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+145"/>
        <location line="+40"/>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Class</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+120"/>
        <location line="+33"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Energy carrier</source>
        <translation>Dạng năng lượng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The carrier in MOIT&apos;s TOE table, for energy totals and CO₂</source>
        <translation>Dạng năng lượng trong bảng quy đổi TOE của Bộ Công Thương, dùng để cộng năng lượng và tính CO₂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} per unit</source>
        <translation>{currency}/đơn vị</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heating value</source>
        <translation>Nhiệt trị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GJ per unit</source>
        <translation>GJ/đơn vị</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resources</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources used (energy, fuels, materials, water)</source>
        <translation>Tài nguyên sử dụng (năng lượng, nhiên liệu, nguyên vật liệu, nước)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Production in {unit} cannot be reported per {report}: the two units do not measure the same thing.</source>
        <translation>Sản lượng tính bằng {unit} không quy đổi được sang {report}: hai đơn vị này không đo cùng một đại lượng.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <source>Add a period first.</source>
        <translation>Hãy thêm một kỳ trước.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+16"/>
        <source>Add a product first.</source>
        <translation>Hãy thêm một sản phẩm trước.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>Add a resource first.</source>
        <translation>Hãy thêm một tài nguyên trước.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <location line="+25"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Periods</source>
        <translation>Các kỳ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>Quantity</source>
        <translation>Lượng</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+2"/>
        <source>Production</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For product</source>
        <translation>Cho sản phẩm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the whole plant&apos;s use</source>
        <translation>Để trống: lượng dùng của toàn nhà máy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+136"/>
        <source>Consumption</source>
        <translation>Tiêu thụ</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allocations</source>
        <translation>Phân bổ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shares of plant-level use (several products only)</source>
        <translation>Phân bổ lượng dùng chung của nhà máy (chỉ khi có nhiều sản phẩm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Projection from the implemented options</source>
        <translation>Dự kiến từ các giải pháp đã thực hiện</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Baseline period</source>
        <translation>Kỳ cơ sở</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compared with</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target scheme</source>
        <translation>Kịch bản mục tiêu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Energy basis</source>
        <translation>Cơ sở quy đổi năng lượng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default lifetime of an option (years)</source>
        <translation>Tuổi thọ mặc định của giải pháp (năm)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default discount rate (% a year)</source>
        <translation>Tỷ suất chiết khấu mặc định (%/năm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where the defaults come from</source>
        <translation>Nguồn của các giá trị mặc định</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Establishment</source>
        <translation>Cơ sở sản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products and resources</source>
        <translation>Sản phẩm và tài nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods and production</source>
        <translation>Các kỳ và sản lượng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An option&apos;s own lifetime and discount rate (task 11) replace the defaults. With no measured period after the baseline, the current state is projected from the savings of the options marked implemented.</source>
        <translation>Tuổi thọ và tỷ suất chiết khấu riêng của từng giải pháp (nhiệm vụ 11) được dùng thay cho giá trị mặc định. Khi chưa có kỳ đo đếm sau kỳ cơ sở, hiện trạng được dự kiến từ mức tiết kiệm của các giải pháp đã đánh dấu là đã thực hiện.</translation>
    </message>
</context>
<context>
    <name>EconomicsPage</name>
    <message>
        <location filename="../../ui/pages/options.py" line="+395"/>
        <source>{currency}/year</source>
        <translation>{currency}/năm</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+244"/>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Operating
cost change</source>
        <translation>Thay đổi
chi phí
vận hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positive: the option costs more to run</source>
        <translation>Dương: giải pháp làm tăng chi phí vận hành</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime</source>
        <translation>Tuổi thọ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+10"/>
        <source>Empty: the project&apos;s default</source>
        <translation>Để trống: giá trị mặc định của dự án</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Discount
rate</source>
        <translation>Tỷ suất
chiết khấu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Net annual
saving</source>
        <translation>Tiết kiệm
ròng
hằng năm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payback</source>
        <translation>Hoàn vốn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+191"/>
        <source>IRR</source>
        <translation>IRR</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Economics</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment and cash flows of each option</source>
        <translation>Vốn đầu tư và dòng tiền của từng giải pháp</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose an option in the table above first.</source>
        <translation>Hãy chọn một giải pháp ở bảng trên trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the resources first (Plant and data).</source>
        <translation>Hãy thêm tài nguyên trước (Cơ sở sản xuất và số liệu).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved
per year</source>
        <translation>Tiết kiệm
mỗi năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative: the option uses more</source>
        <translation>Âm: giải pháp làm tăng tiêu thụ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Money saved</source>
        <translation>Tiền tiết kiệm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: the quantity × the resource&apos;s price</source>
        <translation>Để trống: lượng × đơn giá của tài nguyên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Savings of the option</source>
        <translation>Mức tiết kiệm của giải pháp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sensitivity: investment and saving ±20 %</source>
        <translation>Độ nhạy: vốn đầu tư và tiết kiệm ±20 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default lifetime (years)</source>
        <translation>Tuổi thọ mặc định (năm)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default discount rate (%)</source>
        <translation>Tỷ suất chiết khấu mặc định (%)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Investment, the change in operating cost and the yearly saving in money and in quantities give the payback, the NPV and the IRR; the sensitivity table shows them with the investment and the saving 20 % higher or lower.</source>
        <translation>Vốn đầu tư, thay đổi chi phí vận hành và mức tiết kiệm hằng năm (bằng tiền và bằng lượng) cho ra thời gian hoàn vốn, NPV và IRR; bảng độ nhạy cho thấy các chỉ tiêu này khi vốn đầu tư và mức tiết kiệm cao hơn hoặc thấp hơn 20 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default lifetime (years):</source>
        <translation>Tuổi thọ mặc định (năm):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default discount rate (%):</source>
        <translation>Tỷ suất chiết khấu mặc định (%):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Savings: choose an option above</source>
        <translation>Mức tiết kiệm: hãy chọn một giải pháp ở trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings of {code}</source>
        <translation>Mức tiết kiệm của {code}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Saving</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback
(years)</source>
        <translation>Thời gian
hoàn vốn (năm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV
({currency})</source>
        <translation>NPV
({currency})</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <location line="+81"/>
        <source>Grid emission factor</source>
        <translation>Hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Source of the factor</source>
        <translation>Nguồn của hệ số</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Effect of each option&apos;s savings per year</source>
        <translation>Tác động hằng năm của mức tiết kiệm từng giải pháp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No opportunity is kept after screening (task 9).</source>
        <translation>Không có cơ hội nào được giữ lại sau sàng lọc (nhiệm vụ 9).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+154"/>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Aspect</source>
        <translation>Khía cạnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effect</source>
        <translation>Tác động</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduction
per year</source>
        <translation>Mức giảm
mỗi năm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positive is a reduction</source>
        <translation>Dương là giảm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environmental effects</source>
        <translation>Tác động môi trường</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other environmental effects (waste, emissions, water)</source>
        <translation>Các tác động môi trường khác (chất thải, khí thải, nước)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What each option changes for the environment: energy, water, waste and CO₂. Electricity&apos;s CO₂ uses the grid emission factor stated here; fuels use the IPCC 2006 factors.</source>
        <translation>Mỗi giải pháp thay đổi gì đối với môi trường: năng lượng, nước, chất thải và CO₂. CO₂ của điện tính theo hệ số phát thải lưới điện ghi ở đây; nhiên liệu theo hệ số IPCC 2006.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid emission factor:</source>
        <translation>Hệ số phát thải lưới điện:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Viet Nam&apos;s factor of</source>
        <translation>Dùng hệ số của Việt Nam năm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{year} (unofficial estimate)</source>
        <translation>{year} (ước tính, không chính thức)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The combined-margin factor announced by the Department of Climate Change</source>
        <translation>Hệ số biên kết hợp (CM) do Cục Biến đổi khí hậu công bố</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>No savings are entered for this option (task 11).</source>
        <translation>Giải pháp này chưa có mức tiết kiệm nào (nhiệm vụ 11).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CO₂ of the other savings only. {why}</source>
        <translation>Chỉ gồm CO₂ của các mức tiết kiệm khác. {why}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No emission factor is known for {codes}.</source>
        <translation>Chưa có hệ số phát thải cho {codes}.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Who published the factor, and when</source>
        <translation>Cơ quan công bố hệ số, và thời điểm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An unofficial estimate by researchers, not announced by the Department of Climate Change: not the official factor</source>
        <translation>Ước tính không chính thức của các nhà nghiên cứu, không do Cục Biến đổi khí hậu công bố: không phải hệ số chính thức</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unofficial grid emission factor</source>
        <translation>Hệ số phát thải lưới điện không chính thức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The factor of {year}, {value} t CO₂/MWh, is an unofficial estimate: the Department of Climate Change has not announced it.</source>
        <translation>Hệ số năm {year}, {value} t CO₂/MWh, là ước tính không chính thức: Cục Biến đổi khí hậu chưa công bố hệ số này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest announced factor is that of {latest}. Use the estimate anyway? The source will say it is unofficial.</source>
        <translation>Hệ số công bố gần nhất là của năm {latest}. Vẫn dùng giá trị ước tính? Phần nguồn sẽ ghi rõ là không chính thức.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use the grid emission factor of {year}</source>
        <translation>Dùng hệ số phát thải lưới điện năm {year}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy
(GJ)</source>
        <translation>Năng lượng
(GJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CO₂ avoided
(t)</source>
        <translation>CO₂ giảm
(t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biogenic CO₂
(t)</source>
        <translation>CO₂ sinh học
(t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No CO₂ factor for</source>
        <translation>Chưa có hệ số CO₂ cho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy saved per year, on the project&apos;s energy basis</source>
        <translation>Năng lượng tiết kiệm mỗi năm, theo cơ sở quy đổi của dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fossil CO₂ avoided per year; negative: added</source>
        <translation>CO₂ hóa thạch giảm được mỗi năm; âm: tăng thêm</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>Without a grid emission factor, electricity counts no CO₂.</source>
        <translation>Chưa có hệ số phát thải lưới điện nên điện không được tính CO₂.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The grid emission factor in use, of {year}, is an unofficial estimate, not announced by the Department of Climate Change.</source>
        <translation>Hệ số phát thải lưới điện đang dùng, của năm {year}, là ước tính không chính thức, không do Cục Biến đổi khí hậu công bố.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Savings of {codes} count no CO₂: no emission factor is known for them.</source>
        <translation>Mức tiết kiệm của {codes} không được tính CO₂: chưa có hệ số phát thải cho chúng.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+900"/>
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or spreadsheet file (XLSX, XLS, ODS) with production and consumption. Choose the sheet and the row that holds the column headers; click a row below to make it the header row.</source>
        <translation>Tệp CSV hoặc bảng tính (XLSX, XLS, ODS) chứa sản lượng và tiêu thụ. Chọn trang tính và dòng chứa tiêu đề cột; bấm vào một dòng bên dưới để chọn dòng đó làm dòng tiêu đề.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Chọn một tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the text of the CSV file is written. Excel on a Vietnamese Windows often writes cp1258; if the letters below look wrong, choose another encoding.</source>
        <translation>Cách mã hóa chữ trong tệp CSV. Excel trên Windows tiếng Việt thường ghi cp1258; nếu chữ bên dưới hiển thị sai, hãy chọn bảng mã khác.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Separator:</source>
        <translation>Dấu &amp;phân cách:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma ,</source>
        <translation>dấu phẩy ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon ;</source>
        <translation>dấu chấm phẩy ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bar |</source>
        <translation>gạch đứng |</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;heet:</source>
        <translation>Tr&amp;ang tính:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header &amp;row:</source>
        <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data are read from the row below it. Headers may carry units: Electricity (kWh).</source>
        <translation>Số liệu được đọc từ dòng ngay bên dưới. Tiêu đề có thể ghi đơn vị: Điện (kWh).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets and CSV files ({extensions});;All files (*)</source>
        <translation>Bảng tính và tệp CSV ({extensions});;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the file was stopped.</source>
        <translation>Đã dừng đọc tệp.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(a guess: check the letters below)</source>
        <translation>(đoán: hãy kiểm tra chữ bên dưới)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a CSV file</source>
        <translation>tệp CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel workbook (XLSX)</source>
        <translation>bảng tính Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Excel 97–2003 workbook (XLS)</source>
        <translation>bảng tính Excel 97–2003 (XLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an OpenDocument spreadsheet (ODS)</source>
        <translation>bảng tính OpenDocument (ODS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, sheet “{sheet}”</source>
        <translation>, trang tính “{sheet}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {kind}{where}: {rows} rows of {columns} columns, all shown below.</source>
        <translation>{file} là {kind}{where}: {rows} dòng, {columns} cột, tất cả ở dưới đây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {kind}{where}: {rows} rows of {columns} columns. The first {shown} are shown; every row is checked before anything is imported.</source>
        <translation>{file} là {kind}{where}: {rows} dòng, {columns} cột. Dưới đây là {shown} dòng đầu; mọi dòng đều được kiểm tra trước khi nhập.</translation>
    </message>
</context>
<context>
    <name>FlowChartPage</name>
    <message>
        <location filename="../../ui/pages/analysis.py" line="-466"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit operation</source>
        <translation>Công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit operations</source>
        <translation>Công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit operations of the focus, in order</source>
        <translation>Các công đoạn đơn vị của trọng tâm, theo thứ tự</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flow</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes on to</source>
        <translation>Đi tiếp đến</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flows</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flows (quantities in task 5)</source>
        <translation>Các dòng (nhập lượng ở nhiệm vụ 5)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Break the focus into unit operations and say where each output goes: the chart is drawn from these rows. Inputs come in from the left, outputs leave to the right.</source>
        <translation>Chia trọng tâm thành các công đoạn đơn vị và ghi mỗi đầu ra đi đâu: sơ đồ được vẽ từ các dòng này. Đầu vào đi vào từ bên trái, đầu ra đi ra bên phải.</translation>
    </message>
</context>
<context>
    <name>FocusPage</name>
    <message>
        <location filename="../../ui/pages/start.py" line="+441"/>
        <location line="+109"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus criteria</source>
        <translation>Tiêu chí chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria and their weights</source>
        <translation>Tiêu chí và trọng số</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ranking: weighted score</source>
        <translation>Xếp hạng: điểm có trọng số</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit focus</source>
        <translation>Trọng tâm đánh giá</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Score every process step on each criterion (for example 1 to 5); the weighted sum ranks them, and the most wasteful step becomes the audit focus.</source>
        <translation>Cho điểm từng công đoạn theo mỗi tiêu chí (ví dụ từ 1 đến 5); tổng điểm có trọng số xếp hạng các công đoạn, và công đoạn gây lãng phí nhất trở thành trọng tâm đánh giá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>Add the usual six criteria</source>
        <translation>Thêm sáu tiêu chí thường dùng</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Quantity and cost of waste, environmental weight, health and safety, regulatory pressure, CP potential; each with weight 1</source>
        <translation>Lượng và chi phí chất thải, mức độ ảnh hưởng môi trường, sức khỏe và an toàn, yêu cầu pháp lý, tiềm năng SXSH; mỗi tiêu chí trọng số 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores of each step</source>
        <translation>Điểm của từng công đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit focus:</source>
        <translation>Trọng tâm đánh giá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the top-ranked step</source>
        <translation>Chọn công đoạn xếp hạng đầu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted score</source>
        <translation>Điểm có trọng số</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the audit focus</source>
        <translation>Chọn trọng tâm đánh giá</translation>
    </message>
</context>
<context>
    <name>ImplementationPage</name>
    <message>
        <location filename="../../ui/pages/implement.py" line="+187"/>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Tên giải pháp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished on</source>
        <translation>Hoàn thành ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actual cost</source>
        <translation>Chi phí thực tế</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of each planned option</source>
        <translation>Tiến độ của từng giải pháp đã lập kế hoạch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark each option implemented when it is done, with its actual cost. Options marked implemented make the projected savings on the overview.</source>
        <translation>Đánh dấu giải pháp là đã thực hiện khi làm xong, kèm chi phí thực tế. Các giải pháp đã thực hiện tạo nên mức tiết kiệm dự kiến ở trang tổng quan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Implemented: {done} of {selected} selected options. Budget {budget} {currency}.</source>
        <translation>Đã thực hiện: {done} / {selected} giải pháp được chọn. Ngân sách {budget} {currency}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No actual cost is entered yet.</source>
        <translation>Chưa nhập chi phí thực tế nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spent {actual} {currency}.</source>
        <translation>Đã chi {actual} {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent {actual} {currency} on {entered} of {planned} options; {missing} still without an actual cost.</source>
        <translation>Đã chi {actual} {currency} cho {entered} / {planned} giải pháp; {missing} giải pháp chưa nhập chi phí thực tế.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-847"/>
        <source>Import data</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One row per period, one column per product or resource</source>
        <translation>Mỗi dòng một kỳ, mỗi cột một sản phẩm hoặc tài nguyên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One value per row (period, product or resource, quantity, unit)</source>
        <translation>Mỗi dòng một số liệu (kỳ, sản phẩm hoặc tài nguyên, số lượng, đơn vị)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter readings with date and time, added up to months</source>
        <translation>Chỉ số đồng hồ đo theo ngày giờ, cộng dồn theo tháng</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Vietnamese: 1.234,56</source>
        <translation>Kiểu Việt Nam: 1.234,56</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English: 1,234.56</source>
        <translation>Kiểu Anh: 1,234.56</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vietnamese</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>day/month/year (dd/mm/yyyy)</source>
        <translation>ngày/tháng/năm (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year (mm/dd/yyyy)</source>
        <translation>tháng/ngày/năm (mm/dd/yyyy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day (yyyy-mm-dd)</source>
        <translation>năm-tháng-ngày (yyyy-mm-dd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start date</source>
        <translation>Ngày bắt đầu kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end date</source>
        <translation>Ngày kết thúc kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Resource class</source>
        <translation>Loại tài nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Production of a product</source>
        <translation>Sản lượng của sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of a resource</source>
        <translation>Tiêu thụ tài nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of a resource</source>
        <translation>Chi phí tài nguyên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {row}</source>
        <translation>dòng {row}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column {column} ({header})</source>
        <translation>cột {column} ({header})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column {column}</source>
        <translation>cột {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole sheet</source>
        <translation>cả trang tính</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {count} more problems like the ones above</source>
        <translation>… và {count} lỗi khác tương tự như trên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” không phải là số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is a number only in the other number style; the file is read in {style} style. Change the number style if the whole file is written that way.</source>
        <translation>“{value}” chỉ là số theo kiểu ghi số còn lại; tệp đang được đọc theo kiểu {style}. Hãy đổi kiểu ghi số nếu cả tệp được ghi theo kiểu đó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{value}” reads differently in Vietnamese and English style, and the column does not settle which. Tick “Checked” for the column if the chosen style is right, or write the number unambiguously.</source>
        <translation>“{value}” có giá trị khác nhau theo kiểu Việt Nam và kiểu Anh, và các số khác trong cột không cho biết kiểu nào đúng. Đánh dấu “Đã kiểm tra” cho cột nếu kiểu đã chọn là đúng, hoặc ghi số sao cho chỉ có một cách hiểu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{value}” is not a finite number.</source>
        <translation>“{value}” không phải là số hữu hạn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cell shows the spreadsheet error {value}.</source>
        <translation>Ô đang hiện lỗi bảng tính {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cell holds a formula with no stored value: open the file in a spreadsheet program, let it calculate, and save it.</source>
        <translation>Ô chứa công thức nhưng chưa có giá trị đã tính: hãy mở tệp bằng chương trình bảng tính, để chương trình tính rồi lưu lại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cell is part of a merged cell: one value cannot belong to two rows; unmerge it.</source>
        <translation>Ô nằm trong một ô đã gộp: một giá trị không thể thuộc về hai dòng; hãy bỏ gộp ô.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” is not a date, or not a date that exists.</source>
        <translation>“{value}” không phải là ngày, hoặc là ngày không có thật.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” fits only another date order than {order}. Dates are never swapped: choose the order the file is written in.</source>
        <translation>“{value}” chỉ đúng theo một thứ tự ngày khác với {order}. Ngày tháng không bao giờ bị tự đảo: hãy chọn thứ tự mà tệp đã dùng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{value}” has a two-digit year: write the year in full.</source>
        <translation>“{value}” ghi năm bằng hai chữ số: hãy ghi đủ bốn chữ số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is in UTC, not the plant&apos;s local time: export local times.</source>
        <translation>“{value}” theo giờ UTC, không phải giờ địa phương của nhà máy: hãy xuất theo giờ địa phương.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” is not a period (a year, quarter, month, or a period of the project).</source>
        <translation>“{value}” không phải là một kỳ (năm, quý, tháng, hoặc một kỳ của dự án).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row has values but no period.</source>
        <translation>Dòng có số liệu nhưng không có kỳ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading is blank: a missing reading is not 0.</source>
        <translation>Chỉ số bị trống: thiếu chỉ số không có nghĩa là bằng 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reading is negative.</source>
        <translation>Chỉ số bị âm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is negative: production and use are never below zero (a stock change is not imported here).</source>
        <translation>“{value}” là số âm: sản lượng và lượng tiêu thụ không bao giờ nhỏ hơn 0 (thay đổi tồn kho không được nhập ở đây).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{value}” is negative: imported as a use given back (steam or power sold back). A stock change is not imported here: correct the file if it is one.</source>
        <translation>“{value}” là số âm: được nhập như lượng trả lại (hơi hoặc điện bán lại). Thay đổi tồn kho không được nhập ở đây: nếu đây là thay đổi tồn kho, hãy sửa tệp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The production is 0: imported, but the specific consumption of that period is not defined.</source>
        <translation>Sản lượng bằng 0: vẫn được nhập, nhưng suất tiêu hao của kỳ đó không xác định.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has readings but no date and time.</source>
        <translation>Dòng có chỉ số nhưng không có ngày giờ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row has no quantity.</source>
        <translation>Dòng không có số lượng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No values: skipped.</source>
        <translation>Không có số liệu: bỏ qua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A total or an average: skipped.</source>
        <translation>Dòng tổng hoặc trung bình: bỏ qua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet holds no values to import with this mapping.</source>
        <translation>Với cách ghép cột này, trang tính không có số liệu nào để nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet has no readings below the header.</source>
        <translation>Trang tính không có chỉ số nào bên dưới tiêu đề.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column that holds the periods.</source>
        <translation>Hãy chọn cột chứa các kỳ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column that holds the dates and times.</source>
        <translation>Hãy chọn cột chứa ngày giờ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the columns to import.</source>
        <translation>Hãy chọn các cột cần nhập.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(through row {row})</source>
        <translation>(đến dòng {row})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no rows below the header (row {0}) to import: choose another header row or another file.</source>
        <translation>Không có dòng nào bên dưới dòng tiêu đề (dòng {0}) để nhập: hãy chọn dòng tiêu đề khác hoặc tệp khác.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Readings at 00:00 that follow 23:xx of the same date: {0}. Each closes the day it is dated (read as 24:00 of that date).</source>
        <translation>Số chỉ số lúc 00:00 đứng sau 23:xx của cùng ngày: {0}. Mỗi chỉ số này khép lại ngày ghi trên nó (được đọc là 24:00 của ngày đó).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intervals that read exactly 0: {0} (starting {1}). They are kept as 0; a meter that did not report may show 0.</source>
        <translation>Khoảng đo có chỉ số bằng đúng 0: {0} (bắt đầu lúc {1}). Các chỉ số này được giữ là 0; đồng hồ không gửi số liệu cũng có thể hiện 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period {0} has {1} of the {2} readings a complete period needs: its total would be too small.</source>
        <translation>Kỳ {0} có {1} trong số {2} chỉ số cần cho một kỳ đủ: tổng của kỳ sẽ nhỏ hơn thực tế.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Readings missing after the interval starting {1}: {0}.</source>
        <translation>Số chỉ số bị thiếu sau khoảng đo bắt đầu lúc {1}: {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two readings for the interval starting {0}.</source>
        <translation>Có hai chỉ số cho khoảng đo bắt đầu lúc {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} is given twice, in rows {1} and {2}: keep one.</source>
        <translation>{0} được ghi hai lần, ở dòng {1} và {2}: hãy giữ một.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} converted to {1} (× {2}).</source>
        <translation>{0} được đổi sang {1} (× {2}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty cells, which hold no value and add nothing: {0} ({1}).</source>
        <translation>Số ô trống, không có giá trị và không cộng thêm gì: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(accepted)</source>
        <translation>(đã chấp nhận)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the month is cut short on purpose, go back and tick “Accept months with missing readings”.</source>
        <translation>Nếu tháng được cố ý lấy không trọn, hãy quay lại và đánh dấu “Chấp nhận tháng bị thiếu chỉ số”.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{file} is protected by a password: save an unprotected copy and import that.</source>
        <translation>{file} được bảo vệ bằng mật khẩu: hãy lưu một bản không có mật khẩu rồi nhập bản đó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} cannot be read as a spreadsheet: it may be damaged.</source>
        <translation>Không đọc được {file} như một bảng tính: tệp có thể bị hỏng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a web page or XML file saved with a spreadsheet name: open it in a spreadsheet program and save it as .xlsx or .csv.</source>
        <translation>{file} là trang web hoặc tệp XML mang tên của bảng tính: hãy mở tệp bằng chương trình bảng tính và lưu thành .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is not a CSV, XLSX, XLS or ODS file.</source>
        <translation>{file} không phải là tệp CSV, XLSX, XLS hay ODS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a CSV, XLSX, XLS or ODS file.
It is a cpaudit project file: open it with File &gt; Open, do not import it.</source>
        <translation>{file} không phải là tệp CSV, XLSX, XLS hay ODS.
Đây là tệp dự án cpaudit: hãy mở tệp bằng Tệp &gt; Mở, không nhập tệp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} has no sheet with cells.</source>
        <translation>{file} không có trang tính nào có ô dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is empty: there is nothing in it to import.</source>
        <translation>{file} trống: không có gì trong tệp để nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text of {file} cannot be read with this encoding: choose another one.</source>
        <translation>Không đọc được chữ trong {file} với bảng mã này: hãy chọn bảng mã khác.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+409"/>
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
        <source>&amp;Import data…</source>
        <translation>&amp;Nhập số liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read production and consumption from a CSV or spreadsheet file</source>
        <translation>Đọc sản lượng và tiêu thụ từ tệp CSV hoặc bảng tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;data…</source>
        <translation>Xuất &amp;số liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the data and results as tables for Excel (XLSX or CSV)</source>
        <translation>Ghi số liệu và kết quả thành bảng cho Excel (XLSX hoặc CSV)</translation>
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
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected cells, to paste in a spreadsheet</source>
        <translation>Sao chép các ô đã chọn để dán vào bảng tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a block of cells copied from a spreadsheet at the current cell</source>
        <translation>Dán một khối ô sao chép từ bảng tính vào ô hiện tại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a row</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to the table with the focus</source>
        <translation>Thêm một dòng vào bảng đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove rows</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the rows of the selected cells from the table with the focus</source>
        <translation>Xóa các dòng có ô đang chọn khỏi bảng đang chọn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing the results…</source>
        <translation>Đang tính kết quả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting; the results shown stay as they were</source>
        <translation>Thôi chờ; kết quả đang hiển thị giữ nguyên</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+103"/>
        <source>Go ahead</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Hoàn tác: {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo: {what}</source>
        <translation>&amp;Làm lại: {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+7"/>
        <source>Click into a table first.</source>
        <translation>Hãy bấm vào một bảng trước.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The results were not recomputed; they show the project before the last change. Any next change computes them again.</source>
        <translation>Kết quả chưa được tính lại; chúng thể hiện dự án trước thay đổi gần nhất. Thay đổi tiếp theo sẽ tính lại.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+12"/>
        <source>Choose the target scheme</source>
        <translation>Chọn kịch bản mục tiêu</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+35"/>
        <location line="+343"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location line="-377"/>
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
        <location line="+23"/>
        <source>not saved yet</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+28"/>
        <location line="+293"/>
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>The project could not be saved</source>
        <translation>Không lưu được dự án</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cpaudit projects (*.cpaudit);;All files (*)</source>
        <translation>Dự án cpaudit (*.cpaudit);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <source>Please wait: a file is being written.</source>
        <translation>Vui lòng chờ: đang ghi tệp.</translation>
    </message>
    <message>
        <location line="-31"/>
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
        <location line="-465"/>
        <location line="+466"/>
        <location line="+399"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Saved automatically</source>
        <translation>Đã tự động lưu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project could not be saved automatically: {error}</source>
        <translation>Không tự động lưu được dự án: {error}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsaved work found</source>
        <translation>Có dữ liệu chưa lưu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cpaudit kept the project “{name}”, not saved, from {when}.</source>
        <translation>cpaudit còn giữ dự án “{name}” chưa được lưu, từ {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover it? If you delete it, that work is lost.</source>
        <translation>Khôi phục dự án này? Nếu xóa, phần dữ liệu đó sẽ mất.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recovered; save it with File ▸ Save as.</source>
        <translation>Đã khôi phục; hãy lưu bằng Tệp ▸ Lưu với tên khác.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A recovery file could not be read: {name}</source>
        <translation>Không đọc được tệp khôi phục: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The next cycle cannot start yet</source>
        <translation>Chưa thể bắt đầu chu kỳ tiếp theo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next cycle needs a measured period after the baseline to become its baseline. Enter that period&apos;s production and consumption (Plant and data), then choose it under “Compared with” in task 16.</source>
        <translation>Chu kỳ tiếp theo cần một kỳ đo đếm sau kỳ cơ sở để làm kỳ cơ sở mới. Hãy nhập sản lượng và tiêu thụ của kỳ đó (Cơ sở sản xuất và số liệu), rồi chọn kỳ đó ở mục “So sánh với” trong nhiệm vụ 16.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} – next cycle</source>
        <translation>{name} – chu kỳ tiếp theo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the next cycle as</source>
        <translation>Lưu chu kỳ tiếp theo thành</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The next cycle could not be saved</source>
        <translation>Không lưu được chu kỳ tiếp theo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next cycle is saved as {name}.</source>
        <translation>Đã lưu chu kỳ tiếp theo thành {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next cycle started</source>
        <translation>Đã bắt đầu chu kỳ tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next assessment is saved as {name}.</source>
        <translation>Đánh giá tiếp theo đã được lưu thành {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it now?</source>
        <translation>Mở ngay bây giờ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay here</source>
        <translation>Ở lại đây</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Removed from the recent projects, file not found: {files}</source>
        <translation>Đã bỏ khỏi danh sách dự án gần đây vì không tìm thấy tệp: {files}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No recent projects</source>
        <translation>Chưa có dự án gần đây</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import data</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data imported. Save the project to keep them.</source>
        <translation>Đã nhập số liệu. Hãy lưu dự án để giữ lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export data</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data written: {path}</source>
        <translation>Đã ghi số liệu: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data could not be written</source>
        <translation>Không ghi được số liệu</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Export PDF report</source>
        <translation>Xuất báo cáo PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report {name}…</source>
        <translation>Đang xuất báo cáo {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling the report…</source>
        <translation>Đang hủy xuất báo cáo…</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+574"/>
        <source>Say what the columns hold</source>
        <translation>Cho biết các cột chứa gì</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cpaudit has guessed from the headers; correct what is wrong. Units come from the headers and can be changed. Below, the first rows as cpaudit reads them: a red cell cannot be read (point at it to see why).</source>
        <translation>cpaudit đã đoán theo tiêu đề; hãy sửa chỗ chưa đúng. Đơn vị lấy từ tiêu đề và có thể sửa. Bên dưới là những dòng đầu tiên theo cách cpaudit đọc: ô màu đỏ là ô không đọc được (trỏ chuột vào ô để xem lý do).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Bố cục:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Numbers:</source>
        <translation>Kiểu &amp;số:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each &amp;time marks:</source>
        <translation>&amp;Mỗi mốc giờ là:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of its interval</source>
        <translation>cuối khoảng đo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start of its interval</source>
        <translation>đầu khoảng đo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept months with missing readings</source>
        <translation>Chấp nhận tháng bị thiếu chỉ số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A month with readings missing adds up to too little. Tick this only if the first or last month is cut short on purpose.</source>
        <translation>Tháng bị thiếu chỉ số sẽ có tổng nhỏ hơn thực tế. Chỉ đánh dấu khi tháng đầu hoặc tháng cuối được cố ý lấy không trọn tháng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first rows as cpaudit reads them:</source>
        <translation>Những dòng đầu tiên theo cách cpaudit đọc:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date and &amp;time column:</source>
        <translation>Cột ngày &amp;giờ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Period column:</source>
        <translation>Cột &amp;kỳ:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(choose)</source>
        <translation>(chọn)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+126"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+125"/>
        <source>Header</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+124"/>
        <source>Holds</source>
        <translation>Chứa</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit in the file</source>
        <translation>Đơn vị trong tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick when you have checked that the column&apos;s numbers are written in the chosen style: values such as 1.234, which read differently in Vietnamese and English style, are then read in that style.</source>
        <translation>Đánh dấu khi đã kiểm tra rằng các số trong cột được ghi theo kiểu đã chọn: các giá trị như 1.234, vốn hiểu khác nhau theo kiểu Việt Nam và kiểu Anh, khi đó sẽ được đọc theo kiểu đã chọn.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>e.g. kWh</source>
        <translation>ví dụ kWh</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Choose the column of periods and the column of quantities.</source>
        <translation>Hãy chọn cột kỳ và cột số lượng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the column that holds the dates and times.</source>
        <translation>Hãy chọn cột chứa ngày giờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column that holds the periods.</source>
        <translation>Hãy chọn cột chứa các kỳ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what at least one column holds.</source>
        <translation>Hãy cho biết ít nhất một cột chứa gì.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some values of this column read differently in the two styles.</source>
        <translation>Một số giá trị của cột này có nghĩa khác nhau theo hai kiểu ghi số.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no values.</source>
        <translation>Bỏ qua: không có số liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: a total or an average.</source>
        <translation>Bỏ qua: dòng tổng hoặc trung bình.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>→ periods</source>
        <translation>→ các kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ dates and times</source>
        <translation>→ ngày giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ production of {code}</source>
        <translation>→ sản lượng {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ use of {code}</source>
        <translation>→ tiêu thụ {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ cost of {code}</source>
        <translation>→ chi phí {code}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Numbers are read in {style} style ({example}).</source>
        <translation>Số được đọc theo kiểu {style} ({example}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dates are read as {order}. Of the dates above, {only} fit only this order, {both} fit both orders, {same} read the same in either order (such as 01/01), {other} fit only another order (those are refused, never swapped).</source>
        <translation>Ngày được đọc theo {order}. Trong các ngày ở trên, {only} giá trị chỉ hợp với thứ tự này, {both} giá trị hợp với cả hai thứ tự, {same} đọc như nhau theo thứ tự nào cũng vậy (như 01/01), {other} giá trị chỉ hợp với thứ tự khác (các giá trị này bị từ chối, không bao giờ bị tự đảo).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (a guess)</source>
        <translation> (đoán)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text encoding: {encoding}</source>
        <translation>Bảng mã: {encoding}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Column {column} ({header}): {count} of the first values, such as “{example}”, read differently in Vietnamese and English style, and the column does not settle which. Tick “Checked” for it if {style} style is right, or change the style.</source>
        <translation>Cột {column} ({header}): {count} giá trị đầu tiên, như “{example}”, có nghĩa khác nhau theo kiểu Việt Nam và kiểu Anh, và các số khác trong cột không cho biết kiểu nào đúng. Đánh dấu “Đã kiểm tra” cho cột nếu kiểu {style} là đúng, hoặc đổi kiểu ghi số.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Column {column} ({header}) is taken as the project&apos;s {code} – {name} ({unit}): the same class and unit. Type a new code to add it as a new resource instead.</source>
        <translation>Cột {column} ({header}) được nhập vào {code} – {name} ({unit}) đã có trong dự án: cùng loại và cùng đơn vị. Gõ một mã mới nếu muốn thêm nó thành tài nguyên mới.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Column {column} ({header}) may be one of the project&apos;s resources {resources}: choose its code if it is, so that it is not added twice.</source>
        <translation>Cột {column} ({header}) có thể là một trong các tài nguyên đã có của dự án: {resources}. Nếu đúng, hãy chọn mã của nó để không bị thêm hai lần.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <location filename="../../ui/pages/implement.py" line="+25"/>
        <source>Projection from the implemented options</source>
        <translation>Dự kiến từ các giải pháp đã thực hiện</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compared with</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No option is marked implemented yet (task 15).</source>
        <translation>Chưa có giải pháp nào được đánh dấu là đã thực hiện (nhiệm vụ 15).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the resources first (Plant and data).</source>
        <translation>Hãy thêm tài nguyên trước (Cơ sở sản xuất và số liệu).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified saving
per year</source>
        <translation>Tiết kiệm đã kiểm chứng
mỗi năm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Estimated
in task 11</source>
        <translation>Ước tính
ở nhiệm vụ 11</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was verified</source>
        <translation>Cách kiểm chứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified savings</source>
        <translation>Tiết kiệm đã kiểm chứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified saving of each option, where it can be isolated</source>
        <translation>Mức tiết kiệm đã kiểm chứng của từng giải pháp, khi tách riêng được</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Specific consumption per product before and after, judged against the chosen target scheme; and the saving of each option measured after implementation.</source>
        <translation>Suất tiêu hao của từng sản phẩm trước và sau, đánh giá theo kịch bản mục tiêu đã chọn; và mức tiết kiệm của từng giải pháp đo được sau khi thực hiện.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with:</source>
        <translation>So sánh với:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the period&apos;s production and consumption…</source>
        <translation>Nhập sản lượng và tiêu thụ của kỳ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific consumption before and after</source>
        <translation>Suất tiêu hao trước và sau</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Judged against {scheme}.</source>
        <translation>Đánh giá theo {scheme}.</translation>
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
    <name>NextFocusPage</name>
    <message>
        <location filename="../../ui/pages/implement.py" line="+53"/>
        <source>Next audit focus</source>
        <translation>Trọng tâm đánh giá tiếp theo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CP goes on: choose the next most wasteful step as the focus of the next cycle.</source>
        <translation>SXSH là quá trình liên tục: hãy chọn công đoạn lãng phí nhất tiếp theo làm trọng tâm của chu kỳ sau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next audit focus, and why:</source>
        <translation>Trọng tâm đánh giá tiếp theo, và lý do:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the next cycle makes a new project file with this assessment&apos;s structure: the establishment, products, resources, periods and their records, the team, the process steps and the focus criteria. The current period becomes its baseline; options, balances and results start empty. This project is not changed.</source>
        <translation>Bắt đầu chu kỳ tiếp theo sẽ tạo một tệp dự án mới theo cấu trúc của đánh giá này: cơ sở sản xuất, sản phẩm, tài nguyên, các kỳ và số liệu, nhóm SXSH, các công đoạn và tiêu chí chọn trọng tâm. Kỳ hiện tại trở thành kỳ cơ sở; giải pháp, cân bằng và kết quả bắt đầu trống. Dự án này không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start the next cycle…</source>
        <translation>Bắt đầu chu kỳ tiếp theo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The next cycle needs a measured period after the baseline (task 16) to become its baseline.</source>
        <translation>Chu kỳ tiếp theo cần một kỳ đo đếm sau kỳ cơ sở (nhiệm vụ 16) để làm kỳ cơ sở mới.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/pages/options.py" line="-848"/>
        <location line="+44"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>CP opportunity</source>
        <translation>Cơ hội SXSH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CP technique</source>
        <translation>Kỹ thuật SXSH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Addresses</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Codes of the waste streams (task 6) or causes (task 7) the option acts on, separated by commas</source>
        <translation>Mã của dòng thải (nhiệm vụ 6) hoặc nguyên nhân (nhiệm vụ 7) mà giải pháp tác động, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Tham chiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CP opportunities</source>
        <translation>Cơ hội SXSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CP opportunities, each with its technique</source>
        <translation>Các cơ hội SXSH, kèm kỹ thuật của từng cơ hội</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waste streams and causes</source>
        <translation>Dòng thải và nguyên nhân</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For each cause, look for opportunities with the 8 CP techniques: good housekeeping, input material change, better process control, equipment modification, technology change, on-site recovery and reuse, useful by-products, product modification.</source>
        <translation>Với mỗi nguyên nhân, tìm cơ hội theo 8 kỹ thuật SXSH: quản lý nội vi, thay đổi nguyên liệu đầu vào, kiểm soát quá trình tốt hơn, cải tiến thiết bị, thay đổi công nghệ, thu hồi và tái sử dụng tại chỗ, sản xuất sản phẩm phụ hữu ích, cải tiến sản phẩm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waste stream or cause</source>
        <translation>Dòng thải hoặc nguyên nhân</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+74"/>
        <source>Check the whole file</source>
        <translation>Kiểm tra toàn bộ tệp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All or nothing: the data are imported only if every row can be read. Importing the same file again never counts a value twice.</source>
        <translation>Nhập tất cả hoặc không nhập gì: số liệu chỉ được nhập khi đọc được mọi dòng. Nhập lại cùng một tệp không bao giờ tính một giá trị hai lần.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Sao chép danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the list below, to fix the file with it</source>
        <translation>Sao chép danh sách bên dưới để dùng khi sửa tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the project already has a value:</source>
        <translation>Khi dự án đã có giá trị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;keep the project&apos;s value</source>
        <translation>&amp;giữ giá trị của dự án</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;replace it with the file&apos;s</source>
        <translation>&amp;thay bằng giá trị trong tệp</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking every row of the file…</source>
        <translation>Đang kiểm tra từng dòng của tệp…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking was stopped. Nothing was imported.</source>
        <translation>Đã dừng kiểm tra. Chưa nhập số liệu nào.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file could not be checked. Nothing was imported.</source>
        <translation>Không kiểm tra được tệp. Chưa nhập số liệu nào.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing will be imported: the file has {count} problems, listed below with their rows and columns. Correct the file, or go back and change how it is read, then check again.</source>
        <translation>Sẽ không nhập số liệu nào: tệp có {count} lỗi, liệt kê bên dưới kèm dòng và cột. Hãy sửa tệp, hoặc quay lại đổi cách đọc, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems ({count})</source>
        <translation>Lỗi ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ready: {production} production and {consumption} consumption values for {periods} periods. The project changes only when you click Import.</source>
        <translation>Sẵn sàng: {production} số liệu sản lượng và {consumption} số liệu tiêu thụ cho {periods} kỳ. Dự án chỉ thay đổi khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes ({count})</source>
        <translation>Ghi chú ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Values that differ from the project&apos;s ({count})</source>
        <translation>Giá trị khác với dự án ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{old} in the project, {new} in the file</source>
        <translation>{old} trong dự án, {new} trong tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New periods ({count})</source>
        <translation>Kỳ mới ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New products ({count})</source>
        <translation>Sản phẩm mới ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New resources ({count})</source>
        <translation>Tài nguyên mới ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} — the project has {codes} too: is it one of them?</source>
        <translation>{what} — dự án đã có {codes}: có phải là một trong số đó không?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Totals ({count})</source>
        <translation>Tổng ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{total} {unit} in {count} periods ({span})</source>
        <translation>{total} {unit} trong {count} kỳ ({span})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>production: {what}</source>
        <translation>sản lượng: {what}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values to import ({count})</source>
        <translation>Số liệu sẽ nhập ({count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cost {cost}</source>
        <translation>chi phí {cost}</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <location filename="../../ui/pages/implement.py" line="-486"/>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Tên giải pháp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Implementation plans</source>
        <translation>Kế hoạch thực hiện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan of each selected option</source>
        <translation>Kế hoạch của từng giải pháp được chọn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who is responsible for each selected option, with what budget, from when to when.</source>
        <translation>Ai phụ trách từng giải pháp được chọn, với ngân sách bao nhiêu, từ khi nào đến khi nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Plan every selected option</source>
        <translation>Lập kế hoạch cho mọi giải pháp được chọn</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Add a plan, with the option&apos;s investment as budget, for each selected option that has none</source>
        <translation>Thêm kế hoạch, với vốn đầu tư của giải pháp làm ngân sách, cho mỗi giải pháp được chọn chưa có kế hoạch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed for the plan: who is responsible and when it starts.</source>
        <translation>Kế hoạch cần có người phụ trách và ngày bắt đầu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every selected option has a plan already.</source>
        <translation>Mọi giải pháp được chọn đều đã có kế hoạch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected options without a plan: {codes}</source>
        <translation>Giải pháp được chọn chưa có kế hoạch: {codes}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="+196"/>
        <location line="+96"/>
        <location line="+48"/>
        <source>Export PDF report</source>
        <translation>Xuất báo cáo PDF</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>The assessment report for the provincial Department of Industry and Trade.</source>
        <translation>Báo cáo đánh giá sản xuất sạch hơn gửi Sở Công Thương.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Ngôn ngữ báo cáo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target scheme:</source>
        <translation>&amp;Kịch bản mục tiêu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national target the savings are judged against</source>
        <translation>Mục tiêu quốc gia dùng để đánh giá mức tiết kiệm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prepared by:</source>
        <translation>Đơn vị &amp;lập báo cáo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation that prepared the report</source>
        <translation>Tổ chức đã lập báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Phiên bản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;date:</source>
        <translation>N&amp;gày lập báo cáo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Các phần của báo cáo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always in the report</source>
        <translation>Luôn có trong báo cáo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sections greyed out are always in the report. Sections are numbered as included.</source>
        <translation>Các phần tô xám luôn có trong báo cáo. Các phần được đánh số theo những phần được chọn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save as:</source>
        <translation>Lưu &amp;vào:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+123"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to write the report.</source>
        <translation>Hãy chọn nơi lưu báo cáo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder: give the report a file name.</source>
        <translation>{path} là một thư mục: hãy đặt tên tệp cho báo cáo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The data file goes beside it: {name}</source>
        <translation>Tệp dữ liệu được lưu bên cạnh: {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} already exists. Replace it?</source>
        <translation>Đã có tệp {name}. Thay thế tệp này?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its data file beside it is replaced too.</source>
        <translation>Tệp dữ liệu bên cạnh cũng được thay thế.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../ui/pages/options.py" line="+15"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP opportunity</source>
        <translation>Cơ hội SXSH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CP technique</source>
        <translation>Kỹ thuật SXSH</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reason (if rejected)</source>
        <translation>Lý do (nếu loại bỏ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screening of the opportunities</source>
        <translation>Sàng lọc các cơ hội</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort the opportunities: those that can be implemented now, those that need further study, and those rejected, each with its reason.</source>
        <translation>Phân loại các cơ hội: thực hiện ngay, cần nghiên cứu thêm, và loại bỏ (kèm lý do).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rejected opportunity needs its reason.</source>
        <translation>Cơ hội bị loại bỏ cần có lý do.</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location line="+794"/>
        <source>Selected for implementation, in order</source>
        <translation>Được chọn để thực hiện, theo thứ tự ưu tiên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other options kept after screening</source>
        <translation>Các giải pháp khác được giữ lại sau sàng lọc</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the options to implement, in order of priority, from those found feasible.</source>
        <translation>Chọn các giải pháp để thực hiện, theo thứ tự ưu tiên, trong số các giải pháp khả thi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the highlighted option</source>
        <translation>Chọn giải pháp đang đánh dấu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the selection</source>
        <translation>Bỏ khỏi danh sách chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order by payback</source>
        <translation>Xếp theo thời gian hoàn vốn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment
({currency})</source>
        <translation>Vốn đầu tư
({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net annual saving
({currency})</source>
        <translation>Tiết kiệm ròng
hằng năm ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback
(years)</source>
        <translation>Thời gian
hoàn vốn (năm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV
({currency})</source>
        <translation>NPV
({currency})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Selected: {count} options, investment {investment} {currency}, net saving {saving} {currency} a year</source>
        <translation>Đã chọn: {count} giải pháp, vốn đầu tư {investment} {currency}, tiết kiệm ròng {saving} {currency}/năm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No option selected yet.</source>
        <translation>Chưa chọn giải pháp nào.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select {code}</source>
        <translation>Chọn {code}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove {code} from the selection</source>
        <translation>Bỏ {code} khỏi danh sách chọn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move {code}</source>
        <translation>Chuyển {code}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order the selection by payback</source>
        <translation>Xếp danh sách chọn theo thời gian hoàn vốn</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../../ui/pages/start.py" line="-430"/>
        <source>Add a process step first.</source>
        <translation>Hãy thêm một công đoạn trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process steps</source>
        <translation>Các công đoạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process steps, in order</source>
        <translation>Các công đoạn sản xuất, theo thứ tự</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input or output</source>
        <translation>Đầu vào hay đầu ra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity per
unit of product</source>
        <translation>Lượng trên
đơn vị sản phẩm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per unit of product, e.g. kWh/t or m3/t</source>
        <translation>Trên đơn vị sản phẩm, ví dụ kWh/t hoặc m3/t</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Norm per unit</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consumption norm the step is held against, in the same unit</source>
        <translation>Định mức tiêu hao áp dụng cho công đoạn, cùng đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above the norm</source>
        <translation>Vượt định mức</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(quantity − norm) / norm; a positive figure uses more than the norm</source>
        <translation>(lượng − định mức) / định mức; số dương là dùng nhiều hơn định mức</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resource</source>
        <translation>Tài nguyên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inputs and outputs of steps</source>
        <translation>Đầu vào và đầu ra của các công đoạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inputs and outputs of each step, per unit of product</source>
        <translation>Đầu vào và đầu ra của từng công đoạn, trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List the steps of the process in order, with what goes in and comes out of each per unit of product, and the norm each is held against.</source>
        <translation>Liệt kê các công đoạn sản xuất theo thứ tự, với đầu vào và đầu ra của mỗi công đoạn trên đơn vị sản phẩm, và định mức áp dụng.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This step uses more than its norm.</source>
        <translation>Công đoạn này dùng nhiều hơn định mức.</translation>
    </message>
</context>
<context>
    <name>SustainPage</name>
    <message>
        <location filename="../../ui/pages/implement.py" line="+314"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sustaining actions</source>
        <translation>Hành động duy trì</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is done to keep the results</source>
        <translation>Những việc làm để duy trì kết quả</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the results: new operating procedures, training, monitoring of the specific consumption, CP in the plant&apos;s management system.</source>
        <translation>Duy trì kết quả: quy trình vận hành mới, đào tạo, theo dõi suất tiêu hao, đưa SXSH vào hệ thống quản lý của nhà máy.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/pages/start.py" line="-175"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in the team</source>
        <translation>Vai trò trong nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why chosen</source>
        <translation>Lý do chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CP team</source>
        <translation>Nhóm SXSH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members of the CP team</source>
        <translation>Thành viên nhóm SXSH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Committed by</source>
        <translation>Người cam kết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What management committed to</source>
        <translation>Nội dung cam kết của lãnh đạo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The team runs the assessment: people who know the process, its costs and its maintenance, with the backing of management.</source>
        <translation>Nhóm SXSH thực hiện đánh giá: những người hiểu quy trình, chi phí và bảo dưỡng, với sự ủng hộ của lãnh đạo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Management commitment</source>
        <translation>Cam kết của lãnh đạo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>TechnicalPage</name>
    <message>
        <location filename="../../ui/pages/options.py" line="-930"/>
        <source>No opportunity is kept after screening (task 9).</source>
        <translation>Không có cơ hội nào được giữ lại sau sàng lọc (nhiệm vụ 9).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+89"/>
        <source>Option</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical checks</source>
        <translation>Kiểm tra kỹ thuật</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical checklist</source>
        <translation>Danh mục kiểm tra kỹ thuật</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical verdict per option</source>
        <translation>Kết luận kỹ thuật của từng giải pháp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For every opportunity kept after screening: can it be done here, with this equipment, space, staff and product quality?</source>
        <translation>Với mỗi cơ hội được giữ lại sau sàng lọc: có làm được ở đây không, với thiết bị, mặt bằng, nhân lực và chất lượng sản phẩm hiện có?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>Add the standard questions</source>
        <translation>Thêm các câu hỏi chuẩn</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>For every option kept that has no question yet</source>
        <translation>Cho mỗi giải pháp được giữ lại chưa có câu hỏi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every option kept has its questions already.</source>
        <translation>Mọi giải pháp được giữ lại đều đã có câu hỏi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not yet checked</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found</source>
        <translation>Có vướng mắc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technically feasible</source>
        <translation>Khả thi về kỹ thuật</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
</context>
<context>
    <name>WasteCostPage</name>
    <message>
        <location filename="../../ui/pages/analysis.py" line="+260"/>
        <source>{currency} per unit</source>
        <translation>{currency}/đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste stream</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity
per year</source>
        <translation>Lượng
mỗi năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase price</source>
        <translation>Giá mua</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the lost material cost to buy</source>
        <translation>Giá mua của phần vật liệu bị mất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Processing</source>
        <translation>Chế biến</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was spent on it in the process before it was lost</source>
        <translation>Chi phí đã bỏ ra để chế biến trước khi bị mất</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Treatment,
disposal</source>
        <translation>Xử lý,
thải bỏ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost per year</source>
        <translation>Chi phí mỗi năm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quantity × (purchase price + processing + treatment and disposal)</source>
        <translation>lượng × (giá mua + chế biến + xử lý và thải bỏ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waste streams</source>
        <translation>Dòng thải</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waste streams and what each unit of them costs</source>
        <translation>Các dòng thải và chi phí của mỗi đơn vị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A waste stream costs what was paid for the material, what was spent processing it, and what its treatment or disposal costs.</source>
        <translation>Chi phí của dòng thải gồm giá mua vật liệu, chi phí chế biến đã bỏ ra, và chi phí xử lý hoặc thải bỏ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total cost of the waste streams: {total} {currency} a year</source>
        <translation>Tổng chi phí các dòng thải: {total} {currency}/năm</translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-1353"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>cells</name>
    <message>
        <location filename="../../ui/cells.py" line="+188"/>
        <source>This cell needs a value.</source>
        <translation>Ô này cần có giá trị.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” không phải là số nguyên.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The value must be more than {minimum}.</source>
        <translation>Giá trị phải lớn hơn {minimum}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value must be at least {minimum}.</source>
        <translation>Giá trị phải từ {minimum} trở lên.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is written in English style (1,234.56); with the Vietnamese interface, numbers are written 1.234,56.</source>
        <translation>“{text}” được viết theo kiểu tiếng Anh (1,234.56); với giao diện tiếng Việt, số được viết là 1.234,56.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is written in Vietnamese style (1.234,56); with the English interface, numbers are written 1,234.56.</source>
        <translation>“{text}” được viết theo kiểu tiếng Việt (1.234,56); với giao diện tiếng Anh, số được viết là 1,234.56.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is a spreadsheet error, not a number.</source>
        <translation>“{text}” là lỗi của bảng tính, không phải là số.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a finite number.</source>
        <translation>“{text}” không phải là một số hữu hạn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a number: a thousands separator is followed by groups of three digits, and a number has one decimal separator.</source>
        <translation>“{text}” không phải là số: sau dấu phân cách hàng nghìn là các nhóm ba chữ số, và một số chỉ có một dấu thập phân.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” không phải là số.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{text}” has a two-digit year: write the year in full.</source>
        <translation>“{text}” có năm hai chữ số: hãy viết đủ bốn chữ số của năm.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” is not a date: write it as dd/mm/yyyy, for example 31/12/2024.</source>
        <translation>“{text}” không phải là ngày: hãy viết theo dạng dd/mm/yyyy, ví dụ 31/12/2024.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is money, not a unit of quantity.</source>
        <translation>“{text}” là đơn vị tiền, không phải đơn vị đo lượng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” can mean more than one unit: write t for tonnes or short_ton for US tons.</source>
        <translation>“{text}” có thể hiểu là nhiều đơn vị: hãy viết t cho tấn hoặc short_ton cho tấn Mỹ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cpaudit does not know the unit “{text}” (for example kg, t, kWh, m3, GJ).</source>
        <translation>cpaudit không nhận ra đơn vị “{text}” (ví dụ kg, t, kWh, m3, GJ).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{text}” cannot be chosen: there is nothing to choose from yet.</source>
        <translation>Không chọn được “{text}”: chưa có gì để chọn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>“{text}” không thuộc các lựa chọn: {choices}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No such code: {codes}. The codes that can be named here: {known}.</source>
        <translation>Không có mã: {codes}. Các mã có thể dùng ở đây: {known}.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../ui/chart.py" line="+60"/>
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
        <location line="+22"/>
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
    <name>forms</name>
    <message>
        <location filename="../../ui/forms.py" line="+63"/>
        <source>Change “{field}”</source>
        <translation>Sửa “{field}”</translation>
    </message>
</context>
<context>
    <name>import_wizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-454"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 có BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (tiếng Việt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Tây Âu)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+30"/>
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
        <location line="+313"/>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <location line="-312"/>
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
        <location line="+311"/>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <location line="-310"/>
        <location line="+313"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="-306"/>
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
        <location line="+5"/>
        <source>not computed</source>
        <translation>chưa tính</translation>
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
    <message>
        <location line="+21"/>
        <source>Step 1: Getting started</source>
        <translation>Bước 1: Khởi động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2: Analysing process steps</source>
        <translation>Bước 2: Phân tích các công đoạn sản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3: Generating CP opportunities</source>
        <translation>Bước 3: Phát triển các cơ hội SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4: Selecting CP solutions</source>
        <translation>Bước 4: Lựa chọn các giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5: Implementing CP solutions</source>
        <translation>Bước 5: Thực hiện các giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 6: Sustaining CP</source>
        <translation>Bước 6: Duy trì SXSH</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task 1: Form the CP team</source>
        <translation>Nhiệm vụ 1: Thành lập nhóm SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 2: List the process steps and (re)establish consumption norms</source>
        <translation>Nhiệm vụ 2: Liệt kê các bước công nghệ và xác định lại định mức</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task 3: Identify and select the most wasteful process step (audit focus)</source>
        <translation>Nhiệm vụ 3: Xác định và lựa chọn công đoạn gây lãng phí nhất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task 4: Prepare the process flow diagram for the audit focus</source>
        <translation>Nhiệm vụ 4: Xây dựng sơ đồ công nghệ cho phần trọng tâm kiểm toán</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task 5: Material and energy balance</source>
        <translation>Nhiệm vụ 5: Cân bằng vật liệu/năng lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 6: Assign costs to waste streams</source>
        <translation>Nhiệm vụ 6: Xác định chi phí cho dòng thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 7: Analyse the causes of waste generation</source>
        <translation>Nhiệm vụ 7: Phân tích nguyên nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 8: Generate CP opportunities</source>
        <translation>Nhiệm vụ 8: Xây dựng các cơ hội SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 9: Select the most workable opportunities</source>
        <translation>Nhiệm vụ 9: Lựa chọn các cơ hội khả thi nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 10: Technical feasibility</source>
        <translation>Nhiệm vụ 10: Phân tích tính khả thi về kỹ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 11: Economic feasibility</source>
        <translation>Nhiệm vụ 11: Phân tích tính khả thi về kinh tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 12: Environmental evaluation</source>
        <translation>Nhiệm vụ 12: Đánh giá tính khả thi về môi trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 13: Select solutions for implementation</source>
        <translation>Nhiệm vụ 13: Lựa chọn các giải pháp để thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 14: Prepare for implementation</source>
        <translation>Nhiệm vụ 14: Chuẩn bị thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 15: Implement the solutions</source>
        <translation>Nhiệm vụ 15: Thực hiện các giải pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 16: Monitor and evaluate results</source>
        <translation>Nhiệm vụ 16: Giám sát và đánh giá kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 17: Sustain CP</source>
        <translation>Nhiệm vụ 17: Duy trì các giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task 18: Select a new audit focus</source>
        <translation>Nhiệm vụ 18: Lựa chọn trọng tâm đánh giá mới</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CP team</source>
        <translation>Nhóm SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process steps and norms</source>
        <translation>Công đoạn và định mức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit focus</source>
        <translation>Trọng tâm đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow chart</source>
        <translation>Sơ đồ công nghệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material and energy balance</source>
        <translation>Cân bằng vật liệu, năng lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of waste streams</source>
        <translation>Chi phí dòng thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causes of waste</source>
        <translation>Phân tích nguyên nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>CP opportunities</source>
        <translation>Cơ hội SXSH</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Screening</source>
        <translation>Sàng lọc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical feasibility</source>
        <translation>Khả thi kỹ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Economic feasibility</source>
        <translation>Khả thi kinh tế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental feasibility</source>
        <translation>Khả thi môi trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Lựa chọn giải pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Chuẩn bị thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring and evaluation</source>
        <translation>Giám sát và đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustaining CP</source>
        <translation>Duy trì SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New audit focus</source>
        <translation>Trọng tâm đánh giá mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at least two team members</source>
        <translation>ít nhất hai thành viên nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a role for every member</source>
        <translation>vai trò của từng thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who in management committed</source>
        <translation>người cam kết trong ban lãnh đạo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process steps</source>
        <translation>các công đoạn sản xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inputs and outputs of every step</source>
        <translation>đầu vào và đầu ra của mọi công đoạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>criteria and scores</source>
        <translation>tiêu chí và điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chosen audit focus</source>
        <translation>trọng tâm đánh giá đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit operations</source>
        <translation>các công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the flows between unit operations</source>
        <translation>các dòng giữa các công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the flows of the balance</source>
        <translation>các dòng của cân bằng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a balance of every unit operation</source>
        <translation>cân bằng của mọi công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the waste streams</source>
        <translation>các dòng thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cost for every waste stream</source>
        <translation>chi phí của mọi dòng thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>causes of every waste stream</source>
        <translation>nguyên nhân của mọi dòng thải</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reason for every rejected option</source>
        <translation>lý do của mọi cơ hội bị loại bỏ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a technical check of every option kept</source>
        <translation>kiểm tra kỹ thuật của mọi giải pháp được giữ lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the savings of every option kept</source>
        <translation>mức tiết kiệm của mọi giải pháp được giữ lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the grid emission factor</source>
        <translation>hệ số phát thải lưới điện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environmental effects</source>
        <translation>tác động môi trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the options selected</source>
        <translation>các giải pháp được chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an owner and a start date for every selected option</source>
        <translation>người phụ trách và ngày bắt đầu của mọi giải pháp được chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every selected option implemented</source>
        <translation>mọi giải pháp được chọn đã thực hiện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a measured period after the baseline</source>
        <translation>một kỳ đo đếm sau kỳ cơ sở</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verified savings</source>
        <translation>tiết kiệm đã kiểm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions to sustain CP</source>
        <translation>hành động duy trì SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next audit focus</source>
        <translation>trọng tâm đánh giá tiếp theo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Still needed: {items}.</source>
        <translation>Còn thiếu: {items}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>By-product</source>
        <translation>Sản phẩm phụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Waste</source>
        <translation>Chất thải</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Emission</source>
        <translation>Khí thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock change</source>
        <translation>Thay đổi tồn kho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Metered</source>
        <translation>Đo đếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calculated</source>
        <translation>Tính toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input materials</source>
        <translation>Nguyên liệu đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process control</source>
        <translation>Kiểm soát quá trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnel</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste handling</source>
        <translation>Quản lý chất thải</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured</source>
        <translation>Đo đếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MOIT factors (electricity as primary energy)</source>
        <translation>Hệ số của Bộ Công Thương (điện tính theo năng lượng sơ cấp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final energy (electricity at 3.6 MJ/kWh)</source>
        <translation>Năng lượng cuối cùng (điện 3,6 MJ/kWh)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Không</translation>
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
<context>
    <name>navigator</name>
    <message>
        <location filename="../../ui/navigator.py" line="+176"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specific consumption, savings against the target, and the options</source>
        <translation>Suất tiêu hao, mức tiết kiệm so với mục tiêu, và các giải pháp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plant and data</source>
        <translation>Cơ sở sản xuất và số liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The establishment, its products and resources, periods, production and consumption</source>
        <translation>Cơ sở sản xuất, sản phẩm và tài nguyên, các kỳ, sản lượng và tiêu thụ</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/pages/analysis.py" line="-433"/>
        <source>Add a unit operation first (task 4).</source>
        <translation>Hãy thêm một công đoạn đơn vị trước (nhiệm vụ 4).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/implement.py" line="-437"/>
        <source>Every selected option has a plan; select more options in task 13.</source>
        <translation>Mọi giải pháp được chọn đều đã có kế hoạch; hãy chọn thêm giải pháp ở nhiệm vụ 13.</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/base.py" line="+231"/>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/options.py" line="-121"/>
        <source>Are the equipment and materials available?</source>
        <translation>Có sẵn thiết bị và vật tư không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there room for it in the plant?</source>
        <translation>Nhà máy có đủ mặt bằng không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the product quality kept?</source>
        <translation>Chất lượng sản phẩm có được giữ không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can the staff run and maintain it?</source>
        <translation>Nhân viên có vận hành và bảo dưỡng được không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can it be installed without a long stop?</source>
        <translation>Có lắp đặt được mà không phải dừng sản xuất lâu không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does it meet the safety rules?</source>
        <translation>Có đáp ứng các quy định an toàn không?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start.py" line="+178"/>
        <source>Weight {weight}</source>
        <translation>Trọng số {weight}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Change a focus score</source>
        <translation>Sửa điểm chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paste focus scores</source>
        <translation>Dán điểm chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear focus scores</source>
        <translation>Xóa điểm chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quantity of waste</source>
        <translation>Lượng chất thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of waste</source>
        <translation>Chi phí chất thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environmental weight</source>
        <translation>Mức độ ảnh hưởng môi trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health and safety</source>
        <translation>Sức khỏe và an toàn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regulatory pressure</source>
        <translation>Yêu cầu pháp lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP potential</source>
        <translation>Tiềm năng SXSH</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../ui/tables.py" line="+175"/>
        <source>Computed: not edited here.</source>
        <translation>Giá trị tính toán: không sửa ở đây.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Change “{column}”</source>
        <translation>Sửa “{column}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A code is needed: other tables refer to this row by it.</source>
        <translation>Cần có mã: các bảng khác tham chiếu đến dòng này bằng mã.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code “{code}” is already used: choose another.</source>
        <translation>Mã “{code}” đã được dùng: hãy chọn mã khác.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Paste into “{table}”</source>
        <translation>Dán vào “{table}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} pasted cells could not be stored; they are marked in red.</source>
        <translation>{count} ô được dán không lưu được; các ô đó được tô đỏ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clear cells</source>
        <translation>Xóa nội dung ô</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows cannot be added here.</source>
        <translation>Không thêm dòng được ở đây.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a row to “{table}”</source>
        <translation>Thêm dòng vào “{table}”</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+274"/>
        <source>Remove rows</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Other data depend on the rows you are removing.</source>
        <translation>Có dữ liệu khác phụ thuộc vào các dòng bạn đang xóa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove rows from “{table}”</source>
        <translation>Xóa dòng khỏi “{table}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} × removed: {what}</source>
        <translation>{count} × bị xóa: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} × reference emptied: {what}</source>
        <translation>{count} × bị bỏ tham chiếu: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit ▸ Undo brings everything back.</source>
        <translation>Sửa ▸ Hoàn tác sẽ khôi phục tất cả.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>products</source>
        <translation>sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>tài nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periods</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production records</source>
        <translation>số liệu sản lượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consumption records</source>
        <translation>số liệu tiêu thụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allocations</source>
        <translation>phân bổ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP options</source>
        <translation>giải pháp SXSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team members</source>
        <translation>thành viên nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process steps</source>
        <translation>công đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inputs and outputs of steps</source>
        <translation>đầu vào và đầu ra của công đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focus criteria</source>
        <translation>tiêu chí chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>focus scores</source>
        <translation>điểm chọn trọng tâm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit operations</source>
        <translation>công đoạn đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance flows</source>
        <translation>dòng cân bằng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waste streams</source>
        <translation>dòng thải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>causes</source>
        <translation>nguyên nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical checks</source>
        <translation>kiểm tra kỹ thuật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environmental effects</source>
        <translation>tác động môi trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implementation plans</source>
        <translation>kế hoạch thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified savings</source>
        <translation>tiết kiệm đã kiểm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sustaining actions</source>
        <translation>hành động duy trì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>savings of options</source>
        <translation>mức tiết kiệm của giải pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waste streams or causes an option addresses</source>
        <translation>dòng thải hoặc nguyên nhân mà giải pháp giải quyết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>options selected for implementation</source>
        <translation>giải pháp được chọn để thực hiện</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the chosen audit focus</source>
        <translation>trọng tâm đánh giá đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the baseline or current period</source>
        <translation>kỳ cơ sở hoặc kỳ hiện tại</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a row at the end of the table</source>
        <translation>Thêm một dòng ở cuối bảng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the rows of the selected cells</source>
        <translation>Xóa các dòng có ô đang chọn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to edit a cell; Ctrl+V pastes a block copied from a spreadsheet; Delete empties the selected cells; Ctrl+Z undoes.</source>
        <translation>Gõ để sửa ô; Ctrl+V dán một khối sao chép từ bảng tính; Delete xóa nội dung các ô đang chọn; Ctrl+Z hoàn tác.</translation>
    </message>
</context>
<context>
    <name>task_charts</name>
    <message>
        <location filename="../../ui/task_charts.py" line="+53"/>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add the unit operations of the focus.</source>
        <translation>Hãy thêm các công đoạn đơn vị của trọng tâm.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>The inputs are zero, so the balance cannot be drawn.</source>
        <translation>Đầu vào bằng không nên không vẽ được cân bằng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These flows cannot be drawn as a diagram.</source>
        <translation>Không vẽ được sơ đồ từ các dòng này.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unaccounted (closure error)</source>
        <translation>Chưa xác định (sai số cân bằng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs exceeding inputs (closure error)</source>
        <translation>Đầu ra vượt đầu vào (sai số cân bằng)</translation>
    </message>
</context>
</TS>
