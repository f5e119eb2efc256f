"""Export → import into an empty database is the identity, for every kind of record, in CSV and
XLSX, on SQLite and PostgreSQL — over generated names in every script, formula-like text
(=1+1, +82…, -x, @SUM, tab-led), markup and the characters the list cells escape.

The records are made through the service (the door the API and the forms use), read back
straight from the tables (not through the exporter being tested), exported kind by kind,
imported kind by kind into the same empty database, and read back again.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.directory import service
from gyoryu.directory.enums import NameKind, NameLang, OrgKind, PlaceKind, SizeBand
from gyoryu.directory.interchange import KINDS, export, import_rows, read_table
from gyoryu.directory.models import Organization, Person, Place
from gyoryu.directory.normalize import name_key
from gyoryu.directory.schemas import OrgIn, PersonIn, PlaceIn

# Each example makes up to ~20 records, exports four files, imports them and reads both
# databases: about 0.5 s on SQLite and 1 s on PostgreSQL here, so 20 examples per backend and
# format keep the module near a minute and a half in all.
EXAMPLES = 20
ORDER = ("places", "clusters", "organizations", "people")  # what refers to what comes first

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
HAN = st.sampled_from("腾讯騰訊华为華為重庆重慶深圳广州廣州中关村中關村两江兩江阿里巴巴")
HAN_ANY = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
LATIN = st.characters(min_codepoint=0x41, max_codepoint=0x7A).filter(str.isalpha)
MARKS = st.sampled_from(list(" ;|,[]\\=+-@'\"<>/&.()#%_·、，：「」"))
CHARS = st.one_of(HANGUL, HAN, HAN_ANY, LATIN, MARKS, st.sampled_from("0123456789ÅéÑüßÇ"))
EDGE = st.sampled_from(["=1+1", "+82 10-1234", "-x", "@SUM(A1)", "'=quoted", "''", "'plain",
                        "<script>alert(1)</script>", "=HYPERLINK(\"http://x.example\";\"y\")",
                        "a;b|c", "[en, legal]", "x\\;y", "_x0041_", "&amp;", "null", "1.0", "007"])
TEXT = st.text(CHARS, min_size=1, max_size=14)
NAME = st.one_of(TEXT, EDGE, st.tuples(EDGE, TEXT).map("".join)).map(str.strip).filter(bool)
# descriptions may hold line breaks and tabs inside; a tab or CR before a formula is the CSV
# attack OWASP names, stored as every door stores it (stripped) and read back unchanged
DESCRIPTION = st.one_of(
    NAME, st.tuples(st.sampled_from(["\t=1+1", "\t", "", "\n-x "]), NAME,
                    st.sampled_from(["", "\n\t=cmd|' /C calc'!A0", "\n@SUM(1)"]), TEXT).map("".join))
LANGS = [m.value for m in NameLang if m != NameLang.und]
ALIAS_KINDS = [m.value for m in NameKind if m != NameKind.primary]
DATES = st.sampled_from([None, "2019", "2022-07", "2024-02-29"])


def names():
    return st.dictionaries(st.sampled_from(LANGS), NAME, min_size=1, max_size=5)


def aliases():
    return st.lists(st.fixed_dictionaries({"name": NAME, "lang": st.sampled_from([m.value for m in NameLang]),
                                           "type": st.sampled_from(ALIAS_KINDS)}), max_size=3)


def texts():
    return st.dictionaries(st.sampled_from(["ko", "zh", "en"]), DESCRIPTION, max_size=3)


@st.composite
def worlds(draw):
    """Places (some inside places made after them), clusters, organisations and people."""
    n_places = draw(st.integers(1, 4))
    places = [{"key": f"p-{i}", "kind": draw(st.sampled_from([k.value for k in PlaceKind if k != "cluster"])),
               "country": draw(st.sampled_from(["KR", "CN", "US"])), "names": draw(names()),
               "aliases": draw(aliases())} for i in range(n_places)]
    rank = draw(st.permutations(range(n_places)))  # a parent ranks above its child: no cycles
    for i, p in enumerate(places):
        above = [j for j in range(n_places) if rank[j] < rank[i]]
        p["parent"] = f"p-{draw(st.sampled_from(above))}" if above and draw(st.booleans()) else None
    clusters = [{"key": f"c-{i}", "kind": "cluster", "country": "KR", "names": draw(names()),
                 "aliases": draw(aliases()),
                 "parent": draw(st.sampled_from([None, *(p["key"] for p in places)]))}
                for i in range(draw(st.integers(0, 2)))]
    place_keys = [p["key"] for p in places]
    cluster_keys = [c["key"] for c in clusters]
    orgs = []
    for i in range(draw(st.integers(1, 4))):
        keyed = [o["key"] for o in orgs if o["key"]]
        orgs.append({
            "key": draw(st.sampled_from([f"o-{i}", None])), "kind": draw(st.sampled_from(list(OrgKind))),
            "country": draw(st.sampled_from(["KR", "CN", "JP"])),
            "city": draw(st.sampled_from([None, *place_keys])),
            "district": draw(st.sampled_from([None, *place_keys])),
            "clusters": draw(st.lists(st.sampled_from(cluster_keys), unique=True)) if cluster_keys else [],
            "parent": draw(st.sampled_from([None, *keyed])),
            "sectors": draw(st.lists(st.sampled_from(["llm", "robotics", "ai_chips", "semiconductors"]),
                                     unique=True, max_size=2)),
            "names": draw(names()), "aliases": draw(aliases()),
            "website": draw(st.sampled_from([None, "https://example.com/=1+1?a;b", "http://x.example"])),
            "founded": draw(st.sampled_from([None, 1000, 1998, 2100])),
            "size": draw(st.sampled_from([None, *SizeBand])),
            "description": draw(texts()), "source": draw(st.one_of(st.none(), DESCRIPTION)),
        })
    org_keys = [o["key"] for o in orgs if o["key"]]
    people = [{"key": draw(st.sampled_from([f"h-{i}", None])), "names": draw(names()),
               "aliases": draw(aliases()), "description": draw(texts()),
               "source": draw(st.one_of(st.none(), DESCRIPTION)),
               "affiliations": draw(st.lists(st.fixed_dictionaries({
                   "org": st.sampled_from(org_keys), "role": st.dictionaries(
                       st.sampled_from(["ko", "zh", "en"]), NAME, max_size=3),
                   "since": DATES, "until": DATES}), max_size=2)) if org_keys else []}
              for i in range(draw(st.integers(0, 3)))]
    return places, clusters, orgs, people


def _distinct_org_names(orgs: list[dict]) -> list[dict]:
    """A name names one organisation: drop the names and aliases another one already holds."""
    held: set[str] = set()
    for o in orgs:
        mine = {name_key(n) for n in o["names"].values()}
        o["names"] = {lang: n for lang, n in o["names"].items() if name_key(n) not in held} or \
            {"en": f"Org {o['key'] or id(o)} {len(held)}"}
        o["aliases"] = [a for a in o["aliases"] if name_key(a["name"]) not in held]
        mine = {name_key(n) for n in o["names"].values()} | {name_key(a["name"]) for a in o["aliases"]}
        held |= mine - {""}
    return orgs


def build(db: Session, world) -> None:
    places, clusters, orgs, people = world
    made = {p["key"]: service.create_place(db=db, data=PlaceIn.model_validate(p | {"parent": None}))
            for p in places}
    for p in places:  # now the parents, some made after their children
        if p["parent"]:
            service.update_place(db=db, place=made[p["key"]], data=PlaceIn.model_validate(p))
    for c in clusters:
        service.create_place(db=db, data=PlaceIn.model_validate(c))
    for o in _distinct_org_names(orgs):
        service.create_org(db=db, data=OrgIn.model_validate(o))
    for h in people:
        service.create_person(db=db, data=PersonIn.model_validate(h))
    db.flush()


def snapshot(db: Session) -> dict[str, list[str]]:
    """Every record as stored, by keys rather than ids, in a stable order."""

    def names(entity):
        return sorted((n.lang, n.kind, n.name, n.norm) for n in entity.names)

    def key(p):
        return p.key if p else None

    rows = {
        "places": [{"key": p.key, "kind": p.kind, "country": p.country, "parent": key(p.parent),
                    "names": names(p)} for p in db.scalars(select(Place))],
        "organizations": [{
            "key": o.key, "kind": o.kind, "country": o.country, "city": key(o.city),
            "district": key(o.district), "clusters": sorted(c.key for c in o.clusters),
            "parent": key(o.parent), "sectors": sorted(s.key for s in o.sectors), "names": names(o),
            "website": o.website, "founded": o.founded, "size": o.size, "description": o.description,
            "source": o.source} for o in db.scalars(select(Organization))],
        "people": [{"key": h.key, "names": names(h), "description": h.description, "source": h.source,
                    "affiliations": sorted((a.organization.key, json.dumps(a.role, sort_keys=True),
                                            a.since or "", a.until or "") for a in h.affiliations)}
                   for h in db.scalars(select(Person))],
    }
    return {kind: sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in found)
            for kind, found in rows.items()}


def _in_empty(engine, work):
    """Run `work(session)` in the empty database and roll it all back."""
    with engine.connect() as conn:
        outer = conn.begin()
        db = Session(bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False)
        try:
            return work(db)
        finally:
            db.close()
            outer.rollback()


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(world=worlds())
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_into_an_empty_database_is_the_identity(empty_engine, fmt, world):
    def make_and_export(db):
        build(db, world)
        return snapshot(db), {k: export(db, fmt, kind=KINDS[k]) for k in ORDER}

    before, files = _in_empty(empty_engine, make_and_export)
    assert before["places"] and before["organizations"]

    def import_all(db):
        for k in ORDER:
            rows = read_table(Path(f"{k}.{fmt}"), files[k], kind=KINDS[k])
            import_rows(db, rows, file=f"{k}.{fmt}", kind=KINDS[k])
        db.flush()
        return snapshot(db), {k: export(db, "json", kind=KINDS[k]) for k in ORDER}

    after, _json = _in_empty(empty_engine, import_all)
    assert after == before


def test_formula_text_comes_back_as_the_same_text(empty_engine):
    """A spreadsheet sees text, never a formula (XLSX cells typed as strings, CSV cells behind a
    quote), and the import reads back exactly what was stored."""
    import csv
    import io

    from openpyxl import load_workbook

    evil = ["=1+1", "+82 10", "-x", "@SUM(A1)", "=cmd|' /C calc'!A0"]

    def run(db):
        service.create_person(db=db, data=PersonIn(names={"en": evil[0], "ko": evil[1], "zh": evil[2],
                                                          "ja": evil[3]},
                                                   description={"en": "\t" + evil[4]}))
        xlsx = load_workbook(io.BytesIO(export(db, "xlsx", kind=KINDS["people"]))).active
        typed = {c.value: c.data_type for row in xlsx.iter_rows(min_row=2) for c in row if c.value}
        cells = [c for row in csv.reader(io.StringIO(export(db, "csv", kind=KINDS["people"]).decode("utf-8-sig")))
                 for c in row]
        return typed, cells

    typed, cells = _in_empty(empty_engine, run)
    assert {typed[e] for e in evil} == {"s"}  # the description was stored stripped: no tab
    assert {"'" + e for e in evil} <= set(cells)
