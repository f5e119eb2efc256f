"""Spreadsheet cells that never run: every export goes through here.

Organisers open our exports in Excel and WPS, and the data in them comes from imports, the API
and anonymous registration forms: a name such as `=HYPERLINK(...)` must come back as text, never
as a live formula (OWASP's CSV-injection rule), and a control character must not make the whole
export fail. The CSV escape is reversible, so export → import is the identity.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def csv_escape(value) -> str:
    """A CSV cell a spreadsheet shows as text: a leading `'` before a formula character (and
    before a `'` that would otherwise be read back as our escape)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START) or (text.startswith(QUOTE) and text[1:2].startswith((*FORMULA_START, QUOTE))):
        return QUOTE + text
    return text


def csv_unescape(text: str) -> str:
    """The inverse of `csv_escape`, applied to every cell an import reads."""
    if text.startswith(QUOTE) and text[1:2] and text[1:2].startswith((*FORMULA_START, QUOTE)):
        return text[1:]
    return text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """UTF-8 with a BOM (so Excel reads Hangul and Hanzi), every cell escaped."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([csv_escape(h) for h in header])
    writer.writerows([csv_escape(v) for v in row] for row in rows)
    return buf.getvalue().encode("utf-8-sig")


def xlsx_cell(ws, value):
    """A cell whose text stays text: strings are typed as strings (openpyxl would otherwise store
    `=…` as a formula) and characters XML cannot carry are dropped instead of failing the file."""
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"
        return cell
    return WriteOnlyCell(ws, value=value)


def xlsx_bytes(sheets: dict[str, tuple[Sequence[str], Iterable[Sequence]]]) -> bytes:
    """A workbook of one or more sheets {title: (header, rows)}, every cell through `xlsx_cell`."""
    wb = Workbook(write_only=True)
    for title, (header, rows) in sheets.items():
        ws = wb.create_sheet(title[:31])
        ws.append([xlsx_cell(ws, h) for h in header])
        for row in rows:
            ws.append([xlsx_cell(ws, v) for v in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
