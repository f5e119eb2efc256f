"""The cooperation a signing starts: after an agreement, its signers named together (양측은, 双方,
the two companies) saying what they will run or develop jointly are a partnership of both, told
beside the agreement (as the fresh sets' annotator writes it), not sealed by it."""

from __future__ import annotations

import re

from gyoryu.intel.enums import EventType
from gyoryu.intel.events.common import _ref
from gyoryu.intel.pipeline import Doc, EventRecord, OrgMention

# the signers taken together as the subject (not 양국/两国: countries cooperate by treaty)
_PAIR = {
    "ko": re.compile(r"(?<![가-힣])(?:양측|양사|양\s?기관|두\s?(?:기관|회사|기업|대학))(?:은|는|이|도)\s"),
    "zh": re.compile(r"双方|两家(?:公司|企业|机构)|两公司"),
    "en": re.compile(r"\b(?:the\s+two\s+(?:companies|firms|sides|partners|institutions|organi[sz]ations)|"
                     r"both\s+(?:sides|companies|firms|partners))\b", re.I),
}
# joint work they commit to: 공동 운영/개발, 협력하기로; 共同开发, 开展…试点; jointly develop
_JOINT = {
    "ko": re.compile(r"공동(?:으로)?\s?(?:[가-힣]{1,6}(?:을|를)\s?)?(?:운영|개발|추진|연구|수행|진행)|"
                     r"함께\s?[^.]{0,30}?(?:하기로|키로)|(?:협력|협업)(?:하기로|해\s?나가기로|하여\s?나가기로)"),
    "zh": re.compile(r"共同(?:开发|研发|运营|推进|推动|打造|推出|开拓)|联合(?:开发|研发|运营|攻关)|合作开发|"
                     r"开展[^，。；,;]{0,24}?(?:试点|合作|联合研发)"),
    "en": re.compile(r"\b(?:jointly\s+(?:develop|operate|run|build|market|promote)|co-develop|work\s+together|"
                     r"collaborate)\w*", re.I),
}
# what other rules tell, and what is only hoped: a body or fund set up (founding, investment), a
# gathering held (summit), a wish (希望双方…, 기대한다)
_NOT_PARTNERSHIP = {
    "ko": re.compile(r"센터|설립|개소|법인|펀드|포럼|행사|열기로|여는|열고|기대"),
    "zh": re.compile(r"基金|设立|成立|共建|中心|论坛|峰会|大会|希望|期待"),
    "en": re.compile(r"\b(?:fund|set\s+up|establish|open|forum|summit|cent(?:re|er)|hope)", re.I),
}
# a memorandum in Chinese or English: its 'both sides will' is the memorandum's content, which the
# fresh sets do not tell apart (合作备忘录，双方将共同推动…); a Korean MOU's follow-up is
_MEMORANDUM = re.compile(r"备忘录|意向书|MOU|memorand|letter of intent", re.I)
# the pair named at the next sentence's opening (협약에 따라 양측은, 此外双方)
_OPENING = 16
# a wish opening the clause before the pair (希望双方, 期待两家公司, we hope the two sides), within
# `_WISH` characters; only the wish words there, as a signer's name (…创新中心签署协议，双方) may end
# in a word that after the pair tells a founding
_WISHED = re.compile(r"希望|期待|hope|expect", re.I)
_WISH = 8


def _sentence_of(doc: Doc, at: int):
    return next((s for s in doc.sentences if s.start <= at < s.end), None)


def _commitment(doc: Doc, lang: str, lo: int, hi: int) -> bool:
    """Whether `lo:hi` names the pair as subject and then joint work, in one clause of its own."""
    pair = _PAIR[lang].search(doc.text, lo, hi)
    if pair is None:
        return False
    end = min([hi] + [i for i in (doc.text.find(c, pair.end(), hi) for c in "。；;.") if i >= 0])
    return bool(_JOINT[lang].search(doc.text, pair.end(), end)) and not (
        _NOT_PARTNERSHIP[lang].search(doc.text, pair.end(), end)) and not (  # 希望双方: a wish before it
        _WISHED.search(doc.text, max(lo, pair.start() - _WISH), pair.start()))


def _followed_up(doc: Doc, e: EventRecord) -> bool:
    """Whether the agreement's sentence, after its signing, or the next sentence's opening names
    the signers together committing to joint work."""
    s = _sentence_of(doc, e.start)
    if s is None or s.lang not in _PAIR:
        return False
    if s.lang != "ko" and _MEMORANDUM.search(doc.text, s.start, s.end):
        return False
    if _commitment(doc, s.lang, s.start, s.end):
        return True
    nxt = _sentence_of(doc, s.end + 1) or next((x for x in doc.sentences if x.start >= s.end), None)
    if nxt is None or nxt.lang != s.lang:
        return False
    return bool(_PAIR[s.lang].search(doc.text, nxt.start, nxt.start + _OPENING)) and _commitment(
        doc, s.lang, nxt.start, nxt.end)


def joint_work(doc: Doc, e: EventRecord) -> bool:
    """Whether a partnership's sentence tells joint work and nothing other rules tell: the
    cooperation its parties go on to, apart from the agreement they sign elsewhere."""
    s = _sentence_of(doc, e.start)
    if s is None or s.lang not in _JOINT:
        return False
    return bool(_JOINT[s.lang].search(doc.text, s.start, s.end)) and not (
        _NOT_PARTNERSHIP[s.lang].search(doc.text, s.start, s.end))


def follow_up_partnerships(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """A partnership of both signers (no target) for each agreement followed by their joint work;
    the agreement stays, and a partnership of theirs already told is not told again."""
    told = [{_ref(m) for m in (*p.actors, *p.targets) if isinstance(m, OrgMention)}
            for p in events if p.type == EventType.partnership]
    out = []
    for e in events:
        if e.type != EventType.agreement:
            continue
        signers = [m for m in (*e.actors, *e.targets) if isinstance(m, OrgMention)]
        refs = {_ref(m) for m in signers}
        if not signers or any(refs & t for t in told) or not _followed_up(doc, e):
            continue
        out.append(EventRecord(EventType.partnership, signers, [], e.place, e.date, e.start, e.end))
        told.append(refs)
    return out
