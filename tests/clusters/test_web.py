"""Cluster pages in Korean, Chinese and English, the JSON API, and clear errors for unknown
clusters (the same service functions behind all of them)."""

from __future__ import annotations

import pytest

from tests.clusters.conftest import LIANGJIANG, PANGYO

# Pangyo has no Chinese name: a Chinese reader sees its English one, marked as such
NAMES = {"ko": ("판교테크노밸리", "량장신구", "클러스터"), "zh": ("Pangyo Techno Valley", "两江新区", "集群"),
         "en": ("Pangyo Techno Valley", "Liangjiang New Area", "Clusters")}


@pytest.mark.parametrize("lang", ["ko", "zh", "en"])
def test_pages_render_in_each_language(client, profiles, lang):
    client.cookies.set("lang", lang)
    listing = client.get("/clusters")
    assert listing.status_code == 200 and NAMES[lang][2] in listing.text
    assert f'href="/clusters/{PANGYO}"' in listing.text

    page = client.get(f"/clusters/{LIANGJIANG}")
    assert page.status_code == 200
    assert 'id="member-list"' in page.text and 'id="sector-profile"' in page.text
    assert "<script" not in page.text.split("</head>", 1)[1]  # no inline scripts (CSP)

    match = client.get("/clusters/match", params={"a": PANGYO, "b": LIANGJIANG})
    assert match.status_code == 200
    assert NAMES[lang][0] in match.text and NAMES[lang][1] in match.text
    assert 'data-a="hancom" data-b="sevens-robotics"' in match.text
    reasons = {"ko": "상호보완: 소프트웨어 — 한글과컴퓨터 제공, 세븐스 로보틱스 수요",
               "zh": "互补：", "en": "Complementary: Hancom offers software, Seven&#39;s Robotics seeks it"}
    assert reasons[lang] in match.text


def test_the_api_answers_in_the_callers_language(client, profiles):
    client.cookies.set("lang", "zh")
    body = client.get(f"/api/clusters/{PANGYO}/match/{LIANGJIANG}", params={"limit": 3}).json()
    assert body["a"]["key"] == PANGYO and body["b"]["key"] == LIANGJIANG
    assert body["members"] == [8, 2] and body["profiled"] == [2, 2] and len(body["pairs"]) == 3
    top = body["pairs"][0]
    assert (top["a"], top["b"]) == ("hancom", "sevens-robotics")
    assert top["reasons"][0] == "互补：Hancom提供软件，七腾机器人正在寻求"
    overview = client.get(f"/api/clusters/{LIANGJIANG}").json()
    assert [m["key"] for m in overview["members"]] == ["sevens-robotics", "liangjiang-admin"]
    assert {s["key"]: s["label"] for s in overview["sectors"]}["robotics"] == "机器人"


@pytest.mark.parametrize("url", ["/clusters/no-such-cluster", "/clusters/match?a=no-such&b=" + LIANGJIANG,
                                 "/api/clusters/no-such-cluster", f"/api/clusters/{PANGYO}/match/kr-seoul"])
def test_an_unknown_cluster_is_404_with_its_name(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "No cluster &#39;" in response.text or "No cluster '" in response.json()["error"]["message"]


def test_one_cluster_twice_is_refused(client):
    response = client.get(f"/api/clusters/{PANGYO}/match/{PANGYO}")
    assert response.status_code == 400 and response.json()["error"]["code"] == "E972"


def test_the_place_and_organisation_pages_lead_to_the_cluster_page(client, db):
    from gyoryu.clusters.service import get_cluster
    from gyoryu.directory.service import org_by_key

    place = client.get(f"/places/{get_cluster(db=db, ref=PANGYO).id}")
    assert f'href="/clusters/{PANGYO}"' in place.text
    org = client.get(f"/organizations/{org_by_key(db=db, key='hancom').id}")
    assert f'href="/clusters/{PANGYO}"' in org.text
