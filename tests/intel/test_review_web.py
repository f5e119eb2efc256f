"""The review queue through the web: accept a candidate, reject a non-organisation."""

from gyoryu.accounts.enums import Role
from gyoryu.directory.models import Organization
from gyoryu.directory.normalize import name_key
from gyoryu.intel import service, sources
from gyoryu.intel.models import Review
from tests.web.conftest import csrf_of, sign_in

TEXT = ("한국 대표단은 ‘유니트릭스’ 본사를 방문했다. 이어 ‘가나다연구소’ 관계자들과 만났다.\n"
        "입력 2025.07.26 09:00")


def _queue(db):
    article, _ = service.ingest(db=db, source=sources.from_text(TEXT))
    db.commit()
    return article, {r.name: r for r in service.open_reviews(db=db)}


def test_viewers_cannot_review(client, db, make_user):
    _queue(db)
    sign_in(client, *make_user(Role.viewer))
    assert client.get("/news/review/queue").status_code == 403


def test_accept_and_reject_in_the_queue(client, db, make_user):
    article, reviews = _queue(db)
    assert set(reviews) == {"유니트릭스", "가나다연구소"}
    sign_in(client, *make_user(Role.organiser))
    page = client.get("/news/review/queue")
    assert page.status_code == 200
    assert "유니트릭스" in page.text

    token = csrf_of(client, "/news/review/queue")
    accept = reviews["유니트릭스"]
    best = accept.candidates[0][0]
    r = client.post(f"/news/review/{accept.id}", data={"action": "accept", "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303
    r = client.post(f"/news/review/{reviews['가나다연구소'].id}",
                    data={"action": "reject", "csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303

    db.expire_all()
    assert db.get(Review, accept.id).status == "accepted"
    assert db.get(Review, reviews["가나다연구소"].id).status == "rejected"
    org = db.get(Organization, best)
    assert name_key("유니트릭스") in {n.norm for n in org.names}  # the decision is an alias
    assert "유니트릭스" not in client.get("/news/review/queue").text

    # the next article links by itself
    doc, _gaz = service.extract(db=db, text="‘유니트릭스’가 서울에 사무소를 열었다.")
    assert [(o.mention, o.entity_id, o.confidence) for o in doc.orgs] == [
        ("유니트릭스", best, 1.0)]

    page = client.get(f"/news/{article.id}")
    assert page.status_code == 200
    assert f'href="/organizations/{best}"' in page.text
    profile = client.get(f"/organizations/{best}")
    assert "news-timeline" in profile.text


def test_review_without_csrf_is_refused(client, db, make_user):
    _article, reviews = _queue(db)
    sign_in(client, *make_user(Role.organiser))
    r = client.post(f"/news/review/{reviews['가나다연구소'].id}", data={"action": "reject"})
    assert r.status_code == 403
