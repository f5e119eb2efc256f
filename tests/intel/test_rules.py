"""One test per general rule of the extraction pipeline, on a small directory of its own."""

from datetime import date

import pytest

from gyoryu.directory.normalize import name_key
from gyoryu.intel import gazetteer as gz
from gyoryu.intel.evaluate import Score, score
from gyoryu.intel.pipeline import PersonMention
from gyoryu.intel.text import split_sentences
from gyoryu.intel.translit import sound_keys, split_generic
from tests.intel.small_directory import small_gazetteer

ORGS = {
    "lg-ai-research": ("research", "KR", {"ko": "LG AI연구원", "en": "LG AI Research"}),
    "deep-robotics": ("company", "CN", {"ko": "딥로보틱스", "zh-Hans": "云深处科技", "en": "DEEP Robotics"}),
    "unitree": ("company", "CN", {"ko": "유니트리", "zh-Hans": "宇树科技", "en": "Unitree Robotics"}),
    "galbot": ("company", "CN", {"zh-Hans": "银河通用", "en": "Galbot"}),
    "doosan-robotics": ("company", "KR", {"ko": "두산로보틱스", "en": "Doosan Robotics"}),
    "waic": ("other", "CN", {"ko": "세계인공지능대회", "en": "World Artificial Intelligence Conference"}),
    "kakao-ventures": ("investor", "KR", {"ko": "카카오벤처스", "en": "Kakao Ventures"}),
    "tencent": ("company", "CN", {"ko": "텐센트", "zh-Hans": "腾讯", "en": "Tencent"}),
    "agibot": ("company", "CN", {"zh-Hans": "智元机器人", "en": "AgiBot"}),
    "hongshan": ("investor", "CN", {"zh-Hans": "红杉中国", "en": "HongShan"}),
    "catl": ("company", "CN", {"zh-Hans": "宁德时代", "en": "CATL"}),
    "byd": ("company", "CN", {"en": "BYD"}),
    "hyundai-mobis": ("company", "KR", {"en": "Hyundai Mobis"}),
    "lges": ("company", "KR", {"en": "LG Energy Solution"}),
    "nota": ("company", "KR", {"en": "Nota AI", "und": "Nota"}),
    "tsinghua": ("university", "CN", {"ko": "칭화대학교", "zh-Hans": "清华大学", "en": "Tsinghua University"}),
    "volcano-engine": ("company", "CN", {"zh-Hans": "火山引擎", "en": "Volcano Engine"}),
    "most": ("government", "KR", {"en": "MOST", "ko": "과기정통부"}),
    "arm": ("company", "GB", {"en": "Arm"}),
    "nc-ai": ("company", "KR", {"ko": "엔씨AI", "en": "NC AI"}),
    "naver": ("company", "KR", {"ko": "네이버", "en": "NAVER"}),
    "naver-cloud": ("company", "KR", {"ko": "네이버클라우드", "en": "NAVER Cloud"}),
    "geely": ("company", "CN", {"zh-Hans": "吉利", "en": "Geely"}),
    "kdb": ("investor", "KR", {"ko": "KDB산업은행", "en": "KDB"}),
    "hillhouse": ("investor", "CN", {"zh-Hans": "高瓴资本", "en": "Hillhouse Investment", "und": "高瓴"}),
    "shanghai-government": ("government", "CN", {"ko": "상하이시 정부", "zh-Hans": "上海市人民政府"}),
    "gwangju-government": ("government", "KR", {"ko": "광주시", "en": "Gwangju Metropolitan City"}),
    "samsung": ("company", "KR", {"ko": "삼성전자", "zh-Hans": "三星", "en": "Samsung"}),
    "samsung-sds": ("company", "KR", {"ko": "삼성SDS", "en": "Samsung SDS"}),
    "etri": ("research", "KR", {"ko": "한국전자통신연구원", "en": "ETRI"}),
    "lg": ("company", "KR", {"ko": "LG", "en": "LG"}),
    "qiming": ("investor", "CN", {"zh-Hans": "启明创投", "en": "Qiming Venture Partners"}),
    "hyundai": ("company", "KR", {"ko": "현대자동차", "en": "Hyundai"}),
    "chonnam-university": ("university", "KR", {"ko": "전남대", "en": "Chonnam National University"}),
    "snu": ("university", "KR", {"ko": "서울대학교", "en": "Seoul National University"}),
    "fourier": ("company", "CN", {"ko": "푸리에", "en": "Fourier"}),
    "liangjiang-admin": ("government", "CN", {"zh-Hans": "两江新区管理委员会"}),
    "dji": ("company", "CN", {"zh-Hans": "大疆创新", "en": "DJI"}),
    "byd-zh": ("company", "CN", {"zh-Hans": "比亚迪"}),
    "mss": ("government", "KR", {"zh-Hans": "韩国中小企业部", "ko": "중소벤처기업부"}),
    "national-assembly": ("government", "KR", {"ko": "국회", "en": "National Assembly"}),
    "hankyung": ("media", "KR", {"ko": "한국경제", "en": "The Korea Economic Daily"}),
    "yonhap": ("media", "KR", {"en": "Yonhap news agency", "und": "Yonhap"}),
    "gyeonggi-government": ("government", "KR", {"ko": "경기도", "en": "Gyeonggi Provincial Government"}),
}
PLACES = {  # key: (kind, parent, names)
    "cn": ("country", None, ["중국", "中国", "China"]),
    "kr": ("country", None, ["한국", "韩国", "South Korea", "Korea"]),
    "us": ("country", None, ["미국", "美国", "United States"]),
    "cn-beijing": ("city", "cn", ["베이징", "北京", "Beijing"]),
    "cn-beijing-haidian": ("district", "cn-beijing", ["하이뎬구", "海淀区", "Haidian District"]),
    "cn-shanghai": ("city", "cn", ["상하이", "上海", "上海市", "Shanghai"]),
    "cn-hangzhou": ("city", "cn", ["항저우", "杭州", "Hangzhou"]),
    "cn-shenzhen": ("city", "cn", ["선전", "深圳", "Shenzhen"]),
    "cn-shenzhen-nanshan": ("district", "cn-shenzhen", ["난산구", "南山区", "Nanshan"]),
    "kr-seoul": ("city", "kr", ["서울", "首尔", "Seoul"]),
    "kr-busan": ("city", "kr", ["부산", "釜山", "Busan"]),
    "kr-pangyo": ("district", "kr-seoul", ["판교", "Pangyo"]),
    "kr-gyeonggi": ("province", "kr", ["경기", "경기도", "Gyeonggi"]),
    "kr-gwangju": ("city", "kr", ["광주", "광주시", "Gwangju"]),
    "cn-anhui": ("province", "cn", ["안후이성", "安徽省", "Anhui"]),
    "kr-daegu": ("city", "kr", ["대구", "Daegu"]),
    "kr-jeonnam": ("province", "kr", ["전라남도", "전남"]),
    "cn-hefei": ("city", "cn", ["허페이", "合肥", "Hefei"]),
    "cn-liangjiang": ("cluster", "cn", ["량장신구", "两江新区", "Liangjiang New Area"]),
    "cn-wuhan": ("city", "cn", ["우한", "우한시", "武汉", "Wuhan"]),
    "kr-gwanggyo-tv": ("cluster", "kr-gyeonggi", ["광교테크노밸리", "Gwanggyo Techno Valley"]),
    "cn-yizhuang": ("cluster", "cn-beijing", ["이좡", "亦庄", "Yizhuang"]),
}


def _gazetteer():
    return small_gazetteer(ORGS, PLACES)


@pytest.fixture(scope="module")
def g():
    return _gazetteer()


def _org_keys(doc, g):
    return {(g.orgs[o.entity_id].key if o.entity_id else None, o.mention) for o in doc.orgs}


def _people(doc):
    return {p.mention: (p.role, p.org_mention) for p in doc.people}


# -- people -----------------------------------------------------------------------------------------
def test_a_role_written_onto_the_organisation_is_its_head(run):
    doc = run("협약식에는 배경훈 LG AI연구원장과 관계자들이 참석했다.")
    assert _people(doc)["배경훈"] == ("원장", "LG AI연구원")


def test_an_unknown_organisation_with_its_head_becomes_a_candidate(run):
    doc = run("김태열 부산정보산업진흥원장은 \"판로가 넓어진다\"고 말했다.")
    assert _people(doc)["김태열"] == ("원장", "부산정보산업진흥원")
    assert any(o.mention == "부산정보산업진흥원" and o.entity_id is None for o in doc.orgs)


def test_chinese_names_in_hangul_and_a_gloss_before_the_role(run):
    doc = run("탄다이 텐센트 총재와 제임스 랜디 물릭(James Randy Moulic) 학장이 만났다.")
    people = _people(doc)
    assert people["탄다이"] == ("총재", "텐센트")
    assert people["물릭"][0] == "학장" if "물릭" in people else True


def test_roles_before_names_and_back_references(run):
    doc = run("협약식에는 에이트스텝랩스 공동대표 박서연, 최민재가 참석했다. "
              "박 대표는 \"데이터가 곧 경쟁력\"이라고 말했다.")
    people = _people(doc)
    assert people["박서연"][0] == "공동대표" and people["최민재"][0] == "공동대표"
    assert people["박서연"][1] == "에이트스텝랩스"
    assert "박" not in people


def test_a_back_reference_gives_a_role_to_the_person_named_before(run):
    doc = run("김철수씨가 행사에 왔다. 김 원장은 \"반갑다\"고 말했다.")
    doc.people.append(PersonMention(0, 3, "김철수"))  # as if the directory had named him
    from gyoryu.intel.recognise.people_ko import _ko_back_references

    _ko_back_references(doc)
    assert _people(doc)["김철수"][0] == "원장"


def test_chinese_roles_and_names_that_speak(run):
    doc = run("京畿道知事金东渊会见了代表团。银河通用创始人王鹤表示，市场很大。会上，李明远指出合作空间广阔。")
    people = _people(doc)
    assert people["金东渊"][0] == "知事"
    assert people["王鹤"] == ("创始人", "银河通用")
    assert "李明远" in people


def test_a_traditional_role_is_reported_as_written(run):
    doc = run("騰訊總裁劉熾平表示，合作順利。")
    assert _people(doc)["劉熾平"][0] == "總裁"


# -- organisation candidates ------------------------------------------------------------------------
def test_proper_nouns_with_an_organisation_ending(run, g):
    doc = run("이날 트라이로봇랩스는 딥로보틱스와 협약을 맺었다. 핀테크 기업과 데이터센터도 늘었다.")
    keys = _org_keys(doc, g)
    assert (None, "트라이로봇랩스") in keys
    assert not any(m in ("핀테크", "데이터센터") for _k, m in keys)


def test_the_other_members_of_a_list_with_an_organisation(run, g):
    doc = run("대표단에는 로보링크, 트라이로봇랩스, 에이치모션테크 등이 참여했다. 중국 갤봇(Galbot), 도봇과 협약했다.")
    mentions = {m for _k, m in _org_keys(doc, g)}
    assert {"로보링크", "트라이로봇랩스", "에이치모션테크", "도봇"} <= mentions
    doc = run("AI데이터 분야의 ‘딥로보틱스’, 피지컬AI 분야의 기업이다.")
    assert "피지컬AI" not in {o.mention for o in doc.orgs}


def test_a_known_name_with_an_organisation_ending_is_another_organisation(run, g):
    doc = run("유니트리는 다음 달 국내 법인 유니트리코리아를 설립할 예정이다.")
    assert (None, "유니트리코리아") in _org_keys(doc, g)
    assert ("unitree", "유니트리") in _org_keys(doc, g)


def test_a_place_written_into_a_name_is_part_of_it(run, g):
    doc = run("지역 AI 기업 협의체 '부산AI얼라이언스'도 동행했다. 부산 기업 '부산 AI 리더스' 기업인들도 왔다.")
    mentions = {o.mention for o in doc.orgs}
    assert "부산AI얼라이언스" in mentions and "부산 AI 리더스" not in mentions
    assert any(p.mention == "부산" for p in doc.places)


def test_a_name_found_once_is_found_where_it_is_repeated(run, g):
    doc = run("中 훠산엔진 대표단, 판교 찾아\n"
              "클라우드 기업 훠산엔진 대표단이 판교를 찾았다. 탄다이 훠산엔진 총재가 이끌었다.")
    assert sum(o.mention == "훠산엔진" for o in doc.orgs) == 3
    assert _people(doc)["탄다이"][0] == "총재"


def test_chinese_endings_cities_and_countries(run, g):
    doc = run("此外，银河通用还与上海芯驰半导体签署了协议。双方与韩国斗山机器人签署备忘录。"
              "杭州云图智能科技有限公司展示了四足机器人和人形机器人。")
    mentions = {o.mention for o in doc.orgs}
    assert {"上海芯驰半导体", "斗山机器人", "杭州云图智能科技有限公司"} <= mentions
    assert not mentions & {"人形机器人", "四足机器人", "韩国斗山机器人", "芯驰半导体"}
    assert "上海" not in {p.mention for p in doc.places}


def test_english_coordination_apposition_and_subsidiaries(run, g):
    doc = run("Arcturus Labs raised 8 billion won in a round led by Kakao Ventures and Hashed. "
              "Separately, Lumos Dynamics, a Shenzhen startup, opened an office. "
              "Nota AI said it had set up a subsidiary, Nota China, in Shenzhen's Nanshan district.")
    mentions = {o.mention for o in doc.orgs}
    assert {"Hashed", "Lumos Dynamics", "Nota China", "Arcturus Labs"} <= mentions
    assert ("nota", "Nota AI") in _org_keys(doc, g)


# -- linking ------------------------------------------------------------------------------------------
def test_hangul_ae_is_read_as_a_and_generic_words_are_translated(run, g):
    from gyoryu.intel.translit import latin_key

    assert latin_key("Galbot") in sound_keys("갤봇")
    assert split_generic("Doosan Robotics") == ("Doosan", "robotics")
    assert split_generic("斗山机器人") == ("斗山", "robotics")
    doc = run("银河通用与韩国斗山机器人签署备忘录。중국 갤봇(Galbot)과 협약했다.")
    keys = _org_keys(doc, g)
    assert ("doosan-robotics", "斗山机器人") in keys
    assert ("galbot", "갤봇") in keys


# -- places -------------------------------------------------------------------------------------------
def test_a_doubtful_place_listed_with_a_place_of_its_kind(run):
    doc = run("김 원장은 \"내년에는 선전과 상하이로 범위를 넓히겠다\"고 덧붙였다.")
    assert {p.mention for p in doc.places} >= {"선전", "상하이"}


def test_an_agency_dateline_with_a_single_hyphen_is_not_story():
    text = "SEOUL, Oct 28 (Reuters) - DeepX said on Tuesday it had signed a deal."
    sentences, skipped = split_sentences(text)
    assert skipped and skipped[0][2] == "dateline"
    assert text[sentences[0].start:].startswith("DeepX")


# -- dates ----------------------------------------------------------------------------------------------
def _values(doc):
    return [(doc.text[d.start:d.end], d.value) for d in doc.dates]


def test_day_anaphora_month_words_weekdays_and_years(run):
    doc = run("대표단이 지난 9일 항저우를 찾았다고 12일 밝혔다. 이날 협약을 맺었다. "
              "지난달 협약도 있었다. 다음 달 법인을 세운다.")
    values = dict(_values(doc))
    assert values["이날"] == "2025-10-09"  # the day last named, not the day it was told
    assert values["지난달"] == "2025-09" and values["다음 달"] == "2025-11"
    doc = run("Mobis signed an agreement with CATL on Monday. Lumos Dynamics was founded in 2023.",
              date(2025, 7, 22))
    values = dict(_values(doc))
    assert values["Monday"] == "2025-07-21" and values["2023"] == "2023"


# -- events ---------------------------------------------------------------------------------------------
def _events(doc, g):
    def ref(m):
        if getattr(m, "entity_id", None) in g.orgs and not hasattr(m, "role"):
            return g.orgs[m.entity_id].key
        return m.mention
    return [(e.type, sorted(ref(a) for a in e.actors if not hasattr(a, "role")),
             sorted(ref(t) for t in e.targets),
             g.places[e.place.entity_id].key if e.place else None, e.date) for e in doc.events]


def test_the_place_and_date_of_the_events_clause(run, g):
    doc = run("LG AI연구원이 지난 9일 중국 베이징 하이뎬구 칭화대학교를 찾아 업무협약을 체결했다고 12일 밝혔다.")
    assert ("agreement", ["lg-ai-research"], ["tsinghua"], "cn-beijing-haidian", "2025-10-09") in _events(doc, g)
    doc = run("대표단은 지난 7일부터 10일까지 상하이를 거쳐 항저우를 방문해 텐센트 본사를 둘러봤다.")
    (visit,) = _events(doc, g)
    assert visit[3] == "cn-hangzhou" and visit[4] == "2025-10-07"
    doc = run("同日，腾讯与银河通用在北京海淀区签署战略合作协议，双方将在首尔共建中心。", date(2025, 7, 8))
    # the centre the two build is their founding too (news-dev counts it beside the agreement)
    (agreement,) = [e for e in _events(doc, g) if e[0] == "agreement"]
    assert agreement[3] == "cn-beijing-haidian"
    doc = run("Seoul-based Kakao Ventures invested in Galbot, a Shenzhen startup.")
    assert all(e[3] is None for e in _events(doc, g))


def test_an_event_named_by_its_trigger_is_the_target_in_every_mention(run, g):
    doc = run("지난 7월 상하이에서 열린 ‘2025 세계인공지능대회(WAIC)’에서 텐센트가 모델을 공개했다.")
    assert [e[:3] for e in _events(doc, g)] == [("summit", ["tencent"], ["waic"])]
    # the gathering the directory holds is what the summit is about, not an organisation
    assert {o.mention for o in doc.orgs} == {"텐센트"} and "WAIC" in {o.mention for o in doc.gatherings}


def test_what_is_founded(run, g):
    doc = run("유니트리는 다음 달 국내 법인 유니트리코리아를 설립할 예정이다.")
    assert ("founding", ["unitree"], ["유니트리코리아"]) in [e[:3] for e in _events(doc, g)]
    doc = run("Nota AI said it had set up a subsidiary, Nota China, in Shenzhen's Nanshan district. "
              "Lumos Dynamics, a startup founded in 2023 by former BYD engineers, opened an office.")
    got = [e[:4] for e in _events(doc, g)]
    assert ("founding", ["nota"], ["Nota China"], "cn-shenzhen-nanshan") in got
    assert ("founding", [], ["Lumos Dynamics"], None) in got


def test_investors_and_the_one_who_raises(run, g):
    doc = run("智元机器人8日宣布完成新一轮融资，本轮由腾讯领投，红杉中国跟投。", date(2025, 7, 8))
    assert [e[:3] for e in _events(doc, g)] == [("investment", ["hongshan", "tencent"], ["agibot"])]
    doc = run("뉴로소프트는 지난 7월 카카오벤처스로부터 40억원 규모의 시리즈A 투자를 유치했다.")
    assert [e[:3] for e in _events(doc, g)] == [("investment", ["kakao-ventures"], ["뉴로소프트"])]
    doc = run("东方证券分析师认为，今年以来人形机器人赛道融资明显升温。")
    assert _events(doc, g) == []


def test_an_agreement_seals_the_partnership_and_english_subjects_are_nearest(run, g):
    doc = run("Hyundai Mobis, BYD tour Shenzhen as Hyundai Mobis and LG Energy Solution sign an "
              "agreement with CATL.")
    assert [e[:3] for e in _events(doc, g)] == [
        ("agreement", ["hyundai-mobis", "lges"], ["catl"])]
    doc = run("두산로보틱스는 유니트리와 공동 개발을 위한 양해각서(MOU)를 체결했다.")
    assert [e[0] for e in _events(doc, g)] == ["agreement"]


def test_a_delegation_formed_with_an_organisation_is_led_by_it(run, g):
    doc = run("부산정보산업진흥원과 지역 로봇기업으로 꾸려진 대표단이 지난 9일 딥로보틱스 본사를 방문했다.")
    assert [e[:3] for e in _events(doc, g)] == [("visit", ["부산정보산업진흥원"], ["deep-robotics"])]


# -- evaluation -------------------------------------------------------------------------------------------
def test_a_directory_person_in_another_script_counts_once(run, g):
    people = [gz.PersonEntry(1, "ma-guanglin", {"ko": "마광림", "zh-Hant": "馬光林"})]
    g2 = gz.build([], [], [], [], people, [(1, "마광림", name_key("마광림")), (1, "馬光林", name_key("馬光林"))])
    doc = run("공동회장 권태형, 마광림.")
    doc.people = [PersonMention(0, 3, "馬光林", 1)]
    s = score(doc, g2, {"organizations": [], "people": [{"name": "마광림", "role": None}],
                        "places": [], "events": []}, Score())
    assert s.prf("people") == (1.0, 1.0, 1.0)


# -- directory names in context -----------------------------------------------------------------
def test_an_acronym_or_capitalised_name_is_not_an_english_word(run, g):
    doc = run("It is the most dense cluster, and Arm said MOST would fund it with an arm of KDB.")
    assert sorted(k for k, _m in _org_keys(doc, g)) == ["arm", "kdb", "most"]


def test_a_short_latin_name_written_with_its_space(run, g):
    doc = run("대표단은 NC AI를 방문했다. 그는 AI 2강을 말했다.")
    assert ("nc-ai", "NC AI") in _org_keys(doc, g)


def test_a_title_before_an_english_name_is_capitalised(run):
    doc = run("Tsinghua University President Du Jiangfeng signed the agreement.")
    assert _people(doc)["Du Jiangfeng"][0] == "President"


def test_a_place_named_as_its_government(run, g):
    doc = run("上海市市长龚正会见了代表团。")
    assert ("shanghai-government", "上海市") in _org_keys(doc, g)
    doc = run("대표단은 21일 안후이성 인민정부와 의향서를 체결한다.")
    assert (None, "안후이성 인민정부") in _org_keys(doc, g)  # no government of Anhui known yet
    doc = run("대표단은 이어 경기 광주시에 있는 데이터센터 부지를 둘러봤다.")
    assert "gwangju-government" not in {k for k, _m in _org_keys(doc, g)}
    doc = run("광주시는 데이터센터를 유치했다.")
    assert ("gwangju-government", "광주시") in _org_keys(doc, g)


def test_a_known_name_and_a_generic_word(run, g):
    doc = run("NAVER云等企业参展。本轮由吉利资本领投，高瓴创投跟投。KDB Capital also joined.")
    keys = _org_keys(doc, g)
    assert ("naver-cloud", "NAVER云") in keys
    assert (None, "吉利资本") in keys and ("hillhouse", "高瓴创投") in keys
    assert (None, "KDB Capital") in keys


def test_people_act_for_their_organisations_and_hosts_are_not_actors(run, g):
    doc = run("Wang Xingxing, founder of Unitree Robotics, led a delegation that visited Tencent.")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert [(type(a).__name__, g.orgs[a.entity_id].key) for a in visit.actors] == [
        ("OrgMention", "unitree")]
    doc = run("부산 대표단이 지난 9일 텐센트를 방문해 마화텅 텐센트 회장을 만났다.")
    (visit,) = doc.events
    assert [g.orgs[t.entity_id].key for t in visit.targets] == ["tencent"]
    assert not any(getattr(a, "entity_id", None) == visit.targets[0].entity_id for a in visit.actors)


def test_a_headline_shorthand_gives_way_to_the_story(run, g):
    doc = run("부산 AI기업, 선전서 유비테크·텐센트 방문…현지 협회와 MOU\n"
              "부산 대표단이 지난 9일 텐센트를 방문했다. 10일에는 선전인공지능협회와 업무협약(MOU)을 맺었다.")
    agreements = [e for e in _events(doc, g) if e[0] == "agreement"]
    assert [e[2] for e in agreements] == [["선전인공지능협회"]]
    assert agreements[0][4] == "2025-10-10"


def test_a_summit_is_about_a_gathering_not_the_signatories(run, g):
    doc = run("27日，腾讯与清华大学在大会期间签署合作备忘录。")
    assert [e[0] for e in _events(doc, g)] == ["agreement"]


def test_the_day_it_was_told_dates_what_was_done_and_relative_months(run, g):
    doc = run("딥로보틱스가 300억원 규모 시리즈C 투자를 카카오벤처스로부터 유치했다고 2일 밝혔다.")
    assert [e[4] for e in _events(doc, g) if e[0] == "investment"] == ["2025-10-02"]
    doc = run("腾讯上月与银河通用在北京签署合作备忘录，计划明年扩大合作。")
    assert [e[4] for e in _events(doc, g)] == ["2025-09"]
    doc = run("유니트리는 이달 중 서울에 한국법인을 설립한다.")
    assert [e[4] for e in _events(doc, g) if e[0] == "founding"] == ["2025-10"]


def test_a_place_without_a_known_government_acting_as_one(run, g):
    keys = _org_keys(run("로봇기업 10곳이 선전을 방문했다고 대구시가 28일 밝혔다."), g)
    assert (None, "대구시") in keys
    keys = _org_keys(run("광주시는 11일 우한시와 'AI 협력 양해각서(MOU)'를 체결했다."), g)
    assert (None, "우한시") in keys
    assert not _org_keys(run("대표단은 우한시에서 이틀을 보냈다."), g)
    assert not _org_keys(run("선전시는 중국의 실리콘밸리로 불린다."), g)


def test_a_named_gathering_is_what_a_summit_is_about_not_an_organisation(run, g):
    doc = run("대전시는 내년 4월 대전에서 열리는 '2026 한중 AI CEO 서밋'에 텐센트를 초청했다.")
    assert [o.mention for o in doc.gatherings] == ["한중 AI CEO 서밋"]
    assert all(o.mention != "한중 AI CEO 서밋" for o in doc.orgs)
    doc = run("乐聚在北京亦庄举办的世界机器人大会上展示了新产品。")
    assert [o.mention for o in doc.gatherings] == ["世界机器人大会"]


def test_chinese_investors_units_and_ordinary_robot_words(run, g):
    doc = run("本轮由腾讯领投，启明创投、韩国未来资产跟投。公司在首尔设立子公司“乐聚韩国”。"
              "上海愿在智能机器人、人形机器人等领域深化合作。")
    mentions = {m for _k, m in _org_keys(doc, g)}
    assert {"未来资产", "乐聚韩国"} <= mentions
    assert not {"智能机器人", "人形机器人", "韩国未来资产"} & mentions


def test_a_known_name_and_a_latin_word_naming_another(run, g):
    keys = _org_keys(run("韩国三星SDS、NAVER云等企业参展。"), g)
    assert ("samsung-sds", "三星SDS") in keys and ("naver-cloud", "NAVER云") in keys


def test_a_name_kiwi_cuts_apart_before_an_organisation_and_a_role(run, g):
    people = _people(run("방승찬 ETRI 원장은 \"시작하자\"고 말했다. 이번 ETRI 방문단은 왔다."))
    assert people == {"방승찬": ("원장", "ETRI")}


def test_an_ampersand_inside_an_english_name(run, g):
    keys = _org_keys(run("said Park Min-ji, an analyst at Eugene Investment & Securities."), g)
    assert (None, "Eugene Investment & Securities") in keys


def test_investors_of_the_round_told_before(run, g):
    doc = run("银河通用近日完成新一轮融资。本轮由腾讯领投，红杉中国、韩国未来资产跟投，老股东宁德时代继续加注。")
    (investment,) = [e for e in doc.events if e.type == "investment"]
    assert [g.orgs[t.entity_id].key for t in investment.targets] == ["galbot"]
    actors = {g.orgs[a.entity_id].key if a.entity_id else a.mention for a in investment.actors}
    assert actors == {"tencent", "hongshan", "未来资产", "catl"}


def test_the_leaders_own_body_acts_whatever_its_particle(run, g):
    doc = run("김철수 광주시장을 단장으로 한 대표단이 지난 9일 텐센트를 방문했다.")
    visit, delegation = sorted(doc.events, key=lambda e: e.type != "visit")
    assert [g.orgs[t.entity_id].key for t in visit.targets] == ["tencent"]
    assert [g.orgs[a.entity_id].key for a in visit.actors] == ["gwangju-government"]
    assert delegation.type == "delegation"
    assert [g.orgs[a.entity_id].key for a in delegation.actors] == ["gwangju-government"]


def test_a_trigger_inside_a_name_or_an_agreement_about_investment_is_no_investment(run, g):
    doc = run("本次对接会由腾讯和韩国贸易投资振兴公社（KOTRA）共同主办。腾讯与银河通用签署投资促进合作备忘录。")
    assert [e[0] for e in _events(doc, g)] == ["agreement"]


def test_what_a_visit_is_to(run, g):
    doc = run("부산 경제협력대표단이 중국 선전을 방문했다.")
    assert [e[2] for e in _events(doc, g) if e[0] == "visit"] == [["선전"]]  # not home, 부산
    doc = run("부산 대표단이 선전 난산구를 찾아 텐센트와 딥로보틱스를 방문했다.")
    # one visit per host
    assert sorted(e[2] for e in _events(doc, g) if e[0] == "visit") == [["deep-robotics"], ["tencent"]]
    doc = run("Last Tuesday, the delegation toured Tencent's campus in Shenzhen and visited Galbot.")
    visits = _events(doc, g)
    assert all(v[1] == [] for v in visits) and sorted(v[2] for v in visits) == [["galbot"], ["tencent"]]


def test_a_subsidiary_set_up_by_its_korean_verb(run, g):
    doc = run("유니트리는 지난달 서울에 현지 법인 '유니트리코리아'를 세웠다.")
    assert ("founding", ["unitree"], ["유니트리코리아"]) in [e[:3] for e in _events(doc, g)]


def test_a_gloss_in_brackets_is_the_same_person_named_twice(run, g):
    # every written form is a mention with its own offsets (the news convention): the Chinese
    # gloss is one, carrying the role the Korean form was given
    text = "푸리에 CEO인 구제(顧捷)는 \"한국은 시장\"이라고 말했다. 저우젠(周剑) 유비테크 회장도 왔다."
    people = {p.mention: p for p in run(text).people}
    assert {"저우젠", "周剑"} <= people.keys()
    assert text[people["周剑"].start:people["周剑"].end] == "周剑"
    assert people["周剑"].role == people["저우젠"].role == "회장"


def test_names_kiwi_cuts_apart_before_their_role_but_not_verbs_or_markets(run, g):
    people = _people(run("인천경제자유구역청은 윤원석 청장을 단장으로 한 투자유치단을 꾸렸다."))
    assert people.get("윤원석", (None,))[0] == "청장"
    people = _people(run("기조연설에 나선 텐센트 CEO 마화텅은 말했다. 전세계 시장을 주도한다."))
    assert "나선" not in people and "전세계" not in people


def test_a_known_name_written_onto_a_new_one_links_across_scripts(run, g):
    keys = _org_keys(run("LG AI研究院与之江实验室签署合作备忘录。"), g)
    assert ("lg-ai-research", "LG AI研究院") in keys
    keys = _org_keys(run("중국 치밍벤처파트너스(启明创投)가 출자를 검토한다."), g)
    assert "qiming" in {k for k, _m in keys}


def test_an_affiliate_named_by_a_known_name_and_a_capitalised_word(run, g):
    keys = _org_keys(run("JD Logistics signed a pact with Hyundai Glovis on Tuesday."), g)
    assert (None, "Hyundai Glovis") in keys and (None, "JD Logistics") in keys
    keys = _org_keys(run("Hyundai Signs Deal With Tencent In Shenzhen\nHyundai said on Tuesday it signed."), g)
    assert all(m in ("Hyundai", "Tencent") for _k, m in keys)


def test_a_province_acting_is_not_a_university_that_sounds_alike(run, g):
    keys = _org_keys(run("같은 날 전남도와 허페이시는 AI 산업 분야 우호교류 의향서를 교환했다."), g)
    assert keys == {(None, "전남도"), (None, "허페이시")}


def test_a_zone_named_with_its_committee_is_its_government(run, g):
    keys = _org_keys(run("대표단은 량장신구 관리위원회를 찾았다."), g)
    assert keys == {("liangjiang-admin", "량장신구 관리위원회")}


def test_units_named_after_their_parent(run, g):
    keys = _org_keys(run("Fourier set up Fourier Korea and signed with Seoul National University "
                         "Bundang Hospital, and Anyang-based Aidin Robotics joined."), g)
    assert {(None, "Fourier Korea"), (None, "Seoul National University Bundang Hospital"),
            (None, "Aidin Robotics")} <= keys
    assert (None, "Robotics") not in keys
    assert {m for _k, m in _org_keys(run("本轮由深创投领投。"), g)} == {"深创投"}


def test_names_in_brackets_gloss_the_name_before_them(run, g):
    keys = _org_keys(run("중국 로봇 기업 딥로보틱스(DEEP Robotics)와 협약을 맺었다."), g)
    assert keys == {("deep-robotics", "딥로보틱스"), ("deep-robotics", "DEEP Robotics")}
    keys = _org_keys(run("KIAT는 트라이로봇랩스(DEEP Robotics·云深处科技)와 협약을 맺었다."), g)
    assert {("deep-robotics", "트라이로봇랩스"), ("deep-robotics", "DEEP Robotics"),
            ("deep-robotics", "云深处科技")} <= keys
    # a name no rule found is a mention of its own once it glosses one; places and remarks are not
    doc = run("메그비(Megvii), 라마다테크(Ramada Tech), 파파랩스(가칭) 등이 있다. 하나로봇(서울)도 있다.")
    found = {o.mention: o.gloss_of.mention if o.gloss_of else None for o in doc.orgs}
    assert found.get("Ramada Tech") == "라마다테크"
    assert "가칭" not in found and "서울" not in found


# -- Korean organisations the directory lacks, named by their head, people and lists ---------------
def test_an_institution_is_named_by_its_head_written_as_one_word(run):
    doc = run("행사는 서해경제정책연구원과 동북아로봇산업협회가 공동 주최했다. 선임연구원 김영호가 발표했다.")
    found = {o.mention for o in doc.orgs if o.entity_id is None}
    assert {"서해경제정책연구원", "동북아로봇산업협회"} <= found
    assert not any("선임" in m for m in found)  # a title, not an institute


def test_a_head_fused_with_its_title_leaves_the_title_out(run):
    doc = run("안후이성로봇협회비서장과 허페이첨단기술유한공사 사장이 참석했다.")
    found = {o.mention for o in doc.orgs}
    assert {"안후이성로봇협회", "허페이첨단기술유한공사"} <= found


def test_a_weak_head_needs_a_proper_noun_and_a_venue_is_no_body(run):
    doc = run("그는 데이터센터와 김대중컨벤션센터를 거쳐 베이징 금성그룹 본사를 찾았다.")
    found = {o.mention for o in doc.orgs}
    assert "데이터센터" not in found and "김대중컨벤션센터" not in found


def test_ministries_need_a_place_a_list_or_their_minister(run):
    doc = run("이번 대회는 중국 통상부, 해양개발위원회, 문화관광부가 공동 주최한다. 내부 사업부는 빠졌다.")
    found = {o.mention for o in doc.orgs}
    assert {"통상부", "해양개발위원회", "문화관광부"} <= found  # the country is not part of the name
    assert "사업부" not in found and "내부" not in found


def test_a_region_before_a_body_is_part_of_its_name_and_a_mission_keeps_its_seat(run):
    doc = run("안후이성 과학기술청 관계자와 주상하이 한국총영사관 영사가 만났다.")
    found = {o.mention for o in doc.orgs}
    assert {"안후이성 과학기술청", "주상하이 한국총영사관"} <= found


def test_a_country_before_a_known_name_is_not_part_of_it(run, g):
    doc = run("서울대학교는 중국 칭화대학교와 협약을 맺었다.")
    assert ("tsinghua", "칭화대학교") in _org_keys(doc, g)


def test_a_proper_noun_before_a_person_and_a_title_is_their_organisation(run):
    doc = run("경제사절단에는 한빛케미칼 오민석 부회장, 누리바이오메드 최성진 회장이 포함됐다. "
              "이날 김철수 회장은 말했다.")
    assert _people(doc)["오민석"] == ("부회장", "한빛케미칼")
    assert _people(doc)["최성진"] == ("회장", "누리바이오메드")
    assert "이날" not in {o.mention for o in doc.orgs}


def test_places_act_as_their_governments_when_listed_with_bodies_or_named_by_officers(run, g):
    doc = run("무역협회는 경기도, 전라남도 등 2개 지자체와 함께 참가했다. 대표단은 안후이성 부성장을 만났다. "
              "행사는 서울에서 열렸다.")
    assert {m for _k, m in _org_keys(doc, g)} >= {"경기도", "전라남도", "안후이성"}
    assert "서울" in {p.mention for p in doc.places}


def test_a_body_written_onto_its_district_or_city_before_a_title(run, g):
    doc = run("청양구 정치협상회의 부주석 외 신항구과기국장, 광주시로봇협회비서장이 참석했다.")
    found = {o.mention for o in doc.orgs}
    assert {"정치협상회의", "신항구과기국", "광주시로봇협회"} <= found
    assert "광주시" not in found


def test_a_city_before_a_district_is_an_address_not_its_government(run, g):
    doc = run("광주시 북구에서 열린 행사에 광주시가 참여했다.")
    assert [o.mention for o in doc.orgs] == ["광주시"] and doc.orgs[0].start > 5
    assert "광주시" in {p.mention for p in doc.places}


def test_a_university_before_its_presidents_title_and_its_short_form(run, g):
    doc = run("이윤규 한빛대 총장이 참석했다. 국립누리대학교와 협약했고, 국립누리대 총장이 말했다.")
    found = {o.mention: o for o in doc.orgs}
    assert "한빛대" in found and "이윤규" not in found
    assert "한빛대" not in {p.mention for p in doc.people}
    assert found["국립누리대"].gloss_of is found["국립누리대학교"]


def test_a_known_name_running_on_into_a_common_word_is_not_meant(run, g):
    doc = run("윤영찬 국회의원이 축사를 보냈다. 이번 한국경제사절단의 방중 때였다. 국회의원단이 방문했다.")
    assert {o.mention for o in doc.orgs} == {"국회"} and doc.orgs[0].start > 30


def test_a_country_written_onto_a_city_that_opens_a_name_is_not_part_of_it(run):
    doc = run("한국바이오협회는 중국베이징생물촉진센터와 MOU를 체결했다.")
    assert "베이징생물촉진센터" in {o.mention for o in doc.orgs}


def test_a_legal_form_names_the_body_after_it(run):
    doc = run("재단법인 ‘한빛재’의 김철수 원장이 방문했다.")
    assert "한빛재" in {o.mention for o in doc.orgs}


def test_a_latin_company_name_in_brackets_glosses_the_korean_one(run):
    doc = run("지난 7월 누리링크(Nuri Link Venture Management Co. Ltd)와 협약을 맺었다.")
    assert {"누리링크", "Nuri Link Venture Management Co. Ltd"} <= {o.mention for o in doc.orgs}
    assert len(doc.sentences) == 1


def test_a_period_after_an_abbreviation_or_inside_brackets_ends_no_sentence():
    sentences, _ = split_sentences("The forum opened on Feb. 23 in Seoul. Acme (Acme Co. Ltd.) signed. It ended.")
    assert len(sentences) == 3


def test_the_members_of_a_delegation_are_organisations(run):
    doc = run("한국 대표단에는 누리양행, 한빛사이언스, 미르메드 등이 참여한다.")
    assert {"누리양행", "한빛사이언스", "미르메드"} <= {o.mention for o in doc.orgs}


def test_a_full_name_in_brackets_is_one_name_wherever_it_is_written(run):
    doc = run("중진공은 ‘누리 창업거리’(창업대가 과기복무유한공사)와 협약을 체결했다. "
              "이날 창업대가 과기복무유한공사 대표가 참석했다.")
    found = [o.mention for o in doc.orgs]
    assert found.count("창업대가 과기복무유한공사") == 2 and "과기복무유한공사" not in found


def test_a_city_others_are_under_is_its_government_and_a_ministers_meeting_is_no_body(run, g):
    doc = run("우한시 산하 우한캐피탈이 출자했다. '제13차 한중경제장관회의'에서 합의했다.")
    found = {o.mention for o in doc.orgs}
    assert "우한시" in found and "한중경제장관회의" not in found


# -- Chinese organisations by their heads (recognise/zh_heads.py) ------------------------------------
def test_a_chinese_name_runs_from_a_proper_word_to_its_head(run):
    doc = run("上海市数字经济发展促进中心与杭州未来产业研究院签署合作协议。安徽省科技厅厅长表示欢迎。")
    mentions = {o.mention for o in doc.orgs}
    assert {"上海市数字经济发展促进中心", "杭州未来产业研究院", "安徽省科技厅"} <= mentions
    assert not {p.mention for p in doc.places} & {"上海市", "杭州", "安徽省"}


def test_a_head_inside_a_word_or_after_a_verb_names_no_one(run):
    doc = run("深圳是国家中心城市。北京举办了交流会，在首尔设立海外商务中心，公司的总部在杭州。")
    assert {o.mention for o in doc.orgs} == set()


def test_a_country_before_a_ministry_or_a_company_is_not_part_of_it(run):
    doc = run("韩国中小企业部与美国星辰材料公司签署协议，韩国政府表示支持。")
    mentions = {o.mention for o in doc.orgs}
    assert {"中小企业部", "星辰材料公司"} <= mentions
    assert not mentions & {"韩国中小企业部", "美国星辰材料公司", "韩国政府", "政府"}


def test_the_countries_dropped_before_a_name_are_the_directorys(g):
    """Which words are countries is the directory's to say, not a list in the rules: a country it
    gains is dropped before a ministry or a company from then on."""
    from gyoryu.intel.pipeline import pipeline_for

    text = "荷兰经济部与星辰材料公司签署协议。"
    before = {o.mention for o in pipeline_for(g)(text).orgs}
    assert "荷兰经济部" in before
    more = small_gazetteer(ORGS, {**PLACES, "nl": ("country", None, ["네덜란드", "荷兰", "Netherlands"])})
    after = {o.mention for o in pipeline_for(more)(text).orgs}
    assert "经济部" in after and "荷兰经济部" not in after


def test_a_country_before_a_ministry_the_directory_holds_or_a_world_body_is_not_part_of_it(run, g):
    doc = run("韩国中小企业部与韩国世界侨民工商总联合会签署协议。")
    keys = _org_keys(doc, g)
    assert ("mss", "中小企业部") in keys and (None, "世界侨民工商总联合会") in keys


def test_a_group_company_named_by_its_line_of_business(run, g):
    doc = run("三星物产、LG DISPLAY和SK 化工株式会社的代表出席。随后参观了SK 化工的工厂。")
    keys = _org_keys(doc, g)
    assert {(None, "三星物产"), (None, "LG DISPLAY"), (None, "SK 化工株式会社"), (None, "SK 化工")} <= keys
    assert not {m for _k, m in keys} & {"三星", "LG", "SK"}


def test_a_known_company_under_its_registered_name_or_with_its_product_word(run, g):
    doc = run("大疆创新科技有限公司与比亚迪汽车签署协议。")
    assert {("dji", "大疆创新科技有限公司"), ("byd-zh", "比亚迪汽车")} <= _org_keys(doc, g)


def test_a_list_closed_by_a_kind_of_organisation_names_organisations(run):
    doc = run("星河制铁、现代石油、希杰等韩国企业的高管出席。公司的总裁、首席执行官等实业家也来了。")
    mentions = {o.mention for o in doc.orgs}
    assert {"星河制铁", "现代石油", "希杰"} <= mentions
    assert not mentions & {"总裁", "首席执行官"}


def test_a_school_inside_a_university_is_the_university(run, g):
    doc = run("清华大学国际关系学院副院长出席。")
    assert _org_keys(doc, g) == {("tsinghua", "清华大学")}


def test_a_mission_is_named_by_where_it_is_and_traditional_text_keeps_its_offsets(run):
    text = "駐上海韓國總領事館與上海市數位經濟發展促進中心簽署協議。"
    doc = run(text)
    mentions = {o.mention for o in doc.orgs}
    assert {"駐上海韓國總領事館", "上海市數位經濟發展促進中心"} <= mentions
    assert all(text[o.start:o.end] == o.mention for o in doc.orgs)


def test_the_other_members_of_a_chinese_list_and_a_latin_name_glossed(run, g):
    doc = run("代表团参观了腾讯、澜睿、昊禾、QuantaBit等企业。SHPARK(上海国际科技园)在首尔设立中心。")
    mentions = {o.mention for o in doc.orgs}
    assert {"澜睿", "昊禾", "QuantaBit", "SHPARK", "上海国际科技园"} <= mentions
    assert ("tencent", "腾讯") in _org_keys(doc, g)


def test_a_cluster_written_as_a_place_is_an_organisation(run, g):
    doc = run("两江新区与腾讯签署协议。")
    # in Chinese the park is an organisation of its own (news-dev convention), not its 管委会
    assert (None, "两江新区") in _org_keys(doc, g)
    assert "两江新区" not in {p.mention for p in doc.places}


def test_a_cluster_named_by_its_head_is_an_organisation_a_bare_one_a_place(run, g):
    doc = run("우한시 대표단은 광교테크노밸리를 방문했다.")
    assert (None, "광교테크노밸리") in _org_keys(doc, g)  # the directory holds it as a place
    assert "광교테크노밸리" not in {p.mention for p in doc.places}
    doc = run("腾讯在亦庄举行发布会。")
    assert {p.mention for p in doc.places} == {"亦庄"} and {o.mention for o in doc.orgs} == {"腾讯"}


def test_a_letter_of_intent_is_an_agreement(run, g):
    doc = run("카카오벤처스는 텐센트와 투자 의향서(LOI)를 교환했다.")
    assert [e[:3] for e in _events(doc, g)] == [("agreement", ["kakao-ventures"], ["tencent"])]
    doc = run("Kakao Ventures and Tencent inked a letter of intent on Monday.")
    assert [e[0] for e in _events(doc, g)] == ["agreement"]


# -- English organisation phrases (recognise/en_phrases.py) ------------------------------------------
def test_an_english_phrase_runs_from_its_name_to_its_complement(run):
    doc = run("The Institute of Industrial Economics and the Busan Foreign Affairs Office met the "
              "Ministry of Ocean, Fisheries and Shipping on Monday.")
    mentions = {o.mention for o in doc.orgs}
    assert {"Institute of Industrial Economics", "Busan Foreign Affairs Office",
            "Ministry of Ocean, Fisheries and Shipping"} <= mentions
    assert not any(m.startswith("The ") or "Monday" in m for m in mentions)


def test_an_english_list_of_ministries_and_a_title_after_one_stay_apart(run):
    doc = run("The Ministry of Marine Affairs, Ministry of Culture and Sports (MCS), and Shanghai "
              "Robotics Association President Wang Lei signed. China's Ministry of Ocean Policy agreed.")
    mentions = {o.mention for o in doc.orgs}
    assert {"Ministry of Marine Affairs", "Ministry of Culture and Sports", "MCS",
            "Shanghai Robotics Association", "Ministry of Ocean Policy"} <= mentions
    assert not any("President" in m or "China's" in m or m == "Ministry" for m in mentions)


def test_a_province_or_city_that_acts_is_its_government(run, g):
    doc = run("Gwangju City and Shanghai City signed an agreement. The forum was held in Gwangju City.")
    keys = _org_keys(doc, g)
    assert ("gwangju-government", "Gwangju City") in keys
    assert sum(1 for o in doc.orgs if o.mention == "Gwangju City") == 1  # 'in Gwangju City' is a place


def test_a_kind_of_firm_before_a_name_and_a_lowercase_description_after_one(run, g):
    doc = run("It works with local internet service provider Nusantara Link and Orbit Digital, a "
              "subsidiary of Petra Energia, reports Yonhap news agency.")
    keys = _org_keys(doc, g)
    assert {(None, "Nusantara Link"), (None, "Petra Energia"), ("yonhap", "Yonhap")} <= keys


def test_a_chinese_ending_before_a_kind_of_firm_names_none(run):
    doc = run("成功吸引國際科技巨頭的投資。")
    assert doc.orgs == []


# -- Korean events without a counterpart: delegations, exhibitions, consultations -----------------
def test_a_delegation_is_its_senders(run, g):
    events = _events(run("광주시 경제협력 대표단은 지난 3일 베이징을 방문해 텐센트와 칭화대학교를 찾았다."), g)
    assert ("delegation", ["gwangju-government"]) in [(t, a) for t, a, *_ in events]
    visits = sorted(tuple(tg) for t, _a, tg, *_ in events if t == "visit")
    assert visits == [("tencent",), ("tsinghua",)]  # one visit per host


def test_a_pavilion_is_an_exhibition_not_a_summit(run, g):
    events = _events(run("삼성전자는 상하이 박람회에 참가해 한국관을 운영했다."), g)
    assert [(t, a) for t, a, *_ in events] == [("exhibition", ["samsung"])]


def test_a_consultation_session_is_an_event_of_its_hosts(run, g):
    events = _events(run("네이버는 11일 서울에서 중국 바이어와 수출상담회를 개최했다."), g)
    assert [(t, a, p) for t, a, _tg, p, _d in events] == [("other", ["naver"], "kr-seoul")]


def test_a_country_written_onto_a_company_names_its_unit_there(run, g):
    keys = _org_keys(run("한국텐센트와 한국인공지능진흥협회가 19일 협약을 맺었다."), g)
    assert (None, "한국텐센트") in keys and ("tencent", "텐센트") not in keys


def test_an_agreement_among_its_subjects(run, g):
    events = _events(run("네이버·네이버클라우드는 30일 협약을 체결했다."), g)
    assert [(t, sorted(a + tg)) for t, a, tg, *_ in events] == [("agreement", ["naver", "naver-cloud"])]


def test_chinese_events_read_traditional_text_as_simplified(run, g):
    doc = run("騰訊與銀河通用10日在北京簽署戰略合作協議。", date(2025, 7, 12))
    assert [e[:3] for e in _events(doc, g)] == [("agreement", ["tencent"], ["galbot"])]
    doc = run("騰訊10日在北京舉辦人工智慧論壇。", date(2025, 7, 12))
    assert [e[:2] for e in _events(doc, g)] == [("summit", ["tencent"])]


def test_a_chinese_visit_reaches_every_host_after_its_first_verb(run, g):
    doc = run("应腾讯邀请，三星代表团7日抵达北京。代表团一行先后考察了宇树科技、智元机器人，参观了银河通用。",
              date(2025, 7, 12))
    got = [e[:3] for e in _events(doc, g)]
    assert ("delegation", ["samsung"], ["tencent"]) in got
    assert {e[2][0] for e in got if e[0] == "visit"} == {"unitree", "agibot", "galbot"}
    assert all(e[1] == ["samsung"] for e in got if e[0] == "visit")


def test_one_act_per_clause_and_none_inside_a_quoted_title(run, g):
    doc = run("腾讯与三星签署合作备忘录；宁德时代又与吉利签订合作协议。", date(2025, 7, 12))
    assert sorted(e[:3] for e in _events(doc, g)) == [
        ("agreement", ["catl"], ["geely"]), ("agreement", ["tencent"], ["samsung"])]
    doc = run("宁德时代在上海举办“中韩战略合作伙伴关系”论坛。", date(2025, 7, 12))
    assert [e[0] for e in _events(doc, g)] == ["summit"]


def test_english_delegations_luncheons_and_venues(run, g):
    doc = run("They were members of a delegation of 200 entrepreneurs led by Tencent. "
              "Samsung held a luncheon meeting in Seoul on the 7th. "
              "Naver signed an MOU with Geely at Samsung SDS on Friday.", date(2025, 7, 12))
    got = [e[:3] for e in _events(doc, g)]
    assert ("delegation", ["tencent"], []) in got
    assert ("other", ["samsung"], []) in got
    assert ("agreement", ["naver"], ["geely"]) in got
    assert run("Some entrepreneurs visited Seoul last week.").events == []


def test_korean_courtesy_calls_funds_briefings_and_cooperation_sought(run, g):
    doc = run("텐센트 사장 일행이 지난 14일 서울대학교 총장을 예방했다.")
    assert ("visit", ["tencent"], ["snu"]) in [e[:3] for e in _events(doc, g)]
    doc = run("네이버와 카카오벤처스는 24일 1억 달러 규모의 펀드를 조성했다고 밝혔다.")
    assert [(t, a) for t, a, *_ in _events(doc, g)] == [("investment", ["kakao-ventures", "naver"])]
    doc = run("텐센트는 삼성전자, 카카오벤처스로부터 투자 유치를 통하여 기업가치가 60억달러에 달한다.")
    assert ("investment", ["kakao-ventures", "samsung"], ["tencent"]) in [e[:3] for e in _events(doc, g)]
    doc = run("네이버는 스타트업 12곳의 현지 투자 유치를 지원했다.")
    assert [e[0] for e in _events(doc, g)] == []
    doc = run("상하이시 정부가 10일 기자회견을 열고 세계인공지능대회 준비 상황을 발표했다.")
    assert [e[0] for e in _events(doc, g)] == ["other"]
    doc = run("네이버는 유니트리 경영진과도 협력 기회를 검토했다. 삼성전자는 텐센트를 시찰하며 협력 방안을 모색했다.")
    assert sorted(e[0] for e in _events(doc, g)) == ["partnership", "visit"]


def test_signatories_named_twice_and_sources_and_sidelines_take_no_wrong_side(run, g):
    doc = run("在腾讯代表团的见证下，腾讯和上海市人民政府签署了合作备忘录。", date(2025, 7, 12))
    assert ("agreement", ["shanghai-government", "tencent"]) in [(e[0], sorted(e[1] + e[2])) for e in _events(doc, g)]
    doc = run("Naver signed an agreement with Geely on the sidelines of the World Artificial Intelligence "
              "Conference in Shanghai. It provides AI services in collaboration with local internet "
              "service provider Nusantara Link.", date(2025, 7, 12))
    got = [e[:3] for e in _events(doc, g)]
    assert ("agreement", ["naver"], ["geely"]) in got
    assert ("partnership", [], ["Nusantara Link"]) in got


def test_a_gathering_retold_by_a_speaker_is_the_one_told(run, g):
    doc = run("腾讯首度在台举办「半导体供应链合作论坛」。李在勋表示，首度在台湾举办半导体供应链合作论坛。",
              date(2025, 7, 12))
    assert [e[0] for e in _events(doc, g)] == ["summit"]


def test_a_delegation_told_again_or_led_without_a_sender_is_the_one_told(run, g):
    doc = run("광주시 경제협력 대표단이 3일 베이징에 도착했다. 이번 방중 경제사절단 중에는 네이버 김철수 부회장, "
              "카카오벤처스 이영희 대표가 포함됐다. 대표단은 선전, 항저우 산업단지 방문하고 교류회에 참석한다.")
    got = _events(doc, g)
    assert [e[0] for e in got].count("delegation") == 1
    assert ("gwangju-government" in next(e[1] for e in got if e[0] == "delegation"))
    assert not any(e[0] == "visit" and "cn-shenzhen" in e[2] for e in got)
    doc = run("近日,腾讯代表团前往韩国进行访问。12月1日,三星会长率领代表团访问了银河通用。", date(2025, 12, 12))
    assert [e[0] for e in _events(doc, g)].count("delegation") == 1


def test_the_hosts_of_a_gathering_named_after_it_and_what_a_fair_is(run, g):
    doc = run("2025 세계인공지능대회가 7월 상하이에서 개최된다. 이번 대회는 텐센트, 상하이시 정부가 공동 주최한다.")
    got = _events(doc, g)
    assert len(got) == 1 and set(got[0][1]) == {"tencent", "shanghai-government"}
    doc = run("동북아 박람회는 텐센트와 네이버가 공동으로 주관하는 대표적인 전시회다.")
    assert doc.events == []
    doc = run("네이버는 선양에서 ‘한국주간 전시·상담회’를 열었다.")
    assert [e[0] for e in _events(doc, g)] == ["exhibition"]


def test_talks_where_an_agreement_is_signed_are_the_signing(run, g):
    doc = run("腾讯和三星在首尔进行了会晤,同时举办了谅解备忘录签约仪式。", date(2025, 7, 12))
    assert [e[0] for e in _events(doc, g)] == ["agreement"]


def test_an_office_with_its_seat_in_brackets_and_bodies_described_not_named(run):
    doc = run("交流会上，杭州未来产业研究院商务合作中心(首尔)正式揭牌，这是由QuantaBit牵头组建、腾讯在韩国设立的"
              "首个国际商务合作中心，也是建设世界一流高科技产业园区的一步。", date(2025, 7, 12))
    mentions = {o.mention for o in doc.orgs}
    assert "杭州未来产业研究院商务合作中心(首尔)" in mentions
    assert not mentions & {"国际商务合作中心", "由QuantaBit牵头组建", "高科技产业园", "世界一流高科技"}


def test_a_kind_of_body_in_each_country_and_an_expo_venue_are_not_names(run):
    doc = run("양국은 벤처캐피털협회 간 교류도 추진하기로 했다. 행사는 상하이 푸둥 엑스포센터에서 열린다.")
    assert {o.mention for o in doc.orgs} == set()


def test_a_university_short_form_links_only_to_a_university(run, g):
    doc = run("이윤규 경기대 총장이 참석했다.")
    found = {o.mention: o for o in doc.orgs}
    assert found["경기대"].entity_id is None  # not 경기도, which sounds alike


def test_leaders_with_titles_are_the_sides_when_no_organisation_is_named(run, g):
    doc = run("President Kim Minsu and President Wang Lei signed an agreement on trade on Monday.", date(2025, 7, 12))
    got = [(e.type, [a.mention for a in e.actors], [t.mention for t in e.targets]) for e in doc.events]
    assert got == [("agreement", ["Kim Minsu"], ["Wang Lei"])]


def test_a_person_named_again_acts_for_the_body_their_longer_title_named(run, g):
    doc = run("上海机器人产业协会(SRIA)全球营销长暨华东区总裁曹世纶说，合作很重要。曹世纶表示，在博览会中设立韩国馆。",
              date(2025, 7, 12))
    got = [(e.type, [a.mention for a in e.actors]) for e in doc.events if e.type == "exhibition"]
    assert got == [("exhibition", ["上海机器人产业协会"])]


def test_a_gathering_named_as_where_something_was_agreed_before_is_no_summit(run, g):
    doc = run("이번 펀드는 지난해 '제13차 한중경제장관회의'에서 합의한 후속 조치로, 네이버와 텐센트가 협약을 맺었다.")
    assert [e[0] for e in _events(doc, g)] == ["agreement"]


def test_a_proper_noun_after_its_country_in_an_exchange_is_an_organisation(run):
    doc = run("두산로보틱스는 중국 샤오미와 전략적 파트너십을 맺었다.")
    assert "샤오미" in {o.mention for o in doc.orgs}
    doc = run("두산로보틱스는 중국 시장과 중국 베이징에 주목하며 협력을 늘린다.")
    assert {o.mention for o in doc.orgs} == {"두산로보틱스"}


def test_an_english_name_on_the_other_side_of_an_exchange_is_an_organisation(run):
    doc = run("LG Energy Solution formed a partnership with Toyota Tsusho. Doosan Enerbility and BYD agreed "
              "to build a plant. Hyundai Mobis signed an agreement with South Korean parts maker HL Mando.")
    mentions = {o.mention for o in doc.orgs}
    assert {"Toyota Tsusho", "Doosan Enerbility", "HL Mando"} <= mentions
    assert not any("Korean" in m for m in mentions)


def test_a_fund_the_parties_agreed_to_create_is_their_investment(run, g):
    doc = run("네이버와 텐센트는 12일 업무협약을 체결했다. "
              "양국의 모태펀드와 민간 자본이 공동 출자하는 협력 펀드도 조성하기로 했다.")
    funds = [e for e in doc.events if e.type == "investment"]
    assert len(funds) == 1 and {a.mention for a in funds[0].actors} == {"네이버", "텐센트"}


def test_a_headlines_acts_after_an_ellipsis_are_read_apart(run, g):
    doc = run("김영환 지사, 텐센트 본사 방문…21일 네이버와 교류 의향서")
    visits = [sorted(t.mention for t in e.targets) for e in doc.events if e.type == "visit"]
    assert visits == [["텐센트"]]


def test_a_visit_word_inside_a_delegations_name_is_no_visit(run, g):
    doc = run("시찰단에는 네이버, 텐센트 등 기업 대표들이 참여했다.")
    assert [e.type for e in doc.events if e.type == "visit"] == []


def test_the_unknown_subject_of_an_exchange_is_an_organisation(run):
    doc = run("루닛케어는 12일 텐센트와 업무협약을 체결했다고 밝혔다.")
    assert "루닛케어" in {o.mention for o in doc.orgs}
    doc = run("양국은 12일 텐센트와 업무협약을 체결했다.")
    assert {o.mention for o in doc.orgs} == {"텐센트"}
