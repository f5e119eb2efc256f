"""STAR discovery: companies suggested from funding news, from a rise in mentions and from
programs, each with a reason a person can read; addable as a deal with that source."""

from __future__ import annotations

from datetime import date, timedelta

from gyoryu.directory.service import org_by_key
from gyoryu.fund import discovery, service
from gyoryu.fund.schemas import DealIn
from gyoryu.i18n import Translator
from gyoryu.intel.models import Article, Event, EventParty, Mention
from gyoryu.programs.schemas import ProgramIn, RegistrationIn
from gyoryu.programs.service import create_program, register_participant, set_status

TODAY = date(2026, 11, 20)


def _article(db, n, published, org_ids, *, event=None, title=None):
    article = Article(content_hash=f"star-{n}-{published}", language="en", published=published,
                      title=title or f"Article {n}", text="x" * 50)
    db.add(article)
    db.flush()
    for org_id in org_ids:
        db.add(Mention(article_id=article.id, kind="organization", start=0, end=1, text="x", org_id=org_id))
    if event:
        ev = Event(article_id=article.id, type=event, start=0, end=10)
        ev.parties = [EventParty(side="target", text="x", org_id=org_id) for org_id in org_ids]
        db.add(ev)
    db.flush()
    return article


def _by_key(found):
    return {c.organization.key: c for c in found}


def test_a_funding_round_in_recent_news_suggests_the_company(db, fund_user):
    aiworks, investor = org_by_key(db=db, key="aiworks"), org_by_key(db=db, key="hancom")
    fresh = _article(db, 1, TODAY - timedelta(days=10), [aiworks.id], event="investment",
                     title="AIWorks raises a Series A")
    _article(db, 2, TODAY - timedelta(days=400), [investor.id], event="investment")  # too old
    found = _by_key(discovery.candidates(db=db, actor=fund_user, today=TODAY))
    reason = found["aiworks"].reasons[0]
    assert (reason.code, reason.source, reason.ref) == ("funding", "news", str(fresh.id))
    assert discovery.explain(Translator("en"), reason) == (
        f"Funding round in the news: “AIWorks raises a Series A” ({fresh.published.isoformat()})")
    assert "hancom" not in found


def test_a_rise_in_mentions_is_told_with_its_numbers(db, fund_user):
    rising, steady = org_by_key(db=db, key="hypernology"), org_by_key(db=db, key="ndotlight")
    for i in range(4):  # 4 articles in the last 4 weeks, 1 in the 12 weeks before
        _article(db, 10 + i, TODAY - timedelta(days=3 + i * 5), [rising.id, steady.id] if i < 1 else [rising.id])
    _article(db, 20, TODAY - timedelta(weeks=8), [rising.id])
    for i in range(6):  # steady: 6 earlier articles, 1 recent
        _article(db, 30 + i, TODAY - timedelta(weeks=5 + i), [steady.id])
    found = _by_key(discovery.candidates(db=db, actor=fund_user, today=TODAY))
    assert "ndotlight" not in found
    reason = next(r for r in found["hypernology"].reasons if r.code == "mentions")
    assert reason.params == {"recent": 4, "weeks": 4, "before": 1, "before_weeks": 12}
    assert discovery.explain(Translator("en"), reason) == (
        "Named in 4 articles in the last 4 weeks, against 1 in the 12 weeks before")
    assert discovery.explain(Translator("ko"), reason) != discovery.explain(Translator("en"), reason)


def test_program_participants_are_suggested_until_they_have_a_deal(db, fund_user):
    program = create_program(db=db, data=ProgramIn(
        kind="delegation", title={"en": "Pangyo AI delegation", "ko": "판교 AI 대표단"},
        starts_on=date(2026, 5, 12), ends_on=date(2026, 5, 13), cities=["cn-beijing"]))
    org = org_by_key(db=db, key="aeirobot")
    gov = org_by_key(db=db, key="gyeonggi-province")
    for who, o in (("Lee", org), ("Choi", gov)):
        p = register_participant(db=db, program=program, data=RegistrationIn(
            name=who, email=f"{who}@ex.org", organization_id=o.id), force=True)
        set_status(db=db, participant=p, status="accepted")
    found = _by_key(discovery.candidates(db=db, actor=fund_user, today=TODAY))
    assert "gyeonggi-province" not in found  # a government is no startup
    best = found["aeirobot"].best
    assert (best.code, best.source, best.ref) == ("program", "program", str(program.id))
    assert discovery.explain(Translator("ko"), best).count("판교 AI 대표단") == 1

    service.create_deal(db=db, actor=fund_user, data=DealIn(
        organization=str(org.id), round="seed", source=best.source, source_ref=best.ref))
    assert "aeirobot" not in _by_key(discovery.candidates(db=db, actor=fund_user, today=TODAY))
