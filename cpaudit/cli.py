"""The `cpaudit` command: the window, the demo, reports, summaries and the JSON form.

Errors are one plain line on standard error and a non-zero exit; the traceback of an unexpected
failure goes to the log file, which the line names.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
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
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not in Python's own flush at exit
        return code
    except BrokenPipeError:
        return _stdout_closed()
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


def _stdout_closed() -> int:
    """The reader of standard output has gone (``cpaudit summary ... | head -1``): stop quietly.

    As the Python documentation advises (``signal``, "Note on SIGPIPE"): point standard output
    at the null device, so the flush at exit finds nothing to fail on. 141 is 128 + SIGPIPE,
    what a shell reports for a command the signal stopped.
    """
    log.debug("standard output was closed by its reader")
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return 141


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

    cmd = sub.add_parser(
        "report",
        help="write the PDF report of a project and its JSON data beside it",
        description="Write the PDF report and, beside it, <name>.json with the same figures; "
        "the PDF's footer carries the SHA-256 of the JSON file.",
    )
    cmd.add_argument("project", type=Path)
    cmd.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    cmd.add_argument("--scheme", choices=SCHEMES, help="target scheme (default: the project's)")
    cmd.add_argument("--lang", choices=("vi", "en"), default="vi")
    cmd.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated optional sections to include (default: all): "
        "establishment, team, process, balance, waste, options, implementation; "
        "summary, consumption, energy and annex are always in",
    )
    cmd.add_argument("--preparer", default="", help="organisation that prepared the report")
    cmd.add_argument("--report-version", default="1", help="the report's version (default 1)")
    cmd.add_argument("--date", type=_iso_date, help="date the report carries, YYYY-MM-DD")
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
    cmd.add_argument("--force", action="store_true", help="replace an existing file")
    cmd.set_defaults(run=_export_json)

    cmd = sub.add_parser("import-json", help="make a project file from its JSON form")
    cmd.add_argument("input", type=Path)
    cmd.add_argument("-o", "--output", type=Path, required=True)
    cmd.add_argument("--force", action="store_true", help="replace an existing file")
    cmd.set_defaults(run=_import_json)

    cmd = sub.add_parser(
        "import",
        help="import production and consumption from a CSV, XLSX, XLS or ODS file",
        description="Read a factory's file into a project, all or nothing: what cpaudit "
        "understood is printed; if the file has any problem, every one is listed with its "
        "row and column and the project is not changed.",
    )
    cmd.add_argument("file", type=Path)
    cmd.add_argument("--into", type=Path, required=True, metavar="PROJECT", help="project file")
    cmd.add_argument("--new", action="store_true", help="create PROJECT if it does not exist")
    cmd.add_argument("--sheet", help="the sheet to read (default: the first)")
    cmd.add_argument("--header-row", type=_row_number, metavar="N", help="the header's row")
    cmd.add_argument("--layout", choices=("wide", "long", "interval"))
    cmd.add_argument("--style", choices=("vi", "en"), help="numbers: vi 1.234,56 or en 1,234.56")
    cmd.add_argument("--date-order", choices=("dmy", "mdy", "ymd"), help="default dmy")
    cmd.add_argument(
        "--confirm",
        action="append",
        default=[],
        metavar="COLUMN",
        help="column (letter) whose numbers are in the chosen style even where they could be "
        "read in both (1.234); may be repeated",
    )
    cmd.add_argument("--encoding", help="CSV: the text encoding (default: detected)")
    cmd.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="interval data: accept months with missing readings",
    )
    cmd.add_argument(
        "--replace", action="store_true", help="the file's values replace the project's"
    )
    cmd.add_argument("--dry-run", action="store_true", help="check and print; change nothing")
    cmd.set_defaults(run=_import)

    cmd = sub.add_parser(
        "export",
        help="write a project's data and results as tidy XLSX or CSV",
        description="Write tidy tables: data (one row per record, with what the project knows "
        "of its period, product and resource) and allocations, which `cpaudit import` reads "
        "back; results; and the T5 balance of each unit operation (balance) with its Sankey "
        "arrows (balance_flows). XLSX: one sheet per table; CSV: OUT_data.csv, "
        "OUT_allocations.csv, ... (one table alone: OUT.csv).",
    )
    cmd.add_argument("project", type=Path)
    cmd.add_argument("-o", "--output", type=Path, required=True, help="OUT.xlsx or OUT.csv")
    cmd.add_argument(
        "--what",
        choices=("all", "data", "results", "balance"),
        default="all",
        help="all (default): data and allocations, results where the project's periods allow, "
        "balances where the project has balance flows",
    )
    cmd.add_argument("--style", choices=("en", "vi"), default="en", help="CSV number style")
    cmd.add_argument(
        "--lang", choices=("en", "vi"), default="en", help="language of the headers (both import)"
    )
    cmd.add_argument("--scheme", choices=SCHEMES, help="target scheme (default: the project's)")
    cmd.set_defaults(run=_export)

    cmd = sub.add_parser("template", help="write blank import templates (Vietnamese, English)")
    cmd.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    cmd.set_defaults(run=_template)
    return parser


def _refuse_to_overwrite(source: Path, outputs, option: str = "-o") -> None:
    """Refuse when a file to write is the file being read, under whatever name.

    ``outputs``: paths, or (path, what it is) where the user did not name it.
    """
    for output in outputs:
        path, what = output if isinstance(output, tuple) else (output, "")
        if _same_file(source, path):
            same = (
                "the file being read"
                if str(path) == str(source)
                else f"{source}, the file being read"
            )
            raise UserError(
                f"{what}{path} is {same}: writing it would destroy it; choose another {option} name"
            )


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are one file (links and ``..`` seen through); a file that does
    not exist is no other."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


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
        raise UserError(_with_force(e)) from e
    print(f"wrote the demo project to {args.path}")
    return 0


def _with_force(error: Exception) -> str:
    """The message, with the way on where the file exists already (a command with --force)."""
    if isinstance(error.__cause__, FileExistsError):
        return f"{str(error).removesuffix('.')}; pass --force to replace it."
    return str(error)


def _iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from e


def _report(args) -> int:
    from cpaudit.report.pdf import ReportError, write_report
    from cpaudit.report.twin import data_path

    twin = (data_path(args.output), "the report's data file ")
    _refuse_to_overwrite(args.project, (args.output, twin))
    project = _load(args.project)
    shown = sys.stderr.isatty()

    def progress(fraction: float, message: str) -> None:
        log.debug("report %3.0f %% %s", fraction * 100, message)
        if shown:
            print(f"\r{fraction * 100:3.0f} % {message:<40}", end="", file=sys.stderr, flush=True)

    sections = None
    if args.sections is not None:
        sections = [name.strip() for name in args.sections.split(",") if name.strip()]
    try:
        files = write_report(
            project,
            args.output,
            lang=args.lang,
            scheme_id=args.scheme,
            progress=progress,
            sections=sections,
            preparer=args.preparer,
            version=args.report_version,
            report_date=args.date,
        )
    except ReportError as e:
        raise UserError(str(e)) from e
    finally:
        if shown:
            print(file=sys.stderr)
    print(f"wrote {files.pdf} ({files.pages} pages) and {files.data} (SHA-256 {files.sha256})")
    return 0


def _summary(args) -> int:
    from cpaudit.audit.analysis import assess
    from cpaudit.audit.summary import summary

    project = _load(args.project)
    if not any(p.code == project.settings.baseline_period for p in project.periods):
        raise UserError(
            f"{args.project} has no baseline period chosen, so there is nothing to compare: open "
            "it (cpaudit open) and choose one under Plant and data > Settings"
        )
    assessment = assess(project, args.scheme)
    if args.json:
        print(json.dumps(summary(project, assessment), ensure_ascii=False, indent=2))
    else:
        print(_summary_text(project, assessment, args.lang))
    return 0


def _summary_text(project, assessment, lang: str) -> str:
    """The per-product table in the words, units and number style of ``lang``, as the report
    writes them."""
    from cpaudit.audit.formatting import significant_decimals
    from cpaudit.audit.results import NotDefined
    from cpaudit.report.i18n import Texts
    from cpaudit.report.labels import Labels, clean

    t = Texts(lang)
    labels = Labels(t, project.establishment.currency)
    products = {p.code: p.name for p in project.products}
    resources = {r.code: r.name for r in project.resources}

    def intensity(value) -> str:
        if isinstance(value, NotDefined):
            return labels.not_available(value)
        return labels.number(value, significant_decimals(value))

    def period(code: str) -> str:
        found = next((p for p in project.periods if p.code == code), None)
        if found is None:
            return t("not_available")
        dates = f"{labels.date(found.start)} – {labels.date(found.end)}"
        return f"{clean(found.label or found.code)} ({dates})"

    scheme = assessment.scheme
    current = t("col_projected") if assessment.current_is_projection else t("col_current")
    columns = [t(k) for k in ("col_product", "col_resource", "col_unit", "col_baseline")]
    columns += [current, t("col_saving"), t("col_judgement")]
    lines = [
        clean(project.establishment.name),
        f"{t('col_baseline')}: {period(assessment.baseline_period)}",
        t("projection")
        if assessment.current_is_projection
        else f"{current}: {period(assessment.current_period)}",
        f"{scheme.id}: {labels.band(scheme.min_pct, scheme.max_pct)}",
        "",
        f"{columns[0]:<28} {columns[1]:<36} {columns[2]:<16} {columns[3]:>12} {columns[4]:>12} "
        f"{columns[5]:>10}  {columns[6]}",
    ]
    for row in assessment.rows:
        lines.append(
            f"{clean(products[row.product])[:28]:<28} {clean(resources[row.resource])[:36]:<36} "
            f"{labels.unit_text(row.intensity_unit):<16} {intensity(row.baseline_intensity):>12} "
            f"{intensity(row.current_intensity):>12} {labels.saving(row.saving, brief=True):>10}  "
            f"{labels.judgement(row.judgement, row.saving)}"
        )
    return "\n".join(lines)


def _export_json(args) -> int:
    from cpaudit.store.jsonform import write_json
    from cpaudit.store.projectfile import ProjectFileError

    _refuse_to_overwrite(args.project, (args.output,))
    project = _load(args.project)
    try:
        write_json(project, args.output, overwrite=args.force)
    except (ProjectFileError, OSError) as e:
        raise UserError(_with_force(e)) from e
    print(f"wrote {args.output}")
    return 0


def _import_json(args) -> int:
    from cpaudit.store.jsonform import read_json
    from cpaudit.store.projectfile import ProjectFileError, create_project_file

    _refuse_to_overwrite(args.input, (args.output,))
    try:
        project = read_json(args.input)
        create_project_file(args.output, project, overwrite=args.force)
    except ProjectFileError as e:
        raise UserError(_with_force(e)) from e
    print(f"wrote {args.output}")
    return 0


def _row_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a row number: {text!r}")
    return number


def _import(args) -> int:
    from cpaudit.store.importing import apply_plan, plan_import
    from cpaudit.store.projectfile import ProjectFileError, create_project_file, save_project
    from cpaudit.store.sheets import WorkbookError, read_workbook

    _refuse_to_overwrite(args.file, (args.into,), "--into")
    project = _project_to_import_into(args.into, args.new)
    try:
        workbook = read_workbook(args.file, encoding=args.encoding)
    except WorkbookError as e:
        raise UserError(e.message) from e
    spec = _import_spec(project, workbook, args)

    plan = plan_import(project, workbook, spec, progress=_progress_line("import"))
    print(_understood(project, workbook, spec, plan, args.replace))
    if plan.problems:
        count = "1 problem" if len(plan.problems) == 1 else f"{len(plan.problems)} problems"
        print(f"cpaudit: {count}; nothing was imported:", file=sys.stderr)
        for problem in plan.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1

    changed = apply_plan(project, plan, replace=args.replace)
    if args.dry_run:
        print(f"dry run: {args.into} was not changed")
        return 0
    try:
        if args.into.exists():
            save_project(args.into, changed)
        else:
            create_project_file(args.into, changed)
    except ProjectFileError as e:
        raise UserError(str(e)) from e
    print(f"imported into {args.into}")
    return 0


def _project_to_import_into(path: Path, new: bool):
    from cpaudit.audit.model import Establishment, Project, Settings

    if path.exists():
        return _load(path)
    if not new:
        raise UserError(f"{path} does not exist; add --new to create it")
    return Project(Establishment(path.stem), Settings(baseline_period=""))


def _import_spec(project, workbook, args):
    """The suggested mapping with the user's choices from the command line."""
    import dataclasses

    from cpaudit.store.importing import suggest_spec
    from cpaudit.store.sheets import column_index

    header_row = args.header_row - 1 if args.header_row else None
    try:
        spec = suggest_spec(
            project, workbook, args.sheet, header_row=header_row, layout=args.layout
        )
    except KeyError as e:
        names = ", ".join(f'"{s.name}"' for s in workbook.sheets)
        raise UserError(f"{workbook.name} has no sheet {args.sheet!r}; it has {names}") from e
    changes = {}
    if args.style:
        changes["number_style"] = args.style
    if args.date_order:
        changes["date_order"] = args.date_order
    if args.allow_incomplete:
        changes["allow_incomplete"] = True
    confirmed = set()
    for letters in args.confirm:
        if not letters.isalpha() or not letters.isascii():
            raise UserError(f"--confirm takes a column letter such as C, not {letters!r}")
        confirmed.add(column_index(letters))
    if confirmed:
        changes["confirmed_columns"] = frozenset(confirmed)
    return dataclasses.replace(spec, **changes)


def _progress_line(name: str):
    shown = sys.stderr.isatty()

    def progress(fraction: float, message: str) -> None:
        log.debug("%s %3.0f %% %s", name, fraction * 100, message)
        if shown:
            end = "\n" if fraction >= 1 else ""
            print(f"\r{fraction * 100:3.0f} % {message[:60]:<60}", end=end, file=sys.stderr)

    return progress


def _understood(project, workbook, spec, plan, replace: bool) -> str:
    """What cpaudit read the file as: columns and their targets, periods, records, notes."""
    import dataclasses

    from cpaudit.audit.parsing import DATE_ORDER_PATTERNS, STYLE_EXAMPLES, STYLE_NAMES
    from cpaudit.store.importing import column_headers
    from cpaudit.store.sheets import column_letter

    sheet = workbook.sheet(spec.sheet)
    headers = column_headers(sheet, spec.header_row, spec.header_rows)
    where = workbook.name + (f', sheet "{sheet.name}"' if workbook.kind != "csv" else "")
    lines = [
        f"{where}: header in row {spec.header_row + 1}, {spec.layout} layout",
        f"numbers in {STYLE_NAMES[spec.number_style]} style "
        f"({STYLE_EXAMPLES[spec.number_style]}), dates {DATE_ORDER_PATTERNS[spec.date_order]}"
        + (f", text in {workbook.encoding}" if workbook.kind == "csv" else ""),
        "columns:",
    ]

    def column_line(column: int, what: str) -> str:
        return f"  {column_letter(column):>3}  {headers.get(column, '')[:40]:<40} -> {what}"

    if spec.layout == "long":
        roles = dataclasses.asdict(spec.long) if spec.long else {}
        for role, column in roles.items():
            if column is not None:
                lines.append(column_line(column, role.replace("_", " ")))
    else:
        if spec.period_column is not None:
            what = "periods" if spec.layout == "wide" else f"timestamps ({spec.timestamps} of "
            what += "each reading)" if spec.layout == "interval" else ""
            lines.append(column_line(spec.period_column, what))
        for mapping in spec.columns:
            header = headers.get(mapping.column, "")
            lines.append(
                column_line(mapping.column, _column_target(mapping, header, project, plan))
            )
    if not plan.problems:
        lines += _plan_lines(plan, replace)
    if plan.notes:
        lines.append("notes:")
        lines += [f"  {note}" for note in plan.notes]
    return "\n".join(lines)


def _column_target(mapping, header: str, project, plan) -> str:
    from cpaudit.audit.parsing import split_header

    unit = mapping.unit or split_header(header)[1]
    if mapping.target == "cost":
        return f"cost of {mapping.code}" + (f" in {unit}" if unit else "")
    text = f"{mapping.target} {mapping.code}"
    new = {i.code: i for i in (*plan.products, *plan.resources)}
    existing = {i.code: i for i in (*project.products, *project.resources)}
    if mapping.code in new:
        item = new[mapping.code]
        kind = f"new, {item.resource_class}" if mapping.target == "resource" else "new"
        return f'{text} "{item.name}" ({kind}) in {item.unit}'
    if mapping.code in existing:
        item = existing[mapping.code]
        read = f", read in {unit}" if unit and _unit(unit) != item.unit else ""
        return f'{text} "{item.name}" in {item.unit}{read}'
    return text + (f" in {unit}" if unit else "")


def _figure(value: float) -> str:
    """A value as plain text, all its decimals up to six: 1234567.5, 0.25, 110250."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _unit(text: str) -> str:
    from cpaudit.audit.parsing import ParseError, normalise_unit

    try:
        return normalise_unit(text)
    except ParseError:
        return text


def _plan_lines(plan, replace: bool) -> list[str]:
    periods = plan.periods
    lines = []
    if periods:
        shown = ", ".join(p.code for p in periods[:12]) + (", ..." if len(periods) > 12 else "")
        lines.append(f"new periods ({len(periods)}): {shown}")
    for kind, items in (("products", plan.products), ("resources", plan.resources)):
        if items:
            lines.append(f"new {kind}: " + ", ".join(f"{i.code} ({i.unit})" for i in items))
    lines.append(f"records: {len(plan.production)} production, {len(plan.consumption)} consumption")
    if plan.conflicts:
        action = "replaced" if replace else "kept (use --replace to replace them)"
        lines.append(f"{len(plan.conflicts)} values differ from the project's; they are {action}:")
        for conflict in plan.conflicts[:20]:
            key = " / ".join(k for k in conflict.key if k)
            old, new = _figure(conflict.old), _figure(conflict.new)
            lines.append(f"  {key}: {old} in the project, {new} in the file")
        if len(plan.conflicts) > 20:
            lines.append(f"  ... and {len(plan.conflicts) - 20} more")
    return lines


def _export(args) -> int:
    from cpaudit.store import exporting

    project = _load(args.project)
    suffix = args.output.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(f"{args.output.name}: the output must end in .xlsx or .csv")
    if args.what == "results" and not exporting.has_results(project):
        raise UserError(
            "the project has no results to export: set its baseline period (and the current "
            "period, if any) to periods it has"
        )
    if args.what == "balance" and not project.balance_flows:
        raise UserError("the project has no balance to export: it has no balance flows (T5)")
    tables = exporting.export_tables(project, args.what, args.scheme, args.lang)
    _refuse_to_overwrite(args.project, exporting.table_paths(args.output, tables))
    try:
        written = exporting.write_tables(args.output, tables, number_style=args.style)
    except OSError as e:
        raise UserError(f"{args.output} could not be written: {e.strerror or e}") from e
    for path in written:
        print(f"wrote {path}")
    return 0


def _template(args) -> int:
    from cpaudit.store.exporting import write_templates

    try:
        written = write_templates(args.output)
    except OSError as e:
        raise UserError(f"{args.output} could not be written: {e.strerror or e}") from e
    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
