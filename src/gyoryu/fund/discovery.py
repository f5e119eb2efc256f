"""STAR discovery: companies the fund may want to look at, each with the reasons it is shown.

Three signals, all read from what the platform already holds:
- a funding round in the news: the company is a party of an investment event in an article of
  the last `window_days`;
- a rise in mentions: more articles naming it in the last `recent_weeks` than its earlier rate
  (the `before_weeks` before) predicts, by at least `factor` and `min_recent` articles;
- a program: someone from the company was accepted into a program.
Only companies (the directory's kind) without an open or invested deal are suggested."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.directory.enums import OrgKind
from gyoryu.directory.models import Organization
from gyoryu.fund.enums import DealSource, DealStage
from gyoryu.fund.models import Deal
from gyoryu.fund.rules import guard
from gyoryu.i18n import Translator
from gyoryu.intel.enums import EventType
from gyoryu.intel.models import Article, Event, EventParty, Mention
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant, Program


@dataclass
class Reason:
    code: str  # funding | mentions | program
    source: str  # the deal source it would be added with
    ref: str  # the article id or the program key/id
    params: dict = field(default_factory=dict)


@dataclass
class Candidate:
    organization: Organization
    reasons: list[Reason]

    @property
    def best(self) -> Reason:
        """The reason a deal added from this candidate names as its source."""
        order = {"funding": 0, "program": 1, "mentions": 2}
        return min(self.reasons, key=lambda r: order[r.code])


def explain(t: Translator, reason: Reason) -> str:
    p = reason.params
    if reason.code == "funding":
        return t.gettext("Funding round in the news: “{title}” ({date})", title=p["title"], date=p["date"])
    if reason.code == "mentions":
        return t.gettext("Named in {recent} articles in the last {weeks} weeks, against {before} in the "
                         "{before_weeks} weeks before", **p)
    title = p["title"].get(t.locale) or p["title"].get("en") or next(iter(p["title"].values()), "")
    return t.gettext("Took part in {program} ({year})", program=title, year=p["year"])


def _day(article: Article) -> date:
    return article.published or article.created_at.date()


def candidates(*, db: Session, actor, today: date | None = None, window_days: int = 120,
               recent_weeks: int = 4, before_weeks: int = 12, factor: float = 2.0,
               min_recent: int = 2, limit: int = 100) -> list[Candidate]:
    guard(actor)
    today = today or date.today()
    found: dict[int, list[Reason]] = {}

    # a funding round: an investment event naming the company, in a recent article
    since = today - timedelta(days=window_days)
    rows = db.execute(
        select(EventParty.org_id, Article)
        .join(Event, EventParty.event_id == Event.id).join(Article, Event.article_id == Article.id)
        .where(Event.type == EventType.investment, EventParty.org_id.is_not(None),
               func.coalesce(Article.published, func.date(Article.created_at)) >= since)
        .order_by(Article.id.desc())).all()
    for org_id, article in rows:
        reasons = found.setdefault(org_id, [])
        if not any(r.code == "funding" for r in reasons):
            reasons.append(Reason("funding", DealSource.news, str(article.id),
                                  {"title": article.title or f"#{article.id}",
                                   "date": _day(article).isoformat()}))

    # a rise in mentions: articles per organisation, recent weeks against the weeks before
    recent_from = today - timedelta(weeks=recent_weeks)
    before_from = recent_from - timedelta(weeks=before_weeks)
    day = func.coalesce(Article.published, func.date(Article.created_at))
    per_org: dict[int, dict] = {}
    for org_id, article_id, published, created in db.execute(
        select(Mention.org_id, Article.id, Article.published, Article.created_at).distinct()
        .join(Article, Mention.article_id == Article.id)
        .where(Mention.org_id.is_not(None), day >= before_from)):
        d = published or created.date()
        if d > today:
            continue
        slot = per_org.setdefault(org_id, {"recent": set(), "before": set(), "last": 0})
        slot["recent" if d >= recent_from else "before"].add(article_id)
        slot["last"] = max(slot["last"], article_id)
    for org_id, seen in per_org.items():
        recent, before = len(seen["recent"]), len(seen["before"])
        expected = before * recent_weeks / before_weeks
        if recent >= min_recent and recent >= factor * max(expected, 0.5):
            found.setdefault(org_id, []).append(Reason(
                "mentions", DealSource.news, str(seen["last"]),
                {"recent": recent, "weeks": recent_weeks, "before": before,
                 "before_weeks": before_weeks}))

    # programs: companies whose people were accepted into a program
    for org_id, program in db.execute(
        select(Participant.organization_id, Program).join(Program, Participant.program_id == Program.id)
        .where(Participant.organization_id.is_not(None),
               Participant.status == ParticipantStatus.accepted)
        .order_by(Program.starts_on.desc())).all():
        reasons = found.setdefault(org_id, [])
        ref = program.key or str(program.id)
        if not any(r.code == "program" and r.ref == ref for r in reasons):
            reasons.append(Reason("program", DealSource.program, ref,
                                  {"title": program.title or {}, "year": program.starts_on.year}))

    if not found:
        return []
    taken = set(db.scalars(select(Deal.organization_id).where(Deal.stage != DealStage.passed)))
    orgs = {o.id: o for o in db.scalars(select(Organization).where(
        Organization.id.in_([i for i in found if i not in taken]), Organization.kind == OrgKind.company))}
    out = [Candidate(orgs[i], reasons) for i, reasons in found.items() if i in orgs]
    out.sort(key=lambda c: (-len(c.reasons), c.organization.display_name("en")))
    return out[:limit]
