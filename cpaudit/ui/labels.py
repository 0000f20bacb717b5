"""Words for the engine's enum values, units and 'not defined' reasons, in the interface language.

Every string is marked for Qt Linguist in the context ``labels``; the functions are called each
time a view is drawn, so a language switch shows at once.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.model import (
    CauseCategory,
    EffectAspect,
    EnergyBasis,
    FlowKind,
    Measurement,
    OptionStatus,
    PeriodKind,
    ResourceClass,
    ScreeningBin,
    Technique,
)
from cpaudit.audit.results import NotDefined, Reason
from cpaudit.audit.tasks import TaskState


def judgement_label(judgement):
    labels = {
        Judgement.WITHIN: QCoreApplication.translate("labels", "Within target"),
        Judgement.BELOW: QCoreApplication.translate("labels", "Below target"),
        Judgement.BEYOND: QCoreApplication.translate("labels", "Beyond target"),
        Judgement.OUT_OF_SCOPE: QCoreApplication.translate("labels", "Out of scope"),
        Judgement.NOT_DEFINED: QCoreApplication.translate("labels", "Not defined"),
    }
    return labels[Judgement(judgement)]


def judgement_explanation(judgement, scheme_label):
    """A sentence for the tooltip: what the judgement means against ``scheme_label``."""
    texts = {
        Judgement.WITHIN: QCoreApplication.translate(
            "labels", "The saving lies inside the target band of {scheme}."
        ),
        Judgement.BELOW: QCoreApplication.translate(
            "labels", "The saving is less than the target band of {scheme}."
        ),
        Judgement.BEYOND: QCoreApplication.translate(
            "labels", "The saving is more than the target band of {scheme}."
        ),
        Judgement.OUT_OF_SCOPE: QCoreApplication.translate(
            "labels", "{scheme} sets no target for this resource class."
        ),
        Judgement.NOT_DEFINED: QCoreApplication.translate(
            "labels", "The saving cannot be computed, so it cannot be judged."
        ),
    }
    return texts[Judgement(judgement)].format(scheme=scheme_label)


def resource_class_label(resource_class):
    labels = {
        ResourceClass.ENERGY: QCoreApplication.translate("labels", "Energy"),
        ResourceClass.FUEL: QCoreApplication.translate("labels", "Fuels"),
        ResourceClass.MATERIAL: QCoreApplication.translate("labels", "Materials"),
        ResourceClass.WATER: QCoreApplication.translate("labels", "Water"),
        ResourceClass.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[ResourceClass(resource_class)]


def status_label(status):
    labels = {
        OptionStatus.PROPOSED: QCoreApplication.translate("labels", "Proposed"),
        OptionStatus.PLANNED: QCoreApplication.translate("labels", "Planned"),
        OptionStatus.IMPLEMENTED: QCoreApplication.translate("labels", "Implemented"),
        OptionStatus.NOT_IMPLEMENTED: QCoreApplication.translate("labels", "Not implemented"),
    }
    return labels[OptionStatus(status)]


def screening_label(screening):
    labels = {
        ScreeningBin.IMPLEMENT_NOW: QCoreApplication.translate("labels", "Implement now"),
        ScreeningBin.STUDY_FURTHER: QCoreApplication.translate("labels", "Study further"),
        ScreeningBin.REJECTED: QCoreApplication.translate("labels", "Rejected"),
    }
    return labels[ScreeningBin(screening)]


def technique_label(technique):
    labels = {
        Technique.GOOD_HOUSEKEEPING: QCoreApplication.translate("labels", "Good housekeeping"),
        Technique.INPUT_MATERIAL_CHANGE: QCoreApplication.translate(
            "labels", "Input material change"
        ),
        Technique.PROCESS_CONTROL: QCoreApplication.translate("labels", "Better process control"),
        Technique.EQUIPMENT_MODIFICATION: QCoreApplication.translate(
            "labels", "Equipment modification"
        ),
        Technique.TECHNOLOGY_CHANGE: QCoreApplication.translate("labels", "Technology change"),
        Technique.ONSITE_RECOVERY: QCoreApplication.translate(
            "labels", "On-site recovery and reuse"
        ),
        Technique.BY_PRODUCTS: QCoreApplication.translate(
            "labels", "Production of useful by-products"
        ),
        Technique.PRODUCT_MODIFICATION: QCoreApplication.translate(
            "labels", "Product modification"
        ),
    }
    return labels[Technique(technique)]


def not_defined_label():
    """What a table cell shows for a figure that cannot be computed."""
    return QCoreApplication.translate("labels", "n/a")


def not_computed_label():
    """What a table cell shows for a figure left out for want of a factor (not zero)."""
    return QCoreApplication.translate("labels", "not computed")


def reason_label(value, names=None):
    """Why ``value`` (a NotDefined) is not defined, naming the resource where the reason has one.

    ``names`` maps resource codes to the names the user gave them.
    """
    reason = value.reason if isinstance(value, NotDefined) else Reason(value)
    detail = value.detail if isinstance(value, NotDefined) else ""
    what = (names or {}).get(detail, detail)
    texts = {
        Reason.ZERO_BASELINE: QCoreApplication.translate(
            "labels", "The baseline specific consumption is zero, so no saving can be computed."
        ),
        Reason.NO_PRODUCTION: QCoreApplication.translate(
            "labels", "No production is recorded for this product in the period."
        ),
        Reason.NO_BASELINE_DATA: QCoreApplication.translate(
            "labels", "No consumption is recorded in the baseline period."
        ),
        Reason.NO_CURRENT_DATA: QCoreApplication.translate(
            "labels", "No consumption is recorded in the current period."
        ),
        Reason.NO_ALLOCATION: QCoreApplication.translate(
            "labels", "The plant's use of {what} is not shared out between its products."
        ),
        Reason.NO_CONVERSION: QCoreApplication.translate(
            "labels",
            "{what} cannot be put on a common basis: its heating value or price is missing.",
        ),
        Reason.SAVINGS_EXCEED_USE: QCoreApplication.translate(
            "labels", "The implemented options save more {what} than was used."
        ),
        Reason.NO_MONEY_SAVING: QCoreApplication.translate(
            "labels", "The saving of {what} has neither a money value nor a price."
        ),
        Reason.NEVER_PAYS_BACK: QCoreApplication.translate(
            "labels", "The option saves no money, so it never pays back."
        ),
        Reason.NO_IRR: QCoreApplication.translate(
            "labels", "No internal rate of return exists for these cash flows."
        ),
    }
    return texts[reason].format(what=what or QCoreApplication.translate("labels", "a resource"))


# Unit symbols as the engine writes them (pint names) and as a reader expects to see them.
def unit_label(unit):
    """A unit readable by people: ``kW_month/t`` -> ``kW-month/t``, ``m3`` -> ``m³``."""
    words = {
        "kW_month": QCoreApplication.translate("labels", "kW-month"),
        "short_ton": QCoreApplication.translate("labels", "short ton"),
        "iac_w0_unit": QCoreApplication.translate("labels", "IAC W0 unit"),
        "m3": "m³",
        "oil_barrel": QCoreApplication.translate("labels", "bbl"),
        "piece": QCoreApplication.translate("labels", "piece"),
    }
    return "/".join(words.get(part.strip(), part.strip()) for part in unit.split("/"))


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(date: dt.date, lang):
    """``30/09/2024`` in Vietnamese, ``30 Sep 2024`` in English."""
    if lang == "vi":
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    return f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"


# ---- the CP method: steps, tasks, what a task still lacks ------------------------------------


def step_label(step):
    """The step's name as the Vietnamese CP manuals write it (glossary_vi_en.csv)."""
    labels = {
        1: QCoreApplication.translate("labels", "Step 1: Getting started"),
        2: QCoreApplication.translate("labels", "Step 2: Analysing process steps"),
        3: QCoreApplication.translate("labels", "Step 3: Generating CP opportunities"),
        4: QCoreApplication.translate("labels", "Step 4: Selecting CP solutions"),
        5: QCoreApplication.translate("labels", "Step 5: Implementing CP solutions"),
        6: QCoreApplication.translate("labels", "Step 6: Sustaining CP"),
    }
    return labels[step]


def task_title(number):
    """The task's full name, as a page title (glossary_vi_en.csv)."""
    labels = {
        1: QCoreApplication.translate("labels", "Task 1: Form the CP team"),
        2: QCoreApplication.translate(
            "labels", "Task 2: List the process steps and (re)establish consumption norms"
        ),
        3: QCoreApplication.translate(
            "labels", "Task 3: Identify and select the most wasteful process step (audit focus)"
        ),
        4: QCoreApplication.translate(
            "labels", "Task 4: Prepare the process flow diagram for the audit focus"
        ),
        5: QCoreApplication.translate("labels", "Task 5: Material and energy balance"),
        6: QCoreApplication.translate("labels", "Task 6: Assign costs to waste streams"),
        7: QCoreApplication.translate("labels", "Task 7: Analyse the causes of waste generation"),
        8: QCoreApplication.translate("labels", "Task 8: Generate CP opportunities"),
        9: QCoreApplication.translate("labels", "Task 9: Select the most workable opportunities"),
        10: QCoreApplication.translate("labels", "Task 10: Technical feasibility"),
        11: QCoreApplication.translate("labels", "Task 11: Economic feasibility"),
        12: QCoreApplication.translate("labels", "Task 12: Environmental evaluation"),
        13: QCoreApplication.translate("labels", "Task 13: Select solutions for implementation"),
        14: QCoreApplication.translate("labels", "Task 14: Prepare for implementation"),
        15: QCoreApplication.translate("labels", "Task 15: Implement the solutions"),
        16: QCoreApplication.translate("labels", "Task 16: Monitor and evaluate results"),
        17: QCoreApplication.translate("labels", "Task 17: Sustain CP"),
        18: QCoreApplication.translate("labels", "Task 18: Select a new audit focus"),
    }
    return labels[number]


def task_short_label(number):
    """A few words for the task in the navigator; the page title has the full name."""
    labels = {
        1: QCoreApplication.translate("labels", "CP team"),
        2: QCoreApplication.translate("labels", "Process steps and norms"),
        3: QCoreApplication.translate("labels", "Audit focus"),
        4: QCoreApplication.translate("labels", "Flow chart"),
        5: QCoreApplication.translate("labels", "Material and energy balance"),
        6: QCoreApplication.translate("labels", "Cost of waste streams"),
        7: QCoreApplication.translate("labels", "Causes of waste"),
        8: QCoreApplication.translate("labels", "CP opportunities"),
        9: QCoreApplication.translate("labels", "Screening"),
        10: QCoreApplication.translate("labels", "Technical feasibility"),
        11: QCoreApplication.translate("labels", "Economic feasibility"),
        12: QCoreApplication.translate("labels", "Environmental feasibility"),
        13: QCoreApplication.translate("labels", "Selection"),
        14: QCoreApplication.translate("labels", "Preparation"),
        15: QCoreApplication.translate("labels", "Implementation"),
        16: QCoreApplication.translate("labels", "Monitoring and evaluation"),
        17: QCoreApplication.translate("labels", "Sustaining CP"),
        18: QCoreApplication.translate("labels", "New audit focus"),
    }
    return labels[number]


def task_state_label(state):
    labels = {
        TaskState.EMPTY: QCoreApplication.translate("labels", "Not started"),
        TaskState.STARTED: QCoreApplication.translate("labels", "Started"),
        TaskState.DONE: QCoreApplication.translate("labels", "Done"),
    }
    return labels[TaskState(state)]


# What a task still lacks: the codes of cpaudit.audit.tasks, each as a short phrase.
def missing_label(code):
    labels = {
        "team_members": QCoreApplication.translate("labels", "at least two team members"),
        "member_roles": QCoreApplication.translate("labels", "a role for every member"),
        "management_commitment": QCoreApplication.translate(
            "labels", "who in management committed"
        ),
        "process_steps": QCoreApplication.translate("labels", "the process steps"),
        "step_inputs_outputs": QCoreApplication.translate(
            "labels", "inputs and outputs of every step"
        ),
        "focus_scores": QCoreApplication.translate("labels", "criteria and scores"),
        "focus_choice": QCoreApplication.translate("labels", "the chosen audit focus"),
        "unit_operations": QCoreApplication.translate("labels", "the unit operations"),
        "flows_between_operations": QCoreApplication.translate(
            "labels", "the flows between unit operations"
        ),
        "balance_flows": QCoreApplication.translate("labels", "the flows of the balance"),
        "balance_of_every_operation": QCoreApplication.translate(
            "labels", "a balance of every unit operation"
        ),
        "waste_streams": QCoreApplication.translate("labels", "the waste streams"),
        "waste_costs": QCoreApplication.translate("labels", "a cost for every waste stream"),
        "causes_of_every_waste_stream": QCoreApplication.translate(
            "labels", "causes of every waste stream"
        ),
        "options": QCoreApplication.translate("labels", "CP opportunities"),
        "rejection_reasons": QCoreApplication.translate(
            "labels", "a reason for every rejected option"
        ),
        "technical_checks": QCoreApplication.translate(
            "labels", "a technical check of every option kept"
        ),
        "option_savings": QCoreApplication.translate("labels", "the savings of every option kept"),
        "grid_emission_factor": QCoreApplication.translate("labels", "the grid emission factor"),
        "environmental_effects": QCoreApplication.translate("labels", "environmental effects"),
        "selected_options": QCoreApplication.translate("labels", "the options selected"),
        "implementation_plan": QCoreApplication.translate(
            "labels", "an owner and a start date for every selected option"
        ),
        "options_implemented": QCoreApplication.translate(
            "labels", "every selected option implemented"
        ),
        "measured_current_period": QCoreApplication.translate(
            "labels", "a measured period after the baseline"
        ),
        "verified_savings": QCoreApplication.translate("labels", "verified savings"),
        "sustain_actions": QCoreApplication.translate("labels", "actions to sustain CP"),
        "next_focus": QCoreApplication.translate("labels", "the next audit focus"),
    }
    return labels.get(code, code)


def missing_text(missing):
    """``Still needed: a, b.`` for a task's missing codes; empty when nothing is missing."""
    if not missing:
        return ""
    return QCoreApplication.translate("labels", "Still needed: {items}.").format(
        items="; ".join(missing_label(code) for code in missing)
    )


# ---- words for the other enum values of the model --------------------------------------------


def flow_kind_label(kind):
    labels = {
        FlowKind.INPUT: QCoreApplication.translate("labels", "Input"),
        FlowKind.PRODUCT: QCoreApplication.translate("labels", "Product"),
        FlowKind.BY_PRODUCT: QCoreApplication.translate("labels", "By-product"),
        FlowKind.WASTE: QCoreApplication.translate("labels", "Waste"),
        FlowKind.EMISSION: QCoreApplication.translate("labels", "Emission"),
        FlowKind.STOCK_CHANGE: QCoreApplication.translate("labels", "Stock change"),
    }
    return labels[FlowKind(kind)]


def measurement_label(measurement):
    labels = {
        Measurement.METERED: QCoreApplication.translate("labels", "Metered"),
        Measurement.CALCULATED: QCoreApplication.translate("labels", "Calculated"),
        Measurement.ESTIMATED: QCoreApplication.translate("labels", "Estimated"),
    }
    return labels[Measurement(measurement)]


def cause_category_label(category):
    labels = {
        CauseCategory.INPUT_MATERIALS: QCoreApplication.translate("labels", "Input materials"),
        CauseCategory.TECHNOLOGY: QCoreApplication.translate("labels", "Technology"),
        CauseCategory.PROCESS_CONTROL: QCoreApplication.translate("labels", "Process control"),
        CauseCategory.EQUIPMENT: QCoreApplication.translate("labels", "Equipment"),
        CauseCategory.PERSONNEL: QCoreApplication.translate("labels", "Personnel"),
        CauseCategory.WASTE_HANDLING: QCoreApplication.translate("labels", "Waste handling"),
        CauseCategory.PRODUCT: QCoreApplication.translate("labels", "Product"),
    }
    return labels[CauseCategory(category)]


def effect_aspect_label(aspect):
    labels = {
        EffectAspect.ENERGY: QCoreApplication.translate("labels", "Energy"),
        EffectAspect.WATER: QCoreApplication.translate("labels", "Water"),
        EffectAspect.WASTE: QCoreApplication.translate("labels", "Waste"),
        EffectAspect.CO2: QCoreApplication.translate("labels", "CO₂"),
        EffectAspect.OTHER: QCoreApplication.translate("labels", "Other"),
    }
    return labels[EffectAspect(aspect)]


def period_kind_label(kind):
    labels = {
        PeriodKind.MEASURED: QCoreApplication.translate("labels", "Measured"),
        PeriodKind.PROJECTED: QCoreApplication.translate("labels", "Projected"),
    }
    return labels[PeriodKind(kind)]


def energy_basis_label(basis):
    labels = {
        EnergyBasis.MOIT: QCoreApplication.translate(
            "labels", "MOIT factors (electricity as primary energy)"
        ),
        EnergyBasis.FINAL: QCoreApplication.translate(
            "labels", "Final energy (electricity at 3.6 MJ/kWh)"
        ),
    }
    return labels[EnergyBasis(basis)]


def answer_label(answer):
    """A checklist answer: True, False or None (not yet answered)."""
    if answer is None:
        return QCoreApplication.translate("labels", "Not answered")
    if answer:
        return QCoreApplication.translate("labels", "Yes")
    return QCoreApplication.translate("labels", "No")
