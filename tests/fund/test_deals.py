"""Deals: created with their source checked, moved through the pipeline as a history, amounts
kept in their own currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from gyoryu.errors import GyoryuError
from gyoryu.fund import service
from gyoryu.fund.enums import DealStage
from gyoryu.fund.schemas import DealIn
from gyoryu.programs.schemas import ProgramIn
from gyoryu.programs.service import create_program


def test_a_deal_moves_forward_and_keeps_every_step(db, fund_user, make_deal):
    deal = make_deal(amount="5,000,000", currency="usd")
    assert (deal.stage, deal.amount, deal.currency) == ("sourced", Decimal("5000000.00"), "USD")
    for stage in ("screening", "due_diligence", "committee", "invested"):
        service.move_deal(db=db, actor=fund_user, deal=deal, stage=stage, note=f"to {stage}")
    assert [(h.from_stage, h.to_stage) for h in deal.history] == [
        (None, "sourced"), ("sourced", "screening"), ("screening", "due_diligence"),
        ("due_diligence", "committee"), ("committee", "invested")]
    assert all(h.user_id == fund_user.id for h in deal.history)
    with pytest.raises(GyoryuError) as exc:
        service.move_deal(db=db, actor=fund_user, deal=deal, stage="passed")
    assert exc.value.code == "E907"


def test_a_deal_cannot_go_back_but_can_be_passed_from_any_open_stage(db, fund_user, make_deal):
    deal = make_deal()
    service.move_deal(db=db, actor=fund_user, deal=deal, stage="due_diligence")
    with pytest.raises(GyoryuError) as exc:
        service.move_deal(db=db, actor=fund_user, deal=deal, stage="screening")
    assert exc.value.code == "E907"
    service.move_deal(db=db, actor=fund_user, deal=deal, stage="passed")
    assert deal.stage == DealStage.passed
    # a passed company can come back as a new deal; an open one cannot be doubled
    again = make_deal()
    with pytest.raises(GyoryuError) as exc:
        make_deal()
    assert exc.value.code == "E915" and again.id != deal.id


@pytest.mark.parametrize(("fields", "code"), [
    ({"amount": "100"}, "E903"),
    ({"currency": "KRW"}, "E903"),
    ({"amount": "-5", "currency": "KRW"}, "E904"),
    ({"amount": "abc", "currency": "KRW"}, "E904"),
    ({"amount": "10", "currency": "XYZ"}, "E902"),
    ({"round": "series_z"}, "E506"),
    ({"source": "rumour"}, "E506"),
])
def test_bad_deal_fields_are_named(fields, code):
    data = dict(organization="aiworks", round="seed", source="referral", source_ref="Kim")
    data.update(fields)
    with pytest.raises(ValueError) as exc:
        DealIn(**data)
    assert exc.value.errors()[0]["ctx"]["error"].code == code


@pytest.mark.parametrize(("source", "ref"), [("news", "999999"), ("news", "abc"), ("meeting", "999999"),
                                             ("program", "no-such-program")])
def test_a_source_must_exist(make_deal, source, ref):
    with pytest.raises(GyoryuError) as exc:
        make_deal(source=source, source_ref=ref)
    assert exc.value.code == "E905"


def test_a_referral_names_who_referred_it(make_deal):
    with pytest.raises(GyoryuError) as exc:
        make_deal(source_ref="  ")
    assert exc.value.code == "E906"


def test_a_deal_from_a_program_names_the_program(db, make_deal):
    program = create_program(db=db, data=ProgramIn(
        kind="delegation", title={"en": "Pangyo delegation"}, starts_on=date(2026, 5, 12),
        ends_on=date(2026, 5, 13), cities=["cn-beijing"]))
    deal = make_deal(source="program", source_ref=str(program.id))
    assert deal.source_ref == str(program.id)


def test_the_portfolio_sums_each_currency_on_its_own(db, fund_user, make_deal):
    a = make_deal("aiworks", amount="1000000", currency="KRW")
    b = make_deal("hancom", amount="250000", currency="USD")
    c = make_deal("nhn", amount="500000", currency="KRW")
    open_one = make_deal("megazone-cloud", amount="9", currency="CNY")
    for deal in (a, b, c):
        service.move_deal(db=db, actor=fund_user, deal=deal, stage="invested")
    found = service.portfolio(db=db, actor=fund_user)
    assert {d.id for d in found["invested"]} == {a.id, b.id, c.id}
    assert found["totals"] == {"KRW": Decimal("1500000.00"), "USD": Decimal("250000.00")}
    assert dict(found["stages"])["sourced"] >= 1 and open_one.stage == "sourced"
