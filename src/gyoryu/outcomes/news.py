"""Confirmed from news: an ingested article's agreement, partnership or investment between two
organisations becomes a proposed step in a review queue — with the article and the sentence's
character offsets — when the two have history (a meeting, a relation, a program in common), or
a "new relation seen in news" when they have none. Accepting records the step (or confirms the
same stage already recorded) with the article as evidence; rejecting records that too.

It listens to intel's `article_saved` hook (`gyoryu.hooks`), so intel never imports outcomes.
An article is stored once (by content hash) and a suggestion once per event and pair, so
ingesting the same article again proposes nothing new.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from itertools import combinations

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from gyoryu import hooks
from gyoryu.db import utcnow
from gyoryu.errors import GyoryuError, NotFound
from gyoryu.intel.enums import EventType
from gyoryu.intel.models import Article, Event
from gyoryu.outcomes import service
from gyoryu.outcomes.enums import Stage, SuggestionKind, SuggestionStatus, Via
from gyoryu.outcomes.models import OutcomeMeeting, OutcomeParty, OutcomeStep, Suggestion
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant, Program, Visit

STAGE_OF_EVENT = {EventType.agreement: Stage.mou, EventType.partnership: Stage.mou,
                  EventType.investment: Stage.investment}
# An agreement's sentence can say which kind it is; an MOU unless it names another.
AGREEMENT_KINDS = (
    (Stage.loi, re.compile(r"\bLOI\b|letter of intent|의향서|意向书|意向書", re.I)),
    (Stage.nda, re.compile(r"\bNDA\b|non-disclosure|비밀유지|保密协议|保密協議", re.I)),
)


def stage_for(event_type: str, sentence: str) -> Stage:
    if event_type == EventType.agreement:
        for stage, pattern in AGREEMENT_KINDS:
            if pattern.search(sentence):
                return stage
    return STAGE_OF_EVENT[event_type]


def _pairs(event: Event) -> set[tuple[int, int]]:
    """Organisation pairs the event joins: each actor with each target, else every two parties."""
    actors = {p.org_id for p in event.parties if p.side == "actor" and p.org_id}
    targets = {p.org_id for p in event.parties if p.side == "target" and p.org_id}
    pairs = {tuple(sorted((a, b))) for a in actors for b in targets if a != b}
    if not pairs:
        pairs = {tuple(sorted(p)) for p in combinations(actors | targets, 2)}
    return pairs


def _programs_of(db: Session, org_id: int) -> set[int]:
    """Programs the organisation took part in: a participant, a visited host, the organiser."""
    rows = db.execute(union(
        select(Participant.program_id).where(Participant.organization_id == org_id,
                                             Participant.status != ParticipantStatus.cancelled),
        select(Visit.program_id).where(Visit.host_id == org_id),
        select(Program.id).where(Program.organiser_id == org_id)))
    return {r[0] for r in rows}


def related(db: Session, a: int, b: int) -> bool:
    """Whether two organisations have history: a relation, a meeting, or a program together."""
    return (a, b) in related_pairs(db, {(a, b)})


def related_pairs(db: Session, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Which of these organisation pairs have history (a relation, a meeting, a program
    together), in a few queries whatever the number of pairs (a batch of articles asks once)."""
    if not pairs:
        return set()
    orgs = sorted({o for pair in pairs for o in pair})
    outcomes: dict[int, set[int]] = defaultdict(set)
    programs: dict[int, set[int]] = defaultdict(set)
    for org_id, outcome_id in db.execute(select(OutcomeParty.organization_id, OutcomeParty.outcome_id)
                                         .where(OutcomeParty.organization_id.in_(orgs))):
        outcomes[org_id].add(outcome_id)
    met = {tuple(sorted(r)) for r in db.execute(
        select(OutcomeMeeting.org_a_id, OutcomeMeeting.org_b_id)
        .where(OutcomeMeeting.org_a_id.in_(orgs), OutcomeMeeting.org_b_id.in_(orgs)))}
    for org_id, program_id in db.execute(union(
            select(Participant.organization_id, Participant.program_id).where(
                Participant.organization_id.in_(orgs), Participant.status != ParticipantStatus.cancelled),
            select(Visit.host_id, Visit.program_id).where(Visit.host_id.in_(orgs)),
            select(Program.organiser_id, Program.id).where(Program.organiser_id.in_(orgs)))):
        programs[org_id].add(program_id)
    return {(a, b) for a, b in pairs
            if outcomes[a] & outcomes[b] or tuple(sorted((a, b))) in met or programs[a] & programs[b]}


def _day(event: Event, article: Article) -> date | None:
    """The event's full date, else the article's; None when neither is known (accepting then
    dates the step on the day it is confirmed)."""
    if event.date and len(event.date) == 10:
        try:
            return date.fromisoformat(event.date)
        except ValueError:
            pass
    return article.published


@hooks.listen("article_saved")
def propose(*, db: Session, article: Article) -> list[Suggestion]:
    """The suggestions an article's events call for (none twice)."""
    return propose_many(db=db, articles=[article])


@hooks.listen_many("article_saved", replaces=propose)
def propose_many(*, db: Session, articles: list[Article]) -> list[Suggestion]:
    """The suggestions a batch of articles' events call for (none twice), in a few queries for
    the whole batch: the suggestions already made for these events, then which pairs have history."""
    wanted = []  # (article, event, pair)
    for article in articles:
        for event in article.events:
            if event.type in STAGE_OF_EVENT:
                wanted += [(article, event, pair) for pair in sorted(_pairs(event))]
    if not wanted:
        return []
    event_ids = sorted({e.id for _a, e, _p in wanted})
    made_before: set[tuple[int, str]] = set()
    for i in range(0, len(event_ids), 5000):
        made_before.update((e, k) for e, k in db.execute(
            select(Suggestion.event_id, Suggestion.org_set).where(Suggestion.event_id.in_(event_ids[i:i + 5000]))))
    history = related_pairs(db, {p for _a, _e, p in wanted})
    made = []
    for article, event, (a, b) in wanted:
        key = service.org_set((a, b))
        if (event.id, key) in made_before:
            continue
        made_before.add((event.id, key))
        sentence = article.text[event.start:event.end]
        row = Suggestion(
            article_id=article.id, event_id=event.id, org_set=key, org_ids=[a, b],
            kind=SuggestionKind.step if (a, b) in history else SuggestionKind.new_relation,
            stage=stage_for(event.type, sentence), happened_on=_day(event, article),
            start=event.start, end=event.end, text=sentence)
        made.append(row)
    db.add_all(made)
    db.flush()
    return made


# -- the review queue ------------------------------------------------------------------------
def suggestions(*, db: Session, kind: str | None = SuggestionKind.step,
                status: str | None = SuggestionStatus.open, limit: int = 200) -> list[Suggestion]:
    stmt = select(Suggestion).order_by(Suggestion.id)
    if kind:
        stmt = stmt.where(Suggestion.kind == kind)
    if status:
        stmt = stmt.where(Suggestion.status == status)
    return list(db.scalars(stmt.limit(limit)))


def get_suggestion(*, db: Session, suggestion_id: int, lock: bool = False) -> Suggestion:
    stmt = select(Suggestion).where(Suggestion.id == suggestion_id)
    found = db.scalar(stmt.with_for_update() if lock else stmt)
    if found is None:
        raise NotFound("E810", id=suggestion_id)
    return found


def accept(*, db: Session, suggestion_id: int, stage: str | None = None,
           decided_by: int | None = None, via: str = Via.web) -> OutcomeStep:
    """Record the proposed step with the article (and the sentence's offsets) as evidence; when
    the relation already has an unretracted step of that stage, the article confirms it."""
    found = get_suggestion(db=db, suggestion_id=suggestion_id, lock=True)
    if found.status != SuggestionStatus.open:
        raise GyoryuError("E811", id=suggestion_id)
    chosen = service.parse_stage(stage or found.stage)
    proof = service.Proof("article", found.article_id, start=found.start, end=found.end)
    outcome = service.relation(db=db, org_ids=found.org_ids, on=found.happened_on or date.today(),
                               create=False)
    same = None if outcome is None else next(
        (s for s in reversed(outcome.steps) if s.stage == chosen and s.retracted_at is None), None)
    if same is not None:
        step = service.attach(db=db, step=same, evidence=[proof])
    else:
        step = service.add_step(db=db, org_ids=found.org_ids, stage=chosen,
                                on=found.happened_on or date.today(), recorded_by=decided_by,
                                via=via, evidence=[proof])
    found.status, found.step_id = SuggestionStatus.accepted, step.id
    found.decided_by, found.decided_at = decided_by, utcnow()
    db.flush()
    return step


def reject(*, db: Session, suggestion_id: int, decided_by: int | None = None) -> Suggestion:
    found = get_suggestion(db=db, suggestion_id=suggestion_id, lock=True)
    if found.status != SuggestionStatus.open:
        raise GyoryuError("E811", id=suggestion_id)
    found.status, found.decided_by, found.decided_at = SuggestionStatus.rejected, decided_by, utcnow()
    db.flush()
    return found
