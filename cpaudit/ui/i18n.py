"""The interface language: which one to start in, and switching it at run time.

Source strings are English; Vietnamese comes from ``resources/i18n/cpaudit_vi.qm`` (regenerate it
with ``python -m cpaudit.ui.i18n_update``). Installing or removing the translator sends every
widget a ``LanguageChange`` event, and each window re-labels itself in ``retranslate_ui``.
"""

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
SETTINGS_KEY = "ui/language"

# Each language is named in itself in the language menu, so these are never translated.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}

_state = {"language": None, "translator": None}


def system_language(locale=None):
    """Vietnamese when the system language is Vietnamese, else English."""
    locale = locale if locale is not None else QLocale.system()
    return "vi" if locale.language() == QLocale.Language.Vietnamese else "en"


def startup_language(settings=None):
    """The language the user chose last time, else the system's."""
    settings = settings if settings is not None else QSettings()
    saved = settings.value(SETTINGS_KEY, "", type=str)
    return saved if saved in LANGUAGES else system_language()


def remember_language(lang, settings=None):
    settings = settings if settings is not None else QSettings()
    settings.setValue(SETTINGS_KEY, lang)


def current_language():
    """The language set last; English (the source strings) before any is set."""
    return _state["language"] or "en"


def qm_path(lang):
    return resources.files("cpaudit.resources").joinpath("i18n", f"cpaudit_{lang}.qm")


def set_language(lang):
    """Install ``lang``'s translations in the running application (English needs none).

    Widgets get their ``LanguageChange`` event before this returns, so every label is in the new
    language as soon as the call is done.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    if lang == _state["language"]:
        return
    app = QCoreApplication.instance()
    old = _state["translator"]
    new = _load_translator(app, lang) if lang != "en" else None
    _state["language"] = lang
    _state["translator"] = new
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.English))

    if old is not None:
        app.removeTranslator(old)
    if new is not None:
        app.installTranslator(new)
    if old is None and new is None:
        # No translator changed, but numbers are formatted differently: tell the widgets.
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts LanguageChange to each window; deliver it now rather than at the next event loop.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _load_translator(app, lang):
    translator = QTranslator(app)
    with resources.as_file(qm_path(lang)) as path:
        if translator.load(str(path)):
            return translator
    log.warning("no translations for %s at %s; the interface stays English", lang, path)
    return None
