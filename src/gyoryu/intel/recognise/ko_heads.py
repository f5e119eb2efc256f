"""Korean organisations named by how they end: the endings that make a word a body's name (company
endings, institutional heads: 협회, 위원회, 연구원, 대사관), ministries and agencies (…부, …청) and
missions, names opened by a modifier or a place (글로벌 AI협회, 국립 AI 연구원), a ministry's bodies
named with it, and a unit's organisation in the unit's place (코트라 중국지역본부)."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention
from gyoryu.intel.recognise.heads import add_candidate, org_at, org_ending_at
from gyoryu.intel.recognise.ko_places import _KO_ADMIN_NAME, _KO_AS_BODIES
from gyoryu.intel.recognise.ko_tokens import KO_NOT_EMPLOYERS, KO_TECH_KEYS, NAME_TAGS, is_proper, stem_tokens
from gyoryu.intel.recognise.people_ko import _KO_WORD_BEFORE, _looks_like_name
from gyoryu.intel.segment import within

# -- the endings that name organisations ------------------------------------------------------------
# what an organisation's name ends in, quoted or named as being set up
KO_ORG_SUFFIX = ("협회|협의회|연구소|연구원|센터|재단|그룹|전자|테크놀로지|테크|텍|로보틱스|로봇|랩스|랩|소프트|"
                 "시스템즈|솔루션즈?|네트웍스|은행|증권|대학교|대학|공사|공단|진흥원|학회|위원회|컴퍼니|코리아|홀딩스|"
                 "바이오|모빌리티|에너지|인베스트먼트|파트너스|벤처스|캐피탈|캐피털|클라우드|얼라이언스|테크노파크|"
                 "벤처투자|혁신원|병원|의료원|차이나|재팬|펀드")
# Endings that make a proper noun an organisation without quotes or context (트라이로봇랩스는,
# 부산정보산업진흥원과); Kiwi must read the whole as proper nouns, so 핀테크 or 데이터센터 stay words
KO_STRONG_SUFFIX = ("얼라이언스|테크노파크|대학교|벤처투자|혁신원|병원|의료원|차이나|재팬|테크놀로지|"
                    "일렉트로닉스|인베스트먼트|로보틱스|모빌리티|네트웍스|시스템즈|솔루션즈?|"
                    "파트너스|벤처스|캐피탈|캐피털|홀딩스|컴퍼니|랩스|랩|테크|소프트|코리아|재단|진흥원|협의회|협회|연구소|"
                    "양행|사이언스|케미칼|바이오메드|제약")
_KO_STRONG = re.compile(rf"(?<![A-Za-z0-9가-힣])[A-Za-z0-9가-힣]{{1,14}}?(?:{KO_STRONG_SUFFIX})"
                        r"(?=[은는이가을를의와과도에로측]|[\s,.·ㆍ’'”\")(]|$)")

_KO_STRONG_END = re.compile(rf"(?:{KO_STRONG_SUFFIX})")

_KO_INSTITUTION = re.compile(r"(?:진흥원|협의회|협회|연구소|재단)(?=[은는이가을를의와과도에로측장]|[\s,.·ㆍ’'”\")(]|$)")


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


# -- organisations named by their head ------------------------------------------------------------
# Heads that end an institution's name written as one word (대외경제정책연구원, 칭다오시로봇협회,
# 한중연합회, 중한일3국협력사무국, 정보통신기획평가원): the word before a particle, a space or its head's
# title is the name
_KO_INSTITUTION_HEAD = ("협상회의|의원연맹|연합회|협의회|협회|연맹|위원회|사무국|사무처|판공실|진흥원|"
                        "진흥공사|진흥공단|재단|대학교|대학원|과기원|과학원|기술원|연구원|평가원|개발원|연구소|사업단|총영사관|영사관|대사관|대표부|"
                        "유한공사|유한회사|거래소|산업단지|과학단지|상회|소사이어티|산업기지|산업개발구|경제개발구|"
                        "기술개발구")
# Heads that also end ordinary words (데이터센터, 워킹그룹, 도로공사, 주거단지, 공동실험실, 지역대학,
# 국제기구): only after a proper noun or a place (돗토리대학, 돗토리현산업진흥기구)
_KO_WEAK_HEAD = "센터|그룹|공사|공단|클러스터|캐피탈|캐피털|회의|당|단지|실험실|대학|기구"
# what a body being set up ends in (…센터, …협회, …재단): not a product (슈퍼 앱(가칭))
_KO_BODY_END = re.compile(rf"(?:{KO_ORG_SUFFIX}|{_KO_INSTITUTION_HEAD}|{_KO_WEAK_HEAD}|허브|본부|사무소|대표처|"
                          r"기구|연구회|포럼)$")
# A ministry, agency or bureau (외교부, 조달청, 청양구과기국): one syllable, so only with a place before
# it, other organisations listed beside it, or its minister after it
_KO_BODY_HEAD = "부|청|처|국"
_KO_HEAD_TITLE = ("비서장|사무총장|이사장|부회장|회장|부원장|원장|부총장|총장|부주석|주석|부위원장|위원장|센터장|"
                  "장관|차관|장")
_KO_HEADED = re.compile(
    # 한-아세안센터, 한·아랍소사이어티: two parties joined by a dash or a dot open the name
    rf"(?<![A-Za-z0-9가-힣&])(?P<stem>(?P<pair>[가-힣]{{1,4}}[-‐·ㆍ])?[A-Za-z0-9가-힣&]{{2,20}}?)"
    rf"(?:(?P<strong>{_KO_INSTITUTION_HEAD})|(?P<weak>{_KO_WEAK_HEAD})|(?P<body>{_KO_BODY_HEAD}))"
    rf"(?P<title>{_KO_HEAD_TITLE})?(?=[은는이가을를의와과도에로측께]|[^A-Za-z0-9가-힣&]|$)")
_KO_HEADED_LONGEST = re.compile(_KO_HEADED.pattern.replace("{2,20}?", "{2,20}"))  # the word's last head
_KO_PLURAL_AFTER = re.compile(r"\s?(?:간|들)(?:의|에|[은는이가을를])?\s")
_KO_EACH_BEFORE = re.compile(r"(?:양국|양측|각국|각|양국의|두 나라)\s$")
# stems that make a title or a department, not a name (선임연구원, 사업부, 운영위원회)
_KO_NOT_STEMS = frozenset(
    "선임 책임 수석 객원 전임 주임 박사후 방문 초빙 인턴 연구 사업 영업 기획 총무 인사 재무 경영 편집 개발 연구개발 "
    "마케팅 홍보 운영 조직 심사 자문 실무 추진 준비 집행 상임 분과 해당 관련 각국 본사 지사 전체 데이터 컨벤션 전시 "
    "무역 쇼핑 물류 고객 서비스 콜 체육 문화 정부 지방 중앙 우리 양국 양측 일부 전부 내부 외부 상대 회원 참가 "
    "주최 주관 협력 교류 지원 창업 혁신 비즈니스 산하 산업 기업 정당 여당 야당 신당 제1 제2 일반 국가 "
    "첨단 지방 농공 도시 공공 민간 국립 공립 사립 부구 부시 부군 부성 부도 벤처".split())
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


def _country_alone(gazetteer: Gazetteer, stem: str) -> bool:
    return any(kind == EntityKind.place and gazetteer.places[i].kind == "country"
               for kind, i in gazetteer.entities(name_key(stem)))


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
        if m.group("body") and any(k == EntityKind.place for k, _i in gazetteer.entities(name_key(text[start:end]))):
            continue  # 오사카부, 교토부: a prefecture the directory holds, not a ministry of Osaka
        if _KO_UNIT_WORD.fullmatch(text, start, end):
            _unit_parent(doc, gazetteer, kiwi, start)  # 코트라 중국지역본부장: the unit is 코트라's
            continue
        if m.group("body") and not m.group("title") and _head_inside_word(doc, kiwi, start, end):
            # 창원국가산업단지와: 국 opens 국가, and 가 is no particle there; the word's own head ends it
            m = _KO_HEADED_LONGEST.match(text, start, s.end)
            if m is None or m.end() <= end + 1 or m.group("body"):
                continue
            stem, end = m.group("stem"), (m.start("title") if m.group("title") else m.end())
        tokens = stem_tokens(doc, kiwi, stem[len(m.group("pair") or ""):])  # 한- is no verb's 한
        if any(t.tag.startswith(("V", "E")) for t in tokens):
            continue  # a verb inside: a phrase, not a name
        proper = bool(tokens) and (tokens[0].tag in ("NNP", "SL", "SH", "SN") or tokens[0].id <= 2) \
            or m.group("pair") is not None
        place_kind, name_start = _place_before(doc, gazetteer, start, stem)
        if m.group("strong"):
            ok = True
        elif m.group("weak") == "단지":  # 중관촌단지: a park named by its place or a proper noun
            ok = proper or (place_kind is not None and name_start == start)
        elif m.group("weak"):
            ok = (proper or place_kind is not None) and not stem.endswith(_KO_VENUE_WORDS) and not (
                m.group("weak") in ("대학", "기구") and _country_alone(gazetteer, stem))  # 한국대학 교육: a kind
        elif m.group("title") not in (None, "장", "장관", "차관"):
            continue  # 상근부회장: a title, not 상근부 + 회장
        elif m.group("body") == "국":
            # 청양구과기국장: a bureau of a district or city written onto it, its chief after it
            ok = (place_kind is not None and name_start == start and place_kind != "country") or (
                m.group("title") == "장" and _KO_ADMIN_STEM.match(stem) is not None)
            if not ok and (gov := _government_before(doc, gazetteer, start)) is not None:
                ok, name_start = True, gov.start  # 창저우시 상무국: a bureau of the city named before it
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


def _head_inside_word(doc: Doc, kiwi, start: int, end: int) -> bool:
    """Whether a one-syllable head (부, 청, 처, 국) is read inside a longer word: a Hangul letter
    that could be a particle follows it, but Kiwi reads the whole word with a token running
    across the head's end (창원국|가산업단지 is 창원국가산업단지)."""
    text = doc.text
    if end + 1 >= len(text) or not ("\uac00" <= text[end + 1] <= "\ud7a3"):
        return False
    stop = end
    while stop < len(text) and "\uac00" <= text[stop] <= "\ud7a3":
        stop += 1
    cut = end - start
    return any(t.start < cut < t.start + t.len for t in stem_tokens(doc, kiwi, text[start:stop]))


# a unit of an organisation written apart after it (중국지역본부, 해외사업본부, 반도체부문)
_KO_UNIT_WORD = re.compile(r"[가-힣]{0,6}(?:지역본부|사업본부|본부|사업부|부문)")
_KO_PARENT_BEFORE = re.compile(r"(?<![A-Za-z0-9가-힣&])([A-Z][A-Za-z0-9&.\-]*|[가-힣][A-Za-z0-9가-힣&]{1,14})\s$")


def _unit_parent(doc: Doc, gazetteer: Gazetteer, kiwi, start: int) -> None:
    """'홍창표 코트라 중국지역본부장': the gold names the organisation, not its unit — the proper
    noun (or Latin name) right before the unit, a candidate when the directory lacks it."""
    m = _KO_PARENT_BEFORE.search(doc.text, max(0, start - 16), start)
    if m is None or m.group(1) in KO_NOT_EMPLOYERS or doc.taken(*m.span(1)) or \
            gazetteer.entities(name_key(m.group(1))) or name_key(m.group(1)) in KO_TECH_KEYS or \
            (len(m.group(1)) <= 3 and _looks_like_name(m.group(1))):
        return  # 이영희 혁신성장본부장: a person before the unit's head
    tokens = stem_tokens(doc, kiwi, m.group(1))
    if tokens and all(is_proper(t) for t in tokens):
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
_BARE_COMMITTEES = frozenset(("관리위원회", "운영위원회", "집행위원회"))
_KO_FOUNDED = re.compile(r"설립|건립|설치|개소|출범|개원|세우|문을 열")
_KO_NOT_RESEARCH_STEMS = frozenset("공동 관련 해당 전문 첨단 국내 국외 해외 부설 산하 자체 기업 대학 부속 "
                                   "선임 책임 수석 전임 한국 중국 미국 일본".split())


# a park written apart from its name (옌퐁 산업단지, 빈즈엉 공업단지): the name a proper noun, a place
# or a word Kiwi does not know (a transliteration), never an ordinary word (국가 산업단지)
_KO_PARK_APART = re.compile(r"(?<![A-Za-z0-9가-힣])([가-힣]{2,6})\s(?:첨단)?(?:산업단지|공업단지|산업공단|과학단지|"
                            r"산업기지|산업개발구|경제개발구|경제특구|공업원구|하이테크파크)"
                            r"(?=[은는이가을를의와과도에로]|[^A-Za-z0-9가-힣]|$)")
_KO_LISTED_BEFORE = re.compile(r"(?:[,·ㆍ、]\s*|\s및\s)$")


def _ko_parks_apart(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    text = doc.text
    for m in _KO_PARK_APART.finditer(text, s.start, s.end):
        if any(x.start < m.end() and m.start() < x.end for x in (*doc.orgs, *doc.people)):
            continue
        if _KO_LISTED_BEFORE.search(text, max(s.start, m.start() - 3), m.start()):
            continue  # 쑤저우, 취안저우 산업단지: the head is said of every member of the list
        tokens = stem_tokens(doc, kiwi, m.group(1))
        place = any(p.start == m.start() and p.end == m.end(1) for p in doc.places)
        if place or (len(tokens) == 1 and (tokens[0].tag == "NNP" or tokens[0].id <= 2)):
            add_candidate(doc, gazetteer, *m.span(), absorb_places="spaced")


def _ko_modified_names(doc: Doc, gazetteer: Gazetteer, kiwi, s) -> None:
    """Names that open with a word written apart: a modifier before a bare head-named candidate
    (글로벌 AI협회), a public institution (국립 AI 연구원), and a research centre named by its
    field where the story sets one up (미래도시 연구센터를 건립)."""
    text = doc.text
    for o in within(doc.orgs, s):
        if o.entity_id is None and o.source == "pattern" and (
                m := _KO_NAME_MODIFIER.search(text, max(s.start, o.start - 6), o.start)) and \
                not doc.taken(m.start(), o.start):
            o.start, o.mention = m.start(), text[m.start():o.end]
    for o in within(doc.orgs, s):  # 고신구 관리위원회: a management body is its zone's or district's
        if o.entity_id is None and o.mention.startswith(("관리", "운영", "집행")) and (
                m := _KO_ZONE_BEFORE.search(text, max(s.start, o.start - 12), o.start)) and \
                not any(x.start < o.start and m.start(1) < x.end for x in (*doc.orgs, *doc.people)):
            doc.places = [p for p in doc.places if not (m.start(1) <= p.start and p.end <= o.start)]
            o.start, o.mention = m.start(1), text[m.start(1):o.end]
    # a committee no zone was read onto (톈푸신구(天府新区) 관리위원회: the gloss stands between) is
    # no name: the zone before it is the party
    doc.orgs = [o for o in doc.orgs
                if not (o.entity_id is None and o.mention in _BARE_COMMITTEES and s.start <= o.start < s.end)]
    for m in _KO_PUBLIC_BODY.finditer(text, s.start, s.end):
        if not any(x.start < m.end() and m.start() < x.end for x in (*doc.orgs, *doc.people)):
            add_candidate(doc, gazetteer, *m.span(), absorb_places="spaced")
    if not _KO_FOUNDED.search(text, s.start, s.end):
        return
    for m in _KO_RESEARCH_APART.finditer(text, s.start, s.end):
        if m.group(1) in _KO_NOT_RESEARCH_STEMS or doc.taken(*m.span()):
            continue
        tokens = stem_tokens(doc, kiwi, m.group(1))
        if tokens and all(t.tag.startswith("NN") or t.tag in NAME_TAGS for t in tokens) and \
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
    tokens = stem_tokens(doc, kiwi, m.group(1))
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


def _government_before(doc: Doc, gazetteer: Gazetteer, start: int) -> OrgMention | None:
    """A city's or province's government written right before a name and a space (창저우시 상무국):
    the bureau is that government's, named with it."""
    o = org_ending_at(doc, start, " ")
    if o is not None and o.end < start and _KO_ADMIN_NAME.search(o.mention) \
            and o.entity_id in gazetteer.governments.values():
        return o
    return None


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
                and not gazetteer.entities(name_key(head)) and name_key(head) not in KO_TECH_KEYS:
            doc.orgs[i] = OrgMention(o.start, o.start + len(head), head, source="pattern")


_KO_INITIALS = re.compile(r"[A-Z][A-Z&]{1,7}")
