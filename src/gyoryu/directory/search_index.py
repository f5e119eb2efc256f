"""In-memory name index over every organisation name, kept in step with the database.

Why in memory: one query must find a name by exact key, prefix, substring or a small typo in any
script, across 300k names, in a few milliseconds on SQLite and PostgreSQL alike. The database
stays the source of truth; the index catches up from the `directory_change` journal before each
query (one indexed `max(seq)` read), reloading only the organisations that changed.
"""

from __future__ import annotations

import threading
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz.distance import Levenshtein
from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.directory.models import DirectoryChange, OrgName, Organization, org_cluster, org_sector
from gyoryu.directory.normalize import jamo, name_key

# Ranking tiers: an exact name beats a prefix, which beats a substring, which beats a typo.
EXACT, PREFIX, SUBSTRING, FUZZY = 4, 3, 2, 1
_COMMON_GRAM = 20_000  # postings longer than this add little to typo candidates; skip them


@dataclass(frozen=True, slots=True)
class OrgFacets:
    country: str
    kind: str
    city_id: int | None
    sector_ids: frozenset[int]
    cluster_ids: frozenset[int]


@dataclass(slots=True)
class Hit:
    org_id: int
    tier: int
    score: float  # within a tier, higher is better


def _grams(key: str) -> set[str]:
    if len(key) < 2:
        return {key} if key else set()
    return {key[i : i + 2] for i in range(len(key) - 1)}


@dataclass
class NameIndex:
    seq: int = -1
    token: str = ""
    keys: list[str] = field(default_factory=list)
    owner: array = field(default_factory=lambda: array("q"))
    primary: bytearray = field(default_factory=bytearray)
    alive: bytearray = field(default_factory=bytearray)
    by_key: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    postings: dict[str, array] = field(default_factory=lambda: defaultdict(lambda: array("q")))
    single: dict[str, array] = field(default_factory=lambda: defaultdict(lambda: array("q")))
    names_of: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    facets: dict[int, OrgFacets] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    # -- building -----------------------------------------------------------------------
    def _add_name(self, org_id: int, key: str, is_primary: bool) -> None:
        if not key:
            return
        idx = len(self.keys)
        self.keys.append(key)
        self.owner.append(org_id)
        self.primary.append(1 if is_primary else 0)
        self.alive.append(1)
        self.by_key[key].append(idx)
        self.names_of[org_id].append(idx)
        for g in _grams(key):
            self.postings[g].append(idx)
        for ch in set(key):
            self.single[ch].append(idx)

    def _drop_org(self, org_id: int) -> None:
        for idx in self.names_of.pop(org_id, ()):
            self.alive[idx] = 0
            self.by_key[self.keys[idx]].remove(idx)
        self.facets.pop(org_id, None)

    def _load(self, session: Session, org_ids: list[int] | None) -> None:
        names = select(OrgName.org_id, OrgName.norm, OrgName.kind)
        orgs = select(Organization.id, Organization.country, Organization.kind, Organization.city_id)
        sectors = select(org_sector.c.org_id, org_sector.c.sector_id)
        clusters = select(org_cluster.c.org_id, org_cluster.c.place_id)
        if org_ids is not None:
            names = names.where(OrgName.org_id.in_(org_ids))
            orgs = orgs.where(Organization.id.in_(org_ids))
            sectors = sectors.where(org_sector.c.org_id.in_(org_ids))
            clusters = clusters.where(org_cluster.c.org_id.in_(org_ids))
        sector_map: dict[int, set[int]] = defaultdict(set)
        for oid, sid in session.execute(sectors):
            sector_map[oid].add(sid)
        cluster_map: dict[int, set[int]] = defaultdict(set)
        for oid, pid in session.execute(clusters):
            cluster_map[oid].add(pid)
        for oid, country, kind, city_id in session.execute(orgs):
            self.facets[oid] = OrgFacets(
                country, kind, city_id, frozenset(sector_map[oid]), frozenset(cluster_map[oid])
            )
        for oid, norm, kind in session.execute(names):
            self._add_name(oid, norm, kind == "primary")

    def refresh(self, session: Session) -> None:
        """Catch up with the journal: a full rebuild after bulk loads or a rollback the index
        had seen, else a reload of the organisations that changed."""
        last = select(DirectoryChange.seq, DirectoryChange.token).order_by(
            DirectoryChange.seq.desc()).limit(1)
        latest, token = session.execute(last).first() or (0, "")
        if (latest, token) == (self.seq, self.token):
            return
        with self.lock:
            if (latest, token) == (self.seq, self.token):
                return
            changed = session.execute(
                select(DirectoryChange.org_id).where(DirectoryChange.seq > self.seq)
            ).scalars().all()
            seen = session.scalar(select(DirectoryChange.token).where(DirectoryChange.seq == self.seq))
            rolled_back = self.seq > 0 and seen != self.token
            if self.seq < 0 or rolled_back or None in changed:
                fresh = NameIndex()
                fresh._load(session, None)
                self.__dict__.update({k: v for k, v in fresh.__dict__.items() if k != "lock"})
            else:
                ids = sorted(set(changed))
                for oid in ids:
                    self._drop_org(oid)
                for start in range(0, len(ids), 500):
                    self._load(session, ids[start : start + 500])
            self.seq, self.token = latest, token

    # -- querying -----------------------------------------------------------------------
    def _matches(self, qkey: str) -> dict[int, Hit]:
        hits: dict[int, Hit] = {}

        def offer(idx: int, tier: int, score: float) -> None:
            oid = self.owner[idx]
            old = hits.get(oid)
            if old is None or (tier, score) > (old.tier, old.score):
                hits[oid] = Hit(oid, tier, score)

        for idx in self.by_key.get(qkey, ()):
            offer(idx, EXACT, 1.0 + 0.1 * self.primary[idx])

        if len(qkey) == 1:
            candidates = self.single.get(qkey, array("q"))
        else:
            lists = [self.postings.get(g) for g in _grams(qkey)]
            if any(p is None for p in lists):
                candidates = array("q")
            else:
                candidates = min(lists, key=len)
        qlen = len(qkey)
        for idx in candidates:
            if not self.alive[idx]:
                continue
            key = self.keys[idx]
            if key == qkey or qkey not in key:
                continue
            closeness = qlen / len(key) + 0.05 * self.primary[idx]
            offer(idx, PREFIX if key.startswith(qkey) else SUBSTRING, closeness)

        if len(hits) < 20 and qlen >= 3:
            self._typos(qkey, offer)
        return hits

    def _typos(self, qkey: str, offer) -> None:
        """Names within a small edit distance, compared letter by letter for Hangul."""
        grams = [self.postings[g] for g in _grams(qkey) if g in self.postings]
        grams = [p for p in grams if len(p) <= _COMMON_GRAM]
        if not grams:
            return
        pool = np.concatenate([np.frombuffer(p, dtype=np.int64) for p in grams])
        ids, counts = np.unique(pool, return_counts=True)
        need = max(1, (len(qkey) - 1) // 3)
        ids = ids[counts >= need]
        if len(ids) > 5000:
            ids = ids[np.argsort(-counts[counts >= need], kind="stable")[:5000]]
        qj = jamo(qkey)
        budget = 1 if len(qkey) <= 5 else 2 if len(qkey) <= 10 else 3
        for idx in ids.tolist():
            if not self.alive[idx]:
                continue
            key = self.keys[idx]
            if abs(len(key) - len(qkey)) > budget:
                continue
            dist = Levenshtein.distance(qkey, key, score_cutoff=budget)
            if dist > budget:
                dist = Levenshtein.distance(qj, jamo(key), score_cutoff=budget)
            if dist <= budget:
                offer(idx, FUZZY, 1.0 - dist / (budget + 1) + 0.05 * self.primary[idx])

    def search(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        sector_ids: set[int] | None = None,
        city_id: int | None = None,
        cluster_id: int | None = None,
    ) -> list[Hit]:
        """All organisations matching `query` and the filters, best first."""
        qkey = name_key(query)
        if not qkey:
            return []
        hits = self._matches(qkey).values()
        out = []
        for h in hits:
            f = self.facets.get(h.org_id)
            if f is None:
                continue
            if country and f.country != country:
                continue
            if kind and f.kind != kind:
                continue
            if city_id and f.city_id != city_id:
                continue
            if cluster_id and cluster_id not in f.cluster_ids:
                continue
            if sector_ids and not (sector_ids & f.sector_ids):
                continue
            out.append(h)
        out.sort(key=lambda h: (-h.tier, -h.score, h.org_id))
        return out


_indexes: dict[str, NameIndex] = {}
_indexes_lock = threading.Lock()


def index_for(session: Session) -> NameIndex:
    """The process-wide index of the session's database, brought up to date."""
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    with _indexes_lock:
        index = _indexes.setdefault(url, NameIndex())
    index.refresh(session)
    return index


def forget_indexes() -> None:
    """Drop every cached index (tests that recreate a database under the same URL)."""
    with _indexes_lock:
        _indexes.clear()
