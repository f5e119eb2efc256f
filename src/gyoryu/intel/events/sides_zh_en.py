"""Chinese and English roles, read from word order and the few words before a name (与, 由,
with, led by, hosted by): Chinese and English mark sides by position, not by particles."""

from __future__ import annotations

import re

from gyoryu.intel.enums import EventType
from gyoryu.intel.events.common import (
    _EN_RAISE,
    _EN_WITH,
    _GATHERINGS_OF_ACTORS,
    _ZH_LEAD_AHEAD,
    _ZH_RAISE,
    _ZH_WITH,
    ZH_PAIRED_WITH,
    _groups,
    _lead_in,
)
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
)

_EN_VISITED_BEFORE = re.compile(r"\b(?:toured|visited|visiting|tour|visit|met with|met)\s+(?:the\s+)?$", re.I)
_ZH_BY = re.compile(r"(?:由|获|获得)\s*$")
_EN_BY = re.compile(r"\b(?:led by|from|backed by|by)\s+(?:the\s+)?$", re.I)
_RAISE = re.compile(r"融资|募资|raised|raises|funding round|Series [A-D]", re.I)


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
            doc.text, max(0, trigger - 5), trigger + 20)
        or (lang == "en" and _EN_FUNDED_BY.match(doc.text, trigger)))
    groups = _groups(doc, orgs)
    hosting = (lang == "zh" and _ZH_HOSTING.match(doc.text, trigger)) or (
        lang == "en" and etype in (EventType.visit, EventType.delegation)
        and _EN_HOSTS_GUESTS.search(doc.text, max(0, trigger - 40), trigger + 60))
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
        elif etype == EventType.investment and (_leads_round(doc, group, orgs)
                                                or _ZH_STRATEGIC.match(doc.text, group[-1].end)
                                                or (lang == "zh" and _ZH_INVESTORS_ARE.search(before))):
            role = "actor"  # 腾讯领投, 红杉中国、高瓴创投跟投, 启明创投、韩国未来资产跟投, 腾讯继续加注, X战略投资
        elif lang == "en" and etype == EventType.visit and first.start > trigger and _EN_TOUR.match(
                doc.text, trigger) and _EN_AFTER_COMMA.search(before):
            role = "actor"  # During a tour of Shenzhen, Samsung signed …: the subject after the phrase
        elif group is antecedent and not (raising and _EN_FUNDED_BY.match(doc.text, trigger)):
            role = "actor"  # (but X, which is backed by Y: X raised, Y put money in)
        elif lang == "zh" and etype == EventType.visit and first.start < trigger and _ZH_GOES_TO.search(before):
            role = "target"  # 一行来到比亚迪总部参观, 率团赴华为考察: the place gone to is the host
        elif etype in _GATHERINGS_OF_ACTORS and (_ZH_BY.search(before) or _EN_HOSTED_BY.search(before)):
            role = "actor"  # hosted by X, 由X主办: who holds it
        elif lang == "en" and etype in _ACTS_OF_PARTIES and _EN_HOSTED_BY.search(before):
            role = "ignore"  # signed at the … Conference, organised by X: X holds the setting, signs nothing
        elif etype == EventType.investment and (_ZH_TOWARD.search(before) or (
                lang == "zh" and before.endswith("在") and first.start < trigger)):
            role = "target"  # 腾讯向X注资; 在京畿道投资1.4万亿韩元: where the money goes
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


def _leads_round(doc: Doc, group: list[OrgMention], orgs: list[OrgMention]) -> bool:
    """腾讯领投, 红杉中国、高瓴创投跟投: the group right before 领投 leads the round; but in
    宇树科技获得红杉中国领投的B轮融资 the 领投 is the next name's, and the first is who raises."""
    m = _ZH_LEAD_AHEAD.match(doc.text, group[-1].end)
    return m is not None and not any(group[-1].end <= o.start < m.end() and _ZH_RAISES.search(
        doc.text, group[-1].end, o.start) for o in orgs if o not in group)


_ZH_RAISES = re.compile(r"获得|完成|获|拿到|迎来")  # 宇树科技获得红杉中国领投的…: who raises, then who leads


_EN_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
# the fund is backed by X, the seed round was led by X: who is named after 'by' puts money in
_EN_FUNDED_BY = re.compile(r"[^.;]{0,40}?\b(?:backed|led)\s+by\b", re.I)
_EN_OBJECT_BEFORE = re.compile(r"\b(?:with|toured|visited|visiting|met|signed|by|of|from|to)\s+(?:the\s+)?$", re.I)
_EN_TOUR = re.compile(r"tour of|trip to", re.I)
_EN_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$")
_EN_RELATIVE = re.compile(r",?\s+(?:which|who|that)\s+[^,;.]{0,40}")
_EN_HOSTED_BY = re.compile(r"\b(?:hosted|organi[sz]ed|held|co-hosted|sponsored|run)\s+(?:jointly\s+)?by\s+(?:the\s+)?$",
                           re.I)
# 本轮投资方包括腾讯、美团: the round's investors, listed
_ZH_INVESTORS_ARE = re.compile(r"投资方(?:包括|为|是|有|均为|还有)\s*$")
_ZH_TOWARD = re.compile(r"[向对]\s*$")
_ACTS_OF_PARTIES = frozenset({EventType.agreement, EventType.partnership, EventType.investment})
# one more investor of the round told (…领投，X战略投资，Y跟投): the name right before the words
_ZH_STRATEGIC = re.compile(r"\s*(?:也|亦|则|还)?(?:战略投资|战投|追加投资)")


_ZH_HOSTING = re.compile(r"会见|接见")
_ZH_GOES_TO = re.compile(r"(?:赴|来到|抵达|莅临|前往|走进|来|到)\s*(?:韩国|中国|台湾|香港)?\s*$")
# Naver hosted a delegation from Alibaba, welcomed a trade mission: the host is named first, the guests after
_EN_HOSTS_GUESTS = re.compile(r"\b(?:host(?:ed|s|ing)?|welcom(?:ed|es|ing)|receiv(?:ed|es|ing)|greet(?:ed|s|ing))\s+"
                              r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:delegation|mission)\b", re.I)
_EN_VENUE = re.compile(r"(?:\b(?:at|inside|during)|idelines of|margins of)\s+(?:the\s+)?$")  # (on the s)idelines of
_EN_SENDS = re.compile(r"\b(?:led by|organi[sz]ed by|organi[sz]er|sent by|of|from)\b", re.I)
# a delegation … visited X: X hosts it, it did not send it
_EN_HOST_VERB = re.compile(r"\b(?:visit(?:ed|s)?|toured|met(?: with)?|arrived (?:at|in)|signed)\b|"
                           r"\bto\s+(?:the\s+)?$", re.I)  # a delegation … to X: X receives it
_ZH_INVITER = re.compile(r"应\s*$")
_ZH_INVITED = re.compile(r"[^，。,；;]{0,12}?邀请?")


# 18日上午，代表团首站来到…; The delegation then toured …: a clause whose subject is the bare word
# for the delegation told before (no sender named before it) tells that delegation's visit
_ZH_BARE_DELEGATION = re.compile(
    r"(?:[\d]{1,2}[日月号]|上午|下午|晚上|当天|当日|同日|次日|随后|此后|之后|最后|[，,、\s])*"
    r"(?:该|此|这个)?(?:代表团|参访团|考察团|访问团|该团)(?:一行|成员)?(?:还|也|又|随后|先后|首站)?")
_EN_BARE_DELEGATION = re.compile(r"(?:(?:On|Later|Then|Afterwards|Next|During|After)\b[^,]{0,20},\s*)?"
                                 r"The (?:delegation|delegates|mission|group)\b"
                                 r"(?:,\s*(?P<members>(?:which|who)\s+(?:includes?|included|comprises?|consists?)\b[^;]*?),)?",
                                 re.I)
# 이어 대표단은 …을 방문했다, 16일 방문단 일행은: Korean names the delegation told by its bare word too
KO_BARE_DELEGATION = re.compile(
    r"(?:(?:\d{1,2}일|이날|이튿날|다음\s?날|이어|이어서|이후|이후에는|또|또한|한편|오전|오후|앞서|"
    r"마지막으로|첫날|둘째\s?날|[,\s])\s*)*"
    r"(?:(?:이번|이|해당|우리)\s?)?"
    r"(?<![가-힣])(?:대표단|사절단|방문단|시찰단|개척단|연수단|참관단|교류단|투자유치단)(?:\s?일행)?[은이도]\s")


# 腾讯已邀请代表团明年赴深圳参观, Tencent has invited the delegation to visit its lab: the delegation
# told is invited to the inviter, who hosts the visit (planned visits count)
_INVITED_DELEGATION = {
    "zh": re.compile(r"邀请了?(?:该|此|这个)?(?:代表团|参访团|考察团|访问团)"),
    "en": re.compile(r"\binvit(?:ed|es|ing)\s+the\s+(?:delegation|delegates|mission)\b", re.I),
}


def invited_delegation(doc: Doc, lang: str, start: int, at: int) -> re.Match | None:
    """The invitation of the delegation told, between `start` and `at`."""
    rx = _INVITED_DELEGATION.get(lang)
    return rx.search(doc.text, start, at) if rx is not None else None


def bare_delegation(doc: Doc, lang: str, start: int, trigger: int) -> re.Match | None:
    """The bare word for a delegation (대표단은, 该代表团, The delegation, The group, which
    includes …,) opening the clause at `start` as the subject of the act at `trigger`."""
    rx = {"zh": _ZH_BARE_DELEGATION, "en": _EN_BARE_DELEGATION, "ko": KO_BARE_DELEGATION}.get(lang)
    m = rx.match(doc.text, start) if rx is not None else None
    if m is None or m.end() > trigger or not re.search(r"团|단|delegat|mission|group", m.group(), re.I):
        return None
    return m


def delegation_members(doc: Doc, lang: str, start: int, trigger: int) -> tuple[int, int]:
    """The span where the bare delegation's subject lists its members (The group, which includes
    officials of X and researchers of Y, will visit …): they travel in it, not as its hosts."""
    m = bare_delegation(doc, lang, start, trigger)
    return m.span("members") if m is not None and "members" in m.groupdict() and m.group("members") else (-1, -1)


def bare_delegation_visitors(doc: Doc, lang: str, start: int, trigger: int, told: list) -> list:
    """The actors of the delegation told before (`told`, the story's delegation events) when the
    clause opening at `start` names it by its bare word as the subject of the visit at `trigger`,
    or as the guest its host invites to it."""
    if not told:
        return []
    if bare_delegation(doc, lang, start, trigger) is None and invited_delegation(doc, lang, start, trigger) is None:
        return []
    return list(told[-1].actors)


# 据韩国媒体《亚洲经济》报道: the outlet a story is cited from takes no side in what it reports
_ZH_CITED = re.compile(r"据[^，。；,;]{0,24}?报[道导]")


def cited_sources(doc: Doc, lang: str, orgs: list[OrgMention], start: int, end: int) -> list[OrgMention]:
    """`orgs` without the outlets cited as the source of the clause (据…报道)."""
    if lang != "zh":
        return orgs
    spans = [m.span() for m in _ZH_CITED.finditer(doc.text, start, end)]
    return [o for o in orgs if not any(a <= o.start and o.end <= b for a, b in spans)]


def without_units_of(targets: list) -> list:
    """Hosts without a unit named by its parent's name (腾讯 and 腾讯人工智能实验室): one host."""
    names = [t.mention for t in targets if isinstance(t, OrgMention)]
    return [t for t in targets if not (isinstance(t, OrgMention) and any(
        n != t.mention and t.mention.startswith(n) for n in names))]


# 'a joint laboratory between A and B …, and a sales partnership between C and Korean maker D':
# each 'between' names a pair of its own; the second name may carry a description before it
_EN_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w.-]+-based\s+)?$")
_EN_PAIR_GAP = re.compile(r"\s+and\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w-]*\s+){0,4}?")


def respective_pairs(actors: list, targets: list) -> list[tuple[OrgMention, OrgMention]]:
    """The (actor, target) pairs of sides named in turn: A는 B와, C는 D와 각각 협약을 맺었다,
    A与B、C与D分别签署: each actor is followed by its own partner before the next actor, so
    the act is one per pair, not all with all."""
    acts = sorted((a for a in actors if isinstance(a, OrgMention)), key=lambda o: o.start)
    partners = sorted((t for t in targets if isinstance(t, OrgMention)), key=lambda o: o.start)
    if len(acts) < 2 or len(acts) != len(partners) or len(acts) != len(actors):
        return []
    pairs = list(zip(acts, partners, strict=True))
    turns = [o.start for pair in pairs for o in pair]
    return pairs if turns == sorted(turns) else []


_ZH_PAIRS_LISTED = re.compile(r"\s*[、，,]\s*")


def zh_pairs_listed(doc: Doc, orgs: list[OrgMention]) -> list[tuple[OrgMention, OrgMention]]:
    """The pairs of a Chinese list of pairs (A与B、C与D分别签署): two or more, one after another."""
    ordered, out = sorted(orgs, key=lambda o: o.start), []
    i = 0
    while i + 1 < len(ordered):
        a, b = ordered[i], ordered[i + 1]
        if ZH_PAIRED_WITH.fullmatch(doc.text, a.end, b.start) and (
                not out or _ZH_PAIRS_LISTED.fullmatch(doc.text, out[-1][1].end, a.start)):
            out.append((a, b))
            i += 2
        elif out:
            break
        else:
            i += 1
    return out if len(out) >= 2 else []


def between_pairs(doc: Doc, orgs: list[OrgMention]) -> list[tuple[OrgMention, OrgMention]]:
    """The (first, second) pairs an English clause names after 'between', in order."""
    text, out = doc.text, []
    ordered = sorted(orgs, key=lambda o: o.start)
    for i, a in enumerate(ordered[:-1]):
        b = ordered[i + 1]
        if _EN_BETWEEN_BEFORE.search(text, max(0, a.start - 30), a.start) and b.start - a.end <= 50 \
                and _EN_PAIR_GAP.fullmatch(text, a.end, b.start):
            out.append((a, b))
    return out
