"""Directory actions: one function per business action, called alike by pages, API and CLI.

Services add and flush; the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gyoryu.db import MAX_ID
from gyoryu.directory.enums import NameKind
from gyoryu.directory.models import (
    Affiliation,
    Organization,
    OrgName,
    Person,
    PersonName,
    Place,
    PlaceName,
    Sector,
)
from gyoryu.directory.normalize import name_key
from gyoryu.directory.quick import summary_names
from gyoryu.directory.schemas import AffiliationIn, AliasIn, OrgIn, OrgPage, OrgSummary, PersonIn, PlaceIn
from gyoryu.directory.search_index import index_for
from gyoryu.errors import InvalidValue, NotFound


# -- look-ups --------------------------------------------------------------------------------
def get_org(*, db: Session, org_id: int) -> Organization:
    org = db.get(Organization, org_id)
    if org is None:
        raise NotFound("E201", id=org_id)
    return org


def org_by_key(*, db: Session, key: str) -> Organization | None:
    return db.scalar(select(Organization).where(Organization.key == key))


def org_by_ref(*, db: Session, ref: str | int) -> Organization:
    """An organisation as people and scripts name it: its key, or its id in digits (E211 if none).

    One reading for the CLI, the API and the reports alike; an id no row can have is simply unknown.
    """
    ref = str(ref).strip()
    org = org_by_key(db=db, key=ref)
    if org is None and ref.isdigit() and 1 <= int(ref) <= MAX_ID:
        org = db.get(Organization, int(ref))
    if org is None:
        raise InvalidValue("E211", value=ref)
    return org


def get_person(*, db: Session, person_id: int) -> Person:
    person = db.get(Person, person_id)
    if person is None:
        raise NotFound("E212", id=person_id)
    return person


def person_by_key(*, db: Session, key: str) -> Person | None:
    return db.scalar(select(Person).where(Person.key == key))


def get_place(*, db: Session, place_id: int) -> Place:
    place = db.get(Place, place_id)
    if place is None:
        raise NotFound("E213", id=place_id)
    return place


def orgs_in_place(*, db: Session, place: Place) -> list[Organization]:
    """Organisations based in a city or district, or members of a cluster."""
    stmt = select(Organization).where(
        (Organization.city_id == place.id)
        | (Organization.district_id == place.id)
        | Organization.clusters.any(Place.id == place.id)
    )
    return list(db.scalars(stmt.order_by(Organization.id)))


def place_by_key(*, db: Session, key: str) -> Place | None:
    return db.scalar(select(Place).where(Place.key == key))


def find_place(*, db: Session, text: str) -> Place | None:
    """A place by key or by any of its names (서울 = Seoul = 首尔)."""
    if place := place_by_key(db=db, key=text):
        return place
    key = name_key(text)
    return db.scalar(
        select(Place).join(PlaceName).where(PlaceName.norm == key).order_by(Place.id).limit(1)
    )


def places_named(*, db: Session, text: str, limit: int = 5) -> list[Place]:
    """Places whose name is exactly `text` in any script (충칭 = 重庆 = Chongqing)."""
    key = name_key(text)
    if not key:
        return []
    stmt = select(Place).join(PlaceName).where(PlaceName.norm == key).distinct().limit(limit)
    return list(db.scalars(stmt))


def sectors_by_key(*, db: Session, keys: Iterable[str]) -> list[Sector]:
    keys = list(dict.fromkeys(keys))
    found = {s.key: s for s in db.scalars(select(Sector).where(Sector.key.in_(keys)))}
    for k in keys:
        if k not in found:
            raise InvalidValue("E204", value=k)
    return [found[k] for k in keys]


def all_sectors(*, db: Session) -> list[Sector]:
    return list(db.scalars(select(Sector).order_by(Sector.id)))


def sector_with_children(*, db: Session, key: str) -> set[int]:
    """A sector's id with its narrower sectors' (robotics → humanoid, quadruped, …)."""
    sectors = all_sectors(db=db)
    by_key = {s.key: s for s in sectors}
    if key not in by_key:
        raise InvalidValue("E204", value=key)
    wanted = {by_key[key].id}
    changed = True
    while changed:
        changed = False
        for s in sectors:
            if s.parent_id in wanted and s.id not in wanted:
                wanted.add(s.id)
                changed = True
    return wanted


# Each named kind with its table of names and the column that points back at it.
NAME_TABLES = {Organization: (OrgName, OrgName.org_id), Person: (PersonName, PersonName.person_id),
               Place: (PlaceName, PlaceName.place_id)}


def name_owners(*, db: Session, names: Iterable[str], model: type = Organization) -> dict[str, object]:
    """Which organisation (or person, or place: `model`) already holds each name (by
    comparison key)."""
    keys = {name_key(n): n for n in names if name_key(n)}
    if not keys:
        return {}
    table, owner = NAME_TABLES[model]
    rows = db.execute(select(table.norm, owner).where(table.norm.in_(keys)).order_by(owner))
    owners: dict[str, object] = {}
    for norm, owner_id in rows:
        owners.setdefault(keys[norm], db.get(model, owner_id))
    return owners


# -- search ----------------------------------------------------------------------------------
def summarize(org: Organization) -> OrgSummary:
    return OrgSummary(
        id=org.id,
        key=org.key,
        names=summary_names(org.primary_names()),
        country=org.country,
        kind=org.kind,
        city=org.city.key if org.city else None,
        sectors=[s.key for s in org.sectors],
    )


def search_orgs(
    *,
    db: Session,
    q: str = "",
    country: str | None = None,
    kind: str | None = None,
    sector: str | None = None,
    city: str | None = None,
    cluster: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[list[Organization], int]:
    """Organisations matching a query in any script, best first, with the total count."""
    country = country.upper() if country else None
    sector_ids = sector_with_children(db=db, key=sector) if sector else None
    city_place = find_place(db=db, text=city) if city else None
    cluster_place = find_place(db=db, text=cluster) if cluster else None
    if (city and city_place is None) or (cluster and cluster_place is None):
        return [], 0
    if q.strip():
        ranked = index_for(db).search(
            q,
            country=country,
            kind=kind,
            sector_ids=sector_ids,
            city_id=city_place.id if city_place else None,
            cluster_id=cluster_place.id if cluster_place else None,
        )
        page_ids = ranked[offset : offset + limit].tolist()
        orgs = {o.id: o for o in db.scalars(select(Organization).where(Organization.id.in_(page_ids)))}
        return [orgs[i] for i in page_ids if i in orgs], len(ranked)
    stmt = select(Organization)
    if country:
        stmt = stmt.where(Organization.country == country)
    if kind:
        stmt = stmt.where(Organization.kind == kind)
    if city_place:
        stmt = stmt.where(Organization.city_id == city_place.id)
    if cluster_place:
        stmt = stmt.where(Organization.clusters.any(Place.id == cluster_place.id))
    if sector_ids:
        stmt = stmt.where(Organization.sectors.any(Sector.id.in_(sector_ids)))
    total = db.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = db.scalars(stmt.order_by(Organization.id).offset(offset).limit(limit)).all()
    return list(rows), total or 0


def search_page(*, db: Session, **query) -> OrgPage:
    orgs, total = search_orgs(db=db, **query)
    return OrgPage(items=[summarize(o) for o in orgs], total=total)


# -- writes ----------------------------------------------------------------------------------
def _resolve_place(db: Session, key: str | None) -> Place | None:
    if not key:
        return None
    place = find_place(db=db, text=key)
    if place is None:
        raise InvalidValue("E205", value=key)
    return place


def _replace_names(db: Session, entity, data: OrgIn | PersonIn | PlaceIn) -> None:
    """Make `entity.names` the primary names and aliases of `data`, keeping rows that stay
    (their ids, and the search index's view of them)."""
    table = NAME_TABLES[type(entity)][0]
    wanted: dict[tuple[str, str], object] = {}
    for lang, name in data.names.items():
        wanted[(lang, name)] = table(name=name, lang=lang, kind=NameKind.primary, norm=name_key(name))
    for alias in data.aliases:
        if alias.name and (alias.lang, alias.name) not in wanted:
            wanted[(alias.lang, alias.name)] = table(
                name=alias.name, lang=alias.lang, kind=alias.type, norm=name_key(alias.name)
            )
    for existing in list(entity.names):
        if (existing.lang, existing.name) in wanted:
            existing.kind = wanted.pop((existing.lang, existing.name)).kind
        else:
            entity.names.remove(existing)
    db.flush()  # removed names go before re-added ones (unique per org, lang, name)
    entity.names.extend(wanted.values())


def check_name_conflicts(*, db: Session, data: OrgIn, org: Organization | None = None) -> None:
    """A primary name that already belongs to another organisation is a duplicate, not a new one;
    an alias the organisation does not have yet cannot be another organisation's name (search
    would then answer the competitor's name with this one); a key names one organisation."""
    for name, owner in name_owners(db=db, names=data.names.values()).items():
        if org is None or owner.id != org.id:
            raise InvalidValue("E210", name=name, other=owner.display_name("en"), id=owner.id)
    held = {name_key(n.name) for n in org.names} if org is not None else set()
    new_aliases = [a.name for a in data.aliases if name_key(a.name) not in held]
    for name, owner in name_owners(db=db, names=new_aliases).items():
        if org is None or owner.id != org.id:
            raise InvalidValue("E210", name=name, other=owner.display_name("en"), id=owner.id)
    if data.key and (other := org_by_key(db=db, key=data.key)) is not None and (
            org is None or other.id != org.id):
        raise InvalidValue("E217", value=data.key, other=other.display_name("en"), id=other.id)


def apply_org(*, db: Session, org: Organization, data: OrgIn) -> Organization:
    """Write `data` onto `org` (new or existing), replacing names, sectors and clusters."""
    db.add(org)
    org.key = data.key or org.key
    org.kind = data.kind
    org.country = data.country
    org.city = _resolve_place(db, data.city)
    org.district = _resolve_place(db, data.district)
    org.clusters = [_resolve_place(db, c) for c in data.clusters]
    org.sectors = sectors_by_key(db=db, keys=data.sectors)
    if data.parent:
        parent = org_by_key(db=db, key=data.parent)
        if parent is None:
            raise InvalidValue("E211", value=data.parent)
        org.parent = parent
    else:
        org.parent = None
    org.website = data.website
    org.founded = data.founded
    org.size = data.size
    org.description = {k: v for k, v in data.description.items() if v}
    org.source = data.source
    _replace_names(db, org, data)
    db.add(org)
    db.flush()
    return org


def create_org(*, db: Session, data: OrgIn) -> Organization:
    check_name_conflicts(db=db, data=data)
    return apply_org(db=db, org=Organization(), data=data)


def update_org(*, db: Session, org: Organization, data: OrgIn) -> Organization:
    check_name_conflicts(db=db, data=data, org=org)
    return apply_org(db=db, org=org, data=data)


def org_to_input(org: Organization) -> OrgIn:
    """The editable form of an organisation (round-trips through `apply_org`)."""
    return OrgIn.model_construct(
        key=org.key,
        kind=org.kind,
        country=org.country,
        city=org.city.key if org.city else None,
        district=org.district.key if org.district else None,
        clusters=[c.key for c in org.clusters],
        parent=org.parent.key if org.parent else None,
        sectors=[s.key for s in org.sectors],
        names=org.primary_names(),
        aliases=[AliasIn(name=n.name, lang=n.lang, type=n.kind) for n in org.aliases()],
        website=org.website,
        founded=org.founded,
        size=org.size,
        description=dict(org.description or {}),
        source=org.source,
    )



def _key_free(db: Session, model: type, key: str | None, entity) -> None:
    """A key names one record of its kind (E217 names the one holding it)."""
    if not key:
        return
    other = db.scalar(select(model).where(model.key == key))
    if other is not None and (entity is None or other.id != entity.id):
        raise InvalidValue("E217", value=key, other=other.display_name("en"), id=other.id)


# -- people ----------------------------------------------------------------------------------
def apply_person(*, db: Session, person: Person, data: PersonIn) -> Person:
    """Write `data` onto `person` (new or existing), replacing names and affiliations."""
    orgs = {}
    for a in data.affiliations:
        if (org := org_by_key(db=db, key=a.org)) is None:
            raise InvalidValue("E211", value=a.org)
        orgs[a.org] = org
    db.add(person)
    person.key = data.key or person.key
    person.description = dict(data.description)
    person.source = data.source
    _replace_names(db, person, data)
    with db.no_autoflush:
        person.affiliations = [Affiliation(organization=orgs[a.org], role=dict(a.role),
                                           since=a.since, until=a.until) for a in data.affiliations]
    db.flush()
    return person


def create_person(*, db: Session, data: PersonIn) -> Person:
    _key_free(db, Person, data.key, None)
    return apply_person(db=db, person=Person(), data=data)


def update_person(*, db: Session, person: Person, data: PersonIn) -> Person:
    _key_free(db, Person, data.key, person)
    return apply_person(db=db, person=person, data=data)


def person_to_input(person: Person) -> PersonIn:
    """The editable form of a person (round-trips through `apply_person`)."""
    return PersonIn.model_construct(
        key=person.key, names=person.primary_names(),
        aliases=[AliasIn(name=n.name, lang=n.lang, type=n.kind) for n in person.aliases()],
        description=dict(person.description or {}), source=person.source,
        affiliations=[AffiliationIn.model_construct(org=a.organization.key, role=dict(a.role or {}),
                                                    since=a.since, until=a.until)
                      for a in person.affiliations],
    )


# -- places and clusters ---------------------------------------------------------------------
def apply_place(*, db: Session, place: Place, data: PlaceIn) -> Place:
    """Write `data` onto `place` (new or existing), replacing its names."""
    parent = None
    if data.parent:
        parent = place_by_key(db=db, key=data.parent)
        if parent is None:
            raise InvalidValue("E205", value=data.parent)
        if parent is place or data.parent == data.key or (place.id and place in parent.ancestors()):
            raise InvalidValue("E225", value=data.parent)
    db.add(place)
    place.key = data.key
    place.kind = data.kind
    place.country = data.country
    place.parent = parent
    _replace_names(db, place, data)
    db.flush()
    return place


def create_place(*, db: Session, data: PlaceIn) -> Place:
    _key_free(db, Place, data.key, None)
    return apply_place(db=db, place=Place(), data=data)


def update_place(*, db: Session, place: Place, data: PlaceIn) -> Place:
    _key_free(db, Place, data.key, place)
    return apply_place(db=db, place=place, data=data)


def place_to_input(place: Place) -> PlaceIn:
    return PlaceIn.model_construct(
        key=place.key, kind=place.kind, country=place.country,
        parent=place.parent.key if place.parent else None, names=place.primary_names(),
        aliases=[AliasIn(name=n.name, lang=n.lang, type=n.kind) for n in place.aliases()],
    )


def list_people(*, db: Session, q: str = "", limit: int = 50, offset: int = 0) -> tuple[list[Person], int]:
    """People, by any of their names when `q` is given (exact comparison key), in id order."""
    stmt = select(Person)
    if q.strip():
        stmt = stmt.where(Person.names.any(PersonName.norm == name_key(q)))
    total = db.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    return list(db.scalars(stmt.order_by(Person.id).offset(offset).limit(limit))), total


def list_places(*, db: Session, q: str = "", kind: str | None = None, country: str | None = None,
                limit: int = 50, offset: int = 0) -> tuple[list[Place], int]:
    """Places of a kind and country, by any of their names when `q` is given, in id order."""
    stmt = select(Place)
    if q.strip():
        stmt = stmt.where(Place.names.any(PlaceName.norm == name_key(q)))
    if kind:
        stmt = stmt.where(Place.kind == kind)
    if country:
        stmt = stmt.where(Place.country == country.upper())
    total = db.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    return list(db.scalars(stmt.order_by(Place.id).offset(offset).limit(limit))), total
