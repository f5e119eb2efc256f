"""The words that tell an event, per language (`TRIGGERS`), and which of their matches tell an
act of their own (`_hits`): not one told again, quoted as a title, or part of a name. Also
how a sentence is cut into clauses and the Simplified fold Chinese rules read."""

from __future__ import annotations

import re

from gyoryu.intel.enums import EventType
from gyoryu.intel.events.common import _ZH_WITH, KO_DESCRIBED_PARTNER, KO_SUM, ZH_PAIRED_WITH, _lead_in
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
)
from gyoryu.intel.recognise.heads import FAIR_INITIALS, simplified
from gyoryu.intel.segment import inside

# ties between two cities or provinces (sister and friendship cities), a partnership of their
# governments however long it has lasted: 1995년 자매결연을 맺은, 우호협력 관계를 맺고 있다,
# 结为友好省道关系, 缔结友好城市, 締結姊妹市, have been sister provinces since 2003
_KO_TIES = (r"자매\s?(?:결연|도시|우호|관계|교류|지역|성|도|주)|"
            r"우호\s?(?:협력\s?|교류\s?)?(?:도시|성|도|주|관계를?\s?(?:맺|수립|체결|구축|이어|유지))")
_ZH_TIES = (r"友好(?:城市|城|省|州|县|区|省州|省道)|友城|姊妹(?:市|城市|省|州|县|城)|姐妹(?:城市|市|省|州|城)|"
            r"(?:结为|缔结|结成)[^，。；,;]{0,10}?(?:关系|伙伴|联盟|城市)")
_EN_TIES = (r"\bsister[- ](?:cit(?:y|ies)|provinces?|states?|regions?|relationship|ties|-city)\b|"
            r"\bfriendship (?:cit(?:y|ies)|provinces?|ties|relations(?:hip)?)\b|\btwin(?:ned)? (?:cit(?:y|ies)|with)\b")
TIES = re.compile("|".join((_KO_TIES, _ZH_TIES, _EN_TIES)), re.I)
# a cooperation built, strengthened or widened with a named partner (협력 관계를 구축하기로,
# 협력을 강화하기로 했다, 로봇 분야 협력에 나선다): made, not merely talked of; the partner is
# checked as for a bare 협력 (`_with_partner`)
_KO_COOPERATION_MADE = re.compile(
    r"(?:협력|협업)\s?(?:관계|체계|체제|네트워크)를?\s?(?:구축|강화|맺|수립|확대|격상|공고히|다지|다졌|다져|유지|이어)|"
    r"(?:협력|협업)을?\s?(?:강화|확대|심화|본격화)(?:하기로|키로|한다|했다|하고|하며|할|해|하는|하겠)|"
    r"(?:협력|협업)에\s?(?:나선다|나섰다|나서기로|나서|나선|본격\s?나)|"
    r"공동\s?연구(?:를|을)?\s?(?:진행|추진|수행)(?:하기로|키로|한다|했다|하고|하며|할|해)|공동\s?연구에\s?나")
# 与X联合开发, 将与X共同研发: work done jointly with a named partner; 已与X达成初步共识: a
# cooperation agreed in principle, no paper signed
_ZH_JOINT = re.compile(r"(?:联合|共同)(?:开发|研发)|达成了?(?:初步|重要|广泛)?共识")
# 삼성전자와 함께 AI 반도체를 개발: work done together with a partner named right before
_KO_TOGETHER = re.compile(r"함께\s(?:[^\s.,]{1,12}\s){0,3}?(?:공동\s?)?(?:개발|연구|구축|생산|제작)"
                          r"(?:하고|하며|한다|했다|하기로|키로|할|해|에\s?나)")
# A, B, C가 컨소시엄을 구성했다, formed a consortium, 组成联合体: the members partner with each other
_KO_CONSORTIUM = r"컨소시엄[’'\"」]?(?:을|를)?\s?(?:구성|꾸리|꾸려|꾸렸|결성|이뤄|이루)"
_ZH_CONSORTIUM = r"组成[了]?[^，。；,;]{0,8}?(?:联合体|联盟)"
# a joint venture its parents set up (합작법인을 설립, 成立合资公司): their partnership, beside the founding
_KO_JOINT_VENTURE = r"합작\s?(?:법인|회사|사)(?:를|을)?\s?(?:설립|세우|세웠|세운|세워|출범)"
_ZH_JOINT_VENTURE = r"(?:成立|组建|设立|合资成立|合资设立|共同出资设立)了?[^，。；,;]{0,12}?合资(?:公司|企业)"
_EN_CONSORTIUM = (r"(?:form(?:s|ed|ing)?|join(?:s|ed|ing)?|set up|launch(?:es|ed)?) (?:an? |the )?"
                  r"(?:[\w-]+ ){0,2}?consortium")

# a body a firm or a government sets up somewhere (a venue's 会展中心 or 展览中心 is none)
_ZH_UNIT = (r"(?:分公司|子公司|合资公司|法人|办事处|代表处|研究院|研究所|实验室|办公室|总部|"
            r"(?<!会展)(?<!展览)(?<!会议)(?<!国际)中心)")

_FAIRS = "|".join(FAIR_INITIALS)
# a trade fair by its kind or its name, as Korean news writes it: …박람회, …산업대전 (but not 이전,
# 직전, 오전), 모터쇼, 캔톤페어, CES 2026, 세미콘 타이완
_KO_FAIR = (r"(?:박람회|전시회|엑스포|EXPO|Expo|산업전|(?<=[가-힣]{2})(?<![이직사오당])전|모터쇼|오토쇼|에어쇼|페어|"
            r"CES|MWC|IFA|세미콘|SEMICON|컴퓨텍스|COMPUTEX|하노버\s?메세|광교회)"
            r"(?:\s?(?:20)?\d{2})?(?:\s[가-힣A-Za-z]{2,6}(?=[’'\"」]?에))?[’'\"」]?")

# a fair named by its kind alone: the setting of a forum held there, an exhibition only when nothing
# else is told of it (a pavilion or a booth, a firm taking part, is the act shown)
BARE_FAIR = re.compile(r"박람회|엑스포|博览会|展览会|展会|世博会|expo|trade (?:fair|show)", re.I)

# how a signing is done, between its object and its verb: 협정을 각각 체결했다, 협약을 공동으로 맺었다
_KO_SIGNING_ADVERB = r"(?:(?:각각|모두|공동으로|함께|나란히|잇따라|차례로|정식으로|최종)\s*)?"

TRIGGERS: dict[str, list[tuple[EventType, re.Pattern]]] = {
    "ko": [
        (EventType.agreement, re.compile(r"업무협약|협약[’'\"」]?(?:을|도)?\s*" + _KO_SIGNING_ADVERB + r"(?:체결|맺)|"
                                         r"MOU|양해각서|협정을?\s*" + _KO_SIGNING_ADVERB + r"체결|"
                                         r"의향서|LOI|합의(?:했|한|하고|하기로)")),
        (EventType.investment, re.compile(r"투자(?:를|했|한다|하기로|받)|"
                                          # a sum put in, told on the way (…에 70억위안을 투자해 본사를 유치)
                                          + KO_SUM + r"\s?(?:원|달러|위안|유로|엔)[을를]?\s?"
                                          r"(?:투자(?:해|하여|하며)|보태|보탰|들여|투입)|"
                                          # who joins a round or a fund as an investor: 전략적 투자자로
                                          #참여했다, 출자자로 참여, 100억원을 베팅했다
                                          r"(?:전략적\s?|재무적\s?|앵커\s?)?투자자(?:로|로서)\s?(?:참여|합류|나서|나섰)|"
                                          r"출자자(?:로|로서)\s?참여|(?:원|달러|위안)[)）]?[을를]\s?베팅|"
                                          r"투자\s?유치(?!를?\s?(?:지원|돕|도우|위한|위해)|\s?(?:지원|설명회|활동|상담|단|사절단|대표단))|시리즈\s*[A-D]|"
                                          # a stake taken, a round or a sum raised: 지분 20%를 취득, 펀딩을 받았다,
                                          # 자금을 조달했다, 투자금 50억원을 유치, 100억원을 유치했다
                                          r"지분(?:\s?[\d.]+%)?[을를]?\s*(?:인수|취득|매입)|펀딩[을를]?\s?(?:유치|받|완료|마무리|확보)|"
                                          r"자금[을를]?\s?(?:조달|유치)(?:했|하였|한다|하고|해|에\s?성공)|"
                                          r"투자금[을를]?\s?(?:[^\s.]{1,12}\s)?(?:유치|확보|받)|"
                                          r"(?:원|달러|위안)[)）]?[을를]\s?유치(?:했|하였|한다|하고|해|하며)|"
                                          # an investment set out on (투자에 나섰다, 투자키로); a bare 투자하여
                                          # (프로젝트를 발굴하고 투자하여) names no investee
                                          r"투자(?:키로|에\s?나서|에\s?나섰|에\s?나선)|"
                                          r"펀드[’'\"」]?(?:를|을|도)?\s*(?:조성|결성|출자|만들|만든|만드|출범|설립)|(?:조성|결성)한\s*펀드|"
                                          # a contributor's share put into a fund or firm: 500억 원을
                                          # 출자한다, 공동 출자해
                                          r"출자(?:한다|했|하기로|해|하여|하고|할|한|하며|키로)|"
                                          # a sum raised (3억 위안(약 570억원)을 조달했다); the round's
                                          # investors told after it (당시 라운드는 X가 주도했고)
                                          r"(?:원|달러|위안|유로|엔)[)）]?[을를]?\s?조달|"
                                          r"라운드(?:는|에는)\s[^.]{0,60}?(?:주도|참여)|"
                                          # 이번 투자는 X가 주도했고: the round told, then its investors
                                          r"(?:이번|해당)\s?투자(?:는|에는)\s[^.]{0,60}?(?:주도|참여)(?:했|하였|한다|하고|해)")),
        (EventType.founding, re.compile(r"설립(?:됐|되었|했|한다|하고|된|한|할|하기로)|"
                                        r"출범(?:했|한다|시켰|한|할|하기로)|창립|설립\s*$|"
                                        r"법인[^.\n]{0,24}?(?:을|를)\s*(?:세웠|세운|세우|세울|세워)|개소(?:했|한다|식)|현판식|"
                                        # a ceremony that launches or opens a body (‘… 사업단 출범식’을 갖고),
                                        # a park or hall that opened (…로 2009년 5월에 개장했다), a company
                                        # a founder started (… 교수가 창업한 기업이다)
                                        r"(?:출범|개원|개관|창립|발대)식|(?:개장|개관|개원)(?:했|하였|한다)|"
                                        r"창업(?:한|했던)\s?(?:기업|회사|업체|스타트업)(?:이다|이며|으로)|"
                                        # 서울대 연구진이 창업한 온코젠AI는: the company its founders started
                                        r"(?:이|가)\s창업한(?=\s[^\s.]{1,20}(?:은|는|이|가)\s)|"
                                        # a unit opened or set up by name: '…공동연구센터'를 열기로, 지사를 세워
                                        r"(?:센터|사무소|사무실|무역관|대표처|지사|법인|연구소|본부|거점)[’'\"」]?(?:를|을)\s*"
                                        r"(?:새로\s?|새롭게\s|정식\s?|공식\s?|현지에\s)?"
                                        r"(?:열었|열고|열어|열기로|열\s|연다|여는|세웠|세운|세우|세울|세워)|"
                                        # 상하이에 첫 거점을 마련했다: a base or office set up
                                        r"(?:거점|사무소|사무실|지사|법인|대표처)[’'\"」]?(?:를|을)\s?마련(?:했|하였|한다|하고|해|하기로)|"
                                        # a founding agreed or pursued: 공동연구센터 설립에 합의했다, 설립을 추진 중인
                                        r"설립(?:에|을)\s?(?:합의|추진)|"
                                        r"(?:센터|사무소|사무실|지사|법인|거점|연구소)(?:를|을)?\s*(?:설치|개설)|"
                                        r"(?:센터|사무소|지사|법인|연구소|본부|공장)[가-힣]{0,2}\s*문을\s*(?:열었|연다|열고|열어|연)")),
        (EventType.summit, re.compile(r"서밋|정상회의|장관회의|세계인공지능대회|포럼|컨퍼런스|콘퍼런스|"
                                     # ministers' and officials' meetings: 통상장관회담, 한중 경제공동위원회
                                     r"(?:정상|장관|차관|고위급|국장급|실무)\s?회담|공동위원회\s?(?:회의|를|가|에서)|"
                                     # a seminar by its quoted title, not a kind of event listed
                                     r"(?:세미나|심포지엄|라운드테이블)(?=[’'\"」』])|"
                                     # a seminar, symposium or talks held by name (세미나를 개최했다,
                                     # 고위급 전략대화가 열렸다): a gathering of its hosts
                                     r"(?:세미나|심포지엄|워크숍|라운드테이블|학술대회|(?:전략|정책|고위급|경제)\s?대화)"
                                     r"(?:[을를]\s?(?:개최|열|연다|가졌|갖|주최|공동\s?개최)|가\s?(?:열렸|열린|개최))|"
                                     # … 세미나에 참석했다, 세미나에는 X와 Y가 참석했다: the seminar attended
                                     r"(?:세미나|심포지엄|워크숍|학술대회)(?=(?:에는|에도|에)\s?(?:[^.\n]{0,60}?\s)?(?:참석|참가|참여))|"
                                     # 지난달 서울에서 열린 한중 공급망 대화에서 … 뜻을 모았다: talks named as held
                                     r"(?:(?<=열린\s)|(?<=개최된\s))(?:[가-힣A-Za-z0-9·]+\s){0,5}?(?:대화|세미나|심포지엄|워크숍)"
                                     r"(?=에서|에는)")),
        (EventType.visit, re.compile(r"(?:방문|시찰|견학|탐방|참관)(?!단)|찾아|찾았|방중|방한|출장|둘러보|미팅|"
                                     # 본사와 DJI를 찾고: a host gone to (not 방안을 찾고 있다, seeking)
                                     r"(?<![안법회답길로구책요재])[을를]\s?찾(?:고|는다|을\s?예정|으며)(?!\s?있)|"
                                     # 둘러봤다 (보+았 written as one syllable); 면담하고: talks at the host's
                                     r"둘러(?:봤|본|볼)|면담(?:했|하고|하며|하였|을\s?(?:갖|가졌|진행))|"
                                     r"예방(?:했|하고|한|을)|접견(?:했|하고|하며|하였|한)")),
        (EventType.partnership, re.compile(r"파트너십|제휴|손잡|맞손|손을\s?(?:맞)?잡(?:았|고|은|는|기로|아|겠)|"
                                           r"공동\s*개발(?!을?\s?(?:제안|요청|희망|타진))|"
                                           # KDDI와 … 공동 실증에 들어간다: joint work begun with a partner
                                           r"공동\s?(?:실증|연구|생산|평가|시험)(?:에|을|를)?\s?"
                                           r"(?:들어가|들어간|들어갔|착수|나선|나섰|나서기로|돌입)|"
                                           # X를 리셀러 파트너로 선정하고: a partner chosen by name
                                           r"파트너(?:사)?로\s?(?:선정|낙점|지정|삼)|"
                                           r"협력\s?(?:하기로|키로|기회를?\s?(?:검토|모색|논의)|방안을?\s?(?:모색|논의)|사업)|"
                                           r"(?:협력|협업)(?=해|하여|하고|한다|했|하며|하는|할|키로)|"  # X와 협력해
                                           # a supply or joint-work contract signed (공급 계약을 맺었다,
                                           # 계약을 현장에서 체결했다: one word of where or how between)
                                           r"계약(?:\s?\([^)]{0,20}\))?을\s?(?:[가-힣]{1,5}\s)?(?:체결|맺)|"
                                           r"(?:전략적\s?)?동반자\s?관계를?\s?(?:맺|구축|수립|격상)|"
                                           + _KO_COOPERATION_MADE.pattern + "|" + _KO_TOGETHER.pattern + "|"
                                           + _KO_CONSORTIUM + "|" + _KO_JOINT_VENTURE + "|" + _KO_TIES)),
        (EventType.delegation, re.compile(r"대표단|사절단|방문단|시찰단|개척단|투자유치단|의원단|참관단|연수단|교류단|"
                                          # KOTRA는 국내 기업 20개사를 이끌고: the firms a body leads abroad
                                          r"(?:기업|업체|기업인|기관)[^.]{0,12}?(?:\d+\s?(?:개사|곳|명)|여\s?명)[^.]{0,6}?(?:을|를)\s?이끌고")),
        (EventType.exhibition, re.compile(r"한국관|국가관|공동관|통합관|홍보관|전시관|부스를?\s*(?:운영|마련|열)|출품|"
                                          # 단독 부스를 냈다, 부스를 내고: a booth taken at a fair; '부산관'을
                                          # 마련하고: a pavilion named for the region or body that runs it
                                          r"부스를?\s?(?:내고|내어|내며|냈|낸|낼|내기로|내겠)|"
                                          r"[’'\"「][가-힣A-Za-z]{1,8}관[’'\"」][을를]\s?(?:마련|꾸리|꾸려|꾸렸|운영|열|개설|설치)|"
                                          # a fair held by its organisers (…박람회를 개최했다, 산업대전을
                                          # 연다): every trade fair and expo is an exhibition
                                          r"(?:" + _KO_FAIR + r")[을를]\s?"
                                          r"(?:개최|열었|연다|열고|열어|열기로|주최|주관)|"
                                          r"전시[·ㆍ\s]?상담회|"
                                          r"(?:박람회|전시회|엑스포|산업전)에\s*참가|"
                                          r"(?:박람회|전시회|엑스포|산업전|전시관)에서\s[^.]{0,40}?(?=선보)|"
                                          # a fair by its kind or its name (로봇산업대전, 모터쇼, CES 2026, 세미콘
                                          # 타이완): a firm that takes part, shows there or sets up a booth exhibits
                                          r"(?:" + _KO_FAIR + r")에\s?(?:참가|출전|출품|참여)"
                                          r"(?:해|했|하여|하고|한다|하며|할|한)|"
                                          r"(?:" + _KO_FAIR + r")에서\s[^.]{0,40}?(?=선보|공개|전시)|"
                                          r"부스를?\s*(?:차리|차렸|꾸리|꾸렸|설치|개설)|전시(?:했|하였|한다|하고|해|하며)|"
                                          # last, when nothing longer matches: the fair told bare as where or
                                          # what (박람회에는 …이 참가, 엑스포가 개막), not a topic (박람회 협력)
                                          r"(?:박람회|엑스포)(?=[’'\"」]?(?:에서는|에서|에는|에도|에|가|는|를|을|와|과|도)[\s,.])")),
        (EventType.other, re.compile(r"상담회|(?:비즈니스|수출|구매|화상|온라인)\s?상담|"
                                     r"매칭|설명회|오찬|만찬|간담회|기공식|착공식|교류회|로드쇼|밋업|"
                                     r"비즈니스\s*미팅|IR\s*행사|기자회견|브리핑|"
                                     # a startup pitching day: 데모데이를 열었다, IR 피칭 행사
                                     r"데모\s?데이|피칭\s?(?:행사|대회|데이)|해커톤|"
                                     # a reception, a networking evening, a demonstration, a familiarisation tour
                                     r"리셉션|네트워킹\s?(?:행사|데이|세션|파티|나이트)|시연회|팸투어")),
    ],
    "zh": [  # read on the Simplified fold (`_folded`): Traditional text needs no forms of its own
        (EventType.agreement, re.compile(r"签署|签约|签订|合作协议|备忘录|MOU|意向书")),
        (EventType.investment, re.compile(r"投资(?!企业|机构|环境|者|人|方|基金|公司)|融资|领投|跟投|注资|"
                                          # a round raised by its sum: 募资5亿元, 完成A轮募資, 获投数千万元
                                          r"募资|募得|筹得|获投|"
                                          # money spent on it (斥资73亿欧元), an investor joining again (老股东
                                          # 继续追投), the round's investors listed (本轮投资方包括X、Y)
                                          r"斥资|追投|加注|投资方(?=包括|为|是|有|均|还有)|"
                                          # a contributor's share subscribed: 出资5亿元, 认缴10亿元, 入股, 参股
                                          r"出资(?!人|方)|认缴|认购|入股|参股|增资|"
                                          # a fund set up by its makers, as 펀드 결성 and 'set up a fund'
                                          r"(?:发起设立|设立|组建|募集|成立)[^，。；,]{0,16}?基金(?![会])")),
        (EventType.founding, re.compile(r"成立|创立|揭牌|挂牌|开业|开馆|"
                                        r"(?:(?:开设|新设|设立|共建|合建|组建|筹建|共同建立|注册)了?)[^，。；,;的]{0,12}?"
                                        # 签约共建联合实验室: a joint lab built by the signers is founded by them
                                        r"(?:分公司|子公司|合资公司|法人|中心|办事处|代表处|研究院|研究所|实验室|分部|办公室|总部)(?!的)|"
                                        # 韩国子公司落户首尔, 在无锡落户研发中心: a unit that settles in a place
                                        # (a bare 项目落户 is an investment's plant, not a body); 办事处正式开幕
                                        + _ZH_UNIT + r"[^，。；,;]{0,8}?落户|落户[^，。；,;]{0,10}?" + _ZH_UNIT + "|"
                                        + _ZH_UNIT + r"(?:正式|今日|日前|近日)?(?:开幕|启用|开张|揭幕)")),
        (EventType.summit, re.compile(r"峰会|大会|论坛|世博(?!会)|座谈|研讨会|恳谈会|交流会|会晤|会谈|"
                                     # a round table or a dialogue held by officials (中韩经贸对话会, 部长级会议)
                                     r"圆桌会|对话会|(?:部长|副部长|部长级|高层)会议|联席会议|"
                                     # 召开第4次“中韩产业合作对话”: a dialogue named, or counted, is officials' meeting
                                     r"(?:合作|经贸|产业|经济|战略|政策|高层|部长级)对话(?=[」”\"』])|"
                                     r"第[\d一二三四五六七八九十]+(?:次|届|轮)(?:[^，。；,;\s]{0,10})?对话(?!会)")),
        (EventType.visit, re.compile(r"(?:访问|考察|参观|走访|到访|拜访|调研|来访|访华|访韩|前往|会见|接见|"
                                     r"参访|拜会|造访|访台|访美|访日|"
                                     r"莅临|来到)(?!团)|"  # 参访团: the delegation's name
                                     # 赴X参观考察: the place gone to is the one visited
                                     r"(?<![组团赶])赴(?=[^，。；,]{2,30}?(?:参观|考察|访问|调研|走访|参访|交流(?!活动|会|大会|论坛|周)))")),
        (EventType.partnership, re.compile(r"战略合作|携手|合作伙伴|联手|牵手|(?:策略|战略)?结盟|(?:策略|战略)联盟|"
                                           + _ZH_JOINT.pattern + "|"
                                           r"合作(?!协议|备忘录|意向|框架|谅解)|"  # 与X合作: `_with_partner`
                                           + _ZH_CONSORTIUM + "|" + _ZH_JOINT_VENTURE + "|" + _ZH_TIES)),
        (EventType.delegation, re.compile(r"代表团|使团|考察团|访问团|参访团|率团|组团赴|经贸团|商务团|交流团|参观团|"
                                          # 组织20余家企业赴韩, 率领15家初创企业前往首尔: the firms a body takes abroad
                                          r"(?:组织|率领|带领|率)[^，。；,;]{0,20}?(?:企业|企业家|公司|厂商|代表|初创|新创|业者|团队)"
                                          r"[^，。；,;]{0,12}?(?:赴|前往|访问|出访|到访|抵达)|"
                                          # 振兴院组织的15家企业参加对接会: the firms a body brings are its delegation
                                          r"组织的\d+家[^，。；,;]{0,12}?(?:企业|公司|初创|团队)")),
        (EventType.exhibition, re.compile(r"韩国馆|中国馆|国家馆|展区|展台|展位|参展|博览会|展览会|展会|世博会|展销会|"
                                          # 在大会上设展, 布展, 展出新品, 携新品亮相进博会: a firm showing at a fair
                                          r"设展|布展|展出|进博会|广交会|高交会|服贸会|消博会|(?:亮相|登陆)(?=[^，。；,;]{0,20}?"
                                          r"(?:博览会|展会|展览会|进博会|广交会|高交会|服贸会|消博会|CES|MWC|展))")),
        (EventType.other, re.compile(r"对接会|洽谈会|推介会|说明会|发布会|午宴|晚宴|招待会|开工仪式|奠基|"
                                     r"路演|(?:项目|创业)?路演会|黑客松|(?:创业|创新)大赛|"
                                     # a meet-and-greet, an investment-promotion session, one-to-one talks
                                     r"见面会|招商会|酒会|联谊会|一对一(?:洽谈|对接|商谈)")),
    ],
    "en": [
        (EventType.agreement, re.compile(r"\b(?:signed|sign|signs|inked|inks?|inking|memorandums?|MOUs?|agreement|"
                                         r"letter of intent|LOI)\b|"  # A and B agreed to set up a body
                                         r"\bagreed to (?:jointly )?(?:establish|set up|create|launch|form|open|"
                                         r"build|operate)\b", re.I)),
        (EventType.investment, re.compile(r"\b(?:invest|invested|invests|investing|investment in|funding round|raised|"
                                          r"(?:creat(?:e|es|ed|ing|ion of)|set(?:ting)? up|launch(?:es|ed|ing)?"
                                          r"|form(?:s|ed|ing)?|establish(?:es|ed|ing|ment of)?) (?:an? |joint |new )?"
                                          r"(?:(?:US)?\$?[\d.,]+[\s-]?(?:million|billion|trillion|[mb]n)?[\s-]"
                                          r"(?:won |yuan |dollar )?)?"
                                          r"(?:(?:investment|venture|start-?up|co-investment|joint|new|AI|growth) )*"
                                          r"funds?|"
                                          r"led (?:an?|the|its|this) [^.;]{0,40}?round|"
                                          r"attract(?:ed|ing|s)? [^.;]{0,30}investment|"
                                          # the round led by X, investors in the round include X, closed a
                                          # seed round, among its investors: a round and who put money in
                                          r"(?:funding |financing |investment )?round "
                                          r"(?:was |is |were )?(?:co-)?led by|"
                                          r"investors (?:in [^.;]{0,30}? )?include[sd]?|"
                                          r"among (?:the |its |their )?(?:[\w-]+ )?(?:investors|backers|shareholders)|"
                                          r"(?:closed|completed|raised|secured|announced) [^.;]{0,30}?"
                                          r"(?:seed|angel|bridge|pre-IPO) (?:funding |financing )?round|"
                                          # led Upstage's Series B round, participated in the round, joined
                                          # the seed round, backed X with $100 million: money put into a firm
                                          r"led (?:[\w.-]+ ){0,3}?[\w.-]+['’]s? [^.;]{0,40}?round|"
                                          r"(?:participat(?:e|es|ed|ing)|join(?:s|ed|ing)?|"
                                          r"t(?:ake|akes|ook|aking) part)(?: in)? (?:the |its |an? )?"
                                          r"[^.;]{0,30}?(?:funding )?round|"
                                          r"back(?:s|ed)\s[^.;]{0,40}?\bwith\s(?:an?\s)?(?:US)?\$[\d.,]+|"
                                          # money pledged to a fund or taken in a firm: commit $50 million to the
                                          # fund, backed by X, the anchor investor, a Series A led by X, took a stake in
                                          r"commit(?:s|ted|ting)?\s(?:[^.;]|\.(?=\d)){0,40}?\b(?:to|in)(?=\s)|"
                                          r"(?:is|are|was|were|been|be)\s+(?:\w+\s+)?backed by|anchor investors?|"
                                          r"(?:seed|angel|Series [A-F]|pre-Series [A-F])\s(?:funding\s|investment\s)?"
                                          r"(?:round\s)?(?:was\s|is\s|were\s)?(?:co-)?led by|"
                                          r"led (?:an?|the|its) [^.;]{0,40}?Series [A-F]|"
                                          r"(?:t(?:ook|akes?|aking)|acquir(?:ed|es|ing)|b(?:ought|uys|uying)) an? "
                                          r"(?:[\d.]+(?:%|\spercent)\s|minority\s|majority\s|controlling\s)?stake in|"
                                          r"(?:secured|secures|received|receives|closed)\s[^.;]{0,40}?(?:funding|investment)|"
                                          # secured $20 million, a Series A round, an equity investment, poured
                                          # $N into, will spend $45 million on a plant: money put into a firm or a site
                                          r"(?:secured|secures|landed|lands|bagged|netted)\s(?:an?\s)?(?:US)?\$[\d.,]+|"
                                          # secured 1.2 billion won, raised 300 million yuan: a sum in a
                                          # currency written after it
                                          r"(?:secured|secures|landed|lands|bagged|netted|raised|raises)\s"
                                          r"(?:about\s|some\s|nearly\s|over\s|more than\s)?[\d.,]+\s?"
                                          r"(?:million|billion|trillion)?\s(?:won|yuan|yen|euros?|dollars)|"
                                          r"(?:pre-)?Series [A-F]\+? (?:funding|financing|investment|round)|"
                                          r"(?:equity|strategic) investment|"
                                          r"(?:pour|inject)(?:s|ed|ing)?\s(?:(?:US)?\$|USD\s?)[\d.,]+[^.;]{0,30}?\binto|"
                                          # … spend about 30 billion won ($21 million) expanding the centre: a sum in
                                          # a currency after it, its conversion in brackets, what it builds or expands
                                          r"(?:spend|spends|spending|spent)\s"
                                          r"(?:about\s|some\s|nearly\s|over\s|more than\s)?"
                                          r"(?:(?:US)?\$[\d.,]+(?:\s(?:million|billion))?|"
                                          r"[\d.,]+\s?(?:million|billion|trillion)?\s(?:won|yuan|yen|euros?|dollars))"
                                          r"(?:\s\([^)]{1,30}\))?\s"
                                          r"(?:on|to build|to set up|to expand|to open|building|expanding|setting up|"
                                          r"opening)(?=\s))\b",
                                          re.I)),
        (EventType.founding, re.compile(r"\b(?:founded|established|launched|set up|"
                                        # will establish a joint research centre, plans to launch an institute
                                        r"(?:establish(?:es)?|launch(?:es)?|found)\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
                                        r"(?:office|centre|center|branch|subsidiary|lab|laboratory|institute|company|venture|hub)|"
                                        r"(?:open(?:ed|s)?|inaugurat(?:ed|es))\s+(?:an?|its|their|the)\s+(?:(?!data\b)[\w&-]+\s+){0,3}?"
                                        r"(?:office|centre|center|"
                                        r"branch|subsidiary|lab|laboratory|institute|headquarters|hub)s?|"
                                        # the Korea-China AI Center was inaugurated: the unit opened
                                        r"(?:Office|Centre|Center|Lab|Laboratory|Institute|Hub)\s+"
                                        r"(?:was|were|has been|is)\s+"
                                        r"(?:officially\s+|formally\s+)?(?:inaugurated|opened))\b", re.I)),
        (EventType.summit, re.compile(r"\b(?:summit|conference|forum|seminar|symposium|gathering|webinar|"
                                     r"round-?table|"
                                     r"(?:cooperation|strategic|economic|policy|high-level|industrial) dialogue)\b|"
                                     # officials' meetings: the joint committee meeting, ministerial talks
                                     r"\b(?:joint committee|ministerial|vice-ministerial)\s"
                                     r"(?:meeting|talks|dialogue)s?\b|"
                                     r"\b(?-i:Dialogue|Roundtable|Round Table)\b", re.I)),
        (EventType.visit, re.compile(r"\b(?:visit(?:ed|s|ing)?|toured|met(?: with)?|tour of|trip to)\b|"
                                     # a stop on a delegation's itinerary: stopped at X, called on X
                                     r"\b(?:stopp(?:ed|ing) (?:at|by)|stops? at|call(?:ed|ing) on|"
                                     # traveled to Beijing to meet X, will meet with X: a meeting gone to
                                     r"(?:to|will|would) meet(?: with)?|meets with|"
                                     r"dropp(?:ed|ing) by)\b|"
                                     # KOTRA will take participants to X: the organiser's tour of X
                                     r"\b(?:take|takes|took|taking|bring|brings|brought)\s+(?:the\s+|its\s+)?"
                                     r"(?:participants|delegates|participating (?:companies|firms))\s+to\b|"
                                     # hosted a delegation from X: X visits its host
                                     r"\b(?:host(?:ed|s)?|welcom(?:ed|es)|receiv(?:ed|es))\s+(?:an?|the)\s+"
                                     r"(?:[\w-]+\s+){0,3}?(?:delegation|mission)\b", re.I)),
        (EventType.partnership, re.compile(r"\b(?:partnership|partnered|partner(?:s|ing)? with|team(?:s|ed|ing)? up"
                                           r"|collaborat(?:e|es|ed|ing|ion)|joint venture|join(?:s|ed|ing)? hands"
                                           r"|cooperat(?:e|es|ed|ing|ion) with|tie-up|alliance with"
                                           # agreed to cooperate, will work together, forged ties,
                                           # deepen cooperation: a cooperation made, no paper signed
                                           r"|agree(?:d|s)? to (?:jointly |closely )?cooperate"
                                           r"|join(?:s|ed|ing)? forces|(?:tie|ties|tied|tying) up with"
                                           r"|(?:has|have|had) been working (?:closely )?with"
                                           r"|form(?:s|ed|ing)? (?:an? |a strategic )?alliance"
                                           r"|(?:jointly develop|co-develop)(?:s|ed|ing)?"
                                           # agreed to co-run an incubator, launched a dual-degree programme:
                                           # joint work two bodies run, no paper signed
                                           r"|(?:agree(?:d|s)? to )?co-(?:run|operate|organi[sz]e|manage)"
                                           r"|launch(?:es|ed|ing)? an? (?:joint|dual-degree|double-degree|exchange|"
                                           r"co-[\w]+) (?:[\w-]+ ){0,2}?program(?:me)?s?"
                                           # is in talks with X: a collaboration under discussion
                                           r"|(?:is|are|was|were) in (?:talks|discussions) with"
                                           r"|work(?:s|ed|ing)? (?:closely )?together"
                                           r"|forg(?:e|es|ed|ing) (?:\w+ ){0,2}?"
                                           r"(?:ties|partnership|alliance|relationship)"
                                           r"|(?:expand|deepen|strengthen|broaden|boost)(?:s|ed|ing)? (?:\w+ ){0,3}?"
                                           r"(?:cooperation|collaboration|ties|partnership)|" + _EN_CONSORTIUM +
                                           r")\b|" + _EN_TIES, re.I)),
        (EventType.delegation, re.compile(r"\b(?:delegation|trade mission|investment mission|business mission|"
                                          r"study tour)\b|"
                                          # led a group of more than 60 Korean executives to the fair
                                          r"\bled an? (?:[\w-]+ ){0,2}?(?:group|team|contingent) of\b|"
                                          r"\brepresentatives (?=(?:visited|toured|travell?ed to)\b)", re.I)),
        (EventType.exhibition, re.compile(r"\b(?:pavilions?|booths?|exhibited|exhibitors?|trade (?:fair|show)|expo)\b|"
                                          # a fair held or opened by its organisers (hosted the Busan Robot Fair)
                                          r"\b(?:held|hosts?|hosted|holds|organi[sz](?:es|ed)|opened|opens)\s+(?:the\s+)?"
                                          r"[^.;]{0,60}?(?-i:\b(?:Expo|Fair|Exhibition|" + _FAIRS + r")\b)|"
                                          # firms taking part in a fair, as 박람회에 참가: an exhibition
                                          r"\b(?:join(?:s|ed|ing)?|participat(?:e|es|ed|ing) in|"
                                          r"t(?:ake|akes|ook|aking) part in)\s+(?:the\s+)?[^.;]{0,60}?"
                                          r"\b(?:Expo|Fair|Exhibition|Show)\b|"
                                          r"\b(?:showcas(?:e|ed|es|ing)|display(?:ed|s|ing)|unveil(?:ed|s|ing))\b"
                                          r"(?=[^.;]{0,80}\bat (?:the )?[^.;]{0,60}?\b(?:Expo|Fair|Show|Exhibition|"
                                          r"Conference|Congress|Messe|" + _FAIRS + r")\b)", re.I)),
        (EventType.other, re.compile(r"\b(?:luncheon|dinner|banquet|business matching|matchmaking|"
                                     r"consultation session|groundbreaking|investor relations session|"
                                     r"demo ?day|pitch(?:ing)? (?:event|session|competition)|roadshow|"
                                     r"hackathon|reception|networking (?:event|session|night|reception)|"
                                     # one-on-one export consultations, B2B meetings with buyers
                                     r"(?:one-on-one|one-to-one|1:1|B2B|export|buyer) (?:[\w-]+ ){0,2}?"
                                     r"(?:consultations|meetings|talks))\b", re.I)),
    ],
}




# "이번 방문에서", "이번 방문에 동행했다", "방문 기간 중": a visit already told, named as the
# setting of another event
_BACK_REFERENCE = re.compile(r"[가-힣]{0,2}?(?:에서|에\s|\s*(?:기간|중에|도중|당시|길에))")


# 访渝期间, 来访的代表团, 此次访问: a visit already told, named as the setting or a modifier
_ZH_BACK_REFERENCE = re.compile(r"[\u4e00-\u9fff]?(?:的|期间|之际|时[,，]|中[,，])")
# (此行 is "on this trip": 访问团此行参访了X tells a visit made on it, not the trip told again)
_ZH_THIS = re.compile(r"(?:此次|这次|本次)[^，。,]{0,10}$")
# what is acted on (signed, invested, partnered, visited): inside a quoted title it names a forum
# or a programme ("中韩战略合作伙伴关系的新飞跃"国际论坛), not an act
_ACTS = frozenset({EventType.agreement, EventType.partnership, EventType.investment, EventType.visit})
_QUOTES = {"“": "”", "「": "」", "《": "》", "『": "』", '"': '"'}


def _quoted(doc: Doc, s, at: int) -> bool:
    """Whether `at` lies inside a pair of quotation marks of its sentence (the pairs are found
    once per sentence)."""
    key = ("quotes", s.start)
    spans = doc.cache.get(key)
    if spans is None:
        spans, text, i = [], doc.text, s.start
        while i < s.end:
            close = _QUOTES.get(text[i])
            j = text.find(close, i + 1, s.end) if close else -1
            if j > 0:
                spans.append((i, j))
                i = j
            i += 1
        doc.cache[key] = spans
    return any(a < at < b for a, b in spans)


def _hits(doc: Doc, s, t: str, rx: re.Pattern, orgs: list[OrgMention], names: list) -> list[re.Match]:
    """The trigger's matches in a clause that tell an act of their own: not a visit or an
    agreement told again, not an act inside a quoted title, not a bare 협력/合作 with no partner
    named, not a word inside an organisation's name (韩国贸易投资振兴公社 invests in nothing)."""
    return [h for h in rx.finditer(doc.text, s.start, s.end)
            if not (s.lang == "ko" and t == EventType.visit
                    and _BACK_REFERENCE.match(doc.text, h.end()))
            and not (s.lang == "zh" and t == EventType.visit and (
                _ZH_BACK_REFERENCE.match(doc.text, h.end())
                or _ZH_THIS.search(doc.text, max(s.start, h.start() - 12), h.start())))
            and not (s.lang != "ko" and t in _ACTS and _quoted(doc, s, h.start()))
            and not (s.lang == "ko" and t in (EventType.agreement, EventType.visit)
                     and _ko_told_again(doc, s, t, h))
            and not (s.lang == "ko" and t == EventType.visit and _ko_visitor_described(doc, s, h))
            and not (s.lang == "ko" and _ko_hall_or_programme(doc, t, h))
            and not (s.lang == "ko" and (t in (EventType.other, EventType.summit) or BARE_FAIR.fullmatch(h.group()))
                     and _ko_setting_told(doc, s, t, h))
            and not (s.lang == "ko" and t in _GATHERING_TYPES and _KO_LINKED_WITH.match(doc.text, h.end()))
            and not (s.lang == "zh" and t in _GATHERING_TYPES and _zh_setting_told(doc, s, t, h))
            and not (s.lang != "ko" and t == EventType.agreement and _told_again(doc, s, t, h))
            and not (s.lang == "en" and t == EventType.visit and _EN_VISITS_TOLD.search(
                doc.text, max(s.start, h.start() - 14), h.start()) and h.group().lower().startswith("visit")
                and any(e.type in (EventType.visit, EventType.delegation) for e in doc.events))
            and not (s.lang == "zh" and t == EventType.founding and _ZH_PLAN.search(
                doc.text, max(s.start, h.start() - 14), h.start()))
            and not (t == EventType.partnership and (h.group() in ("협력", "협업", "合作")
                                                     or h.group().startswith("계약")  # with whom
                                                     or _KO_COOPERATION_MADE.fullmatch(h.group())
                                                     or _ZH_JOINT.fullmatch(h.group())
                                                     or _KO_TOGETHER.fullmatch(h.group()))
                     and not _with_partner(doc, s.lang, orgs, h.start())
                     and not (s.lang == "ko" and h.group().startswith("계약") and KO_DESCRIBED_PARTNER.search(
                         doc.text, max(s.start, h.start() - 40), h.start())))
            and not (s.lang == "zh" and t == EventType.partnership and h.group() == "合作"
                     and _ZH_TALKS_OF.search(doc.text, max(s.start, h.start() - 14), h.start()))
            and not (s.lang == "en" and t == EventType.partnership
                     and _EN_SOUGHT.search(doc.text, max(s.start, h.start() - 40), h.start()))
            and not (s.lang == "en" and t == EventType.partnership
                     and _EN_TOLD_BEFORE.search(doc.text, max(s.start, h.start() - 12), h.start())
                     and not _EN_WITH_AFTER.match(doc.text, h.end()))
            and not (s.lang == "zh" and _zh_topic_or_setting(doc, s, t, h))
            and not (s.lang == "en" and t == EventType.founding and _EN_FUND_LAUNCHED.match(doc.text, h.end()))
            and not (t == EventType.founding and _fund_set_up(doc, s, h))
            # 韩国贸易投资振兴公社 invests in nothing; a gathering's word inside its name still tells it
            and (t == EventType.summit or (s.lang == "ko" and BARE_FAIR.fullmatch(h.group())) or not any(
                a <= h.start() and h.end() <= b and not (  # but “中韩…企业对接会”在福田区举行 is one
                    s.lang != "ko" and t == EventType.other and b == h.end()
                    and not _ZH_THIS_ONE.match(doc.text, a)) and not (  # 举办2026中韩…博览会: the fair held
                    s.lang == "zh" and b == h.end() and BARE_FAIR.fullmatch(h.group())
                    and _ZH_FAIR_HELD.search(doc.text, max(s.start, a - 16), a)) for a, b in names))]


# 举办/参加 a fair by its name: the fair is held or joined, an exhibition though its word is in the name
_ZH_FAIR_HELD = re.compile(r"(?:举办|主办|承办|参加|出席)了?\s*(?:(?:19|20)\d{2}年?)?\s*"
                           r"(?:第[\d一二三四五六七八九十]+届)?\s*$")


# 本次对接会, 此次推介会: the session told, named by a demonstrative, not by a name of its own
_ZH_THIS_ONE = re.compile(r"本次|此次|这次|该|上述|本届")
# launched a $150 million fund, set up a new venture fund: a fund is money pooled to invest (an
# investment of its makers), not a body founded
_EN_FUND_LAUNCHED = re.compile(r"\s+(?:an?|the|its|their|new|joint)\s+[^.;,]{0,40}?\bfunds?\b")
# 펀드를 출범시켰다, 成立了一只10亿元的基金: as in English, a fund set up is its makers' investment
# (a 基金会 is a foundation, a body founded)
_KO_FUND_BEFORE = re.compile(r"펀드[’'\"」]?(?:를|을|가|이|도)?\s*$")
_ZH_FUND_AFTER = re.compile(r"了?[^，。；,;]{0,16}?基金(?!会)")


def _fund_set_up(doc: Doc, s, h: re.Match) -> bool:
    if s.lang == "ko":
        return bool(_KO_FUND_BEFORE.search(doc.text, max(s.start, h.start() - 8), h.start()))
    return s.lang == "zh" and h.group() in ("成立", "设立") and bool(_ZH_FUND_AFTER.match(doc.text, h.end()))


# 在企业互访、联合展会、人才交流等方面(建立合作机制): the fields of a cooperation planned, not acts
_ZH_FIELDS = re.compile(r"在[^，。；,;在]{2,40}?等?(?:方面|领域)")
# 对接会上，A与B签署…, 论坛期间: a bare gathering word opening a clause as the setting of what it
# goes on to tell is the gathering already told
_ZH_OPENING = re.compile(r"(?:[\d]{1,2}[日号]|上午|下午|当天|当日|同日|随后|此次|本次|这次|在|[，,、\s])*")
_ZH_SETTING = re.compile(r"(?:上|期间|现场|中|开幕式上)[，,]?")


def _zh_topic_or_setting(doc: Doc, s, etype: str, h: re.Match) -> bool:
    if any(m.start() < h.start() < m.end() for m in _ZH_FIELDS.finditer(doc.text, s.start, s.end)):
        return True
    return etype in _GATHERING_TYPES and bool(
        _ZH_OPENING.fullmatch(doc.text, s.start, h.start()) and _ZH_SETTING.match(doc.text, h.end())
        and any(e.type == etype for e in doc.events))


# 본사 전시관을 둘러봤다, 한국관을 찾아 격려했다: a hall or a pavilion toured is the venue of a
# visit, not a pavilion the visitor runs;
# 기업 방문 프로그램도 운영할 계획: a visit named as a programme offered, not one made
_KO_HALL_TOURED = re.compile(r"[을를]?\s?(?:둘러|방문|관람|견학|시찰|찾)")
_KO_PROGRAMME = re.compile(r"\s?(?:프로그램|코스)")


def _ko_hall_or_programme(doc: Doc, etype: str, h: re.Match) -> bool:
    if etype == EventType.exhibition and h.group() in ("전시관", "홍보관", "한국관", "국가관", "공동관", "통합관"):
        return bool(_KO_HALL_TOURED.match(doc.text, h.end()))
    return etype == EventType.visit and bool(_KO_PROGRAMME.match(doc.text, h.end()))


# '…상담회(CIFIT)와 연계해', '…대회와 연계한 이번 행사': a gathering the act is tied to, named as its
# setting, not an event the sentence tells
_GATHERING_TYPES = frozenset({EventType.other, EventType.summit, EventType.exhibition})
_KO_LINKED_WITH = re.compile(r"(?:\s?\([^)]{0,30}\))?[’'\"」]?\s?[와과]\s?(?:연계|연동)")


# 也在展会期间宣布, 透过展会与国际伙伴对接: a gathering already told, named as the setting or the means of
# another act, is no new one
_ZH_DURING = re.compile(r"(?:期间|展期|之际)")
_ZH_THROUGH = re.compile(r"(?:透过|通过|借助|利用|借)$")


def _zh_setting_told(doc: Doc, s, t: str, h: re.Match) -> bool:
    if not any(e.type == t for e in doc.events):
        return False
    return bool(_ZH_DURING.match(doc.text, h.end())
                or _ZH_THROUGH.search(doc.text, max(s.start, h.start() - 3), h.start()))


_CLAUSE_BREAK = re.compile(r"[；;]\s*")
# A ran one pavilion, while B operated another: an English contrast that opens on a subject of its
# own (a capitalised name or "the …") tells a second act, as a semicolon would
_EN_CLAUSE_BREAK = re.compile(r"[；;]\s*|,\s+(?:while|whereas)\s+(?=(?:the\s+)?[A-Z])|"
                              # …, and LG signed one with CATL: a second subject with its own verb
                              r",\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w&.'-]*\s+){1,5}(?:also\s+)?"
                              r"(?:signed|inked|agreed|sealed|struck|formed|launched|opened|invested|set\s+up)\b)")
# a Korean headline's acts run on after an ellipsis (…방문…공동연구 협약): one act per part
_KO_CLAUSE_BREAK = re.compile(r"\s*(?:…|\.{3})\s*")


def _clauses(doc: Doc):
    """(clause, sentence) pairs: a Chinese or English sentence of clauses joined by a semicolon
    tells one act per clause (A与京畿道签署备忘录；B又与京畿道签订备忘录), each read on its own;
    the whole sentence stays the evidence."""
    from gyoryu.intel.text import Sentence

    for s in doc.sentences:
        if s.lang not in ("zh", "en", "ko"):
            yield s, s
            continue
        start = s.start
        cut = _KO_CLAUSE_BREAK if s.lang == "ko" else _EN_CLAUSE_BREAK if s.lang == "en" else _CLAUSE_BREAK
        cuts = [(m.start(), m.end()) for m in cut.finditer(doc.text, s.start, s.end)]
        if s.lang == "zh":
            cuts = sorted(set(cuts + _zh_acts_listed(doc, s)))
        for a, b in cuts:
            if a - start >= 8:
                yield Sentence(start, a, s.lang), s
                start = b
        yield Sentence(start, s.end, s.lang), s


# 其中，A投资20亿元建设X项目，B投资8亿元在Y建设Z: each investor of a list that goes on after a comma
# tells its own investment, as a clause of its own would; so does each pair that signs (A与B签署X协议，
# C与D签署Y协议): the act told again after the comma, by a subject of its own
_ZH_PUTS_IN = re.compile(r"(?:将|计划|拟|也|还|另)?(?:投资|出资|斥资|注资)")
_ZH_SIGNS = re.compile(r"签署|签订|签约|共同签署")
_ZH_COUNTRY_BEFORE = re.compile(r"[，,]\s*(?:韩国|中国|日本|美国|台湾|德国)?")


def _zh_acts_listed(doc: Doc, s) -> list[tuple[int, int]]:
    """The commas of a Chinese sentence that open another party's act (an investment, a signing)
    after the same act told before the comma."""
    invests, signs = _ZH_PUTS_IN.search(doc.text, s.start, s.end), _ZH_SIGNS.search(doc.text, s.start, s.end)
    if not invests and not signs:
        return []
    starts = {o.start: o for o in doc.orgs if s.start < o.start < s.end}
    out = []
    for o in starts.values():
        comma = max(doc.text.rfind("，", s.start, o.start), doc.text.rfind(",", s.start, o.start))
        if comma <= s.start or not _ZH_COUNTRY_BEFORE.fullmatch(doc.text, comma, o.start):
            continue
        if invests and _ZH_PUTS_IN.match(doc.text, o.end) and _ZH_PUTS_IN.search(doc.text, s.start, comma):
            out.append((comma, comma + 1))
        elif signs and (w := ZH_PAIRED_WITH.match(doc.text, o.end)) and (other := starts.get(w.end())) and (
                after := _ZH_SIGNS.search(doc.text, other.end, s.end)) and not re.search(
                "[，,。；]", doc.text[other.end:after.start()]) and _ZH_SIGNS.search(doc.text, s.start, comma):
            out.append((comma, comma + 1))
    return out


def _folded(doc: Doc) -> str:
    """The text the event rules read: Chinese sentences folded to Simplified at the same offsets
    (`heads.simplified`), so one set of Simplified triggers and particles reads Taiwanese and
    Hong Kong news too (論壇 → 论坛, 簽署 → 签署, 與 → 与); mentions keep the original text."""
    text = doc.text
    spans = [(s.start, s.end) for s in doc.sentences if s.lang == "zh"]
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], simplified(text[start:end])]
        at = end
    pieces.append(text[at:])
    out = "".join(pieces)
    return out if len(out) == len(text) else text


# the counterpart of a bare "cooperate" (협력해, 合作): a name right before it, with 와/과 after it
# (X와 협력해) or 与/和 before it (与X…合作); "한중 협력", "加强合作" name no partner
# the partner, then its gloss or the 등 closing a list of partners (A, B 등과 협력), then 와/과
_KO_WITH_GAP = re.compile(r"(?:\s?\([^)]{0,40}\))?(?:\s?등(?:\s?[\d여]+\s?(?:개사|곳|개\s?(?:기업|기관|업체)))?)?"
                          r"\s?(?:[와과]|와의|과의)\s(?:[^\s.,]{1,12}\s){0,3}")
_ZH_WITH_GAP = re.compile(r"(?:[（(][^）)]{0,40}[）)])?[^，。；,;]{0,16}")


def _with_partner(doc: Doc, lang: str, orgs: list[OrgMention], at: int) -> bool:
    for o in orgs:
        if o.end > at:
            continue
        if lang == "ko" and _KO_WITH_GAP.fullmatch(doc.text, o.end, at):
            return True
        if lang == "zh" and _ZH_WITH.search(doc.text, max(0, _lead_in(doc, o) - 2), _lead_in(doc, o)) \
                and _ZH_WITH_GAP.fullmatch(doc.text, o.end, at):
            return True
    return False


# 与X探讨机器人合作, 寻求合作: cooperation talked of or sought, not a partnership made
_ZH_TALKS_OF = re.compile(r"(?:探讨|商讨|洽谈|寻求|探索|磋商|讨论)[^，。；,;]{0,10}$")
# "sought cooperation with", "discussed ways to collaborate with", "hopes to partner with": a
# cooperation sought or talked of, not one made
_EN_SOUGHT = re.compile(r"\b(?:seek|seeks|sought|seeking|explor(?:e|es|ed|ing)|discuss(?:ed|es|ing)?|"
                        r"hop(?:e|es|ed|ing)|look(?:s|ed|ing)? for|ways to|possibilit(?:y|ies) of|"
                        r"eager to|keen to|wants? to|would like to)\s+(?:(?!and\b)[\w-]+\s+){0,3}$", re.I)
# "which helped arrange the visits", "during this visit": the visits already told, named again as a noun
_EN_VISITS_TOLD = re.compile(r"\b(?:the|these|those|this|that|such)\s+(?:\w+\s+)?$", re.I)
# "the tie-up would help", "this partnership": the partnership already told, named again
_EN_TOLD_BEFORE = re.compile(r"\b(?:the|this|that|such a)\s+(?:new\s+)?$", re.I)
_EN_WITH_AFTER = re.compile(r"\s+(?:with|between)\b")
# "이번 MOU 체결을 통해", "센스타임의 의향서 체결은", "금번 방문이": the agreement or visit already
# told, named again as this one or as the topic of a remark
# 欢迎更多韩国企业来深设立研发中心: an invitation to set up, not an office opened
# (a plan to set up — 将在首尔设立办事处 — is told: news-dev counts announced events)
_ZH_PLAN = re.compile(r"(?:欢迎|鼓励|吸引|希望|邀请|支持)[^，。；,;]{0,12}$")
_KO_MODIFIES = re.compile(r"(?:한|했던|중인)\s")
_KO_OBJECT = re.compile(r"\s?[을를]\s?")


def _ko_visitor_described(doc: Doc, s, h: re.Match) -> bool:
    """상하이를 방문한 산둥성 부성장과 만나: a city visited by whom the sentence goes on to name
    describes them, not a visit of the sentence's subject (a body visited — 삼성전자를 방문한
    대표단은 — stays a visit)."""
    after = _KO_MODIFIES.match(doc.text, h.end())
    if h.group() != "방문" or after is None:
        return False
    place = next((p for p in doc.places if inside(p, s) and _KO_OBJECT.fullmatch(doc.text, p.end, h.start())), None)
    if place is None or any(o.start <= place.start < o.end for o in doc.orgs):
        return False
    if not any(inside(m, s) and 0 <= m.start - after.end() <= 12 for m in (*doc.people, *doc.orgs)):
        return False
    case = _KO_CASE.search(doc.text, after.end(), s.end)  # 방문한 김 회장은: the subject visits
    return case is not None and case.group(1) not in ("은", "는")


_KO_CASE = re.compile(r"[가-힣)](은|는|[과와]도?|[을를])\s")


_KO_ACT_NOUNS = ("MOU", "각서", "협약", "의향서", "LOI", "협정", "방문", "방중", "방한", "출장", "시찰")
_KO_THIS = re.compile(r"(?:이번|금번|이날|해당|같은|앞선)\s?(?:[가-힣A-Za-z]{1,6}\s?)?$")
_KO_TOPIC = re.compile(r"[가-힣]{0,2}?\s?(?:체결|서명)?식?(?:은|는|에는|에서는|이|을\s?통해|를\s?통해)\s")


def _ko_told_again(doc: Doc, s, etype: str, h: re.Match) -> bool:
    if not any(e.type == etype for e in doc.events):
        return False
    noun = h.group().endswith(_KO_ACT_NOUNS)  # 협약을 맺은 바 있다: a verb, not a topic
    return bool(_KO_THIS.search(doc.text, max(s.start, h.start() - 10), h.start())
                or (noun and _KO_TOPIC.match(doc.text, h.end())))


# "Under the agreement", "The MOU also covers", "此次签约", "根据协议": the agreement already told
_EN_THIS_ACT = re.compile(r"\b(?:the|this|that|these|such)\s+(?:new\s+|latest\s+)?$", re.I)
_EN_SIGNING = re.compile(r"\b(?:sign(?:ed|s|ing)?|inked|conclud(?:ed|es))\b|\bwith\b|\bbetween\b", re.I)
_ZH_THIS_ACT = re.compile(r"(?:此次|这次|本次|该|上述|根据|依据|按照)\s*$")
_ZH_SIGNING = re.compile(r"签署|签订|签约仪式|与|和")


def _told_again(doc: Doc, s, etype: str, h: re.Match) -> bool:
    if not any(e.type == etype for e in doc.events):
        return False
    if s.lang == "en":
        return bool(_EN_THIS_ACT.search(doc.text, max(s.start, h.start() - 14), h.start())
                    and not _EN_SIGNING.search(doc.text, s.start, s.end))
    return bool(_ZH_THIS_ACT.search(doc.text, max(s.start, h.start() - 4), h.start())
                and not _ZH_SIGNING.search(doc.text, s.start, h.start()))


# "설명회에서는 …", "이번 포럼 연사로 참여하는 …": a bare gathering word opening a clause as its
# setting is the gathering already told
_KO_BARE_OPENING = re.compile(r"\s*(?:이번|이날|해당|이)?\s?$")
_KO_SETTING = re.compile(r"(?:에서는|에서|에는|에|의|\s?연사로|\s?현장)")


# '이번 상담회 참가 기업', '해당 포럼에서': a gathering named again by 'this' anywhere in the clause
_KO_THIS_GATHERING = re.compile(r"(?<![가-힣])(?:이번|해당|같은|앞선|금번)\s?$")


def _ko_setting_told(doc: Doc, s, etype: str, h: re.Match) -> bool:
    if not any(e.type == etype for e in doc.events):
        return False
    return bool(_KO_BARE_OPENING.fullmatch(doc.text, s.start, h.start()) and _KO_SETTING.match(doc.text, h.end())) \
        or bool(_KO_THIS_GATHERING.search(doc.text, max(s.start, h.start() - 6), h.start()))
