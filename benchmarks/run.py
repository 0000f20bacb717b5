"""Benchmarks of cpaudit, each beside a floor measured in the same run.

    .venv/bin/python benchmarks/run.py [--runs N]

1. Start-up: process start -> main window shown on the demo project -> exit, against a bare
   PySide6 QMainWindow shown and closed the same way (skipped where startup_app.py is absent).
2. The demo report and 3. the torture report (tests/report/torture.py: 400 products, long texts,
   markup, NFD text, empty series; about 600 pages): cpaudit's PDF and JSON twin (English, then
   Vietnamese), against a floor that saves the same matplotlib figures and lays out the same
   tables (same rows, columns and cell text) with bare reportlab (floors.py).

Figures are medians of whole runs; the ratio is what to watch, since the machine's speed drifts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent / "tests" / "report"
ENV = {"QT_QPA_PLATFORM": "offscreen"}


def _median_seconds(fn, runs: int) -> float:
    fn()  # warm-up: file caches, bytecode
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _process(script: str, *args: str):
    import os

    env = {**os.environ, **ENV}

    def run() -> None:
        subprocess.run([sys.executable, str(HERE / script), *args], check=True, env=env)

    return run


def bench_startup(runs: int, workdir: Path) -> tuple[float, float] | None:
    if not (HERE / "startup_app.py").exists():
        return None
    from cpaudit.audit.iac import demo_project
    from cpaudit.store.projectfile import create_project_file

    project_file = workdir / "demo.cpaudit"
    create_project_file(project_file, demo_project(), overwrite=True)
    app = _median_seconds(_process("startup_app.py", str(project_file)), runs)
    floor = _median_seconds(_process("startup_bare.py"), runs)
    return app, floor


def _bench_report(project, runs: int, workdir: Path, lang: str) -> tuple[float, float]:
    from floors import bare_report, report_parts

    from cpaudit.report.pdf import write_report

    parts = report_parts(project, lang)  # not timed: what the floor is given to lay out
    app = _median_seconds(lambda: write_report(project, workdir / "r.pdf", lang=lang), runs)
    floor = _median_seconds(lambda: bare_report(parts, workdir / "floor.pdf"), runs)
    return app, floor


def bench_demo(lang: str):
    def bench(runs: int, workdir: Path) -> tuple[float, float]:
        from cpaudit.audit.iac import demo_project

        return _bench_report(demo_project(), runs, workdir, lang)

    return bench


def bench_torture(lang: str):
    def bench(runs: int, workdir: Path) -> tuple[float, float]:
        from torture import torture_project

        return _bench_report(torture_project(), max(1, runs // 3), workdir, lang)

    return bench


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(TESTS))
    print(f"{'benchmark':<28}{'cpaudit s':>12}{'floor s':>12}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, bench in (
            ("start-up to shown window", bench_startup),
            ("demo report, en", bench_demo("en")),
            ("demo report, vi", bench_demo("vi")),
            ("torture report, en", bench_torture("en")),
            ("torture report, vi", bench_torture("vi")),
        ):
            result = bench(args.runs, Path(tmp))
            if result is None:
                print(f"{name:<28}{'skipped: startup_app.py is missing':>32}")
                continue
            app, floor = result
            print(f"{name:<28}{app:>12.3f}{floor:>12.3f}{app / floor:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
