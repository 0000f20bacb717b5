"""Benchmarks of cpaudit, each beside a floor measured in the same run.

    .venv/bin/python benchmarks/run.py [--runs N]

1. Start-up: process start -> main window shown on the demo project -> exit, against a bare
   PySide6 QMainWindow shown and closed the same way.
2. The demo report: cpaudit's PDF (English), against a floor that saves the same chart with
   matplotlib and lays out tables of the same size with bare reportlab.

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


def bench_startup(runs: int, workdir: Path) -> tuple[float, float]:
    from cpaudit.audit.iac import demo_project
    from cpaudit.store.projectfile import create_project_file

    project_file = workdir / "demo.cpaudit"
    create_project_file(project_file, demo_project(), overwrite=True)
    app = _median_seconds(_process("startup_app.py", str(project_file)), runs)
    floor = _median_seconds(_process("startup_bare.py"), runs)
    return app, floor


def bench_report(runs: int, workdir: Path) -> tuple[float, float]:
    from floors import bare_report

    from cpaudit.audit.iac import demo_project
    from cpaudit.report.pdf import write_report

    project = demo_project()
    app = _median_seconds(lambda: write_report(project, workdir / "r.pdf", lang="en"), runs)
    floor = _median_seconds(lambda: bare_report(project, workdir / "floor.pdf"), runs)
    return app, floor


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    print(f"{'benchmark':<28}{'cpaudit s':>12}{'floor s':>12}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, bench in (
            ("start-up to shown window", bench_startup),
            ("demo report", bench_report),
        ):
            app, floor = bench(args.runs, Path(tmp))
            print(f"{name:<28}{app:>12.3f}{floor:>12.3f}{app / floor:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
