"""Arithmetic of the CP method's tasks against hand-worked values and the DL0238 case."""

import dataclasses
import datetime as dt

import pytest
from numpy.testing import assert_allclose

from cpaudit.audit.iac import demo_project
from cpaudit.audit.method import (
    NextCycleError,
    balances,
    co2_of_savings,
    focus_ranking,
    next_cycle,
    sensitivity,
    waste_cost,
)
from cpaudit.audit.model import (
    BalanceFlow,
    FlowKind,
    FocusCriterion,
    FocusScore,
    Measurement,
    Method,
    Period,
    ProcessStep,
    ResourceSaving,
    Settings,
    WasteStream,
)
from cpaudit.audit.results import NotDefined


def test_focus_ranking_weighted_sum():
    steps = [
        ProcessStep("S1", "washing"),
        ProcessStep("S2", "boiling"),
        ProcessStep("S3", "filling"),
    ]
    criteria = [FocusCriterion("loss", "loss quantity", 3), FocusCriterion("cost", "loss cost", 2)]
    scores = [
        FocusScore("S1", "loss", 4),  # 12
        FocusScore("S1", "cost", 2),  # + 4 = 16
        FocusScore("S2", "loss", 2),  # 6
        FocusScore("S2", "cost", 5),  # + 10 = 16
        FocusScore("S3", "loss", 5),  # 15 + 0 (cost missing) = 15
    ]
    ranks = focus_ranking(steps, criteria, scores)
    assert [(r.step, r.score, r.rank) for r in ranks] == [
        ("S1", 16, 1),
        ("S2", 16, 1),  # a tie shares the rank
        ("S3", 15, 3),
    ]


def _flow(kind, quantity, unit="t", measurement=Measurement.METERED, operation="OP1"):
    return BalanceFlow(operation, kind, kind.value, quantity, unit, measurement)


def test_mass_balance_closure():
    # 1,000 t in; 900 t product, 60 t waste, 20 t stock build-up: 20 t unaccounted, 2 %
    flows = [
        _flow(FlowKind.INPUT, 1000),
        _flow(FlowKind.PRODUCT, 900),
        _flow(FlowKind.WASTE, 60_000, "kg", Measurement.ESTIMATED),
        _flow(FlowKind.STOCK_CHANGE, 20),
        _flow(FlowKind.INPUT, 5, operation="OTHER"),
    ]
    (balance,) = balances(flows, "OP1")
    assert balance.unit == "kg"
    assert_allclose([balance.inputs, balance.outputs, balance.stock_change], [1e6, 960e3, 20e3])
    assert_allclose(balance.closure, 0.02)
    assert_allclose(balance.metered_share, 1900 / 1960)


def test_mass_and_energy_are_balanced_apart():
    flows = [
        _flow(FlowKind.INPUT, 100),
        _flow(FlowKind.PRODUCT, 100),
        _flow(FlowKind.INPUT, 10, "MMBtu"),
        _flow(FlowKind.PRODUCT, 9, "MMBtu"),
    ]
    by_unit = {b.unit: b for b in balances(flows, "OP1")}
    assert set(by_unit) == {"kg", "GJ"}
    assert by_unit["kg"].closure == 0
    assert_allclose(by_unit["GJ"].closure, 0.1)


def test_balance_without_inputs_is_not_defined():
    (balance,) = balances([_flow(FlowKind.PRODUCT, 3)], "OP1")
    assert isinstance(balance.closure, NotDefined)


def test_waste_cost():
    # 120 t/yr of pulp fibre lost: bought at 8 M VND/t, 1.5 M VND/t of processing in it, and
    # 0.5 M VND/t to treat: 120 x 10 M = 1.2 billion VND a year
    stream = WasteStream("W1", "fibre", 120, "t", "", 8e6, 1.5e6, 0.5e6)
    assert waste_cost(stream) == 1.2e9


def test_sensitivity_of_dl023801():
    # DL023801: 1,860,000 USD for 236,055 USD/yr (dl0238_recommendations.csv)
    cases = sensitivity(1_860_000, 236_055, 10, 0.10)
    assert len(cases) == 9
    middle = cases[4]
    assert (middle.investment_factor, middle.saving_factor) == (1.0, 1.0)
    assert_allclose(middle.payback_years, 7.8795, atol=5e-5)
    worst = cases[6]  # investment +20 %, saving -20 %
    assert (worst.investment_factor, worst.saving_factor) == (1.2, 0.8)
    assert_allclose(worst.payback_years, 1.2 * 1_860_000 / (0.8 * 236_055))
    best = cases[2]  # investment -20 %, saving +20 %
    assert_allclose(best.payback_years, 0.8 * 1_860_000 / (1.2 * 236_055))


def test_co2_of_electricity_and_gas():
    project = demo_project()
    project = dataclasses.replace(
        project, method=Method(grid_factor_t_per_mwh=0.6592, grid_factor_source="DCC 2023")
    )
    # 1,000 MWh x 0.6592 = 659.2 t; 1,000 MMBtu gas = 1.055056 TJ x 56,100 kg/TJ = 59.19 t
    co2 = co2_of_savings(
        [ResourceSaving("EC", 1_000_000), ResourceSaving("E2", 1000), ResourceSaving("W0", 5)],
        project,
    )
    assert_allclose(co2.fossil_t, 659.2 + 1.055056 * 56.1)
    assert co2.biogenic_t == 0
    assert co2.not_counted == ("W0",)


def test_co2_without_grid_factor_is_not_guessed():
    project = dataclasses.replace(demo_project(), method=Method())
    co2 = co2_of_savings([ResourceSaving("EC", 1_000_000)], project)
    assert co2.fossil_t == 0 and co2.not_counted == ("EC",)


def test_next_cycle_takes_the_current_period_as_baseline():
    project = demo_project()
    with pytest.raises(NextCycleError):
        next_cycle(project)  # the demo's current state is a projection
    period = Period("FY2025", "FY2025", dt.date(2024, 10, 1), dt.date(2025, 9, 30))
    measured = dataclasses.replace(
        project,
        periods=project.periods + (period,),
        settings=dataclasses.replace(project.settings, current_period="FY2025"),
        method=Method(next_focus="compressed air"),
    )
    new = next_cycle(measured)
    assert new.settings == Settings(
        **{
            **dataclasses.asdict(measured.settings),
            "baseline_period": "FY2025",
            "current_period": "",
        }
    )
    assert new.options == () and new.method.focus_reason == "compressed air"
    assert new.resources == project.resources


def test_the_grid_factor_of_the_period_or_the_latest_announced_year():
    from cpaudit.audit.method import grid_year

    # grid_emission_factors_vn.csv (DCC announcements via climatechange.vn): 2023 is 0.6592
    # t CO2/MWh and the latest official year; 2024 is only an unofficial estimate
    calendar_2023 = Period("Y", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    same = grid_year(calendar_2023)
    assert (same.period_year, same.announced.year, same.stand_in) == (2023, 2023, False)
    assert same.announced.t_co2_per_mwh == 0.6592

    fiscal_2024 = Period("FY", "FY2024", dt.date(2023, 10, 1), dt.date(2024, 9, 30))
    stand_in = grid_year(fiscal_2024)  # the period ends in 2024, which has no DCC factor
    assert (stand_in.period_year, stand_in.announced.year, stand_in.stand_in) == (2024, 2023, True)

    before = grid_year(Period("O", "2010", dt.date(2010, 1, 1), dt.date(2010, 12, 31)))
    assert before.announced is None  # the table starts in 2014


def test_a_project_grid_factor_is_recognised_as_a_reference_row():
    from cpaudit.audit.reference import cited_grid_factor, grid_factor_citation, grid_factors

    row_2019 = next(g for g in grid_factors() if g.year == 2019)
    text = grid_factor_citation(row_2019) + ". Our note."

    row, rest = cited_grid_factor(0.8458, text)
    assert (row.year, rest) == (2019, ". Our note.")
    assert cited_grid_factor(0.9, text) is None  # another value: the project's own factor
    assert cited_grid_factor(0.8458, "EVN, 2019") is None
    assert cited_grid_factor(None, text) is None
    assert demo_project().method.grid_factor_source.startswith("2023: MONRE Department")
    estimate = next(g for g in grid_factors() if g.year == 2025)  # not announced by the DCC
    cited = grid_factor_citation(estimate)
    assert cited.startswith("2025 (unofficial estimate): ")
    assert cited_grid_factor(estimate.t_co2_per_mwh, cited) == (estimate, "")
