"""CSV / XLSX import and export of products, in one column layout, with the organisations'
rules: headers matched by synonym (Korean and Chinese too), every row checked before any is
written, each problem named by file, row and column, and nothing written when there is one.

A row updates the product with its key, or — without a key — the seller's product with one of
its names; otherwise it adds a product. Exports carry every key, so export → import changes
nothing, and every cell goes through `gyoryu.tabular` (a name such as `=HYPERLINK(…)` stays text).
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.accounts.rules import allowed
from gyoryu.catalogue.models import Product
from gyoryu.catalogue.schemas import ProductIn
from gyoryu.catalogue.service import apply_product, product_by_key
from gyoryu.directory import interchange as directory_interchange
from gyoryu.directory.interchange import ImportFailed, ImportReport, Problem, validation_problems
from gyoryu.directory.models import Organization
from gyoryu.directory.normalize import name_key
from gyoryu.directory.service import all_sectors, org_by_key
from gyoryu.errors import GyoryuError
from gyoryu.tabular import csv_bytes, xlsx_bytes

COLUMNS = [
    "key", "organization", "kind", "category", "sectors", "capabilities",
    "name_ko", "name_zh", "name_zh_hant", "name_en", "name_ja", "aliases",
    "description_ko", "description_zh", "description_en", "specs",
    "price_min", "price_max", "currency", "price_on_request", "min_order", "unit",
    "certifications", "exhibit",
]
NAME_COLUMNS = {"name_ko": "ko", "name_zh": "zh-Hans", "name_zh_hant": "zh-Hant",
                "name_en": "en", "name_ja": "ja"}
SYNONYMS = {
    "제품명": "name_ko", "상품명": "name_ko", "국문명": "name_ko", "영문명": "name_en",
    "중문명": "name_zh", "기업": "organization", "기업명": "organization", "회사": "organization",
    "판매사": "organization", "분류": "category", "카테고리": "category", "분야": "sectors",
    "역량": "capabilities", "별칭": "aliases", "소개": "description_ko", "설명": "description_ko",
    "사양": "specs", "최저가": "price_min", "최고가": "price_max", "통화": "currency",
    "가격문의": "price_on_request", "최소주문수량": "min_order", "최소주문": "min_order",
    "단위": "unit", "인증": "certifications", "전시": "exhibit", "유형": "kind",
    "产品名称": "name_zh", "产品名": "name_zh", "中文名": "name_zh", "韩文名": "name_ko",
    "英文名": "name_en", "企业": "organization", "公司": "organization", "类别": "category",
    "行业": "sectors", "领域": "sectors", "能力": "capabilities", "别名": "aliases",
    "简介": "description_zh", "描述": "description_zh", "规格": "specs", "最低价": "price_min",
    "最高价": "price_max", "币种": "currency", "价格面议": "price_on_request",
    "起订量": "min_order", "单位": "unit", "认证": "certifications", "展出": "exhibit",
    "类型": "kind",
    "product": "name_en", "name": "name_en", "company": "organization", "seller": "organization",
    "moq": "min_order", "minimum order": "min_order", "price from": "price_min",
    "price to": "price_max", "certification": "certifications", "sector": "sectors",
}
YES = {"yes", "y", "true", "1", "예", "네", "o", "是", "有"}
NO = {"no", "n", "false", "0", "아니오", "아니요", "x", "否", "无", ""}
LIST_SEP = ";"
# where an error of the whole row belongs
ROW_ERRORS = {"E804": "currency", "E1205": "price_min", "E1206": "price_on_request"}


# -- reading ---------------------------------------------------------------------------------
def _canonical(header: str) -> str | None:
    h = header.strip().lower().replace(" ", "_")
    if h in COLUMNS:
        return h
    return SYNONYMS.get(header.strip().lower()) or SYNONYMS.get(header.strip())


def read_table(path: Path, content: bytes | None = None) -> list[dict[str, str]]:
    """Rows as {canonical column: text}, read under the same upload limits and with the same
    errors (file, row, column) as the directory's import."""
    return directory_interchange.read_table(path, content, canonical=_canonical,
                                            name_columns=NAME_COLUMNS)


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").replace("|", LIST_SEP).split(LIST_SEP) if v.strip()]


def _specs(value: str) -> list[tuple[str, str]]:
    """'weight: 3.2 kg; battery: 5200 mAh' (a full-width colon too) as ordered pairs."""
    out = []
    for item in _split(value):
        name, sep, text = item.replace("：", ":").partition(":")
        out.append((name.strip(), text.strip()) if sep else (item, ""))
    return out


def _yes(value: str, column: str, problems: list, row: int) -> bool:
    text = (value or "").strip().lower()
    if text in YES:
        return True
    if text not in NO:
        problems.append(Problem(row, column, "E1220", {"value": value}))
    return False


def row_to_input(row: dict[str, str], rownum: int, problems: list[Problem]) -> dict:
    from gyoryu.directory.interchange import _alias

    return {
        "key": row.get("key") or None,
        "organization": row.get("organization", ""),
        "kind": row.get("kind") or "product",
        "category": row.get("category", ""),
        "sectors": _split(row.get("sectors", "")),
        "capabilities": _split(row.get("capabilities", "")),
        "names": {lang: row[col] for col, lang in NAME_COLUMNS.items() if row.get(col)},
        "aliases": [_alias(a) for a in _split(row.get("aliases", ""))],
        "description": {lang: row[f"description_{lang}"] for lang in ("ko", "zh", "en")
                        if row.get(f"description_{lang}")},
        "specs": _specs(row.get("specs", "")),
        "price_min": row.get("price_min") or None,
        "price_max": row.get("price_max") or None,
        "currency": row.get("currency") or None,
        "price_on_request": _yes(row.get("price_on_request", ""), "price_on_request", problems, rownum),
        "min_order": row.get("min_order") or None,
        "unit": row.get("unit", ""),
        "certifications": _split(row.get("certifications", "")),
        "exhibit": _yes(row.get("exhibit", ""), "exhibit", problems, rownum),
    }


# -- checking and writing --------------------------------------------------------------------
def _problems(rownum: int, exc: ValidationError) -> list[Problem]:
    out = []
    for p in validation_problems(rownum, exc):
        if p.column in ("?", "__root__", ""):
            p.column = ROW_ERRORS.get(p.code, "?")
        out.append(p)
    return out


def _existing(db: Session, data: ProductIn, org: Organization) -> Product | None:
    """The product a row rewrites: by key, else the seller's product with one of its names."""
    if data.key:
        return product_by_key(db=db, key=data.key)
    keys = {name_key(n) for n in data.names.values()}
    for product in db.scalars(select(Product).where(Product.organization_id == org.id)):
        if any(n.norm in keys for n in product.names if n.kind == "primary"):
            return product
    return None


def check_rows(db: Session, rows: list[dict[str, str]], *, actor
               ) -> tuple[list[tuple[int, ProductIn, Organization, Product | None]], list[Problem]]:
    """Validate every row against the schema, the database, the actor's rights and the other
    rows; return the rows ready to write and every problem."""
    sector_keys = {s.key for s in all_sectors(db=db)}
    good, problems = [], []
    seen_keys: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows, start=2):
        if not row:
            continue
        row_problems: list[Problem] = []
        try:
            data = ProductIn.model_validate(row_to_input(row, i, row_problems))
        except ValidationError as exc:
            problems.extend(row_problems + _problems(i, exc))
            continue
        org = org_by_key(db=db, key=data.organization) if data.organization else None
        if org is None and data.organization and data.organization.isdigit():
            org = db.get(Organization, int(data.organization))
        if org is None:
            row_problems.append(Problem(i, "organization", "E211", {"value": data.organization or ""}))
        elif not allowed("catalogue.edit", actor, org):
            row_problems.append(Problem(i, "organization", "E106"))
        for s in data.sectors:
            if s not in sector_keys:
                row_problems.append(Problem(i, "sectors", "E204", {"value": s}))
        if data.key:
            if data.key in seen_keys:
                row_problems.append(Problem(i, "key", "E1221", {"row": i, "key": data.key,
                                                                "other": seen_keys[data.key]}))
            seen_keys.setdefault(data.key, i)
            holder = product_by_key(db=db, key=data.key)
            if holder is not None and org is not None and holder.organization_id != org.id:
                row_problems.append(Problem(i, "key", "E1218", {"value": data.key, "id": holder.id}))
        for lang, name in data.names.items():
            col = next(c for c, lg in NAME_COLUMNS.items() if lg == lang)
            seen = (data.organization or "", name_key(name))
            if seen in seen_names and seen_names[seen] != i:
                row_problems.append(Problem(i, col, "E305", {"row": i, "name": name,
                                                             "other": seen_names[seen]}))
            seen_names.setdefault(seen, i)
        problems.extend(row_problems)
        if not row_problems:
            good.append((i, data, org, _existing(db, data, org)))
    return good, problems


def import_rows(db: Session, rows: list[dict[str, str]], *, file: str, actor) -> ImportReport:
    """Import checked rows as `actor`; raises ImportFailed (having written nothing) on any
    problem. The caller commits, or rolls back for a dry run."""
    report = ImportReport(file=file, rows=sum(1 for r in rows if r))
    good, report.problems = check_rows(db, rows, actor=actor)
    if report.problems:
        report.problems.sort(key=lambda p: (p.row, p.column))
        raise ImportFailed(report)
    for _row, data, org, existing in good:
        if existing is not None:
            report.updated += 1
        else:
            report.created += 1
        apply_product(db=db, product=existing or Product(), data=data, org=org)
    return report


# -- export ----------------------------------------------------------------------------------
def _amount(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == value.to_integral_value() else str(value)


def product_row(product: Product) -> dict[str, str]:
    names = product.primary_names()
    desc = product.description or {}
    org = product.organization
    return {
        "key": product.key or "", "organization": org.key or str(org.id), "kind": product.kind,
        "category": product.category, "sectors": "; ".join(s.key for s in product.sectors),
        "capabilities": "; ".join(product.capabilities or []),
        **{col: names.get(lang, "") for col, lang in NAME_COLUMNS.items()},
        "aliases": "; ".join(f"{n.name} [{n.lang}, {n.kind}]" for n in product.aliases()),
        **{f"description_{lang}": desc.get(lang, "") for lang in ("ko", "zh", "en")},
        "specs": "; ".join(f"{name}: {value}" for name, value in product.specs or []),
        "price_min": _amount(product.price_min), "price_max": _amount(product.price_max),
        "currency": product.currency or "", "price_on_request": "yes" if product.price_on_request else "no",
        "min_order": str(product.min_order or ""), "unit": product.unit or "",
        "certifications": "; ".join(product.certifications or []),
        "exhibit": "yes" if product.exhibit else "no",
    }


def export_products(db: Session, fmt: str, *, organization_id: int | None = None) -> bytes:
    """Every product (or one seller's) as csv, xlsx or json."""
    stmt = select(Product).order_by(Product.id)
    if organization_id is not None:
        stmt = stmt.where(Product.organization_id == organization_id)
    products = db.scalars(stmt).all()
    rows = [product_row(p) for p in products]
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1).encode()
    table = ([r[c] for c in COLUMNS] for r in rows)
    if fmt == "csv":
        return csv_bytes(COLUMNS, table)
    if fmt == "xlsx":
        return xlsx_bytes({"products": (COLUMNS, table)})
    raise GyoryuError("E306", value=fmt)
