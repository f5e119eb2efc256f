"""Bodies of Asia outside Korea and mainland China (world_asia.yaml): Japan's cabinet bodies,
ministries, agencies, associations, prefectural and city governments, universities and firms;
Taiwan's MOEA departments, science-park bureaus, city governments and chip firms; Hong Kong's SAR
bureaus; Singapore's agencies and platforms; Vietnam's ministries, People's Committees and parks;
Indonesia, Malaysia, Thailand, the Philippines, India and Central Asia. Each is found and linked
from the scripts the press writes it in. Short forms that are ordinary words, or another body's
names, are left out of the file, and the last probes show they are not read as these bodies:
bare 电装 / 乐天 / 东北大学 / 长和 / 虾皮 / 引进办 / 日本银行 / 胜高, 'Grab', 'Reliance', 'oases', 'TCS',
'HCl', 'BOI', 'e-ink'."""

import pytest

from tests.directory.conftest import linked as _linked

# (probe sentence, mention, key): sentences written for these tests
JAPAN = [
    ("일본 내각부는 AI 보고서를 냈다.", "내각부", "cabinet-office-jp"),
    ("日本内阁府发布了经济报告。", "内阁府", "cabinet-office-jp"),
    ("일본 인공지능전략본부는 기본계획을 확정했다.", "일본 인공지능전략본부", "ai-strategy-headquarters-jp"),
    ("日本人工智能战略本部召开首次会议。", "人工智能战略本部", "ai-strategy-headquarters-jp"),
    ("The Japan AI Safety Institute published an evaluation guide.", "Japan AI Safety Institute",
     "japan-aisi"),
    ("일본 재무성은 환율 개입을 검토했다.", "재무성", "mof-jp"),
    ("일본 국토교통성은 자율주행 규정을 바꿨다.", "국토교통성", "mlit-jp"),
    ("日本防卫省采购无人机。", "防卫省", "mod-jp"),
    ("The Japan Fair Trade Commission opened a probe into the platform.", "Japan Fair Trade Commission",
     "jftc"),
    ("일본 금융청은 가상자산 규정을 손봤다.", "금융청", "fsa-jp"),
    ("The Bank of Japan held rates steady.", "Bank of Japan", "boj"),
    ("日本央行维持利率不变。", "央行", "boj"),
    ("JBIC will finance the battery plant.", "JBIC", "jbic"),
    ("日本国立情报学研究所发布了大模型。", "国立情报学研究所", "nii-jp"),
    ("제트로 서울사무소는 투자 설명회를 열었다.", "제트로 서울사무소", "jetro-seoul"),
    ("일한경제협회는 한일경제인회의를 공동 개최했다.", "일한경제협회", "jkea"),
    ("서울재팬클럽은 한국무역협회와 간담회를 열었다.", "서울재팬클럽", "seoul-japan-club"),
    ("일본 경제동우회는 한국무역협회와 협의체를 만들었다.", "경제동우회", "keizai-doyukai"),
    ("일본로봇공업회에 따르면 수주가 늘었다.", "일본로봇공업회", "jara"),
    ("도쿄도청은 스타트업 지원책을 발표했다.", "도쿄도청", "tokyo-metropolitan-government"),
    ("오사카부는 한국 기업과 협약을 맺었다.", "오사카부", "osaka-prefectural-government"),
    ("大阪府与韩国企业签署合作协议。", "大阪府", "osaka-prefectural-government"),
    ("구마모토현은 반도체 인재 육성책을 내놓았다.", "구마모토현", "kumamoto-prefectural-government"),
    ("The Aichi Prefectural Government invited Korean startups.", "Aichi Prefectural Government",
     "aichi-prefectural-government"),
    ("도호쿠대학교는 반도체 연구소를 세웠다.", "도호쿠대학교", "tohoku-university"),
    ("日本东北大学与韩国大学合作。", "东北大学", "tohoku-university"),
    ("Institute of Science Tokyo opened an AI center.", "Institute of Science Tokyo", "science-tokyo"),
    ("도쿄공업대학 연구진이 발표했다.", "도쿄공업대학", "science-tokyo"),
    ("와세다대학교 교수가 강연했다.", "와세다대학교", "waseda-university"),
    ("日本电装投资了芯片企业。", "电装", "denso"),
    ("덴소는 차량용 반도체를 늘렸다.", "덴소", "denso"),
    ("JASM began production in Kumamoto.", "JASM", "jasm"),
    ("레조낙은 반도체 소재 공장을 증설한다.", "레조낙", "resonac"),
    ("Sony Semiconductor Solutions unveiled a new image sensor.", "Sony Semiconductor Solutions",
     "sony-semiconductor-solutions"),
    ("파나소닉에너지는 미국 배터리 공장을 가동했다.", "파나소닉에너지", "panasonic-energy"),
    ("라쿠텐은 모바일 사업 적자를 줄였다.", "라쿠텐", "rakuten"),
    ("라인야후는 네이버와의 위탁 관계를 정리했다.", "라인야후", "ly-corporation"),
    ("일본산업혁신투자기구는 JSR을 인수했다.", "일본산업혁신투자기구", "jic"),
    ("글로벌브레인은 한국 스타트업에 투자했다.", "글로벌브레인", "global-brain"),
]

TAIWAN = [
    ("经济部投审会核准了这项投资。", "经济部投审会", "taiwan-investment-review"),
    ("智慧財產局公布專利統計。", "智慧財產局", "tipo"),
    ("竹科管理局公布營業額。", "竹科管理局", "hsinchu-science-park-bureau"),
    ("南部科學園區管理局核准了投資案。", "南部科學園區管理局", "southern-taiwan-science-park-bureau"),
    ("國研院發表了新的晶片。", "國研院", "narlabs"),
    ("TSRI opened a chip design lab.", "TSRI", "tsri"),
    ("中華民國外交部發表聲明。", "中華民國外交部", "taiwan-mofa"),
    ("臺北市政府舉辦智慧城市展。", "臺北市政府", "taipei-city-government"),
    ("高雄市政府與企業簽約。", "高雄市政府", "kaohsiung-city-government"),
    ("創意電子接獲AI晶片訂單。", "創意電子", "guc"),
    ("Foxtron unveiled an electric bus.", "Foxtron", "foxtron"),
    ("達明機器人展示了協作機器人。", "達明機器人", "techman-robot"),
]

HONG_KONG_SINGAPORE = [
    ("商务及经济发展局局长访问首尔。", "商务及经济发展局", "hk-cedb"),
    ("引进重点企业办公室宣布新一批企业落户。", "引进重点企业办公室", "hk-oases"),
    ("香港证监会发布新规。", "香港证监会", "hk-sfc"),
    ("CK Hutchison agreed to sell its ports.", "CK Hutchison", "ck-hutchison"),
    ("IMDA launched an AI governance sandbox.", "IMDA", "imda"),
    ("Enterprise Singapore signed an MOU with KOTRA.", "Enterprise Singapore", "enterprise-singapore"),
    ("GovTech Singapore built the chatbot.", "GovTech Singapore", "govtech-singapore"),
    ("新加坡金融管理局发布了指引。", "新加坡金融管理局", "mas-singapore"),
    ("The Monetary Authority of Singapore eased policy.", "Monetary Authority of Singapore",
     "mas-singapore"),
    ("그랩은 동남아 배달 사업을 확대했다.", "그랩", "grab"),
    ("쇼피는 한국 판매자를 모집한다.", "쇼피", "shopee"),
]

VIETNAM = [
    ("베트남 과학기술부는 반도체 전략을 발표했다.", "과학기술부", "vn-most"),
    ("베트남 기획투자부는 외국인 투자 통계를 발표했다.", "베트남 기획투자부", "vn-mpi"),
    ("越南计划投资部发布了外资数据。", "计划投资部", "vn-mpi"),
    ("베트남 산업무역부는 전력 계획을 승인했다.", "베트남 산업무역부", "vn-moit"),
    ("VCCI hosted a Korea–Vietnam business forum.", "VCCI", "vcci"),
    ("VNU Hanoi opened a semiconductor lab.", "VNU Hanoi", "vnu-hanoi"),
    ("하노이과학기술대학교는 삼성과 협력한다.", "하노이과학기술대학교", "hanoi-university-of-science-and-technology"),
    ("FPT그룹은 한국 법인을 확대했다.", "FPT그룹", "fpt"),
    ("비엣텔은 5G 상용화를 시작했다.", "비엣텔", "viettel"),
    ("빈패스트는 미국 공장을 착공했다.", "빈패스트", "vinfast"),
    ("하노이시 인민위원회는 한국 기업 대표단을 맞았다.", "하노이시 인민위원회", "hanoi-peoples-committee"),
    ("胡志明市人民委员会会见了韩国代表团。", "胡志明市人民委员会", "hcmc-peoples-committee"),
    ("박닌성은 삼성과 협약을 맺었다.", "박닌성", "bac-ninh-peoples-committee"),
    ("하이퐁시 인민위원회는 LG 투자를 승인했다.", "하이퐁시 인민위원회", "hai-phong-peoples-committee"),
    ("타이응우옌성 인민위원회는 투자를 승인했다.", "타이응우옌성 인민위원회", "thai-nguyen-peoples-committee"),
    ("옌퐁 산업단지에 새 공장이 들어섰다.", "옌퐁 산업단지", "yen-phong-industrial-park"),
    ("Saigon Hi-Tech Park attracted a chip investment.", "Saigon Hi-Tech Park", "saigon-hi-tech-park"),
]

SOUTHEAST_SOUTH_CENTRAL_ASIA = [
    ("BKPM approved the battery investment.", "BKPM", "indonesia-investment-ministry"),
    ("인도네시아 투자부는 배터리 투자를 승인했다.", "인도네시아 투자부", "indonesia-investment-ministry"),
    ("Komdigi blocked the app.", "Komdigi", "komdigi"),
    ("Danantara invested in a nickel smelter.", "Danantara", "danantara"),
    ("GoTo Group reported quarterly results.", "GoTo Group", "goto-group"),
    ("印尼莫罗瓦利工业园新建了镍冶炼厂。", "印尼莫罗瓦利工业园", "imip"),
    ("인도네시아배터리공사는 LG와 협력한다.", "인도네시아배터리공사", "indonesia-battery-corporation"),
    ("ITB signed an agreement with a Korean university.", "ITB", "itb-bandung"),
    ("MDEC invited Korean AI startups.", "MDEC", "mdec"),
    ("Khazanah Nasional invested in the fund.", "Khazanah Nasional", "khazanah"),
    ("槟城州政府欢迎外资。", "槟城州政府", "penang-state-government"),
    ("YTL Corporation is building an AI data centre.", "YTL Corporation", "ytl"),
    ("태국투자청은 전기차 투자를 승인했다.", "태국투자청", "thailand-boi"),
    ("Thailand BOI approved the data centre project.", "Thailand BOI", "thailand-boi"),
    ("depa signed an MOU with NIPA.", "depa", "depa-thailand"),
    ("正大集团投资了新项目。", "正大集团", "cp-group"),
    ("DICT launched the national AI strategy.", "DICT", "dict-philippines"),
    ("MeitY approved the chip plant.", "MeitY", "meity"),
    ("Invest India hosted a Korean delegation.", "Invest India", "invest-india"),
    ("NITI Aayog released an AI report.", "NITI Aayog", "niti-aayog"),
    ("NASSCOM published an AI report.", "NASSCOM", "nasscom"),
    ("타밀나두주 정부는 현대차와 협약을 맺었다.", "타밀나두주 정부", "tamil-nadu-government"),
    ("The Government of Karnataka signed an MoU with Foxconn.", "Government of Karnataka",
     "karnataka-government"),
    ("IIT Madras launched a startup fund.", "IIT Madras", "iit-madras"),
    ("IISc researchers built a new chip.", "IISc", "iisc"),
    ("Tata Consultancy Services reported revenue growth.", "Tata Consultancy Services",
     "tata-consultancy-services"),
    ("HCLTech signed a deal with a Korean bank.", "HCLTech", "hcltech"),
    ("Reliance Jio launched a new AI service.", "Reliance Jio", "reliance-jio"),
    ("타타일렉트로닉스는 반도체 공장을 짓는다.", "타타일렉트로닉스", "tata-electronics"),
    ("塔塔集团宣布投资芯片工厂。", "塔塔集团", "tata-group"),
    ("Astana Hub signed an agreement with a Korean accelerator.", "Astana Hub", "astana-hub"),
    ("IT Park Uzbekistan opened an office in Seoul.", "IT Park Uzbekistan", "it-park-uzbekistan"),
]


@pytest.mark.parametrize(("text", "mention", "key"),
                         JAPAN + TAIWAN + HONG_KONG_SINGAPORE + VIETNAM + SOUTHEAST_SOUTH_CENTRAL_ASIA)
def test_expected_bodies_are_found_and_linked(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, key that must not be found): forms left out because they are ordinary words or
# another body's names
NOT_THERE = [
    ("电装工程已经完成。", "denso"),  # 'electrical fitting'
    ("乐天集团在中国关闭了超市。", "rakuten"),  # Lotte
    ("东北大学发布了机器人成果。", "tohoku-university"),  # Northeastern University, Shenyang
    ("企业成长和创新需要资金。", "ck-hutchison"),  # 成长和 holds 长和
    ("虾皮是一种常见的食材。", "shopee"),  # dried shrimp
    ("新的引进办法已经实施。", "hk-oases"),  # 引进办 inside 引进办法
    ("Grab the opportunity while it lasts.", "grab"),
    ("The reliance on imported chips is growing.", "reliance-industries"),
    ("Desert oases attract tourists.", "hk-oases"),
    ("TCS hosted a trilateral forum in Seoul.", "tata-consultancy-services"),  # the Secretariat
    ("The plant stores HCl for etching.", "hcltech"),
    ("BOI data showed more applications.", "thailand-boi"),  # the Philippines' BOI shares it
    ("The sea level is rising.", "sea-group"),
    ("그는 고투 끝에 승리했다.", "goto-group"),  # 苦鬪, a hard struggle
    ("The UI of the app was redesigned.", "universitas-indonesia"),
    ("Most companies raised prices.", "vn-most"),
    ("社群联系日益紧密。", "phison"),  # 社群联系 holds 群联
    ("日本银行业面临利率压力。", "boj"),  # Japan's banking sector: no 日本银行 alias
    ("考生们决胜高考。", "sumco"),  # 决胜高考 holds 胜高
    ("The e-ink tablet sold well.", "e-ink"),  # the generic e-paper
    ("一家印尼电池公司宣布扩产。", "indonesia-battery-corporation"),  # 'an Indonesian battery company'
]


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_names_are_not_found_where_they_are_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()
