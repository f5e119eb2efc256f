"""Firms of Korea and mainland China that news of Korea–China exchange in chips, batteries, robots,
drones, EVs, displays, telecoms, platforms, medical AI and fintech names, and the Korean venture
investors that fund them (kr_cn_firms.yaml): the Korean makers of chip equipment and materials,
battery materials and the Korea–China battery joint ventures, Korean payment and crypto firms,
Korean VCs and corporate VCs; the Chinese lithium, nickel and cathode makers Korean battery firms
partner with, Chinese chip, display, robot, drone, autonomous-driving, bus, telecom, payment and
medical-AI firms. Each is found and linked from the scripts the press writes it in. Names that
are ordinary words or sit inside other words are left out: Moreh's 모레 ('the day after
tomorrow'), 青山 ('green hills'), 飞腾 ('soar'), 九号 ('No. 9'), 宇通 and 徐工 (inside 张宇通过,
徐工程师), 中国电子 ('China's electronics'), 航空工业 ('the aviation industry'), 平安健康 ('safe and
healthy'), 제로원 ('zero one') and 'Digital China' (the national programme); short Latin names
(GEM, KGM, JAC …) are found only in capitals, and ISC stays the Internet Society of China's.
Two probes are written as a subject before 与 (拉卡拉与…, 恒生电子与…): before a verb the reader
runs the firm's name on into a longer unknown name (拉卡拉拓展跨境支付)."""

import pytest

from tests.directory.conftest import linked as _linked

# (probe sentence, mention, key): sentences written for these tests
KOREAN_CHIP_AND_MATERIALS = [
    ("하나마이크론은 베트남 공장을 증설한다.", "하나마이크론", "hana-micron"),
    ("Hana Micron expanded its Vietnam plant.", "Hana Micron", "hana-micron"),
    ("피에스케이는 중국 고객사 매출이 늘었다.", "피에스케이", "psk-kr"),
    ("PSK shipped strip tools to a Chinese fab.", "PSK", "psk-kr"),
    ("유진테크는 증착 장비를 공급한다.", "유진테크", "eugene-technology"),
    ("에스에프에이는 물류 자동화 설비를 수주했다.", "에스에프에이", "sfa-engineering"),
    ("세메스는 반도체 장비를 생산한다.", "세메스", "semes"),
    ("细美事是三星电子旗下的设备公司。", "细美事", "semes"),
    ("테크윙은 HBM 검사 장비를 내놓았다.", "테크윙", "techwing"),
    ("파크시스템스는 원자현미경을 수출한다.", "파크시스템스", "park-systems"),
    ("Park Systems opened an office in Beijing.", "Park Systems", "park-systems"),
    ("한솔케미칼은 과산화수소를 공급한다.", "한솔케미칼", "hansol-chemical"),
    ("동우화인켐은 중국 법인을 운영한다.", "동우화인켐", "dongwoo-fine-chem"),
    ("매그나칩반도체는 중국 매각이 무산됐다.", "매그나칩반도체", "magnachip"),
    ("美格纳宣布了重组计划。", "美格纳", "magnachip"),
    ("Magnachip Semiconductor cut its workforce.", "Magnachip Semiconductor", "magnachip"),
    ("SK키파운드리는 청주에서 파운드리를 운영한다.", "SK키파운드리", "sk-keyfoundry"),
    ("심텍은 기판 공장을 증설했다.", "심텍", "simmtech"),
    ("이수페타시스는 AI 서버용 기판을 공급한다.", "이수페타시스", "isu-petasys"),
    ("SKC는 유리기판 사업을 키운다.", "SKC", "skc"),
]

KOREAN_BATTERY = [
    ("SK넥실리스는 동박을 생산한다.", "SK넥실리스", "sk-nexilis"),
    ("SK아이이테크놀로지는 분리막을 만든다.", "SK아이이테크놀로지", "sk-ie-technology"),
    ("에코프로머티리얼즈는 전구체를 생산한다.", "에코프로머티리얼즈", "ecopro-materials"),
    ("엔켐은 중국에 전해액 공장을 두고 있다.", "엔켐", "enchem"),
    ("롯데에너지머티리얼즈는 동박을 공급한다.", "롯데에너지머티리얼즈", "lotte-energy-materials"),
    ("일진머티리얼즈는 롯데에 인수됐다.", "일진머티리얼즈", "lotte-energy-materials"),
    ("코스모신소재는 양극재를 만든다.", "코스모신소재", "cosmo-amt"),
    ("성일하이텍은 폐배터리를 재활용한다.", "성일하이텍", "sungeel-hitech"),
    ("지이엠코리아뉴에너지머티리얼즈는 새만금에 공장을 짓는다.", "지이엠코리아뉴에너지머티리얼즈", "gem-korea"),
    ("지이엠코리아는 전구체를 생산한다.", "지이엠코리아", "gem-korea"),
    ("재세능원은 충주에 양극재 공장을 준공했다.", "재세능원", "jaese-energy"),
]

KOREAN_OTHERS = [
    ("에브리봇은 로봇청소기를 출시했다.", "에브리봇", "everybot"),
    ("파블로항공은 드론 배송을 시작했다.", "파블로항공", "pablo-air"),
    ("니어스랩은 드론으로 풍력발전기를 점검한다.", "니어스랩", "nearthlab"),
    ("Moreh released a Korean language model.", "Moreh", "moreh"),
    ("모티프테크놀로지스는 언어모델을 공개했다.", "모티프테크놀로지스", "motif-technologies"),
    ("트릴리온랩스는 한국어 모델을 개발한다.", "트릴리온랩스", "trillion-labs"),
    ("에어스메디컬은 MRI 소프트웨어를 수출한다.", "에어스메디컬", "airs-medical"),
    ("메디웨일은 망막 영상 AI를 개발했다.", "메디웨일", "mediwhale"),
    ("네이버파이낸셜은 알리페이와 제휴했다.", "네이버파이낸셜", "naver-financial"),
    ("네이버페이는 중국 결제를 지원한다.", "네이버페이", "naver-financial"),
    ("케이뱅크는 상장을 추진한다.", "케이뱅크", "k-bank"),
    ("토스뱅크는 외화통장을 내놓았다.", "토스뱅크", "toss-bank"),
    ("코인원은 거래소를 운영한다.", "코인원", "coinone"),
    ("KG이니시스는 결제 대행을 한다.", "KG이니시스", "kg-inicis"),
    ("다날은 유니온페이와 협력한다.", "다날", "danal"),
    ("케이엠더블유는 안테나를 수출한다.", "케이엠더블유", "kmw"),
    ("다산네트웍스는 통신장비를 만든다.", "다산네트웍스", "dasan-networks"),
    ("지마켓은 알리바바와 합작했다.", "지마켓", "gmarket"),
    ("Gmarket formed a venture with Alibaba.", "Gmarket", "gmarket"),
    ("11번가는 중국 셀러를 유치했다.", "11번가", "11st"),
    ("CJ대한통운은 알리익스프레스 물량을 처리한다.", "CJ대한통운", "cj-logistics"),
    ("CJ Logistics handles parcels from China.", "CJ Logistics", "cj-logistics"),
    ("KG모빌리티는 BYD 배터리를 쓴다.", "KG모빌리티", "kg-mobility"),
    ("KGM launched an electric pickup.", "KGM", "kg-mobility"),
    ("双龙汽车曾被上汽收购。", "双龙汽车", "kg-mobility"),
    ("르노코리아는 지리자동차와 협력한다.", "르노코리아", "renault-korea"),
    ("르노삼성자동차는 이름을 바꿨다.", "르노삼성자동차", "renault-korea"),
    ("한국GM은 부평공장을 운영한다.", "한국GM", "gm-korea"),
    ("翰昂系统在中国设有多家工厂。", "翰昂系统", "hanon-systems"),
    ("한온시스템은 중국 공장을 운영한다.", "한온시스템", "hanon-systems"),
]

KOREAN_INVESTORS = [
    ("에이티넘인베스트먼트는 펀드를 결성했다.", "에이티넘인베스트먼트", "atinum-investment"),
    ("스톤브릿지벤처스가 시리즈A를 이끌었다.", "스톤브릿지벤처스", "stonebridge-ventures"),
    ("스마일게이트인베스트먼트가 투자에 참여했다.", "스마일게이트인베스트먼트", "smilegate-investment"),
    ("컴퍼니케이파트너스는 신규 펀드를 조성했다.", "컴퍼니케이파트너스", "company-k-partners"),
    ("신한벤처투자가 후속 투자를 했다.", "신한벤처투자", "shinhan-venture-investment"),
    ("우리벤처파트너스가 투자를 주도했다.", "우리벤처파트너스", "woori-venture-partners"),
    ("KTB네트워크는 이름을 바꿨다.", "KTB네트워크", "woori-venture-partners"),
    ("린드먼아시아인베스트먼트가 투자했다.", "린드먼아시아인베스트먼트", "lindeman-asia"),
    ("롯데벤처스는 스타트업을 육성한다.", "롯데벤처스", "lotte-ventures"),
    ("카카오인베스트먼트가 지분을 늘렸다.", "카카오인베스트먼트", "kakao-investment"),
    ("매쉬업벤처스가 시드 투자를 했다.", "매쉬업벤처스", "mashup-ventures"),
    ("산은캐피탈이 투자자로 참여했다.", "산은캐피탈", "kdb-capital"),
    ("시그나이트파트너스가 투자했다.", "시그나이트파트너스", "signite-partners"),
    ("현대자동차 제로원은 스타트업을 모집한다.", "현대자동차 제로원", "hyundai-zer01ne"),
    ("ZER01NE selected ten startups.", "ZER01NE", "hyundai-zer01ne"),
    ("LG Technology Ventures invested in a robot startup.", "LG Technology Ventures", "lg-technology-ventures"),
]

CHINESE_BATTERY = [
    ("화유코발트는 포스코퓨처엠과 합작했다.", "화유코발트", "huayou-cobalt"),
    ("华友钴业与韩国企业合资建厂。", "华友钴业", "huayou-cobalt"),
    ("華友鈷業公布了年報。", "華友鈷業", "huayou-cobalt"),
    ("Huayou Cobalt signed a deal with LG Chem.", "Huayou Cobalt", "huayou-cobalt"),
    ("중국 거린메이는 새만금에 투자했다.", "거린메이", "gem-co"),
    ("格林美与SK On签署合作协议。", "格林美", "gem-co"),
    ("GEM agreed to build a plant in Korea.", "GEM", "gem-co"),
    ("칭산그룹은 인도네시아에 니켈 단지를 운영한다.", "칭산그룹", "tsingshan"),
    ("청산강철은 스테인리스를 생산한다.", "청산강철", "tsingshan"),
    ("青山控股在印尼投资镍项目。", "青山控股", "tsingshan"),
    ("Tsingshan expanded nickel output.", "Tsingshan", "tsingshan"),
    ("간펑리튬은 리튬 생산을 늘린다.", "간펑리튬", "ganfeng-lithium"),
    ("赣锋锂业与韩国电池企业签订供货协议。", "赣锋锂业", "ganfeng-lithium"),
    ("톈치리튬은 청두에 본사를 두고 있다.", "톈치리튬", "tianqi-lithium"),
    ("天齐锂业发布业绩预告。", "天齐锂业", "tianqi-lithium"),
    ("중웨이의 합작 상대인 CNGR은 포항에 공장을 짓는다.", "CNGR", "cngr"),
    ("中伟股份与浦项签署合资协议。", "中伟股份", "cngr"),
    ("롱바이는 충주에 자회사를 두고 있다.", "롱바이", "ronbay"),
    ("容百科技在韩国忠州建设正极材料工厂。", "容百科技", "ronbay"),
    ("贝特瑞是负极材料企业。", "贝特瑞", "btr-new-material"),
    ("恩捷股份扩建隔膜产能。", "恩捷股份", "semcorp"),
    ("瑞浦兰钧在温州扩产。", "瑞浦兰钧", "rept-battero"),
    ("洛阳钼业是钴生产商。", "洛阳钼业", "cmoc"),
    ("뤄양몰리브덴은 코발트를 생산한다.", "뤄양몰리브덴", "cmoc"),
    ("先导智能为韩国电池企业供应设备。", "先导智能", "lead-intelligent"),
]

CHINESE_CHIPS_DISPLAYS = [
    ("신카이라이는 세미콘 차이나에서 장비를 공개했다.", "신카이라이", "sicarrier"),
    ("新凯来在上海展出了设备。", "新凯来", "sicarrier"),
    ("SiCarrier showed its tools in Shanghai.", "SiCarrier", "sicarrier"),
    ("盛美上海发布新设备。", "盛美上海", "acm-shanghai"),
    ("晶合集成在合肥扩产。", "晶合集成", "nexchip"),
    ("华海清科推出新抛光设备。", "华海清科", "hwatsing"),
    ("士兰微扩大功率芯片产能。", "士兰微", "silan"),
    ("飞腾信息发布新处理器。", "飞腾信息", "phytium"),
    ("瑞芯微发布AI芯片。", "瑞芯微", "rockchip"),
    ("汇顶科技推出新传感器。", "汇顶科技", "goodix"),
    ("三安光电投资碳化硅项目。", "三安光电", "sanan-optoelectronics"),
    ("江波龙发布存储产品。", "江波龙", "longsys"),
    ("沪硅产业扩建大硅片产能。", "沪硅产业", "nsig"),
    ("中国电子信息产业集团发布新战略。", "中国电子信息产业集团", "cec-china"),
    ("维信诺量产柔性屏。", "维信诺", "visionox"),
    ("비전옥스는 OLED를 양산한다.", "비전옥스", "visionox"),
    ("惠科股份扩建面板产线。", "惠科股份", "hkc"),
    ("和辉光电发布财报。", "和辉光电", "everdisplay"),
]

CHINESE_ROBOTS_VEHICLES = [
    ("自变量机器人完成新一轮融资。", "自变量机器人", "x-square-robot"),
    ("千寻智能发布人形机器人。", "千寻智能", "spirit-ai"),
    ("松延动力的机器人参加了马拉松。", "松延动力", "noetix"),
    ("高仙机器人进入韩国市场。", "高仙机器人", "gausium"),
    ("나인봇은 전동 킥보드를 판매한다.", "나인봇", "ninebot"),
    ("九号公司发布割草机器人。", "九号公司", "ninebot"),
    ("绿的谐波供应谐波减速器。", "绿的谐波", "leaderdrive"),
    ("三花智控布局机器人执行器。", "三花智控", "sanhua"),
    ("拓普集团成立机器人事业部。", "拓普集团", "tuopu"),
    ("오텔로보틱스는 드론을 판매한다.", "오텔로보틱스", "autel-robotics"),
    ("道通智能发布新无人机。", "道通智能", "autel-robotics"),
    ("中国航空工业集团展出无人机。", "中国航空工业集团", "avic"),
    ("AVIC showed a drone at the airshow.", "AVIC", "avic"),
    ("轻舟智航与车企合作。", "轻舟智航", "qcraft"),
    ("引望智能获得新投资。", "引望智能", "yinwang"),
    ("德赛西威发布智能驾驶平台。", "德赛西威", "desay-sv"),
    ("상하이GM우링은 소형 전기차를 판다.", "상하이GM우링", "sgmw"),
    ("上汽通用五菱推出新车。", "上汽通用五菱", "sgmw"),
    ("江淮汽车与华为合作。", "江淮汽车", "jac-motors"),
    ("링크앤코는 지리 산하 브랜드다.", "링크앤코", "lynk-co"),
    ("宇通客车出口电动大巴。", "宇通客车", "yutong"),
    ("하이거버스는 국내 전기버스 판매 1위다.", "하이거버스", "higer"),
    ("킹롱은 국내에 전기버스를 판매한다.", "킹롱", "king-long"),
    ("킹롱 버스는 경기도에서 운행된다.", "킹롱 버스", "king-long"),
    ("徐工集团与韩国企业合作。", "徐工集团", "xcmg"),
    ("中联重科在韩国设立子公司。", "中联重科", "zoomlion"),
]

CHINESE_TELECOM_FINTECH_IT_HEALTH = [
    ("烽火通信中标运营商项目。", "烽火通信", "fiberhome"),
    ("移远通信发布5G模组。", "移远通信", "quectel"),
    ("Quectel released a new module.", "Quectel", "quectel"),
    ("广和通发布车载模组。", "广和通", "fibocom"),
    ("四川长虹发布新电视。", "四川长虹", "changhong"),
    ("유니온페이는 한국 카드사와 제휴했다.", "유니온페이", "unionpay"),
    ("中国银联与韩国银行合作。", "中国银联", "unionpay"),
    ("UnionPay expanded acceptance in Seoul.", "UnionPay", "unionpay"),
    ("拉卡拉与韩国企业签署合作协议。", "拉卡拉", "lakala"),
    ("连连支付服务韩国卖家。", "连连支付", "lianlian"),
    ("恒生电子与韩国企业合作。", "恒生电子", "hundsun"),
    ("度小满推出新产品。", "度小满", "du-xiaoman"),
    ("京东科技发布AI产品。", "京东科技", "jd-technology"),
    ("陆金所公布业绩。", "陆金所", "lufax"),
    ("软通动力与华为合作。", "软通动力", "isoftstone"),
    ("中软国际在韩国设立公司。", "中软国际", "chinasoft"),
    ("神州数码发布财报。", "神州数码", "digital-china-group"),
    ("东软集团发布医疗软件。", "东软集团", "neusoft"),
    ("深信服发布安全大模型。", "深信服", "sangfor"),
    ("爱奇艺购买了韩剧版权。", "爱奇艺", "iqiyi"),
    ("数坤科技发布医学影像模型。", "数坤科技", "shukun"),
    ("鹰瞳科技推出视网膜影像产品。", "鹰瞳科技", "airdoc"),
    ("迈瑞医疗在韩国设立子公司。", "迈瑞医疗", "mindray"),
    ("마인드레이는 초음파 장비를 판매한다.", "마인드레이", "mindray"),
    ("京东健康推出AI问诊。", "京东健康", "jd-health"),
    ("阿里健康发布年报。", "阿里健康", "alihealth"),
    ("平安好医生上线新服务。", "平安好医生", "ping-an-good-doctor"),
    ("天智航的骨科机器人获批。", "天智航", "tinavi"),
]


@pytest.mark.parametrize(("text", "mention", "key"),
                         KOREAN_CHIP_AND_MATERIALS + KOREAN_BATTERY + KOREAN_OTHERS + KOREAN_INVESTORS
                         + CHINESE_BATTERY + CHINESE_CHIPS_DISPLAYS + CHINESE_ROBOTS_VEHICLES
                         + CHINESE_TELECOM_FINTECH_IT_HEALTH)
def test_expected_firms_are_found_and_linked(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, key that must not be found): the left-out forms where they are ordinary words
NOT_THERE = [
    ("모레 다시 회의를 연다.", "moreh"),  # 'the day after tomorrow'
    ("青山绿水就是金山银山。", "tsingshan"),  # 'green hills'
    ("经济飞腾发展。", "phytium"),  # 'soar'
    ("中国电子产品出口增长。", "cec-china"),  # 'China's electronic products'
    ("航空工业发展迅速。", "avic"),  # 'the aviation industry'
    ("数字中国建设加快推进。", "digital-china-group"),  # the national programme
    ("Digital China is a national strategy.", "digital-china-group"),
    ("平安健康是每个人的愿望。", "ping-an-good-doctor"),  # 'safe and healthy'
    ("제로원 정책을 발표했다.", "hyundai-zer01ne"),  # 'zero one'
    ("She found a gem in the market.", "gem-co"),  # the word 'gem'
    ("A Gem of a phone was launched.", "gem-co"),  # capitalised, not GEM
    ("The jac was loose.", "jac-motors"),
    ("广东软件园举办活动。", "neusoft"),  # 东软 inside 广东软件
    ("产品外观实惠科技感强。", "hkc"),  # 惠科 inside 实惠科技
    ("健康佳肴受欢迎。", "konka"),  # 康佳 inside 健康佳肴
    ("九号线地铁开通。", "ninebot"),  # 'line No. 9'
    ("张宇通过了考试。", "yutong"),  # a name ending in 宇 before 通过 'passed'
    ("徐工程师介绍了情况。", "xcmg"),  # 'engineer Xu'
    ("그는 산산이 부서진 꿈을 이야기했다.", "shanshan"),  # 'to pieces'
]


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_left_out_forms_are_not_found_where_they_are_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()


def test_isc_stays_with_the_internet_society_of_china(gaz):
    """'ISC' written alone is the Internet Society of China's, not the Korean test-socket maker's."""
    assert _linked(gaz, "ISC issued a report on internet governance.").get("ISC") == "isc-china"
