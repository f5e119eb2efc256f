"""Cluster-to-cluster matching: which members of two clusters should meet, and why.

Every member of one cluster is scored against every member of the other by matching's own
`score_many` (capabilities and sectors one offers and the other seeks, shared and related
sectors, offer/seek texts across languages), each member read through `matching.groups`
(its stored profile, else what the directory implies). The reasons are matching's, told about
the two organisations (`Reason.render(t, between=…)`). The same function serves the page, the
API and `gyoryu cluster match`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from gyoryu.clusters.service import members, pair
from gyoryu.directory.models import Organization, Place
from gyoryu.i18n import Translator
from gyoryu.matching.groups import Complement, complements, profiles_for
from gyoryu.matching.reasons import Reason
from gyoryu.matching.service import score_many


@dataclass
class Pair:
    a: Organization  # a member of the first cluster
    b: Organization  # a member of the second
    score: float  # 0–100, matching's scale
    reasons: list[Reason]
    profiled: tuple[bool, bool]  # whether each side's profile is one it gave (else the directory's)

    def render(self, t: Translator) -> list[str]:
        names = (self.a.display_name(t.locale).text, self.b.display_name(t.locale).text)
        return [r.render(t, between=names) for r in self.reasons]


@dataclass
class ClusterMatch:
    a: Place
    b: Place
    members_a: list[Organization]
    members_b: list[Organization]
    profiled_a: int  # members with a profile of their own
    profiled_b: int
    scored: int  # pairs scored
    pairs: list[Pair]  # the best, best first
    a_offers: list[Complement]  # what the first cluster offers that the second seeks
    b_offers: list[Complement]


def match_clusters(*, db: Session, a: str | int, b: str | int, limit: int = 20) -> ClusterMatch:
    """The best `limit` cross-cluster pairs (each with at least one reason), best first, and
    the complementarity of the two clusters as a whole."""
    first, second = pair(db=db, a=a, b=b)
    orgs_a, orgs_b = members(db=db, cluster=first), members(db=db, cluster=second)
    side_a, side_b = profiles_for(db=db, orgs=orgs_a), profiles_for(db=db, orgs=orgs_b)
    scored = [(i, j, score, reasons) for i, j, score, reasons in score_many(db=db, mine=side_a, theirs=side_b)
              if orgs_a[i].id != orgs_b[j].id]  # a member of both clusters does not meet itself
    pairs = [Pair(orgs_a[i], orgs_b[j], score, reasons,
                  (side_a[i].id is not None, side_b[j].id is not None))
             for i, j, score, reasons in scored if score > 0 and reasons]
    pairs.sort(key=lambda p: (-p.score, p.a.id, p.b.id))
    return ClusterMatch(
        a=first, b=second, members_a=orgs_a, members_b=orgs_b,
        profiled_a=sum(p.id is not None for p in side_a), profiled_b=sum(p.id is not None for p in side_b),
        scored=len(scored), pairs=pairs[:max(limit, 0)],
        a_offers=complements(db=db, offering=side_a, seeking=side_b),
        b_offers=complements(db=db, offering=side_b, seeking=side_a),
    )
