"""Who acts and who is acted on in an event's clause (`_sides`): the language's roles
(`sides_ko`, `sides_zh_en`), then what no particle tells — whose delegation, a founding's
founder and founded, people acting for their bodies, a person named again by title."""

from __future__ import annotations

import re

from gyoryu.intel.enums import EventType
from gyoryu.intel.events.common import (
    _EN_WITH,
    _KO_AMOUNT,
    _KO_RAISE,
    _TALKS,
    _ZH_WITH,
    _groups,
    _lead_in,
    _ref,
    _unique,
)
from gyoryu.intel.events.sides_ko import ko_roles
from gyoryu.intel.events.sides_zh_en import _zh_en_roles
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PersonMention,
)
from gyoryu.intel.recognise.heads import simplified
from gyoryu.intel.recognise.people_ko import KO_ROLES
from gyoryu.intel.recognise.zh import ZH_ROLES

_KO_SUBJECT = re.compile(r"(?:\s*(?:본사|지사|측|관계자|기업인|기업|대표단|대표|등|의원들?|직원들?|임직원들?))*"
                         r"\s*(?:[은는이가]\s|와|과|대표단)")
_KO_WITH = re.compile(r"\s*(?:[와과]\s|와의|과의|[와과]\s*함께)")
# (A 관계자와) B 인사도 찾아: the people of both bodies come together, neither visits the other
_KO_DELEGATION = re.compile(r"[^.?!\n]{0,40}?(?:대표단|방문단|사절단|시찰단|일행|관계자들?|임직원들?|기업인들?|인사들?)"
                            r"(?:이|은|도)\s")
# 경기도 대표단의 베이징 방문: the delegation whose visit is told is the visitor
_KO_DELEGATION_OF = re.compile(r"\s?(?:대표단|방문단|사절단|시찰단|일행)의\s")
# X 주도로, X가 주도한, X 등이 참여한: a round's lead and its other investors, named before the
# company's 투자 유치
_KO_LEADS_ROUND = re.compile(r"(?:이|가|등이|등)?\s?(?:공동\s?)?(?:주도|리드)(?:로|하고|한|했|해|하에|하는)|"
                             r"(?:이|가|등이|등|도)\s?(?:참여|투자사로\s?참여)(?:한|했|하고|해)")
# 카카오벤처스의 투자를 받았다, KB인베스트먼트 등에서 50억원의 투자를 받았다: whose money the
# company took is the investor, though written as a possessive or a place
_KO_INVESTOR_OF = re.compile(r"\s?(?:등\s?)?(?:의|에서|으로부터|로부터)\s(?:[^\s.,]{1,12}\s){0,3}?"
                             r"투자(?:를|금을)?\s?(?:받|유치)")
_KO_HOSTED_BY = re.compile(r"(?:이|가|등이|등)?\s?(?:공동\s?)?(?:주최|주관)(?:로|하고|한|했|해|하에|하는)")
_KO_PARENT = re.compile(r"\s*(?:산하|계열|자회사|그룹\s*계열)")
_KO_MODIFIER_END = re.compile(r"한|된|할")
_BY_BETWEEN = re.compile(r"\bby\b|由", re.I)


def _sender(doc: Doc, orgs: list[OrgMention], trig: re.Match) -> OrgMention | None:
    """Whose delegation it is: the organisation right before the word (경기도 대표단, 한중의원연맹
    대표단, 전북 경제협력대표단), with at most a few words between."""
    before = [o for o in orgs if o.end <= trig.start() and trig.start() - o.end <= 10
              and _DELEGATION_GAP.fullmatch(doc.text, o.end, trig.start())
              and not _KO_CASE_AFTER.match(doc.text, o.end)
              and not any(o.end <= p.start < trig.start() for p in doc.people)
              and _describes(doc.text[o.end:trig.start()])]
    return before[-1] if before else None


def _describes(gap: str) -> bool:
    """Whether Chinese words between a name and 代表团 say what the delegation is (人工智能企业,
    经贸): nouns only — a verb (已邀请, 率领) makes the name the subject of a clause, not the sender."""
    if not any("\u4e00" <= c <= "\u9fff" for c in gap):
        return True
    import rjieba

    return all(tag[:1] in ("n", "j", "t") or tag == "vn" for _w, tag in rjieba.tag(gap.strip()))


# 광둥성에 투자유치단을 보냈다, 경기도는 … 대표단을: a name with a case particle on it is where the
# delegation goes or the subject of the clause, not whose the delegation is (경기도의 대표단 is)
_KO_CASE_AFTER = re.compile(r"(?:에서|에게|에|으로|로|을|를|과|와|은|는|이|가|도)(?![가-힣])")
# 경기도 경제협력대표단, 京畿道人工智能企业代表团: a few words of what the delegation is between
_DELEGATION_GAP = re.compile(r"\s?(?:[가-힣A-Za-z]{1,8}\s?|(?:(?![与和同及的、率领带随书记长])[\u4e00-\u9fff]){1,8})?")


def _acting_bodies(doc: Doc, actors: list, targets: list) -> list:
    """People act for their organisations: 김영환 충북지사 leading a visit makes the province the
    actor. A person stays an actor only when no organisation acts in the sentence and theirs is
    not named in the story."""
    orgs = [a for a in actors if isinstance(a, OrgMention)]
    people = [a for a in actors if isinstance(a, PersonMention)]
    hosts = {_ref(t) for t in targets}
    people = [p for p in people if not (p.org_id is not None and ("e", p.org_id) in hosts)]
    for p in people:
        if p.org_id is None and not p.org_mention:  # named again without the title: the same person
            p = next((q for q in doc.people if q.mention == p.mention and (q.org_id or q.org_mention)), p)
        own = next((o for o in doc.orgs if (p.org_id is not None and o.entity_id == p.org_id) or (
            p.org_mention and o.entity_id is None and o.mention == p.org_mention)), None)
        if own is not None and isinstance(own.gloss_of, OrgMention):
            own = own.gloss_of  # 上海机器人产业协会(SRIA)全球营销长: the body, not its gloss
        if own is not None and _ref(own) not in hosts:
            orgs.append(own)
    return _unique(orgs or people)


def _sides(doc: Doc, lang: str, etype: str, trig: re.Match, orgs: list[OrgMention],
           people: list[PersonMention]):
    """Who acts and who is acted on. A person's own organisation acts with them. An event named
    by the trigger (세계인공지능대회, World Artificial Intelligence Conference) is the target,
    every mention of it. A founding's target is what is founded (`_founding_sides`). A parent
    named before its unit (바이트댄스 산하 …) and a venue (…센터에서) take no side."""
    trigger = trig.start()
    actors, targets = [], []
    own = {p.org_mention for p in people if p.org_mention}
    named = [o for o in orgs if o.start <= trigger < o.end]
    if named:
        refs = {_ref(o) for o in named}
        return [o for o in orgs if _ref(o) not in refs], [o for o in orgs if _ref(o) in refs]
    if etype == EventType.founding and orgs:
        return _founding_sides(doc, lang, trig, orgs)
    roles = ko_roles(doc, orgs, trigger) if lang == "ko" else {}
    if lang != "ko":
        roles = _zh_en_roles(doc, lang, etype, trigger, orgs)
    # the investors written as a possessive or a source (A, B 등에서 투자를 받았다): the whole group
    investors = {id(o) for g in _groups(doc, orgs) if _KO_INVESTOR_OF.match(doc.text, g[-1].end) for o in g} if (
        lang == "ko" and etype == EventType.investment) else set()
    raising = lang == "ko" and etype == EventType.investment and not _KO_PUTS_IN.search(trig.group()) and (
        (_KO_RAISE.search(doc.text, trig.start(), trig.end() + 30)
         and _KO_AMOUNT.search(doc.text, max(0, trigger - 60), trig.end() + 12))
        or "from" in roles.values() or bool(investors))  # …로부터 투자 유치
    premises = []
    for o in orgs:
        role = roles.get(id(o))
        if lang == "ko" and _KO_PARENT.match(doc.text, o.end):
            continue
        if lang == "ko" and etype == EventType.investment and (
                _KO_LEADS_ROUND.match(doc.text, o.end) or id(o) in investors):
            actors.append(o)  # 산업은행 주도로 … 투자를 유치: who leads the round puts money in
            continue
        if lang == "ko" and etype in (EventType.summit, EventType.other) and _KO_HOSTED_BY.match(doc.text, o.end):
            actors.append(o)  # 포럼이 산업부 주최로 열렸다: who holds it, though named after the gathering
            continue
        if any(p.org_mention == o.mention and 0 <= o.start - p.end <= 2 for p in people) and not any(
                x is not o and _ref(x) == _ref(o) for x in orgs):
            actors.append(o)  # 김관영 전북특별자치도지사를 단장으로: the leader's own body acts
            continue  # (but 텐센트를 방문해 마화텅 텐센트 회장을 만났다: the host's head)
        if role in ("venue", "ignore"):
            if role == "venue" and lang == "ko" and _ko_premises(doc, o):
                premises.append(o)
            continue
        if lang == "ko" and etype == EventType.visit and o.end < trigger and _KO_DELEGATION_OF.match(doc.text, o.end):
            actors.append(o)
            continue
        if (lang == "ko" and etype == EventType.visit and o.end < trigger
                and doc.text[o.end:o.end + 1] in ("와", "과")
                and _KO_DELEGATION.match(doc.text, o.end)):
            actors.append(o)  # 부산정보산업진흥원과 … 기업으로 꾸려진 대표단이
            continue
        if raising and role in ("actor", "from"):
            (actors if role == "from" else targets).append(o)
        elif role == "from" and etype == EventType.visit and lang == "ko":
            continue  # 관리위원회 관계자로부터 설명을 듣고: whom the visitors heard, not whom they visited
        elif role == "from":
            (actors if etype == EventType.investment else targets).append(o)
        elif role == "actor" or (role == "with" and etype == EventType.visit and (
                _WITH_TOGETHER.match(doc.text, o.end)
                or (lang == "ko" and _KO_DELEGATION.match(doc.text, o.end)
                    and o.end < trigger))):
            actors.append(o)
        elif role in ("target", "with", "at"):
            targets.append(o)
        elif role == "object":
            targets.append(o)
        elif o.mention in own and any(abs(p.end - o.start) <= 2 or abs(o.end - p.start) <= 2
                                      for p in people):
            actors.append(o)
        elif lang == "ko":
            if _KO_WITH.match(doc.text, o.end) and etype in (EventType.agreement,
                                                             EventType.partnership):
                targets.append(o)
            elif _KO_SUBJECT.match(doc.text, o.end):
                actors.append(o)
            else:
                targets.append(o)
        else:
            before = doc.text[max(0, o.start - 8):o.start]
            if o.start < trigger and not (_ZH_WITH.search(before) or _EN_WITH.search(before)):
                actors.append(o)
            else:
                targets.append(o)
    if etype == EventType.agreement and len(actors) <= 1 and not targets:
        # 애지봇 본사에서 MOU를 맺었다, 남방과기대에서 협약을 체결: with no counterpart named, the
        # body at whose own premises the agreement is signed is the one it is signed with (two
        # or more signing there sign with each other)
        seen = {_ref(a) for a in actors}
        targets = [o for o in premises if _ref(o) not in seen]
    if lang == "ko" and etype == EventType.visit and trig.group().startswith("접견"):
        # 서울시장은 바이두 대표단을 접견: the guest is who visits; 경기도지사는 광둥성 부성장을 접견
        # (both bodies with their officers): the first, the subject, receives
        if actors and targets:
            actors, targets = targets, actors
        elif len(actors) >= 2:
            actors, targets = actors[1:], actors[:1]
    return actors, targets


# a body's own premises (X 본사에서) or a university (X대에서): a host, not a hired venue
_KO_PREMISES = re.compile(r"(?:\s?\([^)]{0,40}\))?\s?(?:본사|본부|사옥|캠퍼스|본관|청사)\s?에서")
_KO_UNIVERSITY = re.compile(r"(?:대|대학|대학교|과기원)$")


def _ko_premises(doc: Doc, o: OrgMention) -> bool:
    return bool(_KO_PREMISES.match(doc.text, o.end)) or bool(_KO_UNIVERSITY.search(o.mention))


def _founding_sides(doc: Doc, lang: str, trig: re.Match, orgs: list[OrgMention]):
    """What is founded: in Korean the object (유니트리코리아를 설립) or the name a founding verb
    modifies (출범한 … '광주AI얼라이언스'), else the subject of the passive (…가 설립됐다); in
    Chinese and English the name right after the verb ('set up a subsidiary, Nota China',
    成立的芯路半导体) unless 'by' comes between, else the name before it ('Lumos Dynamics, a
    startup founded in 2023'). Those who found are the subjects before; 'by former X engineers'
    names no founder."""
    text = doc.text
    if lang == "ko":
        roles = ko_roles(doc, orgs, trig.start())
        if _KO_PURSUED.match(trig.group()):  # 중진공이 설립을 추진 중인 … 혁신성장지원센터: what the pursuit modifies
            of = _KO_PURSUED_OF.match(text, trig.end())
            named = [o for o in orgs if 0 <= o.start - trig.end() <= 40] if of else []
            return [o for o in orgs if roles.get(id(o)) == "actor" and o.end <= trig.start()], named[:1]
        objects = [o for o in orgs if roles.get(id(o)) == "object" and o.end <= trig.end()]
        if objects:
            return [o for o in orgs if roles.get(id(o)) == "actor"], objects
        modifier = _KO_MODIFIER_END.match(text, trig.end() - 1)
        if modifier and not text[trig.end():trig.end() + 1].isalpha():
            after = [o for o in orgs if 0 <= o.start - trig.end() <= 40]
            title = _KO_QUOTED_AFTER.match(text, trig.end())
            if title is not None and not any(o.start == title.start(1) and o.end == title.end(1) for o in orgs):
                # 설립된 'MIT 인텔리전스 퀘스트': the quoted title is what is founded, not a name inside it
                return [o for o in orgs if roles.get(id(o)) == "actor" and o.end <= trig.start()], []
            founders = [o for o in orgs if roles.get(id(o)) == "actor" and o.end <= trig.start()
                        and text[trig.end() - 1] in "한할"]  # 네이버가 설립한 …: its founder
            if after:
                return [o for o in founders if _ref(o) != _ref(after[0])], after[:1]
            if founders:  # 네이버가 설립한 데이터센터: no organisation named is founded
                return founders, []
        if _KO_FOUNDED_BY_TOPIC.match(trig.group()):  # 센스타임은 … 교수가 창업한 기업이다
            topic = next((o for o in orgs if roles.get(id(o)) == "actor" and o.end <= trig.start()
                          and text[o.end:o.end + 1] in ("은", "는")), None)
            if topic is not None:
                return [], [topic]
        if _KO_CEREMONY.search(trig.group()) and roles.get(id(orgs[0])) == "actor":
            return [orgs[0]], []  # NIPA는 … 센터 개소식을 열고: who holds the ceremony opens something unnamed
        if _KO_UNNAMED_OBJECT.search(text, max(0, trig.start() - 12), trig.start()) and orgs[0].start > trig.start():
            # 데이터센터를 이미 설립한데 이어 X 개원: the object founded is unnamed, X after it not founded
            # (유니트리는 한국법인을 설립한다: the subject's own unit, told as the subject's founding)
            return [o for o in orgs if roles.get(id(o)) == "actor"], []
        first = orgs[0]
        return [o for o in orgs[1:] if _ref(o) != _ref(first)], [first]
    if lang == "zh" and (built := _zh_built_by(text, trig, orgs)) is not None:
        return built
    if lang == "en":  # set up in SIP's Suzhou AI Industrial Park: where, not what is founded
        orgs = [o for o in orgs if not _EN_FOUNDED_IN.search(text, max(0, o.start - 30), o.start)]
        if not orgs:
            return [], []
    if lang == "en" and (founders := _en_founders_by(text, trig, orgs)):
        named = [o for o in orgs if o.end <= trig.start()]
        return founders, named[-1:]  # a joint body launched last year by A and B: A and B found it
    after = [o for o in orgs if 0 <= o.start - trig.end() <= 40
             and not _BY_BETWEEN.search(text, trig.end(), o.start)]
    before = [o for o in orgs if o.end <= trig.start() and not (
        lang == "zh" and _ZH_VENUE_OF_OPENING.fullmatch(text, o.end, trig.start())
        and text[max(0, _lead_in(doc, o) - 1):_lead_in(doc, o)] in ("在", "于"))]
    if lang == "zh" and len(trig.group()) > 2 and len(before) >= 2 and not after and _PAIR_GLUE.fullmatch(
            text, before[-2].end, before[-1].start):
        return before[-2:], []  # 浙江大学与韩国科学技术院签约共建联合实验室: the pair founds what it builds
    if lang == "zh" and _ZH_NO_OBJECT.match(text, trig.end()):
        # 星动纪元成立于2023年，孵化自清华大学: the subject was founded, never a name after it
        # (创始团队来自X: where the founders came from founded nothing)
        return [], before[-1:]
    if lang == "en" and before and not after and _EN_AGREED_TO.search(text, max(0, trig.start() - 24), trig.start()):
        return before, []  # A and B agreed to open a joint laboratory: the parties found a thing not named
    if before and _OPENS_UNNAMED.match(trig.group()):
        return [], before[:1]  # X, a startup founded by former Y engineers, opened an office: X's
    if lang == "en" and before and not after and _EN_UNNAMED_OBJECT.match(text, trig.end()):
        return before, []  # A and B agreed to set up a joint laboratory: what is founded is not named
    if after:
        return [o for o in before if _ref(o) != _ref(after[0])], after[:1]
    if len(before) >= 2 and _PAIR_GLUE.fullmatch(text, before[-2].end, before[-1].start):
        return before[-2:], []  # 浙江大学与韩国科学技术院签约共建联合实验室: the pair founds what it builds
    if before:
        return [], before[-1:]
    return [], orgs[:1]


# the pair written as one subject: A与B, A和B, A and B
_PAIR_GLUE = re.compile(r"\s*(?:[与和及同]|and)\s*", re.I)
# launched last year by, founded in 2019 by, set up jointly by: the founders are named after 'by'
_EN_FOUNDED_BY = re.compile(r"(?:\s+(?:last|this|in|jointly|early|late|[12]\d{3}|year|month)){0,3}\s+by\s+(?:the\s+)?")
_EN_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def _en_founders_by(text: str, trig: re.Match, orgs: list[OrgMention]) -> list[OrgMention]:
    """The bodies a passive founding names after 'by' (launched last year by A and B), listed."""
    by = _EN_FOUNDED_BY.match(text, trig.end())
    if by is None:
        return []
    out, at = [], by.end()
    for o in sorted((o for o in orgs if o.start >= at), key=lambda o: o.start):
        if o.start != at and not _EN_LIST_GLUE.fullmatch(text, at, o.start):
            break
        out.append(o)
        at = o.end
        m = re.match(r"\s*\([^)]{1,20}\)", text[at:])  # (KCCI)
        at += m.end() if m else 0
    return out


# a founding agreed or pursued (설립에 합의했다, 설립을 추진 중인 X): its subject founds, X is founded
_KO_PURSUED = re.compile(r"설립(?:에|을)")
_KO_PURSUED_OF = re.compile(r"\s?(?:중인|하는|한|할)\s")
# '데이터센터를 (이미) 설립': the founding verb's object is a thing the story does not name
_KO_UNNAMED_OBJECT = re.compile(r"[가-힣A-Za-z0-9)’'\"」][을를]\s?(?:[가-힣]{1,3}\s)?$")
# a sum put in (…에 50억원을 투자해 본사를 유치): an investor's act, whatever it attracts in return
_KO_PUTS_IN = re.compile(r"투자(?:해|하여|하며)$")
# the quoted title a founding verb modifies: 설립된 ‘…’
_KO_QUOTED_AFTER = re.compile(r"\s?[‘'\"“]([^’'\"”\n]{2,40})[’'\"”]")
# a company its founder started, told of the company (X은 … 창업한 기업이다): the topic is founded
_KO_FOUNDED_BY_TOPIC = re.compile(r"창업")
# an opening or launch ceremony (개소식, 현판식, 출범식): its subject holds it, it is not what is opened
_KO_CEREMONY = re.compile(r"식$")


# 由A与B共建的“…实验室”在…揭牌, 由X牵头组建的中心: the builders named after 由 found what the
# phrase modifies, the name right after 的
_ZH_BUILT_BY = re.compile(r"由([^，。；,;]{2,60}?)(?:共同|联合|合作|牵头|携手)?(?:共建|建设|组建|设立|成立|创办|创建|"
                          r"发起|打造|筹建|建立|创立)的")
# …在两江新区揭牌, 在X正式成立: the body after 在 is where the opening happens, not what is opened
_ZH_VENUE_OF_OPENING = re.compile(r"[^，。；,;]{0,6}")


def _zh_built_by(text: str, trig: re.Match, orgs: list[OrgMention]):
    found = None
    for m in _ZH_BUILT_BY.finditer(text, max(0, trig.start() - 120), trig.start()):
        found = m
    if found is None:
        return None
    builders = [o for o in orgs if found.start(1) <= o.start and o.end <= found.end(1)]
    built = [o for o in orgs if 0 <= o.start - found.end() <= 2]
    if not builders:
        return None
    return builders, built


# the name after 'in' or 'at' (founded in Seoul's Gangnam, opened an office at X's campus) is where
_EN_FOUNDED_IN = re.compile(r"\b(?:in|at|inside|near)\s+(?:the\s+)?(?:(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s\s+)?$")
# 成立于2016年, 于2016年成立。: 成立 with no object is intransitive — what is founded is its subject
_ZH_NO_OBJECT = re.compile(r"于|\s*[，。；,;]|\s*$")
# an office or centre opened whose name is not told: who opens it is the sentence's subject
_OPENS_UNNAMED = re.compile(r"open|开设|新设|设立", re.I)
# what the parties agreed to do together (agreed to open, will jointly launch): a founding of theirs
_EN_AGREED_TO = re.compile(r"\bagree(?:d|s)?\s+to\s+(?:jointly\s+)?$|\bjointly\s+$", re.I)
# 'set up a joint laboratory', 'launched a new model': the verb's object is a thing not named
_EN_UNNAMED_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|two|three|several)\s+(?:new\s+|joint\s+)?[a-z]")
_WITH_TOGETHER = re.compile(r"\s*[와과]\s*(?:함께|같이)")


# a person named again by surname and title (김 지사는, 李市长, Park visited …): the one named in full before
_KO_TITLED = re.compile(rf"(?<![가-힣])([가-힣])\s?([가-힣]{{0,3}}?(?:{KO_ROLES}))(?:은|는|이|가|도)\s")
_ZH_TITLED = re.compile(rf"([\u4e00-\u9fff])(?:{ZH_ROLES}|大使|总统|代表)")
_EN_TITLED = re.compile(r"\b([A-Z][a-z]+)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+|will\s+)?$")


def _titled_back_reference(doc: Doc, s, at: int) -> PersonMention | None:
    """The person a clause's subject names again by surname (and title), before `at`: the last one
    named in full before it whose name begins (Korean, Chinese) or ends or begins (English) so."""
    text = doc.text
    title = None
    if s.lang in ("ko", "zh"):
        found = list((_KO_TITLED if s.lang == "ko" else _ZH_TITLED).finditer(text, s.start, at))
        m = found[-1] if found else None
        key = m.group(1) if m else None
        title = m.group(2) if m and s.lang == "ko" else None
    else:
        m = _EN_TITLED.search(text, max(s.start, at - 40), at)
        key = m.group(1) if m else None
    if key is None:
        return None
    if s.lang == "ko":  # 이 시장은 may be "this market": the title must be the one the person bears
        people = [p for p in doc.people if p.role and (p.role.endswith(title) or title.endswith(p.role))]
    else:
        people = doc.people
    earlier = [p for p in people if p.end <= m.start() and (
        p.mention.startswith(key) if s.lang != "en" else key in p.mention.split()[:1] + p.mention.split()[-1:])
        and len(p.mention) > len(key)]
    return earlier[-1] if earlier else None
# the subject of the clause an opening phrase leads into: "On the second day of the state visit to
# China, in the afternoon, Lee held …", "During a tour of X, Mayor Park signed …"
_EN_SUBJECT_AFTER = re.compile(r"[^,;]*,\s+(?:(?:in|on|at|during) [^,;]{0,30},\s+)?"
                               r"(?:(?:President|Mayor|Governor|Gov\.|Minister|Chairman|CEO|Premier)\s+)?"
                               r"([A-Z][a-z]+)(?:\s+[A-Z][a-z]+(?:-[a-z]+)?)?\s+(?:also\s+)?"
                               r"(?:held|signed|met|visited|toured|attended|led|hosted|inked|opened)\b")


def _en_subject_after(doc: Doc, s, at: int) -> PersonMention | None:
    """The person an English clause names after the opening phrase that holds the trigger: in
    full, or by a surname of one named in full before (the same test as `_titled_back_reference`)."""
    m = _EN_SUBJECT_AFTER.match(doc.text, at, s.end)
    if m is None:
        return None
    full = next((p for p in doc.people if p.start == m.start(1)), None)
    if full is not None:
        return full
    key = m.group(1)
    earlier = [p for p in doc.people if p.end <= m.start(1) and len(p.mention) > len(key)
               and key in p.mention.split()[:1] + p.mention.split()[-1:]]
    return earlier[-1] if earlier else None
# a head of state or government, whom a company's head calls on (…执行长黄仁勋与韩国总统李在明举行会晤)
_ZH_OFFICE = re.compile(r"总统|总理|主席|首相|市长|省长|知事|部长|书记")


def _business_call(doc: Doc, gazetteer: Gazetteer, s, trig: re.Match, people: list[PersonMention]):
    """(the company, the official) when talks (会晤, 会谈) are between a company's titled head,
    named before 与, and an official named after it: the gold, as a reader, calls that a visit,
    not a summit (which is what two officials hold)."""
    if s.lang != "zh" or not _TALKS.fullmatch(trig.group()):
        return None
    officials = [p for p in people if p.end <= trig.start() and p.role and _ZH_OFFICE.search(simplified(p.role))
                 and _ZH_WITH_BEFORE.search(doc.text, s.start, p.start)]
    heads = [p for p in people if p.end <= trig.start() and (p.org_id is not None or p.org_mention)
             and p not in officials]
    if not heads or not officials or heads[-1].start > officials[-1].start:
        return None
    head = heads[-1]
    own = next((o for o in doc.orgs if (head.org_id is not None and o.entity_id == head.org_id)
                or (o.entity_id is None and o.mention == head.org_mention)), None)
    if own is None or (own.entity_id is not None and gazetteer.orgs[own.entity_id].kind not in ("company", "investor")):
        return None
    return own, officials[-1]


_ZH_WITH_BEFORE = re.compile(r"[与和同跟][^，。；,;]{0,12}$")
