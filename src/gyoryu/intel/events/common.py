"""What the event modules share: how a mention is told apart from another (`_ref`), coordinated
names read as one group (A와 B, A与B, A and B), what a gathering is, and whether a sentence
tells money raised."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EventType
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
)
from gyoryu.intel.recognise.heads import GATHERING

_ZH_WITH = re.compile(r"[与和同跟與]\s*$")
# the glue of a pair that acts together (A与韩国B签署, A与B、C与D分别签署)
ZH_PAIRED_WITH = re.compile(r"\s*(?:与|和|同|跟)\s*(?:韩国|中国|日本|美国|台湾|德国)?")
_EN_WITH = re.compile(r"\bwith\s+(?:the\s+)?$")


# -- events ---------------------------------------------------------------------------------------
_KO_RAISE = re.compile(r"유치|투자를?\s*받|투자받|조달|펀딩")
# a Korean sum written with its thousands in words too: 3천억 원, 1천500억 원, 5천만 달러
KO_SUM = r"\d[\d,.]*\s*(?:[천백]\s*(?:\d[\d,.]*\s*)?)?(?:억|조|만)"
_KO_AMOUNT = re.compile(KO_SUM + r"\s*(?:원|달러|위안|유로|엔)|시리즈\s*[A-D]|프리\s*[A-D]|라운드|"
                        r"시드|엔젤|브릿지")
_ZH_RAISE = re.compile(r"(?:完成|获得?|宣布完成)[^，。,]{0,14}(?:融资|投资|募资|注资)|募得|筹得|获投")
_EN_RAISE = re.compile(r"\b(?:raised|raises|raising|secured|secures|received|receives|closed|landed|bagged|netted)\b",
                       re.I)
_ZH_LEAD = re.compile(r"\s*(?:联合)?(?:领投|跟投|参投)")
_ZH_LEAD_AHEAD = re.compile(r"[^，。；,;]{0,12}?(?:领投|跟投|参投|加注|追投)")


# events that may have no other side: who sends a delegation, exhibits, hosts a consultation or
# holds a summit is the event, with or without a counterpart named
_GATHERINGS_OF_ACTORS = frozenset({EventType.delegation, EventType.exhibition, EventType.other, EventType.summit})


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


def _raising(doc: Doc, s) -> bool:
    chunk = doc.text[s.start:s.end]
    return bool((_KO_RAISE.search(chunk) and _KO_AMOUNT.search(chunk)) if s.lang == "ko" else
                _ZH_RAISE.search(chunk) if s.lang == "zh" else _EN_RAISE.search(chunk))


def _unique(mentions: list) -> list:
    seen, out = set(), []
    for m in mentions:
        if _ref(m) not in seen:
            seen.add(_ref(m))
            out.append(m)
    return out


_GROUP_GLUE = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:[·ㆍ,、，/]|[와과](?=\s)|및|그리고"
                         r"|and|,? and|及|以及|、)\s*(?:the\s+)?"  # 与/和 before a verb means "with"
                         r"(?:[A-Z][\w.-]*['’]s\s+)?"  # A and China's B
                         r"(?:(?:한국|중국|미국|일본|대만|홍콩)(?:의)?\s)?")  # 산업부와 중국 상무부


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


_TALKS = re.compile(r"会晤|会谈|会见|meeting|met", re.I)


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


def _ref(m) -> tuple:
    return ("e", m.entity_id) if m.entity_id is not None else ("m", name_key(m.mention))


# '현지 유통사와 … 수출 계약을', 'a supply deal with a European carmaker': a counterpart the story
# describes by its trade but does not name; the deal is still its signer's partnership (as news-dev
# writes 'ink deals with two South Korean companies')
KO_DESCRIBED_PARTNER = re.compile(
    r"(?<![가-힣])(?:현지|중국|미국|일본|대만|홍콩|베트남|해외|국내|유럽|글로벌|대형|주요)\s?(?:[가-힣]{1,6}\s)?"
    r"[가-힣]{0,6}(?:유통사|유통업체|업체|기업|바이어|제조사|병원|회사|체인)(?:과|와)\s")
EN_DESCRIBED_PARTNER = re.compile(
    r"\bwith\s+an?\s+(?:[\w.-]+\s+){0,4}?(?:company|firm|carmaker|automaker|maker|manufacturer|retailer|"
    r"distributor|operator|supplier|buyer|chain|hospital|startup|partner)\b", re.I)
