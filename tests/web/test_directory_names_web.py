"""Directory pages in the reader's language: a name in another language says which; a place names
its country once."""

from sqlalchemy import select

from gyoryu.directory.models import Organization, Place


def _org(db, key: str) -> Organization:
    return db.scalar(select(Organization).where(Organization.key == key))


def test_the_chinese_page_of_a_korean_company_without_chinese_name_marks_its_english_name(client, db):
    org = _org(db, "megazone-cloud")
    client.cookies.set("lang", "zh")
    html = client.get(f"/organizations/{org.id}").text
    assert '<h1 id="org-name"><span lang="en" class="name-fallback">Megazone Cloud</span></h1>' in html
    assert "<title>Megazone Cloud · gyoryu</title>" in html


def test_the_chinese_page_of_a_chinese_company_shows_its_chinese_name(client, db):
    org = _org(db, "sevens-robotics")
    client.cookies.set("lang", "zh")
    assert '<h1 id="org-name">七腾机器人</h1>' in client.get(f"/organizations/{org.id}").text


def test_a_place_page_names_its_country_once(client, db):
    pangyo = db.scalar(select(Place).where(Place.key == "kr-pangyo"))
    html = client.get(f"/places/{pangyo.id}").text
    where = html.split('id="place-where">', 1)[1].split("</p>", 1)[0]
    assert where.count("South Korea") == 1
    assert [a.key for a in pangyo.ancestors()] == ["kr-seongnam", "kr-gyeonggi", "kr"]
    korea = db.scalar(select(Place).where(Place.key == "kr"))
    where = client.get(f"/places/{korea.id}").text.split('id="place-where">', 1)[1].split("</p>", 1)[0]
    assert "South Korea" not in where
