"""The bundled DejaVu Sans faces, registered once with reportlab as one family.

reportlab's own base fonts have no Vietnamese letters; DejaVu Sans (``resources/fonts``) has them.
The family registration is what makes ``<b>`` and ``<i>`` pick the bold and oblique faces
(pitfall 4).
"""

from __future__ import annotations

import io
import threading
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "CPAuditSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"

_FACES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()


def font_bytes(file_name: str) -> bytes:
    """One bundled font file, read through ``importlib.resources`` (works in a bundle too)."""
    return resources.files("cpaudit.resources").joinpath("fonts", file_name).read_bytes()


def register_fonts() -> str:
    """Register the four faces and their family (once per process); return the family name."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return FAMILY
        for name, file_name in _FACES.items():
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(file_name))))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        return FAMILY
