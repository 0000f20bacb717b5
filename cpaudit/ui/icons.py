"""Icons shipped in ``cpaudit/resources/icons`` (SVG, drawn for cpaudit)."""

from importlib import resources

from PySide6.QtGui import QIcon


def icon(name):
    """The icon ``name`` (without ``.svg``); an empty icon if the file is missing."""
    path = resources.files("cpaudit.resources").joinpath("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
