"""Matchmaking actions: profiles and partner recommendations. Services add and flush; the caller
owns the transaction.

A recommendation's score (0–100) adds up readable reasons:

    complementary capability (you offer what they seek, or back)     20 each
    complementary sector (your sector is one they seek, or back)     15 each
    shared sector (directory or offered sectors; 5 if only related)  10 each, two at most
    both in a technology cluster (the same one, or sharing a sector)  5
    free-text similarity, offers against seeks, either way           up to 30

Text similarity uses multilingual sentence embeddings (see `embeddings`), so a Korean "we seek
factory vision software" finds a Chinese "我们开发工厂视觉软件".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.directory.models import Organization, Sector
from gyoryu.directory.service import all_sectors, sectors_by_key
from gyoryu.errors import NotFound
from gyoryu.i18n import Translator
from gyoryu.matching.embeddings import embed
from gyoryu.matching.enums import Scope, Side, TagKind
from gyoryu.matching.models import MatchProfile, ProfileTag
from gyoryu.matching.reasons import Reason
from gyoryu.matching.schemas import ProfileIn, ReasonOut, RecommendationOut

CAPABILITY_POINTS = 20.0
SECTOR_POINTS = 15.0
SHARED_POINTS = 10.0
RELATED_POINTS = 5.0
CLUSTER_POINTS = 5.0
TEXT_POINTS = 30.0
TEXT_FLOOR, TEXT_FULL = 0.20, 0.60  # cosine below FLOOR scores 0, above FULL scores all
TEXT_REASON = 0.40  # shown as a reason from this cosine on (unrelated texts: ~0.0–0.15)
STRONG = 40.0  # a recommendation this good is worth a meeting even if nobody asked


# -- profiles --------------------------------------------------------------------------------
def get_profile(*, db: Session, profile_id: int) -> MatchProfile:
    profile = db.get(MatchProfile, profile_id)
    if profile is None:
        raise NotFound("E701", id=profile_id)
    return profile


def profile_for(*, db: Session, organization_id: int,
                program_id: int | None = None) -> MatchProfile | None:
    return db.scalar(select(MatchProfile).where(
        MatchProfile.organization_id == organization_id,
        MatchProfile.program_id.is_(None) if program_id is None
        else MatchProfile.program_id == program_id,
    ))


def list_profiles(*, db: Session, program_id: int | None = None) -> list[MatchProfile]:
    """The profiles of a program (or the standing ones, outside any program)."""
    where = (MatchProfile.program_id.is_(None) if program_id is None
             else MatchProfile.program_id == program_id)
    return list(db.scalars(select(MatchProfile).where(where).order_by(MatchProfile.id)))


def save_profile(*, db: Session, data: ProfileIn) -> MatchProfile:
    """Create or replace the organisation's profile for the program (one per pair)."""
    if db.get(Organization, data.organization_id) is None:
        raise NotFound("E201", id=data.organization_id)
    for keys in (data.offers_sectors, data.seeks_sectors):
        sectors_by_key(db=db, keys=keys)  # raises E204 for an unknown key
    profile = profile_for(db=db, organization_id=data.organization_id,
                          program_id=data.program_id)
    if profile is None:
        profile = MatchProfile(organization_id=data.organization_id, program_id=data.program_id)
        db.add(profile)
    profile.offers_text = data.offers_text
    profile.seeks_text = data.seeks_text
    wanted = [
        (side, kind, key)
        for side, kind, keys in (
            (Side.offer, TagKind.sector, data.offers_sectors),
            (Side.seek, TagKind.sector, data.seeks_sectors),
            (Side.offer, TagKind.capability, data.offers_capabilities),
            (Side.seek, TagKind.capability, data.seeks_capabilities),
        )
        for key in dict.fromkeys(keys)
    ]
    existing = {(t.side, t.kind, t.key): t for t in profile.tags}
    profile.tags = [existing.get(w) or ProfileTag(side=w[0], kind=w[1], key=w[2]) for w in wanted]
    db.flush()
    return profile


def profile_form(profile: MatchProfile) -> ProfileIn:
    """A stored profile as the form shows it."""
    return ProfileIn(
        organization_id=profile.organization_id, program_id=profile.program_id,
        offers_sectors=profile.keys(Side.offer, TagKind.sector),
        seeks_sectors=profile.keys(Side.seek, TagKind.sector),
        offers_capabilities=profile.keys(Side.offer, TagKind.capability),
        seeks_capabilities=profile.keys(Side.seek, TagKind.capability),
        offers_text=profile.offers_text, seeks_text=profile.seeks_text,
    )


# -- recommendations -------------------------------------------------------------------------
@dataclass
class Recommendation:
    profile: MatchProfile
    score: float
    reasons: list[Reason]

    def render(self, t: Translator) -> list[str]:
        return [r.render(t) for r in self.reasons]

    def out(self, t: Translator) -> RecommendationOut:
        org = self.profile.organization
        return RecommendationOut(
            profile_id=self.profile.id, organization_id=org.id,
            name=org.display_name(t.locale), country=org.country, score=self.score,
            reasons=[ReasonOut(code=r.code, text=r.render(t)) for r in self.reasons],
        )


class Taxonomy:
    """The sector tree, for reading sectors as matching does (broader sectors cover narrower)."""

    def __init__(self, sectors: list[Sector]):
        self.by_key = {s.key: s for s in sectors}
        self.by_id = {s.id: s for s in sectors}

    def labels(self, key: str) -> dict[str, str]:
        s = self.by_key.get(key)
        return dict(s.labels) if s else {"en": key}

    def root(self, key: str) -> str:
        s = self.by_key.get(key)
        while s is not None and s.parent_id is not None:
            s = self.by_id[s.parent_id]
        return s.key if s else key

    def covers(self, sought: str, offered: str) -> bool:
        """A sought sector is met by the same sector or a narrower one (robotics ⊇ humanoids)."""
        s = self.by_key.get(offered)
        while s is not None:
            if s.key == sought:
                return True
            s = self.by_id.get(s.parent_id) if s.parent_id else None
        return sought == offered


def works_in(profile: MatchProfile) -> list[str]:
    """What the organisation works in: its directory sectors and the sectors it offers."""
    keys = [s.key for s in profile.organization.sectors]
    return list(dict.fromkeys(keys + profile.keys(Side.offer, TagKind.sector)))


def _names(place) -> dict[str, str]:
    names = place.primary_names()
    return names or {"en": place.key}


def score_pair(me: MatchProfile, them: MatchProfile, tax: Taxonomy,
               text_sim: tuple[float, float] = (0.0, 0.0)) -> tuple[float, list[Reason]]:
    """The score and reasons for `me` meeting `them`; `text_sim` = (their offer · my seek,
    my offer · their seek) as cosines."""
    reasons: list[Reason] = []
    cap = TagKind.capability
    for key in me.keys(Side.offer, cap):
        if key in them.keys(Side.seek, cap):
            reasons.append(Reason("you_offer_capability", CAPABILITY_POINTS, cap=key))
    for key in them.keys(Side.offer, cap):
        if key in me.keys(Side.seek, cap):
            reasons.append(Reason("they_offer_capability", CAPABILITY_POINTS, cap=key))

    mine, theirs = works_in(me), works_in(them)
    sector = TagKind.sector
    for code, offered, sought in (("you_offer_sector", mine, them.keys(Side.seek, sector)),
                                  ("they_offer_sector", theirs, me.keys(Side.seek, sector))):
        for want in sought:
            hit = next((k for k in offered if tax.covers(want, k)), None)
            if hit is not None:
                reasons.append(Reason(code, SECTOR_POINTS, labels={"sector": tax.labels(hit)}))

    shared = [k for k in mine if k in theirs]
    for key in shared[:2]:
        reasons.append(Reason("shared_sector", SHARED_POINTS, labels={"sector": tax.labels(key)}))
    if not shared:
        related = [(a, b) for a in mine for b in theirs if tax.root(a) == tax.root(b)]
        if related:
            a, b = related[0]
            reasons.append(Reason("related_sector", RELATED_POINTS,
                                  labels={"sector": tax.labels(a), "other": tax.labels(b)}))

    my_clusters, their_clusters = me.organization.clusters, them.organization.clusters
    if my_clusters and their_clusters:
        same = [c for c in my_clusters if c in their_clusters]
        roots = [tax.root(k) for k in mine]
        common_root = next((r for r in roots if r in {tax.root(k) for k in theirs}), None)
        if same:
            reasons.append(Reason("same_cluster", CLUSTER_POINTS,
                                  labels={"cluster": _names(same[0])}))
        elif common_root is not None:
            reasons.append(Reason("cluster_sector", CLUSTER_POINTS, labels={
                "sector": tax.labels(common_root), "cluster": _names(my_clusters[0]),
                "other": _names(their_clusters[0])}))

    for code, sim in (("text_match", text_sim[0]), ("text_match_back", text_sim[1])):
        points = TEXT_POINTS * float(np.clip((sim - TEXT_FLOOR) / (TEXT_FULL - TEXT_FLOOR), 0, 1))
        if sim >= TEXT_REASON and points > 0:
            reasons.append(Reason(code, points / 2, percent=int(round(100 * sim))))
        elif points > 0:
            reasons.append(Reason(code, points / 2, percent=None))
    score = min(100.0, sum(r.points for r in reasons))
    shown = [r for r in reasons if not (r.code.startswith("text_match") and r.percent is None)]
    shown.sort(key=lambda r: -r.points)
    return round(score, 1), shown


def score_many(*, db: Session, mine: list[MatchProfile],
               theirs: list[MatchProfile]) -> list[tuple[int, int, float, list[Reason]]]:
    """Every pair (i of `mine`, j of `theirs`) scored as `score_pair` scores `mine[i]` meeting
    `theirs[j]`, with the texts of both sides embedded once: [(i, j, score, reasons)]."""
    if not mine or not theirs:
        return []
    tax = Taxonomy(all_sectors(db=db))
    n, m = len(mine), len(theirs)
    vectors = embed(db=db, texts=[p.seeks_text for p in mine] + [p.offers_text for p in mine]
                    + [p.offers_text for p in theirs] + [p.seeks_text for p in theirs])
    my_seek, my_offer = vectors[:n], vectors[n:2 * n]
    their_offer, their_seek = vectors[2 * n:2 * n + m], vectors[2 * n + m:]
    sims_in, sims_out = my_seek @ their_offer.T, my_offer @ their_seek.T  # (n, m)
    out = []
    for i, me in enumerate(mine):
        for j, them in enumerate(theirs):
            score, reasons = score_pair(me, them, tax, (float(sims_in[i, j]), float(sims_out[i, j])))
            out.append((i, j, score, reasons))
    return out


def recommend(*, db: Session, profile_id: int, scope: Scope = Scope.other_country,
              limit: int = 10, min_score: float = 0.0) -> list[Recommendation]:
    """Partners for a profile among the profiles of the same program, best first."""
    me = get_profile(db=db, profile_id=profile_id)
    others = [p for p in list_profiles(db=db, program_id=me.program_id)
              if p.organization_id != me.organization_id
              and (scope == Scope.any_country or p.organization.country != me.organization.country)]
    found = [Recommendation(profile=others[j], score=score, reasons=reasons)
             for _i, j, score, reasons in score_many(db=db, mine=[me], theirs=others)
             if score > min_score and reasons]
    found.sort(key=lambda r: (-r.score, r.profile.organization_id))
    return found[:limit]
