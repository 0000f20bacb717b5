"""The command line, as a user runs it: exit codes, files written and one-line errors."""

import hashlib
import json
import sqlite3
import sys

import pytest

from cpaudit.cli import main


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "demo.cpaudit"
    code, out, _ = _run(capsys, "demo", str(path))
    assert code == 0 and path.exists()
    return path


def test_summary_json_has_the_demo_figures(demo, capsys):
    code, out, err = _run(capsys, "summary", str(demo), "--json")
    assert code == 0, err
    table = json.loads(out)
    electricity = next(r for r in table["rows"] if r["resource"] == "EC")
    # SOURCE.md: 450.52 kWh/t baseline, 408.87 projected; expected.json: 9.2464 %
    assert electricity["baseline_intensity"] == pytest.approx(450.52, abs=0.005)
    assert electricity["current_intensity"] == pytest.approx(408.87, abs=0.005)
    assert electricity["saving_pct"] == pytest.approx(9.2464, abs=5e-5)
    assert electricity["judgement"] == "within"
    assert table["current_is_projection"] is True
    assert "NaN" not in out and "Infinity" not in out


def test_summary_text_and_scheme(demo, capsys):
    code, out, _ = _run(capsys, "summary", str(demo), "--scheme", "qd1419-2015")
    assert code == 0
    assert "beyond" in out and "450.5" in out
    code, out, _ = _run(capsys, "summary", str(demo), "--lang", "vi")
    assert "450,5" in out


def test_summary_text_speaks_the_language_asked_for(demo, capsys):
    _, english, _ = _run(capsys, "summary", str(demo))
    _, vietnamese, _ = _run(capsys, "summary", str(demo), "--lang", "vi")
    assert "within target" in english and "kW-month/t" in english
    assert "Projection from implemented options" in english
    assert "trong mục tiêu" in vietnamese and "kW-tháng/t" in vietnamese
    assert "Kỳ cơ sở" in vietnamese and "01/10/2023" in vietnamese
    for code in ("out_of_scope", "kW_month", "iac_w0_unit", "within\n"):
        assert code not in english and code not in vietnamese


def test_demo_refuses_to_overwrite(demo, capsys):
    before = demo.read_bytes()
    code, _, err = _run(capsys, "demo", str(demo))
    assert code == 1
    assert err.startswith("cpaudit: ") and err.count("\n") == 1
    assert demo.read_bytes() == before
    assert _run(capsys, "demo", "--force", str(demo))[0] == 0


def test_json_round_trip(demo, tmp_path, capsys):
    first = tmp_path / "a.json"
    second = tmp_path / "b.json"
    copy = tmp_path / "copy.cpaudit"
    assert _run(capsys, "export-json", str(demo), "-o", str(first))[0] == 0
    assert _run(capsys, "import-json", str(first), "-o", str(copy))[0] == 0
    assert _run(capsys, "export-json", str(copy), "-o", str(second))[0] == 0
    assert json.loads(first.read_text("utf-8")) == json.loads(second.read_text("utf-8"))


def test_newer_file_is_refused_and_untouched(demo, capsys):
    with sqlite3.connect(demo) as con:
        con.execute("update alembic_version set version_num='ffffffffffff'")
    con.close()
    before = hashlib.sha256(demo.read_bytes()).hexdigest()
    code, _, err = _run(capsys, "summary", str(demo))
    assert code == 1
    assert "Traceback" not in err and "newer" in err
    assert hashlib.sha256(demo.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00junk"])
def test_bad_files_give_one_line(tmp_path, capsys, content):
    path = tmp_path / "bad.cpaudit"
    path.write_bytes(content)
    code, _, err = _run(capsys, "summary", str(path))
    assert code == 1
    assert err.startswith("cpaudit: ") and "Traceback" not in err
    assert "bad.cpaudit" in err
    assert path.read_bytes() == content


def test_missing_file(tmp_path, capsys):
    code, _, err = _run(capsys, "summary", str(tmp_path / "nowhere.cpaudit"))
    assert code == 1 and "nowhere.cpaudit" in err


def test_broken_json_is_reported_with_its_place(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "cpaudit-project", "version": 1, "project": {"products": 5}}')
    code, _, err = _run(capsys, "import-json", str(bad), "-o", str(tmp_path / "x.cpaudit"))
    assert code == 1
    assert "products" in err
    assert not (tmp_path / "x.cpaudit").exists()


def test_report_writes_a_pdf(demo, tmp_path, capsys):
    out = tmp_path / "demo.pdf"
    code, _, err = _run(capsys, "report", str(demo), "-o", str(out), "--lang", "en")
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


def _refused(capsys, path, *args):
    """Run a command that must refuse: one plain line, exit 1, ``path`` byte-identical."""
    before = path.read_bytes()
    code, _, err = _run(capsys, *map(str, args))
    assert code == 1, err
    assert err.startswith("cpaudit: ") and err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == before
    return err


@pytest.mark.parametrize("command", ["report", "export-json"])
def test_an_output_that_is_the_project_being_read_is_refused(demo, capsys, command):
    err = _refused(capsys, demo, command, demo, "-o", demo)
    assert "demo.cpaudit" in err and "-o" in err

    # the same file under another name: a path with "..", and a hard link
    (demo.parent / "sub").mkdir()
    _refused(capsys, demo, command, demo, "-o", demo.parent / "sub" / ".." / demo.name)
    link = demo.parent / "link.pdf"
    link.hardlink_to(demo)
    _refused(capsys, demo, command, demo, "-o", link)


def test_a_report_whose_data_file_is_the_project_is_refused(tmp_path, capsys):
    project = tmp_path / "plant.report.json"  # a project file under the twin's name
    assert _run(capsys, "demo", str(project))[0] == 0

    err = _refused(capsys, project, "report", project, "-o", tmp_path / "plant.pdf")

    assert "plant.report.json" in err
    assert not (tmp_path / "plant.pdf").exists()


def test_export_over_the_project_being_read_is_refused(tmp_path, capsys):
    project = tmp_path / "plant.xlsx"  # a project file that ends like a spreadsheet
    assert _run(capsys, "demo", str(project))[0] == 0

    _refused(capsys, project, "export", project, "-o", project)
    csv_named = tmp_path / "plant.csv"
    assert _run(capsys, "demo", str(csv_named))[0] == 0
    _refused(capsys, csv_named, "export", csv_named, "-o", csv_named, "--what", "results")


def test_import_json_over_its_own_input_is_refused(demo, tmp_path, capsys):
    form = tmp_path / "demo.json"
    assert _run(capsys, "export-json", str(demo), "-o", str(form))[0] == 0

    _refused(capsys, form, "import-json", form, "-o", form, "--force")


def test_report_beside_the_projects_json_form_leaves_it_alone(demo, capsys):
    # The README's names: export-json -o demo.json, then report -o demo.pdf
    form = demo.with_suffix(".json")
    assert _run(capsys, "export-json", str(demo), "-o", str(form))[0] == 0
    before = form.read_bytes()

    code, out, err = _run(capsys, "report", str(demo), "-o", str(demo.with_suffix(".pdf")))

    assert code == 0, err
    assert form.read_bytes() == before
    assert json.loads(demo.with_name("demo.report.json").read_bytes())["format"] == "cpaudit-report"
    assert "demo.report.json" in out


def test_report_never_replaces_a_file_that_is_not_a_report_s(demo, capsys):
    form = demo.with_name("demo.report.json")  # the project's JSON form under the twin's name
    assert _run(capsys, "export-json", str(demo), "-o", str(form))[0] == 0

    err = _refused(capsys, form, "report", demo, "-o", demo.with_suffix(".pdf"), "--lang", "en")

    assert str(form) in err and "would be lost" in err and "another name" in err
    assert not demo.with_suffix(".pdf").exists()
    out = demo.with_name("report.pdf")
    assert _run(capsys, "report", str(demo), "-o", str(out), "--lang", "en")[0] == 0
    assert _run(capsys, "report", str(demo), "-o", str(out), "--lang", "en")[0] == 0


@pytest.mark.parametrize("options", [["--json"], []])
def test_a_closed_standard_output_ends_quietly(demo, options):
    """`cpaudit summary demo.cpaudit --json | head -1`: head is gone before the last line."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # a reader that has gone already: every write fails
    try:
        done = subprocess.run(
            [sys.executable, "-m", "cpaudit.cli", "summary", str(demo), *options],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)

    assert done.stderr == ""
    assert done.returncode == 141  # 128 + SIGPIPE, as a shell reports a command it stopped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is a Linux question")
@pytest.mark.parametrize(
    "command",
    [["-m", "cpaudit.cli", "open", "{demo}"], ["-m", "cpaudit.cli"], ["-m", "cpaudit.ui.app"]],
)
def test_opening_the_window_with_no_display_is_one_line(demo, tmp_path, command):
    import os
    import subprocess

    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment["HOME"] = str(tmp_path)  # settings and logs of this run only

    done = subprocess.run(
        [sys.executable, *(part.format(demo=demo) for part in command)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 1
    assert done.stderr == (
        "cpaudit: no display to open the window on; run it in a desktop session, or set "
        "QT_QPA_PLATFORM=offscreen\n"
    )


def test_an_existing_file_is_replaced_only_with_force_and_the_line_says_so(demo, tmp_path, capsys):
    code, _, err = _run(capsys, "demo", str(demo))
    assert code == 1
    assert err.rstrip().endswith("a file of that name exists already; pass --force to replace it.")

    form = tmp_path / "demo.json"
    assert _run(capsys, "export-json", str(demo), "-o", str(form))[0] == 0
    err = _refused(capsys, demo, "import-json", form, "-o", demo)
    assert err.rstrip().endswith("a file of that name exists already; pass --force to replace it.")
    assert _run(capsys, "import-json", str(form), "-o", str(demo), "--force")[0] == 0


def test_the_log_keeps_what_a_user_needs_not_every_migration_step(tmp_path):
    # A process of its own, so that logging is set up as for a user, into a log folder of its own.
    import os
    import subprocess

    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    project = tmp_path / "demo.cpaudit"
    command = [sys.executable, "-c", "import sys; from cpaudit.cli import main; sys.exit(main())"]
    for args in (["demo", str(project)], ["summary", str(project)]):
        run = subprocess.run(
            [*command, *args],
            env=env,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
    (log,) = (tmp_path / "state").rglob("cpaudit.log")
    text = log.read_text(encoding="utf-8")
    assert "alembic" not in text


def test_export_json_replaces_an_existing_file_only_with_force(demo, tmp_path, capsys):
    other = tmp_path / "other.cpaudit"  # another project, where a careless -o points
    assert _run(capsys, "demo", str(other))[0] == 0

    err = _refused(capsys, other, "export-json", demo, "-o", other)

    assert err.rstrip().endswith("exists already; pass --force to replace it.")
    assert _run(capsys, "export-json", str(demo), "-o", str(other), "--force")[0] == 0
    assert json.loads(other.read_bytes())["format"] == "cpaudit-project"


def test_summary_of_a_project_with_no_baseline_says_what_to_do(tmp_path, capsys):
    import dataclasses

    from cpaudit.audit.iac import demo_project
    from cpaudit.store.projectfile import create_project_file

    demo = demo_project()
    path = tmp_path / "imported.cpaudit"  # as `cpaudit import --new` leaves it
    create_project_file(
        path,
        dataclasses.replace(demo, settings=dataclasses.replace(demo.settings, baseline_period="")),
    )

    code, out, err = _run(capsys, "summary", str(path))

    assert code == 1 and out == ""
    assert "no baseline period chosen" in err and "Settings" in err and err.count("\n") == 1
