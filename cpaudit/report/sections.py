"""The report's pages, section by section, laid out from the report document (:mod:`twin`).

Every figure printed here is read from the document that is also written as the JSON twin, so
the PDF and the data cannot disagree. Every word comes from the catalogue (:mod:`i18n`), every
number through :class:`~cpaudit.report.labels.Labels`.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.economics import PaybackGroup
from cpaudit.audit.model import (
    EnergyBasis,
    FlowKind,
    OptionStatus,
    ResourceClass,
    ScreeningBin,
)
from cpaudit.audit.reference import toe_factors_for
from cpaudit.audit.results import NotDefined, Reason
from cpaudit.audit.tasks import TaskState
from cpaudit.report import fonts
from cpaudit.report.charts import (
    PNG_DPI,
    ClassBar,
    balance_sankey_flows,
    class_saving_figure,
    figure_png,
    figure_size_pt,
    sankey_figure,
)
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import Labels, clean, markup
from cpaudit.report.layout import (
    BODY_HEIGHT,
    BODY_WIDTH,
    GRID,
    Blocks,
    Heading,
    NoteKey,
    Registry,
    Styles,
    TableOfContents,
    TocEntry,
    png_image,
)
from cpaudit.report.reasons import ReportReason, undefined
from cpaudit.report.twin import SCHEMA_FILE, SCHEMA_ID

# At most this many Sankey diagrams are drawn; the balances beyond them are shown as tables.
MAX_SANKEY_DIAGRAMS = 12

_ENERGY_CLASSES = (ResourceClass.ENERGY, ResourceClass.FUEL)


class StoryBuilder:
    """Turns one report document into the report's flowables, in one language."""

    def __init__(
        self,
        document: dict,
        texts: Texts,
        registry: Registry,
        tick: Callable[[], None] | None = None,
    ) -> None:
        self.d = document
        self.t = texts
        resources = document["annex"]["resources"]
        self.labels = Labels(
            texts,
            document["establishment"]["currency"],
            {r["code"]: r["name"] for r in resources if r["name"]},
        )
        self.cur = self.labels.currency
        self.s = Styles()
        self.b = Blocks(self.s, texts("note_word"), texts("notes_title"))
        self.registry = registry
        self.toc: list[TocEntry] = []
        self._section = 0
        self._sub = 0
        self._tick = tick or (lambda: None)
        self.sections = tuple(document["report"]["sections"])
        self.fingerprint = ""  # the twin's SHA-256, set before layout
        self.product_names = {}
        self.resource_names = {r["code"]: r["name"] for r in document["annex"]["resources"]}
        self.resource_units = {r["code"]: r["unit"] for r in document["annex"]["resources"]}
        for row in document["consumption"]["rows"]:
            self.product_names.setdefault(row["product"], row["product_name"])
        for product in document["establishment"].get("products", ()):
            self.product_names.setdefault(product["code"], product["name"])
        self.charts: list = []  # (figure) kept for the benchmark's floor
        self.cover_notes: list[tuple[int, str]] = []  # long cover entries, in full in the annex

    # small helpers

    def p(self, text: str, style=None) -> Flowable:
        return self.b.p(text, style)

    def note(self, text: str) -> Flowable:
        return self.b.p(text, self.s.note)

    def table(self, header, rows, widths, numeric=(), **kw) -> list[Flowable]:
        self._tick()
        return self.b.table(header, rows, widths, numeric, **kw)

    def h1(self, key: str, **values) -> Flowable:
        """A numbered section heading, in the contents and the outline."""
        self._section += 1
        self._sub = 0
        text = f"{self._section}. {self.t(key, **values)}"
        entry = TocEntry(f"sec-{self._section}", 0, text)
        self.toc.append(entry)
        return Heading(text, self.s.h1, entry.key, 0, self.registry)

    def h2(self, key: str, **values) -> Flowable:
        """A numbered sub-heading, in the contents and the outline (a user's name in it is
        shortened to one line in the contents)."""
        self._sub += 1
        text = f"{self._section}.{self._sub} {self.t(key, **values)}"
        entry = TocEntry(f"sec-{self._section}-{self._sub}", 1, text)
        self.toc.append(entry)
        return Heading(text, self.s.h2, entry.key, 1, self.registry)

    def na(self, value=None) -> str:
        return self.labels.not_available(value)

    def keyed(self, key: NoteKey, value, show: Callable[[object], str]) -> str:
        """A figure for a narrow cell: ``show(value)``, or where it is not defined "n/a" and a
        pointer to the note under the table that says why (the reason would make the row many
        lines tall)."""
        if isinstance(value, NotDefined):
            return self.keyed_reason(key, self.na(value))
        return show(value)

    def keyed_reason(self, key: NoteKey, why: str) -> str:
        """ "n/a ³", note 3 holding ``why`` ("n/a (reason)")."""
        return f"{self.t('not_available')}\u00a0{key.marker(why)}"  # the mark never alone

    def product(self, code: str) -> str:
        return self.product_names.get(code) or code

    def resource(self, code: str) -> str:
        return self.resource_names.get(code) or code

    def period_text(self, period: dict | None, fallback: str = "") -> str:
        if period is None:
            return fallback or "…"
        return self.t(
            "period_with_dates",
            label=period["label"] or period["code"],
            start=self.labels.date(period["start"]),
            end=self.labels.date(period["end"]),
        )

    def baseline_text(self) -> str:
        periods = self.d["periods"]
        return self.period_text(periods.get("baseline"), periods["baseline_code"])

    def current_text(self) -> str:
        periods = self.d["periods"]
        if periods["current_is_projection"]:
            return self.t("projection")
        return self.period_text(periods.get("current"), periods["current_code"])

    def current_word(self) -> str:
        projection = self.d["periods"]["current_is_projection"]
        return self.t("projected_word" if projection else "current_word")

    def current_head(self) -> str:
        projection = self.d["periods"]["current_is_projection"]
        return self.t("col_projected" if projection else "col_current")

    def scheme_label(self) -> str:
        scheme = self.d["scheme"]
        return scheme["label_vi"] if self.t.lang == "vi" else scheme["label_en"]

    def band(self) -> str:
        return self.labels.band(self.d["scheme"]["min_pct"], self.d["scheme"]["max_pct"])

    def class_basis(self, resource_class: ResourceClass, basis: str) -> str:
        if resource_class in _ENERGY_CLASSES:
            energy_basis = self.d["consumption"]["energy_basis"]
            return self.t("basis_gj", basis=self.labels.energy_basis(EnergyBasis(energy_basis)))
        if basis == "money":
            return self.t("basis_money", currency=self.cur)
        return self.labels.quantity_unit(basis)

    def names(self, codes: list[str]) -> str:
        """Resources by their names, in a list: "Coal, Biomass"."""
        return ", ".join(self.resource(code) for code in codes)

    def yes_no_figure(self, value) -> str:
        if isinstance(value, NotDefined):
            return self.na(value)
        return self.t("yes") if value else self.t("no")

    def text_or_none(self, text: str) -> list[Flowable]:
        if clean(text).strip():
            return [self.p(text)]
        return [self.note(self.t("not_recorded_text"))]

    def image(self, png: bytes, natural: tuple[float, float]) -> Flowable:
        """A chart drawn at its own size, or smaller to fit the page (never below its dpi)."""
        width, height = natural
        scale = min(1.0, BODY_WIDTH / width, (BODY_HEIGHT * 0.8) / height)
        return png_image(png, width * scale, height * scale)

    # the story

    def story(self) -> list[Flowable]:
        flowables = [*self.cover(), PageBreak(), *self.contents(), PageBreak()]
        for section in self.sections:
            if section != "summary":
                # no heading alone at a page's foot; the balance's first table and diagram
                # would not fit under its heading in less
                room = 90 if section == "balance" else 45
                flowables.append(CondPageBreak(room * mm))
            flowables += getattr(self, f"section_{section}")()
            self._tick()
        return flowables

    # cover and contents

    def cover(self) -> list[Flowable]:
        t, d = self.t, self.d
        est, report = d["establishment"], d["report"]
        sector = est["sector"]
        if est["industry_code"] and est["industry_code"] not in sector:
            sector = f"{sector} ({est['industry_code']})" if sector else est["industry_code"]
        pairs = [
            (t("establishment"), est["name"] or "…"),
            (t("address"), est["address"]),
            (t("sector"), sector),
            (t("baseline_period"), self.baseline_text()),
            (t("current_period"), self.current_text()),
            (t("target_scheme"), self.scheme_label()),
            (t("prepared_by"), report["preparer"] or "……………………………………"),
            (t("report_date"), self.labels.date(report["date"])),
            (t("report_version"), report["version"] or "…"),
            (t("data_file"), report["data_file"]),
        ]
        flowables: list[Flowable] = [
            Spacer(0, 18 * mm),
            self.p(report["title"], self.s.title),
            self.p(self.b.heading_text(est["name"] or "…")[0], self.s.subtitle),
            Spacer(0, 4 * mm),
            *self.b.key_values(pairs, max_lines=4, deferred=self.cover_notes),
            Spacer(0, 8 * mm),
        ]
        illustrative = d["annex"]["illustrative_note"]
        if illustrative.strip():
            flowables.append(self.p(t("illustrative_note", note=illustrative), self.s.note))
        generator = d["generator"]
        flowables.append(
            self.note(t("prepared_with", name=generator["name"], version=generator["version"]))
        )
        return flowables

    def contents(self) -> list[Flowable]:
        return [
            self.p(self.t("contents"), self.s.toc_title),
            TableOfContents(self.toc, self.registry),
        ]

    # 1 summary

    def section_summary(self) -> list[Flowable]:
        t, labels, d = self.t, self.labels, self.d
        summary = d["summary"]
        flowables: list[Flowable] = [
            self.h1("sec_summary"),
            self.p(
                t(
                    "summary_intro",
                    name=d["establishment"]["name"] or "…",
                    baseline=self.baseline_text(),
                    current=self.current_text(),
                    scheme=self.scheme_label(),
                )
            ),
        ]
        flowables += self.horizon_note()
        classes = summary["classes"]
        if classes:
            flowables.append(self.class_chart(classes))
            flowables += self.class_table(classes)
        else:
            flowables.append(self.note(t("no_classes")))
        implemented, planned = summary["implemented"], summary["planned"]
        pairs = [
            (t("summary_options"), labels.number(summary["options_count"])),
            (
                t("summary_implemented"),
                t(
                    "summary_group",
                    count=labels.number(implemented["count"]),
                    investment=labels.money(implemented["investment"]),
                    saving=labels.money(implemented["net_annual_saving"]),
                    currency=self.cur,
                ),
            ),
            (t("summary_payback"), labels.years(summary["implemented_payback_years"])),
            (
                t("summary_planned"),
                t(
                    "summary_group",
                    count=labels.number(planned["count"]),
                    investment=labels.money(planned["investment"]),
                    saving=labels.money(planned["net_annual_saving"]),
                    currency=self.cur,
                ),
            ),
            (t("summary_money"), f"{labels.money(implemented['net_annual_saving'])} {self.cur}"),
            (t("summary_co2"), self.co2_line(implemented)),
            (t("summary_key_user"), self.key_user_line(summary)),
        ]
        flowables.append(self.p(t("summary_figures"), self.s.h2))
        flowables += self.b.key_values(pairs, key_mm=62)
        if d["periods"]["current_is_projection"]:
            flowables.append(self.note(t("summary_projection_note")))
        flowables.append(PageBreak())
        return flowables

    def co2_line(self, group: dict) -> str:
        """A group's fossil CO2, and the savings it leaves out for want of a factor."""
        t, labels = self.t, self.labels
        amount = t("co2_amount", amount=labels.amount(group["co2_fossil_t"]))
        left_out = group.get("co2_not_counted", [])
        if not left_out:
            return amount
        items = [
            t(
                "saving_of",
                quantity=labels.signed_quantity(s["quantity"], labels.quantity_unit(s["unit"])),
                name=s["name"],
            )
            for s in left_out[:3]
        ]
        if len(left_out) > 3:
            items.append(t("more_items", count=labels.number(len(left_out) - 3)))
        return t("co2_without", amount=amount, savings=self.and_list(items))

    def and_list(self, items: list[str]) -> str:
        """ "a, b and c" in the report's language."""
        if len(items) == 1:
            return items[0]
        return self.t("and_last", others=", ".join(items[:-1]), last=items[-1])

    def key_user_line(self, summary: dict) -> str:
        t, labels = self.t, self.labels
        if not summary["energy_recorded"]:
            return t("not_available_reason", reason=t("reason_no_energy_data"))
        limit = labels.number(summary["key_energy_user_threshold_toe"], 0)
        baseline = summary["energy_totals"][0]
        if "not_converted" in baseline:
            key = (
                "summary_key_user_lower_bound"
                if baseline["key_energy_user"] is True
                else "summary_key_user_undecided"
            )
            return t(
                key,
                toe=labels.number(baseline["converted_toe"], 1),
                threshold=limit,
                names=self.names(baseline["not_converted"]),
            )
        if isinstance(baseline["toe"], NotDefined):
            return self.na(baseline["toe"])
        key = (
            "summary_key_user_yes" if baseline["key_energy_user"] is True else "summary_key_user_no"
        )
        return t(key, toe=labels.number(baseline["toe"], 1), threshold=limit)

    def horizon_note(self) -> list[Flowable]:
        """One sentence where the period judged lies outside the chosen scheme's horizon."""
        scheme = self.d["scheme"]
        check = scheme.get("horizon_check")
        if check is None or check["position"] == "within":
            return []
        labels = self.labels
        period = self.t(
            "valid_range", start=labels.date(check["start"]), end=labels.date(check["end"])
        )
        return [
            self.p(
                self.t(
                    f"horizon_{check['position']}",
                    period=period,
                    start=labels.date(scheme.get("valid_from")),
                    end=labels.date(scheme["horizon_end"]),
                )
            )
        ]

    def class_chart(self, classes: list[dict]) -> Flowable:
        bars = [
            ClassBar(
                self.labels.resource_class(ResourceClass(c["resource_class"])),
                c["saving_pct"],
                Judgement(c["judgement"]),
            )
            for c in classes
        ]
        band = (self.d["scheme"]["min_pct"], self.d["scheme"]["max_pct"])
        figure = class_saving_figure(bars, band, self.labels, BODY_WIDTH)
        self.charts.append(figure)
        return self.image(figure_png(figure), figure_size_pt(figure))

    def class_table(self, classes: list[dict]) -> list[Flowable]:
        t, labels = self.t, self.labels
        rows = [
            [
                labels.resource_class(ResourceClass(c["resource_class"])),
                self.class_basis(ResourceClass(c["resource_class"]), c["basis"]),
                labels.saving_pct(c["saving_pct"], brief=True),
                labels.judgement(Judgement(c["judgement"]), c["saving_pct"]),
            ]
            for c in classes
        ]
        header = [t("col_class"), t("col_basis"), t("col_saving"), t("col_judgement")]
        return self.table(header, rows, (38, 52, 34, 50), numeric=(2,))

    # 2 establishment

    def section_establishment(self) -> list[Flowable]:
        t, labels, est = self.t, self.labels, self.d["establishment"]
        employees = est.get("employees")
        pairs = [
            (t("sector"), est["sector"]),
            (t("industry_code"), est["industry_code"]),
            (t("employees"), labels.number(employees) if employees is not None else t("not_given")),
        ]
        flowables: list[Flowable] = [self.h1("sec_establishment"), *self.b.key_values(pairs)]
        flowables += [self.h2("history"), *self.text_or_none(est["history"])]
        flowables.append(self.h2("sub_products"))
        capacity = est["design_capacity"] if est["design_capacity"].strip() else t("not_given")
        flowables += [*self.b.key_values([(t("design_capacity"), capacity)]), Spacer(0, 2 * mm)]
        products = est["products"]
        if products:
            rows = [
                [
                    p["code"],
                    p["name"] or p["code"],
                    labels.unit(p["unit"]),
                    labels.quantity_unit(p["report_unit"]),
                ]
                for p in products
            ]
            header = [
                t("col_code"),
                t("col_product"),
                t("col_production_unit"),
                t("col_report_unit"),
            ]
            flowables += self.table(header, rows, (22, 80, 32, 40))
        else:
            flowables.append(self.note(t("no_products")))
        flowables += [
            self.h2("environmental_status"),
            *self.text_or_none(est["environmental_status"]),
        ]
        return flowables

    # 3 team and schedule

    def section_team(self) -> list[Flowable]:
        t, labels, team = self.t, self.labels, self.d["team"]
        flowables: list[Flowable] = [self.h1("sec_team"), self.h2("sub_team")]
        if team["members"]:
            rows = [[m["name"], m["position"], m["role"], m["why_chosen"]] for m in team["members"]]
            header = [t("col_name"), t("col_position"), t("col_role"), t("col_why_chosen")]
            flowables += self.table(header, rows, (40, 30, 45, 55))
        else:
            flowables.append(self.note(t("no_team")))
        commitment = team["commitment"]
        flowables.append(self.h2("sub_commitment"))
        pairs = [
            (t("commitment_by"), commitment["by"]),
            (t("commitment_date"), labels.date(commitment["date"]) if "date" in commitment else ""),
            (t("commitment_statement"), commitment["statement"]),
        ]
        flowables += self.b.key_values(pairs) or [self.note(t("no_commitment"))]
        schedule = team["schedule"]
        window = ""
        if "implementation_start" in schedule or "implementation_finish" in schedule:
            window = t(
                "valid_range",
                start=labels.date(schedule.get("implementation_start")),
                end=labels.date(schedule.get("implementation_finish")),
            )
        flowables.append(self.h2("sub_schedule"))
        flowables += self.b.key_values(
            [
                (t("baseline_period"), self.baseline_text()),
                (t("balance_period"), schedule["balance_period"]),
                (t("implementation_window"), window),
                (t("current_period"), self.current_text()),
            ]
        )
        rows = []
        shown_step = None
        for task in team["tasks"]:
            missing = ", ".join(t(f"missing_{m}") for m in task["missing"])
            step = t(f"step_{task['step']}") if task["step"] != shown_step else ""
            shown_step = task["step"]
            rows.append(
                [
                    step,
                    t(f"task_{task['task']}"),
                    t(f"state_{TaskState(task['state']).value}"),
                    missing,
                ]
            )
        header = [t("col_step"), t("col_task"), t("col_state"), t("col_missing")]
        flowables.append(self.p(t("tasks_intro"), self.s.caption))
        flowables += self.table(header, rows, (36, 62, 20, 52))
        return flowables

    # 4 process

    def section_process(self) -> list[Flowable]:
        t, labels, process = self.t, self.labels, self.d["process"]
        steps = {s["code"]: s["name"] for s in process["steps"]}
        flowables: list[Flowable] = [self.h1("sec_process"), self.h2("sub_steps")]
        if process["steps"]:
            rows = [[s["code"], s["name"], s["description"]] for s in process["steps"]]
            flowables += self.table(
                [t("col_code"), t("col_step_name"), t("col_description")], rows, (18, 50, 100)
            )
        else:
            flowables.append(self.note(t("no_steps")))

        flowables.append(self.h2("sub_step_flows"))
        if process["step_flows"]:
            rows = []
            for f in process["step_flows"]:
                actual = f.get("quantity_per_unit")
                norm = f.get("norm_per_unit")
                rows.append(
                    [
                        f["step"],
                        t(f"flow_{FlowKind(f['kind']).value}"),
                        f["name"],
                        labels.significant(actual, 4) if actual is not None else t("not_recorded"),
                        labels.significant(norm, 4) if norm is not None else "–",
                        labels.unit_text(f["unit"]),
                    ]
                )
            header = [
                t("col_step_name"),
                t("col_kind"),
                t("col_flow"),
                t("col_per_unit"),
                t("col_norm"),
                t("col_unit"),
            ]
            flowables += self.table(header, rows, (16, 22, 56, 24, 22, 28), numeric=(3, 4))
            flowables.append(self.note(t("norm_note")))
        else:
            flowables.append(self.note(t("no_step_flows")))

        flowables.append(self.h2("sub_production"))
        if process["production"]:
            rows = [
                [
                    p["name"] or p["product"],
                    labels.quantity_unit(p["unit"]),
                    labels.amount(p["baseline"], brief=False),
                    labels.amount(p["current"], brief=False),
                ]
                for p in process["production"]
            ]
            header = [t("col_product"), t("col_unit"), t("col_baseline"), self.current_head()]
            flowables += self.table(header, rows, (70, 30, 35, 35), numeric=(2, 3))
        else:
            flowables.append(self.note(t("no_products")))

        flowables.append(self.h2("sub_inputs"))
        if process["inputs"]:
            rows = [
                [
                    i["name"] or i["resource"],
                    labels.resource_class(ResourceClass(i["resource_class"])),
                    labels.quantity_unit(i["unit"]),
                    labels.amount(i["baseline"]),
                    labels.amount(i["current"]),
                    labels.money(i["baseline_cost"]) if "baseline_cost" in i else "–",
                ]
                for i in process["inputs"]
            ]
            header = [
                t("col_resource"),
                t("col_class"),
                t("col_unit"),
                t("col_baseline"),
                self.current_head(),
                t("col_baseline_cost", currency=self.cur),
            ]
            flowables += self.table(header, rows, (44, 24, 30, 26, 26, 28), numeric=(3, 4, 5))
        else:
            flowables.append(self.note(t("no_inputs")))

        flowables += self.focus(process["focus"], steps)
        return flowables

    def focus(self, focus: dict, steps: dict[str, str]) -> list[Flowable]:
        t, labels = self.t, self.labels
        flowables: list[Flowable] = [self.h2("sub_focus")]
        criteria = focus["criteria"]
        if focus["ranking"] and criteria:
            # criteria as numbered columns, named in the key under the table (long names would
            # break inside words in narrow columns)
            shown = criteria if len(criteria) <= 8 else []
            header = [t("col_rank"), t("col_step_name")]
            header += [f"{i} (×{labels.compact(c['weight'])})" for i, c in enumerate(shown, 1)]
            header.append(t("col_weighted_score"))
            rows = []
            for r in focus["ranking"]:
                name = steps.get(r["step"], "")
                row = [labels.number(r["rank"]), f"{r['step']} {name}".strip()]
                row += [
                    labels.compact(r["scores"][c["code"]]) if c["code"] in r["scores"] else "–"
                    for c in shown
                ]
                row.append(labels.compact(r["score"]))
                rows.append(row)
            widths = (12, 50, *([15] * len(shown)), 22)
            numeric = (0, *range(2, len(header)))
            flowables.append(self.p(t("focus_intro")))
            flowables += self.table(header, rows, widths, numeric=numeric)
            key = "; ".join(
                f"{i} {c['name'] or c['code']} (×{labels.compact(c['weight'])})"
                for i, c in enumerate(criteria, 1)
            )
            flowables.append(self.note(t("criteria_key", criteria=key)))
        chosen = focus["step"]
        if chosen:
            name = steps.get(chosen, "")
            flowables.append(self.p(t("focus_chosen", step=f"{chosen} {name}".strip())))
            if focus["reason"].strip():
                flowables.append(self.p(t("focus_reason", reason=focus["reason"])))
        else:
            flowables.append(self.note(t("no_focus")))
        return flowables

    # 5 consumption

    def section_consumption(self) -> list[Flowable]:
        t, c = self.t, self.d["consumption"]
        flowables: list[Flowable] = [
            self.h1("sec_consumption"),
            self.p(
                t(
                    "intensity_intro",
                    current=self.current_word(),
                    scheme=self.scheme_label(),
                )
            ),
            self.h2("sub_quantities"),
        ]
        if not c["rows"]:
            flowables.append(self.note(t("no_rows")))
        else:
            flowables += self.quantities_table(c["rows"])
            flowables.append(self.h2("sub_intensity"))
            flowables += self.intensity_table(c["rows"])
        flowables.append(self.h2("sub_classes"))
        flowables.append(self.p(t("classes_intro", current=self.current_word(), band=self.band())))
        flowables += self.horizon_note()
        if c["classes"]:
            flowables += self.class_table(c["classes"])
        else:
            flowables.append(self.note(t("no_classes")))
        flowables.append(self.h2("sub_norm"))
        flowables += self.norm(c["sector_norm"])
        return flowables

    def quantities_table(self, rows: list[dict]) -> list[Flowable]:
        t, labels = self.t, self.labels
        key = NoteKey()
        body = [
            [
                r["product_name"] or r["product"],
                r["resource_name"],
                labels.quantity_unit(r["resource_unit"]),
                *[
                    self.keyed(key, r[name], labels.amount)
                    for name in ("baseline_quantity", "current_quantity", "avoided_quantity")
                ],
            ]
            for r in rows
        ]
        header = [
            t("col_product"),
            t("col_resource"),
            t("col_unit"),
            t("col_baseline"),
            self.current_head(),
            t("col_avoided"),
        ]
        return [
            *self.table(header, body, (36, 34, 24, 26, 26, 26), numeric=(3, 4, 5), key=key),
            self.note(t("avoided_note", current=self.current_word())),
        ]

    def intensity_table(self, rows: list[dict]) -> list[Flowable]:
        t, labels = self.t, self.labels
        body = []
        for r in rows:
            decimals = labels.intensity_decimals(r["baseline_intensity"], r["current_intensity"])
            body.append(
                [
                    r["product_name"] or r["product"],
                    r["resource_name"],
                    labels.intensity_unit(r["resource_unit"], r["product_unit"]),
                    labels.figure(r["baseline_intensity"], decimals, brief=True),
                    labels.figure(r["current_intensity"], decimals, brief=True),
                    labels.saving_pct(r["saving_pct"], brief=True),
                    labels.judgement(Judgement(r["judgement"]), r["saving_pct"]),
                ]
            )
        header = [
            t("col_product"),
            t("col_resource"),
            t("col_unit"),
            t("col_baseline"),
            self.current_head(),
            t("col_saving"),
            t("col_judgement"),
        ]
        return self.table(header, body, (30, 28, 25, 19, 19, 24, 29), numeric=(3, 4, 5))

    def norm(self, norm: dict) -> list[Flowable]:
        t, labels = self.t, self.labels
        if not norm["applies"]:
            return [self.p(t(f"norm_not_applicable_{norm['not_applicable_because']}"))]
        flowables: list[Flowable] = [
            self.p(
                t(
                    "norm_intro",
                    volume=labels.figure(norm["volume_million_l_per_year"], 2),
                )
            )
        ]
        rows = []
        for c in norm["comparisons"]:
            band = (
                self.ref(c["norm"], "capacity_band")
                if "norm" in c
                else self.na(c["norm_mj_per_hl"])
            )
            meets = c["meets"]
            if isinstance(meets, NotDefined):
                verdict = self.na(meets)
            else:
                verdict = t("norm_meets") if meets else t("norm_fails")
            rows.append(
                [
                    self.product(c["product"]),
                    t("col_baseline") if c["period"] == "baseline" else self.current_head(),
                    labels.amount(c["production_hl"], brief=True),
                    labels.amount(c["sec_mj_per_hl"], brief=True),
                    labels.figure(c["norm_mj_per_hl"], 0, brief=True),
                    band,
                    verdict,
                ]
            )
        header = [
            t("col_product"),
            t("col_period"),
            t("col_production_hl"),
            t("col_sec"),
            t("col_norm_mj"),
            t("col_capacity_band"),
            t("col_verdict"),
        ]
        flowables += self.table(header, rows, (30, 20, 22, 20, 18, 32, 30), numeric=(2, 3, 4))
        flowables.append(self.note(t("norm_basis")))
        return flowables

    # 6 energy

    def section_energy(self) -> list[Flowable]:
        t, labels, e = self.t, self.labels, self.d["energy"]
        threshold = e["threshold"]
        limit = labels.number(threshold["min_toe_per_year"], 0)
        by_unit = [c for c in e["carriers"] if c.get("method", "moit_factor") != "moit_factor"]
        intro = "energy_intro_methods" if by_unit else "energy_intro"
        flowables: list[Flowable] = [
            self.h1("sec_energy"),
            self.p(t(intro, gj_per_toe=labels.number(e["gj_per_toe"], 3))),
        ]
        if e["excluded"]:
            flowables.append(self.p(t("energy_excluded", excluded=self.names(e["excluded"]))))
        flowables.append(self.h2("sub_carriers"))
        if e["carriers"]:
            rows = [
                [
                    c["name"] or c["resource"],
                    t("col_baseline") if c["period"] == "baseline" else self.current_head(),
                    labels.amount(c["quantity"]),
                    labels.quantity_unit(c["unit"]),
                    labels.significant(c["toe_per_unit"], 4)
                    if not isinstance(c["toe_per_unit"], NotDefined)
                    else t("not_available"),
                    labels.figure(c["toe"], 1, brief=True),
                    labels.figure(c["gj"], 0, brief=True),
                    labels.figure(c["gj_final"], 0, brief=True),
                ]
                for c in e["carriers"]
            ]
            header = [
                t("col_resource"),
                t("col_period"),
                t("col_quantity_plain"),
                t("col_unit"),
                t("col_factor_toe"),
                t("col_toe"),
                t("col_gj"),
                t("col_gj_final"),
            ]
            flowables += self.table(
                header, rows, (34, 18, 22, 18, 20, 20, 22, 22), numeric=(2, 4, 5, 6, 7)
            )
            flowables += self.conversion_notes(by_unit)
            not_converted = [c for c in e["carriers"] if isinstance(c["toe"], NotDefined)]
            for c in not_converted[:20]:
                flowables.append(self.note(self.carrier_na(c)))
        else:
            flowables.append(self.note(t("energy_none_included")))

        flowables.append(self.h2("sub_key_user", threshold=limit))
        no_data = not e["energy_recorded"]
        no_data_text = t("not_available_reason", reason=t("reason_no_energy_data"))
        rows = []
        for total in e["totals"]:
            name = self.period_name(total["period"])
            if no_data:
                rows.append([name, t("not_available"), t("not_available"), no_data_text])
            elif "not_converted" in total:  # the carriers that can be converted: a lower bound
                rows.append(
                    [
                        name,
                        t("at_least", value=labels.number(total["converted_toe"], 1)),
                        t("at_least", value=labels.number(total["converted_gj"], 0)),
                        t("yes_lower_bound")
                        if total["key_energy_user"] is True
                        else self.yes_no_figure(total["key_energy_user"]),
                    ]
                )
            else:
                rows.append(
                    [
                        name,
                        labels.figure(total["toe"], 1, brief=True),
                        labels.figure(total["gj"], 0, brief=True),
                        self.yes_no_figure(total["key_energy_user"]),
                    ]
                )
        header = [t("col_period"), t("col_toe"), t("col_gj"), t("col_key_user", threshold=limit)]
        flowables += self.table(header, rows, (80, 26, 28, 40), numeric=(1, 2))
        any_key_user = False
        for total in e["totals"]:
            name = self.period_name(total["period"])
            if no_data:
                line = t("key_user_na", period=name, reason=t("reason_no_energy_data"))
            elif "not_converted" in total:
                lower_bound = total["key_energy_user"] is True
                key = "key_user_lower_bound" if lower_bound else "key_user_undecided"
                line = t(
                    key,
                    period=name,
                    toe=labels.number(total["converted_toe"], 1),
                    threshold=limit,
                    names=self.names(total["not_converted"]),
                )
                any_key_user = any_key_user or lower_bound
            elif isinstance(total["toe"], NotDefined):
                line = t("key_user_na", period=name, reason=labels.reason(total["toe"]))
            else:
                key = "key_user_yes" if total["key_energy_user"] is True else "key_user_no"
                line = t(key, period=name, toe=labels.number(total["toe"], 1), threshold=limit)
                any_key_user = any_key_user or total["key_energy_user"] is True
            flowables.append(self.p(line))
        consequence = threshold["consequence_vi" if t.lang == "vi" else "consequence_en"]
        key = "key_user_obligations" if any_key_user else "key_user_obligations_if"
        flowables.append(self.p(t(key, text=consequence)))
        flowables.append(self.note(t("key_user_source", source=self.ref(threshold, "source"))))
        days = e.get("baseline_days")
        if days is not None and not 365 <= days <= 366:
            flowables.append(self.note(t("period_not_a_year", days=labels.number(days))))
        flowables.append(self.note(t("energy_basis_note")))
        return flowables

    def carrier_na(self, carrier: dict) -> str:
        """Why a carrier's energy is not defined in one period; a reason naming the carrier
        itself does not name it again."""
        name = carrier["name"] or carrier["resource"]
        toe = carrier["toe"]
        if toe.detail and clean(toe.detail) in (name, carrier["resource"]):
            toe = NotDefined(toe.reason)
        period = self.t("baseline_word") if carrier["period"] == "baseline" else self.current_word()
        return self.t("carrier_na_period", name=name, period=period, why=self.na(toe))

    def conversion_notes(self, carriers: list[dict]) -> list[Flowable]:
        """Under the carriers table: each carrier converted otherwise than by a MOIT factor, and
        how (the heat content of its energy unit, or its measured heating value)."""
        t, labels = self.t, self.labels
        notes = {}
        for c in carriers:
            values = {
                "name": c["name"] or c["resource"],
                "unit": labels.unit(c["unit"]),
                "gj": labels.exact(c["gj"] / c["quantity"] if c["quantity"] else 0.0),
            }
            if c["method"] == "heating_value":
                key = "carrier_by_heating_value"
            elif c.get("moit_units"):
                key = "carrier_by_heat_content"
                values["moit_units"] = ", ".join(self.scaled_unit(u) for u in c["moit_units"])
            else:
                key = "carrier_by_heat_content_no_moit"
            if c["quantity"]:
                notes.setdefault(c["resource"], t(key, **values))
        return [self.note(text) for text in notes.values()]

    def scaled_unit(self, unit: str) -> str:
        """A unit as MOIT writes its factors, "1000 m3" as "1000 m³"."""
        number, _, rest = unit.partition(" ")
        if rest and number.replace(".", "").isdigit():
            return f"{number} {self.labels.unit(rest)}"
        return self.labels.unit(unit)

    def period_name(self, which: str) -> str:
        if which == "baseline":
            return f"{self.t('baseline_period')}: {self.baseline_text()}"
        if self.d["periods"]["current_is_projection"]:
            return self.t("col_projected")
        return f"{self.t('current_period')}: {self.current_text()}"

    # 7 balance

    def section_balance(self) -> list[Flowable]:
        t, balance = self.t, self.d["balance"]
        flowables: list[Flowable] = [self.h1("sec_balance")]
        intro = t(
            "balance_intro",
            period=balance["period"] or t("not_recorded"),
            focus=balance["focus_step"] or t("not_recorded"),
        )
        flowables.append(self.p(intro))
        if not balance["operations"]:
            return [*flowables, self.note(t("no_operations"))]
        diagrams = 0
        for operation in balance["operations"]:
            name, full = self.b.heading_text(f"{operation['code']} {operation['name']}".strip())
            block: list[Flowable] = [self.h2("sub_operation", name=name)]
            if full:
                block.append(self.note(full))
            section = f"{self._section}.{self._sub}"
            block += self.operation(operation, diagrams < MAX_SANKEY_DIAGRAMS, section)
            # the operation's tables and diagrams on one page where they fit in one; a longer
            # one starts on a fresh page
            flowables.append(KeepTogether(block))
            diagrams += len(operation["balances"])
            self._tick()
        if diagrams > MAX_SANKEY_DIAGRAMS:
            flowables.append(self.note(t("sankey_limit", count=MAX_SANKEY_DIAGRAMS)))
        flowables.append(self.note(t("closure_note")))
        return flowables

    def operation(self, operation: dict, draw: bool, section: str) -> list[Flowable]:
        """An operation's flows, its balances and (if ``draw``) their Sankey diagrams, whose
        captions name the subsection ``section`` their flows' table is in."""
        t, labels = self.t, self.labels
        flows = operation["flows"]
        if not flows:
            return [self.note(t("no_flows"))]
        rows = [
            [
                labels.number(i),
                t(f"flow_{FlowKind(f['kind']).value}"),
                f["name"],
                labels.amount(f["quantity"]),
                labels.unit_text(f["unit"]),
                t(f"measurement_{f['measurement']}"),
                f["to_operation"],
            ]
            for i, f in enumerate(flows, start=1)
        ]
        header = [
            "#",
            t("col_kind"),
            t("col_flow"),
            t("col_quantity_plain"),
            t("col_unit"),
            t("col_measurement"),
            t("col_to_operation"),
        ]
        flowables = self.table(header, rows, (8, 22, 56, 24, 16, 22, 20), numeric=(0, 3))
        if operation["unit_problem"]:
            # worded from the catalogue: the reason and the unit, never the engine's English
            reason = operation.get("unit_problem_reason", undefined(ReportReason.UNKNOWN_UNIT))
            flowables.append(self.note(t("balance_unit_problem", why=labels.reason(reason))))
        results = operation["balances"]
        if results:
            rows = [
                [
                    labels.unit(b["unit"]),
                    labels.amount(b["inputs"]),
                    labels.amount(b["outputs"]),
                    labels.amount(b["stock_change"]),
                    labels.pct(b["closure_pct"], 2)
                    if not isinstance(b["closure_pct"], NotDefined)
                    else self.na(b["closure_pct"]),
                    labels.pct(b["metered_share_pct"], 0),
                ]
                for b in results
            ]
            header = [
                t("col_unit"),
                t("col_inputs"),
                t("col_outputs"),
                t("col_stock_change"),
                t("col_closure"),
                t("col_metered"),
            ]
            flowables += self.table(header, rows, (20, 28, 28, 26, 28, 26), numeric=(1, 2, 3, 4, 5))
            flowables += [
                self.note(self.calculated_note(b)) for b in results if "calculated_flows" in b
            ]
        if draw:
            for result in results:
                flowables += self.sankey(flows, result, section)
        return flowables

    def calculated_note(self, result: dict) -> str:
        """What a balance's closure error says where a flow of it is calculated, not measured:
        nothing about the measurements if it closes by construction."""
        t, labels = self.t, self.labels
        numbers = [labels.number(n) for n in result["calculated_flows"]]
        flows = (
            t("flow_number_one", number=numbers[0])
            if len(numbers) == 1
            else t("flow_numbers_many", numbers=self.and_list(numbers))
        )
        key = (
            "closure_constructed" if result.get("closure_by_construction") else "closure_calculated"
        )
        return t(
            key,
            flows=flows,
            unit=labels.unit(result["unit"]),
            closure=labels.pct(result["closure_pct"], 2),
        )

    def sankey(self, flows: list[dict], result: dict, section: str) -> list[Flowable]:
        unit = result["unit"]
        diagram_flows = balance_sankey_flows(
            [(f["name"], f["kind"], f["quantity"], f["unit"]) for f in flows],
            unit,
            self.t("sankey_unaccounted"),
            self.t("sankey_excess"),
        )
        figure = sankey_figure(diagram_flows, unit, self.labels, BODY_WIDTH)
        if figure is None:
            return [self.note(self.t("sankey_not_drawn"))]
        self.charts.append(figure)
        png = figure_png(figure, tight=True)
        image = self.image(png, _png_size_pt(png))
        # with its caption; not a KeepTogether, which inside the operation's KeepTogether would
        # make that one measure as taller than any page
        image.keepWithNext = True
        caption = self.t("sankey_caption", unit=self.labels.unit(unit), section=section)
        return [image, self.note(caption)]

    # 8 waste

    def section_waste(self) -> list[Flowable]:
        t, labels, waste = self.t, self.labels, self.d["waste"]
        flowables: list[Flowable] = [self.h1("sec_waste"), self.h2("sub_streams")]
        if waste["streams"]:
            rows = [
                [
                    w["code"],
                    w["name"],
                    w["operation"],
                    labels.amount(w["quantity"]),
                    labels.unit_text(w["unit"]),
                    labels.amount(
                        w["purchase_price_per_unit"]
                        + w["processing_cost_per_unit"]
                        + w["treatment_cost_per_unit"]
                    ),
                    labels.money(w["cost_per_year"]),
                ]
                for w in waste["streams"]
            ]
            rows.append(
                [t("total"), "", "", "", "", "", labels.money(waste["total_cost_per_year"])]
            )
            header = [
                t("col_code"),
                t("col_waste_stream"),
                t("col_operation"),
                t("col_quantity_year"),
                t("col_unit"),
                t("col_cost_per_unit", currency=self.cur),
                t("col_cost_year", currency=self.cur),
            ]
            flowables += self.table(
                header, rows, (20, 44, 20, 22, 16, 24, 26), numeric=(3, 5, 6), bold_last=True
            )
            flowables.append(self.note(t("waste_cost_note")))
        else:
            flowables.append(self.note(t("no_waste")))
        flowables.append(self.h2("sub_causes"))
        if waste["causes"]:
            rows = [
                [c["code"], c["waste_stream"], t(f"cause_{c['category']}"), c["description"]]
                for c in waste["causes"]
            ]
            header = [t("col_code"), t("col_waste_stream"), t("col_category"), t("col_description")]
            flowables += self.table(header, rows, (16, 26, 32, 96))
        else:
            flowables.append(self.note(t("no_causes")))
        return flowables

    # 9 options

    def section_options(self) -> list[Flowable]:
        t, o = self.t, self.d["options"]
        flowables: list[Flowable] = [self.h1("sec_options")]
        if not o["options"]:
            return [*flowables, self.note(t("no_options"))]
        flowables += [self.h2("sub_by_bin"), *self.options_by_bin(o)]
        flowables += [self.h2("sub_by_technique"), *self.options_by_technique(o)]
        flowables += [self.h2("sub_economics"), *self.economics(o)]
        flowables += self.sensitivity(o)
        flowables += [self.h2("sub_option_savings"), *self.option_savings(o)]
        flowables += [self.h2("sub_environment"), *self.environment(o)]
        flowables += [self.h2("sub_technical"), *self.technical(o)]
        flowables += [self.h2("sub_selected"), *self.selected(o)]
        return flowables

    def options_by_bin(self, o: dict) -> list[Flowable]:
        t, labels = self.t, self.labels
        rows = []
        for screening in ScreeningBin:
            for option in o["options"]:
                if option["screening"] != screening:
                    continue
                title = option["title"] or option["code"]
                extras = []
                if option["rejection_reason"]:
                    extras.append(t("rejected_because", reason=option["rejection_reason"]))
                if option["reference"]:
                    extras.append(t("option_reference", reference=option["reference"]))
                if option["description"]:
                    extras.append(option["description"])
                rows.append(
                    [
                        t(f"screening_{screening.value}"),
                        option["code"],
                        "\n".join([title, *extras]),
                        t(f"technique_{option['technique']}"),
                        t(f"status_{option['status']}"),
                    ]
                )
        counts = ", ".join(
            f"{t(f'screening_{b.value}')}: {labels.number(o['by_screening'][b.value])}"
            for b in ScreeningBin
        )
        header = [
            t("col_screening"),
            t("col_code"),
            t("col_title"),
            t("col_technique"),
            t("col_status"),
        ]
        return [
            self.p(t("bins_intro", counts=counts)),
            *self.table(header, rows, (24, 20, 70, 30, 24)),
        ]

    def options_by_technique(self, o: dict) -> list[Flowable]:
        t, labels = self.t, self.labels
        rows = [
            [
                t(f"technique_{r['technique']}"),
                labels.number(r["count"]),
                labels.money(r["investment"]),
                labels.money(r["net_annual_saving"], brief=True),
                labels.amount(r["co2_fossil_t"]),
            ]
            for r in o["by_technique"]
        ]
        header = [
            t("col_technique"),
            t("col_count"),
            t("col_investment", currency=self.cur),
            t("col_net_saving", currency=self.cur),
            t("col_co2"),
        ]
        return self.table(header, rows, (50, 22, 32, 34, 30), numeric=(1, 2, 3, 4))

    def economics(self, o: dict) -> list[Flowable]:
        t, labels = self.t, self.labels
        # a figure that is not defined says why in a note under the table: in these narrow
        # columns the reason would make the row many lines tall
        key = NoteKey()
        rows = []
        for option in o["options"]:
            rows.append(
                [
                    option["code"],
                    labels.money(option["investment"]),
                    self.keyed(key, option["net_annual_saving"], labels.money),
                    self.keyed(key, option["payback_years"], labels.years),
                    self.keyed(key, option["payback_group"], self.payback_group),
                    self.keyed(key, option["npv"], labels.money),
                    self.irr(key, option),
                ]
            )
        implemented = o["implemented"]
        payback = o["implemented_payback_years"]
        rows.append(
            [
                t("implemented_total"),
                labels.money(implemented["investment"]),
                self.keyed(key, implemented["net_annual_saving"], labels.money),
                self.keyed(key, payback, labels.years),
                self.keyed(key, _group_of(payback), self.payback_group),
                "",
                "",
            ]
        )
        header = [
            t("col_code"),
            t("col_investment", currency=self.cur),
            t("col_net_saving", currency=self.cur),
            t("col_payback"),
            t("col_payback_group"),
            t("col_npv", currency=self.cur),
            t("col_irr"),
        ]
        flowables = self.table(
            header,
            rows,
            (28, 25, 27, 22, 20, 27, 25),
            numeric=(1, 2, 3, 5, 6),
            bold_last=True,
            key=key,
        )
        note = t(
            "economics_note",
            lifetime=labels.number(o["default_lifetime_years"]),
            rate=labels.pct(o["default_discount_rate_pct"], 0),
        )
        flowables.append(self.note(note))
        if o["assumptions_note"].strip():
            flowables.append(self.note(t("assumptions", note=o["assumptions_note"])))
        flowables.append(self.p(t("payback_groups"), self.s.caption))
        flowables += self.payback_groups(o)
        return flowables

    def payback_groups(self, o: dict) -> list[Flowable]:
        """The options per payback group with their investment and net annual saving; the
        options whose payback is not defined last, where there are any."""
        t, labels = self.t, self.labels
        key = NoteKey()
        rows = []
        for group in o["payback_groups"]:
            if group["group"] == "not_defined" and not group["count"]:
                continue
            name = (
                t("payback_not_defined")
                if group["group"] == "not_defined"
                else t(f"payback_{group['group']}")
            )
            rows.append(
                [
                    name,
                    labels.number(group["count"]),
                    labels.money(group["investment"]),
                    self.keyed(key, group["net_annual_saving"], labels.money),
                ]
            )
        header = [
            t("col_payback_group"),
            t("col_count"),
            t("col_investment", currency=self.cur),
            t("col_net_saving", currency=self.cur),
        ]
        return self.table(
            header, rows, (44, 24, 34, 38), numeric=(1, 2, 3), full_width=False, key=key
        )

    def sensitivity(self, o: dict) -> list[Flowable]:
        """The sensitivity of each option's payback and NPV to its investment and saving (T11):
        a row per option with a line per investment case (lower, as entered, higher) and, per
        figure, a column per saving case (lower, as entered, higher)."""
        t, labels = self.t, self.labels
        studied = [x for x in o["options"] if "sensitivity" in x]
        if not studied:
            return []
        step = labels.pct(studied[0]["sensitivity"]["step_pct"], 0)
        rows, not_defined = [], []
        for option in studied:
            cases = option["sensitivity"]["cases"]
            if isinstance(cases[0]["net_annual_saving"], NotDefined):
                not_defined.append(
                    t(
                        "sensitivity_not_defined",
                        code=option["code"],
                        why=self.na(cases[0]["net_annual_saving"]),
                    )
                )
                continue
            # one row per option, a line per investment case: the option's cases stay together
            rows.append(
                [
                    option["code"],
                    self.lines([labels.change_pct(c["investment_change_pct"]) for c in cases[::3]]),
                    *[
                        self.lines(
                            [labels.years(c["payback_years"], True) for c in cases[i::3]],
                            bold_middle=i == 1,
                        )
                        for i in range(3)
                    ],
                    *[
                        self.lines(
                            [labels.money(c["npv"], True) for c in cases[i::3]],
                            bold_middle=i == 1,
                        )
                        for i in range(3)
                    ],
                ]
            )
        flowables: list[Flowable] = [
            CondPageBreak(40 * mm),
            self.h2("sub_sensitivity", step=step),
            self.p(t("sensitivity_intro", step=step)),
        ]
        if rows:
            changes = [
                labels.change_pct(c["saving_change_pct"])
                for c in studied[0]["sensitivity"]["cases"][:3]
            ]
            header = [t("col_code"), t("col_investment_change"), *changes, *changes]
            groups = [
                (t("sens_payback_group"), 2, 4),
                (t("sens_npv_group", currency=self.cur), 5, 7),
            ]
            flowables += self.table(
                header,
                rows,
                (22, 22, 18, 18, 18, 25, 25, 25),
                numeric=(1, 2, 3, 4, 5, 6, 7),
                groups=groups,
            )
        flowables += [self.note(line) for line in not_defined[:50]]
        return flowables

    def lines(self, texts: list[str], bold_middle: bool = False) -> Flowable:
        """Figures one under the other in a right-aligned cell; with ``bold_middle`` the middle
        one (the option as entered) in bold."""
        shown = [markup(text) for text in texts]
        if bold_middle:
            middle = len(shown) // 2
            shown[middle] = f"<b>{shown[middle]}</b>"
        return self.b.cell_markup("<br/>".join(shown), self.s.cell_right)

    def irr(self, key: NoteKey, option: dict) -> str:
        """An option's IRR; where it has none, why, in a note: with no investment, or no
        positive saving, the cash flows never change sign."""
        irr = option["irr_pct"]
        if not isinstance(irr, NotDefined) or irr.reason != Reason.NO_IRR:
            return self.keyed(key, irr, lambda value: self.labels.pct(value, 1))
        net = option["net_annual_saving"]
        if not isinstance(net, NotDefined) and net <= 0:
            why = self.t("irr_no_gain")
        elif option["investment"] <= 0:
            why = self.t("irr_no_investment")
        else:
            why = self.labels.reason(irr)
        return self.keyed_reason(key, self.t("not_available_reason", reason=why))

    def payback_group(self, group) -> str:
        if isinstance(group, NotDefined):
            return self.na(group)
        return self.t(f"payback_{PaybackGroup(group).value}")

    def option_savings(self, o: dict) -> list[Flowable]:
        t, labels = self.t, self.labels
        rows = []
        for option in o["options"]:
            for s in option["savings"]:
                unit = labels.quantity_unit(s["unit"])
                rows.append(
                    [
                        option["code"],
                        s["name"],
                        labels.signed_quantity(s["quantity"], unit),
                        labels.money(s["money"]) if "money" in s else t("not_available"),
                    ]
                )
        if not rows:
            return [self.note(t("no_resource_savings"))]
        header = [
            t("col_code"),
            t("col_resource"),
            t("col_quantity"),
            t("col_money", currency=self.cur),
        ]
        return self.table(header, rows, (28, 50, 56, 40), numeric=(2, 3))

    def environment(self, o: dict) -> list[Flowable]:
        t, labels = self.t, self.labels
        grid = o["grid_factor"]
        if "t_co2_per_mwh" in grid:
            grid_text = t(
                "co2_grid",
                factor=labels.significant(grid["t_co2_per_mwh"], 4),
                source=self.ref(grid, "source") or t("not_recorded"),
            )
            year_text = self.grid_year_text(grid)
            if year_text:
                grid_text = f"{grid_text} {year_text}"
        else:
            grid_text = t("co2_no_grid")
        flowables: list[Flowable] = [self.p(t("co2_intro")), self.note(grid_text)]
        rows = []
        for option in o["options"]:
            co2 = option["co2"]
            rows.append(
                [
                    option["code"],
                    t(f"status_{option['status']}"),
                    labels.amount(co2["fossil_t"]),
                    labels.amount(co2["biogenic_t"]),
                    ", ".join(self.resource(c) for c in co2["not_counted"]) or "–",
                ]
            )
        header = [
            t("col_code"),
            t("col_status"),
            t("col_co2_fossil"),
            t("col_co2_biogenic"),
            t("col_not_counted"),
        ]
        flowables += self.table(header, rows, (26, 26, 28, 28, 60), numeric=(2, 3))
        flowables.append(self.note(t("co2_not_counted_note")))
        effects = [
            (option["code"], e) for option in o["options"] for e in option["environmental_effects"]
        ]
        if effects:
            rows = [
                [
                    code,
                    t(f"aspect_{e['aspect']}"),
                    e["description"],
                    f"{labels.amount(e['quantity'])} {labels.unit_text(e['unit'])}".strip()
                    if "quantity" in e
                    else "–",
                ]
                for code, e in effects
            ]
            header = [t("col_code"), t("col_aspect"), t("col_description"), t("col_quantity_plain")]
            flowables.append(self.p(t("effects_intro"), self.s.caption))
            flowables += self.table(header, rows, (24, 22, 94, 30), numeric=(3,))
        return flowables

    def grid_year_text(self, grid: dict) -> str:
        """The year of the grid factor against the period assessed, where the factor is a row of
        the reference table; "" otherwise."""
        if "year" not in grid:
            return ""
        t, year = self.t, str(grid["year"])
        announced = grid.get("announced_year")
        values = {"year": year, "period_year": str(grid.get("period_year", ""))}
        if announced is not None:
            values["announced_year"] = str(announced)
            values["value"] = self.labels.significant(grid["announced_t_co2_per_mwh"], 4)
        if not grid["official"]:
            key = "grid_year_unofficial" if announced is not None else "grid_year_unofficial_only"
        elif announced is None:
            key = "grid_year_only"
        elif announced != grid["year"]:
            key = "grid_year_other"
        elif grid["year"] == grid["period_year"]:
            key = "grid_year_same"
        else:
            key = "grid_year_latest"
        return t(key, **values)

    def technical(self, o: dict) -> list[Flowable]:
        t = self.t
        rows = []
        for option in o["options"]:
            for check in option["technical_checks"]:
                satisfied = check.get("satisfied")
                answer = t("not_answered") if satisfied is None else self.yes_no_figure(satisfied)
                rows.append([option["code"], check["question"], answer, check["note"]])
        if not rows:
            return [self.note(t("no_technical_checks"))]
        header = [t("col_code"), t("col_question"), t("col_answer"), t("col_note")]
        return self.table(header, rows, (24, 86, 20, 40))

    def selected(self, o: dict) -> list[Flowable]:
        t = self.t
        if not o["selected"]:
            return [self.note(t("no_selected"))]
        titles = {option["code"]: option["title"] for option in o["options"]}
        rows = [
            [self.labels.number(i), code, titles.get(code, "")]
            for i, code in enumerate(o["selected"], start=1)
        ]
        return [
            self.p(t("selected_intro")),
            *self.table(
                [t("col_priority"), t("col_code"), t("col_title")],
                rows,
                (16, 26, 128),
                numeric=(0,),
            ),
        ]

    # 10 implementation

    def section_implementation(self) -> list[Flowable]:
        t, labels, impl = self.t, self.labels, self.d["implementation"]
        flowables: list[Flowable] = [self.h1("sec_implementation"), self.h2("sub_plan")]
        if impl["plans"]:
            rows = [
                [
                    p["option"],
                    p["owner"],
                    labels.money(p["budget"]) if "budget" in p else "–",
                    labels.date(p["start"]) if "start" in p else "–",
                    labels.date(p["finish"]) if "finish" in p else "–",
                    labels.money(p["actual_cost"]) if "actual_cost" in p else "–",
                    t(f"status_{OptionStatus(p['status']).value}"),
                ]
                for p in impl["plans"]
            ]
            header = [
                t("col_code"),
                t("col_owner"),
                t("col_budget", currency=self.cur),
                t("col_start"),
                t("col_finish"),
                t("col_actual_cost", currency=self.cur),
                t("col_status"),
            ]
            flowables += self.table(header, rows, (22, 36, 22, 23, 23, 22, 22), numeric=(2, 5))
            notes = list(dict.fromkeys(p["note"] for p in impl["plans"] if p["note"].strip()))
            for note in notes[:50]:
                flowables.append(self.note(note))
            flowables.append(self.note(t("dash_note")))
        else:
            flowables.append(self.note(t("no_plans")))
        flowables.append(self.h2("sub_monitoring"))
        if impl["verified_savings"]:
            rows = [
                [
                    v["option"],
                    v["name"],
                    f"{labels.amount(v['quantity'])} {labels.quantity_unit(v['unit'])}",
                    f"{labels.amount(v['expected'])} {labels.quantity_unit(v['unit'])}"
                    if "expected" in v
                    else "–",
                    v["method"],
                ]
                for v in impl["verified_savings"]
            ]
            header = [
                t("col_code"),
                t("col_resource"),
                t("col_verified"),
                t("col_expected"),
                t("col_method"),
            ]
            flowables += self.table(header, rows, (24, 36, 32, 32, 46), numeric=(2, 3))
        else:
            flowables.append(self.p(t("no_verified")))
        if impl["current_is_projection"]:
            flowables.append(self.note(t("monitoring_projection")))
        flowables.append(self.h2("sub_sustain"))
        if impl["sustain_actions"]:
            rows = [
                [a["action"], a["owner"], labels.date(a["due"]) if "due" in a else "–"]
                for a in impl["sustain_actions"]
            ]
            flowables += self.table(
                [t("col_action"), t("col_owner"), t("col_due")], rows, (100, 46, 24)
            )
        else:
            flowables.append(self.note(t("no_sustain")))
        flowables.append(self.h2("sub_next_focus"))
        flowables += self.text_or_none(impl["next_focus"])
        return flowables

    # 11 annex

    def section_annex(self) -> list[Flowable]:
        flowables: list[Flowable] = [PageBreak(), self.h1("sec_annex")]
        flowables += [self.h2("sub_data"), *self.data_tables()]
        flowables += [self.h2("sub_factors"), *self.factors()]
        flowables += [self.h2("sub_formulas"), *self.formulas()]
        flowables += [self.h2("sub_sources"), *self.sources()]
        flowables += [self.h2("sub_fingerprint"), *self.fingerprint_block()]
        flowables += [CondPageBreak(65 * mm), self.h2("sub_signatures"), *self.signatures()]
        return flowables

    def data_tables(self) -> list[Flowable]:
        t, labels, annex = self.t, self.labels, self.d["annex"]
        flowables: list[Flowable] = [self.p(t("annex_resources"), self.s.caption)]
        rows = [
            [
                r["code"],
                r["name"],
                labels.resource_class(ResourceClass(r["resource_class"])),
                labels.quantity_unit(r["unit"]),
                self.carrier_name(r["carrier"]) or "–",
                labels.significant(r["price_per_unit"], 4) if "price_per_unit" in r else "–",
            ]
            for r in annex["resources"]
        ]
        header = [
            t("col_code"),
            t("col_resource"),
            t("col_class"),
            t("col_unit"),
            t("col_carrier"),
            t("col_price", currency=self.cur),
        ]
        flowables += self.table(header, rows, (16, 48, 24, 30, 28, 24), numeric=(5,))
        flowables.append(self.p(t("annex_production"), self.s.caption))
        units_of = {p["code"]: p["unit"] for p in self.d["establishment"].get("products", ())}
        rows = [
            [
                r["period"],
                self.product(r["product"]),
                labels.amount(r["quantity"]),
                labels.unit(units_of.get(r["product"], "")),
            ]
            for r in annex["production"]
        ]
        header = [t("col_period"), t("col_product"), t("col_quantity_plain"), t("col_unit")]
        flowables += (
            self.table(header, rows, (26, 90, 30, 24), numeric=(2,))
            if rows
            else [self.note(t("no_records"))]
        )
        flowables.append(self.p(t("annex_consumption"), self.s.caption))
        rows = [
            [
                r["period"],
                self.resource(r["resource"]),
                self.product(r["product"]) if r["product"] else t("plant_level"),
                labels.amount(r["quantity"]),
                labels.quantity_unit(self.resource_units.get(r["resource"], "")),
                labels.money(r["cost"]) if "cost" in r else "–",
            ]
            for r in annex["consumption"]
        ]
        header = [
            t("col_period"),
            t("col_resource"),
            t("col_product"),
            t("col_quantity_plain"),
            t("col_unit"),
            t("col_cost", currency=self.cur),
        ]
        flowables += (
            self.table(header, rows, (20, 38, 44, 26, 22, 24), numeric=(3, 5))
            if rows
            else [self.note(t("no_records"))]
        )
        if annex["allocations"]:
            flowables.append(self.p(t("annex_allocations"), self.s.caption))
            rows = [
                [
                    self.resource(a["resource"]),
                    self.product(a["product"]),
                    labels.pct(a["share"] * 100, 1),
                ]
                for a in annex["allocations"]
            ]
            flowables += self.table(
                [t("col_resource"), t("col_product"), t("col_share")],
                rows,
                (60, 80, 30),
                numeric=(2,),
            )
        return flowables

    def factors(self) -> list[Flowable]:
        t, labels, f = self.t, self.labels, self.d["annex"]["factors"]
        scheme = self.d["scheme"]
        valid = (
            t(
                "valid_range",
                start=labels.date(scheme["valid_from"]),
                end=labels.date(scheme["horizon_end"]),
            )
            if "valid_from" in scheme
            else t("valid_until", end=labels.date(scheme["horizon_end"]))
        )
        scope = ", ".join(labels.resource_class(ResourceClass(c)) for c in scheme["scope"])
        flowables: list[Flowable] = [self.p(t("annex_scheme"), self.s.caption)]
        flowables += self.b.key_values(
            [
                (t("scheme_label"), self.scheme_label()),
                (t("scheme_instrument"), self.ref(scheme, "instrument")),
                (t("scheme_band"), self.band()),
                (t("scheme_scope"), scope),
                (t("scheme_valid"), valid),
                (t("scheme_source"), self.ref(scheme, "source")),
            ]
        )
        flowables.append(Spacer(0, 2 * mm))
        flowables.append(self.p(t("annex_conversions"), self.s.caption))
        if f["conversions"]:
            rows = []
            for c in f["conversions"]:
                gj = c["gj_per_unit"]
                rows.append(
                    [
                        self.resource(c["resource"]),
                        labels.quantity_unit(c["unit"]),
                        self.conversion_basis(c),
                        labels.significant(gj, 5)
                        if not isinstance(gj, NotDefined)
                        else self.na(gj),
                        labels.significant(c["toe_per_unit"], 4)
                        if not isinstance(c["toe_per_unit"], NotDefined)
                        else t("not_available"),
                        self.conversion_source(c),
                    ]
                )
            header = [
                t("col_resource"),
                t("col_unit"),
                t("energy_basis"),
                t("col_factor_gj"),
                t("col_factor_toe"),
                t("col_source"),
            ]
            flowables += self.table(header, rows, (34, 20, 28, 22, 22, 48), numeric=(3, 4))
        else:
            flowables.append(self.note(t("no_conversions")))
        flowables.append(self.note(t("gj_per_toe", value=labels.number(f["gj_per_toe"], 3))))
        flowables += self.unit_conversions(f.get("unit_conversions", []))
        if f["toe_factors"]:
            flowables.append(self.p(t("annex_toe_rows"), self.s.caption))
            rows = [
                [
                    self.carrier_name(r["carrier"]),
                    r["unit"],
                    labels.significant(r["toe_per_unit"], 4),
                    self.validity(r),
                    self.ref(r, "source") if "source_vi" in r else labels.source(r["source"]),
                    self.ref(r, "note"),
                ]
                for r in f["toe_factors"]
            ]
            header = [
                t("col_carrier"),
                t("col_unit"),
                t("col_factor_toe"),
                t("col_valid"),
                t("col_source"),
                t("col_note"),
            ]
            flowables += self.table(header, rows, (24, 14, 18, 26, 44, 44), numeric=(2,))
        key_user = f["key_energy_user"]
        flowables.append(self.p(t("annex_key_user"), self.s.caption))
        flowables += self.b.key_values(
            [
                (
                    t("threshold"),
                    t("toe_per_year", toe=labels.number(key_user["min_toe_per_year"])),
                ),
                (t("scheme_valid"), self.validity(key_user)),
                (t("scheme_source"), self.ref(key_user, "source")),
            ]
        )
        grid = f["grid_factor"]
        flowables.append(self.p(t("annex_grid"), self.s.caption))
        pairs = [
            (
                t("grid_factor"),
                t("grid_value", value=labels.significant(grid["t_co2_per_mwh"], 4))
                if "t_co2_per_mwh" in grid
                else t("not_recorded"),
            )
        ]
        year_text = self.grid_year_text(grid)
        if year_text:
            pairs.append((t("grid_year_label"), year_text))
        pairs.append((t("scheme_source"), self.ref(grid, "source")))
        flowables += self.b.key_values(pairs)
        if f["ipcc_fuels"]:
            flowables.append(self.p(t("annex_ipcc"), self.s.caption))
            rows = [
                [
                    x["fuel_vi"] if t.lang == "vi" and x["fuel_vi"] else x["fuel"],
                    labels.amount(x["ncv_tj_per_gg"]),
                    labels.number(x["co2_kg_per_tj"], 0),
                    t("yes") if x["biogenic"] else t("no"),
                    self.ref(x, "source"),
                ]
                for x in f["ipcc_fuels"]
            ]
            header = [
                t("col_fuel"),
                t("col_ncv"),
                t("col_co2_factor"),
                t("col_biogenic"),
                t("col_source"),
            ]
            flowables += self.table(header, rows, (30, 18, 22, 16, 84), numeric=(1, 2))
        flowables.append(self.p(t("annex_norms"), self.s.caption))
        if f["sector_norms"]:
            rows = [
                [
                    self.ref(n, "segment"),
                    self.ref(n, "capacity_band"),
                    labels.number(n["mj_per_hl"], 0),
                    self.validity(n),
                    self.ref(n, "source"),
                ]
                for n in f["sector_norms"]
            ]
            header = [
                t("col_segment"),
                t("col_capacity_band"),
                t("col_norm_mj"),
                t("col_valid"),
                t("col_source"),
            ]
            flowables += self.table(header, rows, (18, 40, 18, 30, 64), numeric=(2,))
        else:
            flowables.append(self.note(t("no_norms_used", file=f["sector_norm_file"])))
        return flowables

    def conversion_basis(self, c: dict) -> str:
        """The basis of an energy conversion as what it actually uses: on the MOIT basis a
        quantity in an energy unit is converted by its heat content, not by a MOIT factor."""
        method = c.get("method", "moit_factor")
        if c["basis"] == EnergyBasis.MOIT and method != "moit_factor":
            return self.t(f"method_{method}")
        return self.labels.energy_basis(EnergyBasis(c["basis"]))

    def conversion_source(self, c: dict) -> str:
        if not c["source"]:
            return "–"
        if c.get("method") == "heat_content" and c["source"] == "heat content of the unit":
            return self.t(
                "source_heat_content",
                unit=self.labels.unit(c["unit"]),
                gj=self.labels.exact(c["gj_per_unit"]),
            )
        return self.labels.source(c["source"])

    def unit_conversions(self, conversions: list[dict]) -> list[Flowable]:
        """Every unit conversion the report made, with the definitions of its units."""
        if not conversions:
            return []
        t, labels = self.t, self.labels
        rows = []
        for c in conversions:
            missing = ", ".join(labels.unit(u) for u in c.get("no_definition", ()))
            source = self.ref(c, "source") if "source" in c else ""
            if missing:
                source = "; ".join(s for s in (source, t("unit_no_definition", units=missing)) if s)
            rows.append(
                [
                    t(
                        "unit_conversion",
                        from_unit=labels.unit(c["from"]),
                        factor=labels.exact(c["factor"]),
                        to_unit=labels.unit(c["to"]),
                    ),
                    self.ref(c, "definition") if "definition" in c else "–",
                    source,
                ]
            )
        header = [t("col_conversion"), t("col_definition"), t("col_source")]
        return [
            self.p(t("annex_units"), self.s.caption),
            *self.table(header, rows, (44, 66, 64)),
        ]

    def carrier_name(self, carrier: str) -> str:
        """A MOIT carrier key as the reader says it: its Vietnamese name from the factor table in
        a Vietnamese report, the key itself (English) otherwise."""
        if self.t.lang == "vi" and carrier:
            rows = toe_factors_for(carrier)
            if rows and rows[0].name_vi:
                return rows[0].name_vi
        return carrier

    def ref(self, row: dict, key: str) -> str:
        """A reference text (a source, a scheme's instrument, a norm's band) in the report's
        language: its Vietnamese form in a Vietnamese report where the reference data has one,
        else as the reference data gives it."""
        if self.t.lang == "vi" and row.get(f"{key}_vi"):
            return row[f"{key}_vi"]
        return row[key]

    def validity(self, row: dict) -> str:
        start, end = row.get("valid_from"), row.get("valid_to")
        if start is None and end is None:
            return self.t("valid_open")
        if end is None:
            return self.t("valid_from", start=self.labels.date(start))
        if start is None:
            return self.t("valid_until", end=self.labels.date(end))
        return self.t("valid_range", start=self.labels.date(start), end=self.labels.date(end))

    def formulas(self) -> list[Flowable]:
        t = self.t
        keys = (
            "formula_intensity",
            "formula_saving",
            "formula_avoided",
            "formula_class",
            "formula_toe",
            "formula_closure",
            "formula_waste",
            "formula_payback",
            "formula_npv",
            "formula_irr",
            "formula_sensitivity",
            "formula_co2",
            "formula_sec",
        )
        return [self.p(f"• {t(k)}") for k in keys]

    def sources(self) -> list[Flowable]:
        t, annex = self.t, self.d["annex"]
        flowables: list[Flowable] = []
        if self.cover_notes:
            flowables.append(self.p(t("cover_notes"), self.s.caption))
            flowables += [self.note(f"[{n}] {text}") for n, text in self.cover_notes]
        if annex["sources"]:
            flowables += [self.p(f"• {line}") for line in annex["sources"]]
        else:
            flowables.append(self.note(t("no_sources")))
        flowables.append(self.p(t("sub_notes"), self.s.caption))
        flowables += (
            self.text_or_none(annex["notes"])
            if annex["notes"].strip()
            else [self.note(t("no_notes"))]
        )
        if annex["illustrative_note"].strip():
            flowables.append(self.p(t("illustrative_note", note=annex["illustrative_note"])))
        return flowables

    def fingerprint_block(self) -> list[Flowable]:
        t, report = self.t, self.d["report"]
        return [
            self.p(t("fingerprint_intro", file=report["data_file"])),
            *self.b.key_values(
                [
                    (t("data_file"), report["data_file"]),
                    (t("data_schema"), f"{SCHEMA_ID} ({SCHEMA_FILE})"),
                ]
            ),
            self.p("SHA-256", self.s.key),
            self.p(self.fingerprint or "…", self.s.hash),
            self.note(t("fingerprint_check")),
        ]

    def signatures(self) -> list[Flowable]:
        """The two signature blocks side by side, one table row per line, so the signature
        lines stand level however many lines each name takes."""
        t, d = self.t, self.d
        names = (d["report"]["preparer"], d["establishment"]["name"])
        dots = "……………………………………………"
        rows = [
            [self.p(t("sign_prepared"), self.s.key), self.p(t("sign_establishment"), self.s.key)],
            [self.p(self.b.heading_text(name)[0], self.s.body) for name in names],
            ["", ""],
            [self.p(dots, self.s.body), self.p(dots, self.s.body)],
            [self.p(t("sign_line"), self.s.note), self.p(t("sign_line"), self.s.note)],
        ]
        place = self.p(
            t("sign_place_letter_date", date=self.labels.letter_date(d["report"]["date"]))
        )
        table = Table(
            rows,
            colWidths=[BODY_WIDTH / 2, BODY_WIDTH / 2],
            rowHeights=[None, None, 22 * mm, None, None],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.4, GRID),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("TOPPADDING", (0, 1), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            ),
        )
        return [place, Spacer(0, 3 * mm), table]


def _group_of(payback) -> object:
    from cpaudit.audit.economics import payback_group

    group = payback_group(payback)
    return payback if group is None else group


def _png_size_pt(png: bytes) -> tuple[float, float]:
    """A PNG's size in points at the charts' dpi (read from its header)."""
    width_px = int.from_bytes(png[16:20], "big")
    height_px = int.from_bytes(png[20:24], "big")
    return width_px / PNG_DPI * 72.0, height_px / PNG_DPI * 72.0
