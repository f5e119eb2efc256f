"""Deal data is confidential: nobody but the fund role and admins reads or changes a deal —
through the services, the JSON API, the pages or the command line (both databases)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select
from typer.testing import CliRunner

from gyoryu.accounts.enums import Role
from gyoryu.accounts.models import User
from gyoryu.errors import Forbidden
from gyoryu.fund import discovery, scoring, service
from gyoryu.fund.models import Deal
from gyoryu.fund.schemas import DealIn, ReviewIn
from tests.web.conftest import csrf_of, sign_in

OUTSIDERS = [None, Role.viewer, Role.member, Role.organiser]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_the_services_refuse_everyone_outside_the_fund(db, account, make_deal, role):
    deal = make_deal()
    who = None if role is None else account(role)
    calls = [
        lambda: service.list_deals(db=db, actor=who),
        lambda: service.get_deal(db=db, actor=who, deal_id=deal.id),
        lambda: service.create_deal(db=db, actor=who, data=DealIn(
            organization="hancom", round="seed", source="referral", source_ref="x")),
        lambda: service.move_deal(db=db, actor=who, deal=deal, stage="screening"),
        lambda: service.set_memo(db=db, actor=who, deal=deal, lang="en", text="x"),
        lambda: service.portfolio(db=db, actor=who),
        lambda: scoring.scorecard(db=db, actor=who, deal=deal),
        lambda: scoring.score_deal(db=db, actor=who, deal=deal, data=ReviewIn(scores={})),
        lambda: scoring.rubric(db=db, actor=who),
        lambda: discovery.candidates(db=db, actor=who),
    ]
    for call in calls:
        with pytest.raises(Forbidden):
            call()
    assert (deal.stage, deal.memo, len(deal.history)) == ("sourced", {}, 1)


@pytest.mark.parametrize("role", OUTSIDERS)
def test_the_api_and_pages_answer_403(client, db, make_user, make_deal, role):
    from gyoryu.directory.service import org_by_key

    deal = make_deal()
    db.commit()
    if role is not None:
        org = org_by_key(db=db, key="nhn") if role == Role.member else None
        sign_in(client, *make_user(role, org.id if org else None))
    token = csrf_of(client)
    headers = {"X-CSRF-Token": token}

    def refused(path: str) -> int:  # the API asks nobody to authenticate; anyone else is refused
        return 401 if role is None and path.startswith("/api/") else 403

    for path in ("/api/fund/deals", f"/api/fund/deals/{deal.id}", f"/api/fund/deals/{deal.id}/scorecard",
                 f"/api/fund/deals/{deal.id}/memo.pdf", "/api/fund/portfolio", "/api/fund/candidates",
                 "/api/fund/rubric", "/fund", f"/fund/deals/{deal.id}", f"/fund/deals/{deal.id}/memo.pdf",
                 "/fund/portfolio", "/fund/candidates", "/fund/rubric"):
        r = client.get(path)
        assert r.status_code == refused(path), path
        assert "Hancom" not in r.text and "aiworks" not in r.text.lower()
    writes = [
        client.post("/api/fund/deals", headers=headers, json={
            "organization": "hancom", "round": "seed", "source": "referral", "source_ref": "x"}),
        client.post(f"/api/fund/deals/{deal.id}/stage", headers=headers, json={"stage": "passed"}),
        client.put(f"/api/fund/deals/{deal.id}/memo", headers=headers, json={"lang": "en", "text": "x"}),
        client.post(f"/api/fund/deals/{deal.id}/review", headers=headers, json={"scores": {}}),
        client.post("/api/fund/rubric", headers=headers, json={"key": "k", "weight": 1}),
        client.post("/fund/deals", data={"csrf_token": token, "organization": "hancom", "round": "seed",
                                         "source": "referral", "source_ref": "x"}),
        client.post(f"/fund/deals/{deal.id}/stage", data={"csrf_token": token, "stage": "passed"}),
        client.post(f"/fund/deals/{deal.id}/memo", data={"csrf_token": token, "lang": "en", "text": "x"}),
    ]
    assert [r.status_code for r in writes] == [refused(str(r.url.path)) for r in writes]
    db.expire_all()
    assert db.scalars(select(Deal)).all() == [deal]
    assert (deal.stage, deal.memo) == ("sourced", {})


def test_the_fund_role_and_admins_get_in(client, db, make_user, make_deal):
    deal = make_deal()
    db.commit()
    for role in (Role.fund, Role.admin):
        client.cookies.clear()
        client.cookies.set("lang", "en")
        sign_in(client, *make_user(role))
        assert client.get(f"/api/fund/deals/{deal.id}").json()["organization"] == "aiworks"
        assert client.get("/fund").status_code == 200


@pytest.mark.parametrize("role", OUTSIDERS)
def test_the_command_line_refuses_everyone_outside_the_fund(engine, database_url, monkeypatch, role):
    from gyoryu import db as dbmod
    from gyoryu.accounts.service import add_user
    from gyoryu.config import get_settings
    from gyoryu.db import transaction
    from gyoryu.directory.service import org_by_key

    email = f"cli-{role or 'nobody'}@fund.example"
    if role is not None:
        with transaction(engine) as db:
            org = org_by_key(db=db, key="nhn")
            add_user(db=db, email=email, password="correct horse", role=role,
                     organization_id=org.id if role == Role.member else None)
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        for args in (["fund", "list", "--json"], ["fund", "portfolio", "--json"],
                     ["fund", "candidates", "--json"],
                     ["fund", "add", "--org", "hancom", "--round", "seed", "--source", "referral",
                      "--ref", "x", "--json"]):
            result = runner.invoke(app_cli(), [*args, "--as", email])
            assert result.exit_code == 2, (args, result.output)
            assert "permission" in result.output
        with transaction(engine) as db:
            assert db.scalars(select(Deal)).all() == []
    finally:
        with transaction(engine) as db:
            db.execute(delete(User).where(User.email == email))
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()


def test_the_command_line_works_for_the_fund(engine, database_url, monkeypatch):
    from gyoryu import db as dbmod
    from gyoryu.accounts.service import add_user
    from gyoryu.config import get_settings
    from gyoryu.db import transaction

    email = "cli-fund@fund.example"
    with transaction(engine) as db:
        add_user(db=db, email=email, password="correct horse", role=Role.fund)
    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        added = runner.invoke(app_cli(), ["fund", "add", "--org", "hancom", "--round", "series_a",
                                          "--source", "referral", "--ref", "Park", "--amount", "3000000",
                                          "--currency", "CNY", "--as", email, "--json"])
        assert added.exit_code == 0, added.output
        deal = json.loads(added.stdout)
        assert (deal["organization"], deal["amount"], deal["currency"], deal["stage"]) == (
            "hancom", "3000000.00", "CNY", "sourced")
        moved = runner.invoke(app_cli(), ["fund", "move", str(deal["id"]), "invested", "--as", email, "--json"])
        assert json.loads(moved.stdout)["stage"] == "invested"
        folio = json.loads(runner.invoke(app_cli(), ["fund", "portfolio", "--as", email, "--json"]).stdout)
        assert folio["totals"] == {"CNY": "3000000.00"}
        bad = runner.invoke(app_cli(), ["fund", "add", "--org", "nhn", "--round", "seed", "--source", "referral",
                                        "--ref", "x", "--amount", "5", "--currency", "ABC", "--as", email])
        assert bad.exit_code == 2 and "'ABC' is not a currency code" in bad.output
    finally:
        with transaction(engine) as db:
            db.execute(delete(Deal))
            db.execute(delete(User).where(User.email == email))
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()


def app_cli():
    from gyoryu.cli import app

    return app
