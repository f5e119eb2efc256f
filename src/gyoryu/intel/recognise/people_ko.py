"""Korean people and their roles: directory names, names Kiwi tags as proper nouns before or
after a role, a surname and a role referring back, and glossed names."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PersonMention,
    component,
)
from gyoryu.intel.recognise.heads import (
    GAP,
    PARTICLE_START,
    add_candidate,
    org_at,
    org_ending_at,
)
from gyoryu.intel.segment import LazyKiwi, kiwi_tokens, within

# -- people and their roles -----------------------------------------------------------------------
KO_ROLES = ("대표이사|공동대표|상임대표|대표|명예회장|부회장|공동회장|회장|부사장|사장|이사장|의장|부총장|총장|학장|"
            "부원장|원장|소장|센터장|본부장|단장|관장|청장|국장|실장|부장|팀장|상무|전무|이사|부총재|총재|행장|"
            "창업자|창립자|설립자|부위원장|위원장|도지사|지사|부시장|시장|장관|차관|총리|대통령|주석|교수|박사|"
            "변호사|국회의원|의원|대사|총영사|CEO|CTO|CFO|COO")
_KO_ROLE = re.compile(rf"[A-Za-z가-힣]{{0,8}}?(?:{KO_ROLES})(?![가-힣]{{2}})")
_KO_ROLE_ANY = re.compile(rf"(?:{KO_ROLES})")
_KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현"
    "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부피음빈")
# Chinese surnames as Korean writes them (탄다이, 펑즈후이, 자오리젠): a name that opens so is read
# the same way as a Korean one (a proper noun right before a role)
_KO_ZH_SURNAMES = ("자오", "저우", "가오", "샤오", "차오", "위안", "랴오", "쩌우", "하오", "마오", "사오", "야오",
                   "차이", "웨이", "추이", "쑨", "쉬", "쑹", "셰", "탄", "펑", "둥", "청", "덩", "뤄", "량", "뤼",
                   "쑤", "루", "딩", "쉐", "예", "옌", "판", "두", "다이", "샤", "중", "톈", "런", "팡", "스",
                   "슝", "쿵", "바이", "캉", "추", "친", "허우", "멍", "룽", "완", "돤", "첸", "탕", "리", "류",
                   "천", "후", "린", "허", "궈", "쩡", "장", "왕", "양", "황", "주", "우", "마", "한", "정", "위")
# The head of an organisation named by the organisation's own last syllables and 장, written as
# one word: LG AI연구원장 (원장), 한국반도체산업협회장 (회장), 경제자유구역청장 (청장), 데이터센터장
_HEAD_OF = (("센터", "센터장"), ("본부", "본부장"), ("은행", "은행장"), ("사업단", "단장"), ("원", "원장"),
            ("회", "회장"), ("소", "소장"), ("청", "청장"), ("관", "관장"), ("국", "국장"), ("단", "단장"))
# an organisation name that ends so, followed by 장, is that organisation's head (부산정보산업진흥원장)
_KO_HEAD_ORG = re.compile(r"([A-Za-z0-9가-힣]{2,16}?(?:진흥원|연구원|평가원|기술원|협의회|연합회|협회|학회|연구소|"
                          r"센터|재단|공단|사업단|경제자유구역청))장(?![가-힣]{2})")


def _head_role(org_mention: str) -> str | None:
    for ending, role in _HEAD_OF:
        if org_mention.endswith(ending):
            return role
    return None


def _ko_role_after(doc: Doc, pos: int) -> tuple[str | None, OrgMention | None]:
    """'하이퍼놀로지 대표', '충칭시장' or 'LG AI연구원장' after a name: the role and the
    organisation it names. A gloss in brackets between them (물릭(James Randy Moulic) 학장) is
    passed over."""
    if m := _PAREN.match(doc.text, pos):
        pos = m.end()
    org = org_at(doc, pos)
    if org is not None:
        m = _KO_ROLE.match(doc.text, GAP.match(doc.text, org.end).end())
        if m and m.group(0):
            return m.group(0), org
        m = _KO_ROLE.match(doc.text, org.end - 1)  # 충칭시 + 장 = 충칭시장
        if m and m.group(0) in ("시장", "도지사", "지사"):
            return m.group(0), org
        if doc.text.startswith("장", org.end) and not _HANGUL2.match(doc.text, org.end + 1):
            role = _head_role(org.mention)
            if role:
                return role, org
    gap = GAP.match(doc.text, pos)
    if gap.end() > pos or pos == 0:
        m = _KO_ROLE.match(doc.text, gap.end())
        if m and m.group(0):
            return m.group(0), org_ending_at(doc, pos)
    return None, None


_HANGUL2 = re.compile(r"[가-힣]{2}")
_PAREN = re.compile(r"\s?[(（][^()（）\n]{1,40}[)）]")
# "공동회장 권태형, 마광림" / "공동대표 박서연·최민재": a role before one or more names
_KO_ROLE_FIRST = re.compile(rf"(?<![가-힣A-Za-z])((?:{KO_ROLES.replace('|CEO|CTO|CFO|COO', '')}))\s+(?=[가-힣])")
_KO_NAME_SEP = re.compile(r"\s*[,·ㆍ]\s*")
# "김 대표는", "배 원장은": a person named before, by surname and role
_KO_BACK_REF = re.compile(rf"(?<![가-힣])([가-힣])\s((?:{KO_ROLES}))(?=[은는이가을를의과와도께]|\s|$)")


def _ko_head_split(doc: Doc, gazetteer: Gazetteer, start: int, role: str) -> tuple[str, OrgMention | None]:
    """A role written onto an organisation the directory lacks (부산정보산업진흥원장, 판교AI협의회장):
    the organisation becomes a candidate and the role is its head's."""
    m = _KO_HEAD_ORG.fullmatch(role)
    if not m:
        return role, None
    org_text = m.group(1)
    head = _head_role(org_text)
    if head is None or len(org_text) - len(head) < 2:
        return role, None
    org = add_candidate(doc, gazetteer, start, start + len(org_text), absorb_places=True)
    return head, org


def _looks_like_name(form: str) -> bool:
    return (2 <= len(form) <= 4 and form[0] in _KO_SURNAMES) or (
        2 <= len(form) <= 5 and form.startswith(_KO_ZH_SURNAMES))


@component("gyoryu.ko_people.v2")
def ko_people_v2(*, gazetteer: Gazetteer):
    """Korean people: directory names, and names Kiwi tags as proper nouns right before a role
    ('이남희 하이퍼놀로지 대표', '배경훈 LG AI연구원장', '탄다이 훠산엔진 총재') or right after one
    ('공동대표 박서연, 최민재'). A surname with a role ('김 원장은') refers back to the person
    named before and gives them the role when they had none.

    Kiwi reads only the sentences that hold a role word, with every directory name added to its
    dictionary, so its cost stays a fraction of the article."""
    from gyoryu.intel.recognise.ko import _ko_employers  # organisations named by their people

    kiwi = LazyKiwi(gazetteer)

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
            tokens = kiwi_tokens(doc, kiwi, s)
            names = {}
            for tok in tokens:
                if tok.tag != "NNP" or not _looks_like_name(tok.form):
                    continue
                start = s.start + tok.start
                end = start + tok.len
                if doc.text[start:end] != tok.form or name_key(tok.form) in gazetteer.by_key:
                    continue
                if (end < len(doc.text) and "\uac00" <= doc.text[end] <= "\ud7a3"
                        and doc.text[end] not in PARTICLE_START):
                    continue  # part of a longer word
                names[start] = (start, end, tok.form)
            for start, end, form in _names_before_orgs(doc, kiwi, gazetteer, s):
                names.setdefault(start, (start, end, form))
            for start, end, form in names.values():
                if doc.taken(start, end):
                    continue
                role, org = _ko_role_after(doc, end)
                if role is None:
                    continue
                if org is None:
                    role, org = _ko_head_split(doc, gazetteer, GAP.match(doc.text, end).end(), role)
                doc.people.append(PersonMention(
                    start, end, form, None, role,
                    org.entity_id if org else None, org.mention if org else None))
            _ko_roles_first(doc, s, names)
        _ko_employers(doc, gazetteer, kiwi)
        _ko_back_references(doc)
        _glossed_people(doc)

    return run
_KO_WORD_BEFORE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,4})\s$")
# a name Kiwi cuts apart right before its role: 윤원석 청장을, 김두겸 울산시장은 (a bare 시장 is a market:
# 전세계 시장을)
_KO_ROLES_NOT_MARKET = "|".join(r for r in KO_ROLES.split("|") if r != "시장")
_KO_NAME_THEN_ROLE = re.compile(
    rf"(?<![가-힣A-Za-z0-9])([가-힣]{{3}})\s(?=(?:[가-힣]{{1,6}}?시장|[가-힣]{{0,6}}?"
    rf"(?:{_KO_ROLES_NOT_MARKET}))(?![가-힣]{{2}}))")


_HANGUL_BEFORE_GLOSS = re.compile(r"(?<![가-힣])([가-힣]{2,5})\s?[(（]$")


def _glossed_people(doc: Doc) -> None:
    """'저우젠(周剑)', '류칭펑(刘庆峰)': the name in brackets glosses the Korean one before it; one
    person, named as the Korean text names them (the gloss lends its directory link)."""
    for p in list(doc.people):
        if not (p.end < len(doc.text) and doc.text[p.end] in ")）"):
            continue
        m = _HANGUL_BEFORE_GLOSS.search(doc.text, max(0, p.start - 8), p.start)
        if m is None:
            continue
        outer = next((q for q in doc.people if q.start == m.start(1) and q.end == m.end(1)), None)
        doc.people.remove(p)
        if outer is None:
            doc.people.append(PersonMention(m.start(1), m.end(1), m.group(1), p.entity_id, p.role,
                                            p.org_id, p.org_mention))
        elif outer.entity_id is None:
            outer.entity_id = p.entity_id
    doc.people.sort(key=lambda q: q.start)


def _names_before_orgs(doc: Doc, kiwi, gazetteer: Gazetteer, s) -> list[tuple[int, int, str]]:
    """'방승찬 ETRI 원장은': a name Kiwi does not know (it cuts 방|승|찬, or reads 이용권 as a
    word with a suffix) is still a name when it stands right before an organisation and a role,
    opens with a surname and is not one plain word of Kiwi's dictionary."""
    out = []
    words = [_KO_WORD_BEFORE.search(doc.text, max(s.start, o.start - 6), o.start)
             for o in within(doc.orgs, s)]
    words += list(_KO_NAME_THEN_ROLE.finditer(doc.text, s.start, s.end))  # 윤원석 청장을
    for m in words:
        if m is None or not _looks_like_name(m.group(1)) or name_key(m.group(1)) in gazetteer.by_key:
            continue
        key = ("kiwi-word", m.group(1))
        tokens = doc.cache.get(key)
        if tokens is None:
            tokens = doc.cache[key] = kiwi.tokenize(m.group(1))
        if (len(tokens) == 1 and tokens[0].tag != "NNP") or any(
                t.tag.startswith(("V", "E")) for t in tokens):
            continue  # 이번, 지난, 한편: a word; 나선 (나서+ㄴ): a verb, not a name
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


def _ko_roles_first(doc: Doc, s, names: dict) -> None:
    """'공동회장 권태형, 마광림', '에이트스텝랩스 공동대표 박서연, 최민재와': the role, then names."""
    known = {p.start: p for p in doc.people}
    for m in _KO_ROLE_FIRST.finditer(doc.text, s.start, s.end):
        org = org_ending_at(doc, m.start(), " ‘’'\"“”(")
        pos = m.end()
        while True:
            person = known.get(pos)
            found = names.get(pos)
            if person is None and found is not None and not doc.taken(found[0], found[1]):
                person = PersonMention(found[0], found[1], found[2])
                doc.people.append(person)
                known[pos] = person
            if person is None:
                break
            if person.role is None:
                person.role = m.group(1)
                if org is not None:
                    person.org_id, person.org_mention = org.entity_id, org.mention
            sep = _KO_NAME_SEP.match(doc.text, person.end)
            if not sep or sep.end() >= s.end:
                break
            pos = sep.end()


def _ko_back_references(doc: Doc) -> None:
    people = sorted((p for p in doc.people if "\uac00" <= doc.text[p.start] <= "\ud7a3"),
                    key=lambda p: p.start)
    if not people:
        return
    for s in doc.sentences_in("ko"):
        for m in _KO_BACK_REF.finditer(doc.text, s.start, s.end):
            before = [p for p in people if p.end <= m.start() and p.mention.startswith(m.group(1))]
            if before and before[-1].role is None:
                before[-1].role = m.group(2)
