"""Bodies of the Middle East, Europe, the Americas and Oceania, and international organisations,
that Korean, Chinese and English news about AI, chips, robots, batteries and the digital industry
names (world_west.yaml): Gulf sovereign funds, AI firms and agencies, Israeli and Turkish bodies,
EU bodies, German, French, British, Dutch, Nordic and Swiss ministries, agencies, institutes,
universities and firms, standards and industry bodies, US agencies, the economic development
agencies of the states where Korean firms build plants, US firms, universities and investors not
held before, and Canadian, Latin American and Australian agencies, institutes and miners. Each is
found and linked from the scripts the press writes it in. Forms that are other words, or sit inside
them once the reader folds spaces and scripts, are left out, and the last tests show them staying
unfound: 자이스 across 가자 이스라엘, 默克 in 默克尔 (Merkel), 蔡司 in 蔡司长, 力拓 in 努力拓展,
空客 in 航空客运, 格芯 in 规格芯片, 极星 in 北极星, 优步 in 最优步骤, bare IDC (a data centre), CIFAR
in CIFAR-10, and verb phrases such as 'invest in Canada'."""

import pytest

from tests.directory.conftest import linked as _linked

# (probe sentence, mention, key): sentences written for these tests
MIDDLE_EAST = [
    ("무바달라는 미국 AI 기업에 투자했다.", "무바달라", "mubadala"),
    ("穆巴达拉宣布投资一家芯片公司。", "穆巴达拉", "mubadala"),
    ("Mubadala Investment Company backed the data centre deal.", "Mubadala Investment Company", "mubadala"),
    ("아부다비투자청은 한국 부동산에 투자한다.", "아부다비투자청", "adia"),
    ("阿布扎比投资局增持了亚洲股票。", "阿布扎比投资局", "adia"),
    ("ADIA increased its allocation to Asia.", "ADIA", "adia"),
    ("ADQ signed an agreement with a Korean bank.", "ADQ", "adq"),
    ("阿布扎比投资办公室与韩国企业签约。", "阿布扎比投资办公室", "adio"),
    ("ADIO opened an office in Seoul.", "ADIO", "adio"),
    ("OpenAI, Oracle and MGX joined the Stargate UAE project.", "MGX", "mgx"),
    ("코어42는 아부다비에 AI 클라우드를 구축한다.", "코어42", "core42"),
    ("Core42 will host the new AI cluster.", "Core42", "core42"),
    ("Khazna broke ground on a new data centre in Abu Dhabi.", "Khazna", "khazna"),
    ("아부다비 기술혁신연구소는 팔콘 모델을 공개했다.", "아부다비 기술혁신연구소", "tii-abu-dhabi"),
    ("阿联酋技术创新研究院发布了新的大模型。", "阿联酋技术创新研究院", "tii-abu-dhabi"),
    ("The Technology Innovation Institute released a new Falcon model.", "Technology Innovation Institute",
     "tii-abu-dhabi"),
    ("MBZUAI는 카이스트와 협력한다.", "MBZUAI", "mbzuai"),
    ("허브71은 한국 스타트업을 유치했다.", "허브71", "hub71"),
    ("마스다르는 배터리 저장 사업을 확대했다.", "마스다르", "masdar"),
    ("马斯达尔投资了一个储能项目。", "马斯达尔", "masdar"),
    ("두바이미래재단은 서울에서 포럼을 열었다.", "두바이미래재단", "dubai-future-foundation"),
    ("迪拜国际金融中心吸引了更多金融科技公司。", "迪拜国际金融中心", "difc"),
    ("사우디 국부펀드는 게임사 지분을 늘렸다.", "사우디 국부펀드", "pif"),
    ("沙特公共投资基金与韩国企业签署协议。", "沙特公共投资基金", "pif"),
    ("PIF committed funds to a new AI venture.", "PIF", "pif"),
    ("사우디 데이터인공지능청은 한국 기업과 MOU를 맺었다.", "사우디 데이터인공지능청", "sdaia"),
    ("SDAIA signed an MOU with a Korean telecom company.", "SDAIA", "sdaia"),
    ("沙特数据和人工智能管理局举办了峰会。", "沙特数据和人工智能管理局", "sdaia"),
    ("사우디 투자부 장관이 서울을 방문했다.", "사우디 투자부", "misa"),
    ("네옴 컴퍼니는 한국 건설사와 계약을 맺었다.", "네옴 컴퍼니", "neom"),
    ("킹압둘라과학기술대학교는 한국 대학과 공동연구를 한다.", "킹압둘라과학기술대학교", "kaust"),
    ("阿卜杜拉国王科技大学与韩国高校合作。", "阿卜杜拉国王科技大学", "kaust"),
    ("아람코는 한국 정유사에 투자했다.", "아람코", "saudi-aramco"),
    ("沙特阿美与韩国企业签署了协议。", "沙特阿美", "saudi-aramco"),
    ("카타르투자청은 한국 스타트업에 투자한다.", "카타르투자청", "qia"),
    ("卡塔尔投资局加大对亚洲的投资。", "卡塔尔投资局", "qia"),
    ("이스라엘혁신청은 한국과 공동 R&D를 추진한다.", "이스라엘혁신청", "israel-innovation-authority"),
    ("모빌아이는 새로운 자율주행 칩을 공개했다.", "모빌아이", "mobileye"),
    ("Mobileye unveiled a new driver-assist chip.", "Mobileye", "mobileye"),
    ("以色列理工学院发布了研究成果。", "以色列理工学院", "technion"),
    ("TÜBİTAK signed a research agreement with Korea.", "TÜBİTAK", "tubitak"),
]

EUROPE = [
    ("유럽투자은행은 배터리 공장에 대출했다.", "유럽투자은행", "eib"),
    ("欧洲投资银行为电池工厂提供贷款。", "欧洲投资银行", "eib"),
    ("The EIB approved a loan for a chip plant.", "EIB", "eib"),
    ("欧洲复兴开发银行发布了报告。", "欧洲复兴开发银行", "ebrd"),
    ("독일 연방경제에너지부는 반도체 보조금을 승인했다.", "독일 연방경제에너지부", "de-bmwe"),
    ("德国联邦经济和气候保护部批准了补贴。", "德国联邦经济和气候保护部", "de-bmwe"),
    ("The BMWK approved the subsidy for the fab.", "BMWK", "de-bmwe"),
    ("독일무역투자청은 한국 기업 유치 설명회를 열었다.", "독일무역투자청", "gtai"),
    ("GTAI hosted Korean investors in Berlin.", "GTAI", "gtai"),
    ("德国联邦外贸与投资署发布了报告。", "德国联邦外贸与投资署", "gtai"),
    ("프라운호퍼 IPA는 로봇 연구 결과를 발표했다.", "프라운호퍼 IPA", "fraunhofer-ipa"),
    ("Fraunhofer IIS developed a new audio codec.", "Fraunhofer IIS", "fraunhofer-iis"),
    ("막스플랑크연구소 연구진이 논문을 냈다.", "막스플랑크연구소", "max-planck-society"),
    ("马普学会的科学家发表了论文。", "马普学会", "max-planck-society"),
    ("독일인공지능연구소는 한국 연구소와 협력한다.", "독일인공지능연구소", "dfki"),
    ("DFKI signed an MOU with a Korean institute.", "DFKI", "dfki"),
    ("德国人工智能研究中心与韩国合作。", "德国人工智能研究中心", "dfki"),
    ("뮌헨공대 연구진이 로봇을 개발했다.", "뮌헨공대", "tum"),
    ("慕尼黑工业大学与韩国高校合作。", "慕尼黑工业大学", "tum"),
    ("The Technical University of Munich opened an AI lab.", "Technical University of Munich", "tum"),
    ("The Bavarian State Ministry of Economic Affairs, Regional Development and Energy led a delegation to Seoul.",
     "Bavarian State Ministry of Economic Affairs, Regional Development and Energy", "bavaria-stmwi"),
    ("도이치텔레콤은 AI 데이터센터를 짓는다.", "도이치텔레콤", "deutsche-telekom"),
    ("머크는 반도체 소재 공장을 증설한다.", "머크", "merck-kgaa"),
    ("德国默克在中国扩大半导体材料产能。", "德国默克", "merck-kgaa"),
    ("바스프는 양극재 사업을 확대한다.", "바스프", "basf"),
    ("巴斯夫在湛江投资。", "巴斯夫", "basf"),
    ("쿠카는 새 산업용 로봇을 출시했다.", "쿠카", "kuka"),
    ("KUKA launched a new industrial robot.", "KUKA", "kuka"),
    ("칼자이스는 EUV 광학계를 공급한다.", "칼자이스", "zeiss"),
    ("采埃孚发布了新的线控底盘。", "采埃孚", "zf-friedrichshafen"),
    ("딥엘은 한국어 번역을 개선했다.", "딥엘", "deepl"),
    ("德国机械设备制造业联合会发布了数据。", "德国机械设备制造业联合会", "vdma"),
    ("독일자동차산업협회는 전기차 판매 통계를 냈다.", "독일자동차산업협회", "vda"),
    ("한독상공회의소는 서울에서 포럼을 열었다.", "한독상공회의소", "kgcci"),
    ("비즈니스프랑스는 한국 기업을 초청했다.", "비즈니스프랑스", "business-france"),
    ("Bpifrance invested in a French AI startup.", "Bpifrance", "bpifrance"),
    ("스테이션F에 한국 스타트업 전용관이 생겼다.", "스테이션F", "station-f"),
    ("Inria researchers released an open-source library.", "Inria", "inria"),
    ("法国国家信息与自动化研究所发布了成果。", "法国国家信息与自动化研究所", "inria"),
    ("CNRS와 한국 연구소가 공동연구를 한다.", "CNRS", "cnrs"),
    ("탈레스는 한국 방산업체와 협력한다.", "탈레스", "thales"),
    ("泰雷兹发布了新的安全方案。", "泰雷兹", "thales"),
    ("다쏘시스템은 디지털 트윈 솔루션을 공개했다.", "다쏘시스템", "dassault-systemes"),
    ("达索系统发布了新平台。", "达索系统", "dassault-systemes"),
    ("슈나이더일렉트릭은 스마트팩토리 사업을 늘린다.", "슈나이더일렉트릭", "schneider-electric"),
    ("施耐德电气在无锡设立工厂。", "施耐德电气", "schneider-electric"),
    ("르노는 한국에서 새 차를 출시했다.", "르노", "renault"),
    ("스텔란티스는 삼성SDI와 합작공장을 짓는다.", "스텔란티스", "stellantis"),
    ("에어리퀴드는 반도체용 가스를 공급한다.", "에어리퀴드", "air-liquide"),
    ("한불상공회의소는 채용박람회를 열었다.", "한불상공회의소", "fkcci"),
    ("영국 기업통상부는 한국과 FTA 개선 협상을 했다.", "영국 기업통상부", "uk-dbt"),
    ("The Department for Business and Trade led a mission to Seoul.", "Department for Business and Trade", "uk-dbt"),
    ("Innovate UK funded a Korea–UK project.", "Innovate UK", "innovate-uk"),
    ("앨런튜링연구소는 AI 보고서를 냈다.", "앨런튜링연구소", "alan-turing-institute"),
    ("The Alan Turing Institute published a report.", "The Alan Turing Institute", "alan-turing-institute"),
    ("伦敦大学学院与韩国大学合作。", "伦敦大学学院", "ucl"),
    ("그래프코어는 새 AI 칩을 공개했다.", "그래프코어", "graphcore"),
    ("Wayve tested its cars in Tokyo.", "Wayve", "wayve"),
    ("보다폰은 6G 시험망을 구축했다.", "보다폰", "vodafone"),
    ("沃达丰与华为合作。", "沃达丰", "vodafone"),
    ("옴디아에 따르면 OLED 출하량이 늘었다.", "옴디아", "omdia"),
    ("According to Canalys, smartphone shipments rose.", "Canalys", "canalys"),
    ("TNO와 한국 연구소가 협약을 맺었다.", "TNO", "tno"),
    ("필립스는 헬스케어 AI를 선보였다.", "필립스", "philips"),
    ("飞利浦发布了医疗AI产品。", "飞利浦", "philips"),
    ("델프트공대 연구진이 양자칩을 개발했다.", "델프트공대", "tu-delft"),
    ("아인트호벤공대는 ASML과 협력한다.", "아인트호벤공대", "tu-eindhoven"),
    ("ASM International reported strong orders.", "ASM International", "asm-international"),
    ("유미코아는 천안 공장을 증설했다.", "유미코아", "umicore"),
    ("비즈니스핀란드는 한국 기업을 초청했다.", "비즈니스핀란드", "business-finland"),
    ("볼보자동차는 새 전기차를 공개했다.", "볼보자동차", "volvo-cars"),
    ("沃尔沃汽车发布了新车。", "沃尔沃汽车", "volvo-cars"),
    ("노스볼트는 파산을 신청했다.", "노스볼트", "northvolt"),
    ("텔레포니카는 오픈랜을 도입했다.", "텔레포니카", "telefonica"),
    ("로잔연방공대 연구진이 논문을 냈다.", "로잔연방공대", "epfl"),
    ("EPFL researchers built a new robot.", "EPFL", "epfl"),
    ("洛桑联邦理工学院发布了研究成果。", "洛桑联邦理工学院", "epfl"),
    ("IMD 국가경쟁력 순위에서 한국이 상승했다.", "IMD", "imd-business-school"),
]

INTERNATIONAL = [
    ("한-아세안센터는 서울에서 투자 설명회를 열었다.", "한-아세안센터", "asean-korea-centre"),
    ("The ASEAN-Korea Centre hosted a trade fair.", "ASEAN-Korea Centre", "asean-korea-centre"),
    ("국제로봇연맹에 따르면 한국의 로봇 밀도가 가장 높다.", "국제로봇연맹", "ifr-robotics"),
    ("国际机器人联合会发布了年度报告。", "国际机器人联合会", "ifr-robotics"),
    ("The International Federation of Robotics published its annual report.",
     "International Federation of Robotics", "ifr-robotics"),
    ("JEDEC published the HBM4 standard.", "JEDEC", "jedec"),
    ("국제반도체표준협의기구는 새 표준을 확정했다.", "국제반도체표준협의기구", "jedec"),
    ("3GPP froze the first 6G specifications.", "3GPP", "3gpp"),
    ("The O-RAN Alliance released new specifications.", "O-RAN Alliance", "o-ran-alliance"),
    ("RISC-V International added new members.", "RISC-V International", "risc-v-international"),
    ("MLCommons released new benchmark results.", "MLCommons", "mlcommons"),
    ("리눅스재단은 오픈소스 AI 프로젝트를 출범했다.", "리눅스재단", "linux-foundation"),
    ("미국소비자기술협회는 CES 혁신상을 발표했다.", "미국소비자기술협회", "consumer-technology-association"),
    ("The Consumer Technology Association announced the CES awards.",
     "Consumer Technology Association", "consumer-technology-association"),
    ("미주개발은행은 중남미 디지털 사업에 투자한다.", "미주개발은행", "iadb"),
    ("세계관세기구 사무총장이 방한했다.", "세계관세기구", "wco"),
    ("GPAI members met in Paris.", "GPAI", "gpai"),
]

AMERICAS_AND_OCEANIA = [
    ("셀렉트USA 투자 서밋에 한국 기업이 참가했다.", "셀렉트USA", "selectusa"),
    ("SelectUSA brought Korean firms to Washington.", "SelectUSA", "selectusa"),
    ("미국 국제무역위원회는 특허 침해를 인정했다.", "미국 국제무역위원회", "usitc"),
    ("美国国际贸易委员会作出了裁决。", "美国国际贸易委员会", "usitc"),
    ("The USITC issued a final determination.", "USITC", "usitc"),
    ("미국 특허상표청은 새 심사 기준을 발표했다.", "미국 특허상표청", "uspto"),
    ("The USPTO issued new guidance on AI inventions.", "USPTO", "uspto"),
    ("미국 식품의약국은 AI 의료기기를 승인했다.", "미국 식품의약국", "us-fda"),
    ("The FDA cleared an AI imaging device.", "FDA", "us-fda"),
    ("美国国家公路交通安全管理局展开调查。", "国家公路交通安全管理局", "nhtsa"),
    ("NHTSA opened an investigation into the robotaxi.", "NHTSA", "nhtsa"),
    ("CAISI evaluated the new model.", "CAISI", "caisi"),
    ("조지아주 경제개발부는 한국 기업 투자를 환영했다.", "조지아주 경제개발부", "georgia-ecd"),
    ("The Arizona Commerce Authority welcomed the investment.", "Arizona Commerce Authority",
     "arizona-commerce-authority"),
    ("JobsOhio announced the new battery plant.", "JobsOhio", "jobsohio"),
    ("The Michigan Economic Development Corporation approved the grant.",
     "Michigan Economic Development Corporation", "medc"),
    ("The Indiana Economic Development Corporation offered incentives.",
     "Indiana Economic Development Corporation", "iedc"),
    ("xAI raised new funding for Grok.", "xAI", "xai"),
    ("스페이스X는 위성을 발사했다.", "스페이스X", "spacex"),
    ("안두릴은 한국 방산업체와 협력한다.", "안두릴", "anduril"),
    ("Anduril Industries opened a factory in Ohio.", "Anduril Industries", "anduril"),
    ("스킬드AI는 로봇 파운데이션 모델을 공개했다.", "스킬드AI", "skild-ai"),
    ("우버는 로보택시 서비스를 확대한다.", "우버", "uber"),
    ("서비스나우는 AI 에이전트를 출시했다.", "서비스나우", "servicenow"),
    ("글로벌파운드리스는 뉴욕 공장을 증설한다.", "글로벌파운드리스", "globalfoundries"),
    ("格罗方德宣布扩产。", "格罗方德", "globalfoundries"),
    ("앰코테크놀로지는 애리조나에 패키징 공장을 짓는다.", "앰코테크놀로지", "amkor"),
    ("울프스피드는 구조조정에 들어갔다.", "울프스피드", "wolfspeed"),
    ("코닝은 유리기판 사업을 확대한다.", "코닝", "corning"),
    ("是德科技发布了6G测试方案。", "是德科技", "keysight"),
    ("테라다인은 반도체 테스트 장비를 공급한다.", "테라다인", "teradyne"),
    ("사이파이브는 RISC-V 코어를 공개했다.", "사이파이브", "sifive"),
    ("에퀴닉스는 서울에 데이터센터를 연다.", "에퀴닉스", "equinix"),
    ("버티브는 액체냉각 솔루션을 공개했다.", "버티브", "vertiv"),
    ("하니웰은 양자컴퓨터 사업을 분사한다.", "하니웰", "honeywell"),
    ("霍尼韦尔发布了新产品。", "霍尼韦尔", "honeywell"),
    ("제너럴모터스는 LG에너지솔루션과 합작공장을 운영한다.", "제너럴모터스", "general-motors"),
    ("通用汽车与LG新能源合作。", "通用汽车", "general-motors"),
    ("포드는 SK온과 배터리 합작사를 세웠다.", "포드", "ford"),
    ("Ford Motor Company delayed its EV plans.", "Ford Motor Company", "ford"),
    ("福特汽车推迟了电动车计划。", "福特汽车", "ford"),
    ("리비안은 새 전기 SUV를 공개했다.", "리비안", "rivian"),
    ("얼티엄셀즈는 오하이오 공장을 가동했다.", "얼티엄셀즈", "ultium-cells"),
    ("블루오벌SK는 켄터키 공장을 가동했다.", "블루오벌SK", "blueoval-sk"),
    ("스타플러스에너지는 인디애나에 공장을 짓는다.", "스타플러스에너지", "starplus-energy"),
    ("하만은 차량용 오디오를 공급한다.", "하만", "harman"),
    ("모셔널은 로보택시 운행을 재개한다.", "모셔널", "motional"),
    ("앨버말은 리튬 생산을 줄였다.", "앨버말", "albemarle"),
    ("가트너에 따르면 AI 지출이 늘었다.", "가트너", "gartner"),
    ("高德纳预测AI支出将增长。", "高德纳", "gartner"),
    ("KKR은 한국 데이터센터에 투자했다.", "KKR", "kkr"),
    ("블랙스톤은 데이터센터를 인수했다.", "블랙스톤", "blackstone"),
    ("凯雷投资集团出售了股份。", "凯雷投资集团", "carlyle"),
    ("클라이너퍼킨스는 AI 스타트업에 투자했다.", "클라이너퍼킨스", "kleiner-perkins"),
    ("凯鹏华盈领投了新一轮融资。", "凯鹏华盈", "kleiner-perkins"),
    ("Khosla Ventures led the seed round.", "Khosla Ventures", "khosla-ventures"),
    ("Lightspeed Venture Partners joined the round.", "Lightspeed Venture Partners", "lightspeed-venture-partners"),
    ("Thrive Capital invested in the AI lab.", "Thrive Capital", "thrive-capital"),
    ("老虎环球基金减持了股份。", "老虎环球基金", "tiger-global"),
    ("英特尔资本投资了一家中国芯片公司。", "英特尔资本", "intel-capital"),
    ("퀄컴벤처스는 한국 스타트업에 투자했다.", "퀄컴벤처스", "qualcomm-ventures"),
    ("퍼듀대는 SK하이닉스와 협력한다.", "퍼듀대", "purdue"),
    ("普渡大学与韩国企业合作。", "普渡大学", "purdue"),
    ("UT Austin researchers released a new model.", "UT Austin", "ut-austin"),
    ("미시간대 연구진이 배터리를 개발했다.", "미시간대", "university-of-michigan"),
    ("애리조나주립대는 반도체 인력을 양성한다.", "애리조나주립대", "arizona-state-university"),
    ("벡터연구소는 캐나다 AI 연구를 이끈다.", "벡터연구소", "vector-institute"),
    ("The Vector Institute trained new researchers.", "Vector Institute", "vector-institute"),
    ("Mila researchers published a paper on AI safety.", "Mila", "mila-quebec"),
    ("加拿大国家研究委员会与韩国合作。", "加拿大国家研究委员会", "nrc-canada"),
    ("토론토대 연구진이 AI 칩을 개발했다.", "토론토대", "university-of-toronto"),
    ("多伦多大学与韩国大学签约。", "多伦多大学", "university-of-toronto"),
    ("麦格纳在中国扩大生产。", "麦格纳", "magna"),
    ("브룩필드는 한국 물류센터를 인수했다.", "브룩필드", "brookfield"),
    ("브라질무역투자진흥청은 서울에서 설명회를 열었다.", "브라질무역투자진흥청", "apexbrasil"),
    ("ApexBrasil led a trade mission to Seoul.", "ApexBrasil", "apexbrasil"),
    ("칠레 생산진흥청은 리튬 사업자를 선정했다.", "칠레 생산진흥청", "corfo"),
    ("CORFO selected lithium partners.", "CORFO", "corfo"),
    ("智利生产促进局选定了锂项目合作方。", "智利生产促进局", "corfo"),
    ("코델코는 리튬 합작사를 세웠다.", "코델코", "codelco"),
    ("SQM signed a lithium supply deal.", "SQM", "sqm"),
    ("智利化工矿业公司与中国企业签约。", "智利化工矿业公司", "sqm"),
    ("호주무역투자대표부는 한국 기업을 초청했다.", "호주무역투자대표부", "austrade"),
    ("Austrade hosted a critical minerals forum.", "Austrade", "austrade"),
    ("호주연방과학산업연구기구는 한국과 공동연구를 한다.", "호주연방과학산업연구기구", "csiro"),
    ("CSIRO signed an agreement with a Korean institute.", "CSIRO", "csiro"),
    ("必和必拓与中国钢厂签约。", "必和必拓", "bhp"),
    ("리오틴토는 리튬 기업을 인수했다.", "리오틴토", "rio-tinto"),
    ("力拓集团收购了锂矿公司。", "力拓集团", "rio-tinto"),
    ("필바라미네랄스는 포스코와 합작한다.", "필바라미네랄스", "pilbara-minerals"),
    ("新南威尔士大学与韩国合作。", "新南威尔士大学", "unsw"),
]


@pytest.mark.parametrize(("text", "mention", "key"),
                         MIDDLE_EAST + EUROPE + INTERNATIONAL + AMERICAS_AND_OCEANIA)
def test_expected_bodies_are_found_and_linked(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, key that must not be found): a left-out form where it is another word
NOT_THERE = [
    ("사우디는 '네옴시티' 프로젝트를 추진한다.", "neom"),  # the city project, not the company
    ("가자 이스라엘 전쟁이 이어졌다.", "zeiss"),  # 자이스 across 가자 이스라엘
    ("蔡司长表示将加快审批。", "zeiss"),  # 蔡司 inside 蔡司长 ('Director Cai')
    ("默克尔曾多次访问中国。", "merck-kgaa"),  # 默克 inside 默克尔 (Merkel)
    ("Merck reported strong sales of its cancer drug.", "merck-kgaa"),  # the US Merck & Co.
    ("交通快速发展带动了物流。", "trumpf"),  # 通快 across 交通快速
    ("仓库卡车调度系统上线。", "kuka"),  # 库卡 across 仓库卡车
    ("企业努力拓展海外市场。", "rio-tinto"),  # 力拓 across 努力拓展
    ("国内航空客运量持续增长。", "airbus"),  # 空客 across 航空客运
    ("高规格芯片需求增长。", "globalfoundries"),  # 格芯 across 规格芯片
    ("北极星计划正式启动。", "polestar"),  # 极星 inside 北极星
    ("我们找到了最优步骤。", "uber"),  # 优步 across 最优步骤
    ("她优雅保持着微笑。", "albemarle"),  # 雅保 across 优雅保持
    ("这里环境优美科技企业聚集。", "umicore"),  # 优美科 across 优美 + 科技
    ("提高照顾能力很重要。", "gartner"),  # 顧能 (Taiwan's Gartner) across 照顾能力
    ("许多学生选择美国留学。", "selectusa"),  # 选择美国 is a verb phrase
    ("IDC 사업을 확대한다.", "idc-research"),  # the data-centre word
    ("The model was trained on CIFAR-10.", "cifar"),
    ("Many firms plan to invest in Canada next year.", "invest-in-canada"),
    ("The Baltic Dry Index (BDI) fell again.", "bdi-germany"),
    ("The NRC approved the reactor design.", "nrc-canada"),  # the US Nuclear Regulatory Commission
    ("엔비디아 슈퍼포드를 도입했다.", "ford"),  # 포드 inside 슈퍼포드
    ("우리 두 나라는 협력한다.", "ooredoo"),  # no Korean form of Ooredoo is held
    ("마그나카르타는 영국의 문서다.", "magna"),  # bare 마그나 left out
    ("루시드 드림을 꿨다.", "lucid-group"),  # bare 루시드 left out
    ("Bring a starter kit to the lab.", "kit-karlsruhe"),  # KIT left out
    ("Agile robots move quickly on the floor.", "agile-robots"),
]


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_names_are_not_found_where_they_are_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()


def test_the_volvos_are_told_apart(gaz):
    """Volvo Cars (Geely's) and AB Volvo are two bodies; each is found by its own name."""
    assert _linked(gaz, "볼보자동차와 볼보그룹은 다른 회사다.") == {
        "볼보자동차": "volvo-cars", "볼보그룹": "volvo-group"}
