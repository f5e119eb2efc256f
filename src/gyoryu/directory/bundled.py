"""The curated directory shipped with gyoryu: validated, then loaded by `gyoryu init`.

`python -m gyoryu.directory.bundled` checks the files and prints every problem with its file,
record and field, so curators see all of them at once.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from gyoryu.directory.bundled_merge import merge
from gyoryu.directory.enums import NameKind, NameLang, PlaceKind
from gyoryu.directory.models import (
    Affiliation,
    Organization,
    Person,
    PersonName,
    Place,
    PlaceName,
    Sector,
)
from gyoryu.directory.normalize import name_key
from gyoryu.directory.schemas import DESCRIPTION_LANGS, OrgIn, PlaceIn
from gyoryu.directory.service import (
    apply_org,
    apply_place,
    name_owners,
    org_by_key,
    org_to_input,
    place_to_input,
)

DATA = Path(__file__).parent / "data"
GROUPS = ("kr", "cn", "world")
# libyaml's loader reads the 24,000 lines of the bundle about five times faster than PyYAML's
# pure-Python one, and builds the same objects; the wheel ships it, a source build may not
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Bundle:
    sectors: list[dict] = field(default_factory=list)
    places: list[tuple[str, dict]] = field(default_factory=list)
    orgs: list[tuple[str, dict]] = field(default_factory=list)
    people: list[tuple[str, dict]] = field(default_factory=list)


def read_bundle(root: Path = DATA) -> Bundle:
    def read(path: Path) -> list:
        if not path.exists():
            return []
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or []  # noqa: S506 (a safe loader)

    b = Bundle(sectors=read(root / "sectors.yaml"))
    for group in GROUPS:
        for kind, target in (("places", b.places), ("organizations", b.orgs), ("people", b.people)):
            # kr.yaml, then kr_public.yaml …: each group may be split into files by theme
            for path in sorted((root / kind).glob(f"{group}*.yaml"), key=lambda p: (len(p.stem), p.stem)):
                target.extend((f"{kind}/{path.name}", item) for item in read(path))
    return b


def _names_ok(names: dict, where: str, problems: list[str]) -> None:
    langs = {m.value for m in NameLang}
    if not names:
        problems.append(f"{where}: no names")
    for lang in names or {}:
        if lang not in langs:
            problems.append(f"{where}: names.{lang}: unknown language")


# Curators' notes on a record that are not organisation data: `unsure` lists the languages whose
# name is a transliteration or translation nobody has confirmed (the organisation's own usage or
# the press would settle it), so a reviewer knows which names to check first.
CURATION_FIELDS = ("unsure",)


def org_input(o: dict) -> OrgIn:
    """A bundled record as the service's input: curation notes set aside."""
    return OrgIn.model_validate({k: v for k, v in o.items() if k not in CURATION_FIELDS})


def place_input(p: dict) -> PlaceIn:
    """A bundled place as the service's input (an empty `aliases:` is no aliases)."""
    return PlaceIn.model_validate({**{k: v for k, v in p.items() if k not in CURATION_FIELDS},
                                   "aliases": p.get("aliases") or []})


def _unsure_ok(o: dict, where: str, problems: list[str]) -> None:
    unsure = o.get("unsure")
    if unsure is None:
        return
    if not isinstance(unsure, list):
        problems.append(f"{where}: unsure: a list of languages, not '{unsure}'")
        return
    names = {{"zh": "zh-Hans"}.get(k, k) for k in o.get("names") or {}}
    for lang in unsure:
        if lang not in names:
            problems.append(f"{where}: unsure: '{lang}' names no name of this record")


def validate(b: Bundle) -> list[str]:
    """Every problem in the bundle, each naming its file, record and field."""
    problems: list[str] = []
    sector_keys = {s["key"] for s in b.sectors}
    place_keys: dict[str, dict] = {}
    for src, p in b.places:
        where = f"{src}: {p.get('key')}"
        if p.get("key") in place_keys:
            problems.append(f"{where}: duplicate place key")
        place_keys[p.get("key")] = p
        if p.get("kind") not in PlaceKind.__members__:
            problems.append(f"{where}: kind: unknown '{p.get('kind')}'")
        _names_ok(p.get("names"), where, problems)
        for a in p.get("aliases") or []:  # one row could not tell the two apart: export drops it
            if (p.get("names") or {}).get(a.get("lang")) == a.get("name"):
                problems.append(f"{where}: aliases: '{a.get('name')}' repeats the {a.get('lang')} name")
    for src, p in b.places:
        if p.get("parent") and p["parent"] not in place_keys:
            problems.append(f"{src}: {p['key']}: parent: unknown place '{p['parent']}'")

    org_keys = {o.get("key") for _src, o in b.orgs}
    seen_keys: set[str] = set()
    primary_owner: dict[str, str] = {}
    for src, o in b.orgs:
        where = f"{src}: {o.get('key')}"
        if not o.get("key"):
            problems.append(f"{src}: an organisation without key")
        if o.get("key") in seen_keys:
            problems.append(f"{where}: duplicate organisation key")
        seen_keys.add(o.get("key"))
        _unsure_ok(o, where, problems)
        try:
            data = org_input(o)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(x) for x in err["loc"])
                problems.append(f"{where}: {loc}: {err['msg']}")
            continue
        for s in data.sectors:
            if s not in sector_keys:
                problems.append(f"{where}: sectors: unknown sector '{s}'")
        if not data.sectors:
            problems.append(f"{where}: sectors: none given")
        for fld in ("city", "district"):
            if getattr(data, fld) and getattr(data, fld) not in place_keys:
                problems.append(f"{where}: {fld}: unknown place '{getattr(data, fld)}'")
        for c in data.clusters:
            if c not in place_keys:
                problems.append(f"{where}: clusters: unknown place '{c}'")
        if data.parent and data.parent not in org_keys:
            problems.append(f"{where}: parent: unknown organisation '{data.parent}'")
        own = {(n.lang, n.name) for n in data.aliases}
        for lang, name in data.names.items():
            if (lang, name) in own:
                problems.append(f"{where}: aliases: '{name}' repeats the {lang} name")
        if len(own) < len(data.aliases):
            problems.append(f"{where}: aliases: the same alias twice")
        for lang, name in data.names.items():
            k = name_key(name)
            other = primary_owner.get(k)
            if other and other != data.key:
                problems.append(f"{where}: names.{lang}: '{name}' is also a name of '{other}'")
            primary_owner[k] = data.key

    person_keys: set[str] = set()
    for src, p in b.people:
        where = f"{src}: {p.get('key')}"
        if p.get("key") in person_keys:
            problems.append(f"{where}: duplicate person key")
        person_keys.add(p.get("key"))
        _names_ok(p.get("names"), where, problems)
        for i, a in enumerate(p.get("affiliations") or []):
            if a.get("org") not in org_keys:
                problems.append(f"{where}: affiliations[{i}].org: unknown organisation '{a.get('org')}'")
            for lang, text in (a.get("role") or {}).items():
                # an unquoted comma in a YAML {…} splits a role into stray keys with no text
                if lang not in DESCRIPTION_LANGS or not isinstance(text, str):
                    problems.append(f"{where}: affiliations[{i}].role.{lang}: not a role in ko, zh "
                                    f"or en (quote a role holding a comma)")
    return problems


def _place_names(p: dict) -> list[PlaceName]:
    rows = [
        PlaceName(name=n, lang=lang, kind=NameKind.primary, norm=name_key(n))
        for lang, n in (p.get("names") or {}).items()
    ]
    for a in p.get("aliases") or []:
        rows.append(PlaceName(name=a["name"], lang=a.get("lang", "und"),
                              kind=a.get("type", NameKind.other), norm=name_key(a["name"])))
    return rows


def load(db: Session, root: Path = DATA) -> dict[str, int]:
    """Insert the bundled records not yet in the database (by key); raises on any problem.

    Records already there belong to the organisers, whose edits a later `gyoryu init` must not
    undo: an organisation the bundle has changed since it was loaded takes the bundle's changes
    only where the organisers left the record as loaded (`bundled_merge`); sectors, places and
    people already there are left alone. Returns how many of each kind were added, and how many
    organisations were updated.
    """
    b = read_bundle(root)
    problems = validate(b)
    if problems:
        raise ValueError("bundled directory has problems:\n" + "\n".join(problems))

    sectors = {s.key: s for s in db.scalars(select(Sector))}
    new_sectors = [s for s in b.sectors if s["key"] not in sectors]
    for s in new_sectors:
        sectors[s["key"]] = Sector(key=s["key"], labels=s["labels"])
        db.add(sectors[s["key"]])
    db.flush()
    for s in new_sectors:
        sectors[s["key"]].parent = sectors.get(s.get("parent")) if s.get("parent") else None

    places = {p.key: p for p in db.scalars(select(Place).options(undefer(Place.bundled)))}
    held_places = set(places)
    new_places = [p for _src, p in b.places if p["key"] not in places]
    for p in new_places:
        places[p["key"]] = Place(key=p["key"], kind=p["kind"], country=p["country"],
                                 names=_place_names(p), bundled=place_input(p).model_dump(mode="json"))
        db.add(places[p["key"]])
    db.flush()
    for p in new_places:
        places[p["key"]].parent = places.get(p.get("parent")) if p.get("parent") else None
    db.flush()
    places_updated = sum(_bring_up_to_date(db, places[p["key"]], place_input(p), place_to_input,
                                           lambda row, data: apply_place(db=db, place=row, data=data))
                         for _src, p in b.places if p["key"] in held_places)

    # parents before children: load in passes until every parent exists
    existing = {o.key: o for o in db.scalars(select(Organization).where(Organization.key.is_not(None))
                                             .options(undefer(Organization.bundled)))}
    inputs = [org_input(o) for _src, o in b.orgs]
    pending = [d for d in inputs if d.key not in existing]
    new_orgs = len(pending)
    loaded: set[str] = set()
    while pending:
        later = []
        for data in pending:
            if data.parent and data.parent not in loaded and org_by_key(db=db, key=data.parent) is None:
                later.append(data)
                continue
            org = apply_org(db=db, org=Organization(), data=data)
            org.bundled = data.model_dump(mode="json")
            loaded.add(data.key)
        if len(later) == len(pending):
            raise ValueError(f"parent cycle among: {[d.key for d in later]}")
        pending = later
    updated = sum(_bring_up_to_date(db, existing[d.key], d, org_to_input,
                                    lambda row, data: apply_org(db=db, org=row, data=data))
                  for d in inputs if d.key in existing)

    people = set(db.scalars(select(Person.key)))
    new_people = [p for _src, p in b.people if p["key"] not in people]
    for p in new_people:
        row = Person(key=p["key"])
        db.add(row)
        row.source = p.get("source")
        row.description = p.get("description") or {}
        row.names = [
            PersonName(name=n, lang=lang, kind=NameKind.primary, norm=name_key(n))
            for lang, n in p["names"].items()
        ] + [
            PersonName(name=a["name"], lang=a.get("lang", "und"), kind=a.get("type", "other"),
                       norm=name_key(a["name"]))
            for a in p.get("aliases") or []
        ]
        affiliations = [(a, org_by_key(db=db, key=a["org"])) for a in p.get("affiliations") or []]
        with db.no_autoflush:
            row.affiliations = [
                Affiliation(
                    person=row,
                    organization=org,
                    role=a.get("role") or {},
                    since=str(a["since"]) if a.get("since") else None,
                    until=str(a["until"]) if a.get("until") else None,
                )
                for a, org in affiliations
            ]
        db.add(row)
    db.flush()
    return {"sectors": len(new_sectors), "places": len(new_places),
            "organizations": new_orgs, "people": len(new_people),
            "places updated": places_updated, "organizations updated": updated}


def _bring_up_to_date(db: Session, row: Organization | Place, data: OrgIn | PlaceIn, to_input, apply) -> bool:
    """Merge the bundle's record into an organisation or place loaded from an earlier bundle;
    whether it changed. An alias the bundle added that another record of this database holds
    stays out: the organisers' record of that name wins."""
    theirs = data.model_dump(mode="json")
    if row.bundled == theirs:
        return False
    mine = to_input(row).model_dump(mode="json")
    merged = merge(row.bundled, mine, theirs)
    held = {name_key(a["name"]) for a in mine["aliases"]} | {name_key(n) for n in mine["names"].values()}
    taken = name_owners(db=db, model=type(row),
                        names=[a["name"] for a in merged["aliases"] if name_key(a["name"]) not in held])
    merged["aliases"] = [a for a in merged["aliases"] if taken.get(a["name"], row) is row]
    row.bundled = theirs
    if _same(merged, mine):
        return False
    try:
        apply(row, type(data).model_validate(merged))
    except ValidationError as e:
        raise ValueError(f"{row.key}: the bundle's changes merged into it make an invalid record: {e}") from e
    return True


def _same(a: dict, b: dict) -> bool:
    def canon(r: dict) -> dict:
        return {**r, **{f: sorted(v) for f, v in r.items() if isinstance(v, list) and f != "aliases"},
                "aliases": sorted((x["lang"], x["name"], x["type"]) for x in r["aliases"])}
    return canon(a) == canon(b)


def main() -> int:
    b = read_bundle()
    problems = validate(b)
    counts = defaultdict(int)
    for _src, o in b.orgs:
        counts[o.get("country")] += 1
    print(f"{len(b.orgs)} organisations {dict(counts)}, {len(b.places)} places, "
          f"{len(b.people)} people, {len(b.sectors)} sectors")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
