"""CSV / XLSX import and CSV / XLSX / JSON export of organisations, in one column layout.

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
from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu import uploads
from gyoryu.directory.models import Organization
from gyoryu.directory.normalize import name_key
from gyoryu.directory.schemas import AliasIn, OrgIn
from gyoryu.directory.service import (
    all_sectors,
    apply_org,
    find_place,
    name_owners,
    org_by_key,
)
from gyoryu.errors import MESSAGES, GyoryuError, InvalidValue
from gyoryu.i18n import Translator
from gyoryu.tabular import csv_bytes, csv_unescape, xlsx_bytes

COLUMNS = [
    "key", "kind", "country", "city", "district", "clusters", "parent", "sectors",
    "name_ko", "name_zh", "name_zh_hant", "name_en", "name_ja", "aliases",
    "website", "founded", "size", "description_ko", "description_zh", "description_en", "source",
]
NAME_COLUMNS = {"name_ko": "ko", "name_zh": "zh-Hans", "name_zh_hant": "zh-Hant",
                "name_en": "en", "name_ja": "ja"}
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
}
LIST_SEP = ";"
ON_DUPLICATE = ("error", "skip", "update")
FIELD_COLUMN = {"names": "name_*", "description": "description_*"}


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
def _canonical(header: str) -> str | None:
    h = header.strip().lower().replace(" ", "_")
    if h in COLUMNS:
        return h
    return SYNONYMS.get(header.strip().lower()) or SYNONYMS.get(header.strip())


def read_table(path: Path, content: bytes | None = None, *, canonical=None,
               name_columns=NAME_COLUMNS) -> list[dict[str, str]]:
    """Rows as {canonical column: text}; unknown headers raise E304 naming the column. A file
    over the upload limits (`gyoryu.uploads`) is refused before or while it is read. Other
    imports (the catalogue) read through here with their own columns (`canonical` maps a header
    to a column or None; a table needs one of `name_columns`)."""
    canonical = canonical or _canonical
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
    for cells in table[1:]:
        if not any(c.strip() for c in cells):
            rows.append({})
            continue
        rows.append({h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header) if h})
    return rows


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace("|", LIST_SEP).split(LIST_SEP) if v.strip()]


def _alias(text: str) -> AliasIn:
    """'Tencent Holdings [en]' or 'Tencent Holdings [en, legal]' or a bare name."""
    name, _, tail = text.partition("[")
    parts = [p.strip() for p in tail.rstrip("]").split(",") if p.strip()]
    fields = {"name": name.strip()}
    if parts:
        fields["lang"] = {"zh": "zh-Hans"}.get(parts[0], parts[0])
    if len(parts) > 1:
        fields["type"] = parts[1]
    return AliasIn(**fields)


def row_to_input(row: dict[str, str]) -> dict:
    return {
        "key": row.get("key") or None,
        "kind": row.get("kind") or "company",
        "country": row.get("country", ""),
        "city": row.get("city") or None,
        "district": row.get("district") or None,
        "clusters": _split(row.get("clusters", "")),
        "parent": row.get("parent") or None,
        "sectors": _split(row.get("sectors", "")),
        "names": {lang: row.get(col, "") for col, lang in NAME_COLUMNS.items() if row.get(col)},
        "aliases": [_alias(a) for a in _split(row.get("aliases", ""))],
        "website": row.get("website") or None,
        "founded": row.get("founded") or None,
        "size": row.get("size") or None,
        "description": {lang: row[f"description_{lang}"] for lang in ("ko", "zh", "en")
                        if row.get(f"description_{lang}")},
        "source": row.get("source") or None,
    }


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


def check_rows(db: Session, rows: list[dict[str, str]]) -> tuple[list[tuple[int, OrgIn]], list[Problem], list[dict]]:
    """Validate every row against the schema, the database and the other rows."""
    sector_keys = {s.key for s in all_sectors(db=db)}
    file_keys = {r.get("key") for r in rows if r.get("key")}
    good, problems, duplicates = [], [], []
    seen_names: dict[str, tuple[int, str]] = {}
    seen_keys: dict[str, int] = {}
    for i, row in enumerate(rows, start=2):
        if not row:
            continue
        try:
            data = OrgIn.model_validate(row_to_input(row))
        except ValidationError as exc:
            problems.extend(validation_problems(i, exc))
            continue
        row_problems = []
        if data.key in seen_keys:
            row_problems.append(Problem(i, "key", "E313", {"row": i, "key": data.key,
                                                          "other": seen_keys[data.key]}))
        elif data.key:
            seen_keys[data.key] = i
        for s in data.sectors:
            if s not in sector_keys:
                row_problems.append(Problem(i, "sectors", "E204", {"value": s}))
        for col in ("city", "district"):
            value = getattr(data, col)
            if value and find_place(db=db, text=value) is None:
                row_problems.append(Problem(i, col, "E205", {"value": value}))
        for c in data.clusters:
            if find_place(db=db, text=c) is None:
                row_problems.append(Problem(i, "clusters", "E205", {"value": c}))
        if data.parent and data.parent not in file_keys and org_by_key(db=db, key=data.parent) is None:
            row_problems.append(Problem(i, "parent", "E211", {"value": data.parent}))
        for lang, name in data.names.items():
            col = next(c for c, lg in NAME_COLUMNS.items() if lg == lang)
            k = name_key(name)
            if k in seen_names and seen_names[k][0] != i:  # zh-Hans and zh-Hant may fold alike
                other_row, _ = seen_names[k]
                row_problems.append(Problem(i, col, "E305", {"row": i, "name": name, "other": other_row}))
            seen_names[k] = (i, name)
        existing = org_by_key(db=db, key=data.key) if data.key else None
        for name, owner in name_owners(db=db, names=data.names.values()).items():
            if existing is None or owner.id != existing.id:
                duplicates.append({"row": i, "name": name, "id": owner.id,
                                   "existing": owner.display_name("en")})
        problems.extend(row_problems)
        if not row_problems:
            good.append((i, data))
    return good, problems, duplicates


def import_rows(
    db: Session, rows: list[dict[str, str]], *, file: str, on_duplicate: str = "error"
) -> ImportReport:
    """Import checked rows; raises ImportFailed (having written nothing) on any problem.

    on_duplicate: 'error' reports rows whose names already exist as problems, 'skip' leaves
    them out, 'update' writes the row onto the existing organisation.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise GyoryuError("E314", value=str(on_duplicate)[:40], allowed=", ".join(ON_DUPLICATE))
    report = ImportReport(file=file, rows=sum(1 for r in rows if r))
    good, report.problems, report.duplicates = check_rows(db, rows)
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
            if data.parent and org_by_key(db=db, key=data.parent) is None:
                later.append((rownum, data))
                continue
            if rownum in dup_rows:
                if on_duplicate == "skip":
                    report.skipped += 1
                    continue
                org = db.get(Organization, dup_rows[rownum]["id"])
                report.updated += 1
            else:
                org = (org_by_key(db=db, key=data.key) if data.key else None) or Organization()
                if org.id:
                    report.updated += 1
                else:
                    report.created += 1
            try:
                apply_org(db=db, org=org, data=data)
            except InvalidValue as exc:
                report.problems.append(Problem(rownum, "?", exc.code, exc.params))
        if len(later) == len(pending):
            for rownum, data in later:
                report.problems.append(Problem(rownum, "parent", "E211",
                                               {"value": data.parent}))
            break
        pending = later
    if report.problems:
        raise ImportFailed(report)
    return report


# -- export ----------------------------------------------------------------------------------
def org_row(org: Organization) -> dict[str, str]:
    names = org.primary_names()
    aliases = [f"{n.name} [{n.lang}, {n.kind}]" for n in org.aliases()]
    desc = org.description or {}
    return {
        "key": org.key or "", "kind": org.kind, "country": org.country,
        "city": org.city.key if org.city else "",
        "district": org.district.key if org.district else "",
        "clusters": "; ".join(c.key for c in org.clusters),
        "parent": org.parent.key if org.parent and org.parent.key else "",
        "sectors": "; ".join(s.key for s in org.sectors),
        **{col: names.get(lang, "") for col, lang in NAME_COLUMNS.items()},
        "aliases": "; ".join(aliases),
        "website": org.website or "", "founded": str(org.founded or ""), "size": org.size or "",
        **{f"description_{lang}": desc.get(lang, "") for lang in ("ko", "zh", "en")},
        "source": org.source or "",
    }


def org_record(org: Organization) -> dict:
    row = org_row(org)
    return {
        "id": org.id, "key": org.key, "kind": org.kind, "country": org.country,
        "city": row["city"] or None, "clusters": [c.key for c in org.clusters],
        "parent": row["parent"] or None, "sectors": [s.key for s in org.sectors],
        "names": org.primary_names(),
        "aliases": [{"name": n.name, "lang": n.lang, "type": n.kind} for n in org.aliases()],
        "website": org.website, "founded": org.founded, "size": org.size,
        "description": org.description or {}, "source": org.source,
    }


def export_orgs(db: Session, fmt: str, *, ids: list[int] | None = None) -> bytes:
    """Every organisation, or those of `ids`, as json, csv or xlsx."""
    query = select(Organization).order_by(Organization.id)
    if ids is not None:
        query = query.where(Organization.id.in_(ids))
    orgs = db.scalars(query).all()
    if fmt == "json":
        return json.dumps([org_record(o) for o in orgs], ensure_ascii=False, indent=1).encode()
    rows = ([r[c] for c in COLUMNS] for r in map(org_row, orgs))
    if fmt == "csv":
        return csv_bytes(COLUMNS, rows)
    if fmt == "xlsx":
        return xlsx_bytes({"organizations": (COLUMNS, rows)})
    raise GyoryuError("E306", value=fmt)
