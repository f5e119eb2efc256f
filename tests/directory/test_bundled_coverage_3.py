"""A third round of bodies Korea–China technology news names often: Korean groups by their short
names and their listed affiliates, AI startups, Chinese and Taiwanese firms, universities and
institutes, and the new areas and high-tech zones of China's big cities. Each is found and linked
from the scripts the press writes it in; the short names that are also ordinary words are not
found where they are those words (한화 100억 원 is the Korean won, 신세계 a 'new world', 完美的
holds 美的), and where no guard could tell the two apart only the full name is held (GS그룹,
신세계그룹, 美的集团, 广达电脑)."""

import pytest

from tests.directory.conftest import linked as _linked
from tests.directory.conftest import zone_places

# (probe sentence, mention, key): sentences written for these tests
KOREAN_GROUPS = [
    ("한화는 미국 조선소 투자를 늘린다고 밝혔다.", "한화", "hanwha-group"),
    ("Hanwha said it would expand its shipyard in Philadelphia.", "Hanwha", "hanwha-group"),
    ("한화비전은 AI 카메라 신제품을 공개했다.", "한화비전", "hanwha-vision"),
    ("한화생명은 AI 보험 심사를 도입했다.", "한화생명", "hanwha-life"),
    ("효성은 베트남 공장을 증설한다.", "효성", "hyosung-group"),
    ("효성중공업은 미국 변압기 공장을 늘렸다.", "효성중공업", "hyosung-heavy-industries"),
    ("효성첨단소재가 탄소섬유 생산을 확대한다.", "효성첨단소재", "hyosung-advanced-materials"),
    ("두산은 로봇 사업을 강화한다.", "두산", "doosan-group"),
    ("The Doosan unit said Doosan would expand its robot line.", "Doosan", "doosan-group"),
    ("두산퓨얼셀은 수소연료전지를 공급한다.", "두산퓨얼셀", "doosan-fuel-cell"),
    ("GS그룹은 AI 전환을 추진한다.", "GS그룹", "gs-group"),
    ("LS그룹은 전선 사업을 확대했다.", "LS그룹", "ls-group"),
    ("LS전선은 해저케이블을 수주했다.", "LS전선", "ls-cable"),
    ("신세계그룹은 알리바바와 합작법인을 세웠다.", "신세계그룹", "shinsegae-group"),
    ("Shinsegae opened a joint venture with Alibaba.", "Shinsegae", "shinsegae-group"),
    ("이마트는 중국 사업을 정리했다.", "이마트", "emart"),
    ("롯데케미칼은 배터리 소재에 투자한다.", "롯데케미칼", "lotte-chemical"),
    ("엘앤에프는 양극재 공장을 짓는다.", "엘앤에프", "l-and-f"),
    ("코오롱은 수소 사업을 확대한다.", "코오롱", "kolon-group"),
    ("IBK기업은행은 중소기업 대출을 늘렸다.", "IBK기업은행", "ibk"),
    ("기업은행이 벤처펀드에 출자했다.", "기업은행", "ibk"),
    ("한국산업기술평가관리원은 신규 과제를 공고했다.", "한국산업기술평가관리원", "keit"),
]

KOREAN_STARTUPS = [
    ("몰로코는 상장을 준비하고 있다.", "몰로코", "moloco"),
    ("Moloco raised new funding from Korean investors.", "Moloco", "moloco"),
    ("베어로보틱스는 서빙 로봇을 수출한다.", "베어로보틱스", "bear-robotics"),
    ("에스투더블유는 다크웹 분석 AI를 개발했다.", "에스투더블유", "s2w"),
    ("오토노머스에이투지는 자율주행 셔틀을 운행한다.", "오토노머스에이투지", "autonomous-a2z"),
    ("라온피플은 비전 검사 솔루션을 공급한다.", "라온피플", "laon-people"),
    ("인텔리빅스는 영상 분석 AI를 선보였다.", "인텔리빅스", "intellivix"),
    ("퀄리타스반도체는 인터페이스 IP를 개발했다.", "퀄리타스반도체", "qualitas-semiconductor"),
    ("퓨처로봇은 안내 로봇을 공급했다.", "퓨처로봇", "future-robot"),
]

CHINESE_AND_TAIWANESE_FIRMS = [
    ("达闼科技发布了人形机器人。", "达闼科技", "cloudminds"),
    ("达闼与韩国企业合作开发服务机器人。", "达闼", "cloudminds"),
    ("CloudMinds unveiled a humanoid robot in Shanghai.", "CloudMinds", "cloudminds"),
    ("格力电器与韩国企业签署协议。", "格力电器", "gree"),
    ("格力推出了新款空调。", "格力", "gree"),
    ("Gree and Midea expanded their robot lines.", "Gree", "gree"),
    ("紫光股份发布了AI服务器。", "紫光股份", "unisplendour"),
    ("紫光国微公布了芯片营收。", "紫光国微", "unigroup-guoxin"),
    ("Baichuan released a medical language model.", "Baichuan", "baichuan"),
    ("英业达扩大服务器出货。", "英业达", "inventec"),
    ("緯穎擴大AI伺服器出貨。", "緯穎", "wiwynn"),
    ("仁寶電腦與研華科技合作。", "仁寶電腦", "compal"),
    ("仁寶電腦與研華科技合作。", "研華科技", "advantech"),
    ("联电与韩国企业合作。", "联电", "umc"),
    ("鸿海精密公布营收。", "鸿海精密", "foxconn"),
]

CHIPS_ROBOTS_AND_AI = [
    ("DB하이텍은 8인치 파운드리를 운영한다.", "DB하이텍", "db-hitek"),
    ("한미반도체는 HBM용 본더를 공급한다.", "한미반도체", "hanmi-semiconductor"),
    ("원익IPS는 증착 장비를 수출했다.", "원익IPS", "wonik-ips"),
    ("리노공업은 테스트 소켓을 만든다.", "리노공업", "leeno"),
    ("LX세미콘은 디스플레이 구동칩을 설계한다.", "LX세미콘", "lx-semicon"),
    ("SK실트론은 웨이퍼 공장을 증설한다.", "SK실트론", "sk-siltron"),
    ("HD현대일렉트릭은 변압기를 수출한다.", "HD현대일렉트릭", "hd-hyundai-electric"),
    ("파네시아는 CXL 스위치를 공개했다.", "파네시아", "panmnesia"),
    ("홀리데이로보틱스는 휴머노이드 손을 개발한다.", "홀리데이로보틱스", "holiday-robotics"),
    ("리턴제로는 음성인식 서비스를 운영한다.", "리턴제로", "return-zero"),
    ("工业富联扩大AI服务器产能。", "工业富联", "foxconn-industrial-internet"),
    ("云天励飞发布了AI推理芯片。", "云天励飞", "intellifusion"),
    ("众擎机器人发布了人形机器人。", "众擎机器人", "engineai"),
    ("中际旭创扩大光模块产能。", "中际旭创", "innolight"),
    ("澜起科技发布内存接口芯片。", "澜起科技", "montage-technology"),
    ("平头哥发布了新芯片。", "平头哥", "t-head"),
    ("中国电科与韩国企业合作。", "中国电科", "cetc"),
    ("中科院微电子所发布了新工艺。", "中科院微电子所", "imecas"),
    ("北京人形机器人创新中心发布了通用机器人平台。", "北京人形机器人创新中心", "beijing-humanoid-robot-center"),
    ("华东师范大学与韩国高校签署协议。", "华东师范大学", "ecnu"),
    ("上海大学与韩国高校合作。", "上海大学", "shanghai-university"),
]

UNIVERSITIES_AND_INSTITUTES = [
    ("深圳大学与韩国高校签署协议。", "深圳大学", "shenzhen-university"),
    ("선전대학교는 한국 대학과 교류한다.", "선전대학교", "shenzhen-university"),
    ("北京通用人工智能研究院发布了通用智能体。", "北京通用人工智能研究院", "bigai"),
    ("BIGAI released an agent benchmark.", "BIGAI", "bigai"),
    ("國立清華大學與韓國高校合作。", "國立清華大學", "nthu"),
    ("National Yang Ming Chiao Tung University signed an MOU with KAIST.",
     "National Yang Ming Chiao Tung University", "nycu"),
]


@pytest.mark.parametrize(("text", "mention", "key"),
                         KOREAN_GROUPS + KOREAN_STARTUPS + CHINESE_AND_TAIWANESE_FIRMS
                         + CHIPS_ROBOTS_AND_AI + UNIVERSITIES_AND_INSTITUTES)
def test_expected_bodies_are_found_and_linked(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, mention, place key): a zone named by its head is an organisation of its own in
# the story (a candidate, not its 管委会), held in the directory as a cluster place
ZONES = [
    ("구미국가산업단지 입주기업이 늘었다.", "구미국가산업단지", "kr-gumi-national-industrial-complex"),
    ("오창과학산업단지에 배터리 공장이 있다.", "오창과학산업단지", "kr-ochang"),
    ("东湖高新区与韩国企业签约。", "东湖高新区", "cn-wuhan-optics-valley"),
    ("雄安新区与首尔签署合作备忘录。", "雄安新区", "cn-xiongan"),
    ("슝안신구 대표단이 서울을 방문했다.", "슝안신구", "cn-xiongan"),
    ("滨海新区招商团访问仁川。", "滨海新区", "cn-tianjin-binhai"),
    ("合肥高新区与韩国企业签署协议。", "合肥高新区", "cn-hefei-hitech"),
    ("成都高新区代表团访问首尔。", "成都高新区", "cn-chengdu-hitech"),
    ("西安高新区与三星签署协议。", "西安高新区", "cn-xian-hitech"),
    ("深圳湾科技生态园举办了韩中创业论坛。", "深圳湾科技生态园", "cn-shenzhen-bay-tech-park"),
    ("横琴粤澳深度合作区举办推介会。", "横琴粤澳深度合作区", "cn-zhuhai-hengqin"),
    ("松山湖高新区引进韩国企业。", "松山湖高新区", "cn-dongguan-songshan-lake"),
]


@pytest.mark.parametrize(("text", "mention", "key"), ZONES)
def test_a_zone_is_found_as_an_organisation_and_known_as_its_place(gaz, text, mention, key):
    assert zone_places(gaz, text, mention) == [key]


def test_a_bare_zone_name_is_a_place(gaz):
    """横琴 and 松山湖 with no head word are where something is, as 中关村 is."""
    from gyoryu.intel.pipeline import pipeline_for

    doc = pipeline_for(gaz)("韩国代表团参观了横琴和松山湖。")
    assert {"横琴", "松山湖"} <= {p.mention for p in doc.places}
    assert not {"横琴", "松山湖"} & {o.mention for o in doc.orgs}


# (probe sentence, key that must not be found): the short name as an ordinary word or inside
# another word, or a short name left out of the directory for that reason
NOT_THERE = [
    ("1억 위안(한화 약 190억 원) 규모의 펀드가 조성됐다.", "hanwha-group"),  # the Korean won
    ("이 회사는 5000만 달러, 한화로 약 700억 원을 유치했다.", "hanwha-group"),
    ("투자금은 한화로 환산하면 1조 원이 넘는다.", "hanwha-group"),
    ("한화투자증권은 목표주가를 올렸다.", "hanwha-group"),  # a Hanwha company the directory lacks
    ("在韩华人华侨代表出席了活动。", "hanwha-group"),  # 韩华 (left out) inside 在韩华人
    ("백두산 관광객이 늘었다.", "doosan-group"),
    ("두산베어스가 승리했다.", "doosan-group"),  # the baseball club: 두산 opens a longer word
    ("전효성 씨가 무대에 올랐다.", "hyosung-group"),  # 효성 inside a person's name
    ("GS인증 1등급을 받았다.", "gs-group"),  # Good Software certification: bare GS left out
    ("The LS model was trained on GS data.", "ls-group"),
    ("AI가 여는 신세계를 경험했다.", "shinsegae-group"),  # 'a new world': bare 신세계 left out
    ("당근을 먹었다.", "danggeun-market"),  # 'carrot': bare 당근 left out
    ("두 사람은 거리를 걸었다.", "gree"),  # 'street': only 거리전기 is Gree's Korean name
    ("双方实现了完美的合作。", "midea"),  # 美的 (left out) inside 完美的
    ("紫光灯照亮了房间。", "tsinghua-unigroup"),  # 紫光 'purple light' (left out)
    ("海纳百川，有容乃大。", "baichuan"),  # 百川 (left out) in the idiom
    ("推广达到新的高度。", "quanta"),  # 广达 (left out) across 推广达到
    ("他拥有博士和硕士学位。", "pegatron"),  # 和硕 (left out) across 和硕士
    ("众擎易举。", "engineai"),  # 众擎 (left out): the idiom
    ("The driver fell asleep at the wheel.", "asleep"),  # the word, in lower case
    ("FII inflows rose in India this quarter.", "foxconn-industrial-internet"),  # FII left out
    ("上海大学生创业大赛开幕。", "shanghai-university"),  # Shanghai's college students
    ("北京大学生志愿者服务队成立。", "pku"),
]


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_short_names_are_not_found_where_they_are_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()


def test_a_university_before_sheng_is_its_city_students_unless_a_field_of_study(gaz):
    """上海大学生 are Shanghai's college students (上海 a place), but 北京大学生物学院 is Peking
    University's school of biology."""
    from gyoryu.intel.pipeline import pipeline_for

    doc = pipeline_for(gaz)("上海大学生创业大赛开幕。")
    assert "上海" in {p.mention for p in doc.places}
    assert _linked(gaz, "北京大学生物学院与首尔大学合作。").get("北京大学") == "pku"


def test_the_won_guard_leaves_the_company_before_other_numbers(gaz):
    """한화 before a count (한화 3사) or a year is still the group; only an amount in won is the
    currency."""
    assert _linked(gaz, "한화 3개 계열사가 공동 투자한다.").get("한화") == "hanwha-group"
    assert _linked(gaz, "한화는 2030년까지 1조 원을 투자한다.").get("한화") == "hanwha-group"


def test_group_affiliates_hang_under_their_group():
    from gyoryu.directory import bundled

    orgs = {o["key"]: o for _src, o in bundled.read_bundle().orgs}
    assert orgs["ls-electric"]["parent"] == "ls-group"
    assert orgs["hyosung-advanced-materials"]["parent"] == "hs-hyosung"  # split off with HS Hyosung
    assert {orgs[k]["parent"] for k in ("hanwha-vision", "hanwha-life")} == {"hanwha-group"}
    assert orgs["wiwynn"]["parent"] == "wistron"
