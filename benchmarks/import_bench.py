"""Import benchmark: cpaudit's import of large files beside a floor measured in the same run.

    .venv/bin/python benchmarks/import_bench.py [--runs N] [--csv-rows N] [--xlsx-rows N]

Two files are generated in a temporary folder:

- ``readings.csv``: 1,000,000 fifteen-minute electricity readings (``dd/mm/yyyy HH:MM``, decimal
  point), the shape of a meter export such as the UCI steel-plant file;
- ``meters.xlsx``: 200,000 rows of fifteen-minute readings of three meters (electricity, water,
  steam), timestamps as spreadsheet date-times, as a SCADA export saved from Excel.

Each is imported the way ``cpaudit import`` does it: read the file, suggest the mapping, plan
(parse every cell, check it, add the readings up to calendar months), apply, and save into an
existing project file. The floor reads the same file with the bare reader (``csv.reader``, or
python-calamine for XLSX) and inserts every row into a new SQLite file with ``executemany`` in
one transaction: no checking at all. Every measurement runs in its own process; time is the work
only (after imports), peak memory is that process's maximum resident set (``wait4`` rusage), and
"+MB" is the growth above the process's size once its modules were imported.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STEP = dt.timedelta(minutes=15)
START = dt.datetime(2000, 1, 1, 0, 15)


# --- the files ---------------------------------------------------------------------------------


def write_readings_csv(path: Path, rows: int) -> Path:
    """``rows`` readings of one meter, one per line, 15 minutes apart."""
    generator = random.Random(1)
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Thời điểm,Điện (kWh),Hệ số công suất\n")
        moment = START
        lines = []
        for _ in range(rows):
            lines.append(
                f"{moment:%d/%m/%Y %H:%M},{generator.uniform(0, 150):.2f},"
                f"{generator.uniform(60, 100):.2f}\n"
            )
            moment += STEP
            if len(lines) == 10_000:
                stream.writelines(lines)
                lines.clear()
        stream.writelines(lines)
    return path


def write_meters_xlsx(path: Path, rows: int) -> Path:
    """``rows`` rows of three meters, 15 minutes apart, date-times and numbers as cells."""
    from openpyxl import Workbook

    generator = random.Random(2)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Đồng hồ")
    sheet.append(["Thời điểm", "Điện (kWh)", "Nước (m3)", "Hơi (tấn)"])
    moment = START
    for _ in range(rows):
        sheet.append(
            [
                moment,
                round(generator.uniform(0, 150), 2),
                round(generator.uniform(0, 5), 3),
                round(generator.uniform(0, 2), 3),
            ]
        )
        moment += STEP
    book.save(path)
    return path


# --- what each child process does --------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child_cpaudit(source: Path, project_file: Path) -> dict:
    from cpaudit.store.importing import apply_plan, plan_import, suggest_spec
    from cpaudit.store.projectfile import load_project, save_project
    from cpaudit.store.sheets import read_workbook

    project = load_project(project_file)
    base = _rss_mb()
    start = time.perf_counter()

    workbook = read_workbook(source)
    spec = suggest_spec(project, workbook)
    spec = dataclasses.replace(spec, allow_incomplete=True)  # the last month is cut short
    plan = plan_import(project, workbook, spec)
    if plan.problems:
        raise SystemExit("\n".join(str(p) for p in plan.problems[:10]))
    save_project(project_file, apply_plan(project, plan, replace=True))

    seconds = time.perf_counter() - start
    readings = sum(len(series.values) for series in plan.intervals)
    return {"seconds": seconds, "base_mb": base, "readings": readings}


def child_floor_csv(source: Path, database: Path) -> dict:
    import csv
    import sqlite3

    base = _rss_mb()
    start = time.perf_counter()

    with source.open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        next(reader)
        rows = [(stamp, float(kwh), float(factor)) for stamp, kwh, factor in reader]
    _insert(sqlite3, database, rows)

    return {"seconds": time.perf_counter() - start, "base_mb": base, "readings": len(rows)}


def child_floor_xlsx(source: Path, database: Path) -> dict:
    import sqlite3

    import python_calamine

    base = _rss_mb()
    start = time.perf_counter()

    book = python_calamine.CalamineWorkbook.from_path(str(source))
    cells = book.get_sheet_by_index(0).to_python()
    rows = [(row[0].isoformat(), row[1], row[2], row[3]) for row in cells[1:]]
    _insert(sqlite3, database, rows)

    readings = len(rows) * 3
    return {"seconds": time.perf_counter() - start, "base_mb": base, "readings": readings}


def _insert(sqlite3, database: Path, rows: list[tuple]) -> None:
    connection = sqlite3.connect(database)
    try:
        columns = ", ".join(f"c{i} " + ("TEXT" if i == 0 else "REAL") for i in range(len(rows[0])))
        marks = ", ".join("?" * len(rows[0]))
        with connection:
            connection.execute(f"CREATE TABLE readings ({columns})")
            connection.executemany(f"INSERT INTO readings VALUES ({marks})", rows)
    finally:
        connection.close()


CHILDREN = {
    "cpaudit": child_cpaudit,
    "floor-csv": child_floor_csv,
    "floor-xlsx": child_floor_xlsx,
}


# --- the parent --------------------------------------------------------------------------------


def measure(kind: str, source: Path, target: Path) -> dict:
    """Run one child; its own report plus its peak memory from the kernel."""
    command = [sys.executable, __file__, "--child", kind, str(source), str(target)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{kind} on {source.name} failed (exit {child.returncode})")
    result = json.loads(output)
    result["peak_mb"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return result


def bench(kind_floor: str, source: Path, folder: Path, runs: int) -> tuple[dict, dict]:
    from cpaudit.audit.model import Establishment, Project, Settings
    from cpaudit.store.projectfile import create_project_file

    found: dict[str, list[dict]] = {"cpaudit": [], kind_floor: []}
    for run in range(runs):
        project_file = folder / f"bench_{source.stem}_{run}.cpaudit"
        empty = Project(Establishment("Benchmark plant"), Settings(baseline_period=""))
        create_project_file(project_file, empty, overwrite=True)
        found["cpaudit"].append(measure("cpaudit", source, project_file))
        database = folder / f"floor_{source.stem}_{run}.sqlite"
        database.unlink(missing_ok=True)
        found[kind_floor].append(measure(kind_floor, source, database))
    return _summary(found["cpaudit"]), _summary(found[kind_floor])


def _summary(results: list[dict]) -> dict:
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "peak_mb": max(r["peak_mb"] for r in results),
        "growth_mb": max(r["peak_mb"] - r["base_mb"] for r in results),
        "readings": results[0]["readings"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median time)")
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--xlsx-rows", type=int, default=200_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, source, target = args.child
        print(json.dumps(CHILDREN[kind](Path(source), Path(target))))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        csv_file = write_readings_csv(folder / "readings.csv", args.csv_rows)
        xlsx_file = write_meters_xlsx(folder / "meters.xlsx", args.xlsx_rows)
        print(
            f"generated {csv_file.name} ({csv_file.stat().st_size / 1e6:.0f} MB) and "
            f"{xlsx_file.name} ({xlsx_file.stat().st_size / 1e6:.0f} MB) in "
            f"{time.perf_counter() - started:.0f} s; {args.runs} runs each, median time"
        )
        print(f"{'':<44}{'time s':>9}{'peak MB':>9}{'+MB':>7}")
        for title, floor_kind, source, floor_name in (
            (f"CSV, {args.csv_rows:,} readings", "floor-csv", csv_file, "csv.reader + sqlite3"),
            (f"XLSX, {args.xlsx_rows:,} rows x 3 meters", "floor-xlsx", xlsx_file,
             "python-calamine + sqlite3"),
        ):  # fmt: skip
            mine, floor = bench(floor_kind, source, folder, args.runs)
            print(title)
            for name, row in (("floor: " + floor_name, floor), ("cpaudit import", mine)):
                print(
                    f"  {name:<42}{row['seconds']:>9.2f}{row['peak_mb']:>9.0f}"
                    f"{row['growth_mb']:>7.0f}"
                )
            print(
                f"  {'ratio cpaudit / floor':<42}{mine['seconds'] / floor['seconds']:>8.2f}x"
                f"{mine['peak_mb'] / floor['peak_mb']:>8.2f}x"
                f"{mine['growth_mb'] / max(floor['growth_mb'], 1):>6.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
