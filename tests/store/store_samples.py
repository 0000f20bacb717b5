"""Projects that exercise every field of the model, for the store's tests (see conftest.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import unicodedata
from pathlib import Path

from cpaudit.audit.model import (
    Allocation,
    ConsumptionRecord,
    CPOption,
    EnergyBasis,
    Establishment,
    OptionStatus,
    Period,
    PeriodKind,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    ResourceSaving,
    ScreeningBin,
    Settings,
    Technique,
)

#: A name that must reach every file and back as plain text: markup, entities, Vietnamese.
MARKUP_NAME = "Bia & Nước <giải khát> <b>Lò hơi số 2"
#: Vietnamese typed in decomposed form (NFD), as some Mac and web input gives it.
VIETNAMESE_NFC = "Công ty Cổ phần Bia Hà Nội – Nhà máy Mê Linh"
VIETNAMESE_NFD = unicodedata.normalize("NFD", VIETNAMESE_NFC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
            ),
        ),
        sources=("Hóa đơn điện 2020–2024", "", "Sổ vận hành lò hơi <ca 3>"),
    )


def nfd_project() -> Project:
    """``full_project`` with its establishment name and one product name in NFD."""
    project = full_project(VIETNAMESE_NFD)
    products = (
        project.products[0],
        dataclasses.replace(project.products[1], name=unicodedata.normalize("NFD", "Bia hơi")),
    )
    return dataclasses.replace(project, products=products)
