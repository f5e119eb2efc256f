"""In-memory name index over every organisation name, kept in step with the database.

Why in memory: one query must find a name by exact key, prefix, substring or a small typo in any
script, across 300k names, in a few milliseconds on SQLite and PostgreSQL alike. The database
stays the source of truth; the index catches up from the `directory_change` journal before each
query (one indexed read of the newest row), reloading only the organisations that changed.

Candidates come from intersecting bigram postings (numpy), so the Python work per query is
proportional to the names that really contain the query, not to the directory's size.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz.distance import Levenshtein

from gyoryu.directory.normalize import jamo, name_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy and the models are imported where the index is built: `gyoryu search` answers from
# a snapshot (directory/index_snapshot.py) without loading them.

# Ranking tiers: an exact name beats a prefix, which beats a substring, which beats a typo.
EXACT, PREFIX, SUBSTRING, FUZZY = 4, 3, 2, 1
_COMMON_GRAM = 20_000  # postings longer than this add little to typo candidates; skip them
_EMPTY = np.zeros(0, dtype=np.int64)


def _grams(key: str) -> set[str]:
    if len(key) < 2:
        return {key} if key else set()
    return {key[i : i + 2] for i in range(len(key) - 1)}


def _grow(arr: np.ndarray, size: int, fill) -> np.ndarray:
    if size <= len(arr):
        return arr
    out = np.full(max(size, len(arr) * 2, 1024), fill, dtype=arr.dtype)
    out[: len(arr)] = arr
    return out


class Postings:
    """Each gram's name indices, ascending: a frozen part (grams sorted in one array, their
    postings end to end in another, as a snapshot stores them, so loading builds no dict) under
    a dict of the grams built or changed in this process."""

    def __init__(self, grams: np.ndarray | None = None, offsets: np.ndarray | None = None,
                 flat: np.ndarray | None = None):
        self.grams = grams if grams is not None else np.zeros(0, dtype="<U2")
        self.offsets = offsets if offsets is not None else np.zeros(1, dtype=np.int64)
        self.flat = flat if flat is not None else _EMPTY
        self.changed: dict[str, np.ndarray] = {}

    def get(self, gram: str, default=None):
        found = self.changed.get(gram)
        if found is not None or not len(self.grams):
            return default if found is None else found
        i = int(np.searchsorted(self.grams, gram))
        if i < len(self.grams) and self.grams[i] == gram:
            return self.flat[self.offsets[i] : self.offsets[i + 1]]
        return default

    def __contains__(self, gram: str) -> bool:
        return self.get(gram) is not None

    def __getitem__(self, gram: str) -> np.ndarray:
        found = self.get(gram)
        if found is None:
            raise KeyError(gram)
        return found

    def __setitem__(self, gram: str, idxs: np.ndarray) -> None:
        self.changed[gram] = idxs

    def frozen(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(sorted grams, offsets, postings end to end): everything as one frozen part."""
        if not self.changed:
            return self.grams, self.offsets, self.flat
        bounds = zip(self.grams.tolist(), self.offsets[:-1].tolist(), self.offsets[1:].tolist(),
                     strict=True)
        merged = {g: self.flat[a:b] for g, a, b in bounds}
        merged.update(self.changed)
        grams = sorted(merged)
        lists = [merged[g] for g in grams]
        offsets = np.zeros(len(grams) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, lists), np.int64, len(lists)), out=offsets[1:])
        flat = np.concatenate(lists).astype(np.int64) if lists else _EMPTY
        return np.array(grams, dtype="<U2"), offsets, flat


@dataclass
class NameIndex:
    seq: int = -1
    token: str = ""
    keys: list[str] = field(default_factory=list)
    owner: np.ndarray = field(default_factory=lambda: _EMPTY.copy())
    primary: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))
    alive: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    length: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float64))
    postings: Postings = field(default_factory=Postings)
    # each owner's name indices; None in an index loaded from a snapshot until it first changes
    names_of: dict[int, list[int]] | None = field(default_factory=dict)
    # facets, indexed by organisation id
    codes: dict[str, int] = field(default_factory=dict)
    country: np.ndarray = field(default_factory=lambda: np.full(0, -1, dtype=np.int32))
    kind: np.ndarray = field(default_factory=lambda: np.full(0, -1, dtype=np.int32))
    city: np.ndarray = field(default_factory=lambda: np.full(0, -1, dtype=np.int64))
    # groups: each organisation's parent, and the members of each parent (Tencent → its lab, its branch)
    parent: np.ndarray = field(default_factory=lambda: np.full(0, -1, dtype=np.int64))
    members: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    sector_orgs: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    cluster_orgs: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    # per-organisation membership masks of sectors and clusters, built on first use
    masks: dict[tuple[str, frozenset], np.ndarray] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _code(self, value: str) -> int:
        return self.codes.setdefault(value, len(self.codes))

    @classmethod
    def journal(cls):
        """The journal it catches up from, and its column naming the changed owner (a subclass
        indexing other names — the catalogue's products — names its own)."""
        from gyoryu.directory.models import DirectoryChange

        return DirectoryChange, DirectoryChange.org_id

    # -- building -----------------------------------------------------------------------
    def _owned_names(self) -> dict[int, list[int]]:
        if self.names_of is None:
            self.names_of = {}
            live = np.flatnonzero(self.alive)
            for idx, oid in zip(live.tolist(), self.owner[live].tolist(), strict=True):
                self.names_of.setdefault(oid, []).append(idx)
        return self.names_of

    def _drop_orgs(self, org_ids: list[int]) -> None:
        self.masks = {}
        names_of = self._owned_names()
        for oid in org_ids:
            for idx in names_of.pop(oid, ()):
                self.alive[idx] = False
            if oid < len(self.country):
                self.country[oid] = self.kind[oid] = -1
                self.city[oid] = -1
                if self.parent[oid] >= 0:
                    self.members[int(self.parent[oid])].discard(oid)
                self.parent[oid] = -1
        dropped = set(org_ids)
        for members in (*self.sector_orgs.values(), *self.cluster_orgs.values()):
            members -= dropped

    def _load(self, session: Session, org_ids: list[int] | None) -> None:
        from sqlalchemy import select

        from gyoryu.directory.models import Organization, OrgName, org_cluster, org_sector

        self.masks = {}
        names = select(OrgName.org_id, OrgName.norm, OrgName.kind)
        orgs = select(Organization.id, Organization.country, Organization.kind, Organization.city_id,
                      Organization.parent_id)
        sectors = select(org_sector.c.org_id, org_sector.c.sector_id)
        clusters = select(org_cluster.c.org_id, org_cluster.c.place_id)
        if org_ids is not None:
            names = names.where(OrgName.org_id.in_(org_ids))
            orgs = orgs.where(Organization.id.in_(org_ids))
            sectors = sectors.where(org_sector.c.org_id.in_(org_ids))
            clusters = clusters.where(org_cluster.c.org_id.in_(org_ids))
        for oid, sid in session.execute(sectors):
            self.sector_orgs[sid].add(oid)
        for oid, pid in session.execute(clusters):
            self.cluster_orgs[pid].add(oid)
        rows = session.execute(orgs).all()
        top = max((r[0] for r in rows), default=0) + 1
        self.country = _grow(self.country, top, -1)
        self.kind = _grow(self.kind, top, -1)
        self.city = _grow(self.city, top, -1)
        self.parent = _grow(self.parent, top, -1)
        for oid, country, kind, city_id, parent_id in rows:
            self.country[oid] = self._code(country)
            self.kind[oid] = self._code(kind)
            self.city[oid] = city_id if city_id is not None else -1
            self.parent[oid] = parent_id if parent_id is not None else -1
            if parent_id is not None:
                self.members[parent_id].add(oid)

        self._add_names(session.execute(names))

    def _add_names(self, rows) -> None:
        """Append (owner id, name key, name kind) rows to the names and their postings."""
        names_of = self._owned_names()
        start = len(self.keys)
        owners, primaries = [], []
        new_postings: dict[str, list[int]] = defaultdict(list)
        for oid, norm, kind in rows:
            if not norm:
                continue
            idx = start + len(owners)
            self.keys.append(norm)
            owners.append(oid)
            primaries.append(1.0 if kind == "primary" else 0.0)
            names_of.setdefault(oid, []).append(idx)
            for g in _grams(norm) | set(norm):
                new_postings[g].append(idx)
        self.owner = np.concatenate([self.owner, np.asarray(owners, dtype=np.int64)])
        self.primary = np.concatenate([self.primary, np.asarray(primaries)])
        self.alive = np.concatenate([self.alive, np.ones(len(owners), dtype=bool)])
        self.length = np.concatenate(
            [self.length, np.fromiter((len(k) for k in self.keys[start:]), np.float64)])
        for g, idxs in new_postings.items():
            fresh = np.asarray(idxs, dtype=np.int64)
            old = self.postings.get(g)
            self.postings[g] = fresh if old is None else np.concatenate([old, fresh])

    def refresh(self, session: Session) -> None:
        """Catch up with the journal: a full rebuild after bulk loads or a rollback the index
        had seen, else a reload of the organisations that changed."""
        from sqlalchemy import select

        journal, owner = self.journal()
        last = select(journal.seq, journal.token).order_by(journal.seq.desc()).limit(1)
        latest, token = session.execute(last).first() or (0, "")
        if (latest, token) == (self.seq, self.token):
            return
        with self.lock:
            if (latest, token) == (self.seq, self.token):
                return
            changed = session.execute(select(owner).where(journal.seq > self.seq)).scalars().all()
            seen = session.scalar(select(journal.token).where(journal.seq == self.seq))
            rolled_back = self.seq > 0 and seen != self.token
            if self.seq < 0 or rolled_back or None in changed:
                fresh = type(self)()
                fresh._load(session, None)
                self.__dict__.update({k: v for k, v in fresh.__dict__.items() if k != "lock"})
            else:
                ids = sorted(set(changed))
                self._drop_orgs(ids)
                for start in range(0, len(ids), 500):
                    self._load(session, ids[start : start + 500])
            self.seq, self.token = latest, token

    # -- querying -----------------------------------------------------------------------
    def _candidates(self, qkey: str) -> np.ndarray:
        if len(qkey) == 1:
            arr = self.postings.get(qkey, _EMPTY)
        else:
            lists = [self.postings.get(g) for g in _grams(qkey)]
            if any(p is None for p in lists):
                return _EMPTY
            lists.sort(key=len)
            arr = lists[0]
            for other in lists[1:]:
                arr = np.intersect1d(arr, other, assume_unique=True)
                if not len(arr):
                    break
        return arr[self.alive[arr]] if len(arr) else _EMPTY

    def _members(self, what: str, ids: set[int]) -> np.ndarray:
        """Organisations in any of the sectors (or clusters) `ids`, as a mask by organisation id."""
        key = (what, frozenset(ids))
        mask = self.masks.get(key)
        if mask is None:
            groups = self.sector_orgs if what == "sector" else self.cluster_orgs
            mask = np.zeros(len(self.country), dtype=bool)
            for gid in ids:
                members = groups.get(gid, ())
                mask[np.fromiter(members, np.int64, len(members))] = True
            self.masks[key] = mask
        return mask

    def _allowed(self, country, kind, sector_ids, city_id, cluster_id) -> np.ndarray | None:
        """The filters as one mask by organisation id (None: no filter), applied to the
        candidate names before they are scored, so a filter narrows the work instead of adding to it."""
        mask = None

        def narrow(m: np.ndarray) -> None:
            nonlocal mask
            mask = m if mask is None else mask & m

        if country:
            narrow(self.country == self.codes.get(country, -2))
        if kind:
            narrow(self.kind == self.codes.get(kind, -2))
        if city_id:
            narrow(self.city == city_id)
        if cluster_id:
            narrow(self._members("cluster", {cluster_id}))
        if sector_ids:
            narrow(self._members("sector", set(sector_ids)))
        return mask

    def _typos(self, qkey: str) -> tuple[list[int], list[float]]:
        """Names within a small edit distance, compared letter by letter for Hangul."""
        grams = [self.postings[g] for g in _grams(qkey) if g in self.postings]
        grams = [p for p in grams if len(p) <= _COMMON_GRAM]
        if not grams:
            return [], []
        ids, counts = np.unique(np.concatenate(grams), return_counts=True)
        keep = counts >= max(1, (len(qkey) - 1) // 3)
        ids, counts = ids[keep], counts[keep]
        if len(ids) > 5000:
            ids = ids[np.argsort(-counts, kind="stable")[:5000]]
        qj = jamo(qkey)
        budget = 1 if len(qkey) <= 5 else 2 if len(qkey) <= 10 else 3
        found, scores = [], []
        for idx in ids[self.alive[ids]].tolist():
            key = self.keys[idx]
            if abs(len(key) - len(qkey)) > budget:
                continue
            dist = Levenshtein.distance(qkey, key, score_cutoff=budget)
            if dist > budget:
                dist = Levenshtein.distance(qj, jamo(key), score_cutoff=budget)
            if dist <= budget:
                found.append(idx)
                scores.append(FUZZY * 10 + 1.0 - dist / (budget + 1) + 0.05 * self.primary[idx])
        return found, scores

    def search(
        self,
        query: str,
        *,
        country: str | None = None,
        kind: str | None = None,
        sector_ids: set[int] | None = None,
        city_id: int | None = None,
        cluster_id: int | None = None,
    ) -> np.ndarray:
        """Ids of all organisations matching `query` and the filters, best first."""
        qkey = name_key(query)
        if not qkey:
            return _EMPTY
        allowed = self._allowed(country, kind, sector_ids, city_id, cluster_id)
        idx = self._candidates(qkey)
        if allowed is not None and len(idx):
            idx = idx[allowed[self.owner[idx]]]
        if len(idx):
            keys = self.keys
            pos = np.fromiter((keys[i].find(qkey) for i in idx.tolist()), np.int64, len(idx))
            hit = pos >= 0
            idx, pos = idx[hit], pos[hit]
            lengths = self.length[idx]
            tier = np.where(pos > 0, SUBSTRING, np.where(lengths == len(qkey), EXACT, PREFIX))
            score = tier * 10 + len(qkey) / lengths + 0.05 * self.primary[idx]
        else:
            score = np.zeros(0)
        if len(idx) < 20 and len(qkey) >= 3 and not (score >= EXACT * 10).any():
            more, more_scores = self._typos(qkey)
            if more and allowed is not None:
                ok = allowed[self.owner[np.asarray(more, dtype=np.int64)]]
                more = [m for m, k in zip(more, ok, strict=True) if k]
                more_scores = [sc for sc, k in zip(more_scores, ok, strict=True) if k]
            if more:
                idx = np.concatenate([idx, np.asarray(more, dtype=np.int64)])
                score = np.concatenate([score, np.asarray(more_scores)])
        if not len(idx):
            return _EMPTY
        owners = self.owner[idx]
        order = np.argsort(-score, kind="stable")
        owners, score = owners[order], score[order]
        orgs, first = np.unique(owners, return_index=True)
        best = score[first]
        orgs, best = self._with_members(orgs, best, allowed)
        return orgs[np.lexsort((orgs, -best))]

    def _with_members(self, orgs: np.ndarray, best: np.ndarray,
                      allowed: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """A group named exactly brings its members, right after it: 腾讯 finds Tencent AI Lab and
        Tencent's Shanghai branch even when a member's own names do not hold the query."""
        exact = orgs[best >= EXACT * 10]
        extra: dict[int, float] = {}
        for oid in exact.tolist():
            for member in self.members.get(oid, ()):
                if allowed is None or allowed[member]:
                    extra.setdefault(member, EXACT * 10 - 0.5)
        if not extra:
            return orgs, best
        have = dict(zip(orgs.tolist(), best.tolist(), strict=True))
        for member, sc in extra.items():
            have[member] = max(have.get(member, 0.0), sc)
        keys = np.fromiter(have, np.int64, len(have))
        return keys, np.fromiter(have.values(), np.float64, len(have))


_indexes: dict[str, NameIndex] = {}
_indexes_lock = threading.Lock()


def index_for(session: Session, *, keep_snapshot: bool = False) -> NameIndex:
    """The process-wide index of the session's database, brought up to date. A process starts
    from the database's index snapshot when there is a valid one, and catches up from the journal
    like any index; `keep_snapshot` (the CLI's short-lived processes) rewrites the snapshot when
    the index had to move on from it."""
    from gyoryu.directory import index_snapshot

    url = session.get_bind().engine.url
    path = index_snapshot.path_for(url.render_as_string(hide_password=True))
    with _indexes_lock:
        index = _indexes.get(key := url.render_as_string(hide_password=False))
        if index is None:
            saved = index_snapshot.load(path, NameIndex) if path else None
            index = _indexes[key] = saved or NameIndex()
    started_at = (index.seq, index.token)
    index.refresh(session)
    if keep_snapshot and path and ((index.seq, index.token) != started_at or not path.exists()):
        index_snapshot.save(index, path)
    return index


def forget_indexes() -> None:
    """Drop every cached index (tests that recreate a database under the same URL)."""
    with _indexes_lock:
        _indexes.clear()
