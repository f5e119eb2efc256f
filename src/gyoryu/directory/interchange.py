"""CSV / XLSX import and CSV / XLSX / JSON export of directory records, one mechanism for every
kind (organisations, people, places, clusters: `gyoryu.directory.kinds`).

Organisers keep their lists in Excel, often with Korean or Chinese headers, so headers are
matched by synonym. An import checks every row before writing any: the report names each
problem by row and column, and a real import with any problem writes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from pydantic import ValidationError
from sqlalchemy.orm import Session

from gyoryu import uploads
from gyoryu.directory import cells
from gyoryu.directory.kinds import (
    KINDS,
    NAME_COLUMNS,
    ORGANIZATIONS,
    Kind,
    Seen,
    org_record,
    org_row,
)
from gyoryu.directory.kinds import org_input as row_to_input
from gyoryu.directory.normalize import name_key
from gyoryu.directory.schemas import AliasIn
from gyoryu.directory.service import name_owners
from gyoryu.errors import MESSAGES, GyoryuError, InvalidValue
from gyoryu.i18n import Translator
from gyoryu.tabular import csv_bytes, csv_unescape, xlsx_bytes

__all__ = ["COLUMNS", "KINDS", "MEDIA_TYPES", "NAME_COLUMNS", "ImportFailed", "ImportReport", "Problem", "export",
           "export_orgs", "import_rows", "kind_named", "org_record", "org_row", "read_table",
           "row_to_input", "validation_problems"]

COLUMNS = ORGANIZATIONS.columns
SYNONYMS = {
    "기업명": "name_ko", "회사명": "name_ko", "기관명": "name_ko", "국문명": "name_ko",
    "영문명": "name_en", "중문명": "name_zh", "번체명": "name_zh_hant", "국가": "country",
    "도시": "city", "지역": "city", "유형": "kind", "분야": "sectors", "업종": "sectors",
    "홈페이지": "website", "웹사이트": "website", "설립연도": "founded", "규모": "size",
    "별칭": "aliases", "클러스터": "clusters", "출처": "source", "소개": "description_ko",
    "名称": "name_zh", "中文名": "name_zh", "英文名": "name_en", "韩文名": "name_ko",
    "国家": "country", "城市": "city", "类型": "kind", "行业": "sectors", "领域": "sectors",
    "网站": "website", "成立年份": "founded", "规模": "size", "别名": "aliases", "简介": "description_zh",
    "name": "name_en", "english name": "name_en", "korean name": "name_ko",
    "chinese name": "name_zh", "sector": "sectors", "type": "kind",
    "성명": "name_ko", "이름": "name_ko", "姓名": "name_zh", "소속": "affiliations", "所属": "affiliations",
    "상위": "parent", "上级": "parent",
}
ON_DUPLICATE = ("error", "skip", "update")
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
FIELD_COLUMN = {"names": "name_*", "description": "description_*"}


def kind_named(name: str) -> Kind:
    """A kind by its word (organizations, people, places, clusters); anything else is E226."""
    if name not in KINDS:
        raise GyoryuError("E226", value=str(name)[:40], allowed=", ".join(KINDS))
    return KINDS[name]


@dataclass
class Problem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    code: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(**self.params)

    def text(self, t: Translator | None = None) -> str:
        return t.gettext(MESSAGES[self.code], **self.params) if t else self.message

    def render(self, t: Translator | None = None) -> str:
        where = (t.gettext("row {row}, column {column}", row=self.row, column=self.column)
                 if t else f"row {self.row}, column {self.column}")
        return f"{where}: {self.text(t)}"


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return asdict(self) | {"ok": self.ok}


class ImportFailed(Exception):
    def __init__(self, report: ImportReport):
        self.report = report
        super().__init__(f"{len(report.problems)} problems in {report.file}")


# -- reading ---------------------------------------------------------------------------------
def canonical_of(columns: list[str]):
    """A header's column among `columns` (by name or synonym), or None."""

    def canonical(header: str) -> str | None:
        h = header.strip().lower().replace(" ", "_")
        if h in columns:
            return h
        found = SYNONYMS.get(header.strip().lower()) or SYNONYMS.get(header.strip())
        return found if found in columns else None

    return canonical


def read_table(path: Path, content: bytes | None = None, *, canonical=None,
               name_columns=NAME_COLUMNS, kind: Kind = ORGANIZATIONS) -> list[dict[str, str]]:
    """Rows as {canonical column: text}; unknown headers raise E304 naming the column. A file
    over the upload limits (`gyoryu.uploads`) is refused before or while it is read. A kind's
    columns come from `kind`; other imports (the catalogue) read through here with their own
    (`canonical` maps a header to a column or None; a table needs one of `name_columns`)."""
    canonical = canonical or canonical_of(kind.columns)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm"):
        raise GyoryuError("E303", file=path.name)
    try:
        uploads.check_size(path.name, len(content) if content is not None else path.stat().st_size,
                           uploads.MAX_IMPORT_BYTES)
        raw = content if content is not None else path.read_bytes()
        if suffix == ".csv":
            text = raw.decode("utf-8-sig")
            table = [[csv_unescape(c) for c in r] for r in uploads.bounded_rows(
                path.name, csv.reader(io.StringIO(text)))]
        else:
            uploads.check_zip(path.name, raw)
            wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                table = list(uploads.bounded_rows(path.name, wb.active.iter_rows(
                    max_col=uploads.MAX_COLUMNS + 1, values_only=True)))
            finally:
                wb.close()
    except GyoryuError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            SyntaxError, zipfile.BadZipFile, csv.Error) as exc:
        raise GyoryuError("E301", file=path.name, reason=str(exc) or type(exc).__name__) from exc
    if not table:
        raise GyoryuError("E302", file=path.name)
    header = [canonical(h) for h in table[0]]
    unknown = [table[0][i] for i, h in enumerate(header) if h is None and table[0][i].strip()]
    if unknown:
        raise GyoryuError("E304", column=unknown[0])
    if not any(h in name_columns for h in header):
        raise GyoryuError("E302", file=path.name)
    rows = []
    for line in table[1:]:
        if not any(c.strip() for c in line):
            rows.append({})
            continue
        rows.append({h: (line[i].strip() if i < len(line) else "") for i, h in enumerate(header) if h})
    return rows


def _alias(text: str) -> AliasIn:
    """'Tencent Holdings [en]' or 'Tencent Holdings [en, legal]' or a bare name (the catalogue's
    aliases are read the same way)."""
    name, attrs = cells.item(text)
    fields = {"name": name}
    if attrs:
        fields["lang"] = {"zh": "zh-Hans"}.get(attrs[0], attrs[0])
    if len(attrs) > 1:
        fields["type"] = attrs[1]
    return AliasIn(**fields)


# -- checking and writing --------------------------------------------------------------------
def validation_problems(rownum: int, exc: ValidationError) -> list[Problem]:
    out = []
    for err in exc.errors():
        field_name = str(err["loc"][0]) if err["loc"] else "?"
        column = FIELD_COLUMN.get(field_name, field_name)
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, GyoryuError):
            out.append(Problem(rownum, column, cause.code, cause.params))
        else:
            out.append(Problem(rownum, column, "E300", {"detail": err["msg"]}))
    return out


def _duplicates(db: Session, kind: Kind, rownum: int, data, existing) -> list[dict]:
    """Records already holding the row's names. For organisations any shared name is one (a
    name names one organisation); people and places share names (two 이남희, two Cambridges),
    so only a keyless row whose primary names are exactly another record's is taken for it."""
    owners = name_owners(db=db, names=data.names.values(), model=kind.model)
    out = []
    for name, owner in owners.items():
        if existing is not None and owner.id == existing.id:
            continue
        if not kind.unique_names and (data.key or owner.primary_names() != data.names):
            continue
        if any(d["id"] == owner.id for d in out):
            continue
        out.append({"row": rownum, "name": name, "id": owner.id, "existing": owner.display_name("en")})
    return out


def check_rows(db: Session, rows: list[dict[str, str]], kind: Kind = ORGANIZATIONS
               ) -> tuple[list[tuple[int, object]], list[Problem], list[dict]]:
    """Validate every row against the schema, the database and the other rows."""
    seen = Seen(file_keys={r.get("key") for r in rows if r.get("key")})
    good, problems, duplicates = [], [], []
    seen_names: dict[str, tuple[int, str]] = {}
    seen_keys: dict[str, int] = {}
    for i, row in enumerate(rows, start=2):
        if not row:
            continue
        try:
            data = kind.schema.model_validate(kind.to_input(row))
        except ValidationError as exc:
            problems.extend(validation_problems(i, exc))
            continue
        row_problems = []
        if data.key in seen_keys:
            row_problems.append(Problem(i, "key", "E313", {"row": i, "key": data.key,
                                                          "other": seen_keys[data.key]}))
        elif data.key:
            seen_keys[data.key] = i
        row_problems += [Problem(i, col, code, params) for col, code, params in kind.check(db, data, seen)]
        for lang, name in data.names.items() if kind.unique_names else ():
            col = next(c for c, lg in NAME_COLUMNS.items() if lg == lang)
            k = name_key(name)
            if not k:  # a name of marks only ('=', '-') is compared with nothing, as in the service
                continue
            if k in seen_names and seen_names[k][0] != i:  # zh-Hans and zh-Hant may fold alike
                other_row, _ = seen_names[k]
                row_problems.append(Problem(i, col, "E305", {"row": i, "name": name, "other": other_row}))
            seen_names[k] = (i, name)
        existing = kind.by_key(db, data.key) if data.key else None
        duplicates += _duplicates(db, kind, i, data, existing)
        problems.extend(row_problems)
        if not row_problems:
            good.append((i, data))
    return good, problems, duplicates


def import_rows(
    db: Session, rows: list[dict[str, str]], *, file: str, on_duplicate: str = "error",
    kind: Kind = ORGANIZATIONS,
) -> ImportReport:
    """Import checked rows of `kind`; raises ImportFailed (having written nothing) on any problem.

    A row whose key exists updates that record. on_duplicate: 'error' reports rows whose names
    already exist (`_duplicates`) as problems, 'skip' leaves them out, 'update' writes the row
    onto the existing record.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise GyoryuError("E314", value=str(on_duplicate)[:40], allowed=", ".join(ON_DUPLICATE))
    report = ImportReport(file=file, rows=sum(1 for r in rows if r))
    good, report.problems, report.duplicates = check_rows(db, rows, kind)
    dup_rows = {d["row"]: d for d in report.duplicates}
    if on_duplicate == "error":
        for d in report.duplicates:
            report.problems.append(Problem(d["row"], "name_*", "E210",
                                           {"name": d["name"], "other": d["existing"], "id": d["id"]}))
    if report.problems:
        report.problems.sort(key=lambda p: (p.row, p.column))
        raise ImportFailed(report)
    pending = list(good)
    while pending:  # parents named in the same file go first
        later = []
        for rownum, data in pending:
            parent = kind.parent(data)
            if parent and kind.by_key(db, parent) is None:
                later.append((rownum, data))
                continue
            if rownum in dup_rows:
                if on_duplicate == "skip":
                    report.skipped += 1
                    continue
                entity = db.get(kind.model, dup_rows[rownum]["id"])
                report.updated += 1
            else:
                entity = (kind.by_key(db, data.key) if data.key else None) or kind.model()
                if entity.id:
                    report.updated += 1
                else:
                    report.created += 1
            try:
                kind.apply(db=db, entity=entity, data=data)
            except InvalidValue as exc:
                report.problems.append(Problem(rownum, "?", exc.code, exc.params))
        if len(later) == len(pending):
            for rownum, data in later:  # each waits for another: a cycle
                report.problems.append(Problem(rownum, "parent", "E225", {"value": kind.parent(data)}))
            break
        pending = later
    if report.problems:
        raise ImportFailed(report)
    return report


# -- export ----------------------------------------------------------------------------------
def export(db: Session, fmt: str, *, kind: Kind = ORGANIZATIONS, ids: list[int] | None = None) -> bytes:
    """Every record of `kind`, or those of `ids`, as json, csv or xlsx."""
    if fmt not in MEDIA_TYPES:
        raise GyoryuError("E306", value=fmt)
    query = kind.query()
    if ids is not None:
        query = query.where(kind.model.id.in_(ids))
    records = db.scalars(query).all()
    if fmt == "json":
        return json.dumps([kind.to_record(r) for r in records], ensure_ascii=False, indent=1).encode()
    rows = ([r[c] for c in kind.columns] for r in map(kind.to_row, records))
    if fmt == "csv":
        return csv_bytes(kind.columns, rows)
    return xlsx_bytes({kind.name: (kind.columns, rows)})


def export_orgs(db: Session, fmt: str, *, ids: list[int] | None = None) -> bytes:
    return export(db, fmt, kind=ORGANIZATIONS, ids=ids)
