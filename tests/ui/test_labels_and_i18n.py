"""Every word the window shows has a Vietnamese translation, and the compiled file is current."""

import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.model import OptionStatus, ResourceClass, ScreeningBin, Technique
from cpaudit.audit.results import NotDefined, Reason
from cpaudit.ui import i18n, i18n_update, labels

ENUM_LABELS = [
    (Judgement, labels.judgement_label),
    (ResourceClass, labels.resource_class_label),
    (OptionStatus, labels.status_label),
    (ScreeningBin, labels.screening_label),
    (Technique, labels.technique_label),
    (Reason, labels.reason_label),
]
TS_FILE = i18n_update.I18N_DIR / "cpaudit_vi.ts"


def all_labels():
    return {
        (enum.__name__, member): label(member) for enum, label in ENUM_LABELS for member in enum
    }


def test_every_enum_value_has_a_vietnamese_label():
    english = all_labels()
    i18n.set_language("vi")
    vietnamese = all_labels()

    assert set(english) == set(vietnamese)
    untranslated = [key for key in english if english[key] == vietnamese[key]]
    assert untranslated == []
    assert labels.judgement_label(Judgement.WITHIN) == "Đạt mục tiêu"
    assert labels.technique_label(Technique.GOOD_HOUSEKEEPING) == "Quản lý nội vi"


def test_reason_names_the_resource():
    text = labels.reason_label(NotDefined(Reason.NO_ALLOCATION, "EC"), {"EC": "Electricity"})
    assert text == "The plant's use of Electricity is not shared out between its products."


@pytest.mark.parametrize(
    ("unit", "readable"),
    [("kWh/t", "kWh/t"), ("kW_month/t", "kW-month/t"), ("m3/t", "m³/t"), ("MMBtu/t", "MMBtu/t")],
)
def test_units_are_readable(unit, readable):
    assert labels.unit_label(unit) == readable


def test_ts_file_is_fully_translated():
    assert i18n_update.unfinished(TS_FILE) == []


def test_compiled_translations_match_the_ts_file():
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path("vi")))
    root = ET.parse(TS_FILE).getroot()
    stale = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            expected = message.findtext("translation")
            if translator.translate(name, source) != expected:
                stale.append(source)
    assert stale == [], "run python -m cpaudit.ui.i18n_update"


def test_ts_file_holds_every_string_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    command = [i18n_update.tool("pyside6-lupdate"), *i18n_update.sources(), "-ts", str(fresh)]
    subprocess.run(command, check=True, capture_output=True)

    def sources(path):
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")
        }

    assert sources(fresh) == sources(TS_FILE), "run python -m cpaudit.ui.i18n_update"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (QLocale.Language.Vietnamese, "vi"),
        (QLocale.Language.English, "en"),
        (QLocale.Language.French, "en"),
    ],
)
def test_default_language_follows_the_system(language, expected):
    assert i18n.system_language(QLocale(language)) == expected


def test_a_chosen_language_is_remembered(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "en")
    assert i18n.startup_language(settings) == "en"

    i18n.remember_language("vi", settings)

    assert i18n.startup_language(settings) == "vi"
