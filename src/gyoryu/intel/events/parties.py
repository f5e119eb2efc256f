"""Event parties a story names outside the trigger's sentence.

- A list referred back: 'signed MOUs with the CEOs of the four companies', '与上述三家企业签约',
  '이들 기업과 협약': the parties are the members of the list the story names nearby (the four
  companies include A, B, C and D), one event per member — a reader of one company's timeline
  expects its own agreement.
- The receivers of a supply deal: 'X will supply 260,000 GPUs … Samsung will receive 50,000
  GPUs', '将向韩国供应…GPU … 三星将获得5万张GPU': each receiver of the goods the supplier named
  is its partner, though the sentence that names it does not name the supplier.

Both read the Simplified fold of Chinese sentences (as the event rules do).
"""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.pipeline import Doc, OrgMention
from gyoryu.intel.segment import inside, within

# -- a list referred back ---------------------------------------------------------------------------
_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "both": 2}
_ZH_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_KO_NUMBERS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
_EN_KINDS = (r"companies|firms|startups|start-ups|ventures|businesses|enterprises|corporations|institutions|"
             r"organi[sz]ations|universities|partners|agencies|cities|provinces")
# 'with the CEOs of the four companies', 'with these firms', 'with all three startups'
_EN_REFERRED = re.compile(
    r"\b(?:with|and)\s+(?:the\s+)?(?:(?:CEOs?|heads?|chiefs?|leaders?|representatives?|executives?|"
    r"presidents?|chairm[ae]n|officials?|founders?)\s+(?:of|from)\s+)?"
    r"(?:(?:the|these|those|all(?:\s+of\s+the)?|each\s+of\s+the|both)\s+)"
    rf"(?:(\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_EN_KINDS})\b",
    re.I)
# '与上述三家企业', '与这四家公司', '和以上两所大学'
_ZH_REFERRED = re.compile(r"[与和同跟](?:上述|这|这些|以上|该|前述)([两二三四五六七八九十\d]{1,2})?\s*[家个所]?"
                          r"[\u4e00-\u9fff]{0,4}?(?:企业|公司|机构|大学|高校|单位)")
# '이들 기업과', '이들 4개 기업 대표들과', '해당 세 회사와'
_KO_REFERRED = re.compile(r"(?<![가-힣])(?:이들|해당|이)\s?(\d{1,2}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)?\s?개?\s?"
                          r"(?:기업|업체|회사|기관|스타트업|대학)들?(?:의\s?(?:대표|CEO|관계자|경영진)들?)?\s?(?:과|와)\s")


def _count(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return _EN_NUMBERS.get(word.lower()) or _ZH_NUMBERS.get(word) or _KO_NUMBERS.get(word)


def ref(m) -> tuple:
    return ("e", m.entity_id) if m.entity_id is not None else ("m", name_key(m.mention))


def _members(doc: Doc, s) -> list[OrgMention]:
    """The distinct organisations of a sentence, a gloss counted with its name."""
    out, seen = [], set()
    for o in sorted(within(doc.orgs, s), key=lambda o: o.start):
        if (o.gloss_of is not None and inside(o.gloss_of, s)) or ref(o) in seen:
            continue
        seen.add(ref(o))
        out.append(o)
    return out


def referred_list(doc: Doc, s, lang: str, trig_end: int, exclude: set) -> list[OrgMention]:
    """The members of the list a clause refers back to right after its trigger ('signed an MOU
    with the CEOs of the four companies'), or before it in Chinese and Korean (与上述三家企业签约):
    the nearest sentence (of the three before and after, the nearer first, the later on a tie) whose
    organisations, bar the acting ones, are as many as the phrase counts (two or more when it
    counts none)."""
    text = doc.text
    if lang == "en":
        m = _EN_REFERRED.search(text, trig_end, min(s.end, trig_end + 80))
    elif lang == "zh":
        m = _ZH_REFERRED.search(text, s.start, s.end)
    elif lang == "ko":
        m = _KO_REFERRED.search(text, s.start, s.end)
    else:
        m = None
    if m is None:
        return []
    want = _count(m.group(1))
    whole = doc.sentences
    at = next((i for i, x in enumerate(whole) if x.start <= s.start < x.end), None)
    if at is None:
        return []
    order = sorted((i for i in range(at - 3, at + 4) if 0 <= i < len(whole)),
                   key=lambda i: (abs(i - at), -i))
    for i in order:
        members = [o for o in _members(doc, whole[i]) if ref(o) not in exclude
                   and not (i == at and o.start >= m.start() and o.end <= m.end())]
        if i == at:
            members = [o for o in members if not (o.start < m.start() and lang == "en")]
        if (want is None and len(members) >= 2) or (want is not None and len(members) == want):
            return members
    return []


# -- the receivers of a supply deal -------------------------------------------------------------------
_ZH_SUPPLY = re.compile(r"供应|供货|提供|交付")
_EN_SUPPLY = re.compile(r"\b(?:supply|supplies|supplied|supplying|provide|provides|provided|providing|"
                        r"deliver|delivers|delivered|delivering)\b", re.I)
_ZH_TO = re.compile(r"[向对给为與与]\s*$")
_TO = re.compile(r"[向给]\s*$|\bto\s+(?:the\s+)?$")
# what is supplied, by its count: '25万张GPU', '5万颗芯片', '260,000 GPUs', '50,000 of its chips'
_ZH_GOODS = re.compile(r"\d[\d,.]*\s*[万亿千百]?\s*[张颗台个块套片枚辆部]\s*([A-Za-z]{2,}|[\u4e00-\u9fff]{2})")
_EN_GOODS = re.compile(r"\b\d[\d,.]*(?:\s+(?:million|thousand|billion))?\s+(?:of\s+(?:its|their|the)\s+)?"
                       r"(?:[\w-]+\s+){0,3}?([A-Za-z]{2,}?)s?\b(?=\s+(?:to|for|will|would|are|is|in|at|from|and|"
                       r"of|by)\b|[.,;:)])")
_ZH_RECEIVE = re.compile(r"获得|得到|用于|投入|分配给|交付给|供应给|提供给|部署")
_EN_RECEIVE = re.compile(r"\b(?:receive|receives|received|receiving|get|gets|obtain|obtains|go(?:es)? to|"
                         r"(?:be|been) (?:used|deployed|installed|allocated|delivered) (?:by|at|in|to|for)|"
                         r"allocated to|delivered to|supplied to|earmarked for)\b", re.I)
_SUPPLY_REACH = 6  # the receivers of a deal are told in the sentences right after it
# 엔비디아는 삼성전자에 GPU 5만 장을 공급한다: the supplier as the subject, the receiver marked 에/에게
_KO_SUPPLY = re.compile(r"(?:공급|납품)(?:한다|했|하기로|키로|할|하며|하고|해|하게|한\s?(?:다고|바|것으로))")
_KO_SUBJECT = re.compile(r"[’'\"」)]?(?:은|는|이|가)\s")
_KO_RECEIVER = re.compile(r"[’'\"」)]?(?:에|에게)\s")


def _goods(doc: Doc, s, lang: str, start: int) -> set[str]:
    rx = _ZH_GOODS if lang == "zh" else _EN_GOODS
    return {m.group(1).lower() for m in rx.finditer(doc.text, start, s.end)}


def supply_partners(doc: Doc, quoted) -> list[tuple[OrgMention, OrgMention, object]]:
    """(supplier, receiver, sentence) of each supply deal: a sentence whose subject organisation
    supplies a counted good (…将向韩国供应26万颗芯片, will supply 260,000 GPUs to …), then the
    organisations of the sentences after it that receive so many of the same good (三星将获得5万张
    GPU, 5万张GPU将用于三星, Samsung will receive 50,000 GPUs). Receivers written in the supply
    sentence itself after 向/to (Korean: marked 에/에게) are its partners too."""
    text = doc.text
    out: list[tuple[OrgMention, OrgMention, object]] = []
    sentences = [s for s in doc.sentences if s.lang in ("zh", "en") and len(text[s.start:s.end].strip()) > 2]
    deals: list[tuple[int, OrgMention, set[str]]] = []  # (index, supplier, goods)
    for s in doc.sentences_in("ko"):
        supply = _KO_SUPPLY.search(text, s.start, s.end)
        if supply is None or quoted(s, supply.start()):
            continue
        orgs = [o for o in _members(doc, s) if o.end <= supply.start()]
        supplier = next((o for o in orgs if _KO_SUBJECT.match(text, o.end)), None)
        out += [(supplier, o, s) for o in orgs if supplier is not None and o.start > supplier.end
                and ref(o) != ref(supplier) and _KO_RECEIVER.match(text, o.end)]
    for i, s in enumerate(sentences):
        supply = (_ZH_SUPPLY if s.lang == "zh" else _EN_SUPPLY).search(text, s.start, s.end)
        orgs = _members(doc, s)
        if supply is not None:
            goods = _goods(doc, s, s.lang, supply.end())
            before = [o for o in orgs if o.end <= supply.start() and not _ZH_TO.search(
                text, max(s.start, o.start - 2), o.start)]
            if goods and before:
                supplier = before[0]
                deals.append((i, supplier, goods))
                to = [o for o in orgs if ref(o) != ref(supplier)
                      and _TO.search(text, max(s.start, o.start - 8), o.start)]
                out += [(supplier, o, s) for o in to]
                continue
        live = [(j, sup, g) for j, sup, g in deals if 0 < i - j <= _SUPPLY_REACH]
        if not live or not orgs:
            continue
        receive = (_ZH_RECEIVE if s.lang == "zh" else _EN_RECEIVE).search(text, s.start, s.end)
        if receive is None or quoted(s, receive.start()):
            continue
        goods = _goods(doc, s, s.lang, s.start)
        deal = next((d for d in reversed(live) if d[2] & goods), None)
        if deal is None:
            continue
        out += [(deal[1], o, s) for o in orgs if ref(o) != ref(deal[1]) and not _owner(doc, o, orgs)]
    return out


_OWNS = re.compile(r"\s*(?:的|['’]s)\s*[「“\"]?")


def _owner(doc: Doc, o: OrgMention, orgs: list[OrgMention]) -> bool:
    """NAVER的「NAVER Cloud」, Naver's unit Naver Cloud: the owner describes the organisation named
    right after it."""
    m = _OWNS.match(doc.text, o.end)
    return bool(m) and any(x.start == m.end() for x in orgs)


# -- a meeting at one party's premises -----------------------------------------------------------------
_EN_PREMISES = re.compile(r"\bat\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})['’]s\s+"
                          r"(?:headquarters|head office|offices?|campus|HQ|factory|plant|lab|laboratory)\b")
_EN_MEETING = re.compile(r"\b(?:meeting|talks|met|gathered|visited|toured|attendance|attended)\b", re.I)
# a session a delegation holds at a host's own site: 대표단은 X 본사에서 상담회를 열었다, 代表团在X总部
# 举行座谈会, held a business matching session at X's headquarters — the delegation went to X (news-dev
# writes the visit beside the session, which stays `other`)
_KO_SITE = re.compile(r"(?:\s?\([^)]{0,40}\))?\s?(?:본사|본부|사옥|캠퍼스|본관|청사|공장|연구소|연구개발센터|"
                      r"R&D\s?센터|전시관|생산\s?(?:라인|기지))\s?(?:내\s?)?에서\s")
_ZH_AT = re.compile(r"在\s*$")
_ZH_SITE = re.compile(r"(?:总部|总公司|工厂|厂区|园区|研发中心|展厅|办公室|本部)?\s*(?:举行|举办|召开|开展|进行)了?")
_SESSION = {
    "ko": re.compile(r"간담회|상담회|면담|회의|미팅|설명회|교류회|세미나|회담|협의회|오찬|만찬|"
                     r"(?:을|를)\s?(?:만나|만났)"),
    "zh": re.compile(r"座谈|会谈|会议|对接|洽谈|交流会|推介会|说明会|研讨会|恳谈会|午宴|晚宴"),
    "en": re.compile(r"\b(?:sessions?|consultations?|matching|matchmaking|briefing|seminar|luncheon|dinner)\b", re.I),
}


def premises_visits(doc: Doc, delegations: list | None = None) -> list[tuple[OrgMention, OrgMention, object]]:
    """(visitor, host, sentence) of a meeting held at one party's premises ('Held at Nvidia's
    headquarters, the meeting saw Naver's founder …'): the others who meet there visit the host.
    A session a delegation holds at a host's own site (X 본사에서, 在X总部, at X's headquarters)
    is its visit to X too: the delegation's sender named in the sentence, or the delegation told
    before when the sentence names it by its bare word (`delegations`, the story's delegation
    events)."""
    out = []
    senders = {ref(a) for e in delegations or [] for a in e.actors if isinstance(a, OrgMention)}
    for s in doc.sentences:
        if s.lang not in _SESSION:
            continue
        orgs = [o for o in _members(doc, s) if o.source != "gathering"]
        host = _site_host(doc, s, orgs)
        if host is None:
            continue
        meeting = _EN_MEETING.search(doc.text, s.start, s.end) if s.lang == "en" else None
        # Korean and Chinese tell the session after its site (X 본사에서 간담회를, 在X总部举行座谈会)
        if meeting is None and not _SESSION[s.lang].search(doc.text, s.start if s.lang == "en" else host.end,
                                                            s.end if s.lang == "en" else host.end + 40):
            continue
        visitors = [o for o in orgs if ref(o) != ref(host) and not _owner(doc, o, orgs)]
        if meeting is None:  # a session, not a meeting: only a delegation's visit
            visitors = [o for o in visitors if ref(o) in senders and o.start < host.start]
            if not visitors and delegations:
                from gyoryu.intel.events.sides_zh_en import bare_delegation_visitors

                told = [e for e in delegations if e.actors and e.end <= s.end]
                visitors = [a for a in bare_delegation_visitors(doc, s.lang, s.start, host.start, told)
                            if isinstance(a, OrgMention) and ref(a) != ref(host)]
        out += [(o, host, s) for o in visitors]
    return out


def _site_host(doc: Doc, s, orgs: list[OrgMention]) -> OrgMention | None:
    """The organisation whose own site the sentence places its meeting at."""
    text = doc.text
    if s.lang == "en":
        at = _EN_PREMISES.search(text, s.start, s.end)
        return next((o for o in orgs if at is not None and o.start == at.start(1) and o.end == at.end(1)), None)
    if s.lang == "ko":
        return next((o for o in orgs if _KO_SITE.match(text, o.end)), None)
    return next((o for o in orgs if _ZH_AT.search(text, max(s.start, o.start - 2), o.start)
                 and _ZH_SITE.match(text, o.end)), None)


# -- people described by a former employer -------------------------------------------------------------
# 'by former Samsung Electronics engineers', 'ex-Baidu researchers', '由前三星工程师创立': the
# organisation describes the people (where they worked), it takes no side in what they do now
_EN_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.I)
_EN_STAFF = re.compile(r"\s+(?:[a-z]+\s+)?(?:engineers?|employees?|executives?|researchers?|staff(?:ers)?|"
                       r"scientists?|developers?|managers?|designers?|veterans?|alumni|workers?|officials?)\b")
_ZH_FORMER = re.compile(r"(?:前|原)\s*$")
_ZH_STAFF = re.compile(r"(?:的)?(?:工程师|员工|高管|研究员|技术人员|团队|骨干|职员|科学家)")
_ZH_STAFF_FORMER = re.compile(r"(?:的)?前(?:工程师|员工|高管|研究员|技术人员|职员|科学家)")


def former_employers(doc: Doc, lang: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """`orgs` without those written as the former employer of the people the clause tells of."""
    text = doc.text

    def former(o: OrgMention) -> bool:
        if lang == "en":
            return bool(_EN_FORMER.search(text, max(0, o.start - 8), o.start) and _EN_STAFF.match(text, o.end))
        if lang == "zh":
            return bool((_ZH_FORMER.search(text, max(0, o.start - 2), o.start) and _ZH_STAFF.match(text, o.end))
                        or _ZH_STAFF_FORMER.match(text, o.end))
        return False

    return [o for o in orgs if not former(o)]


# -- the company named again ------------------------------------------------------------------------------
# 'The company, founded in 2019 …', 'The startup raised …', '该公司成立于2019年': the clause's subject is
# the company the story has just named
_EN_THE_COMPANY = re.compile(r"\s*The\s+(?:company|firm|startup|start-up)\b(?=\s*,|\s+[a-z])")
# (a bare 公司 opening the clause, as 公司还计划…, 公司透露, is the company the story is about)
_ZH_THE_COMPANY = re.compile(r"\s*(?:(?:该|这家)(?:公司|企业|初创公司|初创企业)|"
                             r"公司(?=还|将|已|也|计划|表示|透露|目前|正在|正与|并|于|在|已经))")
# 회사는 확보한 자금으로 …: Korean names the company again by the bare word, as its topic
_KO_THE_COMPANY = re.compile(r"\s*(?:(?:이|해당|동)\s?)?(?:회사|기업|업체|스타트업)(?:는|측은)\s")


def company_named_again(doc: Doc, s, lang: str, is_company) -> OrgMention | None:
    """The company a clause opening with 'The company' (该公司) names again: the first company of
    the nearest of the two sentences before it that names one."""
    rx = {"en": _EN_THE_COMPANY, "zh": _ZH_THE_COMPANY, "ko": _KO_THE_COMPANY}.get(lang)
    if rx is None or not rx.match(doc.text, s.start):
        return None
    if lang == "ko":  # the topic (온코젠AI는) of the sentences before, not a partner named after it
        topic = _ko_topic_told(doc, s, is_company)
        if topic is not None:
            return topic
    return company_told_before(doc, s, is_company)


def _ko_topic_told(doc: Doc, s, is_company) -> OrgMention | None:
    """The last company written as a topic (온코젠AI는) in the three sentences before `s`."""
    whole = doc.sentences
    at = next((i for i, x in enumerate(whole) if x.start <= s.start < x.end), None)
    if at is None:
        return None
    before = [o for x in whole[max(0, at - 3):at] for o in _members(doc, x)
              if is_company(o) and doc.text[o.end:o.end + 1] in ("은", "는")]
    return before[-1] if before else None


def company_told_before(doc: Doc, s, is_company, skip: frozenset[str] = frozenset()) -> OrgMention | None:
    """The first company (not one of `skip`, by reference) of the nearest of the two sentences
    before `s` that names one."""
    whole = doc.sentences
    at = next((i for i, x in enumerate(whole) if x.start <= s.start < x.end), None)
    for i in range(at - 1, max(-1, at - 3), -1) if at is not None else ():
        companies = [o for o in _members(doc, whole[i]) if is_company(o) and ref(o) not in skip]
        if companies:
            return companies[0]
    return None


# 腾讯领投了这家初创企业的A轮融资, 本轮融资由X领投, The company's round was led by X, 이 회사는 X가 주도한
# 라운드에서: an investment whose investee is named only by a word for the company or the round
# just told — the company the story has just named
_INVESTEE_REFERRED = {
    "zh": re.compile(r"(?:该|这家|此家)[^，。；,]{0,6}?(?:公司|企业|新创|初创)|(?:本|此|该)轮"),
    "en": re.compile(r"(?:the|this) (?:company|firm|startup|start-up)|the round", re.I),
    "ko": re.compile(r"(?<![가-힣])(?:이|해당|동)\s?(?:회사|기업|스타트업)|(?<![가-힣])동사|이번 (?:라운드|투자)"),
}


def investee_referred(doc: Doc, s, lang: str, is_company, investors: list) -> OrgMention | None:
    """The company an investment's clause names only by a word for it (`_INVESTEE_REFERRED`)."""
    rx = _INVESTEE_REFERRED.get(lang)
    if rx is None or not rx.search(doc.text, s.start, s.end):
        return None
    return company_told_before(doc, s, is_company, frozenset(ref(a) for a in investors))


# -- the pair named again -------------------------------------------------------------------------------
# 'The two ministries also signed an MOU', 'Both companies agreed to …', '双方签署了合作备忘录': the
# subject is the pair the story has just named
_EN_PAIR = re.compile(r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:[\w-]+\s+)?(?:sides|parties|ministries|governments|"
                      rf"countries|{_EN_KINDS})\b", re.I)
_ZH_PAIR = re.compile(r"双方|两家(?:公司|企业|机构)|两国|两地")
# '양측은', '두 기관은 … 센터를 열기로 했다': the Korean pair named again as the subject
_KO_PAIR = re.compile(r"(?<![가-힣])(?:양측|양사|양\s?기관|두\s(?:기관|회사|기업|대학))(?:은|는|이|도)\s")


# 두 회사는, 양사는, 两家公司, the two companies: the pair named again by its kind, companies only
_PAIR_OF_COMPANIES = re.compile(r"회사|기업|양사|公司|企业|companies|firms|startups|start-ups|businesses", re.I)


def referred_pair(doc: Doc, s, lang: str, at: int, is_party,
                  is_company=None) -> tuple[OrgMention, OrgMention] | None:
    """The two parties a clause's subject names again before `at` ('The two ministries', 双方): the
    parties of the nearest of the two sentences before it that names exactly two. A pair named
    as companies (두 회사는, 两家公司, the two companies) is the two companies of that sentence,
    though it names a government or an agency beside them (the signing's host)."""
    rx = {"en": _EN_PAIR, "zh": _ZH_PAIR, "ko": _KO_PAIR}.get(lang)
    m = rx.search(doc.text, s.start, at) if rx is not None else None
    if m is None:
        return None
    if is_company is not None and _PAIR_OF_COMPANIES.search(m.group()):
        is_party = (lambda f: lambda o: f(o) and is_company(o))(is_party)
    whole = doc.sentences
    here = next((i for i, x in enumerate(whole) if x.start <= s.start < x.end), None)
    for i in range(here - 1, max(-1, here - 3), -1) if here is not None else ():
        parties = [o for o in _members(doc, whole[i]) if is_party(o)]
        if len(parties) == 2:
            return parties[0], parties[1]
        if parties:
            return None
    return None
