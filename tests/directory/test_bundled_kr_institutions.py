"""Korean institutions of kr_institutions.yaml as Korea–China AI-industry news names them: the
research institutes still missing (KBSI, KATECH, KOPTI, the nano fabs, the NRC's policy institutes,
the Assembly's research offices, think tanks), the agencies and associations of the digital and
industry field (무역안보관리원, TIPA, TTA, KISIA, 한국인공지능산업협회 …), regional bodies (the Ulsan
free economic zone authority, regional content agencies, the land and development corporations),
universities and their short forms, the hospitals that work on medical AI, Korean missions abroad
and partner countries' embassies in Seoul, minor parties and Assembly committees. Each is found and
linked from the scripts the press writes it in.

Left out on purpose (see the file's header) and checked here: short forms that are other words once
spaces fold away (울산대교, 한남대교, 목포대교, 창원대로, '영남 대표', '동서 대립', '동의 대상'), the bare
무역위원회 inside the US ITC's 국제무역위원회, committees of city councils and North Korea's 국방위원회,
another body's acronym (NIMS, AIIA, KEA), 인공지능산업협회 (another association than
한국인공지능산업협회), and 东亚大学 as 'East Asian universities'. The Assembly committees' clipped
forms 산자위, 법사위, 정무위, 기재위 and 환노위 are held but the reader does not find them alone, so
they are probed only with 국회 before them (국회 산자위, 국회 기재위)."""

import pytest

from tests.directory.conftest import linked as _linked

# (probe sentence, mention, key): sentences written for these tests
RESEARCH = [
    ("한국기초과학지원연구원은 새 분석 장비를 들여왔다.", "한국기초과학지원연구원", "kbsi"),
    ("KBSI opened a new analysis centre.", "KBSI", "kbsi"),
    ("韩国基础科学支援研究院与中方签署协议。", "韩国基础科学支援研究院", "kbsi"),
    ("안전성평가연구소는 독성 시험 결과를 내놓았다.", "안전성평가연구소", "kitox"),
    ("국가녹색기술연구소는 탄소중립 보고서를 냈다.", "국가녹색기술연구소", "nigt"),
    ("녹색기술센터는 개도국과 협력했다.", "녹색기술센터", "nigt"),  # its former name
    ("선박해양플랜트연구소는 자율운항 선박을 시험했다.", "선박해양플랜트연구소", "kriso"),
    ("KRISO tested an autonomous ship.", "KRISO", "kriso"),
    ("한국뇌연구원은 뇌과학 성과를 알렸다.", "한국뇌연구원", "kbri"),
    ("나노종합기술원은 반도체 공정 지원을 늘린다.", "나노종합기술원", "nnfc"),
    ("NNFC expanded its 12-inch fab.", "NNFC", "nnfc"),
    ("한국나노기술원은 화합물 반도체 기업을 돕는다.", "한국나노기술원", "kanc"),
    ("한국자동차연구원은 자율주행 실증을 진행했다.", "한국자동차연구원", "katech"),
    ("KATECH signed an MOU with a Chinese firm.", "KATECH", "katech"),
    ("韩国汽车研究院与中国企业合作。", "韩国汽车研究院", "katech"),
    ("한국광기술원은 라이다 기술을 개발했다.", "한국광기술원", "kopti"),
    ("한국세라믹기술원은 소재 연구를 한다.", "한국세라믹기술원", "kicet"),
    ("한국화학융합시험연구원은 중국 인증기관과 협약했다.", "한국화학융합시험연구원", "ktr"),
    ("한국에너지기술평가원은 배터리 과제를 공고했다.", "한국에너지기술평가원", "ketep"),
    ("KETEP announced new battery projects.", "KETEP", "ketep"),
    ("차세대융합기술연구원은 자율주행 연구를 한다.", "차세대융합기술연구원", "aict"),
    ("국방과학연구소는 무인기 시험을 했다.", "국방과학연구소", "add-kr"),
    ("국가정보자원관리원 화재로 정부 전산망이 멈췄다.", "국가정보자원관리원", "nirs-kr"),
    ("경제인문사회연구회는 기관 평가를 했다.", "경제인문사회연구회", "nrc-kr"),
    ("에너지경제연구원은 전력 수요를 전망했다.", "에너지경제연구원", "keei"),
    ("KEEI forecast power demand.", "KEEI", "keei"),
    ("한국교통연구원은 자율주행 정책을 연구한다.", "한국교통연구원", "koti"),
    ("국토연구원은 스마트시티 보고서를 냈다.", "국토연구원", "krihs"),
    ("韩国教育开发院发布报告。", "韩国教育开发院", "kedi"),
    ("국립외교원은 중국 전문가 세미나를 열었다.", "국립외교원", "knda"),
    ("아산정책연구원은 한중관계 여론조사를 내놓았다.", "아산정책연구원", "asan-institute"),
    ("The Asan Institute for Policy Studies released a poll.", "The Asan Institute for Policy Studies",
     "asan-institute"),
    ("峨山政策研究院发布民调。", "峨山政策研究院", "asan-institute"),
    ("세종연구소는 중국 전문가를 초청했다.", "세종연구소", "sejong-institute"),
    ("국회입법조사처는 AI 기본법 보고서를 냈다.", "국회입법조사처", "nars"),
    ("국회예산정책처는 예산안을 분석했다.", "국회예산정책처", "nabo"),
]

AGENCIES_ASSOCIATIONS = [
    ("무역안보관리원은 전략물자 판정을 한다.", "무역안보관리원", "kosti"),
    ("전략물자관리원은 수출통제 교육을 했다.", "전략물자관리원", "kosti"),  # its former name
    ("산업부 무역위원회는 반덤핑 관세를 권고했다.", "산업부 무역위원회", "korea-trade-commission"),
    ("중소기업기술정보진흥원은 R&D 과제를 공고했다.", "중소기업기술정보진흥원", "tipa"),
    ("국토교통과학기술진흥원은 자율주행 과제를 골랐다.", "국토교통과학기술진흥원", "kaia-kr"),
    ("한국에너지공단은 보조금을 지급한다.", "한국에너지공단", "korea-energy-agency"),
    ("한국디자인진흥원은 중국 디자인 센터와 협약했다.", "한국디자인진흥원", "kidp"),
    ("한국정보통신기술협회는 AI 신뢰성 인증을 한다.", "한국정보통신기술협회", "tta"),
    ("TTA certified the AI model.", "TTA", "tta"),
    ("한국전파진흥협회는 전시회를 열었다.", "한국전파진흥협회", "rapa"),
    ("한국정보보호산업협회는 보안 기업을 지원한다.", "한국정보보호산업협회", "kisia"),
    ("KISIA held a security conference.", "KISIA", "kisia"),
    ("한국산업기술보호협회는 기술 유출 예방 교육을 했다.", "한국산업기술보호협회", "kaits"),
    ("한국메타버스산업협회는 포럼을 열었다.", "한국메타버스산업협회", "k-meta"),
    ("한국블록체인협회는 자율규제안을 내놓았다.", "한국블록체인협회", "korea-blockchain-association"),
    ("한국방위산업진흥회는 방산 수출을 지원한다.", "한국방위산업진흥회", "kdia-defense"),
    ("한국반도체연구조합은 연구 과제를 지원한다.", "한국반도체연구조합", "semiconductor-research-consortium-kr"),
    ("한국인공지능산업협회는 AI 기업을 지원한다.", "한국인공지능산업협회", "aiia-kr"),
    ("지능정보산업협회는 정기총회를 열었다.", "지능정보산업협회", "aiia-kr"),  # its former name
    ("한국액셀러레이터협회는 창업 지원을 한다.", "한국액셀러레이터협회", "korea-accelerator-association"),
    ("한국태양광산업협회는 중국산 모듈을 우려했다.", "한국태양광산업협회", "kopia"),
    ("디지털플랫폼정부위원회는 AI 정부 계획을 내놓았다.", "디지털플랫폼정부위원회", "dpg-committee"),
    ("국가첨단전략산업위원회는 반도체 특화단지를 지정했다.", "국가첨단전략산업위원회",
     "strategic-industries-committee-kr"),
]

REGIONAL = [
    ("포항창조경제혁신센터는 스타트업을 모집한다.", "포항창조경제혁신센터", "pohang-ccei"),
    ("울산경제자유구역청은 수소 기업을 유치했다.", "울산경제자유구역청", "ufez"),
    ("울산경자청은 투자 설명회를 열었다.", "울산경자청", "ufez"),
    ("UFEZ attracted a hydrogen firm.", "UFEZ", "ufez"),
    ("울산경제일자리진흥원은 수출 상담회를 열었다.", "울산경제일자리진흥원", "ulsan-economic-promotion-agency"),
    ("충남정보문화산업진흥원은 게임 기업을 지원한다.", "충남정보문화산업진흥원", "chungnam-culture-industry-agency"),
    ("전북콘텐츠융합진흥원은 웹툰 작가를 모집한다.", "전북콘텐츠융합진흥원", "jeonbuk-content-agency"),
    ("경북콘텐츠진흥원은 메타버스 사업을 추진한다.", "경북콘텐츠진흥원", "gyeongbuk-content-agency"),
    ("한국토지주택공사는 반도체 산단 부지를 조성한다.", "한국토지주택공사", "lh-corp"),
    ("LH공사는 용인 국가산단 사업을 맡았다.", "LH공사", "lh-corp"),
    ("SH공사는 임대주택을 공급한다.", "SH공사", "sh-corp"),
    ("경기주택도시공사는 테크노밸리를 조성했다.", "경기주택도시공사", "gh-corp"),
    ("GH공사는 경기도 산업단지를 개발한다.", "GH공사", "gh-corp"),
    ("iH공사는 검단신도시를 개발한다.", "iH공사", "ih-corp"),
    ("부산도시공사는 에코델타 스마트시티를 조성한다.", "부산도시공사", "busan-metropolitan-corporation"),
    ("대구도시개발공사는 제2국가산단을 추진한다.", "대구도시개발공사", "daegu-urban-development-corporation"),
    ("광주도시공사는 AI 집적단지 부지를 조성한다.", "광주도시공사", "gwangju-urban-corporation"),
    ("충북개발공사는 오송 산단을 개발한다.", "충북개발공사", "chungbuk-development-corporation"),
    ("새만금개발공사는 이차전지 기업을 유치했다.", "새만금개발공사", "saemangeum-development-corporation"),
]

UNIVERSITIES = [
    ("과학기술연합대학원대학교는 학위 수여식을 열었다.", "과학기술연합대학원대학교", "ust-kr"),
    ("한국에너지공과대학교는 배터리 연구센터를 열었다.", "한국에너지공과대학교", "kentech"),
    ("켄텍은 전력 연구를 한다.", "켄텍", "kentech"),
    ("KENTECH opened a battery lab.", "KENTECH", "kentech"),
    ("KDI국제정책대학원은 개도국 공무원을 교육한다.", "KDI국제정책대학원", "kdi-school"),
    ("KDI School trained officials.", "KDI School", "kdi-school"),
    ("금오공대 연구팀은 반도체 소자를 개발했다.", "금오공대", "kumoh"),
    ("Kumoh National Institute of Technology trains chip engineers.", "Kumoh National Institute of Technology",
     "kumoh"),
    ("한국해양대 연구팀은 자율운항 선박을 개발했다.", "한국해양대", "kmou"),
    ("창원대학교 교수가 참석했다.", "창원대학교", "changwon-national-university"),
    ("한국교통대는 철도 AI를 연구한다.", "한국교통대", "ut-korea"),
    ("국립경국대학교는 바이오 인재를 양성한다.", "국립경국대학교", "gknu"),
    ("안동대 연구팀이 백신을 개발했다.", "안동대", "gknu"),  # its former name
    ("숙명여대는 AI 융합전공을 만들었다.", "숙명여대", "sookmyung"),
    ("淑明女子大学与中国大学签署协议。", "淑明女子大学", "sookmyung"),
    ("Sookmyung Women's University signed an MOU.", "Sookmyung Women's University", "sookmyung"),
    ("서울여대는 정보보호 교육을 한다.", "서울여대", "swu-kr"),
    ("상명대는 AI 학과를 신설했다.", "상명대", "sangmyung"),
    ("가톨릭대학교는 의료 AI 연구를 한다.", "가톨릭대학교", "catholic-university-korea"),
    ("대구가톨릭대는 중국 대학과 교류한다.", "대구가톨릭대", "dcu"),
    ("한림대는 AI 교육을 강화한다.", "한림대", "hallym"),
    ("울산대학교는 조선해양 AI를 연구한다.", "울산대학교", "ulsan-university"),
    ("Yeungnam University opened an AI centre.", "Yeungnam University", "yeungnam"),
    ("岭南大学与韩国企业合作。", "岭南大学", "yeungnam"),
    ("계명대는 중국 유학생을 유치한다.", "계명대", "keimyung"),
    ("韩国东亚大学代表团访问上海。", "东亚大学", "donga-university"),
    ("조선대는 광주 AI 사업에 참여한다.", "조선대", "chosun-university"),
    ("韩国朝鲜大学与光州市合作。", "朝鲜大学", "chosun-university"),
    ("우송대는 중국 유학생이 많다.", "우송대", "woosong"),
    ("又松大学招收中国留学生。", "又松大学", "woosong"),
    ("순천향대는 메타버스 입학식을 열었다.", "순천향대", "soonchunhyang"),
    ("호서대는 반도체 인재를 키운다.", "호서대", "hoseo"),
    ("인제대는 의료 AI를 연구한다.", "인제대", "inje"),
    ("동서대학교는 중국 대학과 교류한다.", "동서대학교", "dongseo"),
    ("한동대는 AI 융합 교육을 한다.", "한동대", "handong"),
    ("Handong Global University hosted an event.", "Handong Global University", "handong"),
    ("차의과학대학교는 바이오 연구를 한다.", "차의과학대학교", "cha-university"),
    ("한서대는 드론 교육을 한다.", "한서대", "hanseo"),
]

HOSPITALS = [
    ("서울대병원은 의료 AI를 도입했다.", "서울대병원", "snuh"),
    ("서울대병원 교수가 말했다.", "서울대병원", "snuh"),
    ("SNUH developed an AI model.", "SNUH", "snuh"),
    ("首尔大学医院与中国医院合作。", "首尔大学医院", "snuh"),
    ("분당서울대병원은 디지털 병원을 운영한다.", "분당서울대병원", "snubh"),
    ("연세의료원은 AI 플랫폼을 구축했다.", "연세의료원", "yuhs"),
    ("세브란스병원은 의료 AI를 도입했다.", "세브란스병원", "severance-hospital"),
    ("Severance Hospital adopted an AI tool.", "Severance Hospital", "severance-hospital"),
    ("삼성서울병원은 AI 진단을 시작했다.", "삼성서울병원", "samsung-medical-center"),
    ("Samsung Medical Center used AI.", "Samsung Medical Center", "samsung-medical-center"),
    ("三星首尔医院引进人工智能。", "三星首尔医院", "samsung-medical-center"),
    ("서울아산병원은 의료 AI 기업과 협약했다.", "서울아산병원", "asan-medical-center"),
    ("Asan Medical Center built an AI system.", "Asan Medical Center", "asan-medical-center"),
    ("서울성모병원은 AI 병원을 선언했다.", "서울성모병원", "seoul-st-marys-hospital"),
    ("고려대의료원은 정밀의료 사업을 한다.", "고려대의료원", "korea-university-medicine"),
    ("아주대병원은 의료 데이터를 활용한다.", "아주대병원", "ajou-university-hospital"),
    ("경북대병원은 AI를 도입했다.", "경북대병원", "knuh"),
    ("국립암센터는 AI 진단을 연구한다.", "국립암센터", "ncc-kr"),
]

MISSIONS = [
    ("주베트남대사관은 한국 기업 간담회를 열었다.", "주베트남대사관", "embassy-kr-in-vn"),
    ("주베트남 한국대사관은 설명회를 열었다.", "주베트남 한국대사관", "embassy-kr-in-vn"),
    ("韩国驻越南大使馆举办活动。", "韩国驻越南大使馆", "embassy-kr-in-vn"),
    ("The Korean Embassy in Vietnam hosted a forum.", "Korean Embassy in Vietnam", "embassy-kr-in-vn"),
    ("주호치민총영사관은 행사를 열었다.", "주호치민총영사관", "consulate-kr-ho-chi-minh-city"),
    ("주인도대사관은 행사를 열었다.", "주인도대사관", "embassy-kr-in-in"),
    ("주인니 한국대사관은 행사를 열었다.", "주인니 한국대사관", "embassy-kr-in-id"),
    ("韩国驻印度尼西亚大使馆举办活动。", "韩国驻印度尼西亚大使馆", "embassy-kr-in-id"),
    ("주UAE대사관은 행사를 열었다.", "주UAE대사관", "embassy-kr-in-ae"),
    ("韩国驻阿联酋大使馆举办活动。", "韩国驻阿联酋大使馆", "embassy-kr-in-ae"),
    ("주두바이총영사관은 행사를 열었다.", "주두바이총영사관", "consulate-kr-dubai"),
    ("주사우디대사관은 행사를 열었다.", "주사우디대사관", "embassy-kr-in-sa"),
    ("주독일대사관은 행사를 열었다.", "주독일대사관", "embassy-kr-in-de"),
    ("주프랑크푸르트총영사관은 행사를 열었다.", "주프랑크푸르트총영사관", "consulate-kr-frankfurt"),
    ("주LA총영사관은 행사를 열었다.", "주LA총영사관", "consulate-kr-los-angeles"),
    ("The Korean Consulate General in San Francisco hosted a startup event.",
     "Korean Consulate General in San Francisco", "consulate-kr-san-francisco"),
    ("韩国驻纽约总领事馆举办活动。", "韩国驻纽约总领事馆", "consulate-kr-new-york"),
    ("주오사카총영사관은 행사를 열었다.", "주오사카총영사관", "consulate-kr-osaka"),
    ("주제네바대표부는 WTO 회의에 참석했다.", "주제네바대표부", "mission-kr-geneva"),
    ("주EU대사관은 행사를 열었다.", "주EU대사관", "embassy-kr-to-eu"),
    ("주한베트남대사관은 행사를 열었다.", "주한베트남대사관", "embassy-vn-in-kr"),
    ("越南驻韩国大使馆举办活动。", "越南驻韩国大使馆", "embassy-vn-in-kr"),
    ("주한인도대사관은 행사를 열었다.", "주한인도대사관", "embassy-in-in-kr"),
    ("주한UAE대사관은 행사를 열었다.", "주한UAE대사관", "embassy-ae-in-kr"),
    ("The UAE Embassy in Seoul hosted a reception.", "UAE Embassy in Seoul", "embassy-ae-in-kr"),
    ("沙特驻韩国大使馆举办活动。", "沙特驻韩国大使馆", "embassy-sa-in-kr"),
    ("주한인도네시아대사관은 행사를 열었다.", "주한인도네시아대사관", "embassy-id-in-kr"),
    ("주한독일대사관은 행사를 열었다.", "주한독일대사관", "embassy-de-in-kr"),
    ("The British Embassy Seoul hosted a reception.", "British Embassy Seoul", "embassy-gb-in-kr"),
]

POLITICS = [
    ("기본소득당은 AI 기본소득을 주장했다.", "기본소득당", "basic-income-party"),
    ("사회민주당은 논평을 냈다.", "사회민주당", "social-democratic-party-kr"),
    ("정의당은 플랫폼 노동자 보호를 요구했다.", "정의당", "justice-party-kr"),
    ("국회 산업통상자원중소벤처기업위원회는 반도체 특별법을 심사했다.", "국회 산업통상자원중소벤처기업위원회",
     "assembly-industry-committee"),
    ("국회 산자위는 법안을 의결했다.", "국회 산자위", "assembly-industry-committee"),
    ("국회 재정경제기획위원회는 세법을 심사했다.", "국회 재정경제기획위원회", "assembly-finance-committee"),
    ("국회 기재위는 세법을 심사했다.", "국회 기재위", "assembly-finance-committee"),
    ("정무위원회는 플랫폼법을 논의했다.", "정무위원회", "assembly-national-policy-committee"),
    ("국토위는 자율주행법을 심사했다.", "국토위", "assembly-land-transport-committee"),
    ("행안위는 정부 전산망 마비를 따졌다.", "행안위", "assembly-public-administration-committee"),
    ("기후에너지환경노동위원회는 전력망 법안을 심사했다.", "기후에너지환경노동위원회",
     "assembly-climate-labor-committee"),
    ("농해수위는 해운 법안을 심사했다.", "농해수위", "assembly-agriculture-oceans-committee"),
    ("국회 보건복지위원회는 의료 AI 법안을 논의했다.", "국회 보건복지위원회", "assembly-health-welfare-committee"),
    ("국회 국방위원회는 방산 수출을 논의했다.", "국회 국방위원회", "assembly-defense-committee"),
    ("국회 예결위는 예산안을 심사했다.", "국회 예결위", "assembly-budget-committee"),
]


@pytest.mark.parametrize(("text", "mention", "key"),
                         RESEARCH + AGENCIES_ASSOCIATIONS + REGIONAL + UNIVERSITIES + HOSPITALS + MISSIONS
                         + POLITICS)
def test_expected_bodies_are_found_and_linked(gaz, text, mention, key):
    assert _linked(gaz, text).get(mention) == key


# (probe sentence, key that must not be found): the left-out forms where they are other words
NOT_THERE = [
    ("울산대교 위에서 사고가 났다.", "ulsan-university"),  # the Ulsan Bridge
    ("한남대교 남단에서 정체가 이어졌다.", "hannam"),  # the Hannam Bridge
    ("목포대교 위에서 사고가 났다.", "mokpo-national-university"),
    ("창원대로에서 교통사고가 났다.", "changwon-national-university"),  # Changwon-daero, a road
    ("영남 대표 기업들이 참석했다.", "yeungnam"),  # no 영남대 alias
    ("동서 대립이 심해졌다.", "dongseo"),
    ("동의 대상이 늘었다.", "dongeui"),
    ("대구 대표 기업이 참석했다.", "daegu-university"),
    ("경남 대표단이 중국을 찾았다.", "kyungnam-university"),
    ("청주 대표 기업이 참석했다.", "cheongju-university"),
    ("미국 국제무역위원회는 판정을 내렸다.", "korea-trade-commission"),  # the US ITC
    ("서울시의회 보건복지위원회는 조례를 심사했다.", "assembly-health-welfare-committee"),
    ("시의회 예결위는 추경을 심사했다.", "assembly-budget-committee"),
    ("북한 국방위원회가 성명을 냈다.", "assembly-defense-committee"),
    ("인공지능산업협회는 협약을 체결했다.", "aiia-kr"),  # KAIIA, another association
    ("NIMS developed a new alloy in Japan.", "nims-kr"),  # Japan's materials institute
    ("AIIA published a report on Chinese AI.", "aiia-kr"),  # China's AI industry alliance
    ("The KEA released electronics export data.", "korea-energy-agency"),  # the Korea Electronics Association
    ("东亚大学排名公布。", "donga-university"),  # East Asian universities
    ("朝鲜大学校位于东京。", "chosun-university"),  # Tokyo's Korea University
]


@pytest.mark.parametrize(("text", "key"), NOT_THERE)
def test_names_are_not_found_where_they_are_other_words(gaz, text, key):
    assert key not in _linked(gaz, text).values()
