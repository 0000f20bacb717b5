"""Economics of CP options: simple payback, NPV and IRR (numpy-financial)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy_financial as npf

from cpaudit.audit.model import CPOption, Resource, Settings
from cpaudit.audit.results import Figure, NotDefined, Reason, finite_or


class PaybackGroup(StrEnum):
    """Payback classes used in Vietnamese CP reports."""

    UNDER_1 = "under_1"
    FROM_1_TO_2 = "1_to_2"
    FROM_2_TO_3 = "2_to_3"
    OVER_3 = "over_3"


@dataclass(frozen=True)
class OptionEconomics:
    code: str
    investment: float
    net_annual_saving: Figure  # money per year, after the operating cost change
    payback_years: Figure
    payback_group: PaybackGroup | None
    npv: Figure
    irr: Figure  # fraction per year
    lifetime_years: int
    discount_rate: float


def simple_payback(investment: float, net_annual_saving: float) -> Figure:
    """Simple payback [years] = investment / net annual saving.

    Not defined where the option saves no money (it never pays back).
    """
    if net_annual_saving <= 0:
        return NotDefined(Reason.NEVER_PAYS_BACK)
    return investment / net_annual_saving


def payback_group(payback_years: Figure) -> PaybackGroup | None:
    """The report's payback class: under 1 year, 1-2, 2-3, over 3 (lower edge inclusive)."""
    if isinstance(payback_years, NotDefined):
        return None
    if payback_years < 1:
        return PaybackGroup.UNDER_1
    if payback_years < 2:
        return PaybackGroup.FROM_1_TO_2
    if payback_years < 3:
        return PaybackGroup.FROM_2_TO_3
    return PaybackGroup.OVER_3


def net_present_value(
    investment: float, net_annual_saving: float, lifetime_years: int, rate: float
) -> float:
    """NPV = -I0 + sum_{t=1..n} CF / (1 + r)^t.

    The investment is paid at t = 0 and is not discounted; the saving arrives at the end of each
    year. (A spreadsheet's NPV() discounts its first value too: it gives NPV / (1 + r).)
    """
    flows = [-investment] + [net_annual_saving] * lifetime_years
    return float(npf.npv(rate, flows))


def internal_rate_of_return(
    investment: float, net_annual_saving: float, lifetime_years: int
) -> Figure:
    """IRR [fraction/yr] solving NPV = 0, or NotDefined where no real solution exists."""
    if investment <= 0 or net_annual_saving <= 0:
        return NotDefined(Reason.NO_IRR)
    flows = [-investment] + [net_annual_saving] * lifetime_years
    return finite_or(npf.irr(flows), Reason.NO_IRR)


def net_annual_saving(option: CPOption, resources: dict[str, Resource]) -> Figure:
    """Money saved per year: each resource's money saving (or quantity x price) less the
    operating cost change. Not defined where a saving has neither money nor a price."""
    total = -option.operating_cost_change
    for saving in option.savings:
        if saving.money is not None:
            total += saving.money
            continue
        price = resources[saving.resource].price_per_unit
        if price is None:
            return NotDefined(Reason.NO_MONEY_SAVING, saving.resource)
        total += saving.quantity * price
    return total


def option_economics(
    option: CPOption, resources: dict[str, Resource], settings: Settings
) -> OptionEconomics:
    lifetime = option.lifetime_years or settings.default_lifetime_years
    rate = (
        option.discount_rate if option.discount_rate is not None else settings.default_discount_rate
    )
    net = net_annual_saving(option, resources)
    if isinstance(net, NotDefined):
        payback: Figure = net
        npv: Figure = net
        irr: Figure = net
    else:
        payback = simple_payback(option.investment, net)
        npv = net_present_value(option.investment, net, lifetime, rate)
        irr = internal_rate_of_return(option.investment, net, lifetime)
    return OptionEconomics(
        code=option.code,
        investment=option.investment,
        net_annual_saving=net,
        payback_years=payback,
        payback_group=payback_group(payback),
        npv=npv,
        irr=irr,
        lifetime_years=lifetime,
        discount_rate=rate,
    )
