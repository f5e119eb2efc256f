"""The graph's edges follow their sources (meetings, outcome stages, news events, programs,
clusters), filter by year / program / country / sector / stage / kind, and a neighbourhood
goes as far as asked."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from gyoryu.directory.models import org_cluster
from gyoryu.errors import GyoryuError
from gyoryu.graph import service
from gyoryu.graph.schemas import parse_query
from gyoryu.outcomes import service as outcomes


def _edges(found, kind=None):
    return {(e.source, e.target, e.type, e.year, e.detail) for e in found.edges if kind in (None, e.type)}


def _pair(a, b):
    return (min(a.id, b.id), max(a.id, b.id))


def test_each_source_gives_its_typed_edge(db, world):
    nhn, hancom, aiworks, mz = world["nhn"], world["hancom"], world["aiworks"], world["megazone-cloud"]
    found = service.graph(db=db, query=parse_query())
    edges = _edges(found)
    assert (*_pair(nhn, hancom), "meeting", 2025, None) in edges
    assert (*_pair(nhn, hancom), "outcome", 2025, "mou") in edges
    assert (*_pair(aiworks, mz), "news", 2026, "agreement") in edges
    program_edges = {(a, b) for a, b, kind, *_ in edges if kind == "program"}
    assert program_edges == {_pair(nhn, hancom), _pair(nhn, aiworks), _pair(hancom, aiworks)}
    assert all(e.program == world["program"].id for e in found.edges if e.type in ("program", "meeting"))
    # every cluster of at most 40 members links its members, without a year
    members: dict[int, set[int]] = {}
    for org_id, place_id in db.execute(select(org_cluster.c.org_id, org_cluster.c.place_id)):
        members.setdefault(place_id, set()).add(org_id)
    expected = sum(len(m) * (len(m) - 1) // 2 for m in members.values() if len(m) <= 40)
    clusters = [e for e in found.edges if e.type == "cluster"]
    assert len(clusters) == expected > 0 and {e.year for e in clusters} == {None}
    node = next(n for n in found.nodes if n.id == nhn.id)
    assert (node.key, node.country, node.kind, node.names["en"]) == ("nhn", "KR", "company", "NHN")


def test_filters(db, world):
    nhn, hancom = world["nhn"], world["hancom"]
    year = service.graph(db=db, query=parse_query(year=2026))
    assert {e.type for e in year.edges} == {"news"} and {e.year for e in year.edges} == {2026}
    program = service.graph(db=db, query=parse_query(program="graph-delegation"))
    assert {e.type for e in program.edges} == {"meeting", "program", "outcome"}
    stage = service.graph(db=db, query=parse_query(stage="mou"))
    assert _edges(stage) == {(*_pair(nhn, hancom), "outcome", 2025, "mou")}
    assert service.graph(db=db, query=parse_query(stage="pilot")).edges == []
    kinds = service.graph(db=db, query=parse_query(kinds="meeting,news"))
    assert {e.type for e in kinds.edges} == {"meeting", "news"}
    china = service.graph(db=db, query=parse_query(country="cn"))
    ids = {n.id: n.country for n in china.nodes}
    assert china.edges and all("CN" in (ids[e.source], ids[e.target]) for e in china.edges)
    capped = service.graph(db=db, query=parse_query(max_edges=3))
    assert len(capped.edges) == 3 and capped.truncated


@pytest.mark.parametrize(("params", "code"), [({"year": "20x5"}, "E952"), ({"year": "1066"}, "E952"),
                                              ({"kinds": "meeting,gossip"}, "E506"), ({"stage": "dropped"}, "E506"),
                                              ({"country": "Korea"}, "E203"), ({"hops": "9"}, "E506")])
def test_bad_filters_are_named(params, code):
    with pytest.raises(GyoryuError) as exc:
        parse_query(**params)
    assert exc.value.code == code


def test_unknown_references_are_named(db, world):
    for params, code in (({"center": "no-such-org"}, "E211"), ({"program": "nope"}, "E501"),
                         ({"sector": "alchemy"}, "E204")):
        with pytest.raises(GyoryuError) as exc:
            service.graph(db=db, query=parse_query(**params))
        assert exc.value.code == code


def test_a_neighbourhood_goes_as_far_as_asked(db, world):
    nhn, hancom, aiworks, mz = world["nhn"], world["hancom"], world["aiworks"], world["megazone-cloud"]
    links = ("meeting", "news", "program", "outcome")
    one = service.graph(db=db, query=parse_query(center="megazone-cloud", hops=1, kinds=links))
    assert {n.id for n in one.nodes} == {mz.id, aiworks.id}
    two = service.graph(db=db, query=parse_query(center="megazone-cloud", hops=2, kinds=links))
    assert {n.id for n in two.nodes} == {mz.id, aiworks.id, nhn.id, hancom.id}
    assert (*_pair(nhn, hancom), "meeting", 2025, None) not in _edges(two)  # three steps away
    three = service.graph(db=db, query=parse_query(center="megazone-cloud", hops=3, kinds=links))
    assert (*_pair(nhn, hancom), "meeting", 2025, None) in _edges(three)


def test_the_edges_follow_a_new_step_and_partners_show_the_strongest(db, world):
    nhn, hancom, aiworks = world["nhn"], world["hancom"], world["aiworks"]
    before = service.partners(db=db, org_id=nhn.id)
    first = before[0]
    assert (first["organization"].id, first["stage"]) == (hancom.id, "mou")
    assert {k: n for k, n in first["kinds"].items() if k != "cluster"} == {"meeting": 1, "outcome": 1, "program": 1}
    outcomes.add_step(db=db, org_ids=(nhn.id, aiworks.id), stage="pilot", on="2026-03-01")
    after = service.partners(db=db, org_id=nhn.id)
    assert [(p["organization"].id, p["stage"]) for p in after[:2]] == [(aiworks.id, "pilot"), (hancom.id, "mou")]
    assert after[0]["last"] == 2026
