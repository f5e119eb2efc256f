"""The four kinds of directory record that travel as tables — organisations, people, places and
clusters — each told as data: its columns, how a row becomes the service's input and a record
becomes a row, and what a row refers to. `interchange` reads, checks, imports and exports any
of them the same way, so one mechanism serves every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from gyoryu.directory import cells, service
from gyoryu.directory.enums import PlaceKind
from gyoryu.directory.models import Organization, Person, Place
from gyoryu.directory.schemas import DESCRIPTION_LANGS, OrgIn, PersonIn, PlaceIn

NAME_COLUMNS = {"name_ko": "ko", "name_zh": "zh-Hans", "name_zh_hant": "zh-Hant",
                "name_en": "en", "name_ja": "ja"}
DESCRIPTION_COLUMNS = [f"description_{lang}" for lang in DESCRIPTION_LANGS]
ROLE_DETAILS = {f"role_{lang}": lang for lang in DESCRIPTION_LANGS}

Check = tuple[str, str, dict]  # (column, error code, parameters): a problem of one row


@dataclass
class Seen:
    """What an import's checks share across its rows: the file's keys, and look-ups made once."""

    file_keys: set[str]
    cache: dict = field(default_factory=dict)

    def once(self, name: str, compute: Callable[[], object]):
        if name not in self.cache:
            self.cache[name] = compute()
        return self.cache[name]


@dataclass(frozen=True)
class Kind:
    name: str  # organizations | people | places | clusters: the CLI's, the pages' and the files' word
    columns: list[str]
    schema: type[BaseModel]
    model: type
    to_input: Callable[[dict[str, str]], dict]  # a read row as the schema's input
    to_row: Callable[[object], dict[str, str]]  # a record as a row of `columns`
    to_record: Callable[[object], dict]  # a record as JSON
    query: Callable[[], Select]  # every record of the kind, for the export
    check: Callable[[Session, BaseModel, Seen], list[Check]]  # what the row refers to
    apply: Callable[..., object]  # service.apply_*(db=, <entity>=, data=)
    parent: Callable[[BaseModel], str | None] = lambda data: None  # a key to write first
    unique_names: bool = False  # a primary name names one record (organisations only)

    def by_key(self, db: Session, key: str):
        return db.scalar(select(self.model).where(self.model.key == key))


# -- shared cells ----------------------------------------------------------------------------
def names_of(row: dict[str, str]) -> dict[str, str]:
    return {lang: row[col] for col, lang in NAME_COLUMNS.items() if row.get(col)}


def name_cells(entity) -> dict[str, str]:
    names = entity.primary_names()
    return {col: names.get(lang, "") for col, lang in NAME_COLUMNS.items()}


def aliases_of(cell: str) -> list[dict]:
    """'Tencent Holdings [en, legal]; 腾讯控股 [zh, legal]' as aliases for the schema."""
    out = []
    for text in cells.split(cell):
        name, attrs = cells.item(text)
        alias = {"name": name}
        if attrs:
            alias["lang"] = {"zh": "zh-Hans"}.get(attrs[0], attrs[0])
        if len(attrs) > 1:
            alias["type"] = attrs[1]
        out.append(alias)
    return out


def alias_cell(entity) -> str:
    return cells.join([(n.name, [n.lang, n.kind]) for n in entity.aliases()])


def description_cells(entity) -> dict[str, str]:
    desc = entity.description or {}
    return {f"description_{lang}": desc.get(lang, "") for lang in DESCRIPTION_LANGS}


def descriptions_of(row: dict[str, str]) -> dict[str, str]:
    return {lang: row[f"description_{lang}"] for lang in DESCRIPTION_LANGS
            if row.get(f"description_{lang}")}


# -- organisations ---------------------------------------------------------------------------
ORG_COLUMNS = [
    "key", "kind", "country", "city", "district", "clusters", "parent", "sectors",
    *NAME_COLUMNS, "aliases", "website", "founded", "size", *DESCRIPTION_COLUMNS, "source",
]


def org_input(row: dict[str, str]) -> dict:
    return {
        "key": row.get("key") or None,
        "kind": row.get("kind") or "company",
        "country": row.get("country", ""),
        "city": row.get("city") or None,
        "district": row.get("district") or None,
        "clusters": cells.values(row.get("clusters", "")),
        "parent": row.get("parent") or None,
        "sectors": cells.values(row.get("sectors", "")),
        "names": names_of(row),
        "aliases": aliases_of(row.get("aliases", "")),
        "website": row.get("website") or None,
        "founded": row.get("founded") or None,
        "size": row.get("size") or None,
        "description": descriptions_of(row),
        "source": row.get("source") or None,
    }


def org_row(org: Organization) -> dict[str, str]:
    return {
        "key": org.key or "", "kind": org.kind, "country": org.country,
        "city": org.city.key if org.city else "",
        "district": org.district.key if org.district else "",
        "clusters": "; ".join(c.key for c in org.clusters),
        "parent": org.parent.key if org.parent and org.parent.key else "",
        "sectors": "; ".join(s.key for s in org.sectors),
        **name_cells(org), "aliases": alias_cell(org),
        "website": org.website or "", "founded": str(org.founded or ""), "size": org.size or "",
        **description_cells(org), "source": org.source or "",
    }


def org_record(org: Organization) -> dict:
    row = org_row(org)
    return {
        "id": org.id, "key": org.key, "kind": org.kind, "country": org.country,
        "city": row["city"] or None, "clusters": [c.key for c in org.clusters],
        "parent": row["parent"] or None, "sectors": [s.key for s in org.sectors],
        "names": org.primary_names(),
        "aliases": [{"name": n.name, "lang": n.lang, "type": n.kind} for n in org.aliases()],
        "website": org.website, "founded": org.founded, "size": org.size,
        "description": org.description or {}, "source": org.source,
    }


def org_check(db: Session, data: OrgIn, seen: Seen) -> list[Check]:
    sector_keys = seen.once("sectors", lambda: {s.key for s in service.all_sectors(db=db)})
    out: list[Check] = [("sectors", "E204", {"value": s}) for s in data.sectors if s not in sector_keys]
    for col in ("city", "district"):
        value = getattr(data, col)
        if value and service.find_place(db=db, text=value) is None:
            out.append((col, "E205", {"value": value}))
    out += [("clusters", "E205", {"value": c}) for c in data.clusters
            if service.find_place(db=db, text=c) is None]
    if data.parent and data.parent not in seen.file_keys and service.org_by_key(db=db, key=data.parent) is None:
        out.append(("parent", "E211", {"value": data.parent}))
    return out


ORGANIZATIONS = Kind(
    name="organizations", columns=ORG_COLUMNS, schema=OrgIn, model=Organization,
    to_input=org_input, to_row=org_row, to_record=org_record,
    query=lambda: select(Organization).order_by(Organization.id), check=org_check,
    apply=lambda *, db, entity, data: service.apply_org(db=db, org=entity, data=data),
    parent=lambda data: data.parent, unique_names=True,
)


# -- people ----------------------------------------------------------------------------------
PERSON_COLUMNS = ["key", *NAME_COLUMNS, "aliases", "affiliations", *DESCRIPTION_COLUMNS, "source"]


def affiliations_of(cell: str) -> list[dict]:
    """'deepseek [since=2023, role_en=Founder and CEO]; high-flyer' as affiliations; a detail
    not among since, until and role_* is passed on for the schema to name (E227)."""
    out = []
    for text in cells.split(cell):
        org, attrs = cells.item(text)
        found: dict = {"org": org}
        for attr in attrs:
            key, value = cells.pair(attr)
            if key in ROLE_DETAILS:
                found.setdefault("role", {})[ROLE_DETAILS[key]] = value
            else:
                found[key or attr] = value
        out.append(found)
    return out


def affiliation_cell(person: Person) -> str:
    items = []
    for a in person.affiliations:
        details = [f"{k}={v}" for k, v in (("since", a.since), ("until", a.until)) if v]
        details += [f"role_{lang}={a.role[lang]}" for lang in DESCRIPTION_LANGS if (a.role or {}).get(lang)]
        items.append((a.organization.key or "", details))
    return cells.join(items)


def person_input(row: dict[str, str]) -> dict:
    return {"key": row.get("key") or None, "names": names_of(row),
            "aliases": aliases_of(row.get("aliases", "")),
            "affiliations": affiliations_of(row.get("affiliations", "")),
            "description": descriptions_of(row), "source": row.get("source") or None}


def person_row(person: Person) -> dict[str, str]:
    return {"key": person.key or "", **name_cells(person), "aliases": alias_cell(person),
            "affiliations": affiliation_cell(person), **description_cells(person),
            "source": person.source or ""}


def person_check(db: Session, data: PersonIn, seen: Seen) -> list[Check]:
    return [("affiliations", "E211", {"value": a.org}) for a in data.affiliations
            if service.org_by_key(db=db, key=a.org) is None]


PEOPLE = Kind(
    name="people", columns=PERSON_COLUMNS, schema=PersonIn, model=Person,
    to_input=person_input, to_row=person_row,
    to_record=lambda p: {"id": p.id, **service.person_to_input(p).model_dump(mode="json")},
    query=lambda: select(Person).order_by(Person.id), check=person_check,
    apply=lambda *, db, entity, data: service.apply_person(db=db, person=entity, data=data),
)


# -- places and clusters ---------------------------------------------------------------------
PLACE_COLUMNS = ["key", "kind", "country", "parent", *NAME_COLUMNS, "aliases"]


def place_input(row: dict[str, str]) -> dict:
    return {"key": row.get("key") or None, "kind": row.get("kind", ""),
            "country": row.get("country", ""), "parent": row.get("parent") or None,
            "names": names_of(row), "aliases": aliases_of(row.get("aliases", ""))}


def place_row(place: Place) -> dict[str, str]:
    return {"key": place.key, "kind": place.kind, "country": place.country,
            "parent": place.parent.key if place.parent else "", **name_cells(place),
            "aliases": alias_cell(place)}


def place_record(place: Place) -> dict:
    return {"id": place.id, **service.place_to_input(place).model_dump(mode="json")}


def place_check(db: Session, data: PlaceIn, seen: Seen) -> list[Check]:
    if data.parent and data.parent not in seen.file_keys and service.place_by_key(db=db, key=data.parent) is None:
        return [("parent", "E205", {"value": data.parent})]
    return []


def cluster_check(db: Session, data: PlaceIn, seen: Seen) -> list[Check]:
    """A cluster's row may not turn a city (or any other place) into a cluster by its key."""
    held = service.place_by_key(db=db, key=data.key)
    if held is not None and held.kind != PlaceKind.cluster:
        return [("key", "E228", {"value": data.key})]
    return place_check(db, data, seen)


def _apply_place(*, db, entity, data):
    return service.apply_place(db=db, place=entity, data=data)


PLACES = Kind(
    name="places", columns=PLACE_COLUMNS, schema=PlaceIn, model=Place,
    to_input=place_input, to_row=place_row, to_record=place_record,
    query=lambda: select(Place).where(Place.kind != PlaceKind.cluster).order_by(Place.id),
    check=place_check, apply=_apply_place, parent=lambda data: data.parent,
)
CLUSTERS = Kind(
    name="clusters", columns=[c for c in PLACE_COLUMNS if c != "kind"], schema=PlaceIn, model=Place,
    to_input=lambda row: place_input(row) | {"kind": PlaceKind.cluster.value},
    to_row=lambda place: {k: v for k, v in place_row(place).items() if k != "kind"},
    to_record=place_record,
    query=lambda: select(Place).where(Place.kind == PlaceKind.cluster).order_by(Place.id),
    check=cluster_check, apply=_apply_place, parent=lambda data: data.parent,
)

KINDS = {k.name: k for k in (ORGANIZATIONS, PEOPLE, PLACES, CLUSTERS)}
