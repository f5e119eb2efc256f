"""Limits on what anyone may upload, in one place: request bodies, imported tables (rows,
columns, characters in a cell) and spreadsheets, which are zip files that may unpack to far
more than they weigh.

Every upload path reads these: the web's body limit (`web/limits.py`) refuses a request as
soon as it says or sends more than its route takes, before anything is stored or parsed; the
directory import (`directory/interchange.py`) stops reading a table at the first row or cell
over the limit; an XLSX file's zip directory is checked before openpyxl opens it; outcome
documents (`outcomes/documents.py`) take their size limit from here; a backup being restored
(`backup/archive.py`) is a zip too, checked by the same function with its own, larger limits.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from gyoryu.errors import GyoryuError

MiB = 1024 * 1024

MAX_BODY_BYTES = 2 * MiB  # any form or JSON body
MAX_IMPORT_BYTES = 20 * MiB  # an organisation list (CSV or XLSX)
MAX_DOCUMENT_BYTES = 10 * MiB  # an outcome's evidence document
FORM_OVERHEAD = MiB  # the other fields and multipart boundaries around an uploaded file

MAX_ROWS = 20_000  # rows of an imported table, the header included
MAX_COLUMNS = 64
MAX_CELL_CHARS = 10_000

MAX_UNPACKED_BYTES = 100 * MiB  # what an XLSX file may unpack to
MAX_PACK_RATIO = 200  # unpacked / packed, for files unpacking to more than RATIO_FLOOR
RATIO_FLOOR = 10 * MiB
MAX_ZIP_MEMBERS = 1_000

# A backup archive (`gyoryu restore`): far larger than any upload, but still bounded, so a
# crafted archive cannot make a restore decompress without end or hold a huge row in memory.
GiB = 1024 * MiB
MAX_BACKUP_UNPACKED_BYTES = 64 * GiB
MAX_BACKUP_PACK_RATIO = 1_000  # JSON Lines of repetitive rows pack well; a bomb packs far better
MAX_BACKUP_MEMBERS = 1_000  # one per table and the manifest
MAX_BACKUP_LINE_BYTES = 64 * MiB  # one row: a 10 MB document is 13.4 MB in base64
MAX_MANIFEST_BYTES = 4 * MiB

# Routes that take an upload, and how large their body may be; every other route takes
# MAX_BODY_BYTES.
LARGE_BODIES: tuple[tuple[re.Pattern, int], ...] = (
    (re.compile(r"(?:/api(?:/v1)?)?/import(?:/[a-z]+)?"), MAX_IMPORT_BYTES + FORM_OVERHEAD),
    (re.compile(r"/outcomes/\d+/steps"), MAX_DOCUMENT_BYTES + FORM_OVERHEAD),
)


class TooLarge(GyoryuError):
    """An upload over its limit (answered 413)."""

    status = 413


def body_limit(path: str) -> int:
    """How many bytes a request to `path` may send."""
    for pattern, limit in LARGE_BODIES:
        if pattern.fullmatch(path):
            return limit
    return MAX_BODY_BYTES


def megabytes(size: int) -> str:
    return f"{size / MiB:.1f} MB"


def check_size(name: str, size: int, limit: int) -> None:
    if size > limit:
        raise TooLarge("E310", file=name, size=megabytes(size), limit=megabytes(limit))


def check_zip(name: str, content: bytes | BinaryIO, *, max_unpacked: int = MAX_UNPACKED_BYTES,
              max_ratio: int = MAX_PACK_RATIO, max_members: int = MAX_ZIP_MEMBERS
              ) -> list[zipfile.ZipInfo]:
    """Refuse a zip (XLSX, DOCX, a backup) that would unpack to too much, judged from its central
    directory alone: nothing is decompressed here. (Python's zipfile stops a member at its
    declared size, so a directory that understates a member cannot make it unpack more.)
    Returns the members as the directory lists them."""
    try:
        source = io.BytesIO(content) if isinstance(content, bytes) else content
        with zipfile.ZipFile(source) as z:
            members = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise GyoryuError("E301", file=name, reason=str(exc) or type(exc).__name__) from exc
    unpacked = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members)
    if (len(members) > max_members or unpacked > max_unpacked
            or (unpacked > RATIO_FLOOR and unpacked > max_ratio * max(packed, 1))):
        raise TooLarge("E309", file=name, size=megabytes(unpacked),
                       limit=megabytes(max_unpacked), ratio=max_ratio)
    return members


def _text(cell) -> str:
    """A cell as the person typed it: a spreadsheet keeps 5 as 5.0, which no one wrote."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def bounded_rows(name: str, rows: Iterable[Iterable]) -> Iterator[list[str]]:
    """The table's rows as text, refusing the first row, column or cell over the limits
    (rows are counted as the spreadsheet numbers them: the header is row 1)."""
    for number, row in enumerate(rows, start=1):
        if number > MAX_ROWS:
            raise TooLarge("E307", file=name, limit=MAX_ROWS - 1)
        cells = [_text(c) for c in row]
        if len(cells) > MAX_COLUMNS:
            if any(c.strip() for c in cells[MAX_COLUMNS:]):
                raise TooLarge("E311", file=name, row=number, limit=MAX_COLUMNS)
            cells = cells[:MAX_COLUMNS]
        for col, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL_CHARS:
                raise TooLarge("E308", file=name, row=number, column=col, length=len(cell),
                               limit=MAX_CELL_CHARS)
        yield cells
