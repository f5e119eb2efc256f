"""Extraction on the gold set (five seed articles and our own Chinese and English ones)."""

import pytest

from gyoryu.intel import gazetteer as gazetteer_mod
from gyoryu.intel.evaluate import Score, score
from gyoryu.intel.pipeline import REGISTRY, build_pipeline, pipeline_for, read_config
from gyoryu.intel.schemas import extraction
from tests.intel.conftest import gold_items


def test_gold_set_scores(gaz):
    pipeline = pipeline_for(gaz)
    total = Score()
    for item, path in gold_items():
        doc = pipeline(path.read_text(encoding="utf-8"))
        assert doc.language == item["language"], path.name
        assert (doc.date.isoformat() if doc.date else None) == item["date"], path.name
        score(doc, gaz, item, total)
    assert total.prf("organizations")[2] >= 0.95
    assert total.linking() >= 0.98
    assert total.prf("people")[2] >= 0.85
    assert total.prf("places")[2] >= 0.85
    assert total.prf("events")[2] >= 0.8


def test_seed_names_link_across_scripts(gaz):
    item, path = next((i, p) for i, p in gold_items() if p.name.startswith("000"))
    text = path.read_text(encoding="utf-8")
    result = extraction(pipeline_for(gaz)(text), gaz)
    by_mention = {o.mention: o.canonical_en for o in result.organizations}
    assert by_mention["한글과 컴퓨터"] == "Hancom"
    assert by_mention["텐센트"] == "Tencent"
    keys = {o.mention: gaz.orgs[o.entity_id].key for o in result.organizations if o.entity_id}
    assert keys["세븐스 로보틱스"] == "sevens-robotics"
    for o in result.organizations:
        assert text[o.start:o.end] == o.mention
    person = next(p for p in result.people if p.mention == "이남희")
    assert (person.role, person.organization) == ("대표", "Hypernology")
    visits = [e for e in result.events if e.type == "visit" and "세븐스 로보틱스" in e.evidence]
    assert len(visits) == 2  # one visit per host, told by the same sentence


def test_byline_and_copyright_are_not_mined(gaz):
    text = ("딥시크가 서울에 사무소를 열었다.\n저작권자 © 인천일보 무단전재 및 재배포 금지\n"
            "이종철 기자 jc@incheonilbo.com")
    doc = pipeline_for(gaz)(text)
    assert [o.mention for o in doc.orgs] == ["딥시크"]
    assert doc.people == []


def test_transliteration_links_a_name_the_directory_lacks():
    """유니트리 is not among the names: the sound key finds Unitree, above the threshold."""
    g = gazetteer_mod.build(
        [gazetteer_mod.OrgEntry(1, "unitree", "company", "CN", {"en": "Unitree"}),
         gazetteer_mod.OrgEntry(2, "ubtech", "company", "CN", {"en": "UBTech"})],
        [(1, "Unitree", "unitree"), (2, "UBTech", "ubtech")], [], [], [], [])
    doc = build_pipeline(g)("한국 대표단은 ‘유니트리’ 본사를 방문했다.")
    (m,) = doc.orgs
    assert (m.mention, m.entity_id, m.method) == ("유니트리", 1, "transliteration")
    assert m.confidence >= 0.9


def test_unknown_organisations_become_candidates_not_entities(gaz):
    doc = pipeline_for(gaz)("참여기업은 ㈜가나다라테크(보호필름)와 ㈜티디엘이다.")
    unknown = [o for o in doc.orgs if o.entity_id is None]
    assert [o.mention for o in unknown] == ["가나다라테크"]


def test_components_are_registered_and_versioned():
    config = read_config()
    factories = [config["components"][s]["factory"] for s in config["pipeline"]["steps"]]
    assert all(f in REGISTRY and f.rsplit(".", 1)[1].startswith("v") for f in factories)
    assert "gyoryu.ko_people.v2" in factories


def test_unknown_component_is_a_clear_error(gaz):
    config = read_config()
    config["components"]["names"]["factory"] = "gyoryu.nothing.v9"
    with pytest.raises(ValueError, match="gyoryu.nothing.v9"):
        build_pipeline(gaz, config)
