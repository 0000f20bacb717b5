"""The torture project: everything at once that has broken report generators.

400 products with generated names (markup characters, NFD Vietnamese, long and unbreakable
names), 8,000-character descriptions, zero and empty production series, plant-level use nobody
allocated, coal without a grade, options with no price, no saving or no IRR, balances with no
inputs, an unknown unit and twenty flows, and no grid factor: every figure that can be
"not defined" is. Used by the report tests and by ``benchmarks/run.py``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from cpaudit.audit.model import (
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

PRODUCTS = 400
MARKUP = "Bia & Nước <giải khát> <b>đậm</b> &amp; &nbsp; a<b R&D <5>"
NFD = unicodedata.normalize("NFD", "Nhà máy bia Hồng Hà – Lò hơi số 2")
UNBROKEN = "X" * 300


def long_text(seed: str, length: int = 8000) -> str:
    """About ``length`` characters of Vietnamese and English with markup and line breaks."""
    piece = (
        f"{seed}: Công ty đã đầu tư dây chuyền mới & cải tạo <lò hơi> năm 2015; "
        "hiệu suất > 80 % và < 95 %. The plant's R&D <team> wrote \"quotes\" & 'apostrophes'; "
        f"{NFD}.\n"
    )
    text = (piece * (length // len(piece) + 1))[:length]
    return text[: length // 2] + UNBROKEN + text[length // 2 + len(UNBROKEN) :]


def _product(i: int) -> Product:
    kind = i % 8
    if kind == 0:
        name = f"{MARKUP} số {i}"
    elif kind == 1:
        name = f"{NFD} sản phẩm {i}"
    elif kind == 2:
        name = f"Sản phẩm rất dài {i} " + "bia hơi đóng chai thủy tinh " * 10
    elif kind == 3:
        name = f"P{i}-" + "Y" * 120  # one long word
    else:
        name = f"Sản phẩm số {i}"
    unit = ("hl", "t", "piece", "hl")[i % 4]
    return Product(f"P{i:04d}", name, unit)


def torture_project() -> Project:
    """The torture project (see the module's docstring)."""
    products = tuple(_product(i) for i in range(PRODUCTS))
    resources = (
        Resource("EL", f"Điện năng {MARKUP}", ResourceClass.ENERGY, "kWh", "electricity"),
        Resource("COAL", "Than (không rõ loại)", ResourceClass.FUEL, "t", ""),
        Resource("GAS", NFD + " khí", ResourceClass.FUEL, "MMBtu", "natural gas", None, 9.5),
        Resource("WATER", "Nước & <nước thải>", ResourceClass.WATER, "m3", "", None, 0.0),
        Resource("MALT", "Malt <b>", ResourceClass.MATERIAL, "t", ""),
        Resource("DEMAND", "Công suất điện", ResourceClass.OTHER, "kW_month", ""),
    )
    periods = (
        Period("B", f"Năm 2023 {MARKUP}", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        Period("C", "Năm 2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        Period("X", "Kỳ trống", dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
    )
    production, consumption = [], []
    for i, product in enumerate(products):
        series = i % 10
        if series == 0:
            continue  # empty series: never produced, nothing used
        baseline = 0.0 if series == 1 else 1000.0 + i
        current = 0.0 if series == 2 else 950.0 + i
        production.append(ProductionRecord("B", product.code, baseline))
        production.append(ProductionRecord("C", product.code, current))
        for code, base in (("EL", 50_000.0), ("WATER", 400.0), ("MALT", 12.0)):
            if series == 4:
                base = 0.0  # zero use: zero baseline intensity
            if not (series == 3 and code == "WATER"):  # no baseline data, current only
                consumption.append(ConsumptionRecord("B", code, base + i, product=product.code))
            consumption.append(ConsumptionRecord("C", code, base * 0.9 + i, product=product.code))
    consumption += [
        ConsumptionRecord("B", "COAL", 1200.0),  # plant level, not allocated to any product
        ConsumptionRecord("C", "COAL", 1100.0),
        ConsumptionRecord("B", "GAS", 5000.0, product="P0005", cost=40_000.0),
        ConsumptionRecord("C", "GAS", 4500.0, product="P0005"),
        ConsumptionRecord("B", "DEMAND", 0.0, product="P0006"),
        ConsumptionRecord("C", "DEMAND", 0.0, product="P0006"),
    ]
    options = []
    for i in range(30):
        kind = i % 5
        savings: tuple[ResourceSaving, ...]
        if kind == 0:
            savings = (ResourceSaving("EL", 100_000.0 * (i + 1)),)  # no price: money not defined
        elif kind == 1:
            savings = (ResourceSaving("GAS", 200.0, 1900.0), ResourceSaving("COAL", 10.0, 5000.0))
        elif kind == 2:
            savings = (ResourceSaving("WATER", -50.0, -100.0),)  # an increase: never pays back
        elif kind == 3:
            savings = ()
        else:
            savings = (ResourceSaving("MALT", 1.0, 0.0),)
        options.append(
            CPOption(
                code=f"O{i:02d} <{i}>",
                title=f"{MARKUP} giải pháp {i} " + ("rất dài " * 40 if i % 3 == 0 else ""),
                technique=list(Technique)[i % len(Technique)],
                screening=list(ScreeningBin)[i % 3],
                status=list(OptionStatus)[i % 4],
                investment=0.0 if i % 7 == 0 else 10_000.0 * (i + 1),
                savings=savings,
                description=long_text(f"Mô tả {i}") if i % 10 == 0 else NFD,
                reference=f"ref <{i}> &amp;",
                rejection_reason=long_text("Lý do", 900) if i % 3 == 2 else "",
                addresses=(f"W{i:03d}",),
            )
        )
    operations = [
        UnitOperation(f"OP{k}", f"{MARKUP} công đoạn {k} " + "x" * (k * 20), "S1") for k in range(8)
    ]
    flows: list[BalanceFlow] = []
    for k, operation in enumerate(operations):
        code = operation.code
        if k == 0:  # no inputs: closure not defined
            flows.append(BalanceFlow(code, FlowKind.PRODUCT, "Sản phẩm", 10.0, "t"))
        elif k == 1:  # an unknown unit
            flows.append(BalanceFlow(code, FlowKind.INPUT, "Lạ", 5.0, "bogus_unit"))
        elif k == 2:  # twenty flows, mixed units
            flows.append(BalanceFlow(code, FlowKind.INPUT, MARKUP, 100.0, "t", Measurement.METERED))
            flows.append(BalanceFlow(code, FlowKind.INPUT, "Hơi nước", 500.0, "GJ"))
            for j in range(18):
                kind = (FlowKind.WASTE, FlowKind.EMISSION, FlowKind.BY_PRODUCT)[j % 3]
                flows.append(BalanceFlow(code, kind, f"Dòng {j} {NFD} " + "z" * j, 1.0 + j, "t"))
            flows.append(BalanceFlow(code, FlowKind.PRODUCT, "Sản phẩm chính", 20.0, "t"))
            flows.append(BalanceFlow(code, FlowKind.STOCK_CHANGE, "Tồn kho", -3.0, "t"))
            flows.append(BalanceFlow(code, FlowKind.PRODUCT, "Nhiệt hữu ích", 450.0, "GJ"))
        elif k == 3:  # all zero
            flows.append(BalanceFlow(code, FlowKind.INPUT, "Không", 0.0, "kg"))
            flows.append(BalanceFlow(code, FlowKind.PRODUCT, "Không", 0.0, "kg"))
        elif k == 4:  # outputs exceed inputs; pieces
            flows.append(BalanceFlow(code, FlowKind.INPUT, "Chai", 1000.0, "piece"))
            flows.append(BalanceFlow(code, FlowKind.PRODUCT, "Chai đầy", 990.0, "piece"))
            flows.append(BalanceFlow(code, FlowKind.WASTE, "Chai vỡ", 30.0, "piece"))
        # operations 5..7: no flows at all
    streams = tuple(
        WasteStream(
            f"W{i:03d}",
            f"Dòng thải {i} {MARKUP}" + (" dài" * 60 if i % 17 == 0 else ""),
            float(i),
            ("t", "m3", "kWh", "bogus_unit")[i % 4],
            f"OP{i % 8}",
            0.0,
            float(i % 3),
            0.5,
        )
        for i in range(100)
    )
    causes = tuple(
        Cause(f"C{i:03d}", f"W{i:03d}", long_text("Nguyên nhân", 600), list(CauseCategory)[i % 7])
        for i in range(100)
    )
    steps = tuple(
        ProcessStep(f"S{k}", f"Công đoạn {k} {MARKUP}", long_text(f"Bước {k}", 1500))
        for k in range(1, 31)
    )
    step_flows = tuple(
        StepFlow(
            f"S{1 + k % 30}",
            list(FlowKind)[k % 6],
            f"Dòng {k} <{k}>",
            None if k % 4 == 0 else 0.5 * k,
            "kWh/t" if k % 2 else "kW_month/hl",
            None if k % 3 else 0.4 * k,
        )
        for k in range(60)
    )
    criteria = tuple(
        FocusCriterion(f"K{c}", f"Tiêu chí {c} " + "dài " * c, 1.0 + c) for c in range(10)
    )
    scores = tuple(
        FocusScore(step.code, criterion.code, float((k + c) % 5 + 1))
        for k, step in enumerate(steps)
        for c, criterion in enumerate(criteria)
        if (k + c) % 7
    )
    method = Method(
        commitment_by=MARKUP,
        commitment_date=None,
        commitment_statement=long_text("Cam kết"),
        focus_step="S1",
        focus_reason=long_text("Lý do chọn trọng tâm"),
        balance_period=NFD,
        grid_factor_t_per_mwh=None,
        grid_factor_source="",
        selected_options=tuple(o.code for o in options[:12]),
        next_focus=long_text("Trọng tâm tiếp theo"),
        illustrative_note=f"Torture project {MARKUP}",
    )
    return Project(
        establishment=Establishment(
            name=f"{NFD} {MARKUP}",
            address=long_text("Địa chỉ"),
            sector=f"Sản xuất bia & nước giải khát {NFD}",
            industry_code="<1103>",
            history=long_text("Lịch sử"),
            design_capacity=long_text("Công suất", 2000),
            employees=0,
            environmental_status=long_text("Môi trường"),
            currency="VND",
            notes=long_text("Ghi chú"),
        ),
        settings=Settings(
            baseline_period="B",
            current_period="C",
            scheme_id="qd1419-2020",
            energy_basis=EnergyBasis.FINAL,
            assumptions_note=long_text("Giả định", 3000),
        ),
        products=products,
        resources=resources,
        periods=periods,
        production=tuple(production),
        consumption=tuple(consumption),
        options=tuple(options),
        sources=(long_text("Nguồn"), MARKUP, ""),
        method=method,
        team=tuple(
            TeamMember(f"Thành viên {k} {MARKUP}", NFD, long_text("Vai trò", 700), "")
            for k in range(50)
        ),
        process_steps=steps,
        step_flows=step_flows,
        focus_criteria=criteria,
        focus_scores=scores,
        operations=tuple(operations),
        balance_flows=tuple(flows),
        waste_streams=streams,
        causes=causes,
        technical_checks=tuple(
            TechnicalCheck(o.code, f"Câu hỏi {MARKUP}", (None, True, False)[k % 3], NFD)
            for k, o in enumerate(options)
        ),
        environmental_effects=tuple(
            EnvironmentalEffect(
                o.code,
                list(EffectAspect)[k % 5],
                long_text("Tác động", 500),
                None if k % 2 else 1.5,
                "t",
            )
            for k, o in enumerate(options)
        ),
        implementations=tuple(
            Implementation(
                o.code,
                MARKUP if k % 2 else "",
                None if k % 3 else 1000.0,
                None if k % 2 else dt.date(2024, 1, 1),
                None,
                None,
                long_text("Ghi chú", 300),
            )
            for k, o in enumerate(options)
        ),
        verified_savings=(
            VerifiedSaving(options[0].code, "EL", 90_000.0, MARKUP),
            VerifiedSaving(options[1].code, "COAL", 0.0, ""),
        ),
        sustain_actions=tuple(
            SustainAction(long_text("Hành động", 400), NFD, dt.date(2025, 1, 1) if k % 2 else None)
            for k in range(20)
        ),
    )
