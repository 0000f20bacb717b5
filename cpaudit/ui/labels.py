"""Words for the engine's enum values, units and 'not defined' reasons, in the interface language.

Every string is marked for Qt Linguist in the context ``labels``; the functions are called each
time a view is drawn, so a language switch shows at once.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.model import OptionStatus, ResourceClass, ScreeningBin, Technique
from cpaudit.audit.results import NotDefined, Reason


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
