"""`gyoryu graph export` and the page's downloads: GraphML and GEXF that networkx (and so Gephi)
read back with every attribute, and JSON in the API's shape."""

from __future__ import annotations

import json
from io import BytesIO

import networkx as nx
import pytest
from typer.testing import CliRunner

from gyoryu.errors import GyoryuError
from gyoryu.graph import service
from gyoryu.graph.schemas import parse_query


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_exports_parse_back_with_their_attributes(db, world, fmt):
    body = service.export(db=db, fmt=fmt, query=parse_query(kinds="meeting,outcome,news,program"))
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(BytesIO(body))
    expected = service.graph(db=db, query=parse_query(kinds="meeting,outcome,news,program"))
    assert g.number_of_nodes() == len(expected.nodes) and g.number_of_edges() == len(expected.edges)
    nhn = g.nodes[str(world["nhn"].id)]
    assert (nhn["key"], nhn["country"], nhn["kind"], nhn["name_en"]) == ("nhn", "KR", "company", "NHN")
    assert nhn["name_ko"] == world["nhn"].name_in("ko")
    hancom = str(world["hancom"].id)
    between = sorted((d["type"], int(d["year"]), d.get("detail")) for u, v, d in g.edges(data=True)
                     if {u, v} == {str(world["nhn"].id), hancom})
    assert between == [("meeting", 2025, None), ("outcome", 2025, "mou"), ("program", 2025, None)]


def test_json_export_is_the_api_shape(db, world):
    data = json.loads(service.export(db=db, fmt="json", query=parse_query(year=2026)))
    assert set(data) == {"nodes", "edges", "truncated"}
    assert [(e["type"], e["year"]) for e in data["edges"]] == [("news", 2026)]


def test_an_unknown_format_is_named(db):
    with pytest.raises(GyoryuError) as exc:
        service.export(db=db, fmt="dot")
    assert exc.value.code == "E951"


def test_the_command_line_writes_a_file(engine, database_url, monkeypatch, tmp_path):
    from gyoryu import db as dbmod
    from gyoryu.cli import app
    from gyoryu.config import get_settings

    monkeypatch.setenv("GYORYU_DATABASE_URL", database_url)
    dbmod.get_engine.cache_clear()
    get_settings.cache_clear()
    try:
        out = tmp_path / "g.gexf"
        result = CliRunner().invoke(app, ["graph", "export", "--format", "gexf", "-o", str(out),
                                          "--kinds", "cluster"])
        assert result.exit_code == 0, result.output
        g = nx.read_gexf(out)
        assert g.number_of_edges() > 0 and {d["type"] for *_x, d in g.edges(data=True)} == {"cluster"}
        assert all({"key", "country", "kind"} <= set(d) for _n, d in g.nodes(data=True))
        bad = CliRunner().invoke(app, ["graph", "export", "--format", "dot"])
        assert bad.exit_code == 2 and "Unknown graph format 'dot'" in bad.output
    finally:
        dbmod.get_engine.cache_clear()
        get_settings.cache_clear()
