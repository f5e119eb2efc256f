"""What a cluster page shows: members, their sectors, the news over time, and the cluster's
ties to other clusters through programs, outcome relations and news events.

News is read through intel's readers (`intel.news`), relations through outcomes' (`outcomes.
service.outcomes`), each relation shown only to whom outcomes' own rule shows it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from gyoryu.accounts.rules import allowed
from gyoryu.clusters.service import clusters_of, members
from gyoryu.directory.models import Organization, Place, Sector
from gyoryu.intel.models import Event
from gyoryu.intel.news import MonthActivity, events_of_group, monthly_activity
from gyoryu.outcomes import rules as _outcome_rules  # noqa: F401  (registers outcomes.view)
from gyoryu.outcomes import service as outcomes
from gyoryu.outcomes.models import Outcome
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant, Program, Visit


@dataclass
class ProgramTogether:
    program: Program
    members: list[Organization]  # the cluster's members accepted into it or hosting a visit
    clusters: list[Place]  # other clusters whose members were accepted too


@dataclass
class Relation:
    outcome: Outcome
    members: list[Organization]
    partners: list[Organization]
    clusters: list[Place]  # the partners' clusters (other than this one)


@dataclass
class Tie:
    """Another cluster and what links the two."""

    cluster: Place
    programs: list[Program] = field(default_factory=list)
    relations: list[Outcome] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def weight(self) -> int:
        return len(self.programs) + len(self.relations) + len(self.events)


@dataclass
class ClusterOverview:
    cluster: Place
    members: list[Organization]
    sectors: list[tuple[Sector, int]]  # members per sector, most first
    activity: list[MonthActivity]  # every month from the first to the last with news, undated last
    events: list[Event]  # the latest news events of members
    programs: list[ProgramTogether]
    relations: list[Relation]
    ties: list[Tie]  # other clusters, most linked first


def _months(rows: list[MonthActivity]) -> list[MonthActivity]:
    """The months between the first and the last, quiet ones as zeros (a chart's time axis);
    the undated articles last."""
    dated = [r for r in rows if r.month]
    out = []
    if dated:
        by = {r.month: r for r in dated}
        y, m = map(int, dated[0].month.split("-"))
        while (month := f"{y:04d}-{m:02d}") <= dated[-1].month:
            out.append(by.get(month) or MonthActivity(month, 0, 0))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out + [r for r in rows if not r.month]


def cluster_overview(*, db: Session, cluster: Place, user=None, all_relations: bool = False,
                     events: int = 10) -> ClusterOverview:
    """The cluster as its page, API and CLI show it. Relations are those `user` may see
    (`outcomes.view`), or all of them for the operator's CLI (`all_relations`)."""
    orgs = members(db=db, cluster=cluster)
    ids = {o.id for o in orgs}
    sectors: Counter = Counter()
    by_key: dict[str, Sector] = {}
    for org in orgs:
        for s in org.sectors:
            sectors[s.key] += 1
            by_key[s.key] = s

    places = {p.id: p for p in db.scalars(select(Place).where(Place.kind == cluster.kind))}
    ties: dict[int, Tie] = {}

    def tie(place_ids: set[int]) -> list[Tie]:
        return [ties.setdefault(pid, Tie(places[pid])) for pid in sorted(place_ids - {cluster.id})
                if pid in places]

    # programs: where members were accepted or hosted a visit, and which other clusters were there
    accepted = (Participant.status == ParticipantStatus.accepted, Participant.organization_id.is_not(None))
    touched = union(select(Participant.program_id).where(Participant.organization_id.in_(ids), *accepted),
                    select(Visit.program_id).where(Visit.host_id.in_(ids)))
    present: dict[int, set[int]] = {}
    for program_id, org_id in db.execute(union(
            select(Participant.program_id, Participant.organization_id)
            .where(Participant.program_id.in_(touched), *accepted),
            select(Visit.program_id, Visit.host_id)
            .where(Visit.program_id.in_(touched), Visit.host_id.is_not(None)))):
        present.setdefault(program_id, set()).add(org_id)
    programs = []
    memberships = clusters_of(db=db, org_ids=set().union(*present.values()))
    by_id = {o.id: o for o in orgs}
    for program in db.scalars(select(Program).where(Program.id.in_(present)).order_by(Program.starts_on.desc())):
        linked = tie(set().union(*(memberships.get(o, set()) for o in present[program.id] - ids)))
        for t in linked:
            t.programs.append(program)
        programs.append(ProgramTogether(program, [by_id[o] for o in sorted(present[program.id] & ids)],
                                        [t.cluster for t in linked]))

    # relations recorded in outcomes, as far as the reader may see them
    relations = []
    for outcome in outcomes.outcomes(db=db, org_ids=ids):
        if not (all_relations or allowed("outcomes.view", user, outcome)):
            continue
        parties = [p.organization for p in outcome.parties]
        partners = [o for o in parties if o.id not in ids]
        partner_clusters = clusters_of(db=db, org_ids={o.id for o in partners})
        linked = tie(set().union(*partner_clusters.values()))
        for t in linked:
            t.relations.append(outcome)
        relations.append(Relation(outcome, [o for o in parties if o.id in ids], partners,
                                  [t.cluster for t in linked]))

    # the news: events with members among the parties; the other parties' clusters
    news = events_of_group(db=db, org_ids=sorted(ids))
    party_clusters = clusters_of(db=db, org_ids=set().union(*(p for _e, p in news)) - ids)
    for event, parties in news:
        for t in tie(set().union(*(party_clusters.get(o, set()) for o in parties - ids))):
            t.events.append(event)

    return ClusterOverview(
        cluster=cluster, members=orgs,
        sectors=[(by_key[k], n) for k, n in sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0]))],
        activity=_months(monthly_activity(db=db, org_ids=sorted(ids))),
        events=[e for e, _p in news[:events]], programs=programs, relations=relations,
        ties=sorted(ties.values(), key=lambda t: (-t.weight, t.cluster.key)),
    )
