"""Korean companies the directory lacks, by what the press says around them: legal markers (㈜X,
재단법인 X, a Latin legal form), a kind before the name (기업인 X), a title and a person after it,
a partner in an agreement, lists counted as firms, investors and hosts, brands (파랑AI), tentative
names and group affiliates, the subject of an exchange, the organisation before a person and their
title (한화케미칼 홍기준 부회장), and a company's unit in a country (한국화웨이)."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention
from gyoryu.intel.recognise.heads import (
    GATHERING,
    GATHERING_END,
    PARTICLE_START,
    add_candidate,
    org_at,
    org_ending_at,
)
from gyoryu.intel.recognise.ko_heads import _KO_BODY_END, _KO_STRONG_END, KO_ORG_SUFFIX, _add_longer
from gyoryu.intel.recognise.ko_lists import _LIST_SEP_CHARS
from gyoryu.intel.recognise.ko_tokens import (
    KO_FIRM_KINDS,
    KO_NOT_EMPLOYERS,
    KO_QUOTED,
    KO_TECH_INITIALS,
    NAME_TAGS,
    cued,
    is_proper,
    stem_tokens,
)
from gyoryu.intel.recognise.people_ko import _KO_SURNAMES, _looks_like_name
from gyoryu.intel.segment import kiwi_tokens

# -- companies by their legal form and the words around them ------------------------------------
# '재단법인 ‘여시재’', '(사)한빛포럼': a legal form names the body after it
_KO_LEGAL_FORM_BEFORE = re.compile(r"(?:재단법인|사단법인|\(사\)|\(재\)|주식회사|유한회사)\s?[‘'“\"]?"
                                   r"([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14})[’'”\"]?")
# '포춘링크(Fortune Link Venture Investment Management Co. Ltd)': a Latin name with a company's
# legal form glosses the Korean one
_KO_COMPANY_GLOSS = re.compile(
    r"(?<![A-Za-z0-9가-힣])([가-힣][A-Za-z0-9가-힣]{1,14})\s?\("
    r"([A-Z][A-Za-z0-9&.\- ]{1,60}?(?:Co\.?,? ?Ltd\.?|Co\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|GmbH|Limited))\)")

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

_KO_KIND_BEFORE = re.compile(rf"(?:{KO_FIRM_KINDS})인\s+"
                             r"[‘']?([A-Za-z가-힣][A-Za-z0-9가-힣&.\-]{1,15}"
                             r"(?: [A-Z][A-Za-z]+)?)[’']?")
# a bare proper noun with organisation context: "X 관계자", "X 측은", "X社", "기업 X"
# ('X 본사를 찾았다': a firm's head office names the firm; not an address, 'Y동 본사', 'Y에 본사를 둔')
_KO_CONTEXT_AFTER = re.compile(r"(?<![A-Za-z0-9가-힣])([A-Za-z0-9가-힣]{2,15})(?:\s(?:관계자|측[은이과도에])|"
                               r"(?<![에동구시])\s본사[를을에의와과는도]|社)")
_KO_CONTEXT_CUE = re.compile(r"관계자|측|社|본사")  # what every _KO_CONTEXT_AFTER holds
# a brand written as a word and capitals (파랑AI, 누리봇X): Kiwi reads an ordinary word and initials,
# but with a firm's context around it (X 관계자, 기업 X, X 대표 홍길동) the whole is the firm's name;
# a kind of technology written so (생성형AI, 초거대AI) is not
_KO_BRAND_WORD = re.compile(r"(?<![A-Za-z0-9가-힣])(?!(?:생성형|초거대|온디바이스|피지컬|에이전틱|인공지능|버티컬|"
                            r"소버린|산업|제조|의료|금융|국방|공공|차세대|국산|한국형|중국형|K)[A-Z])"
                            r"[가-힣]{2,8}[A-Z]{1,4}[0-9]?(?=[은는이가을를의와과도](?![가-힣])|에서?\s|[^A-Za-z0-9가-힣]|$)")
_KO_KIND_THEN = re.compile(r"(?:기업|업체|스타트업|회사|법인|자회사|계열사|제조사|개발사|액셀러레이터|엑셀러레이터|"
                           r"벤처캐피털|벤처캐피탈|투자사|운용사|유니콘)\s+([A-Za-z0-9가-힣]{2,15})")

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
    if proper and (not is_proper(tokens[0]) or any(
            not (t.tag.startswith("NN") or t.tag in NAME_TAGS or t.tag == "XSN") or t.tag == "NNB"
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
    for m in cued(_KO_CORP_AFTER, _KO_CORP_CUE, text, s):
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
# what only a company does, said of the sentence's subject: it sets up a legal entity (법인을
#설립, 현지 법인 설립), raises a lettered round, lists on an exchange, reports sales or profit
_KO_FIRM_ACTS = re.compile(r"법인(?:을|\s?설립)|시리즈\s?[A-F](?![A-Za-z])|프리\s?[A-F](?![A-Za-z])|"
                           r"(?:코스닥|코스피|나스닥)(?:에|\s?상장)|매출(?:이|은|액)|영업이익")
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
                               r"|개\s(?:[A-Za-z가-힣]{1,8}\s){1,3}(?:기업|업체|스타트업|회사)(?![가-힣]{2})"
                               r"|사(?=[이은는을를의과와도로]|\s|$))"  # 'X, Y, Z 등 배터리 3사와'
                               # 'X, Y 등 글로벌 기업의', 'X, Y 등 다국적 제약사의': firms named as the kind, uncounted
                               r"|\s?등\s(?:[A-Za-z가-힣]{1,6}\s){0,2}(?:기업|업체|스타트업|회사|제약사|제조사|"
                               r"통신사|투자사|운용사|금융사|증권사|벤처캐피털|대기업|중견기업|완성차\s?업체)들?"
                               r"(?=[이은는을를의과와도로]|\s)")
# a list introduced as the firms taking part: '참가 기업은 X, Y, Z 등이다'
_KO_FIRMS_INTRO = re.compile(r"(?:참가|참여|입주|선정|동행|방문)\s?(?:기업|업체|기관|스타트업|회사)"
                             r"(?:은|는|으로는|로는|에는)\s")
_KO_LIST_END = re.compile(r"\s?등(?=[이은을의과와도]|\s|$)")
# a list that acts as firms do: 'X·Y·Z 등이 참여해', 'X, Y 등이 입주한', 'X·Y 등이 선정됐다' (its
# members are read only when Kiwi reads them as names: 반도체·배터리 등이 참여하는 is no list of firms)
_KO_LIST_TAKES_PART = re.compile(r"\s?등이\s(?:[가-힣]{1,4}\s)?(?:참여|참가|입주|선정|출전|출품|동행|입점)")

# a kind of business alone is no firm's name (로보틱스, 바이오): the word before it may be its name
_KO_KIND_ALONE = re.compile(rf"(?:{KO_ORG_SUFFIX})")
_KO_WORD_BEFORE_KIND = re.compile(r"(?<![A-Za-z0-9가-힣&])([가-힣]{2,8}) $")


def _unknown_firm(doc: Doc, gazetteer: Gazetteer, kiwi, s, a: int, b: int) -> OrgMention | None:
    """A candidate for a word that Kiwi reads as a name, no place, person or ordinary word of
    the directory (a Latin word after it, 아큐플라이 AI, belongs to it)."""
    end = _name_end(doc, kiwi, s, a, b)
    if not end or any(x.start < end and a < x.end for x in (*doc.orgs, *doc.people, *doc.places)):
        return None
    form = doc.text[a:end]
    if _KO_KIND_ALONE.fullmatch(form):  # '한빛 로보틱스': the kind is the name's second word
        before = _KO_WORD_BEFORE_KIND.search(doc.text, s.start, a)
        if before is None or _name_end(doc, kiwi, s, before.start(1), before.end(1)) != before.end(1) or any(
                x.start < a and before.start(1) < x.end for x in (*doc.orgs, *doc.people, *doc.places)):
            return None
        a, form = before.start(1), doc.text[before.start(1):end]
    if form in KO_NOT_EMPLOYERS or gazetteer.entities(name_key(form)) or (
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
    for m in cued(_KO_FIRM_TITLE_NAME, _KO_FIRM_TITLE_CUE, text, s):
        if _person_after_title(doc, kiwi, m.group(2)) and not m.group(1).endswith(_KO_SUBUNIT_ENDS):
            _unknown_firm(doc, gazetteer, kiwi, s, *m.span(1))
    for says in (_KO_IS_A_FIRM, _KO_FIRM_ACTS):
        if says.search(text, s.start, s.end):
            m = _KO_FIRM_SUBJECT.match(text, _KO_OPENING_WORDS.match(text, s.start).end())
            if m and says.search(text, m.end(), s.end):
                _unknown_firm(doc, gazetteer, kiwi, s, *m.span(1))
    for m in cued(_KO_PARTNER, _KO_PARTNER_CUE, text, s):
        _unknown_firm(doc, gazetteer, kiwi, s, *m.span(1))
    for m in _KO_COUNTED_FIRMS.finditer(text, s.start, s.end):
        _counted_members(doc, gazetteer, kiwi, s, m.start())
    for m in _KO_LIST_TAKES_PART.finditer(text, s.start, s.end):
        if any(c in _LIST_SEP_CHARS for c in text[max(s.start, m.start() - 40):m.start()]):
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


def _ko_named_as_bodies(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Bodies named as such: a tentative name (X(가칭)), and a group's Latin initials written on
    to a name Kiwi does not know or reads as proper (SK인텔릭스)."""
    text = doc.text
    for m in cued(_KO_TENTATIVE, "가칭", text, s):
        a, b = m.span(1)
        if " " in m.group(1) and not KO_QUOTED.match(text, m.start()):
            a = b - len(m.group(1).split()[-1])  # unquoted: the last word is the name
        if _KO_BODY_END.search(text[a:b]) and not GATHERING_END.search(text[a:b]) and not any(
                x.start < b and a < x.end for x in doc.people):
            _add_longer(doc, gazetteer, a, b)
    for m in _KO_GROUP_AFFILIATE.finditer(text, s.start, s.end):
        a, b = m.span(1)
        if any(x.start < b and a < x.end for x in doc.orgs):
            continue
        latin = len(m.group(1)) - len(m.group(1).lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if m.group(1)[:latin] in KO_TECH_INITIALS:
            continue
        end = _name_end(doc, kiwi, s, a + latin, b, proper=False)
        tokens = [t for t in kiwi_tokens(doc, kiwi, s) if a + latin <= s.start + t.start < end]
        if end and tokens and all(is_proper(t) for t in tokens):
            add_candidate(doc, gazetteer, a, end)


def _person_after_title(doc: Doc, kiwi, word: str) -> bool:
    """A person's name after a title (홍길동, 김민수가), not a word (X CEO 서밋): a surname
    opening it, and Kiwi does not read it as one ordinary word."""
    tokens = [t for t in stem_tokens(doc, kiwi, word) if not t.tag.startswith("J")]
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
    if not words or not all(t.tag.startswith("NN") or t.tag in NAME_TAGS for t in words) or not any(
            is_proper(t) for t in words) or words[0].tag == "NNB":
        return
    form = doc.text[a:b]  # 김철수는: a person's name
    if not gazetteer.entities(name_key(form)) and not (len(form) in (2, 3) and form[0] in _KO_SURNAMES):
        add_candidate(doc, gazetteer, a, b)


# -- organisations named by their people ----------------------------------------------------------
# the word right before a person and their title: '한화케미칼 홍기준 부회장', '여시재 이광재 원장'
_KO_WORD_THEN_SPACE = re.compile(r"(?<![A-Za-z0-9가-힣&])([A-Za-z][A-Za-z0-9&.\-]*[가-힣]*"
                                 r"|[가-힣][A-Za-z0-9가-힣&]{1,14})[’'”\"]?\s$")
# titles held in an organisation (not 의원, 교수, 박사: a person's own standing)
_KO_ORG_TITLES = frozenset("대표이사 공동대표 대표 명예회장 부회장 공동회장 회장 부사장 사장 이사장 "
                           "의장 부총장 총장 학장 부원장 원장 소장 센터장 본부장 단장 관장 상무 전무 "
                           "부총재 총재 행장 창업자 창립자 설립자 부위원장 위원장 "
                           "CEO CTO CFO COO".split())


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
        if m is None or m.group(1) in KO_NOT_EMPLOYERS or doc.taken(*m.span(1)):
            continue
        tokens = stem_tokens(doc, kiwi, m.group(1))
        if not tokens or not is_proper(tokens[0]) or any(
                not (t.tag.startswith("NN") or t.tag in NAME_TAGS or t.tag == "XSN") for t in tokens):
            continue
        if any(k != EntityKind.organization for k, _i in gazetteer.entities(name_key(m.group(1)))):
            continue
        org = add_candidate(doc, gazetteer, *m.span(1))
        if org is not None:
            p.org_id, p.org_mention = org.entity_id, org.mention


# a company's unit in a country, the country written onto its name: 한국화웨이, 중국삼성
_KO_COUNTRY_UNIT = ("한국", "중국", "미국", "일본")


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


# a firm's name is its own word and a kind of business (라온로보틱스, 다올소프트); the press names it
# again by the word alone (라온은, 다올의): the same firm
_KO_FIRM_KIND_END = re.compile(r"([가-힣]{2,8})(?:로보틱스|테크놀로지|테크|랩스|소프트|바이오|모빌리티|에너지|컴퍼니|"
                               r"시스템즈|솔루션즈?|네트웍스|홀딩스|인베스트먼트|파트너스|벤처스|캐피탈|캐피털|클라우드|"
                               r"일렉트로닉스|머티리얼즈|헬스케어|메디컬|반도체|전자|정밀)")
_KO_SHORT_AFTER = re.compile(r"(?:은|는|이|가|을|를|의|와|과|도|측|에서)?(?=[\s,.·ㆍ’'”\")]|$)")


def _ko_short_repeats(doc: Doc, gazetteer: Gazetteer, kiwi) -> None:
    """A firm found unknown by its whole name, repeated later by its own word alone without the
    kind of business (라온로보틱스 … 라온은): a mention of the same firm (glossing it, so it is
    one organisation), when Kiwi reads that word as a name and the directory knows it as nothing."""
    text = doc.text
    firsts: dict[str, OrgMention] = {}
    for o in sorted(doc.orgs, key=lambda o: o.start):
        if o.entity_id is None and o.source == "pattern" and o.gloss_of is None and (
                m := _KO_FIRM_KIND_END.fullmatch(o.mention)):
            stem = m.group(1)
            if stem not in firsts and not gazetteer.entities(name_key(stem)):
                firsts[stem] = o
    if not firsts:
        return
    for s in doc.sentences_in("ko"):
        for stem, whole in firsts.items():
            at = text.find(stem, max(s.start, whole.end), s.end)
            while at >= 0:
                end = at + len(stem)
                if not (at and "가" <= text[at - 1] <= "힣" or text[at - 1:at].isalnum()) and \
                        _KO_SHORT_AFTER.match(text, end) and not doc.taken(at, end) and \
                        _name_end(doc, kiwi, s, at, end) == end:
                    short = OrgMention(at, end, stem, source="pattern")
                    short.gloss_of = whole
                    doc.orgs.append(short)
                at = text.find(stem, end, s.end)


# 'A 및 B', '‘A’와 ‘B’': two names joined as one phrase are alike; beside an organisation, a name
# joined by 및 that Kiwi reads as proper nouns is one too, and so is any quoted name joined to a
# quoted organisation (the quotes mark both as names); an unquoted 'A와 B' may pair anything
_KO_PAIRED_AFTER = re.compile(r"([’'”\"])?(?:\s및|와|과)\s([‘'“\"])?([A-Za-z가-힣][A-Za-z0-9가-힣&]{1,14})([’'”\"])?")
_KO_PAIRED_BEFORE = re.compile(r"(?<![A-Za-z0-9가-힣&])([‘'“\"])?([A-Za-z가-힣][A-Za-z0-9가-힣&]{1,14}?)([’'”\"])?"
                               r"(\s및|와|과)\s([‘'“\"])?$")
_KO_OPEN_QUOTE = "‘'“\""


def _ko_pairs(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    text = doc.text
    for o in [o for o in doc.orgs if s.start <= o.start < s.end]:
        quoted = o.start > s.start and text[o.start - 1] in _KO_OPEN_QUOTE
        if m := _KO_PAIRED_AFTER.match(text, o.end, s.end):
            if quoted and m.group(1) and m.group(2) and m.group(4):
                _quoted_partner(doc, gazetteer, *m.span(3))
            elif not (m.group(1) or m.group(2)) and text[o.end:m.start(3)] == " 및 ":
                _unknown_firm(doc, gazetteer, kiwi, s, *m.span(3))
        base = max(s.start, o.start - 30)
        if m := _KO_PAIRED_BEFORE.search(text[base:o.start]):
            a, b = base + m.start(2), base + m.end(2)
            if quoted and m.group(1) and m.group(3) and m.group(5):
                _quoted_partner(doc, gazetteer, a, b)
            elif not (m.group(1) or m.group(3) or m.group(5) or quoted) and m.group(4) == " 및":
                _unknown_firm(doc, gazetteer, kiwi, s, a, b)


def _quoted_partner(doc: Doc, gazetteer: Gazetteer, a: int, b: int) -> None:
    if not (GATHERING_END.search(doc.text, a, b) or any(
            x.start < b and a < x.end for x in (*doc.orgs, *doc.people, *doc.places))):
        add_candidate(doc, gazetteer, a, b)
