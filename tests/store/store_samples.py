"""Projects that exercise every field of the model, for the store's tests (see conftest.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import unicodedata
from pathlib import Path
from typing import Any

from cpaudit.audit.model import (
    Allocation,
    BalanceFlow,
    Cause,
    CauseCategory,
    ConsumptionRecord,
    CPOption,
    EffectAspect,
    EnergyBasis,
    EnvironmentalEffect,
    Establishment,
    FlowKind,
    FocusCriterion,
    FocusScore,
    Implementation,
    Measurement,
    Method,
    OptionStatus,
    Period,
    PeriodKind,
    ProcessStep,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    ResourceSaving,
    ScreeningBin,
    Settings,
    StepFlow,
    SustainAction,
    TeamMember,
    TechnicalCheck,
    Technique,
    UnitOperation,
    VerifiedSaving,
    WasteStream,
)

#: A name that must reach every file and back as plain text: markup, entities, Vietnamese.
MARKUP_NAME = "Bia & Nước <giải khát> <b>Lò hơi số 2"
#: Vietnamese typed in decomposed form (NFD), as some Mac and web input gives it.
VIETNAMESE_NFC = "Công ty Cổ phần Bia Hà Nội – Nhà máy Mê Linh"
VIETNAMESE_NFD = unicodedata.normalize("NFD", VIETNAMESE_NFC)


#: The fields of Project that version 2 of the JSON form and revision 0002 of the file added.
CP_METHOD_FIELDS = (
    "method",
    "team",
    "process_steps",
    "step_flows",
    "focus_criteria",
    "focus_scores",
    "operations",
    "balance_flows",
    "waste_streams",
    "causes",
    "technical_checks",
    "environmental_effects",
    "implementations",
    "verified_savings",
    "sustain_actions",
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def version_1_part(project: Project) -> Project:
    """``project`` without what version 2 / revision 0002 added: those fields at their defaults.

    What a version-1 document or a revision-0001 file of ``project`` holds.
    """
    defaults = Project(project.establishment, project.settings)
    return dataclasses.replace(
        project,
        options=tuple(dataclasses.replace(option, addresses=()) for option in project.options),
        **{name: getattr(defaults, name) for name in CP_METHOD_FIELDS},
    )


def full_project(name: str = VIETNAMESE_NFC) -> Project:
    """A project with every field set, None where allowed, lists out of alphabetical order."""
    periods = (
        Period("FY2024", "Năm 2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        Period("FY2020", "Năm 2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        Period(
            "P2026",
            "Dự kiến 2026",
            dt.date(2026, 1, 1),
            dt.date(2026, 12, 31),
            PeriodKind.PROJECTED,
        ),
    )
    return Project(
        establishment=Establishment(
            name=name,
            address="Khu công nghiệp Quang Minh, Mê Linh, Hà Nội",
            sector="Sản xuất bia",
            industry_code="1103",
            history="Thành lập 1998;\nmở rộng 2015",
            design_capacity="100 triệu lít/năm",
            employees=None,
            environmental_status="ĐTM đã phê duyệt",
            currency="VND",
            notes="R&D <5> \"quoted\" 'single' \\ tab\there",
        ),
        settings=Settings(
            baseline_period="FY2020",
            current_period="FY2024",
            scheme_id="qd889-2020",
            energy_basis=EnergyBasis.FINAL,
            default_lifetime_years=12,
            default_discount_rate=0.085,
            assumptions_note="Lãi suất theo NHNN 2024",
        ),
        products=(
            Product("P2", MARKUP_NAME, "hl", "kl"),
            Product("P1", "Bia chai 450 ml", "hl"),
        ),
        resources=(
            Resource("EC", "Điện năng", ResourceClass.ENERGY, "kWh", "electricity", None, 1850.5),
            Resource("COAL", "Than cám 4a", ResourceClass.FUEL, "t", "fine coal grade 4a", 24.5),
            Resource("W", "Nước", ResourceClass.WATER, "m3", price_per_unit=None),
            Resource("MALT", "Malt", ResourceClass.MATERIAL, "t", price_per_unit=15_000_000.0),
            Resource("ED", "Công suất điện", ResourceClass.OTHER, "kW_month"),
        ),
        periods=periods,
        production=(
            ProductionRecord("FY2020", "P1", 812_345.25),
            ProductionRecord("FY2020", "P2", 0.0),
            ProductionRecord("FY2024", "P1", 900_000.0),
            ProductionRecord("FY2024", "P2", 1e-9),
        ),
        consumption=(
            ConsumptionRecord("FY2020", "EC", 10_500_000.0),
            ConsumptionRecord("FY2020", "COAL", 3_200.5, "P1", 9.6e9),
            ConsumptionRecord("FY2020", "W", 450_000.0, "P2", None),
            ConsumptionRecord("FY2024", "EC", 9_800_000.0, "", 1.8e10),
            ConsumptionRecord("FY2024", "MALT", -0.0, "P1", 0.0),
            ConsumptionRecord("FY2024", "ED", 1_234.0),
        ),
        allocations=(
            Allocation("EC", "P1", 0.7),
            Allocation("EC", "P2", 0.3),
        ),
        options=(
            CPOption(
                code="O2",
                title="Thu hồi nước ngưng <lò hơi>",
                technique=Technique.ONSITE_RECOVERY,
                screening=ScreeningBin.IMPLEMENT_NOW,
                status=OptionStatus.IMPLEMENTED,
                investment=250_000_000.0,
                savings=(
                    ResourceSaving("COAL", 120.0, 288_000_000.0),
                    ResourceSaving("W", 5_000.0),
                    ResourceSaving("EC", -15_000.0, -27_750_000.0),
                ),
                operating_cost_change=-1_000_000.0,
                lifetime_years=None,
                discount_rate=None,
                description="Lắp bẫy hơi & đường hồi",
                reference="AR-3",
                addresses=("CA2", "WS2", "CA1"),
            ),
            CPOption(
                code="O1",
                title="Biến tần cho bơm",
                technique=Technique.EQUIPMENT_MODIFICATION,
                screening=ScreeningBin.REJECTED,
                status=OptionStatus.NOT_IMPLEMENTED,
                investment=0.0,
                lifetime_years=15,
                discount_rate=0.12,
                rejection_reason="Chi phí đầu tư cao",
            ),
            CPOption(
                "O3",
                "Quản lý nội vi",
                Technique.GOOD_HOUSEKEEPING,
                ScreeningBin.STUDY_FURTHER,
                OptionStatus.PROPOSED,
                1.5,
                addresses=("WS1",),
            ),
        ),
        sources=("Hóa đơn điện 2020–2024", "", "Sổ vận hành lò hơi <ca 3>"),
        **cp_method_fields(),
    )


def cp_method_fields() -> dict[str, Any]:
    """The CP method's fields of ``full_project`` (T1-T18): every field set, None where allowed.

    Lists are out of alphabetical order; empty tuples and None dates appear next to full ones.
    """
    return {
        "method": Method(
            commitment_by="Ông Nguyễn Văn An <Giám đốc> & Ban lãnh đạo",
            commitment_date=dt.date(2024, 3, 1),
            commitment_statement='Cam kết "SXSH" toàn nhà máy;\ncấp đủ kinh phí',
            focus_step="S2",
            focus_reason="Lò hơi tiêu thụ 60 % nhiệt <đo 2024>",
            balance_period="Tháng 3–5/2024",
            grid_factor_t_per_mwh=0.6592,
            grid_factor_source="Cục Biến đổi khí hậu <2023>",
            selected_options=("O3", "O2"),
            next_focus="Hệ thống lạnh & nén khí",
            illustrative_note="Tên người là minh hoạ",
        ),
        "team": (
            TeamMember("Trần Thị Bình", "Trưởng phòng <Kỹ thuật>", "Trưởng nhóm", "Hiểu & quản lý"),
            TeamMember("Lê Văn Cường"),
        ),
        "process_steps": (
            ProcessStep("S2", "Nấu & đun sôi", "Nồi nấu <hơi> 2 bar"),
            ProcessStep("S1", "Nghiền malt"),
            ProcessStep("S3", "Lên men"),
        ),
        "step_flows": (
            StepFlow("S2", FlowKind.INPUT, "Hơi", 0.12, "t/hl", 0.1, ""),
            StepFlow("S2", FlowKind.WASTE, "Nước thải <nóng>", None, "m3/hl", None, "W"),
            StepFlow("S1", FlowKind.INPUT, "Malt", 0.017, "t/hl", resource="MALT"),
            StepFlow("S3", FlowKind.STOCK_CHANGE, "Bia non", -0.0, "hl/hl"),
        ),
        "focus_criteria": (
            FocusCriterion("LOSS", "Lượng tổn thất", 3.0),
            FocusCriterion("COST", "Chi phí <tổn thất>", 2.5),
        ),
        "focus_scores": (
            FocusScore("S2", "LOSS", 5.0),
            FocusScore("S2", "COST", 4.5),
            FocusScore("S1", "LOSS", 1.0),
        ),
        "operations": (
            UnitOperation("U2", "Nồi hơi & bẫy hơi", "S2"),
            UnitOperation("U1", "Nồi nấu"),
        ),
        "balance_flows": (
            BalanceFlow("U2", FlowKind.INPUT, "Than", 800.0, "t", Measurement.METERED),
            BalanceFlow("U2", FlowKind.PRODUCT, "Hơi", 6_000.0, "t", Measurement.CALCULATED, "U1"),
            BalanceFlow("U1", FlowKind.EMISSION, "Hơi thoát <mái>", 250.5, "t"),
            BalanceFlow("U1", FlowKind.BY_PRODUCT, "Bã malt", 1_200.0, "t", to_operation=""),
        ),
        "waste_streams": (
            WasteStream("WS2", "Nước ngưng thải", 5_000.0, "m3", "U2", 15_000.0, 2_500.5, 4_000.0),
            WasteStream("WS1", "Xỉ than <lò>", 90.0, "t"),
        ),
        "causes": (
            Cause("CA2", "WS2", "Bẫy hơi hỏng & không thu hồi", CauseCategory.EQUIPMENT),
            Cause("CA1", "WS2", "Không có quy trình kiểm tra", CauseCategory.PROCESS_CONTROL),
            Cause("CA3", "WS1", "Than chất lượng thấp", CauseCategory.INPUT_MATERIALS),
        ),
        "technical_checks": (
            TechnicalCheck("O2", "Có đủ chỗ lắp <bồn>?", True, "Đã khảo sát"),
            TechnicalCheck("O2", "Cần dừng máy?", False),
            TechnicalCheck("O3", "Nhân lực đủ?"),
        ),
        "environmental_effects": (
            EnvironmentalEffect("O2", EffectAspect.CO2, "Giảm CO₂ từ than", 290.0, "t"),
            EnvironmentalEffect("O3", EffectAspect.OTHER, "Ít bụi & tiếng ồn <ca đêm>"),
        ),
        "implementations": (
            Implementation(
                "O2",
                "Phòng Cơ điện",
                260_000_000.0,
                dt.date(2024, 6, 1),
                dt.date(2024, 9, 30),
                255_500_000.0,
                "Xong <đúng hạn>",
            ),
            Implementation("O3"),
        ),
        "verified_savings": (
            VerifiedSaving("O2", "COAL", 110.0, "Đo 3 tháng & ngoại suy"),
            VerifiedSaving("O2", "W", -0.0),
        ),
        "sustain_actions": (
            SustainAction("Đào tạo vận hành lò <hàng năm>", "Trần Thị Bình", dt.date(2025, 1, 15)),
            SustainAction("Kiểm tra bẫy hơi"),
        ),
    }


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nfd_project() -> Project:
    """``full_project`` with its establishment name, one product name and text of the CP method
    in NFD; ``nfc_of_nfd_project`` is what it must come back as."""
    project = full_project(VIETNAMESE_NFD)
    products = (
        project.products[0],
        dataclasses.replace(project.products[1], name=nfd("Bia hơi")),
    )
    return dataclasses.replace(
        project,
        products=products,
        method=dataclasses.replace(project.method, focus_reason=nfd(VIETNAMESE_NFC)),
        team=(
            dataclasses.replace(project.team[0], position=nfd("Kỹ sư <trưởng>")),
            *project.team[1:],
        ),
        causes=(*project.causes[:2], dataclasses.replace(project.causes[2], description=nfd("Xỉ"))),
        sustain_actions=(
            dataclasses.replace(project.sustain_actions[0], owner=nfd(VIETNAMESE_NFC)),
            *project.sustain_actions[1:],
        ),
    )


def nfc_of_nfd_project() -> Project:
    """What ``nfd_project`` is once its text is in NFC."""
    project = full_project()
    return dataclasses.replace(
        project,
        products=(project.products[0], dataclasses.replace(project.products[1], name="Bia hơi")),
        method=dataclasses.replace(project.method, focus_reason=VIETNAMESE_NFC),
        team=(dataclasses.replace(project.team[0], position="Kỹ sư <trưởng>"), *project.team[1:]),
        causes=(*project.causes[:2], dataclasses.replace(project.causes[2], description="Xỉ")),
        sustain_actions=(
            dataclasses.replace(project.sustain_actions[0], owner=VIETNAMESE_NFC),
            *project.sustain_actions[1:],
        ),
    )
