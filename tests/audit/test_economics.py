"""Option economics against hand-worked values."""

import pytest
from numpy.testing import assert_allclose

from cpaudit.audit.economics import (
    PaybackGroup,
    internal_rate_of_return,
    net_present_value,
    payback_group,
    simple_payback,
)
from cpaudit.audit.results import NotDefined, Reason


def test_simple_payback():
    assert simple_payback(1_860_000, 236_055) == pytest.approx(7.8795196)  # DL023801
    never = simple_payback(100, 0)
    assert isinstance(never, NotDefined) and never.reason == Reason.NEVER_PAYS_BACK
    assert isinstance(simple_payback(100, -5), NotDefined)


def test_npv_discounts_from_year_one():
    # -100 + 60/1.1 + 60/1.1^2 = -100 + 54.5455 + 49.5868 = 4.1322
    assert_allclose(net_present_value(100, 60, 2, 0.10), 4.1322, atol=5e-5)
    # at r = 0 the NPV is the plain sum
    assert net_present_value(100, 30, 5, 0.0) == 50


def test_irr():
    # -100 then 60 for two years: 60/(1+r) + 60/(1+r)^2 = 100 -> r = 13.066 %
    assert_allclose(internal_rate_of_return(100, 60, 2), 0.130662, atol=1e-6)
    # a level annuity of 1/3 of the investment for 3 years returns exactly nothing
    assert_allclose(internal_rate_of_return(300, 100, 3), 0.0, atol=1e-9)
    assert isinstance(internal_rate_of_return(100, 0, 5), NotDefined)
    assert isinstance(internal_rate_of_return(0, 10, 5), NotDefined)


@pytest.mark.parametrize(
    ("years", "group"),
    [
        (0.34, PaybackGroup.UNDER_1),
        (1.0, PaybackGroup.FROM_1_TO_2),
        (2.99, PaybackGroup.FROM_2_TO_3),
        (3.0, PaybackGroup.OVER_3),
        (7.88, PaybackGroup.OVER_3),
    ],
)
def test_payback_groups(years, group):
    assert payback_group(years) == group


def test_no_group_without_payback():
    assert payback_group(NotDefined(Reason.NEVER_PAYS_BACK)) is None
