"""A read-only snapshot of the directory's names for the extraction pipeline.

Built once from the database and reused until the directory changes (the `directory_change`
journal for organisations, row counts for people and places), so extraction itself never
queries the database and the benchmark measures extraction, not I/O.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.directory.enums import NameKind
from gyoryu.directory.models import (
    Affiliation,
    DirectoryChange,
    Organization,
    OrgName,
    PersonName,
    Place,
    PlaceName,
)
from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind
from gyoryu.intel.matcher import NAME_COMMA, NameMatcher
from gyoryu.intel.translit import sound_key, split_generic


@dataclass
class OrgEntry:
    id: int
    key: str | None
    kind: str
    country: str
    names: dict[str, str]

    @property
    def canonical(self) -> str:
        return self.names.get("en") or self.names.get("ko") or self.names.get("zh-Hans") or next(
            iter(self.names.values()), "?")


@dataclass
class PlaceEntry:
    id: int
    key: str
    kind: str
    country: str
    names: dict[str, str]
    parent: int | None = None

    def ancestors(self, places: dict[int, PlaceEntry]) -> set[int]:
        out, at = set(), self.parent
        while at is not None and at not in out:
            out.add(at)
            at = places[at].parent if at in places else None
        return out


@dataclass
class PersonEntry:
    id: int
    key: str | None
    names: dict[str, str]
    affiliations: list[tuple[int, dict]] = field(default_factory=list)


@dataclass
class Gazetteer:
    orgs: dict[int, OrgEntry]
    places: dict[int, PlaceEntry]
    people: dict[int, PersonEntry]
    by_key: dict[str, list[tuple[EntityKind, int]]]
    sounds: list[tuple[str, int]]  # (sound key, org id)
    matcher: NameMatcher
    words_ko: list[str]
    words_zh: list[str]
    version: tuple = ()
    heads: list[tuple[str, str, int]] = field(default_factory=list)  # (kind word, head key, org)
    # Latin name keys the directory only ever writes with a capital (MOST, Arm): in running
    # English, "most" and "arm" are words, not those organisations
    cased: frozenset[str] = frozenset()
    # short Latin keys the directory only ever writes in capitals (HMM, SK): in running English a
    # capitalised "Hmm" opening a sentence is a word; such acronyms are not written so
    upper: frozenset[str] = frozenset()
    # every Latin key the directory only ever writes in capitals, of any length (KOTRA, KAIF): an
    # acronym is matched exactly or by a listed alias, never by how it sounds
    acronyms: frozenset[str] = frozenset()
    # the government of a place, where the directory has one named after it (上海市人民政府)
    governments: dict[int, int] = field(default_factory=dict)
    # (organisation, generic word class) → the organisation named so (NAVER + cloud → NAVER Cloud)
    composed: dict[tuple[int, str], int] = field(default_factory=dict)
    # (generic word class, name key of the rest) → organisation: LG AI + research → LG AI Research,
    # so LG AI研究院 links though only LG AI연구원 and LG AI Research are written down
    exact_heads: dict[tuple[str, str], int] = field(default_factory=dict)
    # the Chinese names of the directory's countries, longest first: a country before a body's
    # name (韩国中小企业部, 美国英伟达) scopes it and is no part of the name
    countries_zh: re.Pattern = re.compile(r"(?!)")

    # an English name's words as a set (`en_bag`) → the one organisation named so: Chinese bodies'
    # English names are written in either order (Shenzhen Municipal Bureau of Industry and
    # Information Technology = Industry and Information Technology Bureau of Shenzhen Municipality)
    en_bags: dict[str, int] = field(default_factory=dict)

    def entities(self, key: str) -> list[tuple[EntityKind, int]]:
        return self.by_key.get(key, [])


# words an official English name can carry or leave out without naming another body
_BAG_FILLER = frozenset("of the and for in municipal municipality city people's peoples".split())
_BAG_SAME = {"ai": "artificial intelligence", "lab": "laboratory", "labs": "laboratory", "&": "",
             "sci-tech": "science technology", "hi-tech": "high technology", "high-tech": "high technology"}


def en_bag(name: str) -> str | None:
    """The words of an English organisation name as a set, for names of four words or more (fewer
    leave too little to tell bodies apart) and without 'in'; None for others."""
    words = [w for w in re.split(r"[\s,]+", name.casefold().replace("’", "'")) if w]
    words = " ".join(_BAG_SAME.get(w, w) for w in words).split()
    content = {w for w in words if w not in _BAG_FILLER}
    if len(content) < 4 or not name.isascii() or "in" in words:
        return None  # 'in' tells which way round (China Chamber of Commerce in Korea ≠ its Korean twin)
    return " ".join(sorted(content))


def build(orgs: list[OrgEntry], org_names: list[tuple[int, str, str]],
          places: list[PlaceEntry], place_names: list[tuple[int, str, str]],
          people: list[PersonEntry], person_names: list[tuple[int, str, str]],
          version: tuple = ()) -> Gazetteer:
    """A gazetteer from plain rows: (entity id, name, name key) per name."""
    by_key: dict[str, list[tuple[EntityKind, int]]] = {}
    words_ko: set[str] = set()
    words_zh: set[str] = set()
    sounds: dict[tuple[str, int], None] = {}
    heads: dict[tuple[str, str, int], None] = {}
    exact_heads: dict[tuple[str, str], set[int]] = {}
    splits: list[tuple[int, tuple[str, str]]] = []  # (org, (head, generic class)) per org name
    bags: dict[str, set[int]] = {}
    capitalised: dict[str, bool] = {}
    upper: dict[str, bool] = {}
    spaced: set[str] = set()
    commas: set[str] = set()
    for kind, rows in ((EntityKind.organization, org_names), (EntityKind.place, place_names),
                       (EntityKind.person, person_names)):
        for eid, name, key in rows:
            if not key:
                continue
            owners = by_key.setdefault(key, [])
            if (kind, eid) not in owners:
                owners.append((kind, eid))
            if kind == EntityKind.organization and key.endswith("대학교"):
                # 우한대학교 is written 우한대학 as often (the Korean press's form for Chinese and
                # Japanese universities); the shorter key is a name of the same body
                short = by_key.setdefault(key[:-1], [])
                if (kind, eid) not in short:
                    short.append((kind, eid))
            compact = "".join(name.split())
            if key.isascii():
                capitalised[key] = capitalised.get(key, True) and any(c.isupper() for c in name)
                upper[key] = upper.get(key, True) and name.strip().isupper()
                if len(key) <= 4 and " " in name.strip():
                    spaced.add(" ".join(name.split()).casefold())
                if NAME_COMMA.search(name):
                    commas.add(key)
            if any("\uac00" <= c <= "\ud7a3" for c in compact):
                words_ko.add(compact)
            elif any("\u4e00" <= c <= "\u9fff" for c in compact):
                words_zh.add(compact)
            if kind == EntityKind.organization and key.isascii() and (bag := en_bag(name)):
                bags.setdefault(bag, set()).add(eid)
            if kind == EntityKind.organization and (sk := sound_key(name)) and len(sk) >= 3:
                sounds[(sk, eid)] = None
            if kind == EntityKind.organization and (split := split_generic(name)):
                splits.append((eid, split))
                if len(hk := sound_key(split[0])) >= 4:
                    heads[(split[1], hk, eid)] = None
                if len(head_key := name_key(split[0])) >= 2:
                    exact_heads.setdefault((split[1], head_key), set()).add(eid)
    return Gazetteer(
        governments=_governments(orgs, org_names, by_key),
        countries_zh=_countries_zh(places, place_names),
        composed=_composed(org_names, splits, by_key),
        exact_heads={k: next(iter(v)) for k, v in exact_heads.items() if len(v) == 1},
        en_bags={k: next(iter(v)) for k, v in bags.items() if len(v) == 1},
        orgs={o.id: o for o in orgs}, places={p.id: p for p in places},
        people={p.id: p for p in people}, by_key=by_key, sounds=list(sounds),
        matcher=NameMatcher(list(by_key), frozenset(spaced), frozenset(commas)),
        words_ko=sorted(words_ko), words_zh=sorted(words_zh),
        version=version, heads=list(heads),
        cased=frozenset(k for k, capital in capitalised.items() if capital),
        upper=frozenset(k for k, caps in upper.items() if caps and len(k) <= 3 and k.isalpha()),
        acronyms=frozenset(k for k, caps in upper.items() if caps and k.isalnum() and not k.isdigit()))


# The bodies that govern a place, written after its name (안후이성 인민정부, 两江新区管委会)
GOVERNMENT_BODIES = ("인민정부", "人民政府", "관리위원회", "管委会", "管理委员会")
_GOVERNMENT_WORDS = (*GOVERNMENT_BODIES, "政府", "정부", "시청", "도청", "administrativecommittee", "peoplesgovernment",
                     "municipalpeoplesgovernment", "municipalgovernment", "provincialgovernment",
                     "government")


def _governments(orgs: list[OrgEntry], org_names: list[tuple[int, str, str]],
                 by_key: dict[str, list[tuple[EntityKind, int]]]) -> dict[int, int]:
    """Place → its government organisation, read off the government's names: a name that is a
    place's name, or a place's name and a word for government (上海市 + 人民政府, Shanghai +
    Municipal People's Government). A place claimed by two governments gets neither."""
    kinds = {o.id: o.kind for o in orgs}
    found: dict[int, set[int]] = {}
    for oid, _name, key in org_names:
        if kinds.get(oid) != "government" or not key:
            continue
        stems = [key] + [key[: -len(w)] for w in _GOVERNMENT_WORDS if key.endswith(w) and len(key) > len(w)]
        for stem in stems:
            for kind, pid in by_key.get(stem, []):
                if kind == EntityKind.place:
                    found.setdefault(pid, set()).add(oid)
    return {pid: next(iter(o)) for pid, o in found.items() if len(o) == 1}


def _countries_zh(places: list[PlaceEntry], place_names: list[tuple[int, str, str]]) -> re.Pattern:
    """One alternation of every Han-script name of a place of kind country (Simplified and
    Traditional forms alike), longest first so 中华人民共和国 wins over 中国."""
    countries = {p.id for p in places if p.kind == "country"}
    names = {n for pid, n, _k in place_names if pid in countries and n and all("\u4e00" <= c <= "\u9fff" for c in n)}
    if not names:
        return re.compile(r"(?!)")
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n)))))


def _composed(org_names: list[tuple[int, str, str]], splits: list[tuple[int, tuple[str, str]]],
              by_key: dict[str, list[tuple[EntityKind, int]]]) -> dict[tuple[int, str], int]:
    """Organisations whose name is another's name and a generic word, in any language: so
    "NAVER云" finds NAVER Cloud though only "NAVER Cloud" and "네이버클라우드" are written down."""
    out: dict[tuple[int, str], int] = {}
    for oid, name, _key in org_names:
        words = name.split()
        if len(words) >= 2 and words[-1].isascii() and words[-1].isalnum():
            # Samsung SDS: Samsung's name and a Latin word, found as 三星SDS or 삼성 SDS
            for kind, parent in by_key.get(name_key(" ".join(words[:-1])), []):
                if kind == EntityKind.organization and parent != oid:
                    out.setdefault((parent, words[-1].lower()), oid)
    for oid, (head, cls) in splits:
        for kind, parent in by_key.get(name_key(head), []):
            if kind == EntityKind.organization:  # itself too: 高瓴资本 is 高瓴 + capital
                if parent == oid:
                    out[(parent, cls)] = oid
                else:
                    out.setdefault((parent, cls), oid)
    return out


def _version(db: Session) -> tuple:
    last = db.execute(select(DirectoryChange.seq, DirectoryChange.token)
                      .order_by(DirectoryChange.seq.desc()).limit(1)).first()
    return (tuple(last) if last else (0, ""),
            db.scalar(select(func.count(PersonName.id))),
            db.scalar(select(func.max(PersonName.id))),
            db.scalar(select(func.count(PlaceName.id))),
            db.scalar(select(func.count(OrgName.id))),
            db.scalar(select(func.max(OrgName.id))))


def load(db: Session) -> Gazetteer:
    """Read the directory into a gazetteer (no caching; see `gazetteer_for`)."""
    from gyoryu.directory.models import Person

    orgs = [OrgEntry(i, k, kind, c, {}) for i, k, kind, c in db.execute(
        select(Organization.id, Organization.key, Organization.kind, Organization.country))]
    by_id = {o.id: o for o in orgs}
    org_names = []
    for oid, name, lang, kind, norm in db.execute(
            select(OrgName.org_id, OrgName.name, OrgName.lang, OrgName.kind, OrgName.norm)
            .order_by(OrgName.id)):
        if kind == NameKind.primary:
            by_id[oid].names.setdefault(lang, name)
        if kind != NameKind.product:  # WeChat names a product of Tencent's, not Tencent, in the news
            org_names.append((oid, name, norm))
    for o in orgs:
        if not o.names:
            o.names = {"und": next((n for i, n, _k in org_names if i == o.id), "?")}
    places = [PlaceEntry(i, k, kind, c, {}, parent) for i, k, kind, c, parent in db.execute(
        select(Place.id, Place.key, Place.kind, Place.country, Place.parent_id))]
    pby = {p.id: p for p in places}
    place_names = []
    for pid, name, lang, kind, norm in db.execute(
            select(PlaceName.place_id, PlaceName.name, PlaceName.lang, PlaceName.kind,
                   PlaceName.norm)):
        if kind == NameKind.primary:
            pby[pid].names.setdefault(lang, name)
        place_names.append((pid, name, norm))
    people = [PersonEntry(i, k, {}) for i, k in db.execute(select(Person.id, Person.key))]
    peby = {p.id: p for p in people}
    person_names = []
    for pid, name, lang, kind, norm in db.execute(
            select(PersonName.person_id, PersonName.name, PersonName.lang, PersonName.kind,
                   PersonName.norm)):
        if kind == NameKind.primary:
            peby[pid].names.setdefault(lang, name)
        person_names.append((pid, name, norm))
    for pid, oid, role in db.execute(
            select(Affiliation.person_id, Affiliation.org_id, Affiliation.role)
            .where(Affiliation.until.is_(None))):
        peby[pid].affiliations.append((oid, role or {}))
    return build(orgs, org_names, places, place_names, people, person_names)


_cache: dict[str, Gazetteer] = {}
_lock = threading.Lock()


def gazetteer_for(db: Session) -> Gazetteer:
    """The directory snapshot of the session's database, rebuilt only when the directory changed."""
    url = db.get_bind().engine.url.render_as_string(hide_password=False)
    version = _version(db)
    with _lock:
        cached = _cache.get(url)
        if cached is not None and cached.version == version:
            return cached
    fresh = load(db)
    fresh.version = version
    with _lock:
        _cache[url] = fresh
    return fresh
