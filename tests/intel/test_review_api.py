"""The review queue and articles through the JSON API: the same decisions as the page, by token."""

from gyoryu.accounts import tokens
from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.directory.models import Organization
from gyoryu.directory.normalize import name_key
from gyoryu.intel import service, sources
from gyoryu.intel.models import Review

TEXT = ("한국 대표단은 ‘유니트릭스’ 본사를 방문했다. 이어 ‘가나다연구소’ 관계자들과 만났다.\n"
        "입력 2025.07.26 09:00")


def test_decide_reviews_and_read_the_article_through_the_api(client, db):
    article, _ = service.ingest(db=db, source=sources.from_text(TEXT))
    organiser = add_user(db=db, email="reviewer@example.org", password="long enough",
                         role=Role.organiser)
    viewer = add_user(db=db, email="reader@example.org", password="long enough")
    _, secret = tokens.create_token(db=db, user=organiser, scope="write")
    _, viewer_secret = tokens.create_token(db=db, user=viewer, scope="write")
    db.commit()
    auth = {"Authorization": f"Bearer {secret}"}

    assert client.get("/api/v1/reviews").status_code == 401
    assert client.get("/api/v1/reviews",
                      headers={"Authorization": f"Bearer {viewer_secret}"}).status_code == 403
    queue = client.get("/api/v1/reviews", headers=auth, params={"limit": 1})
    assert queue.status_code == 200
    assert (queue.json()["total"], len(queue.json()["items"])) == (2, 1)
    listed = {r["name"]: r for r in client.get("/api/v1/reviews", headers=auth).json()["items"]}
    assert set(listed) == {"유니트릭스", "가나다연구소"}
    first = listed["유니트릭스"]
    assert TEXT[first["start"]:first["end"]] == "유니트릭스"

    best = first["candidates"][0]["organization_id"]
    accepted = client.post(f"/api/v1/reviews/{first['id']}/decision", headers=auth,
                           json={"action": "accept"})
    assert accepted.status_code == 200, accepted.text
    assert (accepted.json()["status"], accepted.json()["decided_org_id"]) == ("accepted", best)
    again = client.post(f"/api/v1/reviews/{first['id']}/decision", headers=auth,
                        json={"action": "reject"})
    assert (again.status_code, again.json()["error"]["code"]) == (400, "E407")
    bad = client.post(f"/api/v1/reviews/{listed['가나다연구소']['id']}/decision", headers=auth,
                      json={"action": "merge"})
    assert (bad.status_code, bad.json()["error"]["code"]) == (400, "E408")
    wrong_kind = client.post(f"/api/v1/reviews/{listed['가나다연구소']['id']}/decision",
                             headers=auth, json={"action": "create", "kind": "castle"})
    assert (wrong_kind.status_code, wrong_kind.json()["error"]["field"]) == (422, "kind")

    db.expire_all()
    assert db.get(Review, first["id"]).status == "accepted"
    assert name_key("유니트릭스") in {n.norm for n in db.get(Organization, best).names}

    got = client.get(f"/api/v1/articles/{article.id}").json()
    assert got["text"] == article.text and got["page"] == f"/news/{article.id}"
    assert client.get("/api/v1/articles/999999").json()["error"]["code"] == "E405"
