"""GEXF 1.2 for Gephi, written directly: networkx's writer renames a node attribute called `key`
(to `networkx_key`) and puts an edge's `type` into GEXF's own edge `type` (which may only say
directed/undirected/mutual), so the export's promised `key` and `type` would not survive it.
The file is plain GEXF: declared attributes, one `<node>` per organisation with its label, one
`<edge>` per typed edge with its weight."""

from __future__ import annotations

from xml.etree import ElementTree as ET

NS = "http://www.gexf.net/1.2draft"
NODE_ATTRS = (("key", "string"), ("name_ko", "string"), ("name_zh", "string"), ("name_en", "string"),
              ("country", "string"), ("kind", "string"))
EDGE_ATTRS = (("type", "string"), ("year", "integer"), ("program", "integer"), ("detail", "string"))


def _declare(graph: ET.Element, cls: str, attrs) -> dict[str, str]:
    block = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
    ids = {}
    for i, (title, kind) in enumerate(attrs):
        ids[title] = f"{cls[0]}{i}"
        ET.SubElement(block, "attribute", {"id": ids[title], "title": title, "type": kind})
    return ids


def _values(parent: ET.Element, ids: dict[str, str], data: dict) -> None:
    values = ET.SubElement(parent, "attvalues")
    for title, aid in ids.items():
        if data.get(title) is not None:
            ET.SubElement(values, "attvalue", {"for": aid, "value": str(data[title])})


def write(found) -> bytes:
    """`found`: the service's Graph."""
    root = ET.Element("gexf", {"xmlns": NS, "version": "1.2"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "gyoryu"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "undirected", "mode": "static"})
    node_ids, edge_ids = _declare(graph, "node", NODE_ATTRS), _declare(graph, "edge", EDGE_ATTRS)
    nodes = ET.SubElement(graph, "nodes")
    for n in found.nodes:
        label = n.names.get("en") or n.names.get("ko") or n.names.get("zh") or n.key or str(n.id)
        node = ET.SubElement(nodes, "node", {"id": str(n.id), "label": label})
        _values(node, node_ids, {"key": n.key or str(n.id), "country": n.country, "kind": n.kind,
                                 **{f"name_{lang}": name for lang, name in n.names.items()}})
    edges = ET.SubElement(graph, "edges")
    for i, e in enumerate(found.edges):
        edge = ET.SubElement(edges, "edge", {"id": str(i), "source": str(e.source), "target": str(e.target),
                                             "weight": str(e.weight)})
        _values(edge, edge_ids, {"type": e.type, "year": e.year, "program": e.program, "detail": e.detail})
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
