"""Names in the reader's language: every bundled organisation is named in Korean and English, every
Chinese one in Chinese; where a language has no name, the name shown says which language it is in;
a group is found with its members by the group's name in any language."""

from markupsafe import escape
from sqlalchemy import select

from gyoryu.directory import bundled, service
from gyoryu.directory.models import Organization, OrgName


def test_every_bundled_organisation_is_named_in_korean_and_english():
    missing = [(o["key"], lang) for _src, o in bundled.read_bundle().orgs
               for lang in ("ko", "en") if lang not in o["names"]]
    assert missing == []


def test_every_chinese_organisation_has_a_chinese_name():
    missing = [o["key"] for _src, o in bundled.read_bundle().orgs
               if o["country"] == "CN" and "zh-Hans" not in o["names"]]
    assert missing == []


def test_unsure_names_are_marked_on_names_the_record_has():
    b = bundled.read_bundle()
    marked = {o["key"]: o["unsure"] for _src, o in b.orgs if o.get("unsure")}
    assert marked["sevens-robotics"] == ["zh-Hans", "en"]
    bad = bundled.validate(bundled.Bundle(sectors=b.sectors, places=b.places, orgs=[
        ("organizations/test.yaml", {**dict(b.orgs[0][1]), "key": "x-test", "names": {"en": "X Test"},
                                     "aliases": [], "unsure": ["zh-Hans"]})]))
    assert "organizations/test.yaml: x-test: unsure: 'zh-Hans' names no name of this record" in bad


def _org(db, key: str) -> Organization:
    return db.scalar(select(Organization).where(Organization.key == key))


def test_a_name_in_another_language_says_which(db):
    org = Organization(kind="company", country="KR")
    org.names = [OrgName(name="메가존클라우드", lang="ko", kind="primary", norm="메가존클라우드"),
                 OrgName(name="Megazone <Cloud>", lang="en", kind="primary", norm="megazonecloud")]
    shown = org.display_name("zh")
    assert (shown, shown.lang, shown.fallback) == ("Megazone <Cloud>", "en", True)
    assert str(escape(shown)) == '<span lang="en" class="name-fallback">Megazone &lt;Cloud&gt;</span>'
    own = org.display_name("ko")
    assert (own, own.fallback, str(escape(own))) == ("메가존클라우드", False, "메가존클라우드")


def _keys(db, q: str) -> list[str]:
    orgs, _ = service.search_orgs(db=db, q=q, limit=50)
    return [o.key for o in orgs]


def test_a_group_is_found_with_its_members_by_its_name_in_any_language(db):
    for q in ("텐센트", "腾讯", "騰訊", "Tencent"):
        keys = _keys(db, q)
        assert keys[0] == "tencent", q
        assert {"tencent-shanghai", "tencent-ai-lab"} <= set(keys), q


def test_an_exact_group_name_brings_members_whose_names_do_not_hold_it(db):
    # WeChat is a name of Tencent only: its members come with it, right after it
    keys = _keys(db, "WeChat")
    assert keys[0] == "tencent"
    members = {o.key for o in _org(db, "tencent").children}
    assert set(keys[1:1 + len(members)]) == members
