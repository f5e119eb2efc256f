"""Korean universities as the press writes them: shortened to 대 (예일대, 하얼빈공업대), written apart
from their name (캘리포니아 대학교), with a campus (연세대 국제캠퍼스), or before a scholar's title
(경기대 총장)."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, PlaceMention
from gyoryu.intel.recognise.heads import add_candidate, org_at
from gyoryu.intel.recognise.ko_tokens import cued, is_proper, stem_tokens
from gyoryu.intel.segment import kiwi_tokens, within

# -- universities written short -------------------------------------------------------------------
# '경기대 총장', '저장대 교수': a word ending in 대 before a university's title is the university
# (a university's hospital too: 부산대병원 교수, 서울대학교병원 교수)
_KO_UNIVERSITY_HEAD = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{1,4}(?:공대|대|대학교)(?:병원)?)\s"
                                 r"(?=부?총장|학장|교수)")
_KO_SCHOLAR_CUE = re.compile(r"총장|학장|교수")  # what every _KO_UNIVERSITY_HEAD holds

# a university's name written on to its 대 / 대학 / 대학교 (스탠포드 + 대): the same university
_KO_UNI_TAIL = re.compile(r"(?:대학교|대학|대)(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")
# a campus after a university, apart or joined (연세대 국제캠퍼스, 고려대 세종캠퍼스): its own body
_KO_CAMPUS = re.compile(r"\s?([가-힣A-Za-z]{1,6}캠퍼스)(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")
# a word ending in 대 as a name: 예일대, 프린스턴대, 하얼빈공업대
_KO_DAE_WORD = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣]{2,9}대)(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")
# what a short name in 대 is said with when it is a university (예일대 교수, 듀크대 출신)
_KO_UNI_CONTEXT = re.compile(r"\s?(?:교수|연구진|연구팀|연구원|출신|총장|부총장|학장|학생|졸업|석사|박사|학부|"
                             r"대학원|[가-힣A-Za-z]{0,6}캠퍼스|(?:의|공|법|약|치|미|음|한의|경영|사범)대(?![가-힣])|"
                             r"(?:[와과]|및|[,·ㆍ])\s?(?:[가-힣]{2,4}\s)?[가-힣]{2,8}대(?:학교)?(?![가-힣]))")
# the kinds a university is named by after its city (하얼빈공업대, 베이징사범대, 홍콩이공대)
_KO_UNI_KINDS = ("공업", "이공", "중문", "사범", "교통", "과기", "과학기술", "공과", "외국어", "재경", "정법", "의과",
                 "농업", "항공항천", "우전", "전자과기", "해양", "민족", "석유", "중의약", "공", "외")
# a university's college alone (서울대 의대: the medical school of one) is a sub-unit, no university
_KO_COLLEGES = frozenset("의대 공대 법대 약대 치대 미대 음대 사대 농대 한의대 경영대".split())
_KO_NOT_UNI = ("시대", "세대", "연대", "부대", "군대", "함대", "무대", "현대", "지대", "일대", "상대", "교대", "반대",
               "최대", "확대", "기대", "년대", "위대", "강대", "청와대", "해운대")


def _ko_universities(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Universities as the press shortens them: a known one written on to 대 (스탠포드대), a
    campus after one, known or not (연세대 국제캠퍼스, its own body), a name Kiwi reads as one proper noun
    in 대 (프린스턴대; a three-syllable one with a scholar or a graduate after it: 예일대 교수),
    and a city with the kind of university it names (하얼빈공업대)."""
    text = doc.text
    for o in within(doc.orgs, s):
        if not (o.mention.endswith(("대", "대학", "대학교")) if o.entity_id is None
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
        if word.endswith(_KO_NOT_UNI) or word in _KO_COLLEGES or gazetteer.entities(name_key(word)) or any(
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
        ok = ok or _paired_with_a_university(doc, gazetteer, a, b)
        if ok:
            add_candidate(doc, gazetteer, a, b, absorb_places=True)
        if ok and (c := _KO_CAMPUS.match(text, b)) and (o := org_at(doc, a)) is not None \
                and o.start == a and not doc.taken(b + 1, c.end(1)):
            doc.orgs.remove(o)
            add_candidate(doc, gazetteer, a, c.end(1))
    for m in _KO_DAEHAK_WORD.finditer(text, s.start, s.end):
        a, b = m.span()
        if any(x.start < b and a < x.end for x in (*doc.orgs, *doc.people)):
            continue
        if _city_with_kind(gazetteer, m.group(1) + "대") or any(
                k == EntityKind.place and gazetteer.places[i].kind in ("city", "province")
                for k, i in gazetteer.entities(name_key(m.group(1)))):
            add_candidate(doc, gazetteer, a, b, absorb_places=True)  # 쑤저우대학, 난징이공대학


# a city's university written with 대학 on to it, as the Korean press names Chinese ones (쑤저우대학)
_KO_DAEHAK_WORD = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣]{2,9})대학(?=[은는이가을를의와과도에]|[^A-Za-z0-9가-힣]|$)")


# '인하대와 톈진대', '부산대·푸단대': two words in 대 joined, one of them a university
_KO_DAE_AFTER = re.compile(r"(?:[와과]|및|[,·ㆍ])\s?([가-힣]{2,8}대)(?=[은는이가을를의와과도에]|[^가-힣]|$)")
_KO_DAE_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,8}대)\s?(?:[와과]|및|[,·ㆍ])\s?$")


def _paired_with_a_university(doc: Doc, gazetteer: Gazetteer, a: int, b: int) -> bool:
    """A word in 대 joined to a university in 대 is one too: the partner is a known university,
    one found before it, or a city's 대 (톈진대)."""
    text = doc.text
    partners = [m.span(1) for m in (_KO_DAE_AFTER.match(text, b), _KO_DAE_BEFORE.search(text, max(0, a - 14), a)) if m]
    for pa, pb in partners:
        word = text[pa:pb]
        if word.endswith(_KO_NOT_UNI):
            continue
        if any(o.start == pa and o.end == pb
               and (o.entity_id is None or gazetteer.orgs[o.entity_id].kind == "university")
               for o in doc.orgs):
            return True
        if any(k == EntityKind.place and gazetteer.places[i].kind in ("city", "province")
               for k, i in gazetteer.entities(name_key(word[:-1]))):
            return True
    return False


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
    for m in cued(_KO_UNI_APART, _KO_UNI_APART_CUE, text, s):
        a, b = m.span()
        if any(x.start < b and a < x.end for x in (*doc.orgs, *doc.people)):
            continue
        if m.group(2) in ("공대", "대학") and not (_KO_ACRONYM_GLOSS.match(text, b) or _KO_UNI_CONTEXT.match(text, b)):
            continue
        tokens = stem_tokens(doc, kiwi, m.group(1))
        if len(tokens) != 1 or not is_proper(tokens[0]) or tokens[0].tag == "SL" or any(
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
