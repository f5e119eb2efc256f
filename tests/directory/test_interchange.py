"""Import is all-or-nothing with row-and-column errors; export round-trips. Both backends."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select
from typer.testing import CliRunner

from gyoryu.directory.interchange import (
    ImportFailed,
    export_orgs,
    import_rows,
    read_table,
)
from gyoryu.directory.models import Organization, OrgName

GOOD = """name_ko,name_zh,name_en,country,kind,city,sectors,website,founded
교류테스트로보틱스,交流测试机器人,Gyoryu Test Robotics,KR,company,kr-seongnam,robotics; physical_ai,https://example.org,2021
교류테스트데이터,,Gyoryu Test Data,KR,company,,ai_data,,2019
"""
BAD_ROW = GOOD + "교류테스트클라우드,,Gyoryu Test Cloud,Korea,company,,ai_cloud,,20x9\n"


def write(tmp_path: Path, text: str, name="orgs.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def counts(db):
    return (db.scalar(select(func.count(Organization.id))), db.scalar(select(func.count(OrgName.id))))


def test_good_file_imports_every_row(db, tmp_path):
    before = counts(db)
    path = write(tmp_path, GOOD)
    report = import_rows(db, read_table(path), file=path.name)
    assert (report.created, report.updated, report.problems) == (2, 0, [])
    assert counts(db)[0] == before[0] + 2
    org = db.scalar(select(Organization).join(OrgName).where(OrgName.name == "Gyoryu Test Robotics"))
    assert sorted(s.key for s in org.sectors) == ["physical_ai", "robotics"]
    assert org.city.key == "kr-seongnam"
    assert org.primary_names() == {"ko": "교류테스트로보틱스", "zh-Hans": "交流测试机器人",
                                   "en": "Gyoryu Test Robotics"}


def test_bad_row_names_row_and_column_and_writes_nothing(db, tmp_path):
    before = counts(db)
    path = write(tmp_path, BAD_ROW)
    with pytest.raises(ImportFailed) as failed:
        import_rows(db, read_table(path), file=path.name)
    problems = {(p.row, p.column, p.code) for p in failed.value.report.problems}
    assert problems == {(4, "country", "E203"), (4, "founded", "E207")}
    db.rollback()
    assert counts(db) == before


def test_duplicate_of_existing_name_is_reported_not_created(db, tmp_path):
    path = write(tmp_path, "name_ko,name_en,country,kind,sectors\n텐센트,Tencent Korea Test,CN,company,llm\n")
    with pytest.raises(ImportFailed) as failed:
        import_rows(db, read_table(path), file=path.name)
    report = failed.value.report
    assert [(d["row"], d["name"]) for d in report.duplicates] == [(2, "텐센트")]
    assert [(p.row, p.code) for p in report.problems] == [(2, "E210")]
    skipped = import_rows(db, read_table(path), file=path.name, on_duplicate="skip")
    assert (skipped.created, skipped.skipped) == (0, 1)


def test_korean_headers_and_xlsx(db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["기업명", "영문명", "국가", "유형", "분야"])
    wb.active.append(["교류엑셀테스트", "Gyoryu Excel Test", "KR", "company", "llm"])
    path = tmp_path / "orgs.xlsx"
    wb.save(path)
    report = import_rows(db, read_table(path), file=path.name)
    assert report.created == 1


def test_unknown_sector_and_place_are_row_located(db, tmp_path):
    path = write(tmp_path, "name_en,country,kind,city,sectors\nGyoryu X,KR,company,Atlantis,quantum_baking\n")
    with pytest.raises(ImportFailed) as failed:
        import_rows(db, read_table(path), file=path.name)
    assert {(p.row, p.column, p.code) for p in failed.value.report.problems} == {
        (2, "city", "E205"), (2, "sectors", "E204")}


def test_export_formats_cover_every_organisation(db, tmp_path):
    total = db.scalar(select(func.count(Organization.id)))
    import json

    records = json.loads(export_orgs(db, "json"))
    assert len(records) == total
    path = tmp_path / "all.xlsx"
    path.write_bytes(export_orgs(db, "xlsx"))
    assert load_workbook(path).active.max_row == total + 1
    csv_path = tmp_path / "all.csv"
    csv_path.write_bytes(export_orgs(db, "csv"))
    assert len(read_table(csv_path)) == total


def test_cli_import_bad_file_exits_nonzero_and_leaves_database_unchanged(engine, database_url, tmp_path, monkeypatch):
    """The real command, against the real database (committed state), on both backends."""
    from gyoryu import db as dbmod
    from gyoryu.cli import app

    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    from gyoryu.config import get_settings

    get_settings.cache_clear()
    with engine.connect() as conn:
        before = conn.execute(select(func.count(OrgName.id))).scalar()
    path = write(tmp_path, BAD_ROW)
    result = CliRunner().invoke(app, ["import", str(path)])
    assert result.exit_code == 1
    assert "row 4, column country" in result.output
    assert "row 4, column founded" in result.output
    with engine.connect() as conn:
        assert conn.execute(select(func.count(OrgName.id))).scalar() == before
    dry = CliRunner().invoke(app, ["import", str(write(tmp_path, GOOD, "good.csv")), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "would import 2 new" in dry.output
    with engine.connect() as conn:
        assert conn.execute(select(func.count(OrgName.id))).scalar() == before
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
