"""Edges computed from the other domains' rows — the whole projection, rebuilt at once.

Each source gives pairs of organisations with a year, a program and a detail; pairs with the same
key are one edge whose weight counts them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.directory.models import Place, org_cluster
from gyoryu.graph.enums import CLIQUE_LIMIT, EVENT_PARTY_LIMIT, EdgeKind
from gyoryu.intel.models import Article, Event, EventParty
from gyoryu.matching.models import ScheduledMeeting
from gyoryu.outcomes.enums import MeetingSource
from gyoryu.outcomes.models import Outcome, OutcomeMeeting, OutcomeParty
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant, Program, ScheduleVersion

Key = tuple[int, int, str, int | None, int | None, str | None]  # a, b, kind, year, program, detail


def _pairs(ids: Iterable[int]) -> Iterator[tuple[int, int]]:
    return combinations(sorted(set(ids)), 2)


def held_meetings(db: Session) -> Iterator[Key]:
    """Meetings recorded as held (outcomes), and those of each program's published schedule
    that no held record already stands for."""
    for a, b, program_id, held_on in db.execute(select(
            OutcomeMeeting.org_a_id, OutcomeMeeting.org_b_id, OutcomeMeeting.program_id,
            OutcomeMeeting.held_on)
            .where(OutcomeMeeting.source != MeetingSource.scheduled)):
        if a != b:
            yield (min(a, b), max(a, b), EdgeKind.meeting, held_on.year, program_id, None)
    latest = {}
    for program_id, run_id, number in db.execute(select(
            ScheduleVersion.program_id, ScheduleVersion.run_id, ScheduleVersion.number)
            .where(ScheduleVersion.number.is_not(None))):
        if program_id not in latest or number > latest[program_id][1]:
            latest[program_id] = (run_id, number)
    if not latest:
        return
    programs = {p.id: p for p in db.scalars(select(Program).where(Program.id.in_(latest)))}
    orgs = dict(db.execute(select(Participant.id, Participant.organization_id).where(
        Participant.program_id.in_(latest), Participant.organization_id.is_not(None))).all())
    runs = {run_id: pid for pid, (run_id, _n) in latest.items()}
    for run_id, a, b in db.execute(select(ScheduledMeeting.run_id, ScheduledMeeting.a, ScheduledMeeting.b)
                                   .where(ScheduledMeeting.run_id.in_(runs))):
        oa, ob = orgs.get(int(a)), orgs.get(int(b))
        if oa and ob and oa != ob:
            program = programs[runs[run_id]]
            yield (min(oa, ob), max(oa, ob), EdgeKind.meeting,
                   (program.meeting_days[0].day if program.meeting_days
                    else program.starts_on).year, program.id, None)


def outcomes(db: Session) -> Iterator[Key]:
    """A relation at its strongest stage, dated by its latest step."""
    parties: dict[int, list[int]] = {}
    for outcome_id, org_id in db.execute(select(OutcomeParty.outcome_id, OutcomeParty.organization_id)):
        parties.setdefault(outcome_id, []).append(org_id)
    for oid, stage, last_on, program_id in db.execute(select(
            Outcome.id, Outcome.stage, Outcome.last_on, Outcome.program_id)):
        for a, b in _pairs(parties.get(oid, ())):
            yield (a, b, EdgeKind.outcome, last_on.year, program_id, stage)


def news_events(db: Session) -> Iterator[Key]:
    """Organisations party to the same event of an article (an MOU, an investment, a visit)."""
    by_event: dict[int, set[int]] = {}
    for event_id, org_id in db.execute(select(EventParty.event_id, EventParty.org_id)
                                       .where(EventParty.org_id.is_not(None))):
        by_event.setdefault(event_id, set()).add(org_id)
    wanted = [e for e, orgs in by_event.items() if 2 <= len(orgs) <= EVENT_PARTY_LIMIT]
    for i in range(0, len(wanted), 2000):
        for event_id, etype, when, published, created in db.execute(select(
                Event.id, Event.type, Event.date, Article.published, Article.created_at)
                .join(Article, Event.article_id == Article.id).where(Event.id.in_(wanted[i:i + 2000]))):
            year = int(when[:4]) if when and when[:4].isdigit() else (published or created).year
            for a, b in _pairs(by_event[event_id]):
                yield (a, b, EdgeKind.news, year, None, etype)


def shared_programs(db: Session) -> Iterator[Key]:
    """Organisations with accepted participants in the same (not too large) program."""
    members: dict[int, set[int]] = {}
    for program_id, org_id in db.execute(select(Participant.program_id, Participant.organization_id).where(
            Participant.organization_id.is_not(None), Participant.status == ParticipantStatus.accepted)):
        members.setdefault(program_id, set()).add(org_id)
    years = dict(db.execute(select(Program.id, Program.starts_on).where(Program.id.in_(members))).all())
    for program_id, orgs in members.items():
        if len(orgs) <= CLIQUE_LIMIT:
            for a, b in _pairs(orgs):
                yield (a, b, EdgeKind.program, years[program_id].year, program_id, None)


def clusters(db: Session) -> Iterator[Key]:
    """Members of the same (not too large) cluster; a cluster has no year."""
    members: dict[int, set[int]] = {}
    for org_id, place_id in db.execute(select(org_cluster.c.org_id, org_cluster.c.place_id)):
        members.setdefault(place_id, set()).add(org_id)
    keys = dict(db.execute(select(Place.id, Place.key).where(Place.id.in_(members))).all())
    for place_id, orgs in members.items():
        if len(orgs) <= CLIQUE_LIMIT:
            for a, b in _pairs(orgs):
                yield (a, b, EdgeKind.cluster, None, None, keys.get(place_id))


SOURCES = (held_meetings, outcomes, news_events, shared_programs, clusters)


def compute(db: Session) -> Counter:
    """Every edge key with its weight."""
    found: Counter = Counter()
    for source in SOURCES:
        found.update(source(db))
    return found
