"""Matching between two groups of organisations (two clusters, two delegations), read-only.

Most members of a group never filled in a matching profile, so each organisation is read through
the profile it gave (its standing one, else the one of its latest program) or, lacking any, a
profile the directory implies: the sectors it works in, its description as what it offers and
what its kind brings by nature (an investor capital, a university or institute research, a
public body policy support); it seeks nothing it has not said. A directory profile is never
stored (`id` is None): it only lets the same scoring (`service.score_many`) read every member.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.directory.enums import OrgKind
from gyoryu.directory.models import Organization
from gyoryu.directory.service import all_sectors
from gyoryu.matching.enums import Capability, Side, TagKind
from gyoryu.matching.models import MatchProfile, ProfileTag
from gyoryu.matching.service import Taxonomy, works_in

KIND_OFFERS: dict[str, tuple[str, ...]] = {
    OrgKind.investor: (Capability.capital,),
    OrgKind.university: (Capability.research, Capability.talent),
    OrgKind.research: (Capability.research,),
    OrgKind.government: (Capability.policy_support,),
}


def directory_profile(org: Organization) -> MatchProfile:
    """A transient profile from what the directory says of `org` (never added to a session)."""
    text = next((org.description[k] for k in ("en", "ko", "zh") if (org.description or {}).get(k)), "")
    profile = MatchProfile(organization_id=org.id, program_id=None, offers_text=text, seeks_text="")
    profile.organization = org
    profile.tags = [ProfileTag(side=Side.offer, kind=TagKind.capability, key=c)
                    for c in KIND_OFFERS.get(org.kind, ())]
    return profile


def profiles_for(*, db: Session, orgs: list[Organization]) -> list[MatchProfile]:
    """One profile per organisation, in the order given: the standing profile, else the one of
    its latest program, else `directory_profile`."""
    ids = [o.id for o in orgs]
    stored: dict[int, MatchProfile] = {}
    rows = db.scalars(select(MatchProfile).where(MatchProfile.organization_id.in_(ids))
                      .order_by(MatchProfile.program_id.is_(None), MatchProfile.id))
    for p in rows:  # standing profiles come last, so they win; among programs the latest
        stored[p.organization_id] = p
    return [stored.get(o.id) or directory_profile(o) for o in orgs]


@dataclass
class Complement:
    """Something one group offers that the other seeks, and who on each side."""

    kind: str  # TagKind: capability | sector
    key: str  # the capability or (sought) sector key
    labels: dict[str, str]  # a sector's labels per language (capabilities are translated)
    offered_by: list[int] = field(default_factory=list)  # organisation ids
    sought_by: list[int] = field(default_factory=list)


def complements(*, db: Session, offering: list[MatchProfile],
                seeking: list[MatchProfile]) -> list[Complement]:
    """What `offering` brings that `seeking` asks for — capabilities by key, sectors as
    `score_pair` reads them (a sought sector is met by it or a narrower one) — most sought first."""
    tax = Taxonomy(all_sectors(db=db))
    found: dict[tuple[str, str], Complement] = {}
    for seeker in seeking:
        cap, sec = TagKind.capability, TagKind.sector
        for key in seeker.keys(Side.seek, cap):
            offered = [p.organization_id for p in offering if key in p.keys(Side.offer, cap)]
            if offered:
                c = found.setdefault((cap, key), Complement(cap, key, {}, offered))
                c.sought_by.append(seeker.organization_id)
        for key in seeker.keys(Side.seek, sec):
            offered = [p.organization_id for p in offering
                       if any(tax.covers(key, k) for k in works_in(p))]
            if offered:
                c = found.setdefault((sec, key), Complement(sec, key, tax.labels(key), offered))
                c.sought_by.append(seeker.organization_id)
    return sorted(found.values(), key=lambda c: (-len(c.sought_by) * len(c.offered_by), c.kind, c.key))
