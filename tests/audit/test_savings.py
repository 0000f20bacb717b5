"""Savings arithmetic of ../shared/domain.md §4 against hand-worked values."""

import math

import pytest
from numpy.testing import assert_allclose

from cpaudit.audit.analysis import (
    Judgement,
    avoided_quantity,
    judge,
    saving_fraction,
    specific_consumption,
    weighted_saving,
)
from cpaudit.audit.model import ResourceClass
from cpaudit.audit.reference import target_scheme
from cpaudit.audit.results import NotDefined, Reason


def test_specific_consumption():
    # Hong Ha brewery style: 1,200,000 kWh for 10,000 hl is 120 kWh/hl
    assert specific_consumption(1_200_000, 10_000) == 120
    undefined = specific_consumption(5.0, 0)
    assert isinstance(undefined, NotDefined)
    assert undefined.reason == Reason.NO_PRODUCTION


def test_saving_and_increase():
    assert_allclose(saving_fraction(200.0, 180.0), 0.10)
    assert_allclose(saving_fraction(200.0, 230.0), -0.15)  # an increase
    zero = saving_fraction(0.0, 5.0)
    assert isinstance(zero, NotDefined) and zero.reason == Reason.ZERO_BASELINE
    assert isinstance(saving_fraction(NotDefined(Reason.NO_PRODUCTION), 1.0), NotDefined)


def test_avoided_quantity():
    # I_b = 2 kWh/t, P_c = 1000 t, Q_c = 1800 kWh: 200 kWh avoided
    assert avoided_quantity(2.0, 1000.0, 1800.0) == 200.0


def test_production_weighted_saving():
    # Two products: A baseline 2 kWh/t, now 900 t using 1,620 kWh; B baseline 5 kWh/t, now 100 t
    # using 500 kWh. Expected at baseline intensity: 1,800 + 500 = 2,300; actual 2,120.
    # Saving 1 - 2120/2300 = 7.826 %.
    assert_allclose(weighted_saving([1620, 500], [2, 5], [900, 100]), 1 - 2120 / 2300)
    assert isinstance(weighted_saving([1.0], [0.0], [10.0]), NotDefined)


@pytest.mark.parametrize(
    ("pct", "expected"),
    [
        (7.999, Judgement.BELOW),
        (8.0, Judgement.WITHIN),  # the band's edge belongs to the band
        (0.08 * 100, Judgement.WITHIN),
        (10.5, Judgement.WITHIN),
        (13.0, Judgement.WITHIN),
        (13.001, Judgement.BEYOND),
        (-4.0, Judgement.BELOW),
    ],
)
def test_judgement_against_the_2020_band(pct, expected):
    scheme = target_scheme("qd1419-2020")
    assert (scheme.min_pct, scheme.max_pct) == (8, 13)
    assert judge(pct / 100, scheme, ResourceClass.ENERGY) == expected


def test_judgement_edge_after_float_arithmetic():
    # (1 - 0.92) / 1 is 0.07999999999999996 in floating point: still on the edge
    saving = saving_fraction(1.0, 0.92)
    assert saving < 0.08
    assert judge(saving, target_scheme("qd1419-2020"), ResourceClass.FUEL) == Judgement.WITHIN


def test_judgement_scope_and_undefined():
    scheme = target_scheme("qd889-2030")
    assert (scheme.min_pct, scheme.max_pct) == (7, 10)
    assert judge(0.09, scheme, ResourceClass.ENERGY) == Judgement.OUT_OF_SCOPE
    assert judge(0.09, scheme, ResourceClass.WATER) == Judgement.OUT_OF_SCOPE
    undefined = NotDefined(Reason.ZERO_BASELINE)
    assert judge(undefined, scheme, ResourceClass.MATERIAL) == Judgement.NOT_DEFINED


def test_reference_schemes_match_the_decisions():
    bands = {
        s: (target_scheme(s).min_pct, target_scheme(s).max_pct)
        for s in ("qd1419-2015", "qd1419-2020", "qd889-2025", "qd889-2030")
    }
    assert bands == {
        "qd1419-2015": (5, 8),
        "qd1419-2020": (8, 13),
        "qd889-2025": (5, 8),
        "qd889-2030": (7, 10),
    }
    assert not math.isnan(target_scheme("qd1419-2015").min_pct)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # Decision 1419/QĐ-TTg's 2016–2020 horizon: 01/01/2016 – 31/12/2020
        ((2023, 10, 1), (2024, 9, 30), "after"),  # the demo's FY2024
        ((2020, 7, 1), (2021, 6, 30), "partly_after"),
        ((2020, 1, 1), (2020, 12, 31), "within"),  # the horizon's last day belongs to it
        ((2015, 7, 1), (2016, 6, 30), "within"),  # judged at its end
        ((2012, 1, 1), (2012, 12, 31), "before"),
    ],
)
def test_the_period_judged_against_the_schemes_horizon(start, end, expected):
    import datetime as dt

    from cpaudit.audit.analysis import horizon_position
    from cpaudit.audit.model import Period

    scheme = target_scheme("qd1419-2020")
    assert (scheme.valid_from, scheme.horizon_end) == (dt.date(2016, 1, 1), dt.date(2020, 12, 31))
    period = Period("P", "p", dt.date(*start), dt.date(*end))
    assert horizon_position(scheme, period).value == expected


def test_the_demo_is_judged_after_the_2020_horizon_and_within_2025():
    from cpaudit.audit.analysis import HorizonPosition, assess
    from cpaudit.audit.iac import demo_project

    demo = demo_project()
    assert assess(demo).horizon == HorizonPosition.AFTER
    assert assess(demo).reporting_period == "FY2024"
    assert assess(demo, "qd889-2025").horizon == HorizonPosition.WITHIN
