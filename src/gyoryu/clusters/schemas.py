"""Shapes of cluster data at the edges (the JSON API and `gyoryu cluster … --json`)."""

from __future__ import annotations

from pydantic import BaseModel

from gyoryu.clusters.match import ClusterMatch
from gyoryu.clusters.overview import ClusterOverview
from gyoryu.clusters.service import key_of
from gyoryu.directory.models import Organization, Place
from gyoryu.i18n import Translator
from gyoryu.matching.enums import CAPABILITY_LABELS
from gyoryu.matching.groups import Complement
from gyoryu.matching.reasons import pick


class ClusterRef(BaseModel):
    id: int
    key: str
    country: str
    names: dict[str, str]  # per language


class MemberOut(BaseModel):
    id: int
    key: str
    country: str
    kind: str
    names: dict[str, str]


class PairOut(BaseModel):
    """One cross-cluster pair. `gyoryu cluster match --json` prints `a`, `b`, `score`, `reasons`."""

    a: str  # the first cluster's member (organisation key, or id without one)
    b: str  # the second cluster's member
    score: float
    reasons: list[str]  # in the caller's language
    a_name: str
    b_name: str
    profiled: list[bool]  # whether each side's profile is its own (else the directory's)


class ComplementOut(BaseModel):
    kind: str  # capability | sector
    key: str
    label: str  # in the caller's language
    offered_by: list[str]  # organisation keys
    sought_by: list[str]


class MatchOut(BaseModel):
    a: ClusterRef
    b: ClusterRef
    members: list[int]  # members of a, of b
    profiled: list[int]  # of them, with a profile of their own
    scored: int
    pairs: list[PairOut]
    a_offers: list[ComplementOut]
    b_offers: list[ComplementOut]


class SectorCountOut(BaseModel):
    key: str
    label: str
    members: int


class MonthOut(BaseModel):
    month: str
    articles: int
    events: int


class TieOut(BaseModel):
    cluster: ClusterRef
    programs: list[int]  # program ids
    relations: list[int]  # outcome ids
    events: list[int]  # news event ids


class OverviewOut(BaseModel):
    cluster: ClusterRef
    members: list[MemberOut]
    sectors: list[SectorCountOut]
    activity: list[MonthOut]
    programs: list[int]
    relations: list[int]
    ties: list[TieOut]


def cluster_ref(place: Place) -> ClusterRef:
    return ClusterRef(id=place.id, key=place.key, country=place.country, names=place.primary_names())


def member_out(org: Organization) -> MemberOut:
    return MemberOut(id=org.id, key=key_of(org), country=org.country, kind=org.kind,
                     names=org.primary_names())


def complement_label(c: Complement, t: Translator) -> str:
    """A capability translated, a sector in the reader's language."""
    return (t.gettext(CAPABILITY_LABELS.get(c.key, c.key)) if c.kind == "capability"
            else pick(c.labels, t.locale))


def _complement(c: Complement, keys: dict[int, str], t: Translator) -> ComplementOut:
    return ComplementOut(kind=c.kind, key=c.key, label=complement_label(c, t),
                         offered_by=[keys[i] for i in c.offered_by], sought_by=[keys[i] for i in c.sought_by])


def match_out(found: ClusterMatch, t: Translator) -> MatchOut:
    keys = {o.id: key_of(o) for o in found.members_a + found.members_b}
    return MatchOut(
        a=cluster_ref(found.a), b=cluster_ref(found.b),
        members=[len(found.members_a), len(found.members_b)],
        profiled=[found.profiled_a, found.profiled_b], scored=found.scored,
        pairs=[PairOut(a=key_of(p.a), b=key_of(p.b), score=p.score, reasons=p.render(t),
                       a_name=p.a.display_name(t.locale).text, b_name=p.b.display_name(t.locale).text,
                       profiled=list(p.profiled)) for p in found.pairs],
        a_offers=[_complement(c, keys, t) for c in found.a_offers],
        b_offers=[_complement(c, keys, t) for c in found.b_offers],
    )


def overview_out(view: ClusterOverview, t: Translator) -> OverviewOut:
    return OverviewOut(
        cluster=cluster_ref(view.cluster), members=[member_out(o) for o in view.members],
        sectors=[SectorCountOut(key=s.key, label=s.label(t.locale), members=n)
                 for s, n in view.sectors],
        activity=[MonthOut(month=m.month, articles=m.articles, events=m.events) for m in view.activity],
        programs=[p.program.id for p in view.programs],
        relations=[r.outcome.id for r in view.relations],
        ties=[TieOut(cluster=cluster_ref(x.cluster), programs=[p.id for p in x.programs],
                     relations=[o.id for o in x.relations], events=[e.id for e in x.events])
              for x in view.ties],
    )
