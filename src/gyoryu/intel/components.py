"""The built-in pipeline components, each registered under a versioned name."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, EventType, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    EventRecord,
    OrgMention,
    PersonMention,
    PlaceMention,
    component,
)
from gyoryu.intel.text import article_language, find_dates, publication_date, split_sentences
from gyoryu.intel.translit import sound_key


# -- sentences, language, publication date -------------------------------------------------------
@component("gyoryu.sentences.v1")
def sentences_v1(*, gazetteer: Gazetteer):
    def run(doc: Doc) -> None:
        doc.sentences, doc.skipped = split_sentences(doc.text)
        doc.language = article_language(doc.text, doc.sentences)
        if doc.date is None:
            doc.date = publication_date(doc.text, doc.skipped)

    return run


# -- directory names ------------------------------------------------------------------------------
_ACTOR_AFTER = re.compile(r"\s*(?:[가는은이와과도]\s|[와과]의|[与和與]|청|대표단|代表团|政府|\s+(?:government|delegation))"
                          r"|(?<=[시도])(?:장|지사)|\s*[A-Za-z가-힣]{0,6}?(?:국장|실장|과장|본부장|시장|지사)")


@component("gyoryu.name_matcher.v1")
def name_matcher_v1(*, gazetteer: Gazetteer):
    """Every directory name in the story (skipping bylines and captions), classified by owner.

    A name both a place and an organisation (경기도, 충칭시) is the government when the text
    treats it as one who acts (a subject, a partner, a delegation), else the place."""

    def run(doc: Doc) -> None:
        spans = [(s.start, s.end) for s in doc.sentences]
        for hit in gazetteer.matcher.find(doc.text):
            if not any(a <= hit.start and hit.end <= b for a, b in spans):
                continue
            owners = gazetteer.entities(hit.key)
            orgs = [i for k, i in owners if k == EntityKind.organization]
            places = [i for k, i in owners if k == EntityKind.place]
            people = [i for k, i in owners if k == EntityKind.person]
            mention = doc.text[hit.start:hit.end]
            if people and not orgs:
                doc.people.append(PersonMention(hit.start, hit.end, mention, people[0]))
                continue
            if orgs and places:
                acting = _ACTOR_AFTER.match(doc.text, hit.end)
                if not acting:
                    doc.places.append(PlaceMention(hit.start, hit.end, mention, places[0]))
                    continue
            if orgs:
                unique = len(orgs) == 1
                doc.orgs.append(OrgMention(
                    hit.start, hit.end, mention, orgs[0], 1.0 if unique else 0.5,
                    LinkMethod.alias, candidates=[] if unique else [(o, 0.5) for o in orgs]))
            elif places:
                doc.places.append(PlaceMention(hit.start, hit.end, mention, places[0]))

    return run


# -- people and their roles -----------------------------------------------------------------------
KO_ROLES = ("대표이사|공동대표|대표|명예회장|부회장|공동회장|회장|부사장|사장|이사장|의장|부총장|총장|학장|원장|"
            "소장|센터장|본부장|국장|실장|부장|팀장|상무|전무|이사|창업자|창립자|설립자|부위원장|위원장|"
            "도지사|지사|부시장|시장|장관|차관|총리|대통령|주석|교수|박사|변호사|국회의원|의원|대사|총영사|"
            "CEO|CTO|CFO|COO")
_KO_ROLE = re.compile(rf"[A-Za-z가-힣]{{0,8}}?(?:{KO_ROLES})(?![가-힣]{{2}})")
_KO_ROLE_ANY = re.compile(rf"(?:{KO_ROLES})")
_KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현"
    "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부피음빈")
_GAP = re.compile(r"[\s‘’'\"“”]*")


def _org_at(doc: Doc, pos: int) -> OrgMention | None:
    gap = _GAP.match(doc.text, pos)
    pos = gap.end()
    for o in doc.orgs:
        if o.start == pos:
            return o
    return None


def _org_ending_at(doc: Doc, pos: int) -> OrgMention | None:
    back = pos
    while back > 0 and doc.text[back - 1] in " ‘’'\"“”":
        back -= 1
    for o in doc.orgs:
        if o.end == back:
            return o
    return None


def _ko_role_after(doc: Doc, pos: int) -> tuple[str | None, OrgMention | None]:
    """'하이퍼놀로지 대표' or '충칭시장' after a name: the role and the organisation it names."""
    org = _org_at(doc, pos)
    if org is not None:
        m = _KO_ROLE.match(doc.text, _GAP.match(doc.text, org.end).end())
        if m and m.group(0):
            return m.group(0), org
        m = _KO_ROLE.match(doc.text, org.end - 1)  # 충칭시 + 장 = 충칭시장
        if m and m.group(0) in ("시장", "도지사", "지사"):
            return m.group(0), org
    gap = _GAP.match(doc.text, pos)
    if gap.end() > pos or pos == 0:
        m = _KO_ROLE.match(doc.text, gap.end())
        if m and m.group(0):
            return m.group(0), _org_ending_at(doc, pos)
    return None, None


@component("gyoryu.ko_people.v1")
def ko_people_v1(*, gazetteer: Gazetteer):
    """Korean people: directory names, and names Kiwi tags as proper nouns right before a role.

    Kiwi reads only the sentences that hold a role word, with every directory name added to its
    dictionary, so its cost stays a fraction of the article."""
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    for word in gazetteer.words_ko:
        if 1 < len(word) <= 20:
            kiwi.add_user_word(word, "NNP", 0)

    def run(doc: Doc) -> None:
        for p in doc.people:
            if p.role is None and doc.text[p.start] >= "\uac00":
                p.role, org = _ko_role_after(doc, p.end)
                if org is not None:
                    p.org_id, p.org_mention = org.entity_id, org.mention
        for s in doc.sentences_in("ko"):
            chunk = doc.text[s.start:s.end]
            if not _KO_ROLE_ANY.search(chunk):
                continue
            for tok in kiwi.tokenize(chunk):
                if tok.tag != "NNP" or not 2 <= tok.len <= 4 or tok.form[0] not in _KO_SURNAMES:
                    continue
                start = s.start + tok.start
                end = start + tok.len
                if doc.text[start:end] != tok.form or doc.taken(start, end):
                    continue
                if name_key(tok.form) in gazetteer.by_key:
                    continue
                if end < len(doc.text) and "\uac00" <= doc.text[end] <= "\ud7a3":
                    continue  # part of a longer word
                role, org = _ko_role_after(doc, end)
                if role is None:
                    continue
                doc.people.append(PersonMention(
                    start, end, tok.form, None, role,
                    org.entity_id if org else None, org.mention if org else None))

    return run


ZH_ROLES = ("联合创始人|创始人|董事长|首席执行官|首席技术官|首席科学家|总裁|副总裁|总经理|院长|校长|副市长|市长|"
            "副省长|省长|主任|总理|部长|主席|书记|教授|研究员|理事长|会长|秘书长|合伙人|CEO|CTO")
_ZH_ROLE_NAME = re.compile(rf"({ZH_ROLES})\s*([\u4e00-\u9fff]{{2,3}})")
_ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "尹常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝")
_ZH_NAME_END = frozenset("表示说指出介绍认为强调称在等一行率与和的也则还会将是已")


@component("gyoryu.zh_people.v1")
def zh_people_v1(*, gazetteer: Gazetteer):
    """Chinese people: a role word right before a name (宇树科技创始人王兴兴)."""

    def run(doc: Doc) -> None:
        for p in doc.people:
            before = doc.text[max(0, p.start - 12):p.start]
            m = re.search(rf"({ZH_ROLES})\s*$", before)
            if p.role is None and m:
                p.role = m.group(1)
                org = _org_ending_at(doc, p.start - len(m.group(0)))
                if org:
                    p.org_id, p.org_mention = org.entity_id, org.mention
        for s in doc.sentences_in("zh"):
            simple = doc.text[:s.start] + _simplified(doc.text[s.start:s.end])
            for m in _ZH_ROLE_NAME.finditer(simple, s.start, s.end):
                name = doc.text[m.start(2):m.end(2)]
                if m.group(2)[0] not in _ZH_SURNAMES:
                    continue
                if len(name) == 3 and name[2] in _ZH_NAME_END:
                    name = name[:2]
                start = m.start(2)
                end = start + len(name)
                if doc.taken(start, end) or name_key(name) in gazetteer.by_key:
                    continue
                org = _org_ending_at(doc, m.start(1))
                doc.people.append(PersonMention(start, end, name, None, m.group(1),
                                                org.entity_id if org else None,
                                                org.mention if org else None))

    return run


EN_ROLES = (r"chief executive(?: officer)?|CEO|CTO|CFO|co-founder|founder|chairman|chairwoman|chair|"
            r"vice president|president|mayor|governor|minister|managing director|director|professor|"
            r"head|premier|ambassador|partner|secretary-general")
_EN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}"
_EN_NAME_ROLE = re.compile(rf"(?P<name>{_EN_NAME}),\s+(?:the\s+)?(?P<role>{EN_ROLES})\b"
                           rf"(?:\s+(?:of|at)\s+)?")
_EN_ROLE_NAME = re.compile(rf"\b(?P<role>{EN_ROLES})\s+(?P<name>{_EN_NAME})\b")


@component("gyoryu.en_people.v1")
def en_people_v1(*, gazetteer: Gazetteer):
    """English people: 'Jane Doe, chief executive of X' and 'X CEO Jane Doe'."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            for m in _EN_NAME_ROLE.finditer(doc.text, s.start, s.end):
                _en_person(doc, gazetteer, m, _org_at(doc, m.end()))
            for m in _EN_ROLE_NAME.finditer(doc.text, s.start, s.end):
                _en_person(doc, gazetteer, m, _org_ending_at(doc, m.start()))

    return run


def _en_person(doc: Doc, gazetteer: Gazetteer, m: re.Match, org: OrgMention | None) -> None:
    start, end = m.span("name")
    for p in doc.people:
        if p.start == start and p.end == end:
            if p.role is None:
                p.role = m.group("role")
                if org:
                    p.org_id, p.org_mention = org.entity_id, org.mention
            return
    if doc.taken(start, end) or name_key(m.group("name")) in gazetteer.by_key:
        return
    doc.people.append(PersonMention(start, end, m.group("name"), None, m.group("role"),
                                    org.entity_id if org else None, org.mention if org else None))


# -- organisation candidates from press patterns --------------------------------------------------
KO_ORG_SUFFIX = ("협회|연구소|연구원|센터|재단|그룹|전자|테크|텍|로보틱스|로봇|랩|소프트|시스템즈|솔루션즈?|네트웍스|"
                 "은행|증권|대학교|대학|공사|공단|진흥원|학회|위원회|컴퍼니|코리아|홀딩스|바이오|모빌리티|"
                 "에너지|인베스트먼트|파트너스|벤처스|캐피탈|클라우드")
_KO_CORP = re.compile(r"(?:㈜|\(주\))\s?([A-Za-z0-9가-힣&.\-]+(?: [A-Z][A-Za-z]*)*)")
_KO_QUOTED = re.compile(r"[‘'“\"]([^‘’'“”\"\n]{2,24})[’'”\"]")
_KO_QUOTED_SUFFIX = re.compile(rf"(?:{KO_ORG_SUFFIX})$")
_KO_ORG_CONTEXT = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*(?:본사|사옥|측|기업|社|대표|회장|CEO|관계자)")
_KO_KIND_BEFORE = re.compile(r"(?:기업|회사|스타트업|업체|법인)인\s+[‘']?([A-Za-z가-힣][A-Za-z0-9가-힣&.\-]{1,15}"
                             r"(?: [A-Z][A-Za-z]+)?)[’']?")
_LIST_SEP = re.compile(r"\s*[·ㆍ,、]\s*")
_KO_WORD = re.compile(r"[‘']?([A-Za-z0-9가-힣][A-Za-z0-9가-힣&.\- ]{0,18}?[A-Za-z0-9가-힣])[’']?"
                      r"(?=\s*(?:\([^)]*\))?\s*(?:[·ㆍ,、]|등|$))")
_STOP_CANDIDATES = frozenset(name_key(w) for w in (
    "기업", "회사", "AI", "인공지능", "스타트업", "정부", "한국", "중국", "미국", "프로젝트", "플랫폼"))


def _simplified(chunk: str) -> str:
    """Traditional folded to Simplified for the segmenter, keeping every offset."""
    from gyoryu.intel.matcher import _T2S

    out = _T2S.convert(chunk)
    return out if len(out) == len(chunk) else chunk


def _add_candidate(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    mention = doc.text[start:end].strip()
    key = name_key(mention)
    if len(key) < 2 or key in _STOP_CANDIDATES or doc.taken(start, end):
        return
    if any(k != EntityKind.organization for k, _i in gazetteer.entities(key)):
        return
    doc.orgs.append(OrgMention(start, end, mention, source="pattern"))


@component("gyoryu.ko_candidates.v1")
def ko_candidates_v1(*, gazetteer: Gazetteer):
    """Organisations the directory lacks, from Korean press patterns: ㈜X, quoted names with an
    organisation ending or context, '기업인 X', and the unknown members of a list (A·B·C) whose
    other members are known organisations. Offered for review, never added by themselves."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("ko"):
            text = doc.text
            for m in _KO_CORP.finditer(text, s.start, s.end):
                _add_candidate(doc, gazetteer, *m.span(1))
            for m in _KO_QUOTED.finditer(text, s.start, s.end):
                inner = m.group(1).strip()
                if _KO_QUOTED_SUFFIX.search(inner) or _KO_ORG_CONTEXT.match(text, m.end()):
                    _add_candidate(doc, gazetteer, *m.span(1))
            for m in _KO_KIND_BEFORE.finditer(text, s.start, s.end):
                _add_candidate(doc, gazetteer, *m.span(1))
            _list_members(doc, gazetteer, s.start, s.end)

    return run


def _list_members(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    """In 'A·B·C' with a known organisation among them, the others are organisations too."""
    known = [o for o in doc.orgs if start <= o.start and o.end <= end and o.entity_id]
    if not known:
        return
    text = doc.text
    for o in known:
        nxt = _LIST_SEP.match(text, _skip_quote(text, o.end))
        while nxt:
            m = _KO_WORD.match(text, nxt.end())
            if not m or m.end() > end:
                break
            _add_candidate(doc, gazetteer, *m.span(1))
            nxt = _LIST_SEP.match(text, m.end())


def _skip_quote(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "’'”\"":
        pos += 1
    return pos


ZH_ORG_SUFFIX = "科技|公司|集团|研究院|研究所|实验室|银行|协会|资本|控股"
_ZH_SUFFIX = re.compile(rf"(?:{ZH_ORG_SUFFIX})(?:股份)?(?:有限)?(?:责任)?(?:公司)?$")
_ZH_STOP = frozenset("的 和 与 及 在 是 了 等 为 对 将 也 由 向 从 被 把 这 该 其 各 多 家 个 中国 韩国 国内 全球 人工 "
                     "一家 这家 该公司 相关 头部 领先 知名 企业 国家 地方 有限公司 股份有限公司 公司 人工智能 科技 "
                     "进行 宣布 对 向 于 战略 投资 合作".split())


@component("gyoryu.zh_candidates.v1")
def zh_candidates_v1(*, gazetteer: Gazetteer):
    """Chinese organisation names ending in 科技/公司/集团/研究院/… that the directory lacks,
    cut with jieba after every directory name is added to its dictionary."""
    import rjieba

    for word in gazetteer.words_zh:
        if 1 < len(word) <= 20:
            rjieba.add_word(word, None, None)

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("zh"):
            chunk = _simplified(doc.text[s.start:s.end])
            tokens = rjieba.tokenize(chunk)
            for i, (word, a, b) in enumerate(tokens):
                if not _ZH_SUFFIX.search(word) or word in _ZH_STOP:
                    continue
                start = a
                if len(word) <= 2 or _ZH_SUFFIX.fullmatch(word):
                    # the suffix stands alone: the name is the words before it (up to three,
                    # stopping at a function word, a known name or a place)
                    j = i
                    while j > 0 and i - j < 3:
                        prev, pa, _pb = tokens[j - 1]
                        if (prev in _ZH_STOP or len(prev) < 2 or not all(
                                "\u4e00" <= c <= "\u9fff" or c.isalnum() for c in prev)
                                or name_key(prev) in gazetteer.by_key):
                            break
                        j -= 1
                    if j == i:
                        continue
                    start = tokens[j][1]
                end = b
                while i + 1 < len(tokens) and tokens[i + 1][0] in ("有限公司", "股份有限公司",
                                                                   "公司", "有限", "股份"):
                    i += 1
                    end = tokens[i][2]
                _add_candidate(doc, gazetteer, s.start + start, s.start + end)

    return run


_EN_CORP = re.compile(
    r"\b((?:[A-Z][\w&.'-]*\s){0,3}(?:Inc|Corp|Corporation|Ltd|Limited|Technologies|Technology|"
    r"Robotics|Group|Labs|Lab|Holdings|Capital|Ventures|Systems|Software|University|Institute|"
    r"Association|Foundation|Bank|Motors|Electronics|Semiconductor|Intelligence)\b\.?)")
_EN_KIND_BEFORE = re.compile(r"\b(?:startup|start-up|company|firm|maker|developer|unicorn)\s+"
                             r"([A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+){0,2})")
_EN_SENTENCE_START = frozenset("The A An In On At This That These Those It Its Their".split())


@component("gyoryu.en_candidates.v1")
def en_candidates_v1(*, gazetteer: Gazetteer):
    """English organisation names the directory lacks: capitalised names ending in Inc, Robotics,
    Technologies, University …, and 'startup X' / 'company X'."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            for pattern in (_EN_CORP, _EN_KIND_BEFORE):
                for m in pattern.finditer(doc.text, s.start, s.end):
                    start, end = m.span(1)
                    first = doc.text[start:end].split(" ", 1)[0]
                    if first in _EN_SENTENCE_START:
                        start += len(first) + 1
                    if end > start:
                        _add_candidate(doc, gazetteer, start, end)

    return run


# -- linking across scripts ------------------------------------------------------------------------
@component("gyoryu.linker.v1")
def linker_v1(*, gazetteer: Gazetteer, auto_link: float = 0.9, review: float = 0.72,
              max_candidates: int = 3):
    """Mentions the aliases did not settle, linked by sound: romanised Hangul, pinyin and English
    spelling meet in one phonetic key. Confident links stand; weaker ones carry their best
    candidates to the review queue."""
    keys = [k for k, _o in gazetteer.sounds]
    owners = [o for _k, o in gazetteer.sounds]

    def run(doc: Doc) -> None:
        for m in doc.orgs:
            if m.entity_id is not None and m.confidence >= 1.0:
                continue
            if m.entity_id is None:
                owned = [i for k, i in gazetteer.entities(name_key(m.mention))
                         if k == EntityKind.organization]
                if len(owned) == 1:
                    m.entity_id, m.confidence, m.method = owned[0], 1.0, LinkMethod.alias
                    continue
            if m.candidates:  # an alias shared by several organisations
                continue
            sk = sound_key(m.mention)
            if len(sk) < 3:
                continue
            best: dict[int, float] = {}
            for _key, score, idx in process.extract(sk, keys, scorer=fuzz.ratio,
                                                    limit=max_candidates * 3,
                                                    score_cutoff=review * 100):
                org = owners[idx]
                best[org] = max(best.get(org, 0.0), score / 100)
            ranked = sorted(best.items(), key=lambda kv: -kv[1])[:max_candidates]
            m.candidates = ranked
            if ranked and ranked[0][1] >= auto_link and (
                    len(ranked) == 1 or ranked[1][1] < ranked[0][1] - 0.05):
                m.entity_id, m.confidence = ranked[0]
                m.method = LinkMethod.transliteration
            elif ranked:
                m.confidence = ranked[0][1]

    return run


# -- dates and events ------------------------------------------------------------------------------
@component("gyoryu.dates.v1")
def dates_v1(*, gazetteer: Gazetteer):
    def run(doc: Doc) -> None:
        for s in doc.sentences:
            doc.dates.extend(find_dates(doc.text, s.start, s.end, doc.date))

    return run


TRIGGERS: dict[str, list[tuple[EventType, re.Pattern]]] = {
    "ko": [
        (EventType.agreement, re.compile(r"업무협약|협약을?\s*(?:체결|맺)|MOU|양해각서|협정을?\s*체결")),
        (EventType.investment, re.compile(r"투자(?:를|했|한다|하기로|유치|받)|지분을?\s*인수|시리즈\s*[A-D]")),
        (EventType.founding, re.compile(r"설립(?:됐|되었|했|한다|하고|된)|출범(?:했|한다|시켰)|창립|설립\s*$")),
        (EventType.summit, re.compile(r"서밋|정상회의|박람회|엑스포|세계인공지능대회|포럼|컨퍼런스|콘퍼런스")),
        (EventType.visit, re.compile(r"방문|찾아|찾았|시찰|견학|탐방|방중|방한|출장|참관|둘러보|미팅")),
        (EventType.partnership, re.compile(r"파트너십|제휴|손잡|맞손|공동\s*개발")),
    ],
    "zh": [
        (EventType.agreement, re.compile(r"签署|签约|合作协议|备忘录|簽署|協議|備忘錄|MOU")),
        (EventType.investment, re.compile(r"投资|融资|领投|注资|投資|融資")),
        (EventType.founding, re.compile(r"成立|创立|揭牌|挂牌")),
        (EventType.summit, re.compile(r"峰会|大会|博览会|论坛|世博")),
        (EventType.visit, re.compile(r"访问|考察|参观|走访|到访|拜访|调研|訪問|考察|參觀")),
        (EventType.partnership, re.compile(r"战略合作|携手|合作伙伴|戰略合作|攜手")),
    ],
    "en": [
        (EventType.agreement, re.compile(r"\b(?:signed|sign|memorandum|MOU|agreement)\b", re.I)),
        (EventType.investment, re.compile(r"\b(?:invested|invests|investment in|funding round|raised|"
                                          r"led a .{0,20}round)\b", re.I)),
        (EventType.founding, re.compile(r"\b(?:founded|established|launched|set up)\b", re.I)),
        (EventType.summit, re.compile(r"\b(?:summit|expo|conference|forum|fair)\b", re.I)),
        (EventType.visit, re.compile(r"\b(?:visit(?:ed|s|ing)?|toured|delegation)\b", re.I)),
        (EventType.partnership, re.compile(r"\b(?:partnership|partnered|teamed up)\b", re.I)),
    ],
}
_KO_SUBJECT = re.compile(r"(?:\s*(?:본사|지사|측|관계자|기업인|기업|대표단|대표|등|의원들?|직원들?|임직원들?))*\s*(?:[은는이가]\s|와|과|대표단)")
_KO_WITH = re.compile(r"\s*(?:[와과]\s|와의|과의|[와과]\s*함께)")
_ZH_WITH = re.compile(r"[与和同跟與]\s*$")
_EN_WITH = re.compile(r"\bwith\s+(?:the\s+)?$")


def _inside(m, s) -> bool:
    return s.start <= m.start and m.end <= s.end


@component("gyoryu.events.v1")
def events_v1(*, gazetteer: Gazetteer):
    """Visits, agreements, partnerships, investments, summits and foundings, one sentence at a
    time: the trigger gives the type, the mentions around it the sides, the sentence's place
    and (resolved) date the rest; the sentence is the evidence."""

    def run(doc: Doc) -> None:
        last_actors: dict[str, list] = {}
        for s in doc.sentences:
            triggers = TRIGGERS.get(s.lang, [])
            found = []
            for t, rx in triggers:
                hits = list(rx.finditer(doc.text, s.start, s.end))
                if hits:  # Korean verbs close the sentence; elsewhere the verb follows the subject
                    found.append((t, hits[0] if s.lang == "ko" else hits[-1]))
            if not found:
                continue
            orgs = [o for o in doc.orgs if _inside(o, s)]
            people = [p for p in doc.people if _inside(p, s)]
            places = [p for p in doc.places if _inside(p, s)]
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            for etype, trig in found:
                actors, targets = _sides(doc, s.lang, etype, trig.start(), orgs, people)
                actors += [p for p in people if p not in actors]
                targets = _unique(targets)
                local = [p for p in places
                         if gazetteer.places[p.entity_id].kind != "country"]
                if etype == EventType.visit and not targets and local:
                    targets = [p for p in local if p.start > min(
                        (a.end for a in actors), default=s.start)] or local[:1]
                if etype == EventType.summit and not (orgs or places):
                    continue
                if etype in (EventType.agreement, EventType.partnership, EventType.investment,
                             EventType.founding) and not orgs:
                    continue
                if not targets:
                    continue
                if not actors and etype == EventType.visit:
                    actors = list(last_actors.get(etype, []))
                elif actors:
                    last_actors[etype] = actors
                place = _nearest_place(local, targets)
                near = min(dates, key=lambda d: abs(d.start - trig.start()), default=None)
                doc.events.append(EventRecord(etype, actors, targets, place,
                                              near.value if near else None, s.start, s.end))
        before = -1
        while before != len(doc.events):  # merging can join groups that only meet later
            before = len(doc.events)
            doc.events = _merge(doc.events)

    return run


def _unique(mentions: list) -> list:
    seen, out = set(), []
    for m in mentions:
        if _ref(m) not in seen:
            seen.add(_ref(m))
            out.append(m)
    return out


def _sides(doc: Doc, lang: str, etype: str, trigger: int, orgs: list[OrgMention],
           people: list[PersonMention]):
    """Who acts and who is acted on. A person's own organisation acts with them; a founding's
    first organisation is the one founded."""
    actors, targets = [], []
    own = {p.org_mention for p in people if p.org_mention}
    if etype == EventType.founding and orgs:
        first = orgs[0]
        return [o for o in orgs[1:] if _ref(o) != _ref(first)], [first]
    named = [o for o in orgs if o.start <= trigger < o.end]
    if named:  # "… attend the World Artificial Intelligence Conference": the event is the target
        return [o for o in orgs if o not in named], named
    for o in orgs:
        if o.mention in own and any(abs(p.end - o.start) <= 2 or abs(o.end - p.start) <= 2
                                    for p in people):
            actors.append(o)
        elif lang == "ko":
            if _KO_WITH.match(doc.text, o.end) and etype in (EventType.agreement,
                                                             EventType.partnership):
                targets.append(o)
            elif _KO_SUBJECT.match(doc.text, o.end) and etype != EventType.founding:
                actors.append(o)
            else:
                targets.append(o)
        else:
            before = doc.text[max(0, o.start - 8):o.start]
            if o.start < trigger and not (_ZH_WITH.search(before) or _EN_WITH.search(before)):
                (targets if etype == EventType.founding else actors).append(o)
            else:
                targets.append(o)
    return actors, targets


def _nearest_place(places: list[PlaceMention], targets: list) -> PlaceMention | None:
    if not places:
        return None
    if not targets:
        return places[0]
    first = targets[0].start
    return min(places, key=lambda p: abs(p.start - first))


def _ref(m) -> tuple:
    return ("e", m.entity_id) if m.entity_id is not None else ("m", name_key(m.mention))


def _merge(events: list[EventRecord]) -> list[EventRecord]:
    """One event per type and overlapping targets: later sentences add sides, place and date."""
    merged: list[EventRecord] = []
    for e in events:
        refs = {_ref(t) for t in e.targets}
        first = next((m for m in merged if m.type == e.type
                      and refs & {_ref(t) for t in m.targets}), None)
        if first is None:
            merged.append(e)
            continue
        have = {_ref(t) for t in first.targets}
        first.targets += [t for t in e.targets if _ref(t) not in have]
        seen = {_ref(a) for a in first.actors}
        first.actors += [a for a in e.actors if _ref(a) not in seen]
        first.place = first.place or e.place
        first.date = first.date or e.date
    return merged
