"""Organisations Korea–China (and Korea–US/Japan) technology news names often, in the bundled
directory: each found in running text in the scripts the press writes it in, and none of the
short forms found where the same letters are an ordinary word or part of another name."""

import pytest

from gyoryu.directory import bundled
from gyoryu.directory.normalize import name_key
from tests.directory.conftest import linked as _linked

# (probe sentence, mention, key): sentences written for these tests
IN_TEXT = [
    ("SK그룹은 올해 AI 데이터센터 투자를 늘린다고 밝혔다.", "SK그룹", "sk-group"),
    ("SK와 중국 기업이 협력 방안을 논의했다.", "SK", "sk-group"),
    ("SK네트웍스 사장이 항저우의 로봇 기업을 방문했다.", "SK네트웍스", "sk-networks"),
    ("该集团与SK集團签署了合作备忘录。", "SK集團", "sk-group"),
    ("현대차그룹은 로봇 자회사를 통해 휴머노이드 개발을 확대한다.", "현대차그룹", "hyundai-motor-group"),
    ("現代汽車集團將採購大量晶片。", "現代汽車集團", "hyundai-motor-group"),
    ("浦项制铁代表团访问了烟台。", "浦项制铁", "posco"),
    ("The delegation included executives of Korean Air and HMM.", "Korean Air", "korean-air"),
    ("The delegation included executives of Korean Air and HMM.", "HMM", "hmm"),
    ("LG화학과 LG디스플레이가 공동 부스를 운영했다.", "LG화학", "lg-chem"),
    ("韩华机器人展示了协作机器人。", "韩华机器人", "hanwha-robotics"),
    ("삼성은 이날 반도체 투자 계획을 내놨다.", "삼성", "samsung-group"),
    ("마키나락스는 제조 AI 플랫폼을 선보였다.", "마키나락스", "makinarocks"),
    ("应用材料与京畿道签署了投资备忘录。", "应用材料", "applied-materials"),
    ("The fund drew money from PayPal and Dropbox alumni.", "PayPal", "paypal"),
    ("輝達與廣達電腦合作建設AI伺服器工廠。", "廣達電腦", "quanta"),
    ("도요타자동차와 혼다가 전기차 협력을 발표했다.", "도요타자동차", "toyota"),
    ("한국마이크로소프트는 국내 스타트업과 협약을 맺었다.", "한국마이크로소프트", "microsoft-korea"),
    ("하버드대 연구진이 서울을 찾았다.", "하버드대", "harvard"),
    ("亚投行与韩国进出口银行签署了协议。", "亚投行", "aiib"),
    ("海尔集团代表团访问了首尔。", "海尔集团", "haier"),
    ("三一重工与斗山签署了合作协议。", "三一重工", "sany-heavy"),
    ("长城汽车计划在韩国设立研发中心。", "长城汽车", "great-wall-motor"),
    ("하이얼과 TCL이 한국 가전 시장에 진출했다.", "하이얼", "haier"),
    ("山东省发改委副主任会见了韩国企业代表。", "山东省发改委", "shandong-drc"),
    ("全国工商联组织民营企业家访问韩国。", "全国工商联", "acfic"),
    ("한전은 AI 데이터센터 전력 공급 방안을 발표했다.", "한전", "kepco"),
    ("한국화웨이는 국내 AI 기업과 협약을 맺었다.", "한국화웨이", "huawei-korea"),
    ("충북테크노파크는 중국 기업 10곳을 초청했다.", "충북테크노파크", "chungbuk-technopark"),
    ("항우연과 중국 연구기관이 위성 협력을 논의했다.", "항우연", "kari"),
    ("월드옥타 회원사들이 상하이에서 수출상담회를 열었다.", "월드옥타", "okta"),
]


@pytest.mark.parametrize(("text", "mention", "key"), IN_TEXT)
def test_news_bodies_are_found_in_running_text(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, key that must not be found): the same letters as a word or inside another name
NOT_THERE = [
    ("정부는 독자 AI 모델 K-AI 사업의 2차 평가를 마쳤다.", "kai"),  # K-AI is a programme, not KAI
    ("투자 규모는 한화로 약 1조원에 이른다.", "hanwha-group"),  # 한화: Korean won
    ("회의는 서울 삼성동 코엑스에서 열렸다.", "samsung-group"),  # 삼성동: a neighbourhood
    ("Hmm, the delegation said the talks went well.", "hmm"),
    ("Ms Park, who led the delegation, met the governor.", "microsoft"),  # MS is Microsoft
    ("SK텔레콤은 AI 데이터센터를 짓는다.", "sk-group"),  # the longer name wins
    ("Lion Semiconductor signed a supply deal.", "onsemi"),  # another company '… Semiconductor'
    # Chinese is written without spaces: a short form must not be a run of ordinary words
    ("该项目吸引了博士和硕士人才。", "pegatron"),  # 和硕 in 博士和硕士
    ("园区吸引外国投资超过十亿元。", "sdic"),  # 国投 in 外国投资
    ("该工厂日产量达到一万台。", "nissan"),  # 日产 in 日产量
    ("双方将推广达到国际标准的产品。", "quanta"),  # 广达 in 推广达到
    ("中国石油大学与韩国大学签署协议。", "cnpc"),
    ("东南亚行业协会参加了论坛。", "adb"),  # 亚行 in 东南亚行业
    ("这位菜鸟工程师第一次出国。", "cainiao"),  # 菜鸟: a rookie
    # a university's short name (고려대) whose 대 opens another word: 대표, 대상, 대회
    ("베이징대표단이 서울을 방문했다.", "pku"),
    ("투자 고려대상 기업을 정했다.", "korea-university"),
    ("지역 경기대회에서 우승했다.", "kyonggi-university"),
    ("세종대왕 동상 앞에서 행사가 열렸다.", "sejong-university"),
    # an institute's clipped name (원자력연, 철도연) runs into ordinary compounds: left out
    ("원자력연료 공급망을 점검했다.", "kaeri"),
    ("남북 철도연결 사업이 논의됐다.", "krri"),
]


# a university's short name is still found before a particle or as 대학
UNIVERSITY_SHORT_FORMS = [
    ("연세대와 고려대가 협약을 맺었다.", "고려대", "korea-university"),
    ("스탠포드대에서 포럼이 열렸다.", "스탠포드대", "stanford-university"),
    ("칭화대측은 공동연구를 제안했다.", "칭화대", "tsinghua"),
    ("경기대는 중국 대학과 교류한다.", "경기대", "kyonggi-university"),
    ("연변대학교 대표단이 방문했다.", "연변대학교", "ybu"),
]


@pytest.mark.parametrize(("text", "mention", "key"), UNIVERSITY_SHORT_FORMS)
def test_university_short_forms_before_particles(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_short_forms_are_not_found_inside_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()


# records written before sources were asked of every organisation (a curator's to-do list)
UNSOURCED_BEFORE = {"game-science", "brainco", "deep-robotics", "manycore", "tus-holdings", "kunlun-tech",
                    "minimax", "squirrel-ai", "iluvatar-corex", "galbot", "leju-robotics", "keenon-robotics",
                    "dreame", "momenta", "haomo", "leapmotor", "zhejiang-lab"}


def test_every_added_body_names_a_source():
    orgs = [o for _src, o in bundled.read_bundle().orgs]
    unsourced = {o["key"] for o in orgs if not (o.get("source") or o.get("website"))}
    assert unsourced <= UNSOURCED_BEFORE


def test_no_name_is_shared_by_two_bodies_unless_already_so():
    """A name given to two organisations links neither; the names added here are each one's own."""
    owners: dict[str, set[str]] = {}
    for _src, o in bundled.read_bundle().orgs:
        for n in [*o["names"].values(), *(a["name"] for a in o.get("aliases") or [])]:
            owners.setdefault(name_key(n), set()).add(o["key"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not any(k in shared for k in ("sk", "삼성", "hmm", "현대차그룹", "浦项制铁", "韩华机器人"))
