"""Korean lists, brackets and glosses: the members of a list beside an organisation (A·B·C, A, B 등),
read from Kiwi's tokens or from the text; a delegation's members; a bracket whose whole is a name;
a Hangul name glossed by a Latin one. Shared by the company rules (a list's separators)."""

from __future__ import annotations

import re

from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc
from gyoryu.intel.recognise.heads import add_candidate
from gyoryu.intel.recognise.ko_heads import KO_ORG_SUFFIX
from gyoryu.intel.recognise.ko_tokens import NAME_TAGS, is_proper, skip_quote

_LIST_SEP = re.compile(r"\s*[·ㆍ,、]\s*")

_LIST_SEP_CHARS = frozenset(",·ㆍ、")
# a member that is a name with an organisation's ending written on to it (네이버클라우드, 한빛에너지):
# Kiwi reads the ending as a word, the name before it as a proper noun
_KO_NAME_WITH_ENDING = re.compile(rf"[A-Za-z0-9가-힣&]+?(?:{KO_ORG_SUFFIX})")
_KO_KIND_ALONE = re.compile(rf"(?:{KO_ORG_SUFFIX})")  # 로보틱스 of '한빛 로보틱스': no name alone
_KO_WORD = re.compile(r"[‘']?([A-Za-z0-9가-힣][A-Za-z0-9가-힣&.\- ]{0,18}?[A-Za-z0-9가-힣])[’']?"
                      r"(?=\s*(?:\([^)]*\))?\s*(?:[·ㆍ,、]|등|$))")

# '대표단에는 A, B, C 등이 참여한다': the members of a delegation are organisations
_KO_DELEGATION_LIST = re.compile(r"(?:대표단|사절단|방문단|참가단|시찰단)(?:에는|에|은|는)\s+"
                                 r"([^.?!\n]{2,120}?)\s?등[이은]?\s?(?:참여|참가|포함|동행)")

# a Hangul name glossed by an organisation's Latin name in brackets
_KO_GLOSSED = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣][A-Za-z0-9가-힣]{1,14})\s?\(([A-Za-z][^()\n]{1,38})\)")

# a list member ends the noun phrase: a separator, 등/및, a particle or a closing quote follows
# ("피지컬AI 분야의" is a field, not a member); a particle ends it only where the word ends (고순|도
# is 고순도, a word Kiwi cut)
_MEMBER_END = re.compile(r"[’'”\")]?(?:\s*(?:[,·ㆍ、]|등|및|$)|(?:에서|[은는이가을를의와과도에])(?![가-힣])|\s출신)")


# '고순도 특수가스 기업 나노가스텍': the member's slot goes on to a kind of firm and its name, so
# what came before was a description (Kiwi's 고순|도), not a member
_KIND_THEN_NAME = re.compile(r"(?:(?!\s등\s|\s및\s)[^,·ㆍ、.]){0,20}?"
                             r"\s(?:기업|업체|회사|제조사|제조업체|스타트업|개발사|전문기업)\s[A-Za-z가-힣]")


def _ko_lists(doc: Doc, gazetteer: Gazetteer, tokens, s) -> None:
    """Members of 'A, B, C 등' or 'A·B·C는' read from Kiwi's tokens: each member one run of
    adjacent tokens; when one member is an organisation, the proper-noun members are too, and
    so is a proper noun with an organisation's ending on it."""
    runs: list[list] = []  # [start, end, all proper nouns, a separator before it, first one proper]
    prev_end, pending, depth = None, False, 0
    for t in tokens:
        a, b = s.start + t.start, s.start + t.start + t.len
        if t.tag in ("SSO", "SSC") and t.form in "()（）":  # 마이크로소프트(MS), 레노버: a gloss
            depth = max(0, depth + (1 if t.tag == "SSO" else -1))  # leaves the list as it was
            prev_end = None
            continue
        if depth:
            continue
        if t.tag == "SP" and t.form in _LIST_SEP_CHARS:
            pending, prev_end = bool(runs), None
            continue
        if not (t.tag in NAME_TAGS or t.tag.startswith("NN") or t.tag == "XSN"):
            pending, prev_end = False, None
            continue
        if prev_end == a and runs:
            runs[-1][1] = b
            runs[-1][2] = runs[-1][2] and is_proper(t)
        else:
            runs.append([a, b, is_proper(t), pending, is_proper(t)])
            pending = False
        prev_end = b
    chains: list[list] = []
    for i, r in enumerate(runs):
        if r[3] and i:
            if chains and chains[-1][-1] is runs[i - 1]:
                chains[-1].append(r)
            else:
                chains.append([runs[i - 1], r])
    # Kiwi may cut a member short (네이버랩|스) or read its first syllable as a word (한|가람): a
    # run that starts inside an organisation is that organisation
    spans = [(o.start, o.end) for o in doc.orgs]
    for chain in chains:
        if not any(x <= a < y for a, _b, _p, _s, _f in chain for x, y in spans):
            continue
        for a, b, proper, _s, first in chain:
            named = (proper and not _KO_KIND_ALONE.fullmatch(doc.text, a, b)) or (
                first and _KO_NAME_WITH_ENDING.fullmatch(doc.text, a, b))
            if named and _MEMBER_END.match(doc.text, b) and not _KIND_THEN_NAME.match(doc.text, b):
                add_candidate(doc, gazetteer, a, b)


def _list_may_grow(doc: Doc, s) -> bool:
    """Whether `_ko_lists` could add a member in sentence `s`; when not, the sentence need not be
    tokenised for it. A member is added only when it overlaps no mention and its chain (runs of
    noun tokens joined by separator tokens , · ㆍ 、 with nothing but spaces and brackets between a
    separator and the next run) holds a run starting where an organisation starts. Every run after
    a separator starts at the first character after it past the spaces; the first run of a chain
    does not. So a member can be added only if, after some separator, that character is free of
    mentions (the new member itself, or the chain's later member) or starts an organisation
    (the chain's organisation, with the new member first); a bracket there is counted as both. A
    free one counts only with an organisation that could open a chain: one starting before a
    separator."""
    text = doc.text
    starts = {o.start for o in doc.orgs}
    mentions = (*doc.orgs, *doc.people, *doc.places)
    free = False
    last = -1
    for k in range(s.start, s.end):
        if text[k] not in _LIST_SEP_CHARS:
            continue
        last = k
        q = k + 1
        while q < s.end and text[q] in " \t\r\n":
            q += 1
        if q >= s.end or text[q] in _LIST_SEP_CHARS:
            continue  # no run after it in the sentence; or the next separator speaks for it
        if text[q] in "()（）" or q in starts:
            return True
        free = free or not any(m.start <= q < m.end for m in mentions)
    # a free member after a separator needs an organisation in its chain: one after a separator
    # (returned above) or one opening the chain, so starting before a separator
    return free and any(s.start <= a < last for a in starts)


def _delegation_members(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """'한국 대표단에는 유한양행, L&C바이오사이언스, 메타바이오메드 등이 참여한다': each member."""
    text = doc.text
    for m in _KO_DELEGATION_LIST.finditer(text, s.start, s.end):
        pos = m.start(1)
        for part in re.finditer(r"[^,·ㆍ、]+", text[m.start(1):m.end(1)]):
            a = pos + part.start() + len(part.group()) - len(part.group().lstrip())
            b = pos + part.end() - (len(part.group()) - len(part.group().rstrip()))
            if b - a >= 2 and _plain_member(text[a:b]) and " " not in text[a:b]:
                add_candidate(doc, gazetteer, a, b)


_BRACKET = re.compile(r"[(（]([^()（）\n]{3,40})[)）]")


def _bracketed_whole(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """'(창업대가 과기복무유한공사)': a name found at the end of a bracket that holds nothing else
    but words before it is the bracket's whole content (the company's full name)."""
    text = doc.text
    for m in _BRACKET.finditer(text, s.start, s.end):
        a, b = m.span(1)
        last = next((o for o in doc.orgs if o.end == b and a < o.start), None)
        if last is None or last.entity_id is not None or any(
                o is not last and a <= o.start < b for o in (*doc.orgs, *doc.people)):
            continue
        words = text[a:last.start].split()
        if 1 <= len(words) <= 2 and all(re.fullmatch(r"[가-힣A-Za-z0-9]+", w) for w in words):
            doc.orgs.remove(last)
            doc.places = [p for p in doc.places if not (a <= p.start and p.end <= b)]
            if add_candidate(doc, gazetteer, a, b) is None:
                doc.orgs.append(last)


def _list_members(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    """In 'A·B·C' with a known organisation among them, the others are organisations too."""
    known = [o for o in doc.orgs if start <= o.start and o.end <= end and o.entity_id]
    if not known:
        return
    text = doc.text
    for o in known:
        nxt = _LIST_SEP.match(text, _skip_gloss(text, skip_quote(text, o.end)))
        while nxt:
            m = _KO_WORD.match(text, nxt.end())
            if not m or m.end() > end or not _plain_member(m.group(1)):
                break
            add_candidate(doc, gazetteer, *m.span(1))
            nxt = _LIST_SEP.match(text, _skip_gloss(text, m.end()))


_GLOSS_AFTER = re.compile(r"\s?[(（][^()（）\n]{1,40}[)）]")
_GENERIC_MEMBER_WORDS = frozenset(
    "관계자 기업 업체 전문가 인사 기관 관계기관 지역 학생 연구진 임직원 대표단 협약 교류".split())


def _plain_member(member: str) -> bool:
    """A list member that can be a name: no clause (남방과기대와 휴머노이드 공동연구 협약) and no
    generic words (지역 기업 관계자)."""
    words = member.split()
    return len(words) <= 3 and not any(w in _GENERIC_MEMBER_WORDS for w in words) and not any(
        w[-1] in "와과의을를은는이가에" for w in words[:-1]) and not (
        len(words) > 1 and words[0] in _WHERE_WORDS)


# 도내 로봇·부품 기업, 국내 스타트업: where the members are from opens a kind of firm, not a name
_WHERE_WORDS = frozenset("도내 국내 현지 관내 시내 역내 해외 지역 양국 국내외 지역내".split())


def _skip_gloss(text: str, pos: int) -> int:
    """Past a name's gloss in brackets: 이투커지(Yitu), 졸로즈(ZOLOZ) are one list."""
    m = _GLOSS_AFTER.match(text, pos)
    return m.end() if m else pos
