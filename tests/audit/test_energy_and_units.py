"""Energy conversion against MOIT letter 3505/BCT-KHCN and physical unit definitions."""

import subprocess
import sys

import pytest
from numpy.testing import assert_allclose

from cpaudit.audit import units
from cpaudit.audit.energy import conversion, to_gj
from cpaudit.audit.model import EnergyBasis, Resource, ResourceClass
from cpaudit.audit.results import NotDefined


def _resource(unit, carrier="", cls=ResourceClass.FUEL, heating_value=None):
    return Resource("R", "r", cls, unit, carrier, heating_value_gj_per_unit=heating_value)


def test_unit_factors():
    assert_allclose(units.factor("short_ton", "t"), 0.90718474)  # 2,000 lb
    assert_allclose(units.factor("MMBtu", "GJ"), 1.055056)
    assert_allclose(units.factor("toe", "GJ"), 41.868)  # domain.md: 1 TOE = 41.868 GJ
    assert_allclose(units.factor("L", "1000 L"), 0.001)
    assert not units.is_energy("kW_month")  # demand never adds to energy
    with pytest.raises(units.UnitError, match="bogus"):
        units.factor("bogus", "t")
    with pytest.raises(units.UnitError, match="cannot convert"):
        units.factor("kg", "kWh")


def test_electricity_on_the_moit_basis():
    electricity = _resource("kWh", "electricity", ResourceClass.ENERGY)
    factor = conversion(electricity, EnergyBasis.MOIT)
    assert_allclose(factor.toe_per_unit, 0.0001543)  # MOIT 3505/BCT-KHCN
    assert_allclose(factor.gj_per_unit * 1000, 6.46, atol=0.01)  # about 6.46 MJ/kWh
    assert "3505" in factor.source
    # MWh works through the unit
    assert_allclose(
        conversion(_resource("MWh", "electricity"), EnergyBasis.MOIT).toe_per_unit, 0.1543
    )


def test_electricity_on_the_final_basis():
    electricity = _resource("kWh", "electricity", ResourceClass.ENERGY)
    assert_allclose(to_gj(1000, electricity, EnergyBasis.FINAL), 3.6)  # 3.6 MJ/kWh


def test_fuels_by_moit_factor():
    diesel_litres = _resource("L", "diesel oil")
    # 0.88 TOE per 1000 L
    assert_allclose(conversion(diesel_litres, EnergyBasis.MOIT).toe_per_unit * 1000, 0.88)
    gas = _resource("1000 m3", "natural gas")
    assert_allclose(conversion(gas, EnergyBasis.MOIT).toe_per_unit, 0.90)
    coal = _resource("t", "fine coal grade 5-6")
    assert_allclose(conversion(coal, EnergyBasis.FINAL).toe_per_unit, 0.50)


def test_coal_without_grade_is_not_converted():
    assert isinstance(conversion(_resource("t"), EnergyBasis.MOIT), NotDefined)
    # with a measured heating value it is
    rice_husk = _resource("t", heating_value=13.5)
    assert to_gj(2, rice_husk, EnergyBasis.MOIT) == 27.0


def test_heat_units_convert_physically():
    steam = _resource("MMBtu", cls=ResourceClass.ENERGY)
    assert_allclose(to_gj(10, steam, EnergyBasis.MOIT), 10.55056)


def test_domain_imports_no_gui_database_or_plotting():
    code = (
        "import sys, cpaudit.audit, cpaudit.audit.analysis, cpaudit.audit.iac;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'matplotlib', 'reportlab', 'alembic')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_key_energy_user_from_a_lower_bound_when_a_carrier_cannot_be_converted():
    from cpaudit.audit.analysis import energy_total

    electricity = Resource("EL", "el", ResourceClass.ENERGY, "kWh", "electricity")
    gas = Resource("GAS", "gas", ResourceClass.FUEL, "MMBtu", "natural gas")
    coal = Resource("COAL", "coal, grade unknown", ResourceClass.FUEL, "t", "")
    # MOIT 3505/BCT-KHCN: 16,072,000 kWh x 0.0001543 TOE/kWh = 2,479.9096 TOE; 5,000 MMBtu x
    # 1.055056 GJ/MMBtu (Btu_IT, NIST SP 811) / 41.868 GJ/TOE = 125.9979 TOE: 2,605.9075 TOE
    # without the coal, which has no grade, so at least 2,605.9 >= 1,000 TOE a year
    total = energy_total("B", [(electricity, 16_072_000.0), (coal, 1200.0), (gas, 5000.0)])

    assert total.key_energy_user is True and total.lower_bound
    assert isinstance(total.toe, NotDefined) and isinstance(total.gj, NotDefined)
    assert_allclose(total.converted_toe, 2479.9096 + 125.9979, atol=1e-3)
    assert_allclose(total.converted_gj, 2479.9096 * 41.868 + 5275.28, rtol=1e-6)
    assert total.not_converted == ("COAL",)


def test_key_energy_user_stays_undecided_when_the_converted_part_is_below_the_threshold():
    from cpaudit.audit.analysis import energy_total

    electricity = Resource("EL", "el", ResourceClass.ENERGY, "kWh", "electricity")
    coal = Resource("COAL", "coal, grade unknown", ResourceClass.FUEL, "t", "")
    # 1,000,000 kWh x 0.0001543 = 154.3 TOE: the coal could bring it above 1,000 or not
    total = energy_total("B", [(electricity, 1_000_000.0), (coal, 1200.0)])

    assert total.key_energy_user is None and not total.lower_bound
    assert_allclose(total.converted_toe, 154.3)
    assert total.not_converted == ("COAL",)
    # every carrier converted: the total itself, no lower bound
    complete = energy_total("B", [(electricity, 1_000_000.0)])
    assert complete.key_energy_user is False and not complete.lower_bound
    assert_allclose(complete.toe, 154.3)
    assert complete.not_converted == ()


def test_a_unit_error_names_its_units():
    with pytest.raises(units.UnitError) as unknown:
        units.factor("bogus_unit", "kg")
    assert (unknown.value.unit, unknown.value.to_unit) == ("bogus_unit", "")
    with pytest.raises(units.UnitError) as apart:
        units.factor("kg", "kWh")
    assert (apart.value.unit, apart.value.to_unit) == ("kg", "kWh")


def test_the_unit_definitions_are_the_ones_pint_converts_with():
    from cpaudit.audit.reference import unit_definitions

    definitions = unit_definitions()
    # NIST SP 811 (2008) App. B.8: short ton 2000 lb, lb 0.45359237 kg exactly; Btu_IT
    # 1.055056 E+03 J; IEA: 1 toe = 10^7 kcal_IT = 41.868 GJ
    assert definitions["short_ton"].equals == 907.18474
    assert definitions["MMBtu"].equals == 1.055056
    assert definitions["toe"].equals == 41.868
    for unit, definition in definitions.items():
        assert_allclose(units.factor(unit, definition.in_unit), definition.equals, rtol=1e-12)
        assert definition.definition and definition.source, unit


def test_the_conversions_made_are_recorded_once_each():
    with units.recording() as outer:
        units.factor("short_ton", "t")
        with units.recording() as inner:
            units.factor("MMBtu", "GJ")
            units.factor("kWh", "kWh")  # no conversion
            with pytest.raises(units.UnitError):
                units.factor("kg", "kWh")  # none made
        units.factor("short_ton", "t")

    assert inner == {("MMBtu", "GJ"): 1.055056}
    assert list(outer) == [("short_ton", "t"), ("MMBtu", "GJ")]
    units.factor("toe", "GJ")  # outside a block: nothing noted
    assert len(outer) == 2


def test_a_conversion_says_what_it_uses():
    from cpaudit.audit.energy import Method

    # MOIT 3505/BCT-KHCN gives natural gas per 1000 m3 (0.90 TOE): a volume takes the factor,
    # a quantity already in MMBtu takes its heat content (1.055056 GJ, NIST SP 811)
    by_volume = conversion(_resource("1000 m3", "natural gas"), EnergyBasis.MOIT)
    assert by_volume.method == Method.MOIT_FACTOR
    assert_allclose(by_volume.toe_per_unit, 0.90)
    by_heat = conversion(_resource("MMBtu", "natural gas"), EnergyBasis.MOIT)
    assert by_heat.method == Method.HEAT_CONTENT
    assert_allclose(by_heat.gj_per_unit, 1.055056)
    assert by_heat.source == "heat content of the unit"
    measured = conversion(_resource("t", heating_value=13.5), EnergyBasis.MOIT)
    assert measured.method == Method.HEATING_VALUE
    electricity = conversion(_resource("kWh", "electricity"), EnergyBasis.FINAL)
    assert electricity.method == Method.HEAT_CONTENT  # 3.6 MJ/kWh, the kWh itself
