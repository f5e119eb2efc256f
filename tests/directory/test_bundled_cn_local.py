"""Chinese public and non-company bodies of organizations/cn_local.yaml: the provincial departments,
DRCs and foreign affairs offices the first rounds did not hold, the key cities' bureaus, DRCs,
foreign affairs offices and investment promotion agencies, the CCPIT sub-councils, national-level
zones and their administrative committees, universities, institutes of the Chinese Academy of
Sciences, national industry associations, and venture and state investors. Each is found and linked
from the scripts the press writes it in, with and without 省/市 (湖南省发改委, 福建发改委, 深圳发改委).
Short forms that sit inside other words or other bodies' names are not held: 北师大 (东北师大), 南理工
(华南理工), 北工大 (河北工大), the bare 充电联盟 (each province has one), 长春高新 (a listed company), and
neither is 东北大学 (Chinese also writes Japan's Tohoku University so) nor 工业互联网产业联盟 (each
province's alliance has that name after the province)."""

import pytest

from tests.directory.conftest import linked as _linked

# (probe sentence, mention, key): sentences written for these tests
PROVINCIAL = [
    ("广西壮族自治区商务厅举办推介会。", "广西壮族自治区商务厅", "guangxi-commerce-department"),
    ("广西商务厅组织企业赴首尔参展。", "广西商务厅", "guangxi-commerce-department"),
    ("云南省科技厅与韩国研究机构签署协议。", "云南省科技厅", "yunnan-science-department"),
    ("云南商务厅举办推介会。", "云南商务厅", "yunnan-commerce-department"),
    ("海南省工业和信息化厅发布数字经济政策。", "海南省工业和信息化厅", "hainan-industry-department"),
    ("江西省商务厅组织企业访问首尔。", "江西省商务厅", "jiangxi-commerce-department"),
    ("山西省科学技术厅发布了项目指南。", "山西省科学技术厅", "shanxi-science-department"),
    ("山西省商务厅组织企业参展。", "山西省商务厅", "shanxi-commerce-department"),
    ("陕西省商务厅组织企业参展。", "陕西省商务厅", "shaanxi-commerce-department"),  # held before: kept apart
    ("하이난성 상무청은 자유무역항 설명회를 열었다.", "하이난성 상무청", "hainan-commerce-department"),
    ("장시성 공업정보화청은 배터리 기업을 유치했다.", "장시성 공업정보화청", "jiangxi-industry-department"),
    ("윈난성 상무청은 한국 기업을 초청했다.", "윈난성 상무청", "yunnan-commerce-department"),
    ("The Yunnan Department of Commerce hosted Korean buyers.", "Yunnan Department of Commerce",
     "yunnan-commerce-department"),
    ("陕西省发展和改革委员会批复了项目。", "陕西省发展和改革委员会", "shaanxi-drc"),
    ("湖南省发改委与韩国企业座谈。", "湖南省发改委", "hunan-drc"),
    ("河南省发展改革委公布重点项目。", "河南省发展改革委", "henan-drc"),
    ("福建发改委发布海上风电规划。", "福建发改委", "fujian-drc"),
    ("허난성 발전개혁위원회는 투자 계획을 발표했다.", "허난성 발전개혁위원회", "henan-drc"),
    ("The Hebei Provincial Development and Reform Commission approved the plan.",
     "Hebei Provincial Development and Reform Commission", "hebei-drc"),
    ("黑龙江省外办主任会见韩国总领事。", "黑龙江省外办", "heilongjiang-fao"),
    ("湖南省人民政府外事办公室接待韩国代表团。", "湖南省人民政府外事办公室", "hunan-fao"),
    ("안후이성 외사판공실은 한국 대표단을 맞았다.", "안후이성 외사판공실", "anhui-fao"),
    ("The Shaanxi Provincial Foreign Affairs Office hosted the delegation.",
     "Shaanxi Provincial Foreign Affairs Office", "shaanxi-fao"),
]

MUNICIPAL = [
    ("无锡市商务局组织韩资企业座谈会。", "无锡市商务局", "wuxi-commerce-bureau"),
    ("无锡商务局组织座谈。", "无锡商务局", "wuxi-commerce-bureau"),
    ("长沙市科技局发布人工智能专项。", "长沙市科技局", "changsha-science-bureau"),
    ("宁波市经信局公布智能制造名单。", "宁波市经信局", "ningbo-economy-it-bureau"),
    ("郑州市工业和信息化局与韩国企业座谈。", "郑州市工业和信息化局", "zhengzhou-industry-it-bureau"),
    ("盐城市商务局赴韩国招商。", "盐城市商务局", "yancheng-commerce-bureau"),
    ("우시시 상무국은 한국 기업 간담회를 열었다.", "우시시 상무국", "wuxi-commerce-bureau"),
    ("옌청시 상무국은 현대차 협력사를 방문했다.", "옌청시 상무국", "yancheng-commerce-bureau"),
    ("The Zhengzhou Municipal Bureau of Commerce met Korean investors.",
     "Zhengzhou Municipal Bureau of Commerce", "zhengzhou-commerce-bureau"),
    ("深圳市发改委发布了人工智能产业政策。", "深圳市发改委", "shenzhen-drc"),
    ("深圳发改委发布新政策。", "深圳发改委", "shenzhen-drc"),
    ("据苏州发改委消息，项目已获批。", "苏州发改委", "suzhou-drc"),
    ("杭州市发展和改革委员会印发方案。", "杭州市发展和改革委员会", "hangzhou-drc"),
    ("武汉市发改委公布重大项目。", "武汉市发改委", "wuhan-drc"),
    ("칭다오시 발전개혁위원회는 계획을 발표했다.", "칭다오시 발전개혁위원회", "qingdao-drc"),
    ("The Shenzhen Development and Reform Commission issued new rules.",
     "Shenzhen Development and Reform Commission", "shenzhen-drc"),
    ("The Chengdu Municipal Development and Reform Commission released a plan.",
     "Chengdu Municipal Development and Reform Commission", "chengdu-drc"),
    ("大连市外办与韩国仁川市交流。", "大连市外办", "dalian-fao"),
    ("大连外办与韩国交流。", "大连外办", "dalian-fao"),
    ("威海市人民政府外事办公室接待韩国客人。", "威海市人民政府外事办公室", "weihai-fao"),
    ("선전시 외사판공실은 한국 대표단을 맞았다.", "선전시 외사판공실", "shenzhen-fao"),
    ("옌타이시 외사판공실은 한국 기업인을 초청했다.", "옌타이시 외사판공실", "yantai-fao"),
    ("The Qingdao Municipal Foreign Affairs Office met the consul general.",
     "Qingdao Municipal Foreign Affairs Office", "qingdao-fao"),
    ("深圳市投资推广署在首尔举办推介会。", "深圳市投资推广署", "invest-shenzhen"),
    ("Invest Shenzhen held a roadshow in Seoul.", "Invest Shenzhen", "invest-shenzhen"),
    ("杭州市投资促进局赴首尔招商。", "杭州市投资促进局", "hangzhou-investment-promotion-bureau"),
    ("合肥市投促局组织招商小分队。", "合肥市投促局", "hefei-investment-promotion-bureau"),
    ("成都市投资促进局举办推介会。", "成都市投资促进局", "chengdu-investment-promotion-bureau"),
    ("西安市投资合作局与韩国企业签约。", "西安市投资合作局", "xian-investment-cooperation-bureau"),
    ("重庆市招商投资促进局赴韩国招商。", "重庆市招商投资促进局", "chongqing-investment-promotion-bureau"),
    ("Invest Shanghai signed an MOU with KOTRA.", "Invest Shanghai", "invest-shanghai"),
    ("Invest Beijing hosted the forum.", "Invest Beijing", "invest-beijing"),
    ("옌타이시 투자촉진센터가 주관한 행사가 열렸다.", "옌타이시 투자촉진센터", "yantai-investment-promotion-center"),
]

CCPIT = [
    ("广东省贸促会组织企业参加韩国博览会。", "广东省贸促会", "ccpit-guangdong"),
    ("广东贸促会组织企业参展。", "广东贸促会", "ccpit-guangdong"),
    ("江苏省贸促会组织企业参展。", "江苏省贸促会", "ccpit-jiangsu"),
    ("浙江省贸促会会长访问韩国。", "浙江省贸促会", "ccpit-zhejiang"),
    ("吉林省贸促会与韩国贸易协会签约。", "吉林省贸促会", "ccpit-jilin"),
    ("北京市贸促会举办中韩企业对接会。", "北京市贸促会", "ccpit-beijing"),
    ("上海市贸促会发布报告。", "上海市贸促会", "ccpit-shanghai"),
    ("青岛市贸促会组织企业赴韩。", "青岛市贸促会", "ccpit-qingdao"),
    ("辽宁省国际贸易促进委员会主办年会。", "辽宁省国际贸易促进委员会", "ccpit-liaoning"),
    ("장쑤성 국제무역촉진위원회는 한국 기업을 초청했다.", "장쑤성 국제무역촉진위원회", "ccpit-jiangsu"),
    ("CCPIT Guangdong led a delegation to Seoul.", "CCPIT Guangdong", "ccpit-guangdong"),
    ("CCPIT Zhejiang signed an agreement with KITA.", "CCPIT Zhejiang", "ccpit-zhejiang"),
    ("The Jiangsu Council for the Promotion of International Trade hosted a forum.",
     "Jiangsu Council for the Promotion of International Trade", "ccpit-jiangsu"),
]

ZONES_AND_COMMITTEES = [
    ("广州开发区引进韩国企业。", "广州开发区", "guangzhou-etdz"),
    ("广州开发区管委会与韩国企业签约。", "广州开发区管委会", "guangzhou-etdz-admin"),
    ("Guangzhou Development District signed with a Korean firm.", "Guangzhou Development District",
     "guangzhou-etdz"),
    ("南京经开区与LG签署协议。", "南京经开区", "nanjing-etdz"),
    ("南京高新区与韩国企业合作。", "南京高新区", "nanjing-hitech"),
    ("江宁开发区引进LG新能源项目。", "江宁开发区", "jiangning-etdz"),
    ("苏州高新区与韩国企业签约。", "苏州高新区", "suzhou-hitech"),
    ("Suzhou New District signed with Samsung.", "Suzhou New District", "suzhou-hitech"),
    ("昆山开发区举办韩资企业座谈会。", "昆山开发区", "kunshan-etdz"),
    ("威海火炬高技术产业开发区引进韩国项目。", "威海火炬高技术产业开发区", "weihai-hitech"),
    ("威海高新区管委会与韩国企业签约。", "威海高新区管委会", "weihai-hitech-admin"),
    ("大连高新区举办中韩创业大赛。", "大连高新区", "dalian-hitech"),
    ("长春汽开区与韩国汽车零部件企业签约。", "长春汽开区", "changchun-auto-etdz"),
    ("武汉经开区引进新能源汽车项目。", "武汉经开区", "wuhan-etdz"),
    ("合肥经开区与韩国企业签约。", "合肥经开区", "hefei-etdz"),
    ("长沙经开区举办推介会。", "长沙经开区", "changsha-etdz"),
    ("厦门火炬高新区引进半导体项目。", "厦门火炬高新区", "xiamen-torch-hitech"),
    ("盐城经开区与起亚签约。", "盐城经开区", "yancheng-etdz"),
    ("옌청 경제기술개발구는 기아와 협력한다.", "옌청 경제기술개발구", "yancheng-etdz"),
    ("The Yancheng Economic and Technological Development Zone hosts Kia.",
     "Yancheng Economic and Technological Development Zone", "yancheng-etdz"),
    # committees of zones held as places (烟台开发区, 东湖高新区 … stay places)
    ("烟台高新区管委会与韩国企业座谈。", "烟台高新区管委会", "yantai-hitech-admin"),
    ("烟台开发区管委会举办推介会。", "烟台开发区管委会", "yantai-etdz-admin"),
    ("无锡高新区管委会与SK海力士座谈。", "无锡高新区管委会", "wuxi-hitech-admin"),
    ("东湖高新区管委会与韩国企业座谈。", "东湖高新区管委会", "wuhan-donghu-admin"),
    ("成都高新区管委会赴首尔招商。", "成都高新区管委会", "chengdu-hitech-admin"),
    ("西安高新区管委会与三星签约。", "西安高新区管委会", "xian-hitech-admin"),
    ("重庆高新区管委会发布政策。", "重庆高新区管委会", "chongqing-hitech-admin"),
    ("天津经济技术开发区管理委员会与韩国企业签约。", "天津经济技术开发区管理委员会", "teda-admin"),
    ("青岛西海岸新区管委会与韩国企业签约。", "青岛西海岸新区管委会", "qingdao-west-coast-admin"),
    ("金普新区管委会赴韩国招商。", "金普新区管委会", "dalian-jinpu-admin"),
    ("郑州航空港区管委会与韩国企业座谈。", "郑州航空港区管委会", "zhengzhou-airport-zone-admin"),
    ("湘江新区管委会发布人工智能政策。", "湘江新区管委会", "xiangjiang-new-area-admin"),
    ("中韩（长春）国际合作示范区管委会赴韩国招商。", "中韩（长春）国际合作示范区管委会", "changchun-korea-zone-admin"),
    ("中韩长春国际合作示范区管委会举办活动。", "中韩长春国际合作示范区管委会", "changchun-korea-zone-admin"),
    ("한중(창춘)국제협력시범구 관리위원회는 한국 기업을 초청했다.", "한중(창춘)국제협력시범구 관리위원회",
     "changchun-korea-zone-admin"),
]

UNIVERSITIES = [
    ("北京师范大学与韩国高校签约。", "北京师范大学", "bnu"),
    ("베이징사범대학교는 한국 대학과 교류한다.", "베이징사범대학교", "bnu"),
    ("북경사범대학교와 협약을 맺었다.", "북경사범대학교", "bnu"),
    ("Beijing Normal University signed an MOU with Korea University.", "Beijing Normal University", "bnu"),
    ("北京交通大学与韩国铁道研究院合作。", "北京交通大学", "bjtu"),
    ("北京科技大学发布新材料成果。", "北京科技大学", "ustb"),
    ("国防科技大学研制了超级计算机。", "国防科技大学", "nudt"),
    ("국방과기대는 슈퍼컴퓨터를 개발했다.", "국방과기대", "nudt"),
    ("The National University of Defense Technology was added to the Entity List.",
     "National University of Defense Technology", "nudt"),
    ("南京航空航天大学与韩国航空大学签约。", "南京航空航天大学", "nuaa"),
    ("난징항공항천대학교는 한국 대학과 교류한다.", "난징항공항천대학교", "nuaa"),
    ("南京理工大学举办国际会议。", "南京理工大学", "njust"),
    ("苏州大学与韩国高校签署协议。", "苏州大学", "soochow-university-cn"),
    ("쑤저우대학교는 한국 유학생을 모집한다.", "쑤저우대학교", "soochow-university-cn"),
    ("Xi'an Jiaotong-Liverpool University opened an AI school.", "Xi'an Jiaotong-Liverpool University", "xjtlu"),
    ("Duke Kunshan University hosted a forum.", "Duke Kunshan University", "duke-kunshan"),
    ("杭州电子科技大学与韩国企业共建实验室。", "杭州电子科技大学", "hdu"),
    ("宁波诺丁汉大学举办论坛。", "宁波诺丁汉大学", "unnc"),
    ("西安电子科技大学发布芯片成果。", "西安电子科技大学", "xidian"),
    ("Xidian University signed an MOU with Sungkyunkwan University.", "Xidian University", "xidian"),
    ("重庆邮电大学与韩国企业合作。", "重庆邮电大学", "cqupt"),
    ("中国矿业大学与韩国研究机构合作。", "中国矿业大学", "cumt"),
    ("CUHK-Shenzhen released an AI model.", "CUHK-Shenzhen", "cuhk-shenzhen"),
]

INSTITUTES_AND_ASSOCIATIONS = [
    ("中国科学院软件研究所发布操作系统。", "中国科学院软件研究所", "iscas"),
    ("中科院软件所发布开源项目。", "中科院软件所", "iscas"),
    ("ISCAS released a RISC-V toolchain.", "ISCAS", "iscas"),
    ("중국과학원 소프트웨어연구소는 운영체제를 공개했다.", "중국과학원 소프트웨어연구소", "iscas"),
    ("上海微系统所研发新型芯片。", "上海微系统所", "simit"),
    ("长春光机所研制了光刻机部件。", "长春光机所", "ciomp"),
    ("中国科学院大连化学物理研究所与韩国合作。", "中国科学院大连化学物理研究所", "dicp"),
    ("大连化物所发布电池成果。", "大连化物所", "dicp"),
    ("青岛能源所研发固态电池。", "青岛能源所", "qibebt"),
    ("宁波材料所发布新材料成果。", "宁波材料所", "nimte"),
    ("苏州纳米所与韩国企业合作。", "苏州纳米所", "sinano"),
    ("中科院物理所发布钠离子电池成果。", "中科院物理所", "cas-iop"),
    ("合肥物质院发布研究成果。", "合肥物质院", "hfips"),
    ("中科院香港创新研究院成立人工智能中心。", "中科院香港创新研究院", "hkisi-cas"),
    ("中国机械工业联合会发布数据。", "中国机械工业联合会", "cmif"),
    ("中机联发布机械工业运行报告。", "中机联", "cmif"),
    ("中国电子元件行业协会举办年会。", "中国电子元件行业协会", "ceca"),
    ("中国光伏行业协会发布数据。", "中国光伏行业协会", "cpia"),
    ("CPIA released solar installation data.", "CPIA", "cpia"),
    ("중국태양광산업협회에 따르면 설치량이 늘었다.", "중국태양광산업협회", "cpia"),
    ("中国有色金属工业协会发布锂价数据。", "中国有色金属工业协会", "cnia"),
    ("中国稀土行业协会发布价格指数。", "中国稀土行业协会", "acrei"),
    ("중국희토류산업협회는 가격을 발표했다.", "중국희토류산업협회", "acrei"),
    ("中关村储能产业技术联盟发布报告。", "中关村储能产业技术联盟", "cnesa"),
    ("CNESA published energy storage data.", "CNESA", "cnesa"),
    ("中国充电联盟数据显示充电桩增长。", "中国充电联盟", "evcipa"),
    ("中国智能网联汽车产业创新联盟发布标准。", "中国智能网联汽车产业创新联盟", "caicv"),
    ("中国自动化学会举办大会。", "中国自动化学会", "caa-cn"),
    ("中国图象图形学学会举办会议。", "中国图象图形学学会", "csig"),
    ("中国外商投资企业协会举办座谈会。", "中国外商投资企业协会", "caefi"),
    ("中国网络空间安全协会发布报告。", "中国网络空间安全协会", "csac"),
    ("中国电子材料行业协会发布报告。", "中国电子材料行业协会", "cemia"),
    ("中国机床工具工业协会发布数据。", "中国机床工具工业协会", "cmtba"),
]

INVESTORS = [
    ("奇绩创坛举办路演日。", "奇绩创坛", "miracleplus"),
    ("MiraclePlus announced its new batch.", "MiraclePlus", "miracleplus"),
    ("미라클플러스는 신규 스타트업을 선발했다.", "미라클플러스", "miracleplus"),
    ("高榕资本领投了这轮融资。", "高榕资本", "gaorong"),
    ("Gaorong Capital led the round.", "Gaorong Capital", "gaorong"),
    ("源码资本参与了投资。", "源码资本", "source-code-capital"),
    ("五源资本领投。", "五源资本", "5y-capital"),
    ("5Y Capital led the Series A.", "5Y Capital", "5y-capital"),
    ("达晨财智投资了机器人公司。", "达晨财智", "fortune-capital"),
    ("中金资本设立新基金。", "中金资本", "cicc-capital"),
    ("蓝驰创投投资了具身智能公司。", "蓝驰创投", "bluerun-china"),
    ("北极光创投参与融资。", "北极光创投", "northern-light-vc"),
    ("GSR Ventures led the round.", "GSR Ventures", "gsr-ventures"),
    ("顺为资本投资了机器人企业。", "顺为资本", "shunwei"),
    ("Lenovo Capital joined the round.", "Lenovo Capital", "lenovo-capital"),
    ("高瓴创投领投了芯片公司。", "高瓴创投", "gl-ventures"),
    ("Primavera Capital led the deal.", "Primavera Capital", "primavera"),
    ("博裕资本收购股份。", "博裕资本", "boyu"),
    ("Hony Capital invested in the firm.", "Hony Capital", "hony-capital"),
    ("中科创星领投硬科技企业。", "中科创星", "casstar"),
    ("险峰长青参与天使轮。", "险峰长青", "k2vc"),
    ("毅达资本投资了新能源企业。", "毅达资本", "addor-capital"),
    ("国家开发投资集团旗下国投创业领投。", "国投创业", "sdic-venture"),
    ("国家人工智能产业投资基金出资。", "国家人工智能产业投资基金", "national-ai-fund"),
    ("国家制造业转型升级基金参与融资。", "国家制造业转型升级基金", "national-manufacturing-fund"),
    ("中国互联网投资基金入股。", "中国互联网投资基金", "china-internet-investment-fund"),
    ("合肥产投投资了新能源企业。", "合肥产投", "hefei-industry-investment"),
    ("合肥建投投资了蔚来。", "合肥建投", "hefei-construction-investment"),
]


@pytest.mark.parametrize(("text", "mention", "key"),
                         PROVINCIAL + MUNICIPAL + CCPIT + ZONES_AND_COMMITTEES + UNIVERSITIES
                         + INSTITUTES_AND_ASSOCIATIONS + INVESTORS)
def test_expected_bodies_are_found_and_linked(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, key that must not be found): a left-out short form, another body's name, or a
# generic body name with no place before it
NOT_THERE = [
    ("广东充电联盟发布数据。", "evcipa"),  # a province's alliance: only 中国充电联盟 is held
    ("江苏省制造业转型升级基金成立。", "national-manufacturing-fund"),
    ("华南理工研究团队发布成果。", "njust"),  # no 南理工 alias
    ("东北师大与韩国高校合作。", "bnu"),  # no 北师大 alias
    ("河北工大与企业合作。", "bjut"),  # no 北工大 alias
    ("长春高新发布年度财报。", "changchun-hitech"),  # the listed company
    ("中国西电集团中标。", "xidian"),  # no 西电 alias
    ("南航航班延误。", "nuaa"),  # China Southern Airlines
    ("Soochow University in Taipei signed an MOU.", "soochow-university-cn"),  # 東吳大學
    ("BlueRun Ventures invested in a US startup.", "bluerun-china"),  # the US firm
    ("The CIPS payment system processed more yuan.", "cips-cn"),
    ("CAA approved the flight.", "caa-cn"),
    ("光谷企业数量增长。", "wuhan-donghu-admin"),  # the place, not its committee
    ("烟台开发区引进韩国项目。", "yantai-etdz-admin"),  # the zone (a place), not its committee
    ("高新区管委会负责招商。", "yantai-hitech-admin"),  # whose zone is not said
    ("省发改委发布通知。", "hunan-drc"),
    ("该省贸促会组织企业参展。", "ccpit-guangdong"),
    ("苏州大学生创业大赛开幕。", "soochow-university-cn"),  # Suzhou's university students
    ("郑州大学生就业率提高。", "zzu"),
]


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_names_are_not_found_where_they_are_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()


def test_a_zone_held_as_a_place_keeps_its_committee_apart():
    """A committee of a zone that places/cn.yaml holds points to that place, and is no zone itself."""
    from gyoryu.directory.bundled import read_bundle

    b = read_bundle()
    places = {p["key"] for _src, p in b.places}
    local = [o for src, o in b.orgs if src.endswith("cn_local.yaml")]
    committees = {o["key"]: o for o in local if o["key"].endswith("-admin")}
    assert committees["yantai-etdz-admin"]["clusters"] == ["cn-yantai-etdz"]
    assert committees["wuhan-donghu-admin"]["clusters"] == ["cn-wuhan-optics-valley"]
    for o in committees.values():
        assert o["kind"] == "government"
        assert all(c in places for c in o.get("clusters", []))
    zone_names = {name for o in local if o["kind"] == "cluster" for name in o["names"].values()}
    place_names = {name for _src, p in b.places for name in (p.get("names") or {}).values()}
    assert not zone_names & place_names
