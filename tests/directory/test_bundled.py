"""The bundled directory: valid, large enough, and holding everyone the seed articles name."""

import json

import pytest
from sqlalchemy import func, select

from gyoryu.directory import bundled, service
from gyoryu.directory.interchange import export_orgs
from gyoryu.directory.models import Person, PersonName, Place, PlaceName
from gyoryu.directory.normalize import name_key

# Each organisation as the seed articles (../shared/seeds) print it, and who it is.
SEED_ORGANISATIONS = [
    ("NHN 클라우드", "nhn-cloud"), ("메가존 클라우드", "megazone-cloud"), ("한글과 컴퓨터", "hancom"),
    ("에이아이웍스", "aiworks"), ("에이로봇", "aeirobot"), ("하이퍼놀로지", "hypernology"),
    ("엔닷라이트", "ndotlight"), ("다일리서치", "dail-research"), ("이니텍", "initech"),
    ("세븐스 로보틱스", "sevens-robotics"), ("텐센트", "tencent"), ("인천일보", "incheon-ilbo"),
    ("경기도", "gyeonggi-province"), ("한중AI교류협회", "kcaia"),
    ("한중AI기술미래연구소", "kcaia-future-institute"), ("K-이니셔티브", "k-initiative"),
    ("SPACE Tech", "space-tech"), ("追势科技", "space-tech"), ("딥시크", "deepseek"),
    ("유니트리", "unitree"), ("뉴스비전e", "newsvision-e"), ("광주광역시", "gwangju-metropolitan-city"),
    ("㈜티디엘", "tdl"), ("㈜공간정보", "gonggan-jeongbo"), ("㈜싸이버메딕", "cybermedic"),
    ("㈜넷온", "neton"), ("고스트페이", "ghostpay"), ("㈜인디제이", "indj"), ("㈜지니소프트", "genisoft"),
    ("㈜SOS Lab", "soslab"), ("광주테크노파크", "gwangju-technopark"),
    ("광주정보문화산업진흥원", "gicon"), ("전자부품연구원", "keti"), ("광주과학기술원", "gist"),
    ("지스트", "gist"), ("구글", "google"), ("ASW", "asw"), ("스탠포드대학교", "stanford-university"),
    ("뉴욕대학교", "nyu"), ("IBM", "ibm"), ("MIT", "mit"), ("매일경제", "maeil-business"),
    ("매경교육센터", "mk-education-center"), ("매경비즈", "maekyung-biz"), ("포패러다임", "4paradigm"),
    ("4Paradigm", "4paradigm"), ("ZYW-PARK", "zyw-park"), ("샤오미", "xiaomi"),
    ("ZGC 국제 오프쇼어 R&D 아일랜드", "zgc-offshore-rd-island"), ("TusFIIC", "tusfiic"),
    ("센스타임", "sensetime"), ("화웨이", "huawei"), ("국회", "national-assembly"),
    ("중국 정법대", "cupl"), ("세계인공지능대회", "waic"), ("WAIC", "waic"), ("국무원", "state-council"),
    ("충칭시", "chongqing-government"), ("샤오미 슈퍼공장", "xiaomi-ev-factory"),
]
SEED_PEOPLE = ["김동연", "이남희", "장승현", "윤석원", "신영호", "김기병", "권태형", "전현철",
               "이용섭", "김문주", "이창한", "김기선", "임상균", "후펑화", "리창", "마광림"]
SEED_PLACES = ["충칭", "상하이", "량장신구", "판교", "베이징", "항저우", "이좡", "중관춘", "실리콘밸리",
               "광주", "서울"]


def test_bundled_files_have_no_problems():
    assert bundled.validate(bundled.read_bundle()) == []


def test_export_lists_enough_real_organisations(db):
    records = json.loads(export_orgs(db, "json"))
    by_country = {}
    for r in records:
        by_country[r["country"]] = by_country.get(r["country"], 0) + 1
    assert len(records) >= 300
    assert by_country["KR"] >= 120
    assert by_country["CN"] >= 120
    keys = {r["key"] for r in records}
    assert {key for _, key in SEED_ORGANISATIONS} <= keys


@pytest.mark.parametrize(("mention", "key"), SEED_ORGANISATIONS)
def test_seed_mentions_find_their_organisation_first(db, mention, key):
    orgs, _ = service.search_orgs(db=db, q=mention, limit=1)
    assert orgs[0].key == key


def test_seed_people_and_places_are_present(db):
    people = set(db.scalars(select(PersonName.norm)))
    assert [p for p in SEED_PEOPLE if name_key(p) not in people] == []
    places = set(db.scalars(select(PlaceName.norm)))
    assert [p for p in SEED_PLACES if name_key(p) not in places] == []


def test_people_keep_their_affiliations(db):
    kim = db.scalar(select(Person).join(PersonName).where(PersonName.name == "김동연"))
    assert kim.affiliations[0].organization.key == "gyeonggi-province"
    assert db.scalar(select(func.count(Place.id))) >= 150


def test_loading_again_adds_nothing_and_keeps_edits(db):
    hancom = service.org_by_key(db=db, key="hancom")
    hancom.description = {"en": "Edited by an organiser."}
    db.flush()
    assert bundled.load(db) == {"sectors": 0, "places": 0, "organizations": 0, "people": 0,
                                "places updated": 0, "organizations updated": 0}
    assert service.org_by_key(db=db, key="hancom").description == {"en": "Edited by an organiser."}
