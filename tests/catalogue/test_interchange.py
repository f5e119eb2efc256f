"""Products in and out of spreadsheets: an import with any problem writes nothing and names
each problem by row and column; a clean import, repeated, changes nothing; export → import is
the identity; Korean and Chinese headers are read; hostile cells stay text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from gyoryu.catalogue.interchange import (
    COLUMNS,
    export_products,
    import_rows,
    product_row,
    read_table,
)
from gyoryu.catalogue.models import Product
from gyoryu.catalogue.rules import SHELL
from gyoryu.catalogue.service import product_by_key, search_products
from gyoryu.directory.interchange import ImportFailed

HEADER = ["organization", "category", "name_ko", "name_zh", "name_en", "price_min", "price_max",
          "currency", "price_on_request", "min_order", "certifications", "specs", "exhibit", "key"]
GOOD = [
    ["aeirobot", "robot", "로봇청소기 R1", "扫地机器人 R1", "R1 robot vacuum", 390000, 450000, "KRW", "",
     100, "KC; CCC", "배터리: 5200 mAh; 흡입력：8000 Pa", "yes", "imp-r1"],
    ["aeirobot", "robot", "서빙로봇 S1", "送餐机器人 S1", "S1 serving robot", "", "", "", "yes",
     "", "KC", "", "no", "imp-s1"],
    ["xiaomi", "device", "스마트 스피커", "小爱音箱", "Smart speaker", 199, 199, "CNY", "no",
     1000, "CCC; FCC", "", "yes", ""],
]


def xlsx(header, rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def load(db, header, rows, actor=SHELL, name="products.xlsx"):
    return import_rows(db, read_table(Path(name), xlsx(header, rows)), file=name, actor=actor)


def count(db) -> int:
    return db.scalar(select(func.count()).select_from(Product))


def test_an_import_with_any_problem_writes_nothing_and_names_every_one(db):
    before = count(db)
    bad = [list(r) for r in GOOD] + [
        ["no-such-org", "robot", "유령", "", "", "", "", "", "", "", "", "", "", ""],
        ["aeirobot", "toaster", "토스터", "", "", 10, 5, "KRW", "", "0", "KCC", "weight", "maybe", ""],
        ["hancom", "software", "로봇청소기 R1", "", "", "", "", "", "", "", "", "", "", "imp-r1"],
    ]
    with pytest.raises(ImportFailed) as caught:
        load(db, HEADER, bad)
    problems = [(p.row, p.column, p.code) for p in caught.value.report.problems]
    assert problems == [
        (5, "organization", "E211"),
        (6, "category", "E1203"), (6, "certifications", "E1204"), (6, "exhibit", "E1220"),
        (6, "min_order", "E1207"), (6, "specs", "E1208"),
        (7, "key", "E1221"),  # the key of row 2 (a key held in the database: E1218)
    ]  # sorted by row, then column
    assert count(db) == before
    assert product_by_key(db=db, key="imp-r1") is None
    rendered = caught.value.report.problems[0].render()
    assert rendered.startswith("row 5, column organization: ") and "no-such-org" in rendered


def test_a_clean_import_repeated_changes_nothing(db):
    before = count(db)
    report = load(db, HEADER, GOOD)
    assert (report.created, report.updated, report.rows) == (3, 0, 3)
    assert count(db) == before + 3
    r1 = product_by_key(db=db, key="imp-r1")
    assert r1.specs == [["배터리", "5200 mAh"], ["흡입력", "8000 Pa"]] and r1.certifications == ["KC", "CCC"]
    assert (r1.min_order, int(r1.price_min), r1.exhibit) == (100, 390000, True)
    assert product_by_key(db=db, key="imp-s1").price_on_request
    found, _ = search_products(db=db, q="小爱音箱")
    assert [p.names[0].name for p in found][:1] == ["스마트 스피커"]
    again = load(db, HEADER, GOOD)
    assert (again.created, again.updated) == (0, 3) and count(db) == before + 3


def test_a_dry_run_is_the_same_check_rolled_back(db):
    before = count(db)
    nested = db.begin_nested()
    report = load(db, HEADER, GOOD)
    nested.rollback()
    assert report.ok and report.created == 3 and count(db) == before


def test_export_then_import_is_the_identity(db):
    load(db, HEADER, GOOD)
    exported = export_products(db, "xlsx")
    before = {p.id: product_row(p) for p in db.scalars(select(Product))}
    report = import_rows(db, read_table(Path("again.xlsx"), exported), file="again.xlsx", actor=SHELL)
    assert report.created == 0 and report.updated == len(before)
    db.expire_all()
    assert {p.id: product_row(p) for p in db.scalars(select(Product))} == before
    as_csv = export_products(db, "csv")
    report = import_rows(db, read_table(Path("again.csv"), as_csv), file="again.csv", actor=SHELL)
    assert report.created == 0


def test_korean_and_chinese_headers(db):
    korean = ["기업", "분류", "제품명", "中文名", "최저가", "최고가", "통화", "인증"]
    report = load(db, korean, [["aeirobot", "robot", "안내로봇 G1", "导览机器人 G1", 1, 2, "USD", "ce"]])
    assert report.created == 1
    chinese = ["企业", "类别", "产品名称", "价格面议", "起订量", "展出"]
    report = load(db, chinese, [["xiaomi", "device", "米家扫地机器人", "是", 50, "否"]])
    assert report.created == 1
    with pytest.raises(Exception) as unknown:
        read_table(Path("x.xlsx"), xlsx(["기업", "색깔", "제품명"], [["a", "b", "c"]]))
    assert "'색깔'" in str(unknown.value)


def test_a_member_imports_only_their_own_organisations_products(db, people):
    with pytest.raises(ImportFailed) as caught:
        load(db, HEADER, GOOD, actor=people["seller"])
    assert [(p.row, p.column, p.code) for p in caught.value.report.problems] == [(4, "organization", "E106")]
    report = load(db, HEADER, GOOD[:2], actor=people["seller"])
    assert report.created == 2


def test_hostile_cells_stay_text_in_every_export(db):
    hostile = ["aeirobot", "robot", "=HYPERLINK(\"http://evil\",\"click\")", "", "@SUM(A1)", "", "", "",
               "", "", "", "", "", "evil-1"]
    buf = io.StringIO()
    csv.writer(buf).writerows([HEADER, hostile])  # a hand-made CSV: the cells as typed
    import_rows(db, read_table(Path("hostile.csv"), buf.getvalue().encode()), file="hostile.csv",
                actor=SHELL)
    sheet = load_workbook(io.BytesIO(export_products(db, "xlsx"))).active
    header = [c.value for c in sheet[1]]
    assert header == COLUMNS
    rows = [r for r in sheet.iter_rows(min_row=2) if r[0].value == "evil-1"]
    cell = rows[0][COLUMNS.index("name_ko")]
    assert cell.data_type in ("s", "inlineStr") and cell.value.startswith("=HYPERLINK")  # text, no formula
    text = export_products(db, "csv").decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(text)) if r["key"] == "evil-1")
    assert row["name_ko"].startswith("'=HYPERLINK") and row["name_en"] == "'@SUM(A1)"
