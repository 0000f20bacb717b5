"""Small files made on the spot for the import tests: CSV in Windows-1258, XLSX, ODS."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SHARED_CASES = Path(__file__).parents[2] / ".." / "shared" / "cases"

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 writes it: tone marks as separate combining bytes.

    Python's codec encodes only what the code page holds precomposed (``ê``, ``ơ``, ``á`` ...);
    ``ệ`` becomes ``ê`` + combining dot below, as Vietnamese Windows programs write it.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def _ods_cell(value) -> str:
    span = ""
    if isinstance(value, tuple):
        value, columns = value
        span = f' table:number-columns-spanned="{columns}"'
    if value is None:
        return f"<table:table-cell{span}/>"
    if isinstance(value, int | float):
        return (
            f'<table:table-cell{span} office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell{span} office:value-type="string"><text:p>{escape(value)}</text:p>'
        "</table:table-cell>"
    )


def write_ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A minimal OpenDocument spreadsheet, written by hand (no ODS writer is installed).

    A cell ``(value, n)`` spans ``n`` columns (a merged cell, followed by covered cells); each
    sheet ends with a million repeated empty rows, as LibreOffice writes them.
    """
    body = ""
    for name, rows in sheets.items():
        body += f'<table:table table:name="{escape(name)}">'
        for row in rows:
            cells = ""
            for value in row:
                cells += _ods_cell(value)
                if isinstance(value, tuple):
                    cells += "<table:covered-table-cell/>" * (value[1] - 1)
            body += f"<table:table-row>{cells}</table:table-row>"
        body += (
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        body += "</table:table>"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        mimetype = "application/vnd.oasis.opendocument.spreadsheet"
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as ODF asks
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def write_xlsx(path: Path, rows: list[list], merges: tuple[str, ...] = (), title="2024") -> Path:
    """An XLSX written by openpyxl; text starting with ``=`` becomes a formula with no value."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for merged in merges:
        sheet.merge_cells(merged)
    book.save(path)
    return path


def claim_dimension(path: Path, ref: str = "A1:Z1000000") -> Path:
    """Rewrite each sheet's ``<dimension ref=...>`` so it claims ``ref``."""
    rewritten = path.with_name(path.stem + "_huge.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text, count = re.subn(
                    r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', data.decode()
                )
                assert count == 1
                data = text.encode()
            target.writestr(item, data, zipfile.ZIP_DEFLATED)
    return rewritten
