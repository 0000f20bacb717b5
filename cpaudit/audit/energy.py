"""Putting energy carriers on one basis (TOE and GJ) before they are added."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cpaudit.audit import units
from cpaudit.audit.model import EnergyBasis, Resource
from cpaudit.audit.reference import toe_factors_for
from cpaudit.audit.results import Figure, NotDefined, Reason

ELECTRICITY = "electricity"


class Method(StrEnum):
    """What a conversion to energy actually uses."""

    MOIT_FACTOR = "moit_factor"  # a factor of MOIT letter 3505/BCT-KHCN
    HEATING_VALUE = "heating_value"  # the resource's measured heating value
    HEAT_CONTENT = "heat_content"  # the unit is itself energy (MMBtu, GJ, kWh at 3.6 MJ)


@dataclass(frozen=True)
class Conversion:
    """How one unit of a resource becomes energy: the factor and where it comes from."""

    gj_per_unit: float
    basis: EnergyBasis
    source: str
    method: Method = Method.MOIT_FACTOR

    @property
    def toe_per_unit(self) -> float:
        return self.gj_per_unit * units.factor("GJ", "toe")


def conversion(resource: Resource, basis: EnergyBasis) -> Conversion | NotDefined:
    """The factor that turns one ``resource.unit`` of a resource into GJ on ``basis``.

    On the MOIT basis the factors of MOIT letter 3505/BCT-KHCN (19 Apr 2011) come first, so
    electricity counts 0.0001543 TOE/kWh (primary energy, about 6.46 MJ/kWh). On the final basis
    electricity counts 3.6 MJ/kWh, as the sector-norm circulars (e.g. 19/2016/TT-BCT) do. Otherwise
    a measured heating value is used, then the unit itself where it is an energy unit (MMBtu, GJ).
    Coal and biomass without a grade or heating value cannot be converted.

    Parameters
    ----------
    resource : Resource
        The resource, with its ``unit``, ``carrier`` and ``heating_value_gj_per_unit``.
    basis : EnergyBasis
        ``moit`` or ``final``.

    Returns
    -------
    Conversion or NotDefined
        GJ per unit [GJ/unit], the source of the factor and what it is (``method``): a MOIT
        factor, a measured heating value, or the heat content of an energy unit. A quantity in
        an energy unit is converted by its heat content on the MOIT basis too, MOIT's factors
        being per physical unit (natural gas per 1000 m3).
    """
    moit = _moit_factor(resource)
    if basis == EnergyBasis.MOIT and moit is not None:
        return moit
    if resource.heating_value_gj_per_unit:
        measured = resource.heating_value_gj_per_unit
        return Conversion(measured, basis, "measured heating value", Method.HEATING_VALUE)
    if units.is_energy(resource.unit):
        # a quantity already in heat units: MOIT's factors are per t, 1000 L or 1000 m3 and do
        # not apply to it, whatever the basis
        is_electricity = resource.carrier == ELECTRICITY
        if basis == EnergyBasis.MOIT and is_electricity:
            return NotDefined(Reason.NO_CONVERSION, resource.name)
        source = "3.6 MJ/kWh (final energy)" if is_electricity else "heat content of the unit"
        return Conversion(units.factor(resource.unit, "GJ"), basis, source, Method.HEAT_CONTENT)
    if moit is not None and resource.carrier != ELECTRICITY:
        return Conversion(moit.gj_per_unit, basis, moit.source)
    return NotDefined(Reason.NO_CONVERSION, resource.name)


def to_gj(quantity: float, resource: Resource, basis: EnergyBasis) -> Figure:
    """``quantity`` [resource.unit] of ``resource`` in GJ on ``basis``, or NotDefined."""
    factor = conversion(resource, basis)
    if isinstance(factor, NotDefined):
        return factor
    return quantity * factor.gj_per_unit


def _moit_factor(resource: Resource) -> Conversion | None:
    if not resource.carrier:
        return None
    gj_per_toe = units.factor("toe", "GJ")
    for row in toe_factors_for(resource.carrier):
        try:
            per_unit = units.factor(resource.unit, row.unit)
        except units.UnitError:
            continue
        return Conversion(per_unit * row.toe_per_unit * gj_per_toe, EnergyBasis.MOIT, row.source)
    return None
