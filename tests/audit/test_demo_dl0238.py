"""The demo project against the published and derived figures of IAC assessment DL0238.

Expected values: ../shared/cases/itac-iac-assessments/expected.json ("itac_raw",
"third_party_derived" and "derived") and dl0238_recommendations.csv.
"""

import dataclasses

import pytest
from numpy.testing import assert_allclose

from cpaudit.audit.analysis import Judgement, assess
from cpaudit.audit.economics import PaybackGroup
from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import OptionStatus, ResourceClass
from cpaudit.audit.results import NotDefined


@pytest.fixture(scope="module")
def project():
    return demo_project()


@pytest.fixture(scope="module")
def result(project):
    return assess(project)


def test_raw_figures_come_from_the_case_files(project):
    consumption = {c.resource: c.quantity for c in project.consumption}
    assert consumption == {
        "EC": 43731684,
        "ED": 74751,
        "E2": 62550,
        "E11": 87840,
        "W0": 2655000,
    }
    assert project.production[0].quantity == 107000
    assert project.products[0].unit == "short_ton"
    implemented = [o.code for o in project.options if o.status == OptionStatus.IMPLEMENTED]
    assert implemented == ["DL023801", "DL023802", "DL023803", "DL023804", "DL023806"]


def test_baseline_electricity_per_short_ton(project):
    product = dataclasses.replace(project.products[0], report_unit="short_ton")
    per_short_ton = assess(dataclasses.replace(project, products=(product,)))
    # third_party_derived.electricity_kWh_per_t (per short ton)
    assert_allclose(per_short_ton.row("P1", "EC").baseline_intensity, 408.70732710280373)
    # derived.SEC_electricity_after_if_estimates_realised_kWh_per_t_same_output
    assert_allclose(per_short_ton.row("P1", "EC").current_intensity, 370.9165, atol=5e-5)
    # derived SEC_E11 and SEC_E2 per short ton
    assert_allclose(per_short_ton.row("P1", "E11").baseline_intensity, 0.820935, atol=5e-7)
    assert_allclose(per_short_ton.row("P1", "E11").current_intensity, 0.697794, atol=5e-7)
    assert_allclose(per_short_ton.row("P1", "E2").baseline_intensity, 0.584579, atol=5e-7)


def test_electricity_per_tonne(result):
    # SOURCE.md "Which ton": 450.52 kWh/t baseline and 408.87 kWh/t projected
    row = result.row("P1", "EC")
    assert row.intensity_unit == "kWh/t"
    assert_allclose(row.baseline_intensity, 450.52, atol=0.005)
    assert_allclose(row.current_intensity, 408.87, atol=0.005)
    assert_allclose(row.baseline_production, 97068.8, atol=0.05)


def test_projected_savings_and_judgement(result):
    assert result.current_is_projection
    # derived.implemented_EC_savings_kWh and implemented_EC_saving_pct_of_baseline
    assert_allclose(result.projected_savings["EC"], 4043623)
    electricity = result.row("P1", "EC")
    assert_allclose(electricity.saving * 100, 9.2464, atol=5e-5)
    assert electricity.judgement == Judgement.WITHIN  # 8-13 % (Decision 1419, to 2020)
    assert_allclose(electricity.avoided, 4043623, rtol=1e-12)
    # derived.implemented_E11_saving_pct and implemented_ED_saving_pct
    assert_allclose(result.row("P1", "E11").saving * 100, 15.00, atol=5e-3)
    assert_allclose(result.row("P1", "ED").saving * 100, 23.53, atol=5e-3)
    assert result.row("P1", "ED").judgement == Judgement.OUT_OF_SCOPE


def test_the_same_saving_judged_against_other_schemes(project):
    assert assess(project, "qd1419-2015").row("P1", "EC").judgement == Judgement.BEYOND
    # Decision 889 names fuels and materials, not energy
    assert assess(project, "qd889-2025").row("P1", "EC").judgement == Judgement.OUT_OF_SCOPE
    assert assess(project, "qd889-2025").row("P1", "E2").judgement == Judgement.BELOW


def test_option_money_and_payback(result):
    # dl0238_recommendations.csv: estimated_annual_savings_usd and the payback per measure
    published = {
        "DL023801": (236055.0, 7.8795),
        "DL023802": (21276.0, 0.3431),
        "DL023803": (205595.0, 0.1673),
        "DL023804": (112874.0, 0.3278),
        "DL023805": (40888.0, 4.4023),
        "DL023806": (56437.0, 0.3898),
        "DL023807": (212600.0, 4.2333),
    }
    for code, (saving, payback) in published.items():
        economics = result.option(code)
        assert_allclose(economics.net_annual_saving, saving)
        assert_allclose(economics.payback_years, payback, atol=5e-5)
    assert result.option("DL023801").payback_group == PaybackGroup.OVER_3
    assert result.option("DL023803").payback_group == PaybackGroup.UNDER_1


def test_implemented_portfolio(result):
    # third_party_derived: 632,237 USD/yr for 1,960,700 USD; derived payback 3.1012 years
    assert_allclose(result.implemented_net_saving, 632237.0)
    assert_allclose(result.implemented_investment, 1960700.0)
    assert_allclose(result.implemented_payback_years, 3.1012, atol=5e-5)


def test_fuel_switch_increases_natural_gas(project):
    option = next(o for o in project.options if o.code == "DL023807")
    gas = next(s for s in option.savings if s.resource == "E2")
    # derived.sign_trap: E2 -109,800 MMBtu, -916,144 USD; total 212,600 USD
    assert gas.quantity == -109800
    assert gas.money == -916144
    everything = dataclasses.replace(
        project,
        options=tuple(
            dataclasses.replace(o, status=OptionStatus.IMPLEMENTED) for o in project.options
        ),
    )
    result = assess(everything)
    assert result.row("P1", "E2").saving < 0  # an increase
    assert result.row("P1", "E2").judgement == Judgement.BELOW
    # E11 savings of all seven exceed the plant's use: overlapping measures, not a saving
    assert isinstance(result.row("P1", "E11").current_quantity, NotDefined)


def test_energy_class_and_key_energy_user(result):
    energy = result.class_result(ResourceClass.ENERGY)
    assert energy.basis == "GJ (moit)"
    assert 0 < energy.saving < 1
    baseline_total = result.energy_totals[0]
    # 43,731,684 kWh x 0.0001543 TOE/kWh + (62,550 + 87,840) MMBtu x 1.055056 GJ / 41.868 GJ/TOE
    expected_toe = 43731684 * 0.0001543 + (62550 + 87840) * 1.055056 / 41.868
    assert_allclose(baseline_total.toe, expected_toe, rtol=1e-9)
    assert baseline_total.key_energy_user is True


def test_implausible_sales_are_flagged_not_changed(project):
    # SOURCE.md: sales 4,000,000 USD against a 5.6 M USD/yr energy bill
    assert "4,000,000" in project.establishment.notes
    assert "5,614,582" in project.establishment.notes


def test_every_task_of_the_method_is_filled(project):
    from cpaudit.audit.tasks import TaskState, task_statuses

    statuses = task_statuses(project)
    assert all(statuses[n].state == TaskState.DONE for n in statuses if n != 16)
    # no metered after-period in IAC: monitoring can only show the projection
    assert statuses[16].state == TaskState.STARTED
    assert "illustrative" in project.method.illustrative_note.lower()


def test_waste_streams_are_priced_from_the_plant_bills(project):
    from cpaudit.audit.method import waste_cost

    streams = {w.code: w for w in project.waste_streams}
    # E11 costs 1,128,433 USD for 87,840 MMBtu (itac_raw); DL023804 saves 8,784 MMBtu of it,
    # which the assessors valued at 112,874 USD: the plant's average price gives 112,843
    assert streams["WS-TRAPS"].quantity == 8784
    assert_allclose(waste_cost(streams["WS-TRAPS"]), 8784 * 1128433 / 87840)
    assert_allclose(waste_cost(streams["WS-TRAPS"]), 112874, rtol=5e-4)
    # DL023803's 2,295,500 kWh at 3,123,752 USD / 43,731,684 kWh; assessors: 162,981 USD
    assert_allclose(waste_cost(streams["WS-AIR"]), 2295500 * 3123752 / 43731684)
    assert_allclose(waste_cost(streams["WS-AIR"]), 162981, rtol=1e-2)


def test_focus_balance_adds_up(project):
    from cpaudit.audit.method import balances, focus_ranking

    ranking = focus_ranking(project.process_steps, project.focus_criteria, project.focus_scores)
    assert ranking[0].step == project.method.focus_step == "S2"
    (first,) = balances(project.balance_flows, "OP1")
    # 87,840 MMBtu in; 8,784 (traps) + 4,392 (leaks) out as waste, the rest to the process
    assert_allclose(first.inputs, 87840 * 1.055056)
    assert first.closure == 0
    to_process = next(f for f in project.balance_flows if f.to_operation == "OP2")
    assert to_process.quantity == 87840 - 8784 - 4392


def test_selected_options_are_the_implemented_ones_by_payback(project):
    # per-measure paybacks (expected.json): 03 0.17, 04 0.33, 02 0.34, 06 0.39, 01 7.88
    assert project.method.selected_options == (
        "DL023803",
        "DL023804",
        "DL023802",
        "DL023806",
        "DL023801",
    )
    assert_allclose(project.method.grid_factor_t_per_mwh, 0.6592)  # DCC, 2023
