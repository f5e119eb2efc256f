"""The graph's actions: keep the edge table fresh, answer a filtered view or a neighbourhood,
an organisation's partners, and exports for Gephi. Pages, API and CLI call these.

Freshness: a flush touching any source writes a `graph_change` row (`journal.py`); a reader that
finds one rebuilds the whole edge table inside a savepoint of its own transaction and deletes the
journal rows it saw. Should SQLite refuse the write (another writer holds the lock), the reader
gets the table as it stands and the next reader rebuilds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from io import BytesIO
from typing import NamedTuple

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from gyoryu.directory.enums import NameKind
from gyoryu.directory.models import Organization, OrgName, Sector, org_sector
from gyoryu.directory.service import org_by_ref
from gyoryu.errors import GyoryuError, InvalidValue
from gyoryu.graph import edges as sources
from gyoryu.graph import gexf
from gyoryu.graph.enums import EdgeKind
from gyoryu.graph.models import GraphChange, GraphEdge, GraphState
from gyoryu.graph.schemas import GraphQuery
from gyoryu.outcomes.enums import RANK
from gyoryu.programs.models import Program

CHUNK = 2000
KEY_COLUMNS = (GraphEdge.a_id, GraphEdge.b_id, GraphEdge.kind, GraphEdge.year, GraphEdge.program_id,
               GraphEdge.detail)
# a stored name's language → the interface language it names the node in, and its preference
UI_LANG = {"ko": ("ko", 0), "zh-Hans": ("zh", 0), "zh": ("zh", 1), "zh-Hant": ("zh", 2), "en": ("en", 0)}


# -- freshness -------------------------------------------------------------------------------
def rebuild(*, db: Session) -> int:
    """Bring the edge table in line with the sources; returns how many edges there are.

    Every edge is recomputed, but only the difference is written (edges gone deleted, weights
    changed updated, new edges inserted): after one new meeting that is a few rows, not 10⁵."""
    seen = db.scalar(select(func.max(GraphChange.seq)))
    found = sources.compute(db)
    table = GraphEdge.__table__  # Core statements: no ORM bookkeeping for 10⁵ rows
    gone, changed = [], []
    for row in db.execute(select(table.c.id, *KEY_COLUMNS, table.c.weight)):
        key, weight = tuple(row[1:7]), row[7]
        if key not in found:
            gone.append(row[0])
        elif found[key] != weight:
            changed.append({"_id": row[0], "_weight": found.pop(key)})
        else:
            found.pop(key)
    for i in range(0, len(gone), CHUNK):
        db.execute(delete(table).where(table.c.id.in_(gone[i:i + CHUNK])))
    if changed:
        db.execute(update(table).where(table.c.id == bindparam("_id")).values(weight=bindparam("_weight")),
                   changed)
    rows = [{"a_id": a, "b_id": b, "kind": kind, "year": year, "program_id": program, "detail": detail,
             "weight": weight} for (a, b, kind, year, program, detail), weight in found.items()]
    for i in range(0, len(rows), 10_000):
        db.execute(insert(table), rows[i:i + 10_000])
    if seen is not None:
        db.execute(delete(GraphChange).where(GraphChange.seq <= seen))
    return db.scalar(select(func.count()).select_from(table))


def is_stale(db: Session) -> bool:
    return db.scalar(select(GraphChange.seq).limit(1)) is not None


def ensure_fresh(*, db: Session) -> None:
    if not is_stale(db):
        return
    try:
        with db.begin_nested():
            state = db.scalar(select(GraphState).where(GraphState.id == 1).with_for_update())
            if state is None:
                db.add(GraphState(id=1, built_seq=0))
                db.flush()
            if is_stale(db):  # another reader may have rebuilt while this one waited for the lock
                rebuild(db=db)
    except OperationalError as exc:
        if "locked" not in str(exc.orig):
            raise


# -- views -----------------------------------------------------------------------------------
def _program_id(db: Session, ref: str) -> int:
    program_id = db.scalar(select(Program.id).where(Program.key == ref))
    if program_id is None and ref.isdigit():
        program_id = db.scalar(select(Program.id).where(Program.id == int(ref)))
    if program_id is None:
        raise InvalidValue("E501", id=ref)
    return program_id


def _conditions(db: Session, q: GraphQuery) -> list:
    where = []
    if q.year is not None:
        where.append(GraphEdge.year == q.year)
    if q.program:
        where.append(GraphEdge.program_id == _program_id(db, q.program))
    if q.kinds:
        where.append(GraphEdge.kind.in_(q.kinds))
    if q.stage:
        stronger = [s for s, rank in RANK.items() if rank >= RANK[q.stage]]
        where += [GraphEdge.kind == EdgeKind.outcome, GraphEdge.detail.in_(stronger)]
    if q.country:
        there = select(Organization.id).where(Organization.country == q.country)
        where.append(or_(GraphEdge.a_id.in_(there), GraphEdge.b_id.in_(there)))
    if q.sector:
        if db.scalar(select(Sector.id).where(Sector.key == q.sector)) is None:
            raise InvalidValue("E204", value=q.sector)
        inside = select(org_sector.c.org_id).join(Sector, Sector.id == org_sector.c.sector_id).where(
            Sector.key == q.sector)
        where.append(or_(GraphEdge.a_id.in_(inside), GraphEdge.b_id.in_(inside)))
    return where


COLUMNS = (GraphEdge.a_id, GraphEdge.b_id, GraphEdge.kind, GraphEdge.year, GraphEdge.program_id,
           GraphEdge.detail, GraphEdge.weight)


def _neighbourhood(db: Session, q: GraphQuery, where: list) -> list[tuple]:
    """Edges on every path of at most `hops` edges from the centre (breadth first, one indexed
    look-up per ring: `a_id IN ring OR b_id IN ring`)."""
    center = org_by_ref(db=db, ref=q.center).id
    seen, ring, found = {center}, [center], {}
    for _hop in range(q.hops):
        following: set[int] = set()
        for i in range(0, len(ring), CHUNK):
            part = ring[i:i + CHUNK]
            for row in db.execute(select(GraphEdge.id, *COLUMNS).where(
                    or_(GraphEdge.a_id.in_(part), GraphEdge.b_id.in_(part)), *where)):
                found[row[0]] = row[1:]
                following.update((row[1], row[2]))
        ring = sorted(following - seen)
        seen |= following
        if not ring:
            break
    return list(found.values())


class Node(NamedTuple):
    id: int
    key: str | None
    names: dict[str, str]  # ko / zh / en, those the organisation has
    country: str
    kind: str


class Edge(NamedTuple):
    source: int
    target: int
    type: str
    year: int | None
    program: int | None
    detail: str | None
    weight: int


@dataclass
class Graph:
    """The service's answer: plain tuples, as a year view holds tens of thousands of them (the
    API's OpenAPI shape is `schemas.GraphOut`)."""

    nodes: list[Node]
    edges: list[Edge]
    truncated: bool

    def as_json(self) -> dict:
        return {"nodes": [n._asdict() for n in self.nodes], "edges": [e._asdict() for e in self.edges],
                "truncated": self.truncated}


def _nodes(db: Session, ids: set[int]) -> list[Node]:
    ordered = sorted(ids)
    facts, names = {}, {}
    for i in range(0, len(ordered), CHUNK):
        part = ordered[i:i + CHUNK]
        for oid, key, country, kind in db.execute(select(
                Organization.id, Organization.key, Organization.country, Organization.kind)
                .where(Organization.id.in_(part))):
            facts[oid] = (key, country, kind)
        for oid, lang, name in db.execute(select(OrgName.org_id, OrgName.lang, OrgName.name).where(
                OrgName.org_id.in_(part), OrgName.kind == NameKind.primary)):
            ui, rank = UI_LANG.get(lang, (None, 0))
            if ui is None:
                continue
            own = names.setdefault(oid, {})
            if ui not in own or rank < own[ui][1]:
                own[ui] = (name, rank)
    return [Node(oid, key, {ui: name for ui, (name, _r) in names.get(oid, {}).items()}, country, kind)
            for oid in ordered if oid in facts for key, country, kind in (facts[oid],)]


def graph(*, db: Session, query: GraphQuery) -> Graph:
    """The organisations and typed edges the query selects: the heaviest `max_edges` edges of a
    filtered view, or the neighbourhood around `query.center`."""
    ensure_fresh(db=db)
    where = _conditions(db, query)
    if query.center:
        rows = _neighbourhood(db, query, where)
    else:
        rows = list(db.execute(select(*COLUMNS).where(*where)
                               .order_by(GraphEdge.weight.desc(), GraphEdge.id).limit(query.max_edges + 1)))
    truncated = len(rows) > query.max_edges
    rows = sorted(rows, key=lambda r: -r[6])[:query.max_edges]
    ids = {x for r in rows for x in (r[0], r[1])}
    if query.center:
        ids.add(org_by_ref(db=db, ref=query.center).id)
    return Graph(nodes=_nodes(db, ids), truncated=truncated, edges=[Edge(*row) for row in rows])


def partners(*, db: Session, org_id: int) -> list[dict]:
    """An organisation's partners, strongest relation first: the strongest outcome stage reached
    with each (if any), and how they are otherwise linked (meetings, news, programs, clusters)."""
    ensure_fresh(db=db)
    by_partner: dict[int, dict] = {}
    for a, b, kind, year, _program, detail, weight in db.execute(select(*COLUMNS).where(
            or_(GraphEdge.a_id == org_id, GraphEdge.b_id == org_id))):
        other = b if a == org_id else a
        p = by_partner.setdefault(other, {"stage": None, "kinds": {}, "last": None})
        if kind == EdgeKind.outcome and detail in RANK and (
                p["stage"] is None or RANK[detail] > RANK[p["stage"]]):
            p["stage"] = detail
        p["kinds"][kind] = p["kinds"].get(kind, 0) + weight
        if year is not None and (p["last"] is None or year > p["last"]):
            p["last"] = year
    orgs = {o.id: o for o in db.scalars(select(Organization).where(Organization.id.in_(by_partner)))}
    out = [{"organization": orgs[i], **p} for i, p in by_partner.items() if i in orgs]
    out.sort(key=lambda p: (-(RANK.get(p["stage"], -1) if p["stage"] else -1),
                            -sum(v for k, v in p["kinds"].items() if k != EdgeKind.cluster),
                            p["organization"].id))
    return out


# -- export ----------------------------------------------------------------------------------
FORMATS = ("graphml", "gexf", "json")


def to_networkx(found: Graph):
    """A networkx MultiGraph (two organisations can be linked by several kinds of edge) whose
    nodes carry `key`, `name_ko` / `name_zh` / `name_en`, `label`, `country`, `kind`, and edges
    `type`, `year`, `program`, `detail`, `weight` (absent values left out: GraphML has no null)."""
    import networkx as nx

    g = nx.MultiGraph()
    for n in found.nodes:
        attrs = {"key": n.key or str(n.id), "country": n.country, "kind": n.kind,
                 "label": n.names.get("en") or n.names.get("ko") or n.names.get("zh") or n.key or str(n.id)}
        attrs.update({f"name_{lang}": name for lang, name in n.names.items()})
        g.add_node(str(n.id), **attrs)
    for i, e in enumerate(found.edges):
        attrs = {"type": e.type, "weight": e.weight}
        attrs.update({k: v for k, v in (("year", e.year), ("program", e.program), ("detail", e.detail))
                      if v is not None})
        g.add_edge(str(e.source), str(e.target), key=i, **attrs)
    return g


def export(*, db: Session, fmt: str, query: GraphQuery | None = None) -> bytes:
    if fmt not in FORMATS:
        raise GyoryuError("E951", value=fmt)
    found = graph(db=db, query=query or GraphQuery(max_edges=10_000_000))
    if fmt == "json":
        return json.dumps(found.as_json(), ensure_ascii=False).encode()
    if fmt == "gexf":
        return gexf.write(found)
    import networkx as nx

    buf = BytesIO()
    nx.write_graphml(to_networkx(found), buf)
    return buf.getvalue()
