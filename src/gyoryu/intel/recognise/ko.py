"""Korean organisations the directory does not hold: the entry point, `ko_candidates_v2`, which runs
the rules of each job sentence by sentence and then over the document, and the rules of its own:
quoted names, names with a strong ending read through Kiwi, programmes that are no organisation.
The rules live by their job: `ko_firms` (companies by what the press says around them),
`ko_heads` (bodies named by their ending or head, ministries), `ko_universities`, `ko_lists`
(lists, brackets, glosses), `ko_glosses` (Hangul names glossed by a Chinese organisation),
`ko_places` (places as governments, bodies after a country), on `ko_tokens` (Kiwi span helpers
they share)."""

from __future__ import annotations

import re

from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, component
from gyoryu.intel.recognise.heads import GATHERING_END, add_candidate, add_gathering, repeat_candidates
from gyoryu.intel.recognise.ko_firms import (
    _KO_BRAND_WORD,
    _KO_COMPANY_GLOSS,
    _KO_CONTEXT_AFTER,
    _KO_CONTEXT_CUE,
    _KO_KIND_BEFORE,
    _KO_KIND_THEN,
    _KO_LEGAL_FORM_BEFORE,
    _ko_company_contexts,
    _ko_legal_markers,
    _ko_local_units,
    _ko_named_as_bodies,
    _ko_pairs,
    _ko_parents_of_local_units,
    _ko_short_repeats,
    _name_end,
    _subject_of_exchange,
)
from gyoryu.intel.recognise.ko_glosses import _ko_chinese_glosses, ko_latin_glosses
from gyoryu.intel.recognise.ko_heads import (
    _KO_BODY_END,
    _KO_INSTITUTION,
    _KO_STRONG,
    _KO_STRONG_END,
    KO_ORG_SUFFIX,
    _add_longer,
    _ko_bodies_under_ministries,
    _ko_headed,
    _ko_modified_names,
    _ko_parks_apart,
    _ko_subunits_to_parents,
)
from gyoryu.intel.recognise.ko_lists import (
    _KO_GLOSSED,
    _LIST_SEP_CHARS,
    _bracketed_whole,
    _delegation_members,
    _ko_lists,
    _list_may_grow,
    _list_members,
)
from gyoryu.intel.recognise.ko_local_bodies import ko_local_bodies
from gyoryu.intel.recognise.ko_offices import offices_in_cities
from gyoryu.intel.recognise.ko_places import _foreign_after_country, _ko_governments, _ko_places_beside_places
from gyoryu.intel.recognise.ko_tokens import (
    KO_FIRM_KINDS,
    KO_QUOTED,
    KO_QUOTED_LONG,
    cued,
    proper_noun_span,
    skip_quote,
    stem_tokens,
)
from gyoryu.intel.recognise.ko_universities import (
    _KO_COLLEGES,
    _KO_SCHOLAR_CUE,
    _KO_UNIVERSITY_HEAD,
    _ko_universities,
    _ko_universities_apart,
)
from gyoryu.intel.segment import LazyKiwi, kiwi_cached, kiwi_tokens, within

# -- organisation candidates from press patterns --------------------------------------------------
# a known name that runs on into a common word: 국회|의원 (a lawmaker), 한국경제|사절단 (an economic
# mission): the name is not meant
_KO_WORD_GOES_ON = re.compile(r"의원(?![들단])|(?<=경제)사절")  # (국회의원들이 방문: the body acts)

# ‘AI산업융합 사업단 출범식’: the body a ceremony launches or opens, named in its title
_KO_CEREMONY_END = re.compile(r"\s?(?:출범식|개소식|개원식|창립식|발대식|현판식|개관식)$")
_KO_QUOTED_SUFFIX = re.compile(rf"(?:{KO_ORG_SUFFIX})$")
_KO_ORG_CONTEXT = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*(?:본사|사옥|측|기업|社|대표|회장|CEO|관계자)")
# 합작법인 '새만금배터리머티리얼즈', 현지법인 '한빛테크 재팬': a legal entity's kind, then its name quoted
# '스타트업 '뉴로칩스'', '업체 '보이스로직'': so too a kind of firm, as it is before a bare name
_KO_QUOTED_GLOSSED = re.compile(r"[‘'“\"]([가-힣A-Za-z0-9][^‘’'“”\"\n()]{1,24}?)\s?"
                                r"\(([A-Za-z][A-Za-z0-9&.\- ]{1,30})\)[’'”\"]")
_KO_ENTITY_BEFORE = re.compile(rf"(?:법인|자회사|손자회사|합작사|합작회사|조인트벤처|계열사|법인명은?|"
                               rf"{KO_FIRM_KINDS})\s?$")


@component("gyoryu.ko_candidates.v2")
def ko_candidates_v2(*, gazetteer: Gazetteer):
    """Organisations the directory lacks, from Korean press patterns: ㈜X, quoted names with an
    organisation ending or context, '기업인 X', proper nouns with an organisation ending
    (트라이로봇랩스, 부산정보산업진흥원) or context ('X 관계자', 'X 측은', '기업 X'), and the
    other members of a list (A·B·C, A, B 등) one of whose members is an organisation. A known
    name with an organisation ending written onto it (유니트리코리아) is another organisation.
    Bare names count only when Kiwi reads them as proper nouns. Offered for review, never added
    by themselves."""
    kiwi = LazyKiwi(gazetteer)

    def run(doc: Doc) -> None:
        text = doc.text
        _ko_local_units(doc, gazetteer)
        doc.orgs = [o for o in doc.orgs if not _KO_WORD_GOES_ON.match(text, o.end)]
        for s in doc.sentences_in("ko"):
            _ko_legal_markers(doc, gazetteer, kiwi, s)
            for m in KO_QUOTED_LONG.finditer(text, s.start, s.end):
                if GATHERING_END.search(m.group(1).strip()):
                    add_gathering(doc, gazetteer, *m.span(1), absorb_places="spaced")
            for m in _KO_QUOTED_GLOSSED.finditer(text, s.start, s.end):
                if _KO_ENTITY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    # 합작사 '에스앤에스 AI인프라(S&S AI Infra)': the name and its Latin gloss, each a mention
                    add_candidate(doc, gazetteer, *m.span(1), absorb_places="spaced")
                    add_candidate(doc, gazetteer, *m.span(2))
            for m in KO_QUOTED.finditer(text, s.start, s.end):
                inner = m.group(1).strip()
                if (c := _KO_CEREMONY_END.search(inner)) and _KO_BODY_END.search(inner[:c.start()]):
                    add_candidate(doc, gazetteer, m.start(1), m.start(1) + c.start(), absorb_places=True)
                elif GATHERING_END.search(inner):
                    add_gathering(doc, gazetteer, *m.span(1))
                elif _KO_QUOTED_SUFFIX.search(inner):
                    # the quotes close a name its head ends: places spaced inside it are its own
                    # ('울산-우한 수소협력센터'); told only by the words after it, a glued place alone
                    add_candidate(doc, gazetteer, *m.span(1), absorb_places="spaced")
                elif _KO_ORG_CONTEXT.match(text, m.end()):
                    add_candidate(doc, gazetteer, *m.span(1), absorb_places=True)
                elif _KO_ENTITY_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                        and not _one_common_word(doc, kiwi, inner):
                    add_candidate(doc, gazetteer, *m.span(1), absorb_places="spaced")
            for m in _KO_KIND_BEFORE.finditer(text, s.start, s.end):  # 기업인 센스타임과: a particle cut
                a, b = m.span(1)
                if b := _name_end(doc, kiwi, s, a, b, proper=False) if "\uac00" <= text[b - 1] <= "\ud7a3" else b:
                    if not _common_noun(doc, kiwi, s, a, b):
                        add_candidate(doc, gazetteer, a, b)
            for m in cued(_KO_UNIVERSITY_HEAD, _KO_SCHOLAR_CUE, text, s):
                if m.group(1) not in _KO_COLLEGES:  # 서울대 의대 교수: the college is the university's
                    add_candidate(doc, gazetteer, *m.span(1))
            for m in _KO_LEGAL_FORM_BEFORE.finditer(text, s.start, s.end):  # 주식회사 X는: a particle cut
                a, b = m.span(1)
                if b := _name_end(doc, kiwi, s, a, b, proper=False) if "\uac00" <= text[b - 1] <= "\ud7a3" else b:
                    add_candidate(doc, gazetteer, a, b)
            for m in cued(_KO_COMPANY_GLOSS, "(", text, s):
                add_candidate(doc, gazetteer, *m.span(2))  # its Latin name, then the Korean one
                if not doc.taken(*m.span(1)) and any(o.start == m.start(2) for o in doc.orgs):
                    add_candidate(doc, gazetteer, *m.span(1))
            _ko_chinese_glosses(doc, gazetteer, kiwi, s)  # 파이버홈(烽火通信)
            _delegation_members(doc, gazetteer, s)
            _foreign_after_country(doc, gazetteer, kiwi, s)
            _ko_company_contexts(doc, gazetteer, kiwi, s)
            _ko_named_as_bodies(doc, gazetteer, kiwi, s)
            _ko_headed(doc, gazetteer, kiwi, s)
            _ko_universities(doc, gazetteer, kiwi, s)
            _ko_universities_apart(doc, gazetteer, kiwi, s)
            _ko_modified_names(doc, gazetteer, kiwi, s)
            _ko_parks_apart(doc, gazetteer, kiwi, s)
            _bracketed_whole(doc, gazetteer, s)
            _list_members(doc, gazetteer, s.start, s.end)
            _ko_governments(doc, gazetteer, s)
            _subject_of_exchange(doc, gazetteer, kiwi, s)  # after the rest: its partner may be theirs
            for m in cued(_KO_GLOSSED, "(", text, s):  # 갤봇(Galbot), 유비테크(UBTECH)
                if any(o.start == m.start(2) and o.end == m.end(2) for o in doc.orgs):
                    add_candidate(doc, gazetteer, *m.span(1))
            spans = [m.span() for m in cued(_KO_STRONG, _KO_STRONG_END, text, s)]
            spans += [m.span(1) for m in cued(_KO_CONTEXT_AFTER, _KO_CONTEXT_CUE, text, s)]
            spans += [m.span(1) for m in _KO_KIND_THEN.finditer(text, s.start, s.end)]
            listed = not _LIST_SEP_CHARS.isdisjoint(text[s.start:s.end])
            if not spans and not (listed and within(doc.orgs, s)):
                continue
            for a, b in spans:
                if _settled_at(doc, a):
                    continue  # whatever Kiwi reads from here, `_add_longer` would change nothing
                brand = _KO_BRAND_WORD.match(text, a, b)
                a, b = proper_noun_span(kiwi_tokens(doc, kiwi, s), s.start, a, b,
                                         _KO_INSTITUTION.search(text, a, b) is not None)
                if b <= a and brand:
                    a, b = brand.span()
                if b - a > 2 and text[b - 1] == "社":
                    b -= 1  # 'X社': Kiwi reads the Hanja on to the name; it says "the company", as ㈜ does
                if b > a and not GATHERING_END.search(text, a, b):  # 데모데이를 열었다: an event held
                    _add_longer(doc, gazetteer, a, b)
            if listed and within(doc.orgs, s) and (kiwi_cached(doc, s) is not None or _list_may_grow(doc, s)):
                _ko_lists(doc, gazetteer, kiwi_tokens(doc, kiwi, s), s)
        for s in doc.sentences_in("ko"):  # after the rest: a pair opens from what they found
            _ko_pairs(doc, gazetteer, kiwi, s)
        _ko_programmes(doc)
        _ko_subunits_to_parents(doc, gazetteer)
        _ko_parents_of_local_units(doc, gazetteer)
        _ko_bodies_under_ministries(doc, gazetteer)
        ko_latin_glosses(doc, gazetteer)
        before = {id(o) for o in doc.orgs}
        repeat_candidates(doc, "ko")
        _ko_short_repeats(doc, gazetteer, kiwi)
        _lists_of_repeats(doc, gazetteer, kiwi, before)
        if before != {id(o) for o in doc.orgs}:  # 전북특별자치도, 군산시, A사, B사와: listed with names known only now
            for s in doc.sentences_in("ko"):
                if within(doc.places, s):
                    _ko_governments(doc, gazetteer, s)
        _ko_subunits_to_parents(doc, gazetteer)
        _ko_places_beside_places(doc, gazetteer)
        offices_in_cities(doc, gazetteer)
        ko_local_bodies(doc, gazetteer)
        _longest_reading(doc)

    return run


# -- what is not an organisation -----------------------------------------------------------------
def _one_common_word(doc: Doc, kiwi, word: str) -> bool:
    """Whether Kiwi reads the word as one ordinary noun it knows (법인 '설립'): no name."""
    tokens = stem_tokens(doc, kiwi, word)
    return len(tokens) == 1 and tokens[0].tag == "NNG" and tokens[0].id > 2


def _common_noun(doc: Doc, kiwi, s, a: int, b: int) -> bool:
    """Whether the word is one common noun Kiwi knows: '한중 기업인 간담회', '기업인 초청' — 기업인
    is also "businesspeople", and what follows it then is no firm's name."""
    tokens = [t for t in kiwi_tokens(doc, kiwi, s) if a <= s.start + t.start < b]
    return len(tokens) == 1 and tokens[0].tag == "NNG" and s.start + tokens[0].start + tokens[0].len == b


# a name followed by what it is when it is an event or a programme: '‘X’ 행사', 'X 연계 상담회',
# '‘X’ 사절단' (a quoted delegation's name is the mission's, not a sender's)
_KO_PROGRAMME_AFTER = re.compile(r"\s?(?:행사|상담회|설명회|박람회|전시회|프로그램|캠페인|페스티벌|로드쇼|연계|"
                                 r"참가\s?사업)(?=[은는이가을를의와과도에로]|[^가-힣]|$)")
_KO_QUOTED_PROGRAMME_AFTER = re.compile(r"[’'”\"]\s?(?:사절단|사업|대회|세미나|시상식|공모전|챌린지)"
                                        r"(?=[은는이가을를의와과도에로]|[^가-힣]|$)")


def _ko_programmes(doc: Doc) -> None:
    """A candidate the story names as an event or a programme (‘프리 K로봇인차이나’ 행사, X 연계
    상담회, ‘X’ 사절단) is none of the organisations, wherever the story repeats it."""
    text = doc.text
    names = {o.mention for o in doc.orgs if o.entity_id is None and o.source == "pattern" and (
        _KO_PROGRAMME_AFTER.match(text, skip_quote(text, o.end))
        or _KO_QUOTED_PROGRAMME_AFTER.match(text, o.end))}
    if names:
        doc.orgs = [o for o in doc.orgs if not (o.entity_id is None and any(
            o.mention == n or o.mention.endswith(" " + n) or n.endswith(" " + o.mention) for n in names))]


def _longest_reading(doc: Doc) -> None:
    """'창업대가 과기복무유한공사' found whole once: its last word found alone where the whole is
    written is the whole."""
    text = doc.text
    found = sorted({o.mention for o in doc.orgs if o.source == "pattern" and " " in o.mention}, key=len)
    for o in doc.orgs:
        if o.source != "pattern" or o.entity_id is not None:
            continue
        for whole in found:
            a = o.end - len(whole)
            if len(whole) > len(o.mention) and whole.endswith(" " + o.mention) and a >= 0 \
                    and text[a:o.end] == whole and not any(
                        m is not o and m.start < o.start and a < m.end for m in (*doc.orgs, *doc.people)):
                o.start, o.mention = a, whole
                break


def _lists_of_repeats(doc: Doc, gazetteer: Gazetteer, kiwi, before: set[int]) -> None:
    """A name found elsewhere in the story and repeated in a list (네이버 in 'A·A랩스·A클라우드는')
    opens that list as a name found there would: the list is read again in its sentence."""
    new = [o for o in doc.orgs if id(o) not in before]
    for s in doc.sentences_in("ko"):
        if any(s.start <= o.start < s.end for o in new) and not _LIST_SEP_CHARS.isdisjoint(
                doc.text[s.start:s.end]) and (kiwi_cached(doc, s) is not None or _list_may_grow(doc, s)):
            _ko_lists(doc, gazetteer, kiwi_tokens(doc, kiwi, s), s)


def _settled_at(doc: Doc, a: int) -> bool:
    """Whether `_add_longer(doc, gazetteer, a, b)` changes nothing for any end b, so the span's
    tokens need not be read: a mention (organisation or person) already covers position a, so
    every (a, b) overlaps it (no place is absorbed, `add_candidate` finds it taken), and no
    organisation starting at a runs on into an organisation ending (the one case where
    `_add_longer` replaces a mention inside the span)."""
    text = doc.text
    covered = False
    for m in doc.orgs:
        if m.start == a and _KO_STRONG_END.match(text, m.end):
            return False
        covered = covered or m.start <= a < m.end
    return covered or any(m.start <= a < m.end for m in doc.people)
