"""The `cpaudit` command: the window, the demo, reports, summaries and the JSON form.

Errors are one plain line on standard error and a non-zero exit; the traceback of an unexpected
failure goes to the log file, which the line names.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMES = ("qd1419-2015", "qd1419-2020", "qd889-2025", "qd889-2030")


class UserError(Exception):
    """Something the user can fix; the message is shown as it is."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from cpaudit.logsetup import setup_logging

    log_file = setup_logging(debug=args.debug)
    try:
        return args.run(args)
    except UserError as e:
        print(f"cpaudit: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cpaudit: interrupted", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected failure")
        print(f"cpaudit: unexpected error; the details are in {log_file}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cpaudit", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="log details to the console too")
    parser.set_defaults(run=_open, project=None)
    sub = parser.add_subparsers(title="commands")

    cmd = sub.add_parser("open", help="open the window, optionally on a project")
    cmd.add_argument("project", nargs="?", type=Path)
    cmd.set_defaults(run=_open)

    cmd = sub.add_parser("demo", help="write the demo project (IAC assessment DL0238)")
    cmd.add_argument("path", type=Path)
    cmd.add_argument("--force", action="store_true", help="replace an existing file")
    cmd.set_defaults(run=_demo)

    cmd = sub.add_parser("report", help="write the PDF report of a project")
    cmd.add_argument("project", type=Path)
    cmd.add_argument("-o", "--output", type=Path, required=True)
    cmd.add_argument("--scheme", choices=SCHEMES, help="target scheme (default: the project's)")
    cmd.add_argument("--lang", choices=("vi", "en"), default="vi")
    cmd.set_defaults(run=_report)

    cmd = sub.add_parser("summary", help="print specific consumption and savings per product")
    cmd.add_argument("project", type=Path)
    cmd.add_argument("--json", action="store_true", help="as JSON")
    cmd.add_argument("--scheme", choices=SCHEMES, help="target scheme (default: the project's)")
    cmd.add_argument("--lang", choices=("vi", "en"), default="en")
    cmd.set_defaults(run=_summary)

    cmd = sub.add_parser("export-json", help="write a project as versioned JSON")
    cmd.add_argument("project", type=Path)
    cmd.add_argument("-o", "--output", type=Path, required=True)
    cmd.set_defaults(run=_export_json)

    cmd = sub.add_parser("import-json", help="make a project file from its JSON form")
    cmd.add_argument("input", type=Path)
    cmd.add_argument("-o", "--output", type=Path, required=True)
    cmd.add_argument("--force", action="store_true", help="replace an existing file")
    cmd.set_defaults(run=_import_json)
    return parser


def _load(path: Path):
    from cpaudit.store.projectfile import ProjectFileError, load_project

    try:
        return load_project(path)
    except ProjectFileError as e:
        raise UserError(str(e)) from e


def _open(args) -> int:
    from cpaudit.ui.app import main as gui_main

    argv = [sys.argv[0]] + ([str(args.project)] if args.project else [])
    return gui_main(argv)


def _demo(args) -> int:
    from cpaudit.audit.iac import demo_project
    from cpaudit.store.projectfile import ProjectFileError, create_project_file

    try:
        create_project_file(args.path, demo_project(), overwrite=args.force)
    except ProjectFileError as e:
        raise UserError(str(e)) from e
    print(f"wrote the demo project to {args.path}")
    return 0


def _report(args) -> int:
    from cpaudit.report.pdf import ReportError, write_report

    project = _load(args.project)

    def progress(fraction: float, message: str) -> None:
        log.debug("report %3.0f %% %s", fraction * 100, message)

    try:
        write_report(project, args.output, lang=args.lang, scheme_id=args.scheme, progress=progress)
    except ReportError as e:
        raise UserError(str(e)) from e
    print(f"wrote {args.output}")
    return 0


def _summary(args) -> int:
    from cpaudit.audit.analysis import assess
    from cpaudit.audit.summary import summary

    project = _load(args.project)
    table = summary(project, assess(project, args.scheme))
    if args.json:
        print(json.dumps(table, ensure_ascii=False, indent=2))
    else:
        print(_summary_text(table, args.lang))
    return 0


def _summary_text(table: dict, lang: str) -> str:
    from cpaudit.audit.formatting import format_number, significant_decimals

    def cell(value, decimals=None) -> str:
        if isinstance(value, dict):
            return f"n/a ({value['not_defined']})"
        return format_number(
            value, significant_decimals(value) if decimals is None else decimals, lang
        )

    scheme = table["scheme"]
    current = "projected" if table["current_is_projection"] else table["current_period"]
    lines = [
        table["establishment"],
        f"baseline {table['baseline_period']}, current: {current}; "
        f"target {scheme['id']} ({cell(scheme['min_pct'], 0)}-{cell(scheme['max_pct'], 0)} %)",
        "",
        f"{'product':<28} {'resource':<36} {'unit':<16} {'baseline':>12} {'current':>12} "
        f"{'saving %':>10}  judgement",
    ]
    for row in table["rows"]:
        lines.append(
            f"{row['product_name'][:28]:<28} {row['resource_name'][:36]:<36} "
            f"{row['intensity_unit']:<16} {cell(row['baseline_intensity']):>12} "
            f"{cell(row['current_intensity']):>12} {cell(row['saving_pct'], 2):>10}  "
            f"{row['judgement']}"
        )
    return "\n".join(lines)


def _export_json(args) -> int:
    from cpaudit.store.jsonform import write_json
    from cpaudit.store.projectfile import ProjectFileError

    project = _load(args.project)
    try:
        write_json(project, args.output)
    except (ProjectFileError, OSError) as e:
        raise UserError(str(e)) from e
    print(f"wrote {args.output}")
    return 0


def _import_json(args) -> int:
    from cpaudit.store.jsonform import read_json
    from cpaudit.store.projectfile import ProjectFileError, create_project_file

    try:
        project = read_json(args.input)
        create_project_file(args.output, project, overwrite=args.force)
    except ProjectFileError as e:
        raise UserError(str(e)) from e
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
