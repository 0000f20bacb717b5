"""`cpaudit import`, `export` and `template` as a user runs them: files, exit codes, output."""

import dataclasses
import hashlib
import json
from collections import Counter

import pytest
from openpyxl import Workbook, load_workbook

from cpaudit.audit.iac import demo_project
from cpaudit.cli import main
from cpaudit.store.projectfile import create_project_file, load_project

HEADERS = ["Tháng", "Sản lượng (tấn)", "Điện (kWh)", "Than (tấn)", "Nước (m3)"]
# Vietnamese numbers as text; "120.500,5" settles the electricity column's style.
MONTHS = [
    ["01/2024", "1.000,5", "120.500,5", "12,5", 300],
    ["02/2024", "900", "110.250", "11", 280],
    ["03/2024", "1.100,25", "131.000", "13,25", 310],
]


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _xlsx(path, rows, title="2024"):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _records(project):
    return (
        sorted(map(repr, project.production)),
        sorted(map(repr, project.consumption)),
    )


DATA_PARTS = ("products", "resources", "periods", "production", "consumption", "allocations")


def _data(project):
    """The parts of a project the tidy export carries, each as a multiset (order aside)."""
    return {name: Counter(getattr(project, name)) for name in DATA_PARTS}


@pytest.fixture
def monthly(tmp_path):
    return _xlsx(tmp_path / "thang.xlsx", [HEADERS, *MONTHS, ["Tổng cộng", 3000.75, None, 36.75]])


@pytest.mark.parametrize(("suffix", "style"), [(".xlsx", "en"), (".csv", "en"), (".csv", "vi")])
def test_export_then_import_into_a_fresh_project_gives_the_same_data(
    tmp_path, capsys, suffix, style
):
    demo = tmp_path / "demo.cpaudit"
    assert _run(capsys, "demo", demo)[0] == 0
    out = tmp_path / f"demo{suffix}"

    code, printed, err = _run(capsys, "export", demo, "-o", out, "--what", "data", "--style", style)
    assert (code, err) == (0, "")
    written = (
        [out]
        if suffix == ".xlsx"
        else [tmp_path / "demo_data.csv", tmp_path / "demo_allocations.csv"]
    )
    assert printed == "".join(f"wrote {path}\n" for path in written)

    fresh = tmp_path / "fresh.cpaudit"
    code, printed, err = _run(capsys, "import", written[0], "--into", fresh, "--new")
    assert code == 0, err
    assert "long layout" in printed and f"imported into {fresh}" in printed

    original, back = demo_project(), load_project(fresh)
    assert _data(back) == _data(original)

    code, printed, err = _run(capsys, "import", written[0], "--into", fresh, "--replace")
    assert code == 0, err
    assert "differ" not in printed
    assert load_project(fresh) == back  # a second import changes nothing, not even the sources


@pytest.mark.parametrize(("suffix", "style"), [(".xlsx", "en"), (".csv", "vi")])
def test_the_imported_data_give_the_same_summary(tmp_path, capsys, suffix, style):
    """What the summary shows of products and resources (names, report units, classes,
    intensities) comes back with the data; the establishment, settings and options are not
    data and are taken over from the demo for the comparison."""
    demo = tmp_path / "demo.cpaudit"
    _run(capsys, "demo", demo)
    out = tmp_path / f"demo{suffix}"
    assert _run(capsys, "export", demo, "-o", out, "--style", style)[0] == 0
    fresh = tmp_path / "fresh.cpaudit"
    source = out if suffix == ".xlsx" else tmp_path / "demo_data.csv"
    assert _run(capsys, "import", source, "--into", fresh, "--new")[0] == 0
    imported = load_project(fresh)
    whole = tmp_path / "whole.cpaudit"
    parts = {name: getattr(imported, name) for name in DATA_PARTS}
    create_project_file(whole, dataclasses.replace(load_project(demo), **parts))

    summaries = []
    for project in (demo, whole):
        code, printed, err = _run(capsys, "summary", project, "--json")
        assert (code, err) == (0, "")
        summaries.append(json.loads(printed))
    assert summaries[0] == summaries[1]
    assert summaries[0]["rows"][0]["product_name"] == "packaged dry food products"
    assert summaries[0]["rows"][0]["intensity_unit"] == "kWh/t"


def test_import_prints_what_it_understood(tmp_path, capsys, monthly):
    project = tmp_path / "p.cpaudit"

    code, out, err = _run(capsys, "import", monthly, "--into", project, "--new")

    assert code == 0, err
    assert 'thang.xlsx, sheet "2024": header in row 1, wide layout' in out
    assert "numbers in Vietnamese style (1.234,56), dates dd/mm/yyyy" in out
    assert "C  Điện (kWh)" in out and 'resource DIEN "Điện" (new, energy) in kWh' in out
    assert 'product SAN_LUONG "Sản lượng" (new) in t' in out
    assert "new periods (3): 2024-01, 2024-02, 2024-03" in out
    assert "records: 3 production, 9 consumption" in out
    assert 'thang.xlsx, sheet "2024", row 5: a total or average: skipped' in out
    imported = load_project(project)
    electricity = {r.period: r.quantity for r in imported.consumption if r.resource == "DIEN"}
    assert electricity == {"2024-01": 120500.5, "2024-02": 110250, "2024-03": 131000}
    assert imported.sources == ('Imported from thang.xlsx, sheet "2024"',)


def test_a_bad_file_lists_every_problem_and_leaves_the_project_as_it_was(tmp_path, capsys, monthly):
    project = tmp_path / "p.cpaudit"
    assert _run(capsys, "import", monthly, "--into", project, "--new")[0] == 0
    before = _digest(project)
    bad = _xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADERS,
            ["04/2024", "1.000", "abc", "12,5", 300],
            ["13/2024", "1.100", "2.5", None, 301],
            ["05/2024", "1.200", "2,5", 3, "x"],
        ],
    )

    code, _, err = _run(capsys, "import", bad, "--into", project)

    assert code == 1
    lines = err.splitlines()
    assert lines[0] == "cpaudit: 7 problems; nothing was imported:"
    where = [line.split(": ", 1)[0].strip() for line in lines[1:]]
    assert where == [
        'bad.xlsx, sheet "2024", row 2, column B (Sản lượng (tấn))',
        'bad.xlsx, sheet "2024", row 2, column C (Điện (kWh))',
        'bad.xlsx, sheet "2024", row 3, column A (Tháng)',
        'bad.xlsx, sheet "2024", row 3, column B (Sản lượng (tấn))',
        'bad.xlsx, sheet "2024", row 3, column C (Điện (kWh))',
        'bad.xlsx, sheet "2024", row 4, column B (Sản lượng (tấn))',
        'bad.xlsx, sheet "2024", row 4, column E (Nước (m3))',
    ]
    assert "'abc' is not a number" in err
    assert "'1.000' is 1000 in Vietnamese style but 1 in English style" in err
    assert _digest(project) == before


@pytest.mark.parametrize("good_rows", [0, 1])
def test_a_mistyped_month_stops_the_import_at_its_cell(tmp_path, capsys, good_rows):
    source = tmp_path / "monthly.csv"
    rows = ["01/2024,1000,50000"] * good_rows + ["13/2024,1000,50000"]
    source.write_text("Month,Production (t),Electricity (kWh)\n" + "\n".join(rows) + "\n")
    project = tmp_path / "new.cpaudit"

    code, out, err = _run(capsys, "import", source, "--into", project, "--new")

    assert code == 1 and not project.exists()
    assert "A  Month" in out and "-> periods" in out.split("A  Month")[1].splitlines()[0]
    assert err.splitlines() == [
        "cpaudit: 1 problem; nothing was imported:",
        f"  monthly.csv, row {good_rows + 2}, column A (Month): '13/2024': 13 is not a month",
    ]


def test_an_ambiguous_column_is_imported_once_the_user_confirms_its_style(tmp_path, capsys):
    rows = [HEADERS[:3], ["01/2024", "1.000", "1.250"], ["02/2024", "1.100", "1.300"]]
    source = _xlsx(tmp_path / "ambiguous.xlsx", rows)
    project = tmp_path / "p.cpaudit"

    code, _, err = _run(capsys, "import", source, "--into", project, "--new")
    assert code == 1 and not project.exists()
    assert err.count("no other value in the column settles the style") == 4

    code, _, err = _run(
        capsys, "import", source, "--into", project, "--new", "--confirm", "B", "--confirm", "c"
    )
    assert code == 0, err
    assert sorted(r.quantity for r in load_project(project).consumption) == [1250, 1300]


def test_importing_twice_does_not_double_count(tmp_path, capsys, monthly):
    project = tmp_path / "p.cpaudit"
    assert _run(capsys, "import", monthly, "--into", project, "--new")[0] == 0
    once = load_project(project)

    code, out, err = _run(capsys, "import", monthly, "--into", project)

    assert code == 0, err
    assert "records: 3 production, 9 consumption" in out and "differ" not in out
    assert _records(load_project(project)) == _records(once)


def test_new_values_are_kept_or_replaced_as_the_user_chooses(tmp_path, capsys, monthly):
    project = tmp_path / "p.cpaudit"
    assert _run(capsys, "import", monthly, "--into", project, "--new")[0] == 0
    corrected = [row[:] for row in MONTHS]
    corrected[1][2] = "111.000"
    fixed = _xlsx(tmp_path / "fixed.xlsx", [HEADERS, *corrected])

    code, out, _ = _run(capsys, "import", fixed, "--into", project)
    assert code == 0
    assert "1 values differ from the project's; they are kept" in out
    assert "2024-02 / DIEN: 110250 in the project, 111000 in the file" in out
    kept = {r.period: r.quantity for r in load_project(project).consumption if r.resource == "DIEN"}
    assert kept["2024-02"] == 110250

    code, out, _ = _run(capsys, "import", fixed, "--into", project, "--replace")
    assert code == 0 and "they are replaced" in out
    replaced = load_project(project).consumption
    electricity = [r for r in replaced if r.resource == "DIEN"]
    assert len(electricity) == 3
    assert {r.period: r.quantity for r in electricity}["2024-02"] == 111000


def test_dry_run_changes_nothing(tmp_path, capsys, monthly):
    project = tmp_path / "p.cpaudit"
    code, out, _ = _run(capsys, "import", monthly, "--into", project, "--new", "--dry-run")
    assert code == 0 and "dry run" in out and not project.exists()


def test_header_row_sheet_and_layout_choices(tmp_path, capsys):
    book = Workbook()
    book.active.title = "Ghi chú"
    book.active.append(["nothing here"])
    data = book.create_sheet("Số liệu")
    for row in (["Báo cáo", "năm 2024"], ["Ghi chú", "đã kiểm tra", 2024], HEADERS, *MONTHS):
        data.append(row)
    source = tmp_path / "two.xlsx"
    book.save(source)
    project = tmp_path / "p.cpaudit"

    code, _, err = _run(capsys, "import", source, "--into", project, "--new", "--sheet", "x")
    assert code == 1
    assert err == 'cpaudit: two.xlsx has no sheet \'x\'; it has "Ghi chú", "Số liệu"\n'

    code, out, err = _run(
        capsys, "import", source, "--into", project, "--new",
        "--sheet", "Số liệu", "--header-row", "3", "--layout", "wide",
    )  # fmt: skip
    assert code == 0, err
    assert 'sheet "Số liệu": header in row 3, wide layout' in out
    assert len(load_project(project).consumption) == 9


def test_a_missing_project_is_not_created_without_new(tmp_path, capsys, monthly):
    project = tmp_path / "p.cpaudit"
    code, _, err = _run(capsys, "import", monthly, "--into", project)
    assert code == 1 and "add --new" in err and not project.exists()


def test_export_results_and_refusals(tmp_path, capsys):
    demo = tmp_path / "demo.cpaudit"
    _run(capsys, "demo", demo)

    code, out, _ = _run(capsys, "export", demo, "-o", tmp_path / "all.csv")
    assert code == 0
    assert out.splitlines() == [
        f"wrote {tmp_path}/all_data.csv",
        f"wrote {tmp_path}/all_allocations.csv",
        f"wrote {tmp_path}/all_results.csv",
        f"wrote {tmp_path}/all_balance.csv",
        f"wrote {tmp_path}/all_balance_flows.csv",
    ]
    code, _, _ = _run(capsys, "export", demo, "-o", tmp_path / "r.xlsx", "--what", "results")
    assert code == 0
    assert load_workbook(tmp_path / "r.xlsx").sheetnames == ["results"]
    code, _, _ = _run(capsys, "export", demo, "-o", tmp_path / "all.xlsx")
    assert code == 0
    assert load_workbook(tmp_path / "all.xlsx").sheetnames == [
        "data",
        "allocations",
        "results",
        "balance",
        "balance_flows",
    ]
    code, _, _ = _run(
        capsys, "export", demo, "-o", tmp_path / "b.xlsx", "--what", "balance", "--lang", "vi"
    )
    assert code == 0
    balance = load_workbook(tmp_path / "b.xlsx")["balance"]
    assert [c.value for c in balance[1]][:6] == [
        "Công đoạn", "Tên công đoạn", "Bước quy trình", "Thời gian lập cân bằng", "Đơn vị",
        "Đầu vào",
    ]  # fmt: skip
    # DL0238's purchased steam into OP1: 87,840 MMBtu x 1.055056 GJ/MMBtu
    assert balance["F2"].value == pytest.approx(92_676.11904)

    code, _, err = _run(capsys, "export", demo, "-o", tmp_path / "out.pdf")
    assert code == 1 and "must end in .xlsx or .csv" in err


def test_templates_are_written_and_import_as_they_are(tmp_path, capsys):
    code, out, _ = _run(capsys, "template", "-o", tmp_path / "t")
    assert code == 0
    assert out.splitlines() == [
        f"wrote {tmp_path}/t/cpaudit_vi.xlsx",
        f"wrote {tmp_path}/t/cpaudit_en.xlsx",
    ]
    book = load_workbook(tmp_path / "t" / "cpaudit_vi.xlsx")
    book["Hằng tháng"].append(["01/2024", 100, 2000, 5, 50])
    book.save(tmp_path / "filled.xlsx")
    project = tmp_path / "p.cpaudit"
    code, out, err = _run(
        capsys, "import", tmp_path / "filled.xlsx", "--into", project, "--new",
        "--sheet", "Hằng tháng",
    )  # fmt: skip
    assert code == 0, err
    assert "records: 1 production, 3 consumption" in out


def test_an_empty_file_or_one_with_only_its_header_is_a_plain_error(tmp_path, capsys):
    project = tmp_path / "demo.cpaudit"
    _run(capsys, "demo", project)
    before = _digest(project)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")

    code, out, err = _run(capsys, "import", empty, "--into", project)

    assert code == 1 and out == ""
    assert err == "cpaudit: empty.csv is empty: there is nothing in it to import\n"
    header = tmp_path / "header.csv"
    header.write_text("Tháng;Điện (kWh)\n", encoding="utf-8")
    code, _, err = _run(capsys, "import", header, "--into", project)
    assert code == 1
    assert err.splitlines() == [
        "cpaudit: 1 problem; nothing was imported:",
        "  header.csv: there are no rows below the header (row 1) to import",
    ]
    assert _digest(project) == before


@pytest.mark.parametrize("name", ["x.xlsx", "x.csv"])
def test_export_into_a_missing_folder_is_one_line_and_nothing_else(tmp_path, capsys, name):
    import subprocess
    import sys

    demo = tmp_path / "demo.cpaudit"
    _run(capsys, "demo", demo)
    target = tmp_path / "nodir" / name

    # a process of its own: openpyxl's complaints came when its objects were collected
    done = subprocess.run(
        [sys.executable, "-m", "cpaudit.cli", "export", str(demo), "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"cpaudit: {target} could not be written: No such file or directory"
    ]
    assert not (tmp_path / "nodir").exists()
