"""Export -> import gives the same project data: descriptions of periods, products and resources,
allocations from the companion table, and what an import does with them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import openpyxl
import pytest

from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import (
    Allocation,
    ConsumptionRecord,
    Establishment,
    Period,
    PeriodKind,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    Settings,
)
from cpaudit.store.exporting import (
    ALLOCATION_COLUMNS,
    DATA_COLUMNS,
    data_rows,
    export_project,
    template_path,
    write_csv,
)
from cpaudit.store.importing import apply_plan, plan_import, suggest_spec
from cpaudit.store.sheets import read_workbook

DATA_PARTS = ("products", "resources", "periods", "production", "consumption", "allocations")
FORMATS = [(".xlsx", "en"), (".csv", "en"), (".csv", "vi")]


def plant() -> Project:
    """Two products, three periods (one projected), plant-level and per-product use, allocations,
    and values that test the writers: formula-like and Vietnamese names, a name that already
    starts with an apostrophe, three decimals, a negative quantity, costs given and missing."""
    return Project(
        Establishment("Công ty CP Bia và Nước giải khát"),
        Settings(baseline_period="2024-01", current_period="2024-02"),
        products=(
            Product("BIA", "Bia hơi", "hL"),
            Product("NGOT", "=Nước ngọt đóng chai", "kg", report_unit="t"),
        ),
        resources=(
            Resource("EC", "Điện", ResourceClass.ENERGY, "kWh", "electricity", None, 1_850.5),
            Resource("THAN", "Than cám 4", ResourceClass.FUEL, "t", "fine coal grade 3-4",
                     23.45, 3_250_000.0),
            Resource("DO", "'=dầu", ResourceClass.FUEL, "L", "diesel oil", 0.0358, 21_340.25),
            Resource("NUOC", "Nước giếng", ResourceClass.WATER, "m3", "", None, 12.345),
            Resource("STEAM", "-Hơi trả lại", ResourceClass.ENERGY, "GJ"),
        ),
        periods=(
            Period("2024-01", "Tháng 1/2024", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
            Period("2024-02", "Tháng 2/2024", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
            Period("2025", "Dự kiến 2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31),
                   PeriodKind.PROJECTED),
        ),
        production=(
            ProductionRecord("2024-01", "BIA", 1000.0),
            ProductionRecord("2024-02", "BIA", 900.5),
            ProductionRecord("2024-01", "NGOT", 52_000.0),
            ProductionRecord("2024-02", "NGOT", 48_250.125),
            ProductionRecord("2025", "BIA", 12_000.0),
        ),
        consumption=(
            ConsumptionRecord("2024-01", "EC", 123_456.789, cost=228_456_789.0),
            ConsumptionRecord("2024-02", "EC", 110_500.0, cost=None),
            ConsumptionRecord("2024-01", "THAN", 12.5, product="BIA", cost=40_625_000.0),
            ConsumptionRecord("2024-02", "THAN", 11.0, product="BIA"),
            ConsumptionRecord("2024-01", "DO", 1_234.5),
            ConsumptionRecord("2024-01", "NUOC", 4_000.0, product="BIA"),
            ConsumptionRecord("2024-01", "NUOC", 260.125, product="NGOT"),
            ConsumptionRecord("2024-02", "STEAM", -3.25),
            ConsumptionRecord("2025", "EC", 1_300_000.0),
        ),
        allocations=(
            Allocation("EC", "BIA", 0.6),
            Allocation("EC", "NGOT", 0.4),
            Allocation("DO", "BIA", 1.0),
        ),
    )  # fmt: skip


def _data(project: Project) -> dict[str, Counter]:
    return {name: Counter(getattr(project, name)) for name in DATA_PARTS}


def _empty(like: Project) -> Project:
    return Project(like.establishment, Settings(baseline_period=""))


def _plan(project, path):
    workbook = read_workbook(path)
    spec = suggest_spec(project, workbook)
    return spec, plan_import(project, workbook, spec)


def _import(project, path, replace=True):
    _, plan = _plan(project, path)
    assert plan.ok, [str(p) for p in plan.problems]
    return apply_plan(project, plan, replace)


@pytest.mark.parametrize("make", [demo_project, plant], ids=["demo", "plant"])
@pytest.mark.parametrize(("suffix", "style"), FORMATS)
def test_export_then_import_into_an_empty_project_gives_the_same_data(
    tmp_path, make, suffix, style
):
    original = make()
    written = export_project(original, tmp_path / f"out{suffix}", number_style=style)

    spec, plan = _plan(_empty(original), written[0])

    assert spec.layout == "long"
    assert spec.allocations == ("allocations" if suffix == ".xlsx" else "out_allocations.csv")
    assert plan.ok, [str(p) for p in plan.problems]
    assert not plan.conflicts
    back = apply_plan(_empty(original), plan, replace=False)
    assert _data(back) == _data(original)


@pytest.mark.parametrize(("suffix", "style"), FORMATS)
def test_importing_the_export_again_changes_nothing(tmp_path, suffix, style):
    original = plant()
    (path, *_) = export_project(original, tmp_path / f"out{suffix}", number_style=style)
    back = _import(_empty(original), path)

    for replace in (False, True):
        assert _import(back, path, replace) is back
        assert _import(original, path, replace) is original
    assert back.sources == (f"Imported from {path.name}" + ("" if suffix == ".csv" else
                            ', sheet "data"'),)  # fmt: skip


def test_the_export_names_everything_an_import_needs(tmp_path):
    rows = data_rows(plant())
    coal = next(r for r in rows if r["resource"] == "THAN")
    assert coal["resource_name"] == "Than cám 4" and coal["carrier"] == "fine coal grade 3-4"
    assert (coal["heating_value_gj_per_unit"], coal["price_per_unit"]) == (23.45, 3_250_000.0)
    assert (coal["product"], coal["product_name"]) == ("BIA", "Bia hơi")
    projected = next(r for r in rows if r["period"] == "2025")
    assert (projected["period_label"], projected["period_kind"]) == ("Dự kiến 2025", "projected")
    soft = next(r for r in rows if r["product"] == "NGOT" and not r["resource"])
    assert soft["product_report_unit"] == "t"

    export_project(plant(), tmp_path / "out.csv")
    text = (tmp_path / "out_data.csv").read_text(encoding="utf-8-sig")
    assert ",'=Nước ngọt đóng chai," in text and ",''=dầu," in text and ",'-Hơi trả lại," in text
    assert (tmp_path / "out_allocations.csv").read_text(encoding="utf-8-sig").splitlines() == [
        ",".join(ALLOCATION_COLUMNS),
        "EC,BIA,0.6",
        "EC,NGOT,0.4",
        "DO,BIA,1",
    ]


def test_an_export_from_before_the_descriptions_still_imports(tmp_path, project):
    """The nine columns of earlier exports: names and labels default to the codes."""
    rows = [
        {column: row[column] for column in DATA_COLUMNS[:9]}
        for row in data_rows(plant())
        if row["period"] != "2025"
    ]
    path = write_csv(tmp_path / "old.csv", DATA_COLUMNS[:9], rows)

    back = _import(project, path)

    assert {p.code: p.name for p in back.products} == {"BIA": "BIA", "NGOT": "NGOT"}
    assert back.resource("THAN") == Resource("THAN", "THAN", ResourceClass.FUEL, "t")
    assert back.period("2024-02") == Period(
        "2024-02", "2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)
    )
    assert Counter(back.consumption) == Counter(
        r for r in plant().consumption if r.period != "2025"
    )
    assert back.allocations == ()


def _sheet(path, rows, columns=DATA_COLUMNS, title="data", more=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row.get(c) for c in columns])
    for name, (headers, values) in (more or {}).items():
        other = book.create_sheet(name)
        other.append(headers)
        for row in values:
            other.append(row)
    book.save(path)
    return path


def _row(**values):
    base = {"period": "2024", "quantity": 10.0, "unit": "kWh", "resource": "EC"}
    return {**base, **values}


def test_two_rows_that_describe_one_item_differently_are_a_problem(tmp_path, project):
    path = _sheet(
        tmp_path / "x.xlsx",
        [
            _row(resource_name="Điện", price_per_unit=1800.0),
            _row(period="2025", resource_name="Điện lưới", price_per_unit=1800.0),
            _row(period="2026", price_per_unit=1900.0),
        ],
    )

    _, plan = _plan(project, path)

    where = {(p.location.row, p.location.column): p.message for p in plan.problems}
    name_column = DATA_COLUMNS.index("resource_name")
    price_column = DATA_COLUMNS.index("price_per_unit")
    assert set(where) == {(2, name_column), (3, price_column)}
    assert where[(2, name_column)] == (
        "resource 'EC' has the name 'Điện lưới' here but 'Điện' in row 2: give it one name"
    )
    assert "price 1900 here but 1800 in row 2" in where[(3, price_column)]


def test_what_the_file_says_of_an_item_the_project_has_is_noted_and_not_imported(tmp_path):
    original = plant()
    rows = data_rows(original)
    for row in rows:
        if row["resource"] == "EC":
            row["resource_name"] = "Điện lưới EVN"
    path = write_csv(tmp_path / "renamed.csv", DATA_COLUMNS, rows)

    spec, plan = _plan(original, path)

    assert plan.ok
    notes = [n for n in plan.notes if n.code == "kept_description"]
    assert [n.message for n in notes] == [
        "the file gives resource 'EC' the name 'Điện lưới EVN'; the project's 'Điện' is kept"
    ]
    assert notes[0].location.row + 1 == 7  # the first row that says it, below 5 of production
    assert apply_plan(original, plan, replace=True) is original


def test_vietnamese_words_and_what_cannot_be_read(tmp_path, project):
    path = _sheet(
        tmp_path / "vi.xlsx",
        [
            _row(resource="DO", unit="L", carrier="Dầu DO", period_kind="dự kiến"),
            _row(resource="GAS", unit="m3", carrier="khí sinh học", resource_class="fuel"),
            _row(resource=None, product="P", unit="t", product_report_unit="kWh"),
            _row(period="2025", period_kind="kế hoạch", heating_value_gj_per_unit=0.0),
        ],
    )

    _, plan = _plan(project, path)

    problems = {p.code: p for p in plan.problems}
    assert set(problems) == {"unit_mismatch", "not_a_period_kind", "not_positive"}
    assert problems["unit_mismatch"].message == (
        "product 'P' is recorded in t, which cannot be shown per kWh"
    )
    assert problems["not_a_period_kind"].location.row == 4

    readable = [
        _row(resource="DO", unit="L", carrier="Dầu DO", period_kind="dự kiến"),
        _row(resource="GAS", unit="m3", carrier="khí sinh học", resource_class="fuel"),
    ]
    _, plan = _plan(project, _sheet(tmp_path / "ok.xlsx", readable))
    assert plan.ok, [str(p) for p in plan.problems]
    assert {r.code: r.carrier for r in plan.resources} == {
        "DO": "diesel oil",
        "GAS": "khí sinh học",
    }
    assert plan.periods[0].kind == PeriodKind.PROJECTED
    assert [n.code for n in plan.notes if n.code == "unknown_carrier"] == ["unknown_carrier"]


# --- allocations -------------------------------------------------------------------------------


def _with_allocations(tmp_path, allocations, name="a.xlsx"):
    rows = data_rows(plant())
    return _sheet(
        tmp_path / name, rows, more={"Phân bổ": (["Tài nguyên", "Sản phẩm", "Tỷ lệ"], allocations)}
    )


def test_allocations_are_read_from_a_sheet_with_their_headers(tmp_path):
    path = _with_allocations(tmp_path, [["Điện", "Bia hơi", 0.7], ["EC", "NGOT", 0.3], [None] * 3])

    spec, plan = _plan(_empty(plant()), path)

    assert spec.allocations == "Phân bổ"
    assert plan.ok, [str(p) for p in plan.problems]
    assert plan.allocations == (Allocation("EC", "BIA", 0.7), Allocation("EC", "NGOT", 0.3))
    assert [str(n) for n in plan.notes if n.code != "negative_use"] == [
        'a.xlsx, sheet "Phân bổ": 2 allocations read'
    ]  # the steam sold back is noted too


def test_every_problem_of_the_allocations_is_listed_where_it_is(tmp_path):
    path = _with_allocations(
        tmp_path,
        [
            ["EC", "BIA", 1.5],
            ["EC", "KEM", 0.5],
            ["GAS", "BIA", "nửa"],
            ["DO", None, 1.0],
            ["NUOC", "BIA", 0.5],
            ["NUOC", "BIA", 0.5],
        ],
    )

    _, plan = _plan(_empty(plant()), path)

    found = [
        (p.location.sheet, p.location.row + 1, p.location.column, p.code) for p in plan.problems
    ]
    assert found == [
        ("Phân bổ", 2, 2, "share_range"),
        ("Phân bổ", 3, 1, "unknown_product"),
        ("Phân bổ", 4, 2, "not_a_number"),
        ("Phân bổ", 4, 0, "unknown_resource"),
        ("Phân bổ", 5, 1, "unknown_product"),
        ("Phân bổ", 7, 2, "duplicate"),
    ]
    assert plan.allocations == () and plan.production == ()


def test_shares_that_do_not_add_up_to_one_are_noted(tmp_path):
    path = _with_allocations(tmp_path, [["EC", "BIA", 0.5], ["EC", "NGOT", 0.4]])
    _, plan = _plan(_empty(plant()), path)
    assert plan.ok
    assert "the shares of resource 'EC' add up to 0.9, not 1" in [n.message for n in plan.notes]


def test_a_resource_s_shares_are_kept_or_replaced_together(tmp_path):
    original = dataclasses.replace(
        plant(), allocations=(Allocation("EC", "BIA", 0.5), Allocation("EC", "NGOT", 0.5))
    )
    path = _with_allocations(tmp_path, [["EC", "BIA", 1.0], ["DO", "BIA", 1.0]])

    _, plan = _plan(original, path)

    assert [(c.kind, c.key, c.old, c.new) for c in plan.conflicts] == [
        ("allocation", ("EC", "BIA"), 0.5, 1.0),
        ("allocation", ("EC", "NGOT"), 0.5, 0.0),
    ]
    kept = apply_plan(original, plan, replace=False)
    assert kept.allocations == (*original.allocations, Allocation("DO", "BIA", 1.0))
    replaced = apply_plan(original, plan, replace=True)
    assert Counter(replaced.allocations) == Counter(
        [Allocation("EC", "BIA", 1.0), Allocation("DO", "BIA", 1.0)]
    )


def test_the_template_s_allocations_import_with_its_data(tmp_path, project):
    book = openpyxl.load_workbook(template_path("vi"))
    book["Dữ liệu"].append(["2024", None, None, "BIA", None, None, 1000, "hL"])
    book["Dữ liệu"].append(["2024", None, None, "NGOT", None, None, 50, "t"])
    book["Dữ liệu"].append(["2024", None, None, None, "Điện", "năng lượng", 150_000, "kWh"])
    book["Phân bổ"].append(["Điện", "BIA", 0.75])
    book["Phân bổ"].append(["Điện", "NGOT", 0.25])
    book.save(tmp_path / "filled.xlsx")

    spec, plan = _plan(project, tmp_path / "filled.xlsx")

    assert spec.allocations == "Phân bổ"
    assert plan.ok, [str(p) for p in plan.problems]
    assert plan.allocations == (Allocation("Điện", "BIA", 0.75), Allocation("Điện", "NGOT", 0.25))


def test_a_csv_without_its_allocations_file_imports_without_allocations(tmp_path):
    export_project(plant(), tmp_path / "out.csv")
    (tmp_path / "out_allocations.csv").unlink()
    spec, plan = _plan(_empty(plant()), tmp_path / "out_data.csv")
    assert spec.allocations == "" and plan.ok and plan.allocations == ()
