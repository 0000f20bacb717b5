"""Spreadsheet and CSV files read into sheets of cell values, with the addresses users see.

:func:`read_workbook` reads CSV (UTF-8 with or without BOM, UTF-16, UTF-32, Windows-1258 and
whatever charset-normalizer recognises), XLSX, XLS and ODS (through python-calamine). It reads
values only; what they mean is :mod:`cpaudit.store.importing`'s job.

- Text is NFC-normalised (Windows-1258 writes tones as combining marks).
- Merged cells: the top-left value is spread over every cell of the range, so a header merged
  across three columns heads each of them; :attr:`Sheet.merged_copies` says which cells are copies.
- XLSX formulas with no stored value (a file written by a program that does not calculate) are
  listed by address in :attr:`Sheet.formula_cells`; their cells read as blank.
- Error cells (``#DIV/0!``, ``#N/A``) read as the text they show. python-calamine reads them as
  blanks, so XLSX and ODS are scanned for them and XLS (Excel 5/95 and 97-2003) read by xlrd.
- Only cells that hold something are read: a stored dimension of a million rows costs nothing.
- A CSV column can be handed out as a byte matrix (:meth:`TextSheet.text_column`) for numpy
  parsers, so a million interval readings never become a million Python objects.

Rows and columns are 0-based indexes here; :class:`Location` shows them as the user sees them
(``data.xlsx, sheet "2024", row 7, column C``).
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from xml.etree import ElementTree

import numpy as np

from cpaudit.audit.parsing import nfc

if TYPE_CHECKING:
    import xlrd

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
FileKind = Literal["csv", "xlsx", "xls", "ods"]
CellValue = object  # str, float, bool, datetime.date, datetime.datetime, datetime.time or None

_TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".tab", ".dat"}
_DELIMITERS = (",", ";", "\t", "|")
_WIDEST_FAST_FIELD = 64  # bytes; longer fields go through the per-cell readers


class WorkbookError(Exception):
    """A file that cannot be read at all; ``str()`` is a plain message naming the file."""

    def __init__(self, message: str, path: str | Path | None = None, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.code = code


class ImportCancelled(Exception):
    """The user cancelled a long read or import; nothing was changed."""


def column_letter(index: int) -> str:
    """0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """``A`` -> 0, ``AA`` -> 26."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1


def cell_address(row: int, column: int) -> str:
    """0-based (6, 2) -> ``C7``."""
    return f"{column_letter(column)}{row + 1}"


@dataclass(frozen=True)
class Location:
    """Where something is: file, sheet (empty for CSV), row (0-based) and column (0-based)."""

    file: str
    sheet: str = ""
    row: int | None = None
    column: int | None = None
    header: str = ""  # the column's header, where known

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(f'sheet "{self.sheet}"')
        if self.row is not None:
            parts.append(f"row {self.row + 1}")
        if self.column is not None:
            column = f"column {column_letter(self.column)}"
            parts.append(f"{column} ({self.header})" if self.header else column)
        return ", ".join(parts)


@dataclass(frozen=True)
class Remark:
    """A problem or a note about a file: ``code`` for a view to translate, a plain message."""

    code: str
    message: str
    location: Location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True)
class TextColumn:
    """A CSV column as bytes for numpy readers (see :mod:`cpaudit.audit.parsing`).

    ``chars[i, :lengths[i]]`` are the UTF-8 bytes of row ``rows[i]``; a length above the matrix
    width means the field was too long to copy and must be read through ``text_of(i)``.
    """

    chars: np.ndarray  # (n, width) uint8
    lengths: np.ndarray  # (n,)
    rows: np.ndarray  # (n,) 0-based row indexes
    text_of: Callable[[int], str]


class Sheet:
    """One sheet's cells. Subclasses hold them; this class gives the common view."""

    name: str
    n_rows: int  # rows from the first to the last row that holds something, counted from row 0
    n_cols: int
    formula_cells: tuple[tuple[int, int], ...] = ()
    merged: tuple[tuple[int, int, int, int], ...] = ()  # (first row, first col, last row, last col)
    merged_copies: dict[tuple[int, int], tuple[int, int]]
    hidden: bool = False

    def rows(self, start: int = 0, stop: int | None = None) -> list[list[CellValue]]:
        """Rows ``start`` to ``stop - 1``, each ``n_cols`` long (None for an empty cell)."""
        raise NotImplementedError

    def column_values(
        self, column: int, start: int = 0, stop: int | None = None
    ) -> list[CellValue]:
        """One column's values for rows ``start`` to ``stop - 1``."""
        return [row[column] for row in self.rows(start, stop)]

    def cell(self, row: int, column: int) -> CellValue:
        found = self.rows(row, row + 1)
        return found[0][column] if found and column < len(found[0]) else None

    def text_column(self, column: int, start: int = 0) -> TextColumn | None:
        """The column as bytes, where the file allows it (plain CSV); else None."""
        return None


class GridSheet(Sheet):
    """A spreadsheet's sheet: the block of cells python-calamine read, placed at its offset."""

    def __init__(
        self,
        name: str,
        cells: list[list[CellValue]],
        first_row: int = 0,
        first_col: int = 0,
        merged: tuple[tuple[int, int, int, int], ...] = (),
        formula_cells: tuple[tuple[int, int], ...] = (),
        hidden: bool = False,
    ) -> None:
        self.name = nfc(name)
        self._cells = cells
        self._first_row = first_row
        self._first_col = first_col
        width = max((len(row) for row in cells), default=0)
        self.n_rows = first_row + len(cells) if cells else 0
        self.n_cols = first_col + width if width else 0
        self.formula_cells = formula_cells
        self.hidden = hidden
        self.merged_copies = {}
        self._copies: dict[int, dict[int, CellValue]] = {}
        # a merge reaching past the cells (a title across XFD, a column merged to row 1048576)
        # is spread only over the block that holds values
        last_row, last_col = self.n_rows - 1, self.n_cols - 1
        self.merged = tuple(
            (top, left, min(bottom, max(last_row, top)), min(right, max(last_col, left)))
            for top, left, bottom, right in merged
        )
        for top, left, bottom, right in self.merged:
            self._spread(top, left, bottom, right)

    def _raw(self, row: int, column: int) -> CellValue:
        r, c = row - self._first_row, column - self._first_col
        if 0 <= r < len(self._cells) and 0 <= c < len(self._cells[r]):
            return self._cells[r][c]
        return None

    def _spread(self, top: int, left: int, bottom: int, right: int) -> None:
        value = self._raw(top, left)
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if (row, column) != (top, left):
                    self._copies.setdefault(row, {})[column] = value
                    self.merged_copies[(row, column)] = (top, left)
        self.n_cols = max(self.n_cols, right + 1)
        self.n_rows = max(self.n_rows, bottom + 1)

    def rows(self, start: int = 0, stop: int | None = None) -> list[list[CellValue]]:
        stop = self.n_rows if stop is None else min(stop, self.n_rows)
        out = []
        for row in range(max(start, 0), stop):
            r = row - self._first_row
            raw = self._cells[r] if 0 <= r < len(self._cells) else []
            values = [None] * self.n_cols
            for c, value in enumerate(raw):
                values[self._first_col + c] = _clean(value)
            for column, value in self._copies.get(row, {}).items():
                values[column] = _clean(value)
            out.append(values)
        return out

    def column_values(
        self, column: int, start: int = 0, stop: int | None = None
    ) -> list[CellValue]:
        start = max(start, 0)
        stop = self.n_rows if stop is None else min(stop, self.n_rows)
        if stop <= start:
            return []
        c = column - self._first_col
        above = max(min(stop, self._first_row) - start, 0)  # rows above the block read
        block = self._cells[max(start - self._first_row, 0) : max(stop - self._first_row, 0)]
        if c < 0:
            inside: list[CellValue] = [None] * len(block)
        else:
            inside = [
                (_clean(row[c]) if type(row[c]) is str else row[c]) if c < len(row) else None
                for row in block
            ]
        out = [None] * above + inside
        out += [None] * (stop - start - len(out))  # merged ranges reaching below the block
        if len(self._copies) < stop - start:
            rows_with_copies = [r for r in self._copies if start <= r < stop]
        else:
            rows_with_copies = [r for r in range(start, stop) if r in self._copies]
        for row in rows_with_copies:
            if column in self._copies[row]:
                out[row - start] = _clean(self._copies[row][column])
        return out


def _clean(value: CellValue) -> CellValue:
    """Empty strings as None; text in NFC."""
    if isinstance(value, str):
        if value == "":
            return None
        return nfc(value)
    return value


class TextSheet(Sheet):
    """A CSV file as one sheet. Lines are split on demand, so a huge file costs its bytes only.

    A file with quote characters is parsed once by :mod:`csv` (quoted fields may hold the
    delimiter or line breaks); a file without them is split by position, and its columns can be
    handed to numpy through :meth:`text_column`.
    """

    def __init__(self, name: str, text: str, delimiter: str) -> None:
        self.name = name
        self.delimiter = delimiter
        self.merged_copies = {}
        if "\n" not in text and "\r" in text:
            text = text.replace("\r", "\n")  # old Mac line ends
        self._data = text.encode("utf-8")
        self._quoted = '"' in text
        self._records: list[list[str]] | None = None
        self._delimiters: np.ndarray | None = None
        self._line_fields: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        if self._quoted:
            self._records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
            while self._records and not any(self._records[-1]):
                self._records.pop()
            self.n_rows = len(self._records)
            self.n_cols = max((len(r) for r in self._records), default=0)
            return
        buffer = np.frombuffer(self._data, np.uint8)
        newlines = np.flatnonzero(buffer == 10)
        starts = np.concatenate([[0], newlines + 1])
        ends = np.concatenate([newlines, [len(buffer)]])
        before_end = buffer[np.maximum(ends - 1, 0)] if len(buffer) else np.zeros(1, np.uint8)
        carriage = (ends > starts) & (before_end == 13)
        ends = ends - carriage
        filled = np.flatnonzero(ends > starts)
        last = int(filled[-1]) + 1 if len(filled) else 0
        self._starts, self._ends = starts[:last], ends[:last]
        self._buffer = buffer
        self.n_rows = last
        sample = self._lines(0, min(last, 200))
        self.n_cols = max((len(line.split(delimiter)) for line in sample), default=0)

    def _lines(self, start: int, stop: int) -> list[str]:
        data = self._data
        return [
            data[a:b].decode("utf-8")
            for a, b in zip(self._starts[start:stop], self._ends[start:stop], strict=True)
        ]

    def rows(self, start: int = 0, stop: int | None = None) -> list[list[CellValue]]:
        stop = self.n_rows if stop is None else min(stop, self.n_rows)
        start = max(start, 0)
        if self._records is not None:
            records = self._records[start:stop]
        else:
            records = [line.split(self.delimiter) for line in self._lines(start, stop)]
        width = max([self.n_cols, *(len(r) for r in records)])
        self.n_cols = max(self.n_cols, width)
        return [[_clean(v) for v in r] + [None] * (width - len(r)) for r in records]

    def column_values(
        self, column: int, start: int = 0, stop: int | None = None
    ) -> list[CellValue]:
        stop = self.n_rows if stop is None else min(stop, self.n_rows)
        if self._records is not None:
            records = self._records[max(start, 0) : stop]
        else:
            records = [line.split(self.delimiter) for line in self._lines(max(start, 0), stop)]
        return [_clean(r[column]) if column < len(r) else None for r in records]

    def text_column(self, column: int, start: int = 0) -> TextColumn | None:
        """Column ``column`` of rows ``start`` onwards as a byte matrix; None for quoted files."""
        if self._records is not None:
            return None
        delimiters, first, count = self._fields_from(start)
        starts, ends = self._starts[start:], self._ends[start:]
        n = len(starts)
        last = max(len(delimiters) - 1, 0)
        padded = delimiters if len(delimiters) else np.zeros(1, np.int64)
        if column == 0:
            field_start = starts
        else:
            opening = padded[np.minimum(first + column - 1, last)] + 1
            field_start = np.where(count >= column, opening, starts)
        closing = padded[np.minimum(first + column, last)]
        field_end = np.where(count > column, closing, ends)
        lengths = np.where(count >= column, field_end - field_start, 0)
        width = int(min(max(lengths.max(initial=0), 1), _WIDEST_FAST_FIELD))
        chars = np.zeros((n, width), np.uint8)
        buffer = self._buffer
        top = len(buffer) - 1
        for j in range(width):
            byte = buffer[np.minimum(field_start + j, top)]
            chars[:, j] = np.where(lengths > j, byte, 0)
        data = self._data

        def text_of(i: int) -> str:
            return data[field_start[i] : field_start[i] + lengths[i]].decode("utf-8")

        return TextColumn(chars, lengths, np.arange(start, start + n), text_of)

    def _fields_from(self, start: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All delimiter positions; for each line from ``start``, its first one and how many."""
        if self._delimiters is None:
            self._delimiters = np.flatnonzero(self._buffer == ord(self.delimiter))
        cached = self._line_fields.get(start)
        if cached is None:
            first = np.searchsorted(self._delimiters, self._starts[start:])
            count = np.searchsorted(self._delimiters, self._ends[start:]) - first
            cached = self._line_fields[start] = (first, count)
        return self._delimiters, *cached


@dataclass
class Workbook:
    """A file as read: its sheets (one for CSV) and how it was read."""

    path: Path
    kind: FileKind
    sheets: tuple[Sheet, ...]
    encoding: str = ""  # CSV only: the text encoding used
    encoding_guessed: bool = False  # CSV only: detected without a BOM or valid UTF-8
    delimiter: str = ""  # CSV only
    remarks: tuple[Remark, ...] = field(default=())  # formula cells without a value, ...

    @property
    def name(self) -> str:
        return self.path.name

    def sheet(self, name: str | None = None) -> Sheet:
        """The sheet called ``name`` (NFC), or the first sheet."""
        if name is None or name == "":
            return self.sheets[0]
        wanted = nfc(name)
        for sheet in self.sheets:
            if sheet.name == wanted:
                return sheet
        raise KeyError(f"{self.name} has no sheet {name!r}")

    def location(
        self, sheet: Sheet | str, row: int | None = None, column: int | None = None, header=""
    ) -> Location:
        sheet_name = sheet if isinstance(sheet, str) else sheet.name
        return Location(
            self.name, "" if self.kind == "csv" else sheet_name, row, column, header or ""
        )


def read_workbook(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Workbook:
    """Read a CSV, XLSX, XLS or ODS file into sheets of values.

    Parameters
    ----------
    path : path
    encoding : str, optional
        CSV only: the text encoding; detected when not given (BOM, UTF-16 without BOM, UTF-8,
        Windows-1258 for Vietnamese text, then charset-normalizer). ``Workbook.encoding_guessed``
        says when the choice is a guess the user should confirm in the preview.
    delimiter : str, optional
        CSV only: the field separator; sniffed from the first lines when not given.
    progress : callable, optional
        ``progress(fraction, message)``, called between steps.
    cancelled : callable, optional
        Returns True when the user has cancelled; checked between steps.

    Raises
    ------
    WorkbookError
        The file is missing, unreadable, empty, protected by a password, damaged, or in a
        format cpaudit does not read, told from its content whatever its name
        (``not_a_data_file``: a PDF renamed .xlsx, a Word file, binary data; ``project_file``:
        a cpaudit project, to be opened); or its text cannot be decoded.
    ImportCancelled
    """
    path = Path(path)
    tell = progress or (lambda fraction, message: None)
    stop = cancelled or (lambda: False)
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEAD_BYTES)
    except OSError as error:
        raise WorkbookError(f"{path.name} cannot be opened: {error.strerror}", path) from error
    kind = _kind(path, head)
    tell(0.0, f"reading {path.name}")
    if kind == "csv":
        return _read_text(path, encoding, delimiter, tell, stop)
    return _read_spreadsheet(path, kind, tell, stop)


_HEAD_BYTES = 4096  # enough for a SQLite header and a sample to tell text from binary
_SQLITE = b"SQLite format 3\x00"
_PROJECT_APPLICATION_ID = b"CPAU"  # PRAGMA application_id of a .cpaudit file, at byte 68
_BINARY_MARKS = (
    b"%PDF-",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"


def _not_a_data_file(path: Path) -> WorkbookError:
    return WorkbookError(
        f"{path.name} is not a CSV, XLSX, XLS or ODS file", path, "not_a_data_file"
    )


def _kind(path: Path, head: bytes) -> FileKind:
    """What the file is, told from its content (a PDF renamed .xlsx is a PDF)."""
    suffix = path.suffix.lower()
    if head.startswith(b"PK"):
        return _zip_kind(path)
    if head.startswith(_OLE):
        return _ole_kind(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(_SQLITE):
        if head[68:72] == _PROJECT_APPLICATION_ID or suffix == ".cpaudit":
            raise WorkbookError(
                f"{path.name} is not a CSV, XLSX, XLS or ODS file\n"
                "It is a cpaudit project file: open it (File > Open), do not import it",
                path,
                "project_file",
            )
        raise _not_a_data_file(path)
    if head.startswith(_BINARY_MARKS) or _binary(head):
        raise _not_a_data_file(path)
    lowered = head[:8].lstrip(b"\xef\xbb\xbf").lower()
    if lowered.startswith((b"<html", b"<!doc", b"<?xml", b"<table")):
        raise WorkbookError(
            f"{path.name} is a web page or XML file saved with a spreadsheet name: open it in a "
            "spreadsheet program and save it as .xlsx or .csv",
            path,
            "not_a_spreadsheet",
        )
    if suffix not in _TEXT_SUFFIXES:
        log.debug("%s does not look like a spreadsheet; reading it as text", path.name)
    return "csv"


def _zip_kind(path: Path) -> FileKind:
    """XLSX or ODS; any other zip archive (a .docx, an .odt, a folder zipped) is refused."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else None
    except zipfile.BadZipFile as error:
        raise WorkbookError(f"{path.name} is damaged (a broken zip archive)", path) from error
    if mimetype is not None:
        if mimetype.startswith(_ODS_MIMETYPE):
            return "ods"
        raise _not_a_data_file(path)
    if "content.xml" in names:
        return "ods"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    raise _not_a_data_file(path)


def _ole_kind(path: Path) -> FileKind:
    """XLS when the compound file holds a workbook stream (``Workbook``, or ``Book`` for Excel
    5/95); a compound file whose directory reads and holds neither (a Word .doc, an Outlook
    message) is refused. One whose directory does not read is left to the reader as damaged."""
    from xlrd.compdoc import CompDoc

    try:
        document = CompDoc(path.read_bytes(), logfile=io.StringIO())
        names = {entry.name.casefold() for entry in document.dirlist if entry.etype == 2}
    except Exception as error:  # xlrd raises several kinds for damaged files
        log.debug("compound file directory of %s not read: %s", path.name, error)
        return "xls"
    if names & {"workbook", "book"}:
        return "xls"
    raise _not_a_data_file(path)


def _binary(head: bytes) -> bool:
    """Whether the file's first bytes are no text: zero bytes where no text encoding puts them.

    UTF-16 and UTF-32 text has zero bytes, with or without a byte-order mark; without one (as
    UTF-16 LE or BE) they fall on every other byte, but for a few characters such as the
    combining grave accent (U+0300) of decomposed Vietnamese."""
    if b"\x00" not in head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)):
        return False
    if head.startswith(codecs.BOM_UTF32_BE):
        return False
    sample = head[: len(head) // 2 * 2]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    return min(odd, even) > 0.25 * (odd + even) or max(odd, even) < len(sample) // 8


# --- text files --------------------------------------------------------------------------------


def detect_encoding(data: bytes) -> tuple[str, bool]:
    """The text encoding of ``data`` and whether it is a guess.

    Certain: a byte-order mark (UTF-8, UTF-16, UTF-32), or valid UTF-8. Guessed: UTF-16 without
    a mark (from where the zero bytes are); Windows-1258 when it decodes the bytes into
    Vietnamese text whose tone marks all compose; else charset-normalizer's best match.

    Raises
    ------
    WorkbookError
        When no encoding fits.
    """
    for mark, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(mark):
            return name, False
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        odd = sample[1::2].count(0)
        even = sample[0::2].count(0)
        return ("utf-16-le" if odd > even else "utf-16-be"), True
    try:
        data.decode("utf-8")
        return "utf-8", False
    except UnicodeDecodeError:
        pass
    if _looks_vietnamese_1258(data):
        return "cp1258", True
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise WorkbookError("the text encoding cannot be told: choose it", code="encoding")
    return best.encoding, True


_VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ")


def _looks_vietnamese_1258(data: bytes) -> bool:
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return False
    composed = unicodedata.normalize("NFC", text)
    if any(unicodedata.combining(ch) for ch in composed):
        return False  # a tone mark on a consonant: not Vietnamese in Windows-1258
    return any(ch in _VIETNAMESE for ch in composed) or len(composed) < len(text)


def sniff_delimiter(text: str) -> str:
    """The field separator that splits the first lines into the most consistent field counts.

    Tried: comma, semicolon (Excel's choice on a Vietnamese Windows, where the comma is the
    decimal mark), tab and bar. A one-column file gives a comma.
    """
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ",", 0.0
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        values, frequency = np.unique(counts, return_counts=True)
        modal = int(values[np.argmax(frequency)])
        if modal < 2:
            continue
        score = frequency.max() / len(counts) + modal / 1000  # consistency, then more fields
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(
    path: Path,
    encoding: str | None,
    delimiter: str | None,
    tell: Progress,
    stop: Cancelled,
) -> Workbook:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise WorkbookError(f"{path.name} cannot be read: {error.strerror}", path) from error
    if stop():
        raise ImportCancelled()
    guessed = False
    if encoding is None:
        try:
            encoding, guessed = detect_encoding(data)
        except WorkbookError as error:
            raise WorkbookError(f"{path.name}: {error.message}", path, "encoding") from error
    tell(0.2, f"decoding {path.name} as {encoding}")
    text = _decode(data, encoding, path)
    if stop():
        raise ImportCancelled()
    text = text.lstrip("\ufeff")
    text = unicodedata.normalize("NFC", text) if not text.isascii() else text
    delimiter = delimiter or sniff_delimiter(text[:100_000])
    tell(0.5, f"splitting {path.name}")
    sheet = TextSheet(path.stem, text, delimiter)
    if not sheet.n_rows:
        raise WorkbookError(
            f"{path.name} is empty: there is nothing in it to import", path, "empty_file"
        )
    tell(1.0, f"{path.name} read")
    return Workbook(path, "csv", (sheet,), encoding, guessed, delimiter)


def _decode(data: bytes, encoding: str, path: Path) -> str:
    try:
        return data.decode(encoding)
    except LookupError as error:
        raise WorkbookError(f"{encoding!r} is not a text encoding", path, "encoding") from error
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise WorkbookError(
            f"{path.name} cannot be read as {encoding}: byte 0x{data[error.start]:02X} on line "
            f"{line} does not belong to it; choose another encoding",
            path,
            "encoding",
        ) from error


# --- spreadsheets ------------------------------------------------------------------------------


def _read_spreadsheet(path: Path, kind: FileKind, tell: Progress, stop: Cancelled) -> Workbook:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise WorkbookError(
            f"{path.name} is protected by a password: save an unprotected copy", path, "password"
        ) from error
    except Exception as error:  # calamine raises several kinds for damaged files
        raise WorkbookError(
            f"{path.name} cannot be read as a spreadsheet ({error})", path, "damaged"
        ) from error
    formulas, errors = _xlsx_cell_scan(path) if kind == "xlsx" else ({}, {})
    ods_merges: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    if kind == "ods":
        ods_merges, errors = _ods_scan(path)
    elif kind == "xls":
        errors = _xls_error_cells(path)

    sheets: list[Sheet] = []
    remarks: list[Remark] = []
    metadata = book.sheets_metadata
    for number, meta in enumerate(metadata):
        if stop():
            raise ImportCancelled()
        tell(0.1 + 0.8 * number / max(len(metadata), 1), f'reading sheet "{meta.name}"')
        if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet", "Worksheet"):
            continue  # chart sheets and macro sheets hold no cells
        calamine_sheet = book.get_sheet_by_name(meta.name)
        cells = calamine_sheet.to_python() if calamine_sheet.height else []
        first_row, first_col = calamine_sheet.start if cells else (0, 0)
        _put_back_errors(cells, first_row, first_col, errors.get(nfc(meta.name), {}))
        merged = calamine_sheet.merged_cell_ranges or ods_merges.get(nfc(meta.name)) or []
        ranges = tuple((a[0], a[1], b[0], b[1]) for a, b in merged)
        found = tuple(sorted(formulas.get(meta.name, ())))
        hidden = str(meta.visible).rsplit(".", 1)[-1] != "Visible"
        sheet = GridSheet(meta.name, cells, first_row, first_col, ranges, found, hidden)
        sheets.append(sheet)
        for row, column in found:
            remarks.append(
                Remark(
                    "formula_without_value",
                    f"cell {cell_address(row, column)} holds a formula with no stored value: "
                    "open the file in a spreadsheet program, let it calculate, and save it",
                    Location(path.name, sheet.name, row, column),
                )
            )
    book.close()
    if not sheets:
        raise WorkbookError(f"{path.name} has no sheet with cells", path, "empty")
    tell(1.0, f"{path.name} read")
    return Workbook(path, kind, tuple(sheets), remarks=tuple(remarks))


_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xlsx_sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the XML part that holds it."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for relation in relations:
        target = relation.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[relation.get("Id")] = target
    parts = {}
    for element in workbook.iter():
        if _local(element.tag) == "sheet":
            rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            if rid in targets:
                parts[element.get("name", "")] = targets[rid]
    return parts


CellErrors = dict[tuple[int, int], str]


def _xlsx_cell_scan(
    path: Path,
) -> tuple[dict[str, list[tuple[int, int]]], dict[str, CellErrors]]:
    """Per sheet, the cells that hold a formula but no stored value, and the cells that hold an
    error value (``#DIV/0!``, ``#N/A``) with its text; 0-based (row, column).

    python-calamine reads both as empty cells, which would drop a value without a word.
    """
    formulas: dict[str, list[tuple[int, int]]] = {}
    errors: dict[str, CellErrors] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            for name, part in _xlsx_sheet_parts(archive).items():
                with archive.open(part) as stream:
                    xml = stream.read()
                if not _holds_formulas(xml) and b't="e"' not in xml and b"t='e'" not in xml:
                    continue  # neither formulas nor errors: skip the slower XML walk
                with archive.open(part) as stream:
                    missing, found = _scan_cells(stream)
                formulas[nfc(name)] = missing
                errors[nfc(name)] = found
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        log.debug("formula scan of %s skipped: %s", path.name, error)
    return formulas, errors


def _put_back_errors(
    cells: list[list[CellValue]], first_row: int, first_col: int, errors: CellErrors
) -> None:
    """Write each error cell's text over the value python-calamine gave it.

    That is an empty cell for XLSX, XLS and ODS as LibreOffice writes them; an ODS writer that
    also stores a number for the error (``office:value="0"``) must not have it read as one.
    """
    for (row, column), text in errors.items():
        r, c = row - first_row, column - first_col
        if 0 <= r < len(cells) and 0 <= c < len(cells[r]):
            cells[r][c] = text
        else:
            log.debug("error cell %s outside the cells read", cell_address(row, column))


def _holds_formulas(xml: bytes) -> bool:
    """Whether a sheet's XML has a formula element (``<f>``, ``<x:f>``). A plain byte search
    rules most sheets out ten times faster than the pattern, which runs only when it cannot."""
    if b"<f" not in xml and b":f" not in xml:
        return False
    return re.search(rb"<(?:\w+:)?f[\s>/]", xml) is not None


def _scan_cells(stream) -> tuple[list[tuple[int, int]], CellErrors]:
    """(cells with a formula and no stored value, error cells with their text) of one sheet."""
    missing: list[tuple[int, int]] = []
    errors: CellErrors = {}
    has_formula = has_value = text_result = is_error = False
    value = ""
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        tag = _local(element.tag)
        if event == "start":
            if tag == "c":
                has_formula = has_value = False
                kind = element.get("t")
                text_result = kind == "str"  # "" is a real result of a text formula
                is_error = kind == "e"
                value = ""
            continue
        if tag == "f":
            has_formula = True
        elif tag in ("v", "is"):
            has_value = has_value or bool(element.text or "") or tag == "is" or text_result
            value = element.text or value
        elif tag == "c":
            match = _CELL_REF.fullmatch(element.get("r", ""))
            if match:
                address = (int(match[2]) - 1, column_index(match[1]))
                if has_formula and not has_value:
                    missing.append(address)
                elif is_error and value:
                    errors[address] = value.strip()
            element.clear()
        elif tag == "row":
            element.clear()
    return missing, errors


_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


_ODS_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_ERROR_TEXT = re.compile(
    r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!)|Err:\d{3}",
    re.IGNORECASE,
)
_MOST_REPEATED_ERRORS = 10_000  # a block of copied error cells is reported, not a million


def _ods_scan(
    path: Path,
) -> tuple[dict[str, list[tuple[tuple[int, int], tuple[int, int]]]], dict[str, CellErrors]]:
    """Per sheet of an ODS file, the merged (spanned) cells and the error cells with the text
    they show; python-calamine gives neither (an error reads as an empty cell).

    An error cell is one LibreOffice marks ``calcext:value-type="error"``, or a formula cell
    that shows a spreadsheet error (``#DIV/0!``, ``Err:502``), as other writers leave it.
    """
    merges: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    errors: dict[str, CellErrors] = {}
    table_attribute = "{" + _ODS_TABLE + "}%s"
    value_type = "{" + _ODS_CALCEXT + "}value-type"
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
            table, row, column = "", -1, 0
            row_errors: list[tuple[int, str]] = []
            for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                tag = _local(element.tag)
                if event == "start":
                    if tag == "table":
                        table, row = nfc(element.get(table_attribute % "name", "")), -1
                    elif tag == "table-row":
                        row, column, row_errors = row + 1, 0, []
                    elif tag in ("table-cell", "covered-table-cell"):
                        span = _ods_span(element, table_attribute, row, column)
                        if tag == "table-cell" and span is not None:
                            merges.setdefault(table, []).append(span)
                    continue
                if tag in ("table-cell", "covered-table-cell"):
                    repeated = int(element.get(table_attribute % "number-columns-repeated", 1))
                    text = _ods_error_text(element, table_attribute % "formula", value_type)
                    if text:
                        count = min(repeated, _MOST_REPEATED_ERRORS)
                        row_errors += [(column + i, text) for i in range(count)]
                    column += repeated
                    element.clear()
                elif tag == "table-row":
                    repeated = int(element.get(table_attribute % "number-rows-repeated", 1))
                    if row_errors:
                        found = errors.setdefault(table, {})
                        for i in range(min(repeated, _MOST_REPEATED_ERRORS)):
                            found.update(((row + i, c), text) for c, text in row_errors)
                    row += repeated - 1
                    element.clear()
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        log.debug("merged and error cell scan of %s skipped: %s", path.name, error)
    return merges, errors


def _ods_span(element, attribute: str, row: int, column: int):
    columns = int(element.get(attribute % "number-columns-spanned", 1))
    rows = int(element.get(attribute % "number-rows-spanned", 1))
    if columns > 1 or rows > 1:
        return (row, column), (row + rows - 1, column + columns - 1)
    return None


def _ods_error_text(element, formula: str, value_type: str) -> str:
    """The error an ODS cell shows (``#DIV/0!``), or ``""`` for any other cell."""
    if element.get(value_type) != "error" and element.get(formula) is None:
        return ""
    text = "".join(element.itertext()).strip()
    if element.get(value_type) == "error":
        return text or "#VALUE!"
    return text if _ERROR_TEXT.fullmatch(text) else ""


# --- XLS (Excel 5/95 and 97-2003, through xlrd) ------------------------------------------------


def _xls_error_cells(path: Path) -> dict[str, CellErrors]:
    """Per sheet of an XLS file, the cells that hold an error value, with its text.

    python-calamine reads an XLS error (a constant, or a formula's stored result) as an empty
    cell; xlrd reads it as an error code, in Excel 5/95 (BIFF5) and 97-2003 (BIFF8) files alike.
    A file xlrd cannot read is left to calamine: the scan only ever adds problems.
    """
    import xlrd

    warnings = io.StringIO()  # xlrd writes its warnings to standard output unless told
    try:
        book = xlrd.open_workbook(
            str(path), logfile=warnings, on_demand=True, formatting_info=False, ragged_rows=True
        )
        try:
            return _xls_book_errors(book)
        finally:
            book.release_resources()
    except Exception as error:  # xlrd raises several kinds for damaged files
        log.debug("error-cell scan of %s skipped: %s", path.name, error)
        return {}
    finally:
        if warnings.getvalue():
            log.debug("xlrd on %s: %s", path.name, warnings.getvalue().strip())


def _xls_book_errors(book: xlrd.Book) -> dict[str, CellErrors]:
    """The error cells of each worksheet of an open xlrd book, by sheet name; one sheet is
    loaded at a time."""
    import xlrd

    texts = {**xlrd.error_text_from_code, 0x2B: "#GETTING_DATA"}  # xlrd has no name for 0x2B
    errors: dict[str, CellErrors] = {}
    for index, name in enumerate(book.sheet_names()):
        sheet = book.sheet_by_index(index)
        found: CellErrors = {}
        for row in range(sheet.nrows):
            kinds = sheet.row_types(row)
            if xlrd.XL_CELL_ERROR not in kinds:
                continue
            for column, kind in enumerate(kinds):
                if kind == xlrd.XL_CELL_ERROR:
                    found[(row, column)] = texts.get(sheet.cell_value(row, column), "#VALUE!")
        book.unload_sheet(index)
        if found:
            errors[nfc(name)] = found
    return errors
