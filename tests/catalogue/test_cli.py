"""The scripts' contract through the real CLI, on each backend's session database (committed,
and removed afterwards): `gyoryu catalogue import FILE.xlsx [--dry-run]`, `gyoryu catalogue
search QUERY --json`, and an inquiry answered from the shell (`--as`)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import delete, func, select

from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User
from gyoryu.accounts.service import add_user
from gyoryu.catalogue.models import Product
from gyoryu.db import make_engine, transaction
from gyoryu.directory.service import org_by_key
from gyoryu.mail.models import OutboxMessage
from tests.conftest import cli_answer

KEYS = ("cli-r1", "cli-g1")
EMAILS = ("cli-seller@catalogue.example", "cli-buyer@catalogue.example")


@pytest.fixture
def gyoryu(cli):
    return lambda *args, code=0: cli_answer(cli(*args, code=code), args)


@pytest.fixture
def committed(engine, database_url):
    with transaction(engine) as db:
        for email, key in zip(EMAILS, ("aeirobot", "xiaomi"), strict=True):
            add_user(db=db, email=email, password="correct horse", role=Role.member,
                     organization_id=org_by_key(db=db, key=key).id)
    yield
    with transaction(make_engine(database_url)) as db:
        db.execute(delete(Product).where(Product.key.in_(KEYS)))
        db.execute(delete(OutboxMessage).where(OutboxMessage.recipient.in_(EMAILS)))
        db.execute(delete(User).where(User.email.in_(EMAILS)))


def sheet(path, rows):
    wb = Workbook()
    wb.active.append(["key", "organization", "category", "name_ko", "name_zh", "name_en", "price_min",
                      "currency", "certifications"])
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Product)).scalar()


def test_the_scripts_contract(gyoryu, committed, engine, tmp_path):
    good = sheet(tmp_path / "products.xlsx", [
        ["cli-r1", "aeirobot", "robot", "로봇청소기 CLI", "扫地机器人 CLI", "CLI robot vacuum", 390000, "KRW", "KC"],
        ["cli-g1", "aeirobot", "robot", "안내로봇 CLI", "导览机器人 CLI", "", "", "", "CE"],
    ])
    bad = sheet(tmp_path / "bad.xlsx", [
        ["cli-r1", "aeirobot", "robot", "로봇청소기 CLI", "", "", 390000, "KRW", "KC"],
        ["cli-g1", "aeirobot", "vacuum", "안내로봇 CLI", "", "", 100, "", "XX"],
    ])
    before = count(engine)
    out = gyoryu("catalogue", "import", bad, code=1)
    assert "row 3, column category: Unknown category 'vacuum'" in out
    assert "row 3, column certifications: Unknown certification 'XX'" in out
    assert "nothing imported" in out and count(engine) == before
    assert "would import 2 new, 0 updated of 2 rows" in gyoryu("catalogue", "import", good, "--dry-run")
    assert count(engine) == before
    assert "imported 2 new, 0 updated of 2 rows" in gyoryu("catalogue", "import", good)
    assert count(engine) == before + 2

    for query in ("로봇청소기", "扫地机器人", "掃地機器人"):
        found = gyoryu("catalogue", "search", query, "--json")
        assert set(found) == {"items", "total"} and found["total"] >= 1
        first = found["items"][0]
        assert set(first) == {"id", "names", "organization", "category"}
        assert (first["names"]["ko"], first["names"]["zh"], first["organization"], first["category"]) == (
            "로봇청소기 CLI", "扫地机器人 CLI", "aeirobot", "robot")
    assert gyoryu("catalogue", "search", "없는제품이름", "--json") == {"items": [], "total": 0}

    product = found["items"][0]["id"]
    sent = gyoryu("catalogue", "inquire", product, "--as", EMAILS[1], "-m", "报价？", "--quantity", "10",
                  "--lang", "zh", "--json")
    assert (sent["seller"], sent["buyer_organization"], sent["quantity"]) == ("aeirobot", "xiaomi", 10)
    refused = gyoryu("catalogue", "answer", sent["id"], "--as", "nobody@example.org", "-m", "x", code=2)
    assert "permission" in refused
    answer = gyoryu("catalogue", "answer", sent["id"], "--as", EMAILS[0], "-m", "가능합니다", "--json")
    assert (answer["side"], answer["language"]) == ("seller", "ko")
    [mine] = gyoryu("catalogue", "inquiries", "--as", EMAILS[0], "--json")["received"]
    assert (mine["id"], mine["status"]) == (sent["id"], "answered")
