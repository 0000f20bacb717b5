"""The report's own catalogue: every word the PDF prints, in Vietnamese and English.

Entries are plain text (never reportlab markup): the PDF code escapes them like user text.
Placeholders use ``str.format`` names. Vietnamese terms follow the project glossary
(``shared/reference/glossary_vi_en.csv``) and the domain primer: suất tiêu hao, tiết kiệm,
giải pháp SXSH, thời gian hoàn vốn ...
"""

from __future__ import annotations

import unicodedata

LANGUAGES = ("vi", "en")

EN: dict[str, str] = {
    # cover
    "report_title": "Cleaner production (CP) assessment report",
    "establishment": "Establishment",
    "address": "Address",
    "sector": "Sector",
    "industry_code": "Industry code",
    "employees": "Employees",
    "design_capacity": "Design capacity",
    "history": "History",
    "environmental_status": "Environmental status",
    "products": "Products",
    "product_with_unit": "{name} (reported per {unit})",
    "baseline_period": "Baseline period",
    "current_period": "Current period",
    "projection": "Projection from implemented options (at baseline output)",
    "period_with_dates": "{label} ({start} – {end})",
    "target_scheme": "Target scheme",
    "energy_basis": "Energy basis",
    "currency": "Currency",
    "report_date": "Report date",
    "prepared_with": "Prepared with cpaudit",
    "footer": "page {page} of {pages}",
    # section 1
    "sec_intensity": "1. Specific consumption per product",
    "intensity_intro": (
        "Specific consumption = quantity of the resource / production, per product. "
        "Saving = (baseline − {current}) / baseline; a negative saving is an increase. "
        "Judged against {scheme}."
    ),
    "col_product": "Product",
    "col_resource": "Resource",
    "col_unit": "Unit",
    "col_baseline": "Baseline",
    "col_current": "Current",
    "col_projected": "Projected",
    "col_saving": "Saving",
    "col_judgement": "Judgement",
    "current_word": "current",
    "projected_word": "projected",
    "no_rows": "No product has consumption data for these periods.",
    "increase": "increase",
    # section 2
    "sec_classes": "2. Saving per resource class against the target",
    "classes_intro": (
        "Saving of a class = 1 − Σ {current} use / Σ (baseline specific consumption × "
        "{current} production), over the products, on the basis shown. Target band: {band}."
    ),
    "col_class": "Resource class",
    "col_basis": "Basis",
    "chart_xlabel": "Saving per unit of product [%]",
    "chart_band": "Target band {band}",
    "chart_out_of_scope": "not in scheme scope",
    "chart_na": "n/a",
    "no_classes": "No resource class has data to compare with the target.",
    "basis_gj": "GJ ({basis})",
    "basis_money": "money ({currency})",
    # section 3
    "sec_energy": "3. Energy totals",
    "col_period": "Period",
    "col_toe": "TOE",
    "col_gj": "GJ",
    "col_key_user": "Key energy user (≥ {threshold} TOE/yr)",
    "yes": "yes",
    "no": "no",
    "energy_intro": (
        "Plant energy use of the energy and fuel resources ({included}), converted with the "
        "MOIT factors (letter 3505/BCT-KHCN), the basis of the key-energy-user test; "
        "electricity counts as primary energy. 1 TOE = {gj_per_toe} GJ."
    ),
    "energy_none_included": "none",
    "energy_excluded": "Not energy carriers, so not added: {excluded}.",
    "key_user_yes": (
        "{period}: {toe} TOE ≥ {threshold} TOE a year, so the establishment is a key energy user."
    ),
    "key_user_no": (
        "{period}: {toe} TOE < {threshold} TOE a year, so the establishment is not a key energy "
        "user."
    ),
    "key_user_na": "{period}: the total is not defined ({reason}), so the test cannot be made.",
    "key_user_consequence": "Consequence: {text}",
    "key_user_source": "Source: {source}",
    "period_not_a_year": (
        "The period lasts {days} days, not one year: the totals are not annualised, while the "
        "threshold applies to yearly use."
    ),
    # section 4
    "sec_options": "4. CP options",
    "sub_options_list": "4.1 Options",
    "sub_options_economics": "4.2 Economics",
    "sub_options_savings": "4.3 Resource savings per year",
    "col_code": "Code",
    "col_title": "Option",
    "col_technique": "CP technique",
    "col_screening": "Screening",
    "col_status": "Status",
    "col_investment": "Investment ({currency})",
    "col_net_saving": "Net saving per year ({currency})",
    "col_payback": "Payback period (years)",
    "col_payback_group": "Payback group",
    "col_npv": "NPV ({currency})",
    "col_irr": "IRR",
    "col_quantity": "Quantity per year",
    "col_money": "Money per year ({currency})",
    "rejected_because": "rejected: {reason}",
    "option_reference": "ref. {reference}",
    "no_options": "The project has no CP options.",
    "no_resource_savings": "No option states a resource saving.",
    "implemented_total": "Total of implemented options",
    "economics_note": (
        "Simple payback = investment / net annual saving. NPV = −investment + Σ saving / (1 + r)^t "
        "for t = 1 … n, the investment paid at the start and not discounted. "
        "Default lifetime {lifetime} years, discount rate {rate}, unless an option says otherwise."
    ),
    "assumptions": "Assumptions: {note}",
    "payback_groups": "Options by payback group",
    "col_count": "Number of options",
    # section 5
    "sec_sources": "5. Factors and sources",
    "sub_scheme": "5.1 Target scheme",
    "sub_conversions": "5.2 Energy conversion factors used",
    "sub_project_sources": "5.3 Sources of the data",
    "sub_notes": "5.4 Data-quality notes",
    "scheme_label": "Scheme",
    "scheme_instrument": "Instrument",
    "scheme_band": "Band",
    "scheme_scope": "Resource classes covered",
    "scheme_valid": "Valid",
    "scheme_source": "Source",
    "valid_range": "{start} – {end}",
    "valid_until": "until {end}",
    "col_factor_gj": "GJ per unit",
    "col_factor_toe": "TOE per unit",
    "col_source": "Source",
    "no_conversions": "No energy or fuel resource is used.",
    "no_sources": "The project names no sources.",
    "no_notes": "No notes.",
    # value labels
    "not_available": "n/a",
    "not_available_reason": "n/a ({reason})",
    "judgement_below": "below target",
    "judgement_within": "within target",
    "judgement_beyond": "beyond target",
    "judgement_out_of_scope": "not in scheme scope",
    "judgement_not_defined": "n/a",
    "judgement_and_reason": "{judgement}; {reason}",
    "class_energy": "Energy",
    "class_fuel": "Fuels",
    "class_material": "Materials",
    "class_water": "Water",
    "class_other": "Other",
    "basis_moit": "MOIT basis",
    "basis_final": "final-energy basis",
    "technique_good_housekeeping": "good housekeeping",
    "technique_input_material_change": "input material change",
    "technique_process_control": "better process control",
    "technique_equipment_modification": "equipment modification",
    "technique_technology_change": "technology change",
    "technique_onsite_recovery": "on-site recovery and reuse",
    "technique_by_products": "production of useful by-products",
    "technique_product_modification": "product modification",
    "screening_implement_now": "implement now",
    "screening_study_further": "study further",
    "screening_rejected": "rejected",
    "status_proposed": "proposed",
    "status_planned": "planned",
    "status_implemented": "implemented",
    "status_not_implemented": "not implemented",
    "payback_under_1": "< 1 year",
    "payback_1_to_2": "1–2 years",
    "payback_2_to_3": "2–3 years",
    "payback_over_3": "> 3 years",
    "reason_zero_baseline": "baseline is zero",
    "reason_no_production": "no production",
    "reason_no_baseline_data": "no baseline data",
    "reason_no_current_data": "no current data",
    "reason_no_allocation": "plant-level use not allocated to products",
    "reason_no_conversion": "no conversion factor",
    "reason_savings_exceed_use": "savings exceed use",
    "reason_no_money_saving": "saving has no money value or price",
    "reason_never_pays_back": "never pays back",
    "reason_no_irr": "no IRR exists",
    "reason_with_detail": "{reason}: {detail}",
    "reason_no_energy_data": "no energy or fuel use recorded",
    "unit_kW_month": "kW-month",
    "unit_m3": "m³",
    "unit_short_ton": "short ton",
    "unit_kgal": "1000 gal",
    "unit_iac_w0_unit": "IAC W0 unit",
    "unit_note_iac_w0_unit": "unit undefined",
    "unit_with_note": "{unit} ({note})",
    "source_heat content of the unit": "heat content of the unit",
    "source_measured heating value": "measured heating value",
    "source_3.6 MJ/kWh (final energy)": "3.6 MJ/kWh (final energy)",
    "source_MOIT official letter 3505/BCT-KHCN (19 Apr 2011)": (
        "MOIT official letter 3505/BCT-KHCN (19 Apr 2011)"
    ),
    # dates and errors
    "month_names": (
        "January February March April May June July August September October November December"
    ),
    "date": "{day} {month} {year}",
    "error_no_folder": "The folder {folder} does not exist: choose another folder.",
    "error_is_folder": "{path} is a folder: give a file name for the report.",
    "error_not_writable": "Cannot write in the folder {folder}: {why}. Choose another folder.",
    "error_replace": (
        "Cannot replace {path}: {why}. Close the file if another program has it open, "
        "or choose another name."
    ),
    "error_write": "Writing the report failed: {why}.",
    "error_scheme": "Unknown target scheme {scheme}: choose one of {known}.",
    "error_data": "The project data cannot be assessed: {why}.",
    # progress
    "progress_assess": "Calculating",
    "progress_chart": "Drawing the chart",
    "progress_layout": "Laying out the report",
    "progress_pages": "Writing pages",
    "progress_done": "Report written",
}

VI: dict[str, str] = {
    "report_title": "Báo cáo đánh giá sản xuất sạch hơn",
    "establishment": "Cơ sở sản xuất",
    "address": "Địa chỉ",
    "sector": "Ngành sản xuất",
    "industry_code": "Mã ngành",
    "employees": "Số lao động",
    "design_capacity": "Công suất thiết kế",
    "history": "Quá trình hình thành",
    "environmental_status": "Hiện trạng môi trường",
    "products": "Sản phẩm",
    "product_with_unit": "{name} (tính theo {unit})",
    "baseline_period": "Kỳ cơ sở",
    "current_period": "Kỳ hiện tại",
    "projection": "Dự tính từ các giải pháp đã thực hiện (với sản lượng kỳ cơ sở)",
    "period_with_dates": "{label} ({start} – {end})",
    "target_scheme": "Mục tiêu so sánh",
    "energy_basis": "Cơ sở quy đổi năng lượng",
    "currency": "Đơn vị tiền tệ",
    "report_date": "Ngày lập báo cáo",
    "prepared_with": "Lập bằng cpaudit",
    "footer": "trang {page} / {pages}",
    "sec_intensity": "1. Suất tiêu hao theo sản phẩm",
    "intensity_intro": (
        "Suất tiêu hao = lượng tài nguyên sử dụng / sản lượng, theo từng sản phẩm. "
        "Mức tiết kiệm = (kỳ cơ sở − {current}) / kỳ cơ sở; mức tiết kiệm âm là tăng tiêu hao. "
        "Đánh giá theo {scheme}."
    ),
    "col_product": "Sản phẩm",
    "col_resource": "Tài nguyên",
    "col_unit": "Đơn vị",
    "col_baseline": "Kỳ cơ sở",
    "col_current": "Hiện tại",
    "col_projected": "Dự tính",
    "col_saving": "Tiết kiệm",
    "col_judgement": "Đánh giá",
    "current_word": "hiện tại",
    "projected_word": "dự tính",
    "no_rows": "Không có sản phẩm nào có số liệu tiêu thụ trong các kỳ này.",
    "increase": "tăng",
    "sec_classes": "2. Mức tiết kiệm theo nhóm tài nguyên so với mục tiêu",
    "classes_intro": (
        "Mức tiết kiệm của một nhóm = 1 − Σ lượng sử dụng {current} / Σ (suất tiêu hao kỳ cơ sở × "
        "sản lượng {current}), cộng theo các sản phẩm, trên cơ sở quy đổi nêu trong bảng. "
        "Khoảng mục tiêu: {band}."
    ),
    "col_class": "Nhóm tài nguyên",
    "col_basis": "Cơ sở quy đổi",
    "chart_xlabel": "Mức tiết kiệm trên đơn vị sản phẩm [%]",
    "chart_band": "Khoảng mục tiêu {band}",
    "chart_out_of_scope": "ngoài phạm vi mục tiêu",
    "chart_na": "không xác định",
    "no_classes": "Không có nhóm tài nguyên nào có số liệu để so sánh với mục tiêu.",
    "basis_gj": "GJ ({basis})",
    "basis_money": "tiền ({currency})",
    "sec_energy": "3. Tổng năng lượng tiêu thụ",
    "col_period": "Kỳ",
    "col_toe": "TOE",
    "col_gj": "GJ",
    "col_key_user": "Cơ sở sử dụng năng lượng trọng điểm (≥ {threshold} TOE/năm)",
    "yes": "có",
    "no": "không",
    "energy_intro": (
        "Năng lượng toàn cơ sở của các tài nguyên năng lượng và nhiên liệu ({included}), quy đổi "
        "theo hệ số của Bộ Công Thương (Công văn 3505/BCT-KHCN), cơ sở để xác định cơ sở sử dụng "
        "năng lượng trọng điểm; điện được tính theo năng lượng sơ cấp. 1 TOE = {gj_per_toe} GJ."
    ),
    "energy_none_included": "không có",
    "energy_excluded": "Không phải chất mang năng lượng nên không cộng vào: {excluded}.",
    "key_user_yes": (
        "{period}: {toe} TOE ≥ {threshold} TOE/năm, nên thuộc diện cơ sở sử dụng năng lượng "
        "trọng điểm."
    ),
    "key_user_no": (
        "{period}: {toe} TOE < {threshold} TOE/năm, nên không thuộc diện cơ sở sử dụng năng "
        "lượng trọng điểm."
    ),
    "key_user_na": "{period}: tổng năng lượng không xác định ({reason}), không thể xét.",
    "key_user_consequence": "Hệ quả: {text}",
    "key_user_source": "Nguồn: {source}",
    "period_not_a_year": (
        "Kỳ dài {days} ngày, không phải một năm: tổng năng lượng không được quy ra năm, trong khi "
        "ngưỡng áp dụng cho lượng sử dụng hằng năm."
    ),
    "sec_options": "4. Các giải pháp SXSH",
    "sub_options_list": "4.1 Danh sách giải pháp",
    "sub_options_economics": "4.2 Hiệu quả kinh tế",
    "sub_options_savings": "4.3 Tài nguyên tiết kiệm hằng năm",
    "col_code": "Mã",
    "col_title": "Giải pháp",
    "col_technique": "Kỹ thuật SXSH",
    "col_screening": "Sàng lọc",
    "col_status": "Trạng thái",
    "col_investment": "Vốn đầu tư ({currency})",
    "col_net_saving": "Tiết kiệm ròng hằng năm ({currency})",
    "col_payback": "Thời gian hoàn vốn (năm)",
    "col_payback_group": "Nhóm hoàn vốn",
    "col_npv": "NPV ({currency})",
    "col_irr": "IRR",
    "col_quantity": "Lượng mỗi năm",
    "col_money": "Số tiền mỗi năm ({currency})",
    "rejected_because": "loại bỏ: {reason}",
    "option_reference": "tham chiếu {reference}",
    "no_options": "Dự án chưa có giải pháp SXSH nào.",
    "no_resource_savings": "Không giải pháp nào nêu lượng tài nguyên tiết kiệm.",
    "implemented_total": "Tổng các giải pháp đã thực hiện",
    "economics_note": (
        "Thời gian hoàn vốn giản đơn = vốn đầu tư / tiết kiệm ròng hằng năm. "
        "NPV = −vốn đầu tư + Σ tiết kiệm / (1 + r)^t với t = 1 … n; vốn đầu tư bỏ ra lúc đầu, "
        "không chiết khấu. Mặc định tuổi thọ {lifetime} năm, tỷ suất chiết khấu {rate}, "
        "trừ khi giải pháp nêu khác."
    ),
    "assumptions": "Giả định: {note}",
    "payback_groups": "Số giải pháp theo nhóm thời gian hoàn vốn",
    "col_count": "Số giải pháp",
    "sec_sources": "5. Hệ số và nguồn số liệu",
    "sub_scheme": "5.1 Mục tiêu so sánh",
    "sub_conversions": "5.2 Hệ số quy đổi năng lượng đã dùng",
    "sub_project_sources": "5.3 Nguồn số liệu",
    "sub_notes": "5.4 Ghi chú về chất lượng số liệu",
    "scheme_label": "Mục tiêu",
    "scheme_instrument": "Văn bản",
    "scheme_band": "Khoảng mục tiêu",
    "scheme_scope": "Nhóm tài nguyên áp dụng",
    "scheme_valid": "Hiệu lực",
    "scheme_source": "Nguồn",
    "valid_range": "{start} – {end}",
    "valid_until": "đến {end}",
    "col_factor_gj": "GJ/đơn vị",
    "col_factor_toe": "TOE/đơn vị",
    "col_source": "Nguồn",
    "no_conversions": "Không sử dụng tài nguyên năng lượng hay nhiên liệu nào.",
    "no_sources": "Dự án không nêu nguồn số liệu.",
    "no_notes": "Không có ghi chú.",
    "not_available": "không xác định",
    "not_available_reason": "không xác định ({reason})",
    "judgement_below": "dưới mục tiêu",
    "judgement_within": "trong mục tiêu",
    "judgement_beyond": "vượt mục tiêu",
    "judgement_out_of_scope": "ngoài phạm vi mục tiêu",
    "judgement_not_defined": "không xác định",
    "judgement_and_reason": "{judgement}; {reason}",
    "class_energy": "Năng lượng",
    "class_fuel": "Nhiên liệu",
    "class_material": "Nguyên vật liệu",
    "class_water": "Nước",
    "class_other": "Khác",
    "basis_moit": "hệ số Bộ Công Thương",
    "basis_final": "năng lượng cuối cùng",
    "technique_good_housekeeping": "quản lý nội vi",
    "technique_input_material_change": "thay đổi nguyên liệu đầu vào",
    "technique_process_control": "kiểm soát quá trình tốt hơn",
    "technique_equipment_modification": "cải tiến thiết bị",
    "technique_technology_change": "thay đổi công nghệ",
    "technique_onsite_recovery": "thu hồi và tái sử dụng tại chỗ",
    "technique_by_products": "sản xuất sản phẩm phụ hữu ích",
    "technique_product_modification": "cải tiến sản phẩm",
    "screening_implement_now": "thực hiện ngay",
    "screening_study_further": "cần nghiên cứu thêm",
    "screening_rejected": "loại bỏ",
    "status_proposed": "đề xuất",
    "status_planned": "dự kiến thực hiện",
    "status_implemented": "đã thực hiện",
    "status_not_implemented": "chưa thực hiện",
    "payback_under_1": "< 1 năm",
    "payback_1_to_2": "1–2 năm",
    "payback_2_to_3": "2–3 năm",
    "payback_over_3": "> 3 năm",
    "reason_zero_baseline": "kỳ cơ sở bằng 0",
    "reason_no_production": "không có sản lượng",
    "reason_no_baseline_data": "không có số liệu kỳ cơ sở",
    "reason_no_current_data": "không có số liệu kỳ hiện tại",
    "reason_no_allocation": "lượng dùng chung chưa phân bổ cho sản phẩm",
    "reason_no_conversion": "không có hệ số quy đổi",
    "reason_savings_exceed_use": "lượng tiết kiệm lớn hơn lượng sử dụng",
    "reason_no_money_saving": "lượng tiết kiệm chưa có giá trị tiền hay đơn giá",
    "reason_never_pays_back": "không hoàn vốn",
    "reason_no_irr": "không có IRR",
    "reason_with_detail": "{reason}: {detail}",
    "reason_no_energy_data": "không có số liệu sử dụng năng lượng hay nhiên liệu",
    "unit_kW_month": "kW-tháng",
    "unit_m3": "m³",
    "unit_short_ton": "tấn Mỹ (short ton)",
    "unit_kgal": "1000 gal",
    "unit_iac_w0_unit": "đơn vị W0 của IAC",
    "unit_note_iac_w0_unit": "đơn vị không xác định",
    "unit_with_note": "{unit} ({note})",
    "source_heat content of the unit": "nhiệt lượng theo chính đơn vị đo",
    "source_measured heating value": "nhiệt trị đo được",
    "source_3.6 MJ/kWh (final energy)": "3,6 MJ/kWh (năng lượng cuối cùng)",
    "source_MOIT official letter 3505/BCT-KHCN (19 Apr 2011)": (
        "Công văn 3505/BCT-KHCN của Bộ Công Thương (19/04/2011)"
    ),
    "month_names": "1 2 3 4 5 6 7 8 9 10 11 12",
    "date": "{day:02d}/{month_number:02d}/{year}",
    "error_no_folder": "Thư mục {folder} không tồn tại: hãy chọn thư mục khác.",
    "error_is_folder": "{path} là một thư mục: hãy đặt tên tệp cho báo cáo.",
    "error_not_writable": "Không ghi được vào thư mục {folder}: {why}. Hãy chọn thư mục khác.",
    "error_replace": (
        "Không thay được tệp {path}: {why}. Hãy đóng tệp nếu chương trình khác đang mở, "
        "hoặc chọn tên khác."
    ),
    "error_write": "Ghi báo cáo không thành công: {why}.",
    "error_scheme": "Không có mục tiêu {scheme}: hãy chọn một trong {known}.",
    "error_data": "Không tính được số liệu của dự án: {why}.",
    "progress_assess": "Đang tính toán",
    "progress_chart": "Đang vẽ biểu đồ",
    "progress_layout": "Đang dàn trang",
    "progress_pages": "Đang ghi các trang",
    "progress_done": "Đã ghi báo cáo",
}

CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "vi": VI}


class Texts:
    """The catalogue of one language: ``texts("footer", page=1, pages=3)``."""

    def __init__(self, lang: str) -> None:
        if lang not in CATALOGUES:
            raise ValueError(f"unsupported report language {lang!r}; use one of {LANGUAGES}")
        self.lang = lang
        self._entries = CATALOGUES[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._entries[key].format(**values) if values else self._entries[key]
        return unicodedata.normalize("NFC", text)

    def get(self, key: str, default: str) -> str:
        """The entry for ``key`` where the catalogue has one, else ``default`` unchanged."""
        if key in self._entries:
            return self(key)
        return default
