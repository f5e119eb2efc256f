"""Korean recognition: people and their roles, and organisations the directory does not hold
(named by an organisational ending, ㈜, quotes, context, lists and glosses)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PlaceMention,
    component,
)
from gyoryu.intel.recognise.heads import (
    GATHERING,
    GATHERING_END,
    PARTICLE_START,
    add_candidate,
    add_gathering,
    org_at,
    org_ending_at,
    repeat_candidates,
)
from gyoryu.intel.recognise.people_ko import (  # noqa: F401  (KO_ROLES, _ko_back_references: used elsewhere)
    _KO_SURNAMES,
    _KO_WORD_BEFORE,
    KO_ROLES,
    _ko_back_references,
    _looks_like_name,
)
from gyoryu.intel.segment import LazyKiwi, inside, kiwi_cached, kiwi_tokens, within

# -- organisation candidates from press patterns --------------------------------------------------
# '경기대 총장', '저장대 교수': a word ending in 대 before a university's title is the university
_KO_UNIVERSITY_HEAD = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{1,4}(?:공대|대|대학교))\s(?=부?총장|학장|교수)")
_KO_SCHOLAR_CUE = re.compile(r"총장|학장|교수")  # what every _KO_UNIVERSITY_HEAD holds
# '재단법인 ‘여시재’', '(사)한빛포럼': a legal form names the body after it
_KO_LEGAL_FORM_BEFORE = re.compile(r"(?:재단법인|사단법인|\(사\)|\(재\)|주식회사|유한회사)\s?[‘'“\"]?"
                                   r"([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14})[’'”\"]?")
# '포춘링크(Fortune Link Venture Investment Management Co. Ltd)': a Latin name with a company's
# legal form glosses the Korean one
_KO_COMPANY_GLOSS = re.compile(
    r"(?<![A-Za-z0-9가-힣])([가-힣][A-Za-z0-9가-힣]{1,14})\s?\("
    r"([A-Z][A-Za-z0-9&.\- ]{1,60}?(?:Co\.?,? ?Ltd\.?|Co\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|GmbH|Limited))\)")
# '대표단에는 A, B, C 등이 참여한다': the members of a delegation are organisations
_KO_DELEGATION_LIST = re.compile(r"(?:대표단|사절단|방문단|참가단|시찰단)(?:에는|에|은|는)\s+"
                                 r"([^.?!\n]{2,120}?)\s?등[이은]?\s?(?:참여|참가|포함|동행)")
# a known name that runs on into a common word: 국회|의원 (a lawmaker), 한국경제|사절단 (an economic
# mission): the name is not meant
_KO_WORD_GOES_ON = re.compile(r"의원(?![들단])|(?<=경제)사절")  # (국회의원들이 방문: the body acts)
KO_ORG_SUFFIX = ("협회|협의회|연구소|연구원|센터|재단|그룹|전자|테크놀로지|테크|텍|로보틱스|로봇|랩스|랩|소프트|"
                 "시스템즈|솔루션즈?|네트웍스|은행|증권|대학교|대학|공사|공단|진흥원|학회|위원회|컴퍼니|코리아|홀딩스|"
                 "바이오|모빌리티|에너지|인베스트먼트|파트너스|벤처스|캐피탈|클라우드|얼라이언스|테크노파크|"
                 "벤처투자|혁신원|병원|의료원|차이나|재팬")
# Endings that make a proper noun an organisation without quotes or context (트라이로봇랩스는,
# 부산정보산업진흥원과); Kiwi must read the whole as proper nouns, so 핀테크 or 데이터센터 stay words
KO_STRONG_SUFFIX = ("얼라이언스|테크노파크|대학교|벤처투자|혁신원|병원|의료원|차이나|재팬|테크놀로지|"
                    "일렉트로닉스|인베스트먼트|로보틱스|모빌리티|네트웍스|시스템즈|솔루션즈?|"
                    "파트너스|벤처스|캐피탈|홀딩스|컴퍼니|랩스|랩|테크|소프트|코리아|재단|진흥원|협의회|협회|연구소|"
                    "양행|사이언스|케미칼|바이오메드|제약")
_KO_STRONG = re.compile(rf"(?<![A-Za-z0-9가-힣])[A-Za-z0-9가-힣]{{1,14}}?(?:{KO_STRONG_SUFFIX})"
                        r"(?=[은는이가을를의와과도에로측]|[\s,.·ㆍ’'”\")(]|$)")
_KO_CORP = re.compile(r"(?:㈜|\(주\))\s?([A-Za-z0-9가-힣&.\-]+(?: [A-Z][A-Za-z]*)*)")
# the marker after the name (마루시스템㈜, 다온(주)): the word before it
_KO_CORP_AFTER = re.compile(r"(?<![A-Za-z0-9가-힣&.\-])([A-Za-z가-힣][A-Za-z0-9가-힣&.\-]{0,20}[A-Za-z0-9가-힣])"
                            r"(?:㈜|\(주\))")
_KO_CORP_CUE = re.compile(r"㈜|\(주\)")  # what every _KO_CORP_AFTER holds
# what follows a marker that closes the name before it rather than opening the next one: a title,
# the company's people, 'X 측', a list's 등/외, a conjunction
_KO_NOT_AFTER_CORP = re.compile(r"(?:대표이사|대표|회장|부회장|사장|부사장|전무|상무|이사|관계자|임직원|직원|"
                                r"측|등|외|및|CEO)(?![A-Za-z0-9가-힣])|(?:대표|회장|사장|관계자|측)[은는이가과와의도을를]")
_KO_CORP_SPACED = re.compile(r"(?<![A-Za-z0-9가-힣&.\-])([A-Za-z가-힣][A-Za-z0-9가-힣&.\-]{0,20}[A-Za-z0-9가-힣])\s$")
_KO_QUOTED = re.compile(r"[‘'“\"]([^‘’'“”\"\n]{2,24})[’'”\"]")
# ‘AI산업융합 사업단 출범식’: the body a ceremony launches or opens, named in its title
_KO_CEREMONY_END = re.compile(r"\s?(?:출범식|개소식|개원식|창립식|발대식|현판식|개관식)$")
_KO_QUOTED_SUFFIX = re.compile(rf"(?:{KO_ORG_SUFFIX})$")
_KO_ORG_CONTEXT = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*(?:본사|사옥|측|기업|社|대표|회장|CEO|관계자)")
_KO_KIND_BEFORE = re.compile(r"(?:기업|회사|스타트업|업체|법인|유니콘|제조사|제조업체)인\s+"
                             r"[‘']?([A-Za-z가-힣][A-Za-z0-9가-힣&.\-]{1,15}"
                             r"(?: [A-Z][A-Za-z]+)?)[’']?")
# a bare proper noun with organisation context: "X 관계자", "X 측은", "X社", "기업 X"
_KO_CONTEXT_AFTER = re.compile(r"(?<![A-Za-z0-9가-힣])([A-Za-z0-9가-힣]{2,15})(?:\s(?:관계자|측[은이과도에])|社)")
_KO_CONTEXT_CUE = re.compile(r"관계자|측|社")  # what every _KO_CONTEXT_AFTER holds
# a brand written as a word and capitals (파랑AI, 누리봇X): Kiwi reads an ordinary word and initials,
# but with a firm's context around it (X 관계자, 기업 X, X 대표 홍길동) the whole is the firm's name;
# a kind of technology written so (생성형AI, 초거대AI) is not
_KO_BRAND_WORD = re.compile(r"(?<![A-Za-z0-9가-힣])(?!(?:생성형|초거대|온디바이스|피지컬|에이전틱|인공지능|버티컬|"
                            r"소버린|산업|제조|의료|금융|국방|공공|차세대|국산|한국형|중국형|K)[A-Z])"
                            r"[가-힣]{2,8}[A-Z]{1,4}[0-9]?(?=[은는이가을를의와과도](?![가-힣])|에서?\s|[^A-Za-z0-9가-힣]|$)")
_KO_KIND_THEN = re.compile(r"(?:기업|업체|스타트업|회사|법인|자회사|계열사)\s+([A-Za-z0-9가-힣]{2,15})")
_LIST_SEP = re.compile(r"\s*[·ㆍ,、]\s*")
# a Hangul name glossed by an organisation's Latin name in brackets
_KO_GLOSSED = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣][A-Za-z0-9가-힣]{1,14})\s?\(([A-Za-z][^()\n]{1,38})\)")
_LIST_SEP_CHARS = frozenset(",·ㆍ、")
_KO_WORD = re.compile(r"[‘']?([A-Za-z0-9가-힣][A-Za-z0-9가-힣&.\- ]{0,18}?[A-Za-z0-9가-힣])[’']?"
                      r"(?=\s*(?:\([^)]*\))?\s*(?:[·ㆍ,、]|등|$))")
_NAME_TAGS = frozenset({"NNP", "SL", "SN", "SH"})


def _cued(rx: re.Pattern, cue: re.Pattern | str, text: str, s) -> Iterator[re.Match]:
    """`rx`'s matches in sentence `s`, looked for only when the sentence holds `cue`, a word
    every match holds. The patterns that open with a word of up to 15 letters are tried at every
    position of the sentence; the cue, looked for first, spares the sentences without it."""
    held = text.find(cue, s.start, s.end) >= 0 if isinstance(cue, str) else cue.search(text, s.start, s.end)
    return rx.finditer(text, s.start, s.end) if held else iter(())


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
            for m in _KO_QUOTED.finditer(text, s.start, s.end):
                inner = m.group(1).strip()
                if (c := _KO_CEREMONY_END.search(inner)) and _KO_BODY_END.search(inner[:c.start()]):
                    add_candidate(doc, gazetteer, m.start(1), m.start(1) + c.start(), absorb_places=True)
                elif GATHERING_END.search(inner):
                    add_gathering(doc, gazetteer, *m.span(1))
                elif _KO_QUOTED_SUFFIX.search(inner) or _KO_ORG_CONTEXT.match(text, m.end()):
                    add_candidate(doc, gazetteer, *m.span(1), absorb_places=True)
            for m in _KO_KIND_BEFORE.finditer(text, s.start, s.end):  # 기업인 센스타임과: a particle cut
                a, b = m.span(1)
                if b := _name_end(doc, kiwi, s, a, b, proper=False) if "\uac00" <= text[b - 1] <= "\ud7a3" else b:
                    add_candidate(doc, gazetteer, a, b)
            for m in _cued(_KO_UNIVERSITY_HEAD, _KO_SCHOLAR_CUE, text, s):
                add_candidate(doc, gazetteer, *m.span(1))
            for m in _KO_LEGAL_FORM_BEFORE.finditer(text, s.start, s.end):
                add_candidate(doc, gazetteer, *m.span(1))
            for m in _cued(_KO_COMPANY_GLOSS, "(", text, s):
                add_candidate(doc, gazetteer, *m.span(2))  # its Latin name, then the Korean one
                if not doc.taken(*m.span(1)) and any(o.start == m.start(2) for o in doc.orgs):
                    add_candidate(doc, gazetteer, *m.span(1))
            _delegation_members(doc, gazetteer, s)
            _foreign_after_country(doc, gazetteer, kiwi, s)
            _ko_company_contexts(doc, gazetteer, kiwi, s)
            _ko_named_as_bodies(doc, gazetteer, kiwi, s)
            _ko_headed(doc, gazetteer, kiwi, s)
            _ko_universities(doc, gazetteer, kiwi, s)
            _ko_universities_apart(doc, gazetteer, kiwi, s)
            _ko_modified_names(doc, gazetteer, kiwi, s)
            _bracketed_whole(doc, gazetteer, s)
            _list_members(doc, gazetteer, s.start, s.end)
            _ko_governments(doc, gazetteer, s)
            _subject_of_exchange(doc, gazetteer, kiwi, s)  # after the rest: its partner may be theirs
            for m in _cued(_KO_GLOSSED, "(", text, s):  # 갤봇(Galbot), 유비테크(UBTECH)
                if any(o.start == m.start(2) and o.end == m.end(2) for o in doc.orgs):
                    add_candidate(doc, gazetteer, *m.span(1))
            spans = [m.span() for m in _cued(_KO_STRONG, _KO_STRONG_END, text, s)]
            spans += [m.span(1) for m in _cued(_KO_CONTEXT_AFTER, _KO_CONTEXT_CUE, text, s)]
            spans += [m.span(1) for m in _KO_KIND_THEN.finditer(text, s.start, s.end)]
            listed = not _LIST_SEP_CHARS.isdisjoint(text[s.start:s.end])
            if not spans and not (listed and within(doc.orgs, s)):
                continue
            for a, b in spans:
                if _settled_at(doc, a):
                    continue  # whatever Kiwi reads from here, `_add_longer` would change nothing
                brand = _KO_BRAND_WORD.match(text, a, b)
                a, b = _proper_noun_span(kiwi_tokens(doc, kiwi, s), s.start, a, b,
                                         _KO_INSTITUTION.search(text, a, b) is not None)
                if b <= a and brand:
                    a, b = brand.span()
                if b > a:
                    _add_longer(doc, gazetteer, a, b)
            if listed and within(doc.orgs, s) and (kiwi_cached(doc, s) is not None or _list_may_grow(doc, s)):
                _ko_lists(doc, gazetteer, kiwi_tokens(doc, kiwi, s), s)
        _ko_programmes(doc)
        _ko_subunits_to_parents(doc, gazetteer)
        _ko_parents_of_local_units(doc, gazetteer)
        _ko_bodies_under_ministries(doc, gazetteer)
        repeat_candidates(doc, "ko")
        _ko_subunits_to_parents(doc, gazetteer)
        _ko_places_beside_places(doc, gazetteer)
        _longest_reading(doc)

    return run


# -- universities written short -------------------------------------------------------------------
# a university's name written on to its 대 / 대학 / 대학교 (스탠포드 + 대): the same university
_KO_UNI_TAIL = re.compile(r"(?:대학교|대학|대)(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")
# a campus after a university, apart or joined (연세대 국제캠퍼스, 고려대 세종캠퍼스): its own body
_KO_CAMPUS = re.compile(r"\s?([가-힣A-Za-z]{1,6}캠퍼스)(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")
# a word ending in 대 as a name: 예일대, 프린스턴대, 하얼빈공업대
_KO_DAE_WORD = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣]{2,9}대)(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")
# what a short name in 대 is said with when it is a university (예일대 교수, 듀크대 출신)
_KO_UNI_CONTEXT = re.compile(r"\s?(?:교수|연구진|연구팀|연구원|출신|총장|부총장|학장|학생|졸업|석사|박사|학부|"
                             r"대학원|[가-힣A-Za-z]{0,6}캠퍼스|"
                             r"(?:[와과]|및|[,·ㆍ])\s?(?:[가-힣]{2,4}\s)?[가-힣]{2,8}대(?:학교)?(?![가-힣]))")
# the kinds a university is named by after its city (하얼빈공업대, 베이징사범대, 홍콩이공대)
_KO_UNI_KINDS = ("공업", "이공", "중문", "사범", "교통", "과기", "과학기술", "공과", "외국어", "재경", "정법", "의과",
                 "농업", "항공항천", "우전", "전자과기", "해양", "민족", "석유", "중의약", "공", "외")
_KO_NOT_UNI = ("시대", "세대", "연대", "부대", "군대", "함대", "무대", "현대", "지대", "일대", "상대", "교대", "반대",
               "최대", "확대", "기대", "년대", "위대", "강대", "청와대", "해운대")


def _ko_universities(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Universities as the press shortens them: a known one written on to 대 (스탠포드대), a
    campus after one, known or not (연세대 국제캠퍼스, its own body), a name Kiwi reads as one proper noun
    in 대 (프린스턴대; a three-syllable one with a scholar or a graduate after it: 예일대 교수),
    and a city with the kind of university it names (하얼빈공업대)."""
    text = doc.text
    for o in list(doc.orgs):
        if not inside(o, s) or not (o.mention.endswith(("대", "대학", "대학교")) if o.entity_id is None
                                    else gazetteer.orgs[o.entity_id].kind == "university"):
            continue
        end = o.end
        if not o.mention.endswith(("대", "대학", "대학교")) and (t := _KO_UNI_TAIL.match(text, end)):
            end = t.end()
            o.end, o.mention = end, text[o.start:end]
        if (c := _KO_CAMPUS.match(text, end)) and not doc.taken(end + 1, c.end(1)):
            doc.orgs.remove(o)
            if add_candidate(doc, gazetteer, o.start, c.end(1)) is None:
                doc.orgs.append(o)
    if "대" not in text[s.start:s.end]:
        return
    tokens = None
    for m in _KO_DAE_WORD.finditer(text, s.start, s.end):
        a, b = m.span(1)
        word = m.group(1)
        if word[:-1] in _KO_UNI_KINDS and (p := _place_apart_before(doc, gazetteer, a)) is not None:
            doc.orgs = [o for o in doc.orgs if not (o.start == a and o.end == b and o.entity_id is None)]
            doc.places.remove(p)  # 홍콩 이공대: the kind names a university only with its city
            add_candidate(doc, gazetteer, p.start, b)
            continue
        if word.endswith(_KO_NOT_UNI) or gazetteer.entities(name_key(word)) or any(
                x.start < b and a < x.end for x in (*doc.orgs, *doc.people)):
            continue
        if tokens is None:
            tokens = kiwi_tokens(doc, kiwi, s)
        inner = [t for t in tokens if a <= s.start + t.start < b]
        if not inner or s.start + inner[-1].start + inner[-1].len != b:
            continue
        if len(inner) == 1 and inner[0].tag == "NNP":
            ok = len(word) >= 4 or _KO_UNI_CONTEXT.match(text, b) is not None
        else:
            ok = _city_with_kind(gazetteer, word) or (
                len(inner) == 2 and inner[0].tag == "NNP" and inner[1].form == "대"
                and not gazetteer.entities(name_key(inner[0].form))
                and _KO_UNI_CONTEXT.match(text, b) is not None) or (
                _KO_UNI_CONTEXT.match(text, b) is not None and any(  # 저장대, 한국 경기대 등
                    k == EntityKind.place and gazetteer.places[i].kind in ("city", "province")
                    for k, i in gazetteer.entities(name_key(word[:-1]))))
        if ok:
            add_candidate(doc, gazetteer, a, b, absorb_places=True)
        if ok and (c := _KO_CAMPUS.match(text, b)) and (o := org_at(doc, a)) is not None \
                and o.start == a and not doc.taken(b + 1, c.end(1)):
            doc.orgs.remove(o)
            add_candidate(doc, gazetteer, a, c.end(1))


# a university written apart from its name: 매사추세츠 공과대학, 메사추세츠 공대(MIT), 캘리포니아 대학교
_KO_UNI_APART = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣]{2,8})\s(공대|공과대학|공과대학교|대학교|대학)"
                           r"(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")
_KO_UNI_APART_CUE = re.compile(r"공대|대학")  # what every _KO_UNI_APART holds
_KO_ACRONYM_GLOSS = re.compile(r"\s?[(（][A-Z][A-Za-z&]{1,7}[)）]")


def _ko_universities_apart(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """A proper noun, then a word for a university (메사추세츠 공대(MIT), 캘리포니아 대학교 교수):
    the university, when the word is its full name (대학교, 공과대학) or an acronym in brackets or a
    scholar's word follows; a country before 대학 (한국 대학) is a kind of university, not one."""
    text = doc.text
    for m in _cued(_KO_UNI_APART, _KO_UNI_APART_CUE, text, s):
        a, b = m.span()
        if any(x.start < b and a < x.end for x in (*doc.orgs, *doc.people)):
            continue
        if m.group(2) in ("공대", "대학") and not (_KO_ACRONYM_GLOSS.match(text, b) or _KO_UNI_CONTEXT.match(text, b)):
            continue
        tokens = _stem_tokens(doc, kiwi, m.group(1))
        if len(tokens) != 1 or not _proper(tokens[0]) or tokens[0].tag == "SL" or any(
                k == EntityKind.place and gazetteer.places[i].kind == "country"
                for k, i in gazetteer.entities(name_key(m.group(1)))):
            continue
        add_candidate(doc, gazetteer, a, b, absorb_places="spaced")


def _place_apart_before(doc: Doc, gazetteer: Gazetteer, pos: int) -> PlaceMention | None:
    return next((p for p in doc.places if p.end == pos - 1 and doc.text[p.end] == " "
                 and gazetteer.places[p.entity_id].kind in ("city", "province", "country")), None)


def _city_with_kind(gazetteer: Gazetteer, word: str) -> bool:
    """하얼빈공업대: a city, then the kind of university, then 대."""
    for n in range(min(len(word) - 2, 5), 1, -1):
        if any(k == EntityKind.place and gazetteer.places[i].kind in ("city", "province")
               for k, i in gazetteer.entities(name_key(word[:n]))):
            return word[n:-1] in _KO_UNI_KINDS
    return False


# -- unknown companies by what the press says around them ----------------------------------------
def _name_end(doc: Doc, kiwi, s, a: int, b: int, proper: bool = True) -> int:
    """Where the name in a word ends once a particle Kiwi reads on it is cut (다온씨앤씨가 →
    다온씨앤씨); 0 when, with `proper`, any part of it is no name (회사, 이날) or a verb."""
    tokens = [t for t in kiwi_tokens(doc, kiwi, s) if a <= s.start + t.start < b]
    while tokens and (tokens[-1].tag.startswith("J") or tokens[-1].tag in ("VCP", "EF", "EC", "ETM")):
        tokens.pop()
    if not tokens:
        return 0
    end = s.start + tokens[-1].start + tokens[-1].len
    if proper and _KO_BRAND_WORD.fullmatch(doc.text, a, end):
        return end  # 파랑AI: Kiwi reads a word and initials, the press a brand
    if proper and (not _proper(tokens[0]) or any(
            not (t.tag.startswith("NN") or t.tag in _NAME_TAGS or t.tag == "XSN") or t.tag == "NNB"
            for t in tokens)):
        return 0
    return end if end - a >= 2 else 0


def _ko_legal_markers(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """㈜X, (주)X, X㈜: the marker names a company and stays outside its span; a particle on the
    name is cut."""
    text = doc.text
    for m in _KO_CORP.finditer(text, s.start, s.end):
        a, b = m.span(1)
        if _KO_NOT_AFTER_CORP.match(text, a, b):
            # '미래에너지 ㈜ 대표가': a spaced marker after its name, a title after the marker
            if before := _KO_CORP_SPACED.search(text, s.start, m.start()):
                add_candidate(doc, gazetteer, *before.span(1))
            continue
        end = _name_end(doc, kiwi, s, a, b, proper=False) if "\uac00" <= text[b - 1] <= "\ud7a3" else b
        if end:
            add_candidate(doc, gazetteer, a, end)
    for m in _cued(_KO_CORP_AFTER, _KO_CORP_CUE, text, s):
        if not any(o.start <= m.start(1) < o.end for o in doc.orgs):
            add_candidate(doc, gazetteer, *m.span(1))


# a person's title in a company between its name and the person: 'X 대표 홍길동', 'X(대표 홍길동)'
_KO_FIRM_TITLE_NAME = re.compile(
    r"(?<![A-Za-z0-9가-힣&])([A-Za-z가-힣][A-Za-z0-9가-힣&]{1,14}(?: [A-Z][A-Za-z0-9]{0,9})?)\s?[(（]?\s?"
    r"(?:대표이사|공동대표|각자대표|대표|창업자|CEO)\s([가-힣]{2,4})(?=[\s,·ㆍ)）]|[은는이가와과의도]|$)")
_KO_FIRM_TITLE_CUE = re.compile(r"대표|창업자|CEO")  # what every _KO_FIRM_TITLE_NAME holds
# a unit inside a company, led by its own head (과기업무부문 CEO, 중국사업본부 대표): not annotated
_KO_SUBUNIT_ENDS = ("부문", "사업부", "본부", "부서", "팀", "실", "지역본부")
# 'X는 … 기업이다', 'X는 … 스타트업으로': the sentence says what the subject is
_KO_IS_A_FIRM = re.compile(r"(?:기업|스타트업|회사|업체|제조사|제조업체|벤처|유니콘|전문기업)"
                           r"(?:이다|입니다|이며|으로|로서|로\s)")
_KO_OPENING_WORDS = re.compile(r"\s*(?:한편|또한|특히|아울러|이 가운데|이 중|이중)?\s*,?\s*")
_KO_FIRM_SUBJECT = re.compile(r"[‘'“\"]?([A-Za-z가-힣][A-Za-z0-9가-힣&]{1,14}(?: [A-Z][A-Za-z0-9]{0,9})?)[’'”\"]?"
                              r"(?:은|는|이|가)\s")
# 'X와 업무협약', 'X과 공동개발 협약을', 'X와 손잡고': the partner in an agreement
_KO_PARTNER = re.compile(r"(?<![A-Za-z0-9가-힣&])([A-Za-z가-힣][A-Za-z0-9가-힣&]{1,14})(?:와|과)\s"
                         r"(?:[가-힣A-Za-z]{1,8}\s){0,2}?(?:업무\s?협약|협약|MOU|양해각서|의향서|파트너십|손잡|맞손)")
_KO_PARTNER_CUE = re.compile(r"협약|MOU|양해각서|의향서|파트너십|손잡|맞손")  # what every _KO_PARTNER holds
# 'X, Y, Z로부터 투자 유치': the investors a company raised money from
_KO_INVESTED_BY = re.compile(r"(?<=[A-Za-z0-9가-힣&])(?:으로부터|로부터)\s(?:[가-힣]{1,4}\s)?"
                             r"(?:투자|출자|지분\s?투자|자금|펀딩)")
# 'A, B, 중국의 C가 후원하고': the bodies that host, organise or sponsor an event
_KO_HOSTS = re.compile(r"(?<=[A-Za-z0-9가-힣&])(?:이|가)\s(?:공동\s?(?:으로\s)?)?(?:후원|주최|주관)"
                       r"(?:하|한|했|해|을|를|으로|로|\s|$)")
# members counted as firms: 'X, Y, Z 등 5개 기업', 'X·Y 등 12개사', 'X, Y 등 20곳'
_KO_COUNTED_FIRMS = re.compile(r"\s?등\s?(?:[가-힣A-Za-z]{1,6}\s){0,3}?(?:\d+|[한두세네]|여러)\s?여?\s?"
                               r"(?:개\s?(?:사|기업|업체|기관|스타트업)|개사|곳|(?:개\s?)?(?:기업|업체|스타트업)"
                               r"|개\s(?:[A-Za-z가-힣]{1,8}\s){1,3}(?:기업|업체|스타트업|회사)(?![가-힣]{2}))"
                               # 'X, Y 등 글로벌 기업의': firms named as the kind, uncounted
                               r"|\s?등\s(?:[A-Za-z가-힣]{1,6}\s){0,2}(?:기업|업체|스타트업|회사)들?"
                               r"(?=[이은는을를의과와도로]|\s)")
# a list introduced as the firms taking part: '참가 기업은 X, Y, Z 등이다'
_KO_FIRMS_INTRO = re.compile(r"(?:참가|참여|입주|선정|동행|방문)\s?(?:기업|업체|기관|스타트업|회사)"
                             r"(?:은|는|으로는|로는|에는)\s")
_KO_LIST_END = re.compile(r"\s?등(?=[이은을의과와도]|\s|$)")


def _unknown_firm(doc: Doc, gazetteer: Gazetteer, kiwi, s, a: int, b: int) -> OrgMention | None:
    """A candidate for a word that Kiwi reads as a name, no place, person or ordinary word of
    the directory (a Latin word after it, 아큐플라이 AI, belongs to it)."""
    end = _name_end(doc, kiwi, s, a, b)
    if not end or any(x.start < end and a < x.end for x in (*doc.orgs, *doc.people, *doc.places)):
        return None
    form = doc.text[a:end]
    if form in _KO_NOT_EMPLOYERS or gazetteer.entities(name_key(form)) or (
            len(form) in (2, 3) and form[0] in _KO_SURNAMES and " " not in form and _looks_like_name(form)
            and not _KO_STRONG_END.search(form)):
        return None
    return add_candidate(doc, gazetteer, a, end)


def _ko_company_contexts(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Companies the directory lacks, named by what this genre says around them: a title and a
    person after the name (X 대표 홍길동, X(대표 홍길동)), a sentence saying the subject is a firm
    (X는 … AI 기업이다), a partner in an agreement (X와 업무협약), members of a list counted
    as firms (X, Y, Z 등 5개 기업), the investors money came from (X, Y로부터 투자 유치) and the
    hosts and sponsors of an event (X, Y가 후원하고)."""
    text = doc.text
    for m in _cued(_KO_FIRM_TITLE_NAME, _KO_FIRM_TITLE_CUE, text, s):
        if _person_after_title(doc, kiwi, m.group(2)) and not m.group(1).endswith(_KO_SUBUNIT_ENDS):
            _unknown_firm(doc, gazetteer, kiwi, s, *m.span(1))
    if _KO_IS_A_FIRM.search(text, s.start, s.end):
        m = _KO_FIRM_SUBJECT.match(text, _KO_OPENING_WORDS.match(text, s.start).end())
        if m and _KO_IS_A_FIRM.search(text, m.end(), s.end):
            _unknown_firm(doc, gazetteer, kiwi, s, *m.span(1))
    for m in _cued(_KO_PARTNER, _KO_PARTNER_CUE, text, s):
        _unknown_firm(doc, gazetteer, kiwi, s, *m.span(1))
    for m in _KO_COUNTED_FIRMS.finditer(text, s.start, s.end):
        _counted_members(doc, gazetteer, kiwi, s, m.start())
    for m in _KO_INVESTED_BY.finditer(text, s.start, s.end):
        _counted_members(doc, gazetteer, kiwi, s, m.start())
    for m in _KO_HOSTS.finditer(text, s.start, s.end):
        _counted_members(doc, gazetteer, kiwi, s, m.start())
    for m in _KO_FIRMS_INTRO.finditer(text, s.start, s.end):
        end = _KO_LIST_END.search(text, m.end(), s.end)
        if end and any(c in _LIST_SEP_CHARS for c in text[m.end():end.start()]):
            _counted_members(doc, gazetteer, kiwi, s, end.start())


# a name given as tentative (첨단산업비즈니스센터(가칭)): a body being set up
_KO_TENTATIVE = re.compile(r"(?<![A-Za-z0-9가-힣&])[‘'“\"]?([A-Za-z가-힣][A-Za-z0-9가-힣& ]{1,24}?)[’'”\"]?"
                           r"\s?[(（]가칭[)）]")
# a group's short Latin name written on to a company's (SK인텔릭스, HD현대로보틱스): an affiliate
_KO_GROUP_AFFILIATE = re.compile(r"(?<![A-Za-z0-9가-힣])([A-Z]{2,3}[가-힣]{2,10})"
                                 r"(?=[은는이가을를의와과도에로]|[^A-Za-z0-9가-힣]|$)")
# technology's initials, not a group's (AI클라우드, ICT기업)
_KO_TECH_INITIALS = frozenset("AI IT ICT VR AR XR MR EV PC TV UX UI DX AX GX ESG SW HW PR IR CEO CTO LLM GPU "
                              "NPU CPU BIO IOT".split())
_KO_TECH_KEYS = frozenset(name_key(w) for w in _KO_TECH_INITIALS)


def _ko_named_as_bodies(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Bodies named as such: a tentative name (X(가칭)), and a group's Latin initials written on
    to a name Kiwi does not know or reads as proper (SK인텔릭스)."""
    text = doc.text
    for m in _cued(_KO_TENTATIVE, "가칭", text, s):
        a, b = m.span(1)
        if " " in m.group(1) and not _KO_QUOTED.match(text, m.start()):
            a = b - len(m.group(1).split()[-1])  # unquoted: the last word is the name
        if _KO_BODY_END.search(text[a:b]) and not GATHERING_END.search(text[a:b]) and not any(
                x.start < b and a < x.end for x in doc.people):
            _add_longer(doc, gazetteer, a, b)
    for m in _KO_GROUP_AFFILIATE.finditer(text, s.start, s.end):
        a, b = m.span(1)
        if any(x.start < b and a < x.end for x in doc.orgs):
            continue
        latin = len(m.group(1)) - len(m.group(1).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if m.group(1)[:latin] in _KO_TECH_INITIALS:
            continue
        end = _name_end(doc, kiwi, s, a + latin, b, proper=False)
        tokens = [t for t in kiwi_tokens(doc, kiwi, s) if a + latin <= s.start + t.start < end]
        if end and tokens and all(_proper(t) for t in tokens):
            add_candidate(doc, gazetteer, a, end)


def _person_after_title(doc: Doc, kiwi, word: str) -> bool:
    """A person's name after a title (홍길동, 김민수가), not a word (X CEO 서밋): a surname
    opening it, and Kiwi does not read it as one ordinary word."""
    tokens = [t for t in _stem_tokens(doc, kiwi, word) if not t.tag.startswith("J")]
    form = "".join(t.form for t in tokens) if len(tokens) == 1 else word
    return _looks_like_name(form) and not GATHERING.search(word) and not (
        len(tokens) == 1 and tokens[0].tag in ("NNG", "NNB") and tokens[0].id > 2)


def _counted_members(doc: Doc, gazetteer: Gazetteer, kiwi, s, end: int) -> None:
    """The list that ends at `end`, read back member by member while separators join them."""
    text = doc.text
    pos = end
    while True:
        m = re.search(r"(?<![A-Za-z0-9가-힣&])[‘'“\"]?([A-Za-z가-힣][A-Za-z0-9가-힣&]{0,14}(?: [A-Z][A-Za-z0-9]{0,9})?)"
                      r"[’'”\"]?(?:\([^()]{1,30}\))?\s*$", text[max(s.start, pos - 40):pos])
        if m is None:
            return
        base = max(s.start, pos - 40)
        a, b = base + m.start(1), base + m.end(1)
        if not any(o.start == a for o in doc.orgs):
            _unknown_firm(doc, gazetteer, kiwi, s, a, b)
        sep = re.search(r"(?:[,·ㆍ、]|및|와|과)\s*$", text[max(s.start, base + m.start() - 3):base + m.start()])
        if sep is None:
            return
        pos = base + m.start() - len(sep.group(0))


# -- what is not an organisation -----------------------------------------------------------------
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
        _KO_PROGRAMME_AFTER.match(text, _skip_quote(text, o.end))
        or _KO_QUOTED_PROGRAMME_AFTER.match(text, o.end))}
    if names:
        doc.orgs = [o for o in doc.orgs if not (o.entity_id is None and any(
            o.mention == n or o.mention.endswith(" " + n) or n.endswith(" " + o.mention) for n in names))]


# an internal unit written after its organisation (KOTRA 중국지역본부, X 사업본부): the gold names
# the parent, not the unit
_KO_SUBUNIT = re.compile(r"\s?[가-힣]{0,6}(?:지역본부|사업본부|본부|사업부|부문)$")


def _ko_subunits_to_parents(doc: Doc, gazetteer: Gazetteer) -> None:
    """The unit's organisation in its place: the directory's when it holds it, else a candidate
    when the unit is written apart from it (코트라 중국지역본부) or after Latin initials (KOTRA사업본부),
    whether or not the directory knows the unit itself; a unit written as one word with a plain
    stem (혁신성장본부) names no organisation."""
    for i, o in enumerate(doc.orgs):
        m = _KO_SUBUNIT.search(o.mention)
        if m is None or m.start() < 2:
            continue
        head = o.mention[:m.start()].rstrip()
        pid = next((i2 for k, i2 in gazetteer.entities(name_key(head)) if k == EntityKind.organization), None)
        if pid is not None:
            doc.orgs[i] = OrgMention(o.start, o.start + len(head), head, pid, 1.0, LinkMethod.alias)
        elif (o.mention[len(head)] == " " or _KO_INITIALS.fullmatch(head)) \
                and not gazetteer.entities(name_key(head)) and name_key(head) not in _KO_TECH_KEYS:
            doc.orgs[i] = OrgMention(o.start, o.start + len(head), head, source="pattern")


_KO_INITIALS = re.compile(r"[A-Z][A-Z&]{1,7}")


_KO_COORD_PLACE = re.compile(r"(?:지역|지방)?(?:와|과|및)\s?$")


def _ko_places_beside_places(doc: Doc, gazetteer: Gazetteer) -> None:
    """'화동지역과 후베이성은 … 중심이다': a province or a city coordinated with a place that is
    no party (or a region: …지역과) is a place too, though the subject of its sentence."""
    text = doc.text
    for o in list(doc.orgs):
        m = _KO_COORD_PLACE.search(text, max(0, o.start - 6), o.start)
        if m is None:
            continue
        pid = next((i for k, i in gazetteer.entities(name_key(o.mention)) if k == EntityKind.place
                    and gazetteer.places[i].kind in ("province", "city")), None)
        if pid is None or o.entity_id not in (None, gazetteer.governments.get(pid)):
            continue
        before = next((p for p in doc.places if p.end == m.start()), None)
        if (before is not None and gazetteer.places[before.entity_id].kind != "country") or (
                m.group(0).startswith(("지역", "지방")) and not org_ending_at(doc, m.start(), "")):
            doc.orgs.remove(o)
            doc.places.append(PlaceMention(o.start, o.end, o.mention, pid))


# A foreign body is written after its country, as one proper noun that takes a particle:
# '미국 램리서치와 … 파트너십', '일본 소프트뱅크로부터 투자' — in a sentence that tells an exchange
# (an agreement, a partnership, an investment, a supply, a visit). '미국 시장과' (an ordinary
# noun), '중국 베이징에' (a place) and a known name are not taken.
_KO_EXCHANGE = re.compile(r"협약|MOU|양해각서|의향서|파트너십|제휴|손잡|맞손|협력|투자|인수|합작|공급|협업|"
                          r"방문|찾아|만나")
_KO_NAME_PARTICLE = re.compile(r"와|과|의|는|은|이|가|로부터|에서|에|을|를|등")


# the subject opening a sentence that tells an exchange ('루닛케어는 … 알리바바와 업무협약을
# 체결'): a name Kiwi reads as proper nouns (or words it does not know), split or not, is a
# candidate; an ordinary noun (정부는, 양국은, 회사는), a person or a place is not
_KO_OPENING_SUBJECT = re.compile(r"\s*[‘'“\"]?([A-Za-z가-힣][A-Za-z0-9가-힣]{1,14})[’'”\"]?(?:은|는|이|가)\s")
_KO_ACT_OF_EXCHANGE = re.compile(r"협약을?\s*(?:체결|맺)|MOU|양해각서|의향서|파트너십|제휴|손잡|맞손|"
                                 r"투자(?:를|했|한다|하기로)|합작|공동\s*개발|협력하기로")


# 'A와 B가 … 협약을 체결했다': A opens the sentence coordinated with B, an organisation, as its subject
_KO_OPENING_PAIR = re.compile(r"\s*[‘'“\"]?([A-Za-z가-힣][A-Za-z0-9가-힣]{1,14})[’'”\"]?(?:와|과)\s")
_KO_SUBJECT_PARTICLE = re.compile(r"[’'”\"]?(?:은|는|이|가)\s")


def _subject_of_exchange(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    m = _KO_OPENING_SUBJECT.match(doc.text, s.start)
    if m is None and (pair := _KO_OPENING_PAIR.match(doc.text, s.start)) is not None:
        other = org_at(doc, pair.end())
        if other is not None and _KO_SUBJECT_PARTICLE.match(doc.text, other.end):
            m = pair  # 한국화웨이와 한국인공지능협회가 … MOU를 체결했다
    if m is None or doc.taken(*m.span(1)) or not _KO_ACT_OF_EXCHANGE.search(doc.text, m.end(), s.end):
        return
    a, b = m.span(1)
    words = [t for t in kiwi_tokens(doc, kiwi, s) if a <= s.start + t.start < b]
    if not words or not all(t.tag.startswith("NN") or t.tag in _NAME_TAGS for t in words) or not any(
            _proper(t) for t in words) or words[0].tag == "NNB":
        return
    form = doc.text[a:b]  # 김철수는: a person's name
    if not gazetteer.entities(name_key(form)) and not (len(form) in (2, 3) and form[0] in _KO_SURNAMES):
        add_candidate(doc, gazetteer, a, b)


def _foreign_after_country(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    countries = [p for p in within(doc.places, s) if gazetteer.places[p.entity_id].kind == "country"
                 and doc.text.startswith(" ", p.end)]
    if not countries or not _KO_EXCHANGE.search(doc.text, s.start, s.end):
        return
    if _followers_covered(doc, countries):
        return
    tokens = kiwi_tokens(doc, kiwi, s)
    for p in countries:
        at = p.end + 1 - s.start
        i = next((k for k, t in enumerate(tokens) if t.start == at), None)
        if i is None or i + 1 >= len(tokens):
            continue
        t, nxt = tokens[i], tokens[i + 1]
        if t.tag != "NNP" or len(t.form.replace(" ", "")) < 2 or not nxt.tag.startswith("J") \
                or not _KO_NAME_PARTICLE.fullmatch(nxt.form):
            continue
        a, b = s.start + t.start, s.start + t.start + t.len
        if not doc.taken(a, b) and not gazetteer.entities(name_key(doc.text[a:b])):
            add_candidate(doc, gazetteer, a, b)


def _followers_covered(doc: Doc, countries: list) -> bool:
    """Whether a mention covers the position right after each country (and its space): the name
    `_foreign_after_country` looks for starts there, so any span it could read is taken, and the
    sentence need not be tokenised for it."""
    mentions = (*doc.orgs, *doc.people, *doc.places)
    return all(any(m.start <= p.end + 1 < m.end for m in mentions) for p in countries)


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


def _proper_noun_span(tokens, base: int, a: int, b: int,
                      institution: bool = False) -> tuple[int, int]:
    """The span's proper nouns: every token in it NNP (or Latin, numbers), trailing particles
    cut; (0, 0) when Kiwi reads any part as an ordinary word. An institution's name
    (부산정보산업진흥원) may be ordinary nouns after a proper one, written as one word."""
    inside = [t for t in tokens if base + t.start >= a and base + t.start < b]
    end = a
    if institution and inside and inside[0].tag == "NNP":  # the span is one word: no spaces
        for t in inside:
            if t.tag.startswith("NN") or t.tag in _NAME_TAGS or t.tag == "XSN":
                end = base + t.start + t.len
            elif t.tag.startswith("J") and end > a:
                break
            else:
                return 0, 0
        return (a, end) if end > a else (0, 0)
    for t in inside:
        if _proper(t):
            end = base + t.start + t.len
        elif t.tag.startswith("J") and end > a:
            break
        else:
            return 0, 0
    return (a, end) if end > a and any(t.tag != "SN" for t in inside) else (0, 0)


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


def _proper(t) -> bool:
    """A proper noun, Latin or number token, or a noun Kiwi does not know (ids 0-2 are its
    unknown-word placeholders: 도봇, 훠산엔진)."""
    return t.tag in _NAME_TAGS or (t.tag == "NNG" and t.id <= 2)


def _add_longer(doc: Doc, gazetteer: Gazetteer, a: int, b: int) -> OrgMention | None:
    """A candidate that may hold a known name at its start (유니트리 + 코리아): the known mention
    gives way when the rest is an organisation ending."""
    inner = [o for o in doc.orgs if a <= o.start and o.end <= b and (o.start, o.end) != (a, b)]
    if inner:
        if len(inner) > 1 or inner[0].start != a or not _KO_STRONG_END.fullmatch(doc.text, inner[0].end, b):
            return None
        doc.orgs.remove(inner[0])
        got = add_candidate(doc, gazetteer, a, b, absorb_places=True)
        if got is None:
            doc.orgs.append(inner[0])
        return got
    return add_candidate(doc, gazetteer, a, b, absorb_places=True)


_KO_STRONG_END = re.compile(rf"(?:{KO_STRONG_SUFFIX})")

_KO_INSTITUTION = re.compile(r"(?:진흥원|협의회|협회|연구소|재단)(?=[은는이가을를의와과도에로측장]|[\s,.·ㆍ’'”\")(]|$)")


# a list member ends the noun phrase: a separator, 등/및, a particle or a closing quote follows
# ("피지컬AI 분야의" is a field, not a member)
_MEMBER_END = re.compile(r"[’'”\")]?(?:\s*(?:[,·ㆍ、]|등|및|$)|[은는이가을를의와과도에]|\s출신)")


def _ko_lists(doc: Doc, gazetteer: Gazetteer, tokens, s) -> None:
    """Members of 'A, B, C 등' or 'A·B·C는' read from Kiwi's tokens: each member one run of
    adjacent tokens; when one member is an organisation, the proper-noun members are too."""
    runs: list[list] = []  # [start, end, all proper nouns, a separator before it]
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
        if not (t.tag in _NAME_TAGS or t.tag.startswith("NN") or t.tag == "XSN"):
            pending, prev_end = False, None
            continue
        if prev_end == a and runs:
            runs[-1][1] = b
            runs[-1][2] = runs[-1][2] and _proper(t)
        else:
            runs.append([a, b, _proper(t), pending])
            pending = False
        prev_end = b
    chains: list[list] = []
    for i, r in enumerate(runs):
        if r[3] and i:
            if chains and chains[-1][-1] is runs[i - 1]:
                chains[-1].append(r)
            else:
                chains.append([runs[i - 1], r])
    starts = {o.start for o in doc.orgs}  # Kiwi may cut a member short (네이버랩|스): its start
    for chain in chains:
        if not any(a in starts for a, b, _p, _s in chain):
            continue
        for a, b, proper, _s in chain:
            if proper and _MEMBER_END.match(doc.text, b):
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
        nxt = _LIST_SEP.match(text, _skip_gloss(text, _skip_quote(text, o.end)))
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
        w[-1] in "와과의을를은는이가에" for w in words[:-1])


def _skip_gloss(text: str, pos: int) -> int:
    """Past a name's gloss in brackets: 이투커지(Yitu), 졸로즈(ZOLOZ) are one list."""
    m = _GLOSS_AFTER.match(text, pos)
    return m.end() if m else pos


def _skip_quote(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "’'”\"":
        pos += 1
    return pos


# -- organisations named by their head ------------------------------------------------------------
# Heads that end an institution's name written as one word (대외경제정책연구원, 칭다오시로봇협회,
# 한중연합회, 중한일3국협력사무국): the word before a particle, a space or its head's title is the name
_KO_INSTITUTION_HEAD = ("협상회의|의원연맹|연합회|협의회|협회|연맹|위원회|사무국|사무처|판공실|진흥원|"
                        "진흥공사|진흥공단|재단|대학교|대학원|과기원|과학원|기술원|연구원|연구소|사업단|총영사관|영사관|대사관|대표부|"
                        "유한공사|유한회사|거래소|산업단지|과학단지|상회")
# Heads that also end ordinary words (데이터센터, 워킹그룹, 도로공사, 주거단지): only after a proper noun or
# a place
_KO_WEAK_HEAD = "센터|그룹|공사|공단|클러스터|캐피탈|회의|당|단지"
# what a body being set up ends in (…센터, …협회, …재단): not a product (슈퍼 앱(가칭))
_KO_BODY_END = re.compile(rf"(?:{KO_ORG_SUFFIX}|{_KO_INSTITUTION_HEAD}|{_KO_WEAK_HEAD}|허브|본부|사무소|대표처|"
                          r"기구|연구회|포럼)$")
# A ministry, agency or bureau (외교부, 조달청, 청양구과기국): one syllable, so only with a place before
# it, other organisations listed beside it, or its minister after it
_KO_BODY_HEAD = "부|청|처|국"
_KO_HEAD_TITLE = ("비서장|사무총장|이사장|부회장|회장|부원장|원장|부총장|총장|부주석|주석|부위원장|위원장|센터장|"
                  "장관|차관|장")
_KO_HEADED = re.compile(
    rf"(?<![A-Za-z0-9가-힣&])(?P<stem>[A-Za-z0-9가-힣&]{{2,20}}?)"
    rf"(?:(?P<strong>{_KO_INSTITUTION_HEAD})|(?P<weak>{_KO_WEAK_HEAD})|(?P<body>{_KO_BODY_HEAD}))"
    rf"(?P<title>{_KO_HEAD_TITLE})?(?=[은는이가을를의와과도에로측께]|[^A-Za-z0-9가-힣&]|$)")
_KO_PLURAL_AFTER = re.compile(r"\s?(?:간|들)(?:의|에|[은는이가을를])?\s")
_KO_EACH_BEFORE = re.compile(r"(?:양국|양측|각국|각|양국의|두 나라)\s$")
# stems that make a title or a department, not a name (선임연구원, 사업부, 운영위원회)
_KO_NOT_STEMS = frozenset(
    "선임 책임 수석 객원 전임 주임 박사후 방문 초빙 인턴 연구 사업 영업 기획 총무 인사 재무 경영 편집 개발 연구개발 "
    "마케팅 홍보 운영 조직 심사 자문 실무 추진 준비 집행 상임 분과 해당 관련 각국 본사 지사 전체 데이터 컨벤션 전시 "
    "무역 쇼핑 물류 고객 서비스 콜 체육 문화 정부 지방 중앙 우리 양국 양측 일부 전부 내부 외부 상대 회원 참가 "
    "주최 주관 협력 교류 지원 창업 혁신 비즈니스 산하 산업 기업 정당 여당 야당 신당 제1 제2 일반 국가 "
    "첨단 지방 농공 도시 공공 민간 국립 공립 사립 부구 부시 부군 부성 부도".split())
# kinds of graduate school (전문대학원, 특수대학원): a word, not a name
_KO_GRADUATE_KINDS = ("전문", "특수", "일반", "법학전문", "의학전문", "전문기술")
# a venue or a facility, not a body (김대중컨벤션센터, 코엑스전시센터, 물류센터)
_KO_VENUE_WORDS = ("컨벤션", "전시", "무역", "쇼핑", "체육", "데이터", "물류", "콜", "고객", "서비스", "아트",
                   "비즈니스", "엑스포")
# a ministry's title after it, written apart (외교부 장관, 상무부 부부장)
_KO_MINISTER_AFTER = re.compile(r"\s(?:장관|차관|부장|부부장|청장|처장|국장|대변인)")
# 주중 한국대사관, 주상하이 총영사관: the mission's seat is part of its name
_KO_MISSION_SEAT = re.compile(r"(?<![가-힣])주[가-힣]{1,5}\s$")
_KO_LISTED = re.compile(r"\s*(?:[,·ㆍ、]|및|와|과)\s*")


def _stem_tokens(doc: Doc, kiwi, stem: str) -> list:
    key = ("kiwi-word", stem)
    tokens = doc.cache.get(key)
    if tokens is None:
        tokens = doc.cache[key] = kiwi.tokenize(stem)
    return tokens


def _place_before(doc: Doc, gazetteer: Gazetteer, stem_start: int, stem: str) -> tuple[str | None, int]:
    """Whether the name opens with a place written into it (칭다오시로봇협회, 청양구과기국), or stands
    after one and a space (장쑤성 과학기술청, 중국 외교부): the place's kind and where the name starts
    (a region's name is part of it, a country's is not)."""
    for n in range(min(len(stem), 8), 1, -1):
        for kind, pid in gazetteer.entities(name_key(stem[:n])):
            if kind == EntityKind.place:
                return gazetteer.places[pid].kind, stem_start
    m = _KO_WORD_BEFORE.search(doc.text, max(0, stem_start - 12), stem_start)
    if m is None:
        m = re.search(r"(?<![가-힣A-Za-z])([가-힣]{2,8})\s$", doc.text[max(0, stem_start - 10):stem_start])
        word = m.group(1) if m else None
        at = stem_start - len(m.group(0)) if m else stem_start
    else:
        word, at = m.group(1), m.start(1)
    if word:
        for kind, pid in gazetteer.entities(name_key(word)):
            if kind == EntityKind.place:
                place_kind = gazetteer.places[pid].kind
                return place_kind, (stem_start if place_kind == "country" else at)
    return None, stem_start


def _listed_with_org(doc: Doc, start: int, end: int) -> bool:
    """Another organisation right beside the name in a list (외교부, 국가발전개혁위원회, 교육부)."""
    text = doc.text
    after = _KO_LISTED.match(text, end + (1 if end < len(text) and text[end] in "와과" else 0))
    if after and (after.end() > end) and org_at(doc, after.end()) is not None:
        return True
    before = text[max(0, start - 4):start]
    m = re.search(r"(?:[,·ㆍ、]|및)\s*$", before)
    return m is not None and org_ending_at(doc, start - len(m.group(0)), " ") is not None


def _ko_headed(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Organisations the directory lacks, named by how organisations are named: a name and an
    organisational head (협회, 위원회, 연구원, 대사관, 유한공사 …) written as one word; a weaker head
    (센터, 그룹, 공사, 당) after a proper noun or a place; a ministry or agency (…부, …청, …처, …국)
    after a place, beside other organisations or before its minister. A region before the name
    and a space (장쑤성 과학기술청) belongs to it; a country (중국 외교부) does not."""
    text = doc.text
    pending = []
    for m in _KO_HEADED.finditer(text, s.start, s.end):
        stem = m.group("stem")
        if stem in _KO_NOT_STEMS or stem.isdigit() or _KO_PLURAL_AFTER.match(text, m.end()) or \
                _KO_EACH_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # 벤처캐피털협회 간 교류, 양국 협회: the kind, in each country, not one named
        if m.group("strong") == "대학원" and stem.endswith(_KO_GRADUATE_KINDS):
            continue  # AI 전문대학원: a kind of graduate school, no name
        start, end = m.start(), (m.start("title") if m.group("title") else m.end())
        if _KO_UNIT_WORD.fullmatch(text, start, end):
            _unit_parent(doc, gazetteer, kiwi, start)  # 코트라 중국지역본부장: the unit is 코트라's
            continue
        tokens = _stem_tokens(doc, kiwi, stem)
        if any(t.tag.startswith(("V", "E")) for t in tokens):
            continue  # a verb inside: a phrase, not a name
        proper = bool(tokens) and (tokens[0].tag in ("NNP", "SL", "SH", "SN") or tokens[0].id <= 2)
        place_kind, name_start = _place_before(doc, gazetteer, start, stem)
        if m.group("strong"):
            ok = True
        elif m.group("weak") == "단지":  # 중관촌단지: a park named by its place or a proper noun
            ok = proper or (place_kind is not None and name_start == start)
        elif m.group("weak"):
            ok = (proper or place_kind is not None) and not stem.endswith(_KO_VENUE_WORDS)
        elif m.group("title") not in (None, "장", "장관", "차관"):
            continue  # 상근부회장: a title, not 상근부 + 회장
        elif m.group("body") == "국":
            # 청양구과기국장: a bureau of a district or city written onto it, its chief after it
            ok = (place_kind is not None and name_start == start and place_kind != "country") or (
                m.group("title") == "장" and _KO_ADMIN_STEM.match(stem) is not None)
        else:
            ok = (place_kind is not None or m.group("title") is not None
                  or _KO_MINISTER_AFTER.match(text, end) is not None
                  or _KO_AS_BODIES.match(text, end) is not None
                  or _ministry_stem(doc, kiwi, stem, start))
            if not ok:
                pending.append((start, end))
                continue
        if not ok:
            continue
        if place_kind == "country" and (country := _country_glued(gazetteer, stem)):
            name_start = start + country  # 중국북경…센터: the country says whose, the city opens the name
        if m.group("strong") and (seat := _KO_MISSION_SEAT.search(text, max(0, start - 8), start)):
            name_start = seat.start() if m.group("strong").endswith(("영사관", "대사관", "대표부")) else name_start
        _add_headed(doc, gazetteer, name_start, end)
    for _round in range(2):  # 자치행정주택부·투자부: each member vouches for the next
        for start, end in list(pending):
            if _listed_with_org(doc, start, end):
                _add_headed(doc, gazetteer, start, end)
                pending.remove((start, end))


# a unit of an organisation written apart after it (중국지역본부, 해외사업본부, 반도체부문)
_KO_UNIT_WORD = re.compile(r"[가-힣]{0,6}(?:지역본부|사업본부|본부|사업부|부문)")
_KO_PARENT_BEFORE = re.compile(r"(?<![A-Za-z0-9가-힣&])([A-Z][A-Za-z0-9&.\-]*|[가-힣][A-Za-z0-9가-힣&]{1,14})\s$")


def _unit_parent(doc: Doc, gazetteer: Gazetteer, kiwi, start: int) -> None:
    """'홍창표 코트라 중국지역본부장': the gold names the organisation, not its unit — the proper
    noun (or Latin name) right before the unit, a candidate when the directory lacks it."""
    m = _KO_PARENT_BEFORE.search(doc.text, max(0, start - 16), start)
    if m is None or m.group(1) in _KO_NOT_EMPLOYERS or doc.taken(*m.span(1)) or \
            gazetteer.entities(name_key(m.group(1))) or name_key(m.group(1)) in _KO_TECH_KEYS or \
            (len(m.group(1)) <= 3 and _looks_like_name(m.group(1))):
        return  # 이영희 혁신성장본부장: a person before the unit's head
    tokens = _stem_tokens(doc, kiwi, m.group(1))
    if tokens and all(_proper(t) for t in tokens):
        add_candidate(doc, gazetteer, *m.span(1))


# Words that open a body's name before a space when what follows is too bare to name one alone
# (글로벌 AI협회, 한중 AI협회, 국제 로봇위원회): part of the name
_KO_NAME_MODIFIER = re.compile(r"(?<![A-Za-z0-9가-힣])(?:글로벌|국제|세계|아시아|아태|동북아|동아시아|한중일|한중|한미|"
                               r"한일|한·중|한-중)\s$")
# 국립·시립 … an institution: a public body named by what it studies or keeps, even in words apart
# (국립 AI 연구원, 국립 해양 박물관)
_KO_PUBLIC_BODY = re.compile(r"(?<![A-Za-z0-9가-힣])(?:국립|시립|도립|공립|왕립)\s?"
                             r"(?:[A-Za-z가-힣]{0,9}[^\W\d_와과을를은는의에]\s?){1,3}?(?:연구원|연구소|연구센터|기술원|과학원|박물관|미술관|"
                             r"과학관|도서관|대학교|대학|병원|센터)(?=[은는이가을를의와과도에로]|[^A-Za-z0-9가-힣]|$)")
# a research centre named by what it studies, written apart, set up in the story (미래도시
# 연구센터를 건립, 스마트시티 연구소 설립): planned, named, an organisation
_KO_RESEARCH_APART = re.compile(r"(?<![A-Za-z0-9가-힣])([A-Za-z가-힣][A-Za-z0-9가-힣]{2,10})\s(연구센터|연구소|연구원)"
                                r"(?=[은는이가을를의와과도에]|\s|$)")
_KO_ZONE_BEFORE = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣A-Za-z]{1,10}(?:구|시|현|성|단지|원구|구역|특구))\s$")
_KO_FOUNDED = re.compile(r"설립|건립|설치|개소|출범|개원|세우|문을 열")
_KO_NOT_RESEARCH_STEMS = frozenset("공동 관련 해당 전문 첨단 국내 국외 해외 부설 산하 자체 기업 대학 부속 "
                                   "선임 책임 수석 전임 한국 중국 미국 일본".split())


def _ko_modified_names(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Names that open with a word written apart: a modifier before a bare head-named candidate
    (글로벌 AI협회), a public institution (국립 AI 연구원), and a research centre named by its
    field where the story sets one up (미래도시 연구센터를 건립)."""
    text = doc.text
    for o in doc.orgs:
        if inside(o, s) and o.entity_id is None and o.source == "pattern" and (
                m := _KO_NAME_MODIFIER.search(text, max(s.start, o.start - 6), o.start)) and \
                not doc.taken(m.start(), o.start):
            o.start, o.mention = m.start(), text[m.start():o.end]
    for o in doc.orgs:  # 고신구 관리위원회: a management body is its zone's or district's
        if inside(o, s) and o.entity_id is None and o.mention.startswith(("관리", "운영", "집행")) and (
                m := _KO_ZONE_BEFORE.search(text, max(s.start, o.start - 12), o.start)) and \
                not any(x.start < o.start and m.start(1) < x.end for x in (*doc.orgs, *doc.people)):
            doc.places = [p for p in doc.places if not (m.start(1) <= p.start and p.end <= o.start)]
            o.start, o.mention = m.start(1), text[m.start(1):o.end]
    for m in _KO_PUBLIC_BODY.finditer(text, s.start, s.end):
        if not any(x.start < m.end() and m.start() < x.end for x in (*doc.orgs, *doc.people)):
            add_candidate(doc, gazetteer, *m.span(), absorb_places="spaced")
    if not _KO_FOUNDED.search(text, s.start, s.end):
        return
    for m in _KO_RESEARCH_APART.finditer(text, s.start, s.end):
        if m.group(1) in _KO_NOT_RESEARCH_STEMS or doc.taken(*m.span()):
            continue
        tokens = _stem_tokens(doc, kiwi, m.group(1))
        if tokens and all(t.tag.startswith("NN") or t.tag in _NAME_TAGS for t in tokens) and \
                _KO_FOUNDED.search(text, m.end(), min(s.end, m.end() + 12)):
            add_candidate(doc, gazetteer, *m.span())


# what ministries and agencies are named by (자치행정주택부, 기획투자부, 투자조정청): a stem made
# of these alone names a government body, not a company's department (영업부, 해외사업부)
_KO_POLICY_WORDS = frozenset(
    "투자 무역 통상 산업 자원 에너지 행정 자치 지방 주택 도시 국토 교통 외교 국방 재정 재무 경제 기획 계획 "
    "조정 과학 기술 정보 통신 정보화 디지털 보건 복지 노동 고용 교육 문화 체육 관광 농림 농업 축산 식품 "
    "해양 수산 환경 법무 통일 여성 가족 상무 공업 내무 안전 중소 벤처 기업 수자원 광물 전력 관세 "
    "이민 출입국 공공 인적 재난 방위 항공 우주 정부 협력".split())
_KO_NAME_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣]{2,8})\s$")


def _policy_words(stem: str) -> int:
    """How many policy words make up the stem wholly (자치행정주택 → 3), else 0."""
    best = [0] + [-1] * len(stem)
    for i in range(1, len(stem) + 1):
        for j in range(max(0, i - 4), i - 1):
            if best[j] >= 0 and stem[j:i] in _KO_POLICY_WORDS:
                best[i] = max(best[i], best[j] + 1)
    return max(best[-1], 0)


def _ministry_stem(doc: Doc, kiwi, stem: str, start: int) -> bool:
    """A ministry or agency the directory lacks: named by two policy words or more (기획투자부),
    or by one after a country the directory does not hold, which Kiwi reads as a proper noun
    (사우디 투자부, 태국 투자청)."""
    n = _policy_words(stem)
    if n >= 2 and stem not in _KO_NOT_STEMS:
        return True
    if n != 1:
        return False
    m = _KO_NAME_WORD_BEFORE.search(doc.text, max(0, start - 10), start)
    if m is None or doc.taken(*m.span(1)):
        return False
    tokens = _stem_tokens(doc, kiwi, m.group(1))
    return len(tokens) == 1 and tokens[0].tag == "NNP"


_KO_ADMIN_STEM = re.compile(r"[가-힣]{1,4}(?:시|구|현|성)[가-힣]{1,4}$")


def _country_glued(gazetteer: Gazetteer, stem: str) -> int:
    """How long a country written onto a name is when a city or province follows it (중국|북경…)."""
    for n in (2, 3, 4):
        if any(k == EntityKind.place and gazetteer.places[i].kind == "country"
               for k, i in gazetteer.entities(name_key(stem[:n]))):
            rest = stem[n:]
            for m in range(min(len(rest), 6), 1, -1):
                if any(k == EntityKind.place and gazetteer.places[i].kind in ("city", "province")
                       for k, i in gazetteer.entities(name_key(rest[:m]))):
                    return n
    return 0


def _add_headed(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    inner = [o for o in doc.orgs if start <= o.start and o.end <= end and (o.start, o.end) != (start, end)]
    if len(inner) == 1 and inner[0].start == start and end - inner[0].end >= 3 \
            and _KO_ADMIN_NAME.search(inner[0].mention) \
            and inner[0].entity_id in gazetteer.governments.values():
        doc.orgs.remove(inner[0])  # 칭다오시로봇협회: the city opens the name, it is not a party
        inner = []
    if inner:
        return  # a known name inside (한국바이오협회 is known): the matcher's reading stands
    add_candidate(doc, gazetteer, start, end, absorb_places="spaced")


# -- places that act as their governments ---------------------------------------------------------
_KO_ADMIN_NAME = re.compile(r"(?:특별자치도|특별자치시|광역시|특별시|시|도|성|구|군|현)$")
_KO_CHAIN_SEP = re.compile(r"\s*(?:[,·ㆍ、]|및)\s*")
# "부산광역시, 경상남도 등 4개 지자체": listed as local governments or bodies
_KO_AS_BODIES = re.compile(r"\s*(?:등\s*)?(?:\d+|[한두세네]|여러)\s*개\s*"
                           r"(?:지자체|지방자치단체|지방정부|광역자치단체|기관|시도|성시)")
# "산둥성 부성장", "톈진시 부시장": the government's officers, written apart
_KO_OFFICER_AFTER = re.compile(r"\s(?:상무\s?)?(?:부?성장|부?시장|부?지사|부?도지사|당서기|서기|부?주석)(?![가-힣]{2})")
# "길림성 인민 정부", "상하이시 정부": a province's or a city's government named as such
_KO_GOVERNMENT_AFTER = re.compile(r"\s?(?:인민\s?)?정부(?=[은는이가을를의와과도에로]|[^A-Za-z0-9가-힣]|$)")
# "광주시 경제협력 대표단": the government sends the delegation
_KO_SENDS_DELEGATION = re.compile(r"\s?(?:[가-힣]{1,8}\s?)?(?:대표단|사절단|방문단|시찰단|개척단|투자유치단)")
# "선전시 산하 선전캐피탈": the body others are under
_KO_ABOVE = re.compile(r"\s?산하\s")
# "톈진시와 한국의 로봇산업협회 관계자가": coordinated with an organisation, as a party
_KO_WITH = re.compile(r"[와과]\s")


def _ko_governments(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """A place named with its administrative ending (경기도, 톈진시, 부산광역시) is its government
    when it is listed with organisations or as one of several local governments, coordinated
    with an organisation as a party, named with its officers (산둥성 부성장) or sending a
    delegation (광주시 경제협력 대표단); named with its government (길림성 인민 정부). The directory's
    government when it holds one, else a candidate."""
    text = doc.text
    members = sorted(within((*doc.orgs, *doc.places), s), key=lambda m: m.start)
    chains: list[list] = []
    for m in members:
        if chains and _KO_CHAIN_SEP.fullmatch(text, chains[-1][-1].end, m.start):
            chains[-1].append(m)
        else:
            chains.append([m])
    acting: list[PlaceMention] = []
    for p in [p for p in within(doc.places, s) if _is_admin(p, gazetteer)]:
        if (m := _KO_GOVERNMENT_AFTER.match(text, p.end)) and not doc.taken(p.end, m.end()):
            doc.places.remove(p)  # 길림성 인민 정부: the government named as such
            gov = gazetteer.governments.get(p.entity_id)
            doc.orgs.append(OrgMention(p.start, m.end(), text[p.start:m.end()], gov, 1.0 if gov else 0.0,
                                       LinkMethod.alias if gov else LinkMethod.none,
                                       source="directory" if gov else "pattern"))
    for chain in chains:
        places = [m for m in chain if isinstance(m, PlaceMention) and _is_admin(m, gazetteer)]
        if not places:
            continue
        if len(chain) > 1 and (any(isinstance(m, OrgMention) for m in chain)
                               or _KO_AS_BODIES.match(text, _skip_quote(text, chain[-1].end))):
            acting.extend(places)
            continue
        for p in places:
            with_org = _KO_WITH.match(text, p.end) and any(
                o.start > p.end and o.start - p.end <= 12 and inside(o, s)
                and not _KO_ADMIN_NAME.search(o.mention) for o in doc.orgs)  # not 서울시와 부산시
            if (_KO_OFFICER_AFTER.match(text, p.end) or _KO_AS_BODIES.match(text, p.end) or with_org
                    or _KO_SENDS_DELEGATION.match(text, p.end) or _KO_ABOVE.match(text, p.end)):
                acting.append(p)
    for p in acting:
        gov = gazetteer.governments.get(p.entity_id)
        doc.places.remove(p)
        doc.orgs.append(OrgMention(p.start, p.end, p.mention, gov, 1.0 if gov else 0.0,
                                   LinkMethod.alias if gov else LinkMethod.none,
                                   source="directory" if gov else "pattern"))


def _is_admin(p: PlaceMention, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.places.get(p.entity_id)
    return (entry is not None and entry.kind in ("province", "city", "district")
            and _KO_ADMIN_NAME.search(p.mention) is not None and len(p.mention) >= 3)


# -- organisations named by their people ----------------------------------------------------------
# the word right before a person and their title: '한화케미칼 홍기준 부회장', '여시재 이광재 원장'
_KO_WORD_THEN_SPACE = re.compile(r"(?<![A-Za-z0-9가-힣&])([A-Za-z][A-Za-z0-9&.\-]*[가-힣]*"
                                 r"|[가-힣][A-Za-z0-9가-힣&]{1,14})[’'”\"]?\s$")
# titles held in an organisation (not 의원, 교수, 박사: a person's own standing)
_KO_ORG_TITLES = frozenset("대표이사 공동대표 대표 명예회장 부회장 공동회장 회장 부사장 사장 이사장 "
                           "의장 부총장 총장 학장 부원장 원장 소장 센터장 본부장 단장 관장 상무 전무 "
                           "부총재 총재 행장 창업자 창립자 설립자 부위원장 위원장 "
                           "CEO CTO CFO COO".split())
_KO_NOT_EMPLOYERS = frozenset("중국 한국 미국 일본 주한 주중 신임 전 현 당시 이날 한편 또한 특히 이어 이후 "
                              "현지 양국 국내 "
                              "해외 글로벌 공동 회사 기업 업체 그룹 측 사측 직전 초대 前 現 CEO CTO CFO COO".split())


def _ko_employers(doc: Doc, gazetteer: Gazetteer, kiwi) -> None:
    """'한화케미칼 홍기준 부회장': a proper noun right before a person with a title held in an
    organisation is that organisation (a candidate when the directory lacks it)."""
    for p in doc.people:
        if p.role not in _KO_ORG_TITLES or p.org_mention is not None or not "\uac00" <= doc.text[p.start] <= "\ud7a3":
            continue
        known = org_ending_at(doc, p.start, " ")
        if known is not None:  # 연세대학교 이경태 부총장
            p.org_id, p.org_mention = known.entity_id, known.mention
            continue
        m = _KO_WORD_THEN_SPACE.search(doc.text, max(0, p.start - 18), p.start)
        if m is None or m.group(1) in _KO_NOT_EMPLOYERS or doc.taken(*m.span(1)):
            continue
        tokens = _stem_tokens(doc, kiwi, m.group(1))
        if not tokens or not _proper(tokens[0]) or any(
                not (t.tag.startswith("NN") or t.tag in _NAME_TAGS or t.tag == "XSN") for t in tokens):
            continue
        if any(k != EntityKind.organization for k, _i in gazetteer.entities(name_key(m.group(1)))):
            continue
        org = add_candidate(doc, gazetteer, *m.span(1))
        if org is not None:
            p.org_id, p.org_mention = org.entity_id, org.mention


# a company's unit in a country, the country written onto its name: 한국화웨이, 중국삼성
_KO_COUNTRY_UNIT = ("한국", "중국", "미국", "일본")


# a body of a ministry or the State Council named with it, each part new (국무원 국유자산감독관리위원회,
# 상무부 투자촉진사무국): one organisation, the ministry's name part of it
_KO_BODY_UNDER = re.compile(r"(?:위원회|사무국|사무처|판공실|판공청|촉진국)$")
_KO_MINISTRY_END = re.compile(r"^(?:[가-힣]{1,8}(?:부|청|처)|국무원)$")


def _ko_bodies_under_ministries(doc: Doc, gazetteer: Gazetteer) -> None:
    """A new commission or secretariat right after a ministry's name (known or not) is the
    ministry's body, named with it: one organisation the directory lacks."""
    for o in [o for o in doc.orgs if o.entity_id is None and o.source == "pattern"
              and _KO_BODY_UNDER.search(o.mention)]:
        above = next((p for p in doc.orgs if p.end == o.start - 1 and doc.text[p.end] == " "
                      and _KO_MINISTRY_END.match(p.mention) and (
                          p.entity_id is None or gazetteer.orgs[p.entity_id].kind == "government")), None)
        if above is not None and o in doc.orgs:
            doc.orgs.remove(above)
            o.start, o.mention = above.start, doc.text[above.start:o.end]


_PARTICLES = "".join(sorted(PARTICLE_START))


def _ko_parents_of_local_units(doc: Doc, gazetteer: Gazetteer) -> None:
    """'한국화웨이 … 화웨이는': a new name that is a country written onto a company's name, and the
    story naming that company alone as a word: the company is an organisation too (Huawei besides
    Huawei Korea). A body's name (한국인공지능협회 … 인공지능협회) is one organisation, not two."""
    text = doc.text
    for o in [o for o in doc.orgs if o.entity_id is None and o.source == "pattern"]:
        rest = o.mention[2:]
        if o.mention[:2] not in _KO_COUNTRY_UNIT or len(rest) < 2 or not "\uac00" <= rest[0] <= "\ud7a3" \
                or _KO_BODY_END.search(rest) or gazetteer.entities(name_key(rest)):
            continue
        for m in re.finditer(rf"(?<![A-Za-z0-9가-힣]){re.escape(rest)}(?=[{_PARTICLES}]|[^A-Za-z0-9가-힣]|$)", text):
            add_candidate(doc, gazetteer, *m.span())


def _ko_local_units(doc: Doc, gazetteer: Gazetteer) -> None:
    """'한국화웨이': a country written onto a known company's Korean name, as one word, names its
    unit there — another organisation (Huawei Korea), linked if the directory has it."""
    text = doc.text
    for i, o in enumerate(doc.orgs):
        a = o.start - 2
        if (o.entity_id is None or a < 0 or text[a:o.start] not in _KO_COUNTRY_UNIT
                or (a > 0 and text[a - 1].isalnum()) or gazetteer.orgs[o.entity_id].kind != "company"
                or not "\uac00" <= text[o.start] <= "\ud7a3"):
            continue
        doc.places = [p for p in doc.places if not (a <= p.start and p.end <= o.start)]
        doc.orgs[i] = OrgMention(a, o.end, text[a:o.end], source="pattern")
