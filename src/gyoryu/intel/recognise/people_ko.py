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
from gyoryu.intel.segment import LazyKiwi, kiwi_cached, kiwi_tokens, within

# -- people and their roles -----------------------------------------------------------------------
KO_ROLES = ("대표이사|공동대표|상임대표|대표|명예회장|부회장|공동회장|회장|부사장|사장|이사장|의장|부총장|총장|학장|"
            "부원장|원장|소장|센터장|본부장|단장|관장|청장|국장|실장|부장|팀장|상무|전무|이사|부총재|총재|행장|"
            "창업자|창립자|설립자|부위원장|위원장|도지사|지사|부시장|시장|장관|차관|총리|대통령|주석|교수|박사|"
            "변호사|국회의원|의원|대사|총영사|주임|과장|처장|부성장|참사관|CEO|CTO|CFO|COO")
# (a title runs on into no longer word, but for particles of two syllables: 부회장과도, 대표이자)
_KO_ROLE = re.compile(rf"[A-Za-z0-9가-힣]{{0,8}}?(?:{KO_ROLES})"
                      rf"(?:(?=과도|와도|에게|께서|으로|과의|와의|에는|이자|이며)|(?![가-힣]{{2}}))")
_KO_ROLE_ANY = re.compile(rf"(?:{KO_ROLES})")
_KO_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현"
    "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부피음빈섭")
# Chinese surnames as Korean writes them (탄다이, 펑즈후이, 자오리젠): a name that opens so is read
# the same way as a Korean one (a proper noun right before a role)
_KO_ZH_SURNAMES = ("자오", "저우", "가오", "샤오", "차오", "위안", "랴오", "쩌우", "하오", "마오", "사오", "야오",
                   "차이", "웨이", "추이", "쑨", "쉬", "쑹", "셰", "탄", "펑", "둥", "청", "덩", "뤄", "량", "뤼",
                   "쑤", "루", "딩", "쉐", "예", "옌", "판", "두", "다이", "샤", "중", "톈", "런", "팡", "스",
                   "슝", "쿵", "바이", "캉", "추", "친", "허우", "멍", "룽", "완", "돤", "첸", "탕", "리", "류",
                   "천", "후", "린", "허", "궈", "쩡", "장", "왕", "양", "황", "주", "우", "마", "한", "정", "위",
                   "어우", "칸", "녜", "잔", "취", "쥐", "싱", "멍", "쉬", "페이", "샹", "상")
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
    return _ko_role_further(doc, pos)


# words that may stand between a name and the title: where the office is (주한, 중국, 산둥성),
# the body (한국로봇산업협회(KAR)) and its unit (사업총괄, 과학기술청 글로벌기술이전센터)
_KO_OFFICE_WORD = re.compile(r"(?:주한|주중|주미|주일|한국|중국|미국|일본|대만|홍콩|사우디아라비아|사우디)(?=\s)")
_KO_UNIT_WORD = re.compile(r"[A-Za-z0-9가-힣·]{1,12}?"
                           r"(?:총괄|부문|담당|사업부|본부|센터|위원회|연구소|청|처|국|실|과|부)(?=\s)")


def _ko_role_further(doc: Doc, pos: int) -> tuple[str | None, OrgMention | None]:
    """'윤영찬 한국 국회의원', '쑹쥔지 중국 산둥성 부성장', '위젠롱 중국국제무역촉진위원회(CCPIT)
    부회장', '최성환 SK네트웍스 사업총괄 사장': between the name and the title stand where the
    office is, the body (its acronym in brackets) and its unit, up to four words; the body named
    last is the one the title belongs to."""
    text, org = doc.text, None
    gap = GAP.match(text, pos)
    if gap.end() == pos and pos:
        return None, None
    pos = gap.end()
    for _ in range(4):
        if (m := _KO_ROLE.match(text, pos)) and m.group(0) and pos > 0 and not text[pos - 1].isalnum():
            return m.group(0), org
        if (o := next((o for o in doc.orgs if o.start == pos), None)) is not None:
            org, pos = o, o.end
        elif (pl := next((pl for pl in doc.places if pl.start == pos), None)) is not None:
            pos = pl.end
        elif m := _KO_OFFICE_WORD.match(text, pos):
            pos = m.end()
        elif m := _KO_UNIT_WORD.match(text, pos):
            if any(x.start < m.end() and pos < x.end for x in doc.people):
                return None, None
            pos = m.end()
        else:
            return None, None
        if m := _PAREN.match(text, pos):
            pos = m.end()
        if not text.startswith(" ", pos):
            return None, None
        pos += 1
    return None, None


_HANGUL2 = re.compile(r"[가-힣]{2}")
_PAREN = re.compile(r"\s?[(（][^()（）\n]{1,40}[)）]")
# "공동회장 권태형, 마광림" / "공동대표 박서연·최민재": a role before one or more names
_KO_ROLE_FIRST = re.compile(rf"(?<![가-힣A-Za-z])((?:{KO_ROLES}))\s+(?=[가-힣])")
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


# the first character of every surname, Korean or Chinese: where a name may open (a regex finds
# them in a sentence at once, not a test per character)
_OPENS_NAME = re.compile("[" + re.escape("".join(sorted(_KO_SURNAMES | {z[0] for z in _KO_ZH_SURNAMES}))) + "]")


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
    from gyoryu.intel.recognise.ko_firms import _ko_employers  # organisations named by their people

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
            names = {}
            # Kiwi's proper nouns matter only where one could be a person with a role; a sentence
            # where none could is not tokenised (`_token_names_matter`)
            tokens = kiwi_cached(doc, s)  # read for an earlier rule: no question to ask
            if tokens is None:
                tokens = kiwi_tokens(doc, kiwi, s) if _token_names_matter(doc, gazetteer, s) else ()
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
        _latin_glossed_people(doc, gazetteer)
        _spaced_chinese_names(doc)
        _gloss_forms(doc, gazetteer)
        doc.people.sort(key=lambda q: q.start)

    return run


def _token_names_matter(doc: Doc, gazetteer: Gazetteer, s) -> bool:
    """Whether a name read from Kiwi's tokens of sentence `s` could change what `ko_people_v2`
    finds there; when not, the sentence is not tokenised for it (Kiwi is most of the time).

    A token name (start, end) is a form `_looks_like_name` accepts, so it starts with a surname
    and is 2 to 5 characters long, not a directory name, not running on into a longer word. It
    changes the result only (1) as a person with a role: not `taken` and `_ko_role_after(end)`
    gives a role; the names are read before any other, so this is judged on the mentions as they
    stand (a name `_names_before_orgs` finds instead at the same start is judged the same way: it
    is one of those spans); or (2) where `_ko_roles_first` looks a name up: right after a role
    written before names, or after a separator that follows a person it walked through, when no
    person starts there. Each is checked for every span that could hold such a name, without Kiwi:
    a sentence passes unless none could."""
    text, lo, hi = doc.text, s.start, s.end
    org_starts = {o.start for o in doc.orgs}
    roles: dict[int, bool] = {}
    covered = bytearray(hi - lo)  # the sentence's characters inside a mention: `doc.taken`, at once
    for m in (*doc.orgs, *doc.people, *doc.places):
        if m.start < hi and lo < m.end:
            covered[max(m.start, lo) - lo:min(m.end, hi) - lo] = b"\x01" * (min(m.end, hi) - max(m.start, lo))
    for opening in _OPENS_NAME.finditer(text, lo, hi - 1):  # the characters a name may open with
        start = opening.start()
        if text[start] not in _KO_SURNAMES and not text.startswith(_KO_ZH_SURNAMES, start):
            continue  # no name opens here
        for end in range(start + 2, min(start + 5, hi) + 1):
            if end < len(text) and "\uac00" <= text[end] <= "\ud7a3" and (
                    text[end] not in PARTICLE_START or end not in org_starts):
                continue  # runs on into a longer word (skipped by the caller), or before a
                # particle, where only an organisation starting there could give a role
            form = text[start:end]
            if not _looks_like_name(form) or any(covered[start - lo:end - lo]) or name_key(form) in gazetteer.by_key:
                continue
            if end not in roles:
                roles[end] = _ko_role_after(doc, end)[0] is not None
            if roles[end]:
                return True
    known = {p.start: p for p in doc.people}  # as `_ko_roles_first` walks them
    for m in _KO_ROLE_FIRST.finditer(text, lo, hi):
        pos = m.end()
        while True:
            person = known.get(pos)
            if person is None:
                if (text[pos] in _KO_SURNAMES or text.startswith(_KO_ZH_SURNAMES, pos)):
                    return True  # a name Kiwi reads here would be looked up
                break
            sep = _KO_NAME_SEP.match(text, person.end)
            if not sep or sep.end() >= hi:
                break
            pos = sep.end()
    return False


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
    person named in two scripts, each form a mention (the gloss lends its directory link)."""
    for p in list(doc.people):
        if not (p.end < len(doc.text) and doc.text[p.end] in ")）"):
            continue
        m = _HANGUL_BEFORE_GLOSS.search(doc.text, max(0, p.start - 8), p.start)
        if m is None:
            continue
        outer = next((q for q in doc.people if q.start == m.start(1) and q.end == m.end(1)), None)
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
    seen = {m.start(1) for m in words if m is not None}
    loose = set()
    for m in _KO_TITLE_THEN_WORD.finditer(doc.text, s.start, s.end):  # (부문 CEO 류야제)
        if m.start(1) not in seen and _looks_like_name(m.group(1)):
            words.append(m)
            loose.add(m.start(1))
            seen.add(m.start(1))
    for m in _KO_WORD_THEN_TITLE.finditer(doc.text, s.start, s.end):  # 쑹쥔지(宋军继) 중국 산둥성 부성장
        if m.start(1) not in seen and _looks_like_name(m.group(1)) and _ko_role_after(doc, m.end(1))[0] not in (
                None, "시장"):  # 전세계 시장을: a bare 시장 is a market
            words.append(m)
            loose.add(m.start(1))
    for m in words:
        if m is None or not _looks_like_name(m.group(1)) or name_key(m.group(1)) in gazetteer.by_key:
            continue
        key = ("kiwi-word", m.group(1))
        tokens = doc.cache.get(key)
        if tokens is None:
            tokens = doc.cache[key] = kiwi.tokenize(m.group(1))
        if (len(tokens) == 1 and tokens[0].tag != "NNP" and tokens[0].score > _KO_UNKNOWN_WORD) or any(
                t.tag.startswith(("V", "E")) for t in tokens):
            continue  # 이번, 지난, 한편: a word; 나선 (나서+ㄴ): a verb, not a name
        if m.start(1) in loose and len(tokens) > 1 and (
                (len(tokens[0].form) > 1 and tokens[0].tag != "NNP") or not tokens[0].tag.startswith("NN")):
            continue  # 인공|지능 교수: words of the dictionary; 손|경종, 김환(NNP)|근: a name cut apart
        if len(tokens) == 1 and tokens[0].score <= _KO_UNKNOWN_WORD:
            doc.cache.setdefault("ko-unknown-names", set()).add(m.start(1))
        out.append((m.start(1), m.end(1), m.group(1)))
    return out


# any word of a sentence with a title, right before a space or a gloss in brackets; and the score
# below which Kiwi has read a word as one it does not know (쑹쥔지 -34, 이재율 -21: a name; 장문
# -13, 성장 -10, 관계자 -11: words of its dictionary)
_KO_WORD_THEN_TITLE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,5})(?=\s|[(（])")
_KO_UNKNOWN_WORD = -16.0
_KO_TITLE_THEN_WORD = re.compile(rf"(?<![가-힣A-Za-z])(?:{KO_ROLES})\s+([가-힣]{{2,5}})(?=[\s,·)）]|$)")


def _ko_roles_first(doc: Doc, s, names: dict) -> None:
    """'공동회장 권태형, 마광림', '에이트스텝랩스 공동대표 박서연, 최민재와': the role, then names. After
    a Latin title (CEO 류야제) only a name Kiwi does not know as a word (CEO 서밋 is a summit)."""
    known = {p.start: p for p in doc.people}
    for m in _KO_ROLE_FIRST.finditer(doc.text, s.start, s.end):
        org = org_ending_at(doc, m.start(), " ‘’'\"“”(")
        pos = m.end()
        while True:
            person = known.get(pos)
            found = names.get(pos)
            if found is not None and m.group(1).isascii() and pos not in doc.cache.get("ko-unknown-names", ()):
                found = None
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


# -- names glossed in brackets --------------------------------------------------------------------
_PINYIN = re.compile(r"(?i:(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|"
                     r"uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)['’]?){1,3})")
# a person's name in Latin letters: two to four capitalised words (Al-Falih, Xiao'ou)
LATIN_PERSON = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?"
                          r"(?: (?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?|al|bin|van|de)){1,3}")
_NOT_PERSON_WORDS = frozenset("Inc Corp Co Ltd Group Korea China Japan America Holdings Technology "
                              "Technologies Capital Ventures Partners Robotics University Institute Association "
                              "Center Centre "
                              "Bank Fund Foundation Council Ministry Agency Office Cloud Labs Lab Venture "
                              "Investment Management Industrial Park Science City Province Street Road Times "
                              "News Daily Post Herald PhD Dr The And Of For".split())
_CJK_PERSON = re.compile(r"[\u4e00-\u9fff]{2,3}")
_GLOSS_AT = re.compile(r"\s?[(（]([^()（）\n]{2,60})[)）]")
_GLOSS_PART = re.compile(r"\s*[·;,/ㆍ、]\s*")
# Hangul words, a doctor's or professor's title they may carry, and a Latin name in brackets:
# '마제드 알 호가일(Majed Al Hogail) 장관', '샤오우 탕 박사(Xiao'ou Tang, PhD)'
_HANGUL_LATIN_GLOSS = re.compile(r"(?<![가-힣A-Za-z0-9])((?:[가-힣]{1,5} ){0,3}[가-힣]{1,5})( ?(?:박사|교수))?"
                                 r"\s?[(（]([A-Z][^()（）\n]{3,50})[)）]")
_KO_ROLE_BEFORE = re.compile(rf"(?:{KO_ROLES})(?:인|이자)?\s$")


def latin_person(form: str, gazetteer: Gazetteer) -> bool:
    """Whether a Latin form reads as a person's name, not a body's (Huawei Korea, Fortune Link Capital)."""
    return bool(LATIN_PERSON.fullmatch(form)) and not any(
        w in _NOT_PERSON_WORDS for w in re.split(r"[ -]", form)) and not gazetteer.entities(name_key(form))


def _cjk_person(form: str) -> bool:
    from gyoryu.intel.recognise.heads import simplified
    from gyoryu.intel.recognise.people_zh import ZH_SURNAMES

    return bool(_CJK_PERSON.fullmatch(form)) and simplified(form)[0] in ZH_SURNAMES


def _add_person(doc: Doc, start: int, end: int, like: PersonMention | None = None) -> PersonMention | None:
    if any(q.start == start and q.end == end for q in doc.people):
        return None
    if any(x.start < end and start < x.end for x in (*doc.orgs, *doc.places)):
        return None
    doc.people = [q for q in doc.people if not (start <= q.start and q.end <= end)]
    q = PersonMention(start, end, doc.text[start:end])
    if like is not None:
        q.entity_id, q.role, q.org_id, q.org_mention = None, like.role, like.org_id, like.org_mention
    doc.people.append(q)
    return q


def _latin_glossed_people(doc: Doc, gazetteer: Gazetteer) -> None:
    """'칼리드 알팔리(Khalid Al-Falih) 장관', '교수 리쉬(Xu Li)와': Hangul words glossed by a person's
    Latin name, with a title after the brackets, before the words or between, are that person
    (as many words as the Latin name has; a Chinese name Korean writes as one word)."""
    for s in doc.sentences_in("ko"):
        for m in _HANGUL_LATIN_GLOSS.finditer(doc.text, s.start, s.end):
            latin = _GLOSS_PART.split(m.group(3))[0].strip()
            if not latin_person(latin, gazetteer):
                continue
            role = m.group(2).strip() if m.group(2) else None
            words = m.group(1).split(" ")
            if words[-1] in ("박사", "교수") and len(words) > 1:
                role = words.pop()
            if role is None:
                role = _ko_role_after(doc, m.end())[0]
            if role is None and not _KO_ROLE_BEFORE.search(doc.text, max(0, m.start() - 12), m.start(1)):
                continue
            n = len(latin.split(" "))
            if all(_PINYIN.fullmatch(w) for w in latin.split(" ")) and len(words[-1]) >= 2:
                n = 1  # 리쉬(Xu Li), 장문(Zhang Wen): Korean writes a Chinese name as one word
            prefix, words = words[:-n], words[-n:]
            start = m.start(1) + len(" ".join(prefix)) + (1 if prefix else 0)
            end = start + len(" ".join(words))
            if doc.taken(start, end) and not any(q.start >= start and q.end <= end for q in doc.people):
                continue
            person = _add_person(doc, start, end)
            if person is None:
                person = next((q for q in doc.people if q.start == start and q.end == end), None)
            if person is None:
                continue
            a = m.start(3) + m.group(3).index(latin)
            _add_person(doc, a, a + len(latin), person)
            if person.role is None:
                person.role, org = _ko_role_after(doc, m.end())
                if org is not None:
                    person.org_id, person.org_mention = org.entity_id, org.mention
                person.role = person.role or role


def _spaced_chinese_names(doc: Doc) -> None:
    """'멍 샤오윈 한국화웨이 CEO': a Chinese surname Korean writes apart from the given name (a word of
    its own, right before a name that opens with no Korean surname) is part of the name."""
    for p in list(doc.people):
        text = doc.text
        if not "\uac00" <= text[p.start] <= "\ud7a3" or p.mention[0] in _KO_SURNAMES:
            continue
        m = re.search(r"(?<![가-힣A-Za-z0-9])([가-힣]{1,2}) $", text[max(0, p.start - 4):p.start])
        if m is None or m.group(1) not in _KO_ZH_SURNAMES or m.group(1) in _NOT_SPACED_SURNAMES:
            continue
        start = p.start - len(m.group(0))
        if doc.taken(start, start + len(m.group(1))):
            continue
        p.start, p.mention = start, text[start:p.end]


_NOT_SPACED_SURNAMES = frozenset("이 그 저 한 전 현 신 총 각 양 중 두 주 우 마 위 후 리 정 장 추 스 예".split())


def _gloss_forms(doc: Doc, gazetteer: Gazetteer) -> None:
    """'싱하이밍(邢海明)', '첸리(陈立·Ackles Chen)', '판 위(Pan Yue ; 潘悅)': every form of a Korean-written
    person's name in the brackets after it is a mention of the same person."""
    for p in list(doc.people):
        if not "\uac00" <= doc.text[p.start] <= "\ud7a3" or not (m := _GLOSS_AT.match(doc.text, p.end)):
            continue
        at = m.start(1)
        for part in _GLOSS_PART.split(m.group(1)):
            a = doc.text.index(part, at) if part else at
            at = a + len(part)
            part = part.strip()
            if part and (_cjk_person(part) or latin_person(part, gazetteer)):
                a = doc.text.index(part, a)
                _add_person(doc, a, a + len(part), p)
