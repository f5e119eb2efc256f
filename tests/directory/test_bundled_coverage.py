"""The bodies a reader of Korea–China (and Korea–US/Japan/EU) technology news expects the bundled
directory to hold: city bureaus of Chinese science, commerce and industry, KOTRA's trade offices,
the regional innovation centres, the outlets articles cite, funds and international bodies. Each
is found and linked from every script the press writes it in; the short forms are not found where
the same letters are an ordinary word or part of another name."""

import pytest

from tests.directory.conftest import linked as _linked

# (probe sentence, mention, key): sentences written for these tests
CITY_BUREAUS = [
    ("칭다오시 상무국은 한국 기업 투자설명회를 열었다.", "칭다오시 상무국", "qingdao-commerce-bureau"),
    ("青岛市商务局与韩国贸易协会签署了合作协议。", "青岛市商务局", "qingdao-commerce-bureau"),
    ("蘇州市科技局代表團訪問了首爾。", "蘇州市科技局", "suzhou-science-bureau"),
    ("The Suzhou Municipal Bureau of Science and Technology hosted the forum.",
     "Suzhou Municipal Bureau of Science and Technology", "suzhou-science-bureau"),
    ("成都市经信局发布了人工智能产业政策。", "成都市经信局", "chengdu-industry-it-bureau"),
    ("武汉市经济和信息化局组织企业赴韩考察。", "武汉市经济和信息化局", "wuhan-industry-it-bureau"),
    ("옌타이시 공업정보화국 관계자가 경기도를 찾았다.", "옌타이시 공업정보화국", "yantai-industry-it-bureau"),
    ("沈阳市工信局与韩国企业座谈。", "沈阳市工信局", "shenyang-industry-it-bureau"),
]

KOREAN_AGENCIES = [
    ("KOTRA 광저우무역관은 수출상담회를 개최했다.", "KOTRA 광저우무역관", "kotra-guangzhou"),
    ("칭다오무역관 관계자는 현지 시장 동향을 설명했다.", "칭다오무역관", "kotra-qingdao"),
    ("KOTRA广州代表处举办了韩国商品展。", "KOTRA广州代表处", "kotra-guangzhou"),
    ("The event was organised with KOTRA Shenzhen.", "KOTRA Shenzhen", "kotra-shenzhen"),
    ("경남창조경제혁신센터는 중국 스타트업을 초청했다.", "경남창조경제혁신센터", "gyeongnam-ccei"),
    ("광주경제자유구역청은 외국인 투자 유치에 나섰다.", "광주경제자유구역청", "gwangju-fez"),
    ("대전정보문화산업진흥원이 게임 기업의 중국 진출을 돕는다.", "대전정보문화산업진흥원", "dicia"),
]

MEDIA = [
    ("신화통신에 따르면 양국은 AI 협력에 합의했다.", "신화통신", "xinhua"),
    ("据新华社报道，双方签署了合作协议。", "新华社", "xinhua"),
    ("據中央通訊社報導，台積電將擴大投資。", "中央通訊社", "cna-taiwan"),
    ("환구시보는 한국 반도체 기업의 투자를 보도했다.", "환구시보", "global-times"),
    ("據路透社報導，該公司計劃在韓國設廠。", "路透社", "reuters"),
    ("로이터통신은 이 회사가 상장을 준비한다고 전했다.", "로이터통신", "reuters"),
    ("According to Nikkei, the chipmaker will build a plant in Kumamoto.", "Nikkei", "nikkei"),
    ("일본 닛케이신문은 반도체 보조금 확대를 보도했다.", "닛케이신문", "nikkei"),
    ("니혼게이자이신문은 일본 정부가 보조금을 늘린다고 보도했다.", "니혼게이자이신문", "nikkei"),
    ("南华早报称，该公司将赴港上市。", "南华早报", "scmp"),
    ("The Wall Street Journal reported the deal on Monday.", "The Wall Street Journal", "wsj"),
    ("대만 연합보는 이 회사가 미국 공장을 늘린다고 전했다.", "대만 연합보", "united-daily-news"),
    ("據聯合報報導，該公司將擴大產能。", "聯合報", "united-daily-news"),
    ("중국 증권시보에 따르면 이 회사는 상장을 준비한다.", "증권시보", "securities-times"),
]

FUNDS_AND_BODIES = [
    ("국민연금공단은 AI 펀드에 출자했다.", "국민연금공단", "nps-kr"),
    ("社保基金会参与了该轮融资。", "社保基金会", "ncssf"),
    ("한국투자파트너스가 시리즈B 투자를 이끌었다.", "한국투자파트너스", "korea-investment-partners"),
    ("유엔공업개발기구는 한국과 AI 협력 사업을 추진한다.", "유엔공업개발기구", "unido"),
    ("联合国工业发展组织与韩国签署了谅解备忘录。", "联合国工业发展组织", "unido"),
    ("UNCTAD published its digital economy report.", "UNCTAD", "unctad"),
    ("博鳌亚洲论坛年会在海南举行。", "博鳌亚洲论坛", "boao-forum"),
    ("欧盟与韩国签署了数字伙伴关系协定。", "欧盟", "european-union"),
    ("유럽연합은 AI 법을 시행했다.", "유럽연합", "european-union"),
    ("奥比中光与韩国企业合作开发机器人视觉。", "奥比中光", "orbbec"),
    ("카카오브레인은 이미지 생성 모델을 공개했다.", "카카오브레인", "kakao-brain"),
]


@pytest.mark.parametrize(("text", "mention", "key"), CITY_BUREAUS + KOREAN_AGENCIES + MEDIA + FUNDS_AND_BODIES)
def test_expected_bodies_are_found_and_linked(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, key that must not be found): the same letters as a word or inside another name
NOT_THERE = [
    ("中央社会工作部部长出席会议。", "cna-taiwan"),  # 中央社 (left out) inside 中央社会工作部
    ("He said the paper would be published next week.", "the-paper"),
    ("닛케이지수가 하락했다.", "nikkei"),  # the stock index, not the paper: 닛케이 alone is left out
    ("The Information and Communication ministry issued a notice.", "the-paper"),
    ("该公司推出了黑芝麻糊新品。", "black-sesame"),  # black-sesame paste
    ("国际标准化工作取得进展。", "iso"),
    ("Who will lead the delegation?", "who"),
    ("The ISO 9001 certificate was renewed.", "iso"),
    ("광주경제가 회복세를 보였다.", "gwangju-fez"),
    ("두 나라는 연합보도문을 발표했다.", "united-daily-news"),  # 연합보 alone is left out
    ("단독보다 연합보다 낫다.", "united-daily-news"),
]


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_short_forms_are_not_found_inside_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()


# an outlet signing its own article is not an organisation of the story; one cited by another stays
CREDITS = [
    ("2025-11-20 08:30　来源：第一财经\n韩国企业代表团访问了上海。", "yicai"),
    ("SEOUL, Nov 6 (Reuters) - A Korean chipmaker said on Thursday it would expand.", "reuters"),
    ("The founder told Reuters the plant would open next year.", "reuters"),
    ("财新记者从知情人士处获悉，该公司将在首尔设厂。", "caixin"),
    ("新华社北京3月1日电 韩国代表团访问了北京。", "xinhua"),
    ("该公司创始人对第一财经表示，韩国市场很重要。", "yicai"),
]
CITED = [
    ("据新华社报道，双方签署了合作协议。", "新华社", "xinhua"),
    ("According to Reuters, the company will build a plant in Korea.", "Reuters", "reuters"),
]


@pytest.mark.parametrize(("text", "key"), CREDITS)
def test_an_outlet_in_its_own_credit_is_not_an_organisation(gaz, text, key):
    assert key not in _linked(gaz, text).values()


@pytest.mark.parametrize(("text", "mention", "key"), CITED)
def test_an_outlet_cited_by_another_is_kept(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


def test_kotra_offices_are_children_of_kotra():
    from gyoryu.directory import bundled

    orgs = {o["key"]: o for _src, o in bundled.read_bundle().orgs}
    offices = [k for k in orgs if k.startswith("kotra-") and k != "kotra-china-hq"]
    assert len(offices) >= 20
    assert {orgs[k].get("parent") for k in offices} == {"kotra"}
