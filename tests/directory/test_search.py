"""Search across scripts on the bundled directory, on both backends."""

import pytest

from gyoryu.directory import service
from gyoryu.directory.schemas import OrgIn


def first(db, q, **filters):
    orgs, _total = service.search_orgs(db=db, q=q, **filters)
    return orgs[0].key if orgs else None


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("텐센트", "tencent"),
        ("腾讯", "tencent"),
        ("騰訊", "tencent"),
        ("Tencent", "tencent"),
        ("tencent", "tencent"),
        ("한글과 컴퓨터", "hancom"),
        ("한글과컴퓨터", "hancom"),
        ("hancom", "hancom"),
        ("유니트리", "unitree"),
        ("宇树科技", "unitree"),
        ("센스타임", "sensetime"),
        ("화웨이", "huawei"),
        ("딥시크", "deepseek"),
        ("포패러다임", "4paradigm"),
        ("4Paradigm", "4paradigm"),
        ("샤오미", "xiaomi"),
        ("구글", "google"),
    ],
)
def test_finds_by_any_name_in_any_script(db, query, key):
    assert first(db, query) == key


def test_typo_is_tolerated(db):
    assert first(db, "텐센드") == "tencent"
    assert first(db, "Tencnet") == "tencent"


def test_exact_name_ranks_before_longer_names(db):
    orgs, total = service.search_orgs(db=db, q="tencent")
    assert orgs[0].key == "tencent"
    assert total >= 1


def test_filters_narrow_results(db):
    orgs, total = service.search_orgs(db=db, q="", country="CN", sector="robotics", limit=500)
    assert total == len(orgs) > 0
    keys = {o.key for o in orgs}
    assert "unitree" in keys
    assert all(o.country == "CN" for o in orgs)
    orgs, _ = service.search_orgs(db=db, q="유니트리", country="KR")
    assert [o.key for o in orgs if o.key == "unitree"] == []


def test_new_names_are_searchable_at_once(db):
    org = service.create_org(db=db, data=OrgIn(kind="company", country="KR",
                                                names={"ko": "교류테스트로봇", "en": "Gyoryu Test Robot"},
                                                sectors=["robotics"]))
    db.flush()
    assert (first(db, "교류 테스트 로봇") == org.key
            or service.search_orgs(db=db, q="교류 테스트 로봇")[0][0].id == org.id)
    org.names[0].name = "다른이름"
    from gyoryu.directory.normalize import name_key

    org.names[0].norm = name_key("다른이름")
    db.flush()
    assert service.search_orgs(db=db, q="교류테스트로봇")[1] == 0
    assert service.search_orgs(db=db, q="다른이름")[0][0].id == org.id
