"""Dates and events: the date expressions of every sentence, resolved against the article's
date, and visits, agreements, partnerships, investments, summits and foundings with their
sides, place, date and evidence sentence."""

from __future__ import annotations

import re
from datetime import date, timedelta

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EventType
from gyoryu.intel.event_parties import premises_visits, referred_list, supply_partners
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    EventRecord,
    OrgMention,
    PersonMention,
    PlaceMention,
    component,
)
from gyoryu.intel.recognise.heads import GATHERING, simplified
from gyoryu.intel.recognise.ko import KO_ROLES
from gyoryu.intel.recognise.zh import ZH_ROLES
from gyoryu.intel.segment import LazyKiwi, inside, kiwi_tokens
from gyoryu.intel.text import DateMention, find_dates

TRIGGERS: dict[str, list[tuple[EventType, re.Pattern]]] = {
    "ko": [
        (EventType.agreement, re.compile(r"업무협약|협약을?\s*(?:체결|맺)|MOU|양해각서|협정을?\s*체결|의향서|LOI|"
                                         r"합의(?:했|한|하고|하기로)")),
        (EventType.investment, re.compile(r"투자(?:를|했|한다|하기로|받)|"
                                          r"투자\s?유치(?!를?\s?(?:지원|돕|도우|위한|위해)|\s?(?:지원|설명회|활동|상담))|지분을?\s*인수|시리즈\s*[A-D]|"
                                          r"펀드(?:를|을|도)?\s*(?:조성|결성|출자)|(?:조성|결성)한\s*펀드")),
        (EventType.founding, re.compile(r"설립(?:됐|되었|했|한다|하고|된|한|할|하기로)|"
                                        r"출범(?:했|한다|시켰|한|할|하기로)|창립|설립\s*$|"
                                        r"법인[^.\n]{0,24}?(?:을|를)\s*(?:세웠|세운|세우|세울)|개소(?:했|한다|식)|현판식|"
                                        r"(?:센터|사무소|사무실|지사|법인|거점|연구소)(?:를|을)?\s*(?:설치|개설)|"
                                        r"(?:센터|사무소|지사|법인|연구소|본부|공장)[가-힣]{0,2}\s*문을\s*(?:열었|연다|열고|열어|연)")),
        (EventType.summit, re.compile(r"서밋|정상회의|장관회의|박람회|엑스포|세계인공지능대회|포럼|컨퍼런스|콘퍼런스")),
        (EventType.visit, re.compile(r"(?:방문|시찰|견학|탐방|참관)(?!단)|찾아|찾았|방중|방한|출장|둘러보|미팅|"
                                     r"예방(?:했|하고|한|을)")),
        (EventType.partnership, re.compile(r"파트너십|제휴|손잡|맞손|공동\s*개발|"
                                           r"협력\s?(?:하기로|키로|기회를?\s?(?:검토|모색|논의)|방안을?\s?(?:모색|논의)|사업)|"
                                           r"(?:협력|협업)(?=해|하여|하고|한다|했|하며|하는|할|키로)")),  # X와 협력해
        (EventType.delegation, re.compile(r"대표단|사절단|방문단|시찰단|개척단|투자유치단|의원단")),
        (EventType.exhibition, re.compile(r"한국관|국가관|공동관|통합관|홍보관|전시관|부스를?\s*(?:운영|마련|열)|출품|"
                                          r"전시[·ㆍ\s]?상담회|"
                                          r"(?:박람회|전시회|엑스포|산업전)에\s*참가|"
                                          r"(?:박람회|전시회|엑스포|산업전|전시관)에서\s[^.]{0,40}?(?=선보)")),
        (EventType.other, re.compile(r"상담회|(?:비즈니스|수출|구매|화상|온라인)\s?상담|"
                                     r"매칭|설명회|오찬|만찬|간담회|기공식|착공식|교류회|로드쇼|밋업|"
                                     r"비즈니스\s*미팅|IR\s*행사|기자회견|브리핑")),
    ],
    "zh": [  # read on the Simplified fold (`_folded`): Traditional text needs no forms of its own
        (EventType.agreement, re.compile(r"签署|签约|签订|合作协议|备忘录|MOU|意向书")),
        (EventType.investment, re.compile(r"投资(?!企业|机构|环境|者|人|方|基金|公司)|融资|领投|跟投|注资")),
        (EventType.founding, re.compile(r"成立|创立|揭牌|挂牌|开业|开馆|"
                                        r"(?:(?:开设|新设|设立)了?)[^，。；,;的]{0,12}?(?:分公司|子公司|法人|中心|办事处|代表处|研究院|分部)(?!的)")),
        (EventType.summit, re.compile(r"峰会|大会|论坛|世博|座谈会|研讨会|恳谈会|交流会|会晤|会谈")),
        (EventType.visit, re.compile(r"访问|考察|参观|走访|到访|拜访|调研|来访|访华|访韩|前往|会见|接见|"
                                     r"参访|拜会|造访|访台|访美|访日")),
        (EventType.partnership, re.compile(r"战略合作|携手|合作伙伴|联手|牵手|"
                                           r"合作(?!协议|备忘录|意向|框架|谅解)")),  # 与X合作: `_with_partner`
        (EventType.delegation, re.compile(r"代表团|使团|考察团|访问团|率团")),
        (EventType.exhibition, re.compile(r"韩国馆|中国馆|国家馆|展区|展台|展位|参展|博览会|展览会|展会")),
        (EventType.other, re.compile(r"对接会|洽谈会|推介会|说明会|发布会|午宴|晚宴|招待会|开工仪式|奠基")),
    ],
    "en": [
        (EventType.agreement, re.compile(r"\b(?:signed|sign|signs|inked|memorandums?|MOUs?|agreement|"
                                         r"letter of intent|LOI)\b|"  # A and B agreed to set up a body
                                         r"\bagreed to (?:jointly )?(?:establish|set up|create|launch|form|"
                                         r"build|operate|cooperate|work together)\b", re.I)),
        (EventType.investment, re.compile(r"\b(?:invest|invested|invests|investing|investment in|funding round|raised|"
                                          r"(?:creat(?:e|es|ed|ing|ion of)|set(?:ting)? up|launch(?:es|ed|ing)?"
                                          r"|establish(?:es|ed|ing|ment of)?) (?:an? |joint |new )?"
                                          r"(?:(?:investment|venture|start-?up|co-investment) )+funds?|"
                                          r"led a .{0,40}?round|attract(?:ed|ing|s)? [^.;]{0,30}investment|"
                                          r"(?:secured|secures|received|receives|closed)\s[^.;]{0,40}?(?:funding|investment))\b",
                                          re.I)),
        (EventType.founding, re.compile(r"\b(?:founded|established|launched|set up|"
                                        r"open(?:ed|s)?\s+(?:an?|its|their|the)\s+(?:(?!data\b)\w+\s+){0,3}?(?:office|centre|center|"
                                        r"branch|subsidiary|lab|laboratory|headquarters)s?)\b", re.I)),
        (EventType.summit, re.compile(r"\b(?:summit|expo|conference|forum|seminar|symposium|gathering)\b", re.I)),
        (EventType.visit, re.compile(r"\b(?:visit(?:ed|s|ing)?|toured|met(?: with)?|tour of|trip to)\b", re.I)),
        (EventType.partnership, re.compile(r"\b(?:partnership|partnered|partner(?:s|ing)? with|team(?:s|ed|ing)? up"
                                           r"|collaborat(?:e|es|ed|ing|ion)|joint venture|join(?:s|ed|ing)? hands"
                                           r"|cooperat(?:e|es|ed|ing|ion) with|tie-up|alliance with)\b", re.I)),
        (EventType.delegation, re.compile(r"\b(?:delegation|trade mission|investment mission)\b|"
                                          r"\brepresentatives (?=(?:visited|toured|travell?ed to)\b)", re.I)),
        (EventType.exhibition, re.compile(r"\b(?:pavilion|booth|exhibited|exhibitors?|trade (?:fair|show))\b|"
                                          r"\b(?:showcas(?:ed|es|ing)|display(?:ed|s|ing)|unveil(?:ed|s|ing))\b"
                                          r"(?=[^.;]{0,80}\bat (?:the )?[^.;]{0,60}?\b(?:Expo|Fair|Show|Exhibition|"
                                          r"Conference|Congress|CES|MWC|WAIC)\b)", re.I)),
        (EventType.other, re.compile(r"\b(?:luncheon|dinner|banquet|business matching|matchmaking|"
                                     r"consultation session|groundbreaking|investor relations session)\b", re.I)),
    ],
}
_KO_SUBJECT = re.compile(r"(?:\s*(?:본사|지사|측|관계자|기업인|기업|대표단|대표|등|의원들?|직원들?|임직원들?))*"
                         r"\s*(?:[은는이가]\s|와|과|대표단)")
_KO_WITH = re.compile(r"\s*(?:[와과]\s|와의|과의|[와과]\s*함께)")
_ZH_WITH = re.compile(r"[与和同跟與]\s*$")
_EN_WITH = re.compile(r"\bwith\s+(?:the\s+)?$")




# "이번 방문에서", "이번 방문에 동행했다", "방문 기간 중": a visit already told, named as the
# setting of another event
_BACK_REFERENCE = re.compile(r"[가-힣]{0,2}?(?:에서|에\s|\s*(?:기간|중에|도중|당시|길에))")


# -- dates ----------------------------------------------------------------------------------------
# "이날", "同日": the day last named; "지난달", "다음 달": a month from the article's; "on Monday":
# the last such weekday on or before the article's date
_ANAPHORIC_DAY = re.compile(r"이날|같은 날|당일|同日|当日|当天|\b[Tt]he same day\b")
_KO_MONTH_REL = re.compile(r"(?<![가-힣])(지난|이번|다음|오는|이)\s?달(?![러란려리성해했한하])")
_ZH_MONTH_REL = re.compile(r"(上|本|下)个?月(?!球|饼)")
_EN_MONTH_REL = re.compile(r"\b(last|this|next)\s+month\b", re.I)
_MONTH_SHIFT = {"지난": -1, "이번": 0, "이": 0, "다음": 1, "오는": 1, "上": -1, "本": 0, "下": 1,
                "last": -1, "this": 0, "next": 1}
_EN_WEEKDAY = re.compile(r"\b(?:on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "… 체결했다고 15일 밝혔다": the day the news was told, not the day of the event
_REPORTING = re.compile(r"\s*(?:밝혔|말했|전했|발표했|알렸|설명했|덧붙였)")
_EN_REPORTING = re.compile(r"\b(?:said|says|announced|told \w+)\s+(?:on\s+)?$")
_EN_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)\d{2})\b(?!\s*(?:won|yuan|dollars|people))")
_RANGE_START = re.compile(r"\s*부터")
_RANGE_END = re.compile(r"\s*까지")


def _month_shift(anchor: date, months: int) -> str:
    y, m = anchor.year, anchor.month + months
    while m < 1:
        y, m = y - 1, m + 12
    while m > 12:
        y, m = y + 1, m - 12
    return f"{y:04d}-{m:02d}"


@component("gyoryu.dates.v2")
def dates_v2(*, gazetteer: Gazetteer):
    """Date expressions of every sentence, resolved against the article's date (text.find_dates),
    with 지난달/다음 달, English weekdays ('on Monday') and day anaphora (이날, 同日, the same
    day: the last day named before, not counting the day the news was told)."""

    def run(doc: Doc) -> None:
        anchor = doc.date
        for s in doc.sentences:
            doc.dates.extend(find_dates(doc.text, s.start, s.end, anchor))
            if anchor is None:
                continue
            month_rel = {"ko": _KO_MONTH_REL, "zh": _ZH_MONTH_REL, "en": _EN_MONTH_REL}.get(s.lang)
            if month_rel is not None:  # 지난달, 이달, 上月, last month
                for m in month_rel.finditer(doc.text, s.start, s.end):
                    shift = _MONTH_SHIFT[m.group(1).lower()]
                    doc.dates.append(DateMention(m.start(), m.end(), _month_shift(anchor, shift)))
            if s.lang == "en":
                for m in _EN_WEEKDAY.finditer(doc.text, s.start, s.end):
                    back = (anchor.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
                    if m.group(0).lower().startswith("last") and back == 0:
                        back = 7
                    doc.dates.append(DateMention(m.start(1), m.end(1),
                                                 (anchor - timedelta(days=back)).isoformat()))
            if s.lang == "en":
                for m in _EN_YEAR.finditer(doc.text, s.start, s.end):
                    doc.dates.append(DateMention(m.start(1), m.end(1), m.group(1)))
        reporting = {d.start for d in doc.dates if _REPORTING.match(doc.text, d.end)
                     or _EN_REPORTING.search(doc.text, max(0, d.start - 16), d.start)}
        doc.cache["reporting_dates"] = reporting
        doc.dates.sort(key=lambda d: d.start)
        for s in doc.sentences:
            for m in _ANAPHORIC_DAY.finditer(doc.text, s.start, s.end):
                earlier = [d for d in doc.dates if d.end <= m.start() and d.value
                           and d.start not in reporting and len(d.value) == 10]
                if earlier:
                    doc.dates.append(DateMention(m.start(), m.end(), earlier[-1].value))
        doc.dates.sort(key=lambda d: d.start)

    return run


def _event_date(doc: Doc, lang: str, trig_start: int, dates: list[DateMention]) -> str | None:
    """The date of the event's clause: Korean and Chinese name it before the verb (the nearest
    before the trigger, a range by its start: 17일부터 20일까지 → 17일), English after it (the
    nearest after). The day the news was told (…15일 밝혔다) does not count."""
    reporting = doc.cache.get("reporting_dates", set())
    cands = [d for d in dates if d.start not in reporting]
    if not cands:
        # nothing but the day it was told (…유치했다고 2일 밝혔다): done by then, dated so
        told = [d for d in dates if d.start in reporting]
        return told[0].value if told else None
    before = sorted((d for d in cands if d.end <= trig_start), key=lambda d: -d.start)
    after = sorted((d for d in cands if d.end > trig_start), key=lambda d: d.start)
    order = after + before if lang == "en" else before + after
    pick = order[0]
    if _RANGE_END.match(doc.text, pick.end):
        start = [d for d in cands if d.end <= pick.start and _RANGE_START.match(doc.text, d.end)]
        if start:
            pick = start[-1]
    return pick.value


# -- places ---------------------------------------------------------------------------------------
# "서울 중구의 한 호텔에서", "판교 경기창조경제혁신센터에서": where the clause happens
_KO_AT = re.compile(r"(?:\s*의)?(?:\s*한)?(?:\s*[가-힣A-Za-z0-9]{1,14})?\s*에서")
_KO_WENT = re.compile(r"(?:을|를)\s*(?:찾아|방문해|방문하여|방문한\s*자리에서)")
_KO_VISITED = re.compile(r"\s*(?:을|를)?\s*(?:찾|방문)")
_ZH_AT = re.compile(r"在\s*$")
_ZH_VISITED = re.compile(r"(?:访问|考察|走访|参观|到访)\s*$")
_EN_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_BASED = re.compile(r"-?\s?based\b|\s*에\s*본사를\s*둔")
_EN_CLAUSE = re.compile(r"\s(?:as|while|after|before|but|when)\s|;|, (?:which|who|while)\b")


def _event_place(doc: Doc, gazetteer: Gazetteer, lang: str, s, trig_start: int,
                 places: list[PlaceMention], targets: list,
                 fallback: bool = True) -> PlaceMention | None:
    """The place of the event's clause: the '…에서' phrase, the place visited ('항저우를 찾아',
    '访问上海'), '在北京', 'in Shenzhen' (the most specific of a run: 在北京海淀区 → 海淀区);
    else in Korean and Chinese the place named before the first target, in English after it;
    else the nearest. Only visits and summits fall back so: a place that merely describes a
    party ('선전의 라이다 기업', 'a Shenzhen startup') is not where they signed. English looks only
    inside the trigger's clause; 'Seoul-based' describes, it does not place."""
    text = doc.text
    local = [p for p in places if gazetteer.places[p.entity_id].kind != "country"
             and not _BASED.match(text, p.end)]
    if lang == "en":
        lo, hi = s.start, s.end
        for m in _EN_CLAUSE.finditer(text, s.start, s.end):
            if m.end() <= trig_start:
                lo = m.end()
            elif m.start() >= trig_start:
                hi = min(hi, m.start())
        local = [p for p in local if lo <= p.start < hi]
    if not local:
        return None
    if lang == "ko":
        marked = [p for p in local if _KO_AT.match(text, p.end)] or \
                 [p for p in local if _KO_VISITED.match(text, p.end)]
    elif lang == "zh":
        marked = [p for p in local if _ZH_AT.search(text, max(s.start, p.start - 3), p.start)
                  or _ZH_VISITED.search(text, max(s.start, p.start - 4), p.start)]
    else:
        marked = [p for p in local if _EN_AT.search(text, max(s.start, p.start - 8), p.start)]
    if marked and lang in ("ko", "zh"):  # the place adverbial comes before the verb it places
        marked = [p for p in marked if p.end <= trig_start] or marked
    if marked:
        pick = min(marked, key=lambda p: (abs(p.start - trig_start), p.start))
        return _most_specific(doc, local, pick)
    if not fallback and lang == "ko":
        went = _KO_WENT.search(doc.text, s.start, trig_start)  # 칭화대학교를 찾아 … 체결했다
        if went:
            before = [p for p in local if p.end <= went.start()]
            return before[-1] if before else None
    if not fallback:
        return None
    if targets:
        first = targets[0].start
        if lang in ("ko", "zh"):
            before = [p for p in local if p.end <= first]
            if before:
                return before[-1]
        else:
            after = [p for p in local if p.start >= targets[0].end]
            if after:
                return after[0]
        return min(local, key=lambda p: abs(p.start - first))
    return local[0]


_PLACE_RUN = re.compile(r"\s*(?:'s\s+)?")


def _most_specific(doc: Doc, places: list[PlaceMention], pick: PlaceMention) -> PlaceMention:
    """在北京海淀区, in Shenzhen's Nanshan district: the last of a run of places written together."""
    ordered = sorted(places, key=lambda p: p.start)
    i = ordered.index(pick)
    while i + 1 < len(ordered) and _PLACE_RUN.fullmatch(
            doc.text, ordered[i].end, ordered[i + 1].start):
        i += 1
    return ordered[i]


# -- events ---------------------------------------------------------------------------------------
_KO_RAISE = re.compile(r"유치|투자를?\s*받|투자받")
_KO_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:억|조|만)\s*(?:원|달러|위안|유로|엔)|시리즈\s*[A-D]|프리\s*[A-D]|라운드")
_ZH_RAISE = re.compile(r"(?:完成|获得?|宣布完成)[^，。,]{0,14}(?:融资|投资)")
_EN_RAISE = re.compile(r"\b(?:raised|raises|raising|secured|secures|received|receives|closed)\b", re.I)
_ZH_LEAD = re.compile(r"\s*(?:联合)?(?:领投|跟投|参投)")
_ZH_LEAD_AHEAD = re.compile(r"[^，。；,;]{0,12}?(?:领投|跟投|参投|加注|追投)")
_KO_DELEGATION = re.compile(r"[^.?!\n]{0,40}?(?:대표단|방문단|사절단|시찰단|일행|관계자들?|임직원들?|기업인들?)"
                            r"(?:이|은|도)\s")
_KO_PARENT = re.compile(r"\s*(?:산하|계열|자회사|그룹\s*계열)")
_KO_MODIFIER_END = re.compile(r"한|된|할")
_BY_BETWEEN = re.compile(r"\bby\b|由", re.I)
# the long name an organisation's short name glosses: 韩国贸易投资振兴公社（KOTRA）
_GLOSSED_NAME = re.compile(r"([\u4e00-\u9fff가-힣]{4,20})[（(]")
_HOME_OF_DELEGATION = re.compile(r"\s?(?:[가-힣A-Za-z]{0,8}\s?)?(?:대표단|방문단|사절단|개척단|代表团)|\s+delegation")
_EN_VISITED_BEFORE = re.compile(r"\b(?:toured|visited|visiting|tour|visit|met with|met)\s+(?:the\s+)?$", re.I)


@component("gyoryu.events.v2")
def events_v2(*, gazetteer: Gazetteer):
    """Visits, agreements, partnerships, investments, summits and foundings, one sentence at a
    time: the trigger gives the type, the mentions around it the sides, the place and date of
    the trigger's clause the rest (`_event_place`, `_event_date`); the sentence is the evidence.
    Korean sides come from the particles Kiwi tags (`ko_roles`); an organisation is never both
    actor and target. An agreement in the same sentence or between the same parties stands for
    the partnership it seals; an investment needs an investor or an organisation raising."""
    _KIWI_REF["kiwi"] = LazyKiwi(gazetteer)

    def run(doc: Doc) -> None:
        original = doc.text
        doc.text = _folded(doc)
        try:
            _read(doc)
        finally:
            doc.text = original

    def _read(doc: Doc) -> None:
        last_actors: dict[str, list] = {}
        last_round: EventRecord | None = None
        carried: tuple[int, list] = (-1, [])
        for s, whole in _clauses(doc):
            triggers = TRIGGERS.get(s.lang, [])
            found, also = [], None
            # a gloss is its name's (but a short form elsewhere in the story is a party of its own)
            orgs = [o for o in doc.orgs if inside(o, s) and (o.gloss_of is None or not inside(o.gloss_of, s))]
            names = [(o.start, o.end) for o in orgs]
            names += [m.span(1) for m in _GLOSSED_NAME.finditer(doc.text, s.start, s.end)
                      if any(o.start == m.end(1) + 1 for o in orgs)]  # 韩国贸易投资振兴公社（KOTRA）
            for t, rx in triggers:
                hits = [h for h in rx.finditer(doc.text, s.start, s.end)
                        if not (s.lang == "ko" and t == EventType.visit
                                and _BACK_REFERENCE.match(doc.text, h.end()))
                        and not (s.lang == "zh" and t == EventType.visit and (
                            _ZH_BACK_REFERENCE.match(doc.text, h.end())
                            or _ZH_THIS.search(doc.text, max(s.start, h.start() - 12), h.start())))
                        and not (s.lang != "ko" and t in _ACTS and _quoted(doc, s, h.start()))
                        and not (s.lang == "ko" and t in (EventType.agreement, EventType.visit)
                                 and _ko_told_again(doc, s, t, h))
                        and not (s.lang == "ko" and t == EventType.visit and _ko_visitor_described(doc, s, h))
                        and not (s.lang == "ko" and t in (EventType.other, EventType.summit)
                                 and _ko_setting_told(doc, s, t, h))
                        and not (s.lang != "ko" and t == EventType.agreement and _told_again(doc, s, t, h))
                        and not (s.lang == "zh" and t == EventType.founding and _ZH_PLAN.search(
                            doc.text, max(s.start, h.start() - 14), h.start()))
                        and not (t == EventType.partnership and h.group() in ("협력", "협업", "合作")
                                 and not _with_partner(doc, s.lang, orgs, h.start()))
                        and not (s.lang == "en" and t == EventType.partnership
                                 and _EN_TOLD_BEFORE.search(doc.text, max(s.start, h.start() - 12), h.start())
                                 and not _EN_WITH_AFTER.match(doc.text, h.end()))
                        and (t == EventType.summit or not any(  # 韩国贸易投资振兴公社 invests in nothing
                            a <= h.start() and h.end() <= b for a, b in names))]
                if hits:  # Korean verbs close the sentence; elsewhere the verb follows the subject
                    first = s.lang == "ko" or (s.lang == "zh" and t in (EventType.visit, EventType.delegation))
                    found.append((t, hits[0] if first else hits[-1]))  # 考察了A、B,参观了C: all visited
                    gathering = [h for h in hits if not _TALKS.fullmatch(h.group())]
                    if t == EventType.summit and s.lang == "zh" and gathering and found[-1][1] is not gathering[-1]:
                        also = gathering[-1]  # 在APEC峰会期间与…举行会晤: the summit and the talks
            if any(t == EventType.agreement for t, _h in found):
                # the partnership an agreement seals; the investment it is about (投资促进备忘录)
                found = [(t, h) for t, h in found if t != EventType.partnership and not (
                    t == EventType.investment and not _raising(doc, s)
                    and not _ZH_LEAD_AHEAD.search(doc.text, s.start, s.end))]
            if any(t == EventType.exhibition for t, _h in found):
                shown = [h for t, h in found if t == EventType.exhibition]
                found = [(t, h) for t, h in found if t != EventType.summit and not (  # the fair they exhibit at
                    t == EventType.other and any(x.start() <= h.start() <= x.end() for x in shown))]  # 전시·상담회
            summit = next((h for t, h in found if t == EventType.summit), None)
            if s.lang == "ko" and summit is not None and _KO_SETTING_OF_PAST.match(doc.text, summit.end()):
                found = [(t, h) for t, h in found if t != EventType.summit]  # …장관회의'에서 합의한: where, before
            if s.lang == "ko" and _DEFINITION.search(doc.text, s.start, s.end):
                found = []  # 박람회는 … 주관하는 대표적인 전시회다: what the fair is, not an event
            if any(t == EventType.agreement for t, _h in found):  # 会晤，同时举办签约仪式: the talks are the signing
                found = [(t, h) for t, h in found if not (t == EventType.summit and _TALKS.fullmatch(h.group()))]
            if also is not None and any(t == EventType.summit for t, _h in found):
                found.append((EventType.summit, also))
            if any(t == EventType.visit for t, _h in found):  # 시찰하며 협력 방안을 모색: the visit's aim
                found = [(t, h) for t, h in found if not (t == EventType.partnership and h.group().startswith("협력"))]
            if any(t == EventType.other and _PRESS.fullmatch(h.group()) for t, h in found):
                found = [(t, h) for t, h in found if t != EventType.summit]  # the fair a briefing is about
            if s.lang == "ko" and (m := _KO_HOSTS_AFTER.match(doc.text, s.start)) and doc.events:
                told = next((e for e in reversed(doc.events) if e.type in _GATHERINGS_OF_ACTORS), None)
                hosts = [o for o in orgs if o.end <= m.end()]
                if told is not None and hosts and not told.actors:
                    told.actors = _unique(hosts)
            visit = next((h for t, h in found if t == EventType.visit), None)
            if s.lang == "ko" and visit is not None and _KO_BARE_DELEGATION.match(doc.text, s.start) and not any(
                    o.start < visit.start() for o in orgs):
                sent = next((e for e in reversed(doc.events) if e.type == EventType.delegation), None)
                if sent is not None:  # the delegation told, touring places: no visit of its own
                    found = [(t, h) for t, h in found if t != EventType.visit]
            if not found:
                continue
            people = [p for p in doc.people if inside(p, s)]
            places = [p for p in doc.places if inside(p, s)]
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            for etype, trig in found:
                actors, targets = _sides(doc, s.lang, etype, trig, orgs, people)
                targets = _unique(targets)
                actors = _acting_bodies(doc, actors + [p for p in people if p not in actors], targets)
                if not actors and etype != EventType.founding:
                    named = _titled_back_reference(doc, s, trig.start())  # 김 지사는 … 방문했다
                    if named is None and s.lang == "en":  # During the visit to China, Lee held …
                        named = _en_subject_after(doc, s, trig.end())
                    actors = _acting_bodies(doc, [named], targets) if named is not None else []
                if not actors and carried[0] == whole.start and s.start != whole.start:
                    actors = [a for a in carried[1] if _ref(a) not in {_ref(t) for t in targets}]
                elif actors:  # …방문…21일 안후이성과 의향서: the sentence's subject acts on
                    carried = (whole.start, actors)
                listed = []  # signed MOUs with the CEOs of the four companies: one per company listed
                if etype in _ONE_PER_COUNTERPART and not any(isinstance(t, OrgMention) for t in targets):
                    listed = referred_list(doc, s, s.lang, trig.end(), {_ref(a) for a in actors})
                    targets = listed or targets
                sent = _sender(doc, orgs, trig) if etype == EventType.delegation else None
                if sent is not None:
                    actors, targets = [sent], [t for t in targets if _ref(t) != _ref(sent)]
                elif etype == EventType.delegation and not actors:
                    continue  # "대표단은 …": whose, the visit it makes tells
                told = next((e for e in doc.events if e.type == EventType.delegation), None)
                if etype == EventType.delegation and told is not None and (sent is None or _BACK_DELEGATION.search(
                        doc.text, max(s.start, trig.start() - 20), trig.start())):
                    have = {_ref(x) for x in (*told.actors, *told.targets)}  # the delegation told before
                    told.actors += [a for a in actors if _ref(a) not in have and isinstance(a, OrgMention)]
                    continue
                if etype == EventType.summit and _ATTENDS_BARE.search(doc.text, s.start, trig.start()):
                    told = next((e for e in reversed(doc.events) if e.type == EventType.summit), None)
                    if told is not None:  # 也出席了恳谈会: the forum already told, one more side
                        have = {_ref(x) for x in (*told.actors, *told.targets)}
                        told.actors += [a for a in actors if _ref(a) not in have]
                        continue
                call = _business_call(doc, gazetteer, s, trig, people) if etype == EventType.summit else None
                if call is not None:  # a company's head meets a head of state: the company calls on them
                    etype, actors, targets = EventType.visit, [call[0]], [call[1]]
                if etype == EventType.summit and _TALKS.fullmatch(trig.group()) and actors:
                    actors = _unique(actors + [t for t in targets if isinstance(t, OrgMention)
                                               and not _is_gathering(t, gazetteer)])  # A与B举行会谈: both
                if etype == EventType.summit:
                    targets = [t for t in targets if _is_gathering(t, gazetteer)] or [
                        o for o in orgs if _is_gathering(o, gazetteer)]
                local = [p for p in places
                         if gazetteer.places[p.entity_id].kind != "country"]
                if etype == EventType.visit:
                    targets = _visited(doc, gazetteer, targets, local, actors, s)
                # leaders who act for their countries (President Lee and President Xi held a summit,
                # signed MOUs): people with a title are the sides when no organisation is named
                leaders = [p for p in people if p.role] if not orgs and etype in _LEADERS_ACT else []
                if len(leaders) >= 2 or (leaders and etype == EventType.visit):
                    actors, targets = leaders[:1], leaders[1:] if etype != EventType.visit else targets
                if etype == EventType.summit and not (orgs or places or leaders):
                    continue
                if etype in _AGREED_ITEMS and not orgs and not leaders and _FUND.search(trig.group()):
                    sealed = next((e for e in reversed(doc.events) if e.type == EventType.agreement), None)
                    if sealed is not None:
                        actors, targets = _unique([*sealed.actors, *sealed.targets]), []
                if etype in (EventType.agreement, EventType.partnership, EventType.investment,
                             EventType.founding) and not (orgs or listed or len(leaders) >= 2 or (
                                 etype in _AGREED_ITEMS and actors)):
                    continue
                if etype == EventType.investment and not (
                        any(isinstance(a, OrgMention) for a in actors) or _raising(doc, s)):
                    continue
                if etype == EventType.investment and not targets and actors and last_round:
                    targets = list(last_round.targets)  # 本轮由X领投: the round told before
                if etype in _GATHERINGS_OF_ACTORS and not actors:
                    actors = [o for o in targets if not _is_gathering(o, gazetteer)]
                    targets = [t for t in targets if t not in actors]
                if not targets and etype == EventType.agreement and len(actors) >= 2:
                    targets = actors[-1:]  # 네이버·네이버랩스·네이버클라우드는 … 협약: they sign with each other
                    actors = actors[:-1]
                if not targets and not (etype in _GATHERINGS_OF_ACTORS and actors and (
                        etype != EventType.summit or _HOSTS.search(doc.text, s.start, s.end)
                        or (len(actors) >= 2 and _TALKS.fullmatch(trig.group()))  # A与B举行会谈
                        or _ATTENDS.search(doc.text, s.start, trig.start()))) and not (
                        etype == EventType.investment and actors and (
                            _FUND.search(trig.group()) or _AMOUNT.search(doc.text, s.start, s.end))):
                    continue  # a summit of its hosts only (…포럼을 개최했다), not of who signed there
                if not actors and etype == EventType.visit:
                    actors = list(last_actors.get(etype, []))
                    if not actors and not any(isinstance(t, OrgMention) for t in targets) and not (
                            _DELEGATION_WORD.search(doc.text, s.start, s.end)):
                        continue  # "visited Seoul", by no one named nor a delegation: no exchange
                elif actors:
                    last_actors[etype] = actors
                if etype == EventType.delegation and actors and s.lang != "ko":
                    last_actors[EventType.visit] = actors  # 代表团一行先后前往…: the delegation visits
                place = _event_place(doc, gazetteer, s.lang, s, trig.start(), places, targets,
                                     etype in (EventType.visit, EventType.summit))
                when = _event_date(doc, s.lang, trig.start(), dates)
                for party in listed if listed and len(targets) == len(listed) else [None]:
                    doc.events.append(EventRecord(etype, actors, [party] if party else targets, place, when,
                                                  whole.start, whole.end))
                if etype == EventType.investment:
                    last_round = doc.events[-1]
        for supplier, receiver, s in supply_partners(doc, lambda s, at: _quoted(doc, s, at)):
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            doc.events.append(EventRecord(EventType.partnership, [supplier], [receiver], None,
                                          _event_date(doc, s.lang, s.start, dates), s.start, s.end))
        for visitor, host, s in premises_visits(doc):
            dates = [d for d in doc.dates if s.start <= d.start < s.end and d.value]
            doc.events.append(EventRecord(EventType.visit, [visitor], [host], None,
                                          _event_date(doc, s.lang, s.start, dates), s.start, s.end))
        heads = _headlines(doc)
        before = -1
        while before != len(doc.events):  # merging can join groups that only meet later
            before = len(doc.events)
            doc.events = _merge(doc.events, gazetteer, heads)
        told = {e.type for e in doc.events if e.start not in heads}
        # a headline event the story does not take up under its parties is the headline's
        # shorthand misread (…방문…현지 협회와 MOU: the MOU is not with the companies visited)
        doc.events = [e for e in doc.events if e.start not in heads or e.type not in told]
        for e in doc.events:
            acting = {_ref(a) for a in e.actors}
            kept = [t for t in e.targets if _ref(t) not in acting]
            if not kept and e.targets and e.type in (EventType.agreement, EventType.partnership) \
                    and len(e.actors) >= 2:
                kept, e.actors = e.actors[-1:], e.actors[:-1]  # 首尔市和广东省(政府)签署: with each other
            e.targets = kept
        doc.events = _sealed_partnerships([e for e in doc.events if e.targets or (
            (e.type in _GATHERINGS_OF_ACTORS or _FUND.search(doc.text, e.start, e.end) or (
                e.type == EventType.investment and _AMOUNT.search(doc.text, e.start, e.end))) and e.actors)])
        doc.events = _one_summit_of_people(doc.events)
        doc.events = _one_visit_per_host(doc, doc.events)
        doc.gatherings = [o for o in doc.orgs if o.source == "gathering" or _held_gathering(o, gazetteer)]
        doc.orgs = [o for o in doc.orgs if o not in doc.gatherings]

    return run


# 访渝期间, 来访的代表团, 此次访问: a visit already told, named as the setting or a modifier
_ZH_BACK_REFERENCE = re.compile(r"[\u4e00-\u9fff]?(?:的|期间|之际|时[,，]|中[,，])")
_ZH_THIS = re.compile(r"(?:此次|这次|本次|此行)[^，。,]{0,10}$")
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


_CLAUSE_BREAK = re.compile(r"[；;]\s*")
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
        for m in (_KO_CLAUSE_BREAK if s.lang == "ko" else _CLAUSE_BREAK).finditer(doc.text, s.start, s.end):
            if m.start() - start >= 8:
                yield Sentence(start, m.start(), s.lang), s
                start = m.end()
        yield Sentence(start, s.end, s.lang), s


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


# events that may have no other side: who sends a delegation, exhibits, hosts a consultation or
# holds a summit is the event, with or without a counterpart named
_GATHERINGS_OF_ACTORS = frozenset({EventType.delegation, EventType.exhibition, EventType.other, EventType.summit})


# a titled person who attends a forum (张术平参加了…恳谈会): their body is a side of it
_ATTENDS = re.compile(r"参加|出席|참석|참가|\battended\b|\btook part\b")
_ATTENDS_BARE = re.compile(r"(?:参加|出席|参与)了?\s*$|(?:이번\s?|해당\s?|이\s)$|\battended the\s+$")
_HOSTS = re.compile(r"개최|주최|주관|열었|연다|열린다|개막|갖고|가졌|hosted|held|organi[sz]ed|举办|主办|召开|舉辦|主辦")


def _sender(doc: Doc, orgs: list[OrgMention], trig: re.Match) -> OrgMention | None:
    """Whose delegation it is: the organisation right before the word (경기도 대표단, 한중의원연맹
    대표단, 전북 경제협력대표단), with at most a few words between."""
    before = [o for o in orgs if o.end <= trig.start() and trig.start() - o.end <= 10
              and _DELEGATION_GAP.fullmatch(doc.text, o.end, trig.start())]
    return before[-1] if before else None


_DELEGATION_GAP = re.compile(r"\s?(?:[가-힣A-Za-z]{1,8}\s?)?")


# acts done to each counterpart on its own: a visit to several hosts, an agreement or a
# partnership with several partners named in a list, is one event per counterpart
_ONE_PER_COUNTERPART = frozenset({EventType.visit, EventType.agreement, EventType.partnership})


def _one_visit_per_host(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """A visit to several organisations is one visit per host (who was met where), and an
    agreement or partnership with several partners written as one list (A, B와 협약; with A and
    B) one per partner, as a reader of one counterpart's timeline expects. With no one acting,
    such a list names the co-signers, not several partners."""
    out = []
    for e in events:
        hosts = [t for t in e.targets if isinstance(t, OrgMention)]
        if e.type not in _ONE_PER_COUNTERPART or len(hosts) < 2 or (e.type != EventType.visit and (
                not e.actors or len(_groups(doc, hosts)) > 1)):
            out.append(e)
            continue
        others = [t for t in e.targets if not isinstance(t, OrgMention)]
        for h in hosts:
            out.append(EventRecord(e.type, list(e.actors), [h, *others], e.place, e.date, e.start, e.end))
    return out


# a directory entry of no kind of body whose English name is a gathering's (World Artificial
# Intelligence Conference, and WAIC for it) is what summits are about, not an organisation
_GATHERING_NAME = re.compile(r"\b(?:Conference|Expo|Exposition|Fair|Show|Summit|Festival)$")


def _held_gathering(m: OrgMention, gazetteer: Gazetteer) -> bool:
    if m.entity_id is None:
        return False
    entry = gazetteer.orgs[m.entity_id]
    return entry.kind == "other" and bool(_GATHERING_NAME.search(entry.names.get("en", "")))


def _is_gathering(m, gazetteer: Gazetteer) -> bool:
    """What a summit event is about: a gathering (WAIC, 한중 AI CEO 서밋), not a company that
    signed something during it."""
    if not isinstance(m, OrgMention):
        return False
    if m.entity_id is not None:
        return gazetteer.orgs[m.entity_id].kind == "other" or bool(GATHERING.search(m.mention))
    return bool(GATHERING.search(m.mention))


def _visited(doc: Doc, gazetteer: Gazetteer, targets: list, local: list, actors: list, s) -> list:
    """What a visit is to: the organisations visited, else the places — the most specific of
    them (광둥성 광저우 → 광저우), never the delegation's home ('전북 경제협력대표단')."""
    if any(isinstance(t, OrgMention) for t in targets):
        return [t for t in targets if isinstance(t, OrgMention)]
    places = gazetteer.places
    if not targets and local:
        targets = [p for p in local if p.start > min((a.end for a in actors), default=s.start)] or local[:1]
    targets = [p for p in targets if not (isinstance(p, PlaceMention)
                                          and _HOME_OF_DELEGATION.match(doc.text, p.end))]
    inner = {a for p in targets if isinstance(p, PlaceMention)
             for a in places[p.entity_id].ancestors(places) - {p.entity_id}}
    return [t for t in targets if not (isinstance(t, PlaceMention) and t.entity_id in inner)]


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
        if own is not None and _ref(own) not in hosts:
            orgs.append(own)
    return _unique(orgs or people)


def _headlines(doc: Doc) -> frozenset:
    """The first sentence when it fills its line and has no closing stop: the headline."""
    if not doc.sentences:
        return frozenset()
    s = doc.sentences[0]
    line_end = doc.text.find("\n", s.start)
    line = doc.text[s.start:len(doc.text) if line_end < 0 else line_end].rstrip()
    if s.start + len(line) == s.end and line[-1:] not in ".。!?！？":
        return frozenset({s.start})
    return frozenset()


def _raising(doc: Doc, s) -> bool:
    chunk = doc.text[s.start:s.end]
    return bool((_KO_RAISE.search(chunk) and _KO_AMOUNT.search(chunk)) if s.lang == "ko" else
                _ZH_RAISE.search(chunk) if s.lang == "zh" else _EN_RAISE.search(chunk))


def _participants(e: EventRecord) -> set:
    return {_ref(m) for m in (*e.actors, *e.targets) if isinstance(m, OrgMention)}


def _sealed_partnerships(events: list[EventRecord]) -> list[EventRecord]:
    """A partnership between parties who also sign an agreement is that agreement."""
    agreements = [_participants(e) for e in events if e.type == EventType.agreement]
    return [e for e in events if e.type != EventType.partnership
            or not any(len(_participants(e) & a) >= 2 for a in agreements)]


def _unique(mentions: list) -> list:
    seen, out = set(), []
    for m in mentions:
        if _ref(m) not in seen:
            seen.add(_ref(m))
            out.append(m)
    return out


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
    raising = lang == "ko" and etype == EventType.investment and ((_KO_RAISE.search(
        doc.text, trig.start(), trig.end() + 30) and _KO_AMOUNT.search(
        doc.text, max(0, trigger - 60), trig.end() + 12)) or "from" in roles.values())  # …로부터 투자 유치
    for o in orgs:
        role = roles.get(id(o))
        if lang == "ko" and _KO_PARENT.match(doc.text, o.end):
            continue
        if any(p.org_mention == o.mention and 0 <= o.start - p.end <= 2 for p in people) and not any(
                x is not o and _ref(x) == _ref(o) for x in orgs):
            actors.append(o)  # 김관영 전북특별자치도지사를 단장으로: the leader's own body acts
            continue  # (but 텐센트를 방문해 마화텅 텐센트 회장을 만났다: the host's head)
        if role in ("venue", "ignore"):
            continue
        if (lang == "ko" and etype == EventType.visit and o.end < trigger
                and doc.text[o.end:o.end + 1] in ("와", "과")
                and _KO_DELEGATION.match(doc.text, o.end)):
            actors.append(o)  # 부산정보산업진흥원과 … 기업으로 꾸려진 대표단이
            continue
        if raising and role in ("actor", "from"):
            (actors if role == "from" else targets).append(o)
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
    return actors, targets


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
        objects = [o for o in orgs if roles.get(id(o)) == "object" and o.end <= trig.end()]
        if objects:
            return [o for o in orgs if roles.get(id(o)) == "actor"], objects
        modifier = _KO_MODIFIER_END.match(text, trig.end() - 1)
        if modifier and not text[trig.end():trig.end() + 1].isalpha():
            after = [o for o in orgs if 0 <= o.start - trig.end() <= 40]
            founders = [o for o in orgs if roles.get(id(o)) == "actor" and o.end <= trig.start()
                        and text[trig.end() - 1] in "한할"]  # 네이버가 설립한 …: its founder
            if after:
                return [o for o in founders if _ref(o) != _ref(after[0])], after[:1]
            if founders:  # 네이버가 설립한 데이터센터: no organisation named is founded
                return founders, []
        first = orgs[0]
        return [o for o in orgs[1:] if _ref(o) != _ref(first)], [first]
    after = [o for o in orgs if 0 <= o.start - trig.end() <= 40
             and not _BY_BETWEEN.search(text, trig.end(), o.start)]
    before = [o for o in orgs if o.end <= trig.start()]
    if before and _OPENS_UNNAMED.match(trig.group()):
        return [], before[:1]  # X, a startup founded by former Y engineers, opened an office: X's
    if after:
        return [o for o in before if _ref(o) != _ref(after[0])], after[:1]
    if before:
        return [], before[-1:]
    return [], orgs[:1]


# an office or centre opened whose name is not told: who opens it is the sentence's subject
_OPENS_UNNAMED = re.compile(r"open|开设|新设|设立", re.I)
_WITH_TOGETHER = re.compile(r"\s*[와과]\s*(?:함께|같이)")
_GROUP_GLUE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[·ㆍ,、，/]|[와과](?=\s)|및|그리고"
                         r"|and|,? and|及|以及|、)\s*(?:the\s+)?"  # 与/和 before a verb means "with"
                         r"(?:[A-Z][\w.-]*['’]s\s+)?")  # A and China's B
_ZH_BY = re.compile(r"(?:由|获|获得)\s*$")
_EN_BY = re.compile(r"\b(?:led by|from|backed by|by)\s+(?:the\s+)?$", re.I)
_RAISE = re.compile(r"融资|raised|raises|funding round|Series [A-D]", re.I)


def _groups(doc: Doc, orgs: list[OrgMention]) -> list[list[OrgMention]]:
    """Coordinated organisations (A와 B, A·B, A, B 등, A与B, A and B) as one group each."""
    out: list[list[OrgMention]] = []
    for o in sorted(orgs, key=lambda m: m.start):
        if out:
            last = out[-1][-1]
            gap = doc.text[last.end:o.start]
            if 0 <= len(gap) <= 40 and _GROUP_GLUE.fullmatch(gap):
                out[-1].append(o)
                continue
        out.append([o])
    return out


def ko_roles(doc: Doc, orgs: list[OrgMention], trigger: int) -> dict[int, str]:
    """Each organisation's role from the particle closing its coordinated group, read with Kiwi's
    tags: JKS 이/가 or JX 은/는/도 → actor, JKO 을/를 → object, JKB 와/과 → with (the
    counterpart), JKB 에서 → venue, JKB 로부터 → from, JKB 에/에게 → at; a headline's 'A·B, …'
    opens with its subject."""
    if not orgs:
        return {}
    kiwi = _KIWI_REF.get("kiwi")
    if kiwi is None:
        return {}
    start = min(o.start for o in orgs)
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is not None and sentence.end >= max(trigger, max(o.end for o in orgs)):
        # the sentence's tokens, read once for the whole pipeline
        s_start, chunk = sentence.start, doc.text[sentence.start:sentence.end]
        tokens = kiwi_tokens(doc, kiwi, sentence)
    else:
        s_end = max(trigger, max(o.end for o in orgs)) + 40
        s_start = start
        while s_start > 0 and doc.text[s_start - 1] not in "\n":
            s_start -= 1
        chunk = doc.text[s_start:s_end]
        tokens = kiwi.tokenize(chunk)
    out: dict[int, str] = {}
    for group in _groups(doc, orgs):
        end = group[-1].end - s_start
        role = None
        steps = depth = 0
        for t in tokens:
            if t.start < end:
                continue
            steps += 1
            if steps > 8:
                break
            if t.tag == "SS":  # a gloss in brackets, commas inside it included, is read through
                depth += 1 if t.form in "([{（「『“‘" else -1 if t.form in ")]}）」』”’" else 0
            if t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는", "도")):
                role = "actor"
            elif t.tag == "JKO":
                role = "object"
            elif t.tag in ("JKB", "JC") and t.form in ("와", "과", "랑", "하고"):
                role = "with"  # the group is whole: 와 after it names the counterpart
            elif t.tag == "JKB" and t.form == "에서":
                role = "venue"  # 경기창조경제혁신센터에서: where, not with whom
            elif t.tag == "JKB" and t.form in ("로부터", "으로부터", "에게서"):
                role = "from"  # 카카오벤처스로부터 (투자를 유치)
            elif t.tag == "JKB" and t.form in ("에", "에게", "로", "으로"):
                role = "at"
            elif t.tag in ("JKG", "JC") or t.tag.startswith(("NN", "S", "XS", "XP", "MM", "NR")):
                if t.tag == "SP" and t.form == "," and group[0].start == s_start + (
                        len(chunk) - len(chunk.lstrip())) and steps == 1:
                    role = "actor"  # headline: "네이버·카카오, 베이징 …"
                    break
                if t.tag == "SP" and t.form == "," and depth <= 0:
                    break  # 알리바바 본사, 정부가 지정한 …: the phrase ended; the next one's 가 is not its
                continue
            else:
                break
            break
        if role:
            for o in group:
                out[id(o)] = role
    return out


def _zh_en_roles(doc: Doc, lang: str, etype: str, trigger: int,
                 orgs: list[OrgMention]) -> dict[int, str]:
    """Chinese and English: a coordinated group takes one role. In a funding round the one who
    raises (完成…融资, raised) is the target and the investors (由/led by …, …领投/跟投) the
    actors. In English only the group right before the verb is its subject ('… tour BYD as
    Mobis and LG Energy Solution sign …'); groups further back take no side."""
    out: dict[int, str] = {}
    window = doc.text[max(0, trigger - 60):trigger + 30]
    raising = etype == EventType.investment and bool(
        _ZH_RAISE.search(window) or _EN_RAISE.search(window) or _RAISE.search(
            doc.text, max(0, trigger - 5), trigger + 20))
    groups = _groups(doc, orgs)
    hosting = lang == "zh" and _ZH_HOSTING.match(doc.text, trigger)
    subject = antecedent = None
    if lang == "en":  # the subject is no object of an earlier verb (… toured Baidu and met with Alibaba)
        before = [g for g in groups if g[-1].end <= trigger and not _EN_OBJECT_BEFORE.search(
            doc.text, max(0, _lead_in(doc, g[0]) - 20), _lead_in(doc, g[0]))]
        subject = before[-1] if before else None
        relative = [g for g in groups if g[-1].end <= trigger and _EN_RELATIVE.fullmatch(doc.text, g[-1].end, trigger)]
        antecedent = relative[-1] if relative else None  # …with Volkswagen, which invested: it acts
        subject = antecedent or subject
    between = next((g for g in groups if len(g) >= 2 and lang == "en" and etype in (
        EventType.agreement, EventType.partnership) and g[0].start > trigger and _EN_BETWEEN.search(
        doc.text, max(0, _lead_in(doc, g[0]) - 12), _lead_in(doc, g[0]))), None)
    if between is not None:  # an MOU between A and B: the two sides, whoever else the sentence names
        return {id(o): "actor" if o is between[0] else "target" if o in between else "ignore"
                for o in orgs}
    for group in groups:
        first = group[0]
        before = doc.text[max(0, _lead_in(doc, first) - 20):_lead_in(doc, first)]
        if lang == "en" and _EN_VENUE.search(before) and etype != EventType.visit:
            role = "venue"  # the MOU was signed at KOTRA Silicon Valley: where, not with whom
        elif lang == "en" and etype == EventType.delegation and first.start > trigger and _EN_SENDS.search(
                doc.text, max(trigger, first.start - 60), first.start) and not _EN_HOST_VERB.search(
                doc.text, trigger, first.start):
            role = "actor"  # a delegation of … led by the provincial government, organised by X
        elif lang == "zh" and _ZH_INVITER.search(before) and _ZH_INVITED.match(doc.text, group[-1].end):
            role = "target"  # 应首尔市长朴元淳的邀请, 应中国工程院邀请: the host who invited
        elif hosting:  # 市长唐良智会见了来渝访问的京畿道知事一行: who is met is who visits
            role = "target" if first.start < trigger else "actor"
        elif etype == EventType.investment and _ZH_LEAD_AHEAD.match(doc.text, group[-1].end):
            role = "actor"  # 腾讯领投, 红杉中国、高瓴创投跟投, 启明创投、韩国未来资产跟投, 腾讯继续加注
        elif lang == "en" and etype == EventType.visit and first.start > trigger and _EN_TOUR.match(
                doc.text, trigger) and _EN_AFTER_COMMA.search(before):
            role = "actor"  # During a tour of Shenzhen, Samsung signed …: the subject after the phrase
        elif group is antecedent:
            role = "actor"
        elif etype in _GATHERINGS_OF_ACTORS and (_ZH_BY.search(before) or _EN_HOSTED_BY.search(before)):
            role = "actor"  # hosted by X, 由X主办: who holds it
        elif etype == EventType.investment and _ZH_TOWARD.search(before):
            role = "target"  # 腾讯向X注资
        elif raising:
            by = _ZH_BY.search(before) or _EN_BY.search(before)
            role = "actor" if by or first.start > trigger else "target"
        elif _ZH_WITH.search(before) or _EN_WITH.search(before) or (
                lang == "en" and etype == EventType.visit and _EN_VISITED_BEFORE.search(before)):
            role = "target"  # with X; toured Baidu's park and visited Galbot
        elif first.start < trigger:
            role = "actor" if subject is None or group is subject else "ignore"
        else:
            role = "target"
        for o in group:
            out[id(o)] = role
    return out


# the counterpart of a bare "cooperate" (협력해, 合作): a name right before it, with 와/과 after it
# (X와 협력해) or 与/和 before it (与X…合作); "한중 협력", "加强合作" name no partner
_KO_WITH_GAP = re.compile(r"(?:\s?\([^)]{0,40}\))?\s?(?:[와과]|와의|과의)\s(?:[^\s.,]{1,12}\s){0,3}")
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


# "the tie-up would help", "this partnership": the partnership already told, named again
_EN_TOLD_BEFORE = re.compile(r"\b(?:the|this|that|such a)\s+(?:new\s+)?$", re.I)
_EN_WITH_AFTER = re.compile(r"\s+(?:with|between)\b")
_EN_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_EN_OBJECT_BEFORE = re.compile(r"\b(?:with|toured|visited|visiting|met|signed|by|of|from|to)\s+(?:the\s+)?$", re.I)
_EN_TOUR = re.compile(r"tour of|trip to", re.I)
_EN_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$")
_EN_RELATIVE = re.compile(r",?\s+(?:which|who|that)\s+[^,;.]{0,40}")
_EN_HOSTED_BY = re.compile(r"\b(?:hosted|organi[sz]ed|held|co-hosted|sponsored|run)\s+(?:jointly\s+)?by\s+(?:the\s+)?$",
                           re.I)
_ZH_TOWARD = re.compile(r"[向对]\s*$")
# a sum of money: an investor who puts it in acts even when the story names no company receiving it
# (20조원을 투자한다, will invest $2 billion in a plant)
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:억|조|만)\s*(?:원|달러|위안)|"
                     r"\d[\d,.]*\s*(?:亿|万)\s*(?:元|美元|韩元|欧元|日元)|"
                     r"(?:US\$|\$|USD\s?|€|KRW\s?)\s?\d|\d[\d,.]*\s*(?:billion|million|trillion)?\s*(?:won|dollars|yuan|euros)\b")
# "이번 MOU 체결을 통해", "센스타임의 의향서 체결은", "금번 방문이": the agreement or visit already
# told, named again as this one or as the topic of a remark
# 决定在京畿道设立研发中心, 计划开设: a plan to set up, not an office opened
_ZH_PLAN = re.compile(r"(?:决定|将|计划|拟|有意|准备|预计|打算|考虑)[^，。；,;]{0,12}$")
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


def _ko_setting_told(doc: Doc, s, etype: str, h: re.Match) -> bool:
    return bool(_KO_BARE_OPENING.fullmatch(doc.text, s.start, h.start()) and _KO_SETTING.match(doc.text, h.end())
                and any(e.type == etype for e in doc.events))


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


_ZH_HOSTING = re.compile(r"会见|接见")
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
_PRESS = re.compile(r"기자회견|브리핑")
_KO_SETTING_OF_PAST = re.compile(r"[’'\"”]?에서\s?[가-힣]{1,4}(?:한|된)\s")
_LEADERS_ACT = frozenset({EventType.summit, EventType.agreement, EventType.visit})
_TALKS = re.compile(r"会晤|会谈|会见|meeting|met", re.I)
_DEFINITION = re.compile(r"(?:전시회|박람회|행사|대회|포럼|축제)(?:이)?다[.]?\s*$")
# '이번 대회는 A, B, C가 공동 주최한다': the hosts of the gathering just told
_KO_HOSTS_AFTER = re.compile(r"(?:이번|이|해당|올해)\s?(?:대회|행사|박람회|전시회|포럼|회의|상담회|엑스포)[은는]\s"
                             r"[^.]*?(?:공동\s?)?(?:주최|주관)")
# '대표단은 … 방문하고': the delegation already told, named by its bare word
_KO_BARE_DELEGATION = re.compile(r"(?<![가-힣])(?:대표단|사절단|방문단)[은이]\s")
_BACK_DELEGATION = re.compile(r"이번|此次|这次|本次|该|the\b", re.I)
# a fund set up by its makers: an investment whose target the story does not name
_FUND = re.compile(r"펀드|基金|\bfunds?\b", re.I)
# the parties of the agreement just told, when a sentence of what they agreed names no one
# (양국은 … 펀드도 조성하기로 했다; creation of investment funds)
_AGREED_ITEMS = frozenset({EventType.investment})


def _one_summit_of_people(events: list[EventRecord]) -> list[EventRecord]:
    """A gathering told again by a speaker (…表示, 首度在台灣舉辦…論壇) is the one already told: a
    summit, exhibition or other event with only people acting, after one of its type, is dropped."""
    out, seen = [], set()
    for e in events:
        people_only = e.actors and not e.targets and all(isinstance(a, PersonMention) for a in e.actors)
        if people_only and e.type in seen and e.type in _GATHERINGS_OF_ACTORS:
            continue
        seen.add(e.type)
        out.append(e)
    return out
_DELEGATION_WORD = re.compile(r"대표단|방문단|사절단|代表团|使团|\bdelegation\b", re.I)
_EN_VENUE = re.compile(r"(?:\b(?:at|inside|during)|idelines of|margins of)\s+(?:the\s+)?$")  # (on the s)idelines of
_EN_SENDS = re.compile(r"\b(?:led by|organi[sz]ed by|organi[sz]er|sent by|of|from)\b", re.I)
# a delegation … visited X: X hosts it, it did not send it
_EN_HOST_VERB = re.compile(r"\b(?:visit(?:ed|s)?|toured|met(?: with)?|arrived (?:at|in)|signed)\b|"
                           r"\bto\s+(?:the\s+)?$", re.I)  # a delegation … to X: X receives it
_ZH_INVITER = re.compile(r"应\s*$")
_ZH_INVITED = re.compile(r"[^，。,；;]{0,12}?邀请?")


def _lead_in(doc: Doc, o: OrgMention) -> int:
    """Where the phrase of a name begins: places written right before it are part of it
    (与韩国斗山机器人 → 与 is right before)."""
    ends = doc.cache.get("place_ends")
    if ends is None:  # looked up by where a place ends: one step per place walked back
        ends = doc.cache["place_ends"] = {}
        for p in sorted(doc.places, key=lambda p: -p.start):
            ends[p.end] = p.start
    start = o.start
    while True:
        at = next((start - gap for gap in (0, 1) if start - gap in ends and (
            gap == 0 or doc.text[start - 1].isspace())), None)
        if at is None or ends[at] >= start:
            return start
        start = ends[at]


_KIWI_REF: dict[str, object] = {}


def _ref(m) -> tuple:
    return ("e", m.entity_id) if m.entity_id is not None else ("m", name_key(m.mention))


def _merge(events: list[EventRecord], gazetteer: Gazetteer,
           headlines: frozenset = frozenset()) -> list[EventRecord]:
    """One event per type and overlapping targets: later sentences add sides, place and date; a
    place inside the one already known is the more precise (판교 → 판교테크노밸리), and the story
    places what its headline only names."""
    places = gazetteer.places
    merged: list[EventRecord] = []
    for e in events:
        refs = {_ref(t) for t in e.targets} or {_ref(a) for a in e.actors}
        first = next((m for m in merged if m.type == e.type
                      and refs & ({_ref(t) for t in m.targets} or {_ref(a) for a in m.actors})), None)
        if first is None and e.type == EventType.exhibition and not e.targets:  # 무역협회가 구성한 한국관에는
            first = next((m for m in merged if m.type == e.type  # the pavilion its organiser told before
                          and refs <= {_ref(x) for x in (*m.actors, *m.targets)}), None)
        if first is None:
            merged.append(e)
            continue
        have = {_ref(t) for t in first.targets}
        first.targets += [t for t in e.targets if _ref(t) not in have]
        seen = {_ref(a) for a in first.actors}
        first.actors += [a for a in e.actors if _ref(a) not in seen]
        if any(isinstance(a, OrgMention) for a in first.actors):
            first.actors = [a for a in first.actors if isinstance(a, OrgMention)]
        if first.place is None or (e.place is not None and (
                first.start in headlines or first.place.entity_id in
                places[e.place.entity_id].ancestors(places))):
            first.place = e.place or first.place
        first.date = first.date or e.date
        if first.start in headlines and e.start not in headlines:
            # the story tells what the headline sums up: its sentence is the evidence and its
            # date the event's (the headline's "21일" may be the next event's)
            first.date = e.date or first.date
            first.start, first.end = e.start, e.end
    return merged
