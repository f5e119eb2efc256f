"""`gyoryu init` on a database loaded from an earlier bundle: the bundle's changes come in where
the organisers left a record as loaded, and their edits stay."""

from __future__ import annotations

from gyoryu.directory import bundled, service
from gyoryu.directory.bundled_merge import merge


def _record(**changes) -> dict:
    base = {"key": "acme", "kind": "company", "country": "CN", "city": None, "district": None,
            "clusters": ["zone-a"], "parent": None, "sectors": ["ai"], "names": {"en": "Acme", "ko": "애크미"},
            "aliases": [{"name": "Acme Corp", "lang": "en", "type": "legal"},
                        {"name": "AcmeChat", "lang": "en", "type": "brand"}],
            "website": "https://acme.example", "founded": 2001, "size": None,
            "description": {"en": "A maker."}, "source": "https://acme.example/about"}
    return {**base, **changes}


def _aliases(record: dict) -> set[tuple[str, str]]:
    return {(a["name"], a["type"]) for a in record["aliases"]}


def test_the_bundle_changes_what_the_organisers_left_as_loaded():
    base = _record()
    mine = _record(website="https://acme.example/cn", description={"en": "Our words."})
    theirs = _record(website="https://acme.example/new", founded=2002, sectors=["ai", "robotics"],
                     description={"en": "A bigger maker.", "ko": "제조사."},
                     aliases=[{"name": "Acme Corp", "lang": "en", "type": "legal"},
                              {"name": "AcmeChat", "lang": "en", "type": "product"},
                              {"name": "阿克米", "lang": "zh-Hans", "type": "transliteration"}])
    out = merge(base, mine, theirs)
    assert out["website"] == "https://acme.example/cn"  # theirs
    assert out["founded"] == 2002 and out["sectors"] == ["ai", "robotics"]
    assert out["description"] == {"en": "Our words.", "ko": "제조사."}
    assert _aliases(out) == {("Acme Corp", "legal"), ("AcmeChat", "product"), ("阿克米", "transliteration")}


def test_an_organisers_deletion_or_retag_is_not_undone():
    base = _record()
    mine = _record(aliases=[{"name": "AcmeChat", "lang": "en", "type": "other"}], clusters=[])
    theirs = _record(aliases=[{"name": "Acme Corp", "lang": "en", "type": "legal"},
                              {"name": "AcmeChat", "lang": "en", "type": "product"}])
    out = merge(base, mine, theirs)
    assert _aliases(out) == {("AcmeChat", "other")}
    assert out["clusters"] == []


def test_a_name_the_bundle_dropped_goes_unless_the_organisers_changed_it():
    base = _record()
    theirs = _record(aliases=[{"name": "Acme Corp", "lang": "en", "type": "legal"}])
    assert _aliases(merge(base, _record(), theirs)) == {("Acme Corp", "legal")}
    retagged = _record(aliases=[{"name": "Acme Corp", "lang": "en", "type": "legal"},
                                {"name": "AcmeChat", "lang": "en", "type": "other"}])
    assert ("AcmeChat", "other") in _aliases(merge(base, retagged, theirs))


def test_with_no_base_only_names_move():
    mine = _record(website="https://acme.example/cn", aliases=[{"name": "AcmeChat", "lang": "en", "type": "brand"}])
    theirs = _record(website="https://acme.example/new",
                     aliases=[{"name": "Acme Corp", "lang": "en", "type": "legal"},
                              {"name": "AcmeChat", "lang": "en", "type": "product"}])
    out = merge(None, mine, theirs)
    assert out["website"] == "https://acme.example/cn"
    assert _aliases(out) == {("Acme Corp", "legal"), ("AcmeChat", "product")}


def _names(db, key: str) -> dict[str, str]:
    return {n.name: n.kind for n in service.org_by_key(db=db, key=key).names}


def test_an_install_loaded_before_products_gets_them_and_keeps_its_edits(db):
    tencent = service.org_by_key(db=db, key="tencent")
    wechat = next(n for n in tencent.names if n.name == "WeChat")
    wechat.kind = "brand"  # as an earlier bundle loaded it
    tencent.names.remove(next(n for n in tencent.names if n.name == "腾讯控股有限公司"))
    tencent.description = {"en": "Edited by an organiser."}
    tencent.bundled = None  # loaded before the loader kept its copy
    db.flush()
    assert bundled.load(db)["organizations updated"] == 1
    names = _names(db, "tencent")
    assert names["WeChat"] == "product" and "腾讯控股有限公司" in names
    assert service.org_by_key(db=db, key="tencent").description == {"en": "Edited by an organiser."}
    assert bundled.load(db)["organizations updated"] == 0


def test_a_later_bundle_merges_three_ways(db):
    tencent = service.org_by_key(db=db, key="tencent")
    old = dict(tencent.bundled)
    old["aliases"] = [a for a in old["aliases"] if a["name"] != "WeChat"]
    old["website"] = "https://old.example"
    tencent.bundled = old  # the earlier bundle had no WeChat and another website
    tencent.names.remove(next(n for n in tencent.names if n.name == "WeChat"))
    tencent.names.remove(next(n for n in tencent.names if n.name == "腾讯控股有限公司"))  # the organisers' deletion
    tencent.website = "https://old.example"
    db.flush()
    assert bundled.load(db)["organizations updated"] == 1
    names = _names(db, "tencent")
    assert names["WeChat"] == "product" and "腾讯控股有限公司" not in names
    assert service.org_by_key(db=db, key="tencent").website != "https://old.example"


def test_a_place_loaded_before_gets_the_names_the_bundle_gained(db):
    zgc = service.place_by_key(db=db, key="cn-beijing-zhongguancun")
    zgc.names.remove(next(n for n in zgc.names if n.name == "중관촌"))
    zgc.bundled = None
    db.flush()
    assert bundled.load(db)["places updated"] == 1
    assert "중관촌" in {n.name for n in service.place_by_key(db=db, key="cn-beijing-zhongguancun").names}
