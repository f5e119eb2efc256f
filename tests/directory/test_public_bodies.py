"""Government and public bodies in the bundled directory: found by their official short forms, their
older names and the forms the Korean and Chinese press print, each with its official site."""

import pytest

from gyoryu.directory import bundled, service
from gyoryu.directory.normalize import name_key

# How the press names a body, and who it is. Renamed bodies answer to their older names.
PRESS_FORMS = [
    ("과기정통부", "msit"), ("과기부", "msit"), ("미래창조과학부", "msit"),
    ("산업통상자원부", "motie"), ("산업부", "motie"), ("지식경제부", "motie"), ("MOTIE", "motie"),
    ("중기부", "mss"), ("중소기업청", "mss"), ("中小企业部", "mss"),
    ("기획재정부", "moef"), ("환경부", "mcee"), ("통계청", "kostat"), ("특허청", "kipo"),
    ("외교부", "mofa-kr"), ("韩国外交部", "mofa-kr"), ("중국 외교부", "mfa-cn"), ("外交部", "mfa-cn"),
    ("工信部", "miit"), ("发改委", "ndrc"), ("商务部", "mofcom"), ("科技部", "most"), ("国务院", "state-council"),
    ("全国人民代表大会", "npc"), ("전국인민대표대회", "npc"), ("全国人大", "npc"), ("전인대", "npc"),
    ("全国政协", "cppcc"), ("中国共产党", "cpc"), ("中共中央", "cpc-central-committee"),
    ("국회", "national-assembly"), ("더불어민주당", "democratic-party-kr"), ("국민의힘", "people-power-party"),
    ("KOTRA", "kotra"), ("코트라", "kotra"), ("KITA", "kita"), ("중진공", "kosme"), ("중소기업진흥공단", "kosme"),
    ("NIPA", "nipa"), ("IITP", "iitp"), ("KISA", "kisa"), ("KEIT", "keit"), ("창업진흥원", "kised"),
    ("주중한국대사관", "embassy-kr-in-cn"), ("주중 한국대사관", "embassy-kr-in-cn"),
    ("韩国驻华大使馆", "embassy-kr-in-cn"),
    ("주한중국대사관", "embassy-cn-in-kr"), ("中国驻韩国大使馆", "embassy-cn-in-kr"),
    ("주상하이 총영사관", "consulate-kr-shanghai"), ("CCPIT", "ccpit"), ("中国贸促会", "ccpit"),
    ("NDRC", "ndrc"), ("MOFCOM", "mofcom"), ("MIIT", "miit"),
    ("경기도", "gyeonggi-province"), ("서울특별시", "seoul-metropolitan-government"),
    ("부산광역시", "busan-metropolitan-city"), ("충청북도", "chungbuk-province"), ("경남도", "gyeongnam-province"),
    ("강원도", "gangwon-state"), ("전라북도", "jeonbuk-state"), ("제주특별자치도", "jeju-province"),
    ("헤이룽장성", "heilongjiang-government"), ("黑龙江省人民政府", "heilongjiang-government"),
    ("길림성 인민정부", "jilin-government"), ("广东省政府", "guangdong-government"), ("톈진시", "tianjin-government"),
    ("烟台市", "yantai-government"), ("저장성 상무청", "zhejiang-commerce-department"),
    ("장쑤성 과학기술청", "jiangsu-science-department"),
    ("重庆市经济和信息化委员会", "chongqing-economy-it-commission"),
    ("베이징과학기술위원회", "zgc-admin"), ("上海市科委", "shanghai-science-commission"),
    ("烟台市委", "cpc-yantai-committee"), ("White House", "white-house"), ("USTR", "ustr"),
    ("経済産業省", "meti"), ("일본 경제산업성", "meti"), ("European Commission", "european-commission"),
]


@pytest.mark.parametrize(("mention", "key"), PRESS_FORMS)
def test_press_forms_find_their_body_first(db, mention, key):
    orgs, _ = service.search_orgs(db=db, q=mention, limit=1)
    assert orgs[0].key == key


def _public_bodies():
    return [(src, o) for src, o in bundled.read_bundle().orgs if src.endswith("_public.yaml")]


def test_every_public_body_names_its_official_site():
    bodies = _public_bodies()
    assert len(bodies) >= 300
    unsourced = [o["key"] for _src, o in bodies
                 if not (o.get("source") or "").startswith(("https://", "http://"))]
    assert unsourced == []


def test_every_public_body_is_named_in_korean_chinese_and_english():
    missing = [(o["key"], lang) for _src, o in _public_bodies()
               for lang in ("ko", "zh-Hans", "en") if lang not in o["names"]]
    assert missing == []


# Short forms left out on purpose: each is an ordinary word (or an unrelated common acronym) in the
# news, so as a bare alias the extractor would find the body everywhere.
ORDINARY_WORDS = ["MOU", "aT", "정협", "政协", "중공", "Congress", "AI Office", "위해시", "무한시", "장사시", "소주시"]


def test_ordinary_words_are_not_aliases_of_public_bodies():
    forms = {name_key(n) for _src, o in _public_bodies()
             for n in [*o["names"].values(), *(a["name"] for a in o.get("aliases") or [])]}
    assert [w for w in ORDINARY_WORDS if name_key(w) in forms] == []
