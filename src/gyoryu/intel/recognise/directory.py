"""Recognising the directory's names: the matcher over every name, a place read as the body that
governs it, known names with one more generic word (吉利资本, NAVER云), and the guard that drops a
name which is only an ordinary word here."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import GOVERNMENT_BODIES, Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PersonMention,
    PlaceMention,
    component,
)
from gyoryu.intel.recognise.credits import drop_credits
from gyoryu.intel.recognise.heads import ADMIN_SUFFIX, as_government, simplified
from gyoryu.intel.recognise.run_on import known_names_run_on, regions_written_on
from gyoryu.intel.segment import LazyCollisions, LazyKiwi, within_any
from gyoryu.intel.translit import GENERIC_BY_WORD

# -- directory names ------------------------------------------------------------------------------
# 与京畿道相关部门座谈, 南京市有关部门介绍, X有关负责人表示: a government's offices, unnamed, act for it
_OFFICES_UNNAMED = r"(?:相关|有关|相關|有關)(?:部门|部門|负责人|負責人)"
_ACTOR_AFTER = re.compile(r"\s*(?:[가는은이와과도]\s|[와과]의|[与和與]|(?<!\s)청|대표단|政府"
                          r"|(?:经济|經濟|经贸|經貿|商务|商務|政府|友好|考察)?代表[团團]"
                          r"|签署|签订|签约|簽署|簽訂|簽約"  # 与京畿道签署: the body that signs
                          # 경기도청 is the office, but 쓰촨성 청두시 is a city in the province
                          r"|方面|\s?측"  # 京畿道方面透露, 경기도 측은: the side that speaks
                          r"|" + _OFFICES_UNNAMED +
                          r"|率领|率領|率团|率團"  # 數碼港率領…代表團: who leads a group acts
                          r"|(?:['’]s)?\s+(?:(?:economic|trade|business|government|official)\s+)?"
                          r"(?:government|delegation|representatives|officials)\b)"
                          r"|(?<=[시도])(?:장|지사)|\s*[A-Za-z가-힣]{0,6}?(?:국장|실장|과장|본부장|시장|지사)"
                          r"|(?<=[市省道])(?:副?(?:[市省][长長]|知事)|[市省]委|书记|書記)")  # 上海市副市长, 京畿道知事


# A place named as the body that governs it: its officers (上海市市长, 충칭시장) or 인민정부
# 忠清南道经济副知事: its officer for the economy
_GOVERNMENT_AFTER = re.compile(r"(?<=[市省道])(?:(?:经济|經濟|行政|政务|政務|常务|常務)?副?(?:[市省][长長]|知事)|"
                               r"[市省]委|书记|書記|" + _OFFICES_UNNAMED + ")"
                               r"|(?<=[시도성])(?:장|지사)(?![가-힣])")
_PEOPLES_GOVERNMENT = re.compile(rf"\s?(?:{'|'.join(GOVERNMENT_BODIES)})")
ADMIN_WORDS = ("시", "도", "市", "省")  # written onto a place's name for its government (대구시)
# A place written with its administrative ending that acts: a candidate for its government when
# the directory has none (대구시가 밝혔다, 우한시와 양해각서, 전북특별자치도지사, 武汉市与…签署)
_ADMIN_ENDING = re.compile(r"(?:시|도|군|구|市|省|区|县|道)$")
_GOV_ACTS = re.compile(r"(?:장|지사|청(?![가-힣]))|\s?(?:대표단|代表团|代表團)"
                       r"|(?:经济|經濟|行政|政务|政務|常务|常務)?副?(?:[市省][长長]|知事)|市委"
                       r"|" + _OFFICES_UNNAMED +
                       r"|\s*(?:와|과|与|和|同|[은는이가](?=\s))\s?[^.。\n]{0,40}?"
                       r"(?:협약|MOU|양해각서|의향서|손잡|签署|签约|备忘录|协议)")
_KO_GOV_SUBJECT = re.compile(r"[은는이가]\s")


_GLOSS = re.compile(r"\s?[(（][^()（）\n]{1,20}[)）]")
_ZH_AT_BEFORE = re.compile(r"[在于][^，。,、\s]{0,6}$")


def _governs(text: str, start: int, end: int, place) -> int:
    """Where the government's name ends when a place named with its administrative ending
    (대구시, 우한시; 대구 + 시) is the body that governs it here — its officers, its delegation,
    an agreement it signs, or, for a Korean place, as the subject ('…대구시가 밝혔다') — else 0."""
    if place.kind not in ("province", "city", "district"):
        return 0
    if text[end:end + 1] in ADMIN_WORDS:
        end += 1  # 대구 + 시가 (대구 ends in 구 by chance)
    elif not _ADMIN_ENDING.search(text[start:end]):
        return 0
    if _ZH_AT_BEFORE.search(text, max(0, start - 8), start):
        return 0  # 在北京海淀区与…签署: where it was signed
    look = g.end() if (g := _GLOSS.match(text, end)) else end  # 창저우시(常州市) 대표단: past the gloss
    if _GOV_ACTS.match(text, look) or (place.country == "KR" and _KO_GOV_SUBJECT.match(text, look)):
        return end
    return 0


@component("gyoryu.name_matcher.v2")
def name_matcher_v2(*, gazetteer: Gazetteer):
    """Every directory name in the story (skipping bylines and captions), classified by owner.

    A name both a place and an organisation (경기도, 충칭시) is the government when the text
    treats it as one who acts (a subject, a partner, a delegation), else the place."""

    kiwi = LazyKiwi(gazetteer)

    def run(doc: Doc) -> None:
        spans = [(s.start, s.end) for s in doc.sentences]
        hits = gazetteer.matcher.find(doc.text)
        for n, hit in enumerate(hits):
            if not within_any(spans, hit.start, hit.end):
                continue
            owners = gazetteer.entities(hit.key)
            orgs = [i for k, i in owners if k == EntityKind.organization]
            places = [i for k, i in owners if k == EntityKind.place]
            people = [i for k, i in owners if k == EntityKind.person]
            mention = doc.text[hit.start:hit.end]
            if hit.key in gazetteer.cased and not any(c.isupper() for c in mention):
                continue  # "most", "arm": English words, not MOST or Arm
            if hit.key in gazetteer.upper and not mention.isupper():
                continue  # "Hmm, …": a word opening a sentence, not the acronym HMM
            if people and not orgs:
                doc.people.append(PersonMention(hit.start, hit.end, mention, people[0]))
                continue
            if orgs and places:
                acting = _ACTOR_AFTER.match(doc.text, hit.end)
                if not acting or _listed_place(doc.text, acting, hits[n + 1:n + 3], gazetteer):
                    doc.places.append(PlaceMention(hit.start, hit.end, mention, places[0]))
                    continue
            if orgs:
                unique = len(orgs) == 1
                doc.orgs.append(OrgMention(
                    hit.start, hit.end, mention, orgs[0], 1.0 if unique else 0.5,
                    LinkMethod.alias, candidates=[] if unique else [(o, 0.5) for o in orgs]))
            elif places:
                gov = gazetteer.governments.get(places[0])
                if gov is not None and (m := _PEOPLES_GOVERNMENT.match(doc.text, hit.end)):
                    doc.orgs.append(OrgMention(hit.start, m.end(), doc.text[hit.start:m.end()], gov, 1.0,
                                               LinkMethod.alias))  # 량장신구 관리위원회
                elif gov is not None and _GOVERNMENT_AFTER.match(doc.text, hit.end):
                    doc.orgs.append(OrgMention(hit.start, hit.end, mention, gov, 1.0, LinkMethod.alias))
                elif gov is None and (m := _PEOPLES_GOVERNMENT.match(doc.text, hit.end)):
                    doc.orgs.append(OrgMention(hit.start, m.end(), doc.text[hit.start:m.end()],
                                               source="pattern"))  # 안후이성 인민정부, not yet known
                elif gov is None and (end := _governs(doc.text, hit.start, hit.end,
                                                      gazetteer.places[places[0]])):
                    doc.orgs.append(OrgMention(hit.start, end, doc.text[hit.start:end],
                                               source="pattern"))
                elif _is_cluster(gazetteer.places[places[0]]) and _CLUSTER_HEAD.search(mention):
                    # the park (苏州工业园区, 쑤저우공업원구) is an organisation of its own, a candidate, not
                    # the committee that runs it (苏州工业园区管委会 is named so)
                    doc.orgs.append(OrgMention(hit.start, hit.end, mention, source="pattern"))
                else:
                    doc.places.append(PlaceMention(hit.start, hit.end, mention, places[0]))
        regions_written_on(doc, gazetteer)
        _generic_extensions(doc, gazetteer)
        known_names_run_on(doc, gazetteer, kiwi)
        _lowercase_tails(doc, gazetteer)
        _english_pair_that_acts(doc, gazetteer)

    return run


# 'The provinces of Gyeonggi and Guangdong signed …', 'Gyeonggi and Guangdong provinces will …': two
# places named under one plural administrative word and then acting are their two governments
_EN_ACTS = (r"(?:signed|agreed|will|have|has|had|are|were|jointly|launched|held|set|established|pledged|"
            r"announced|opened|hosted|co-hosted|plan|planned|also|first|began)\b")
_EN_NAME = r"([A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?)"
_EN_PAIR_OF = re.compile(rf"\b[Tt]he (?:provinces|cities|municipalities|provincial governments) of {_EN_NAME}"
                         rf" and {_EN_NAME},?\s+(?={_EN_ACTS})")
_EN_PAIR_PLURAL = re.compile(rf"(?<![A-Za-z-] ){_EN_NAME} and {_EN_NAME} (?:provinces|cities|provincial governments)"
                             rf",?\s+(?={_EN_ACTS})")


def _english_pair_that_acts(doc: Doc, gazetteer: Gazetteer) -> None:
    for m in (*_EN_PAIR_OF.finditer(doc.text), *_EN_PAIR_PLURAL.finditer(doc.text)):
        for g in (1, 2):
            place = next((p for p in doc.places if (p.start, p.end) == m.span(g) and p.entity_id is not None), None)
            if place is None or gazetteer.places[place.entity_id].kind not in ("province", "city"):
                continue
            as_government(doc, gazetteer, place)


def _listed_place(text: str, acting: re.Match, after: list, gazetteer: Gazetteer) -> bool:
    """'충칭시와 쓰촨성 청두시를 방문': a name joined by 와/과 to a place that does not act itself
    is one of a list of places, not a partner (충칭시와 경기도가 협약: both act). The partner's
    country written before it (경기도와 중국 랴오닝성은 …) says whose province it is: the place after
    the country is the one that acts or not."""
    if acting.group().strip() not in ("와", "과") or not after or after[0].start != acting.end():
        return False
    nxt = after[0]
    if not any(k == EntityKind.place for k, _i in gazetteer.entities(nxt.key)):
        return False
    if len(after) > 1 and any(k == EntityKind.place and gazetteer.places[i].kind == "country"
                              for k, i in gazetteer.entities(nxt.key)) \
            and text[nxt.end:after[1].start].isspace() \
            and any(k == EntityKind.place for k, _i in gazetteer.entities(after[1].key)):
        nxt = after[1]
    return _ACTOR_AFTER.match(text, nxt.end) is None


# A cluster, park or zone the directory holds as a place is an organisation where its name says
# so by its head (판교테크노밸리, Hsinchu Science Park, 两江新区, a demonstration zone 示范区/시범구 —
# the zone itself, not the committee that runs it; 香港科學園, 板橋科技谷); a bare name (中关村, 西岸)
# stays a place, and so does a broad region called a valley (Silicon Valley, 테헤란밸리).
_REGION_VALLEY = re.compile(r"(?<!Techno) Valley$")
_CLUSTER_HEAD = re.compile(r"(?:园区|園區|开发区|開發區|新区|新區|新片区|新片區|科技城|科学城|科學城|"
                           r"产业园|產業園|科技园|科技園|工业园|工業園|高新区|高新區|生态园|生態園|合作区|合作區|"
                           r"示范区|示範區|科学园|科學園|科技谷|자유구역|공업원구|신구|시범구|과학성|테크노밸리|밸리|산업단지|과학단지|산단|특구|"
                           r"클러스터|集群|\b(?:Park|Valley|Area|Zone|Innopolis|Cluster|Complex)\b)")


def _is_cluster(place) -> bool:
    return place.kind == "cluster" and not _REGION_VALLEY.search(place.names.get("en", ""))


def _lowercase_tails(doc: Doc, gazetteer: Gazetteer) -> None:
    """'reports Yonhap news agency': a directory name written with its last words in lower case,
    where the capitalised words alone are a name of the same organisation, is those words; the
    rest describes it. So is a name the directory writes with its article ('The Hong Kong
    University of …') where the text writes the article in lower case: 'the' is no part of it."""
    for o in doc.orgs:
        if o.entity_id is None or not o.mention.isascii() or " " not in o.mention:
            continue
        if o.mention.startswith("the "):
            o.start, o.mention = o.start + 4, o.mention[4:]
        words = o.mention.split(" ")
        cut = next((i for i, w in enumerate(words) if w[:1].islower()), None)
        if not cut:
            continue
        head = " ".join(words[:cut])
        if (EntityKind.organization, o.entity_id) in gazetteer.entities(name_key(head)):
            o.end, o.mention = o.start + len(head), head


def _named_with(gazetteer: Gazetteer, org_id: int, place: str) -> bool:
    """Whether an organisation's own Chinese name opens with the place (香港貿易發展局, 中国科学院)."""
    names = gazetteer.orgs[org_id].names
    return any(simplified(names[lang]).startswith(place) for lang in ("zh-Hans", "zh-Hant") if names.get(lang))


def _country_apart(doc: Doc, gazetteer: Gazetteer) -> None:
    """'중국 상무부': a country written before a Korean or Chinese name and a space describes the
    body, it is not its name (the directory may hold it so, to be found): the mention is the rest.
    English names keep it (Korea Investment Partners), and so does a name whose rest alone names
    no organisation (홍콩 중문대, 한국 전자통신연구원: the place is part of the name)."""
    for o in doc.orgs:
        first, _sep, rest = o.mention.partition(" ")
        if not rest and o.entity_id is not None and (c := gazetteer.countries_zh.match(simplified(o.mention))):
            rest = o.mention[c.end():]  # 台灣國家發展委員會: unspaced, kept only if the rest is the same body
            if _named_with(gazetteer, o.entity_id, c.group()):
                continue  # 香港貿發局: the body's own name opens with the place (香港貿易發展局)
            if len(rest) >= 2 and any(k == EntityKind.organization and i == o.entity_id
                                      for k, i in gazetteer.entities(name_key(rest))):
                o.start, o.mention = o.end - len(rest), rest
            continue
        if not rest or o.mention.isascii() or len(name_key(rest)) < 2:
            continue
        if o.entity_id is not None and not any(k == EntityKind.organization
                                               for k, _i in gazetteer.entities(name_key(rest))):
            continue
        if any(k == EntityKind.place and gazetteer.places[i].kind == "country"
               for k, i in gazetteer.entities(name_key(first))):
            o.start = o.end - len(rest)
            o.mention = rest


# Generic words that, written onto a known name, make another organisation even when the
# directory lacks it (吉利资本, Geely's investment arm); others (腾讯集团) name the same one
_SPIN_OFF_WORDS = frozenset({"capital", "ventures", "bank", "securities", "lab", "cloud"})
_FUND_WORDS = ("capital", "ventures")


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in Title Case ('Horizon Robotics Signs Deal …'), where capitals prove nothing."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.6


_COUNTRY_WORDS = frozenset({"Korea", "China", "Japan", "America", "Europe", "Vietnam", "India", "Singapore"})
_NOT_AFFILIATE = frozenset(
    "January February March April June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Said Says Chairman Chief President Founder Group Inc "
    "Corp Ltd Co The And With For From Plans Will Has Had Also".split())
# a Korean company's name, a space and a country written in Hangul: its unit there, as Fourier
# Korea is in English (then a particle or the word's end)
_KO_COUNTRY_UNIT = re.compile(r" (?:차이나|코리아|재팬)(?=[은는이가을를의와과도에]?(?![가-힣]))")
_LATIN_TAIL = re.compile(r" ?([A-Za-z]{2,12})\b")  # letters only: 샤오미 SU7 is a car
# A Korean group's short Latin name (LG, SK, GS, CJ) names its companies with their line of
# business: in capitals (LG DISPLAY), or in Chinese (SK 化工, 三星物产, 斗山机床, 浦项制铁). Generic
# words that name the same body (集团, 汽车) are in translit.GENERIC_WORDS.
_LATIN_BRAND = re.compile(r"[A-Z]{2,3}")
_LATIN_LINE = re.compile(r" [A-Z]{4,9}(?![A-Za-z])")
_ZH_LINE = re.compile(r"(?:综合化学|綜合化學|生命科学|生命科學|物产|物產|化工|化学|化學|制铁|製鐵|石油|重工|建设|建設|"
                      r"机床|機床|显示|顯示|海运|海運|航空|证券|證券|保险|保險|商事|物流|钢铁|鋼鐵)")
# an investor's name with a firm's word after it (Korea Investment Partners): the firm it runs
_FIRM_WORDS = frozenset({"Partners", "Ventures", "Capital", "Securities", "Investment", "Investments"})
_SAME_BODY_WORDS = frozenset({"motor"})  # not 集团: 现代汽车集团 is not 现代汽车


_GENERIC_WORDS = tuple(w for w, _cls in GENERIC_BY_WORD)


def _generic_extensions(doc: Doc, gazetteer: Gazetteer) -> None:
    """A known name followed by a generic word (NAVER云, 吉利资本): the organisation so named
    when the directory has it under other names, else a candidate for a new one."""
    text = doc.text
    for i, o in enumerate(doc.orgs):
        if o.entity_id is None:
            continue
        rest = text[o.end:o.end + 12]
        gap = len(rest) - len(rest.lstrip(" "))
        if gap > 1:
            continue
        tail = _LATIN_TAIL.match(rest)
        if tail and tail.group(1) in _COUNTRY_WORDS and o.mention.isascii() and rest[:1] == " " \
                and gazetteer.orgs[o.entity_id].kind == "company":
            end = o.end + tail.end(1)  # Fourier Korea, Narwal Korea: the unit in that country
            if (target := gazetteer.composed.get((o.entity_id, tail.group(1).lower()))) is not None:
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], target, 1.0, LinkMethod.alias)
            else:
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            doc.places = [p for p in doc.places if not (o.end <= p.start and p.end <= end)]
            continue
        unit = _KO_COUNTRY_UNIT.match(text, o.end)
        if unit and not o.mention.isascii() and gazetteer.orgs[o.entity_id].kind == "company" \
                and _free(doc, o, unit.end()):
            end = unit.end()  # SK하이닉스 차이나, 포스코 재팬: the company's unit in that country
            doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            doc.places = [p for p in doc.places if not (o.end <= p.start and p.end <= end)]
            continue
        if tail and (target := gazetteer.composed.get((o.entity_id, tail.group(1).lower()))):
            end = o.end + tail.end(1)  # 三星SDS → Samsung SDS
            doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], target, 1.0, LinkMethod.alias)
            continue
        if (tail and o.mention.isascii() and tail.group(1)[0].isupper() and tail.group(1)[1:].islower()
                and len(tail.group(1)) >= 4 and tail.group(1) not in _NOT_AFFILIATE
                and (gazetteer.orgs[o.entity_id].kind == "company"
                     or tail.group(1) in _FIRM_WORDS and gazetteer.orgs[o.entity_id].kind == "investor")
                and not _title_case_line(text, o.start)
                and not any(x is not o and x.start < o.end + tail.end(1) and o.end <= x.start
                            for x in (*doc.orgs, *doc.places, *doc.people))):
            end = o.end + tail.end(1)  # Hyundai Glovis: an affiliate the directory lacks
            doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            continue
        brand = _LATIN_BRAND.fullmatch(o.mention) is not None
        if brand and (caps := _LATIN_LINE.match(text, o.end)):
            if _free(doc, o, caps.end()):  # LG DISPLAY, LG INNOTEK: a group's company, by its line
                doc.orgs[i] = OrgMention(o.start, caps.end(), text[o.start:caps.end()], source="pattern")
            continue
        line = _ZH_LINE.match(text, o.end + gap)
        if line and (gap == 0 or brand) and gazetteer.orgs[o.entity_id].kind == "company" \
                and _free(doc, o, line.end()):
            end = line.end()  # 三星物产, SK 化工, 斗山机床: the group's company in that line of business
            doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            continue
        low = rest[gap:].lower()
        if not low.startswith(_GENERIC_WORDS):
            continue  # no generic word follows (the loop below would find none)
        for word, cls in GENERIC_BY_WORD:
            if not low.startswith(word):
                continue
            end = o.end + gap + len(word)
            if end < len(text) and text[end].isascii() and text[end].isalnum():
                break  # "NAVER Cloudflare" is not NAVER Cloud
            if gap and not word.isascii() and not brand:
                break  # a space before a Hangul or Hanzi word: a phrase, not a name (but SK 化工)
            target = gazetteer.composed.get((o.entity_id, cls))
            if target is None and cls in _FUND_WORDS and any(
                    gazetteer.composed.get((o.entity_id, c)) == o.entity_id for c in _FUND_WORDS):
                target = o.entity_id  # 高瓴资本 is Hillhouse, so 高瓴创投 is too
            if target is not None:
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], target, 1.0, LinkMethod.alias)
            elif not _free(doc, o, end):
                pass
            elif cls in _SPIN_OFF_WORDS:
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], source="pattern")
            elif not word.isascii() and cls in _SAME_BODY_WORDS:
                # 比亚迪汽车, 腾讯集团: the same organisation written with the word for what it is
                doc.orgs[i] = OrgMention(o.start, end, text[o.start:end], o.entity_id, o.confidence,
                                         o.method, candidates=o.candidates)
            break


def _free(doc: Doc, o: OrgMention, end: int) -> bool:
    """Whether nothing else was found between a mention's end and `end`."""
    return not any(p is not o and p.start < end and o.end < p.end for p in (*doc.orgs, *doc.places, *doc.people))


# "지난 1일", "지난 주", "지난해 7월", "지난 달 말": 지난 is 'last' before a number or a time word
_TIME_AFTER = re.compile(r"\s*(?:\d|[한두세네]\s?(?:달|해|주|번|차례)|첫|달|주|해|번|회|차|년|월|일|분기|반기|"
                         r"학기|시즌|주말|밤|날|연말|연초|정권|정부|대선|총선|선거|회의|대회|때|시간|세기|"
                         r"겨울|여름|봄|가을|\s*[0-9一二三四五六七八九十]+)")
_COORDINATED = re.compile(r"\s*(?:[와과]|및|[,·ㆍ、和与]|and|,\s*and)\s*")
_ORG_CONTEXT = re.compile(r"\s*(?:본사|사옥|측|관계자|대표|회장|사장|CEO|社|公司|集团|总部|[·ㆍ,、]\s*\S)")


# "1억 위안(한화 약 190억 원)", "한화로 환산하면": 한화 is also the Korean won, the word the press
# writes before an amount converted into it
_WON_AFTER = re.compile(r"(?:로|으로)?\s*(?:약|대략)?\s*\d[\d,.]*\s*(?:조|억|만|천)?"
                        r"(?:\s*\d[\d,.]*\s*(?:억|만|천))*\s*원|(?:로|으로)\s*(?:환산|계산)")


def _names_the_won(o: OrgMention, text: str) -> bool:
    """A short Korean name right before an amount in won, or its conversion, is the currency word
    (한화 100억 원, 한화로 환산), not the company: 한화 is both Hanwha and the Korean won."""
    return (o.entity_id is not None and len(o.mention) == 2
            and all("\uac00" <= c <= "\ud7a3" for c in o.mention)
            and _WON_AFTER.match(text, o.end) is not None)


# a city or province followed by a district or county inside it (칭다오시 청양구, 산둥성 칭다오시)
# or by 직할 ('directly governed'): an address, not the government acting
# '우리 은행', '우리 금융': a pronoun or determiner and a space before an ordinary noun, which only
# reads as a directory name (우리은행, 우리금융) once the space is folded away
_KO_DETERMINER_SPACE = re.compile(r"(?:우리|저희|이|그|저|각|본|현|새|모든|여러|다른)\s+[가-힣]")


def _zh_inside_word(o: OrgMention, text: str) -> bool:
    """A two-character Chinese short name whose first character closes a word with the one before
    it is that word's tail, not the name: 處理大量 is not 理大, 平台大幅 not 台大, 造成大 not 成大."""
    if o.entity_id is None or len(o.mention) != 2 or o.start == 0 \
            or not all("\u4e00" <= c <= "\u9fff" for c in text[o.start - 1:o.end]):
        return False
    import rjieba

    return rjieba.has_word(simplified(text[o.start - 1:o.start + 1]))


# '양국의 모태펀드', '각국 정부': a name said of both or every country is a kind of body in each,
# not the one the directory holds
_KO_EACH_COUNTRY = re.compile(r"(?:양국|각국|양측|두 나라)(?:의)?\s*$")


_KO_ADDRESS_AFTER = re.compile(r"(?<=[시도성])\s(?:[가-힣]{1,5}(?:구|현|군)(?:[은는이가의에]|\s)|직할)")
# '상하이 시장에 진출', '베이징 시장 공략', '선전 시장개척단': the city's market (시장), not its government
# (a mayor is written 상하이시장 or 상하이 시장 + name, and 시장은/이 stays undecided)
_KO_MARKET_AFTER = re.compile(r"장(?:에서?|을|를|의|으로|도|\s?(?:진출|공략|개척|점유|규모|조사|확대|동향|상황|"
                              r"선점|진입|수요|트렌드|판로|경쟁))")


@component("gyoryu.name_guard.v2")
def name_guard_v2(*, gazetteer: Gazetteer):
    """Directory names that are also ordinary words, or that name more than one place, kept only
    on evidence. A collision (found by `kiwi_for` and `zh_collisions`, not listed by hand) counts
    as a place when a larger place that holds it stands right before it (중국 지난, 산둥성 지난),
    an administrative suffix follows (지난시), or the article names the same place elsewhere in
    a form that is not ambiguous (济南, 지난시); a Korean modifier (지난) before a number or a time
    word (지난 1일, 지난 달 말) is never a place. Any city or district right after a larger place
    that does not hold it is a namesake outside the directory (경기 광주시, 인천 중구). Short
    district names (중구, 동구, 남구) need their city in the article. An organisation's alias that
    is an ordinary word needs the organisation named otherwise, or organisation context."""
    collisions = LazyCollisions(gazetteer)
    places = gazetteer.places

    def run(doc: Doc) -> None:
        text = doc.text
        ordered = sorted(doc.places, key=lambda p: p.start)
        keep: list[PlaceMention] = []
        doubtful: list[PlaceMention] = []
        for i, p in enumerate(ordered):
            key = name_key(p.mention)
            entry = places[p.entity_id]
            prev = ordered[i - 1] if i else None
            adjacent = prev is not None and text[prev.end:p.start].strip() == "" and p.start - prev.end <= 2
            holder = adjacent and prev.entity_id in entry.ancestors(places)
            if (adjacent and not holder and entry.kind in ("city", "district")
                    and places[prev.entity_id].kind in ("province", "city")
                    and places[prev.entity_id].country == entry.country
                    and p.entity_id not in places[prev.entity_id].ancestors(places)
                    and prev.entity_id != p.entity_id):
                continue  # a namesake: 경기 광주시, 인천 중구
            reason = collisions.get(key)
            if reason == "modifier" and _TIME_AFTER.match(text, p.end):
                continue
            short_district = (entry.kind == "district" and len(key) <= 2
                              and all("\uac00" <= c <= "\ud7a3" for c in key))
            if reason is None and not short_district:
                keep.append(p)
            elif holder or (p.end < len(text) and text[p.end] in ADMIN_SUFFIX):
                keep.append(p)
            else:
                doubtful.append(p)
        sure = {p.entity_id for p in keep}
        for p in doubtful:
            entry = places[p.entity_id]
            if p.entity_id in sure or (entry.kind == "district" and entry.parent in sure
                                       and collisions.get(name_key(p.mention)) is None):
                keep.append(p)
            elif any(_COORDINATED.fullmatch(text, min(p.end, k.end), max(p.start, k.start))
                     for k in keep if places[k.entity_id].kind == entry.kind):
                keep.append(p)  # 선전과 상하이: listed with a place of its kind, it is one
        doc.places = sorted(keep, key=lambda p: p.start)

        governed = {org: place for place, org in gazetteer.governments.items()}
        placed = sorted(doc.places, key=lambda p: p.start)
        doc.orgs = [o for o in doc.orgs if not _namesake_government(o, governed, placed, text, places)]
        for o in [o for o in doc.orgs if o.entity_id in governed and _KO_ADDRESS_AFTER.match(text, o.end)]:
            doc.orgs.remove(o)  # 칭다오시 청양구: an address, the city as a place
            doc.places.append(PlaceMention(o.start, o.end, o.mention, governed[o.entity_id]))
            doc.places.sort(key=lambda p: p.start)
        for o in [o for o in doc.orgs if o.entity_id in governed and o.mention.endswith(" 시")
                  and _KO_MARKET_AFTER.match(text, o.end)]:
            doc.orgs.remove(o)  # 상하이 시장에 진출: the city's market, the city a place
            doc.places.append(PlaceMention(o.start, o.end - 2, o.mention[:-2], governed[o.entity_id]))
            doc.places.sort(key=lambda p: p.start)
        named = {}
        for o in doc.orgs:
            if o.entity_id is not None and collisions.get(name_key(o.mention)) is None:
                named[o.entity_id] = True
        doc.orgs = [o for o in doc.orgs if o.entity_id is None
                    or collisions.get(name_key(o.mention)) is None or named.get(o.entity_id)
                    or _ORG_CONTEXT.match(text, o.end)]
        doc.orgs = [o for o in doc.orgs if not _names_the_won(o, text)
                    and not _KO_EACH_COUNTRY.search(text, max(0, o.start - 8), o.start)]
        doc.orgs = [o for o in doc.orgs if o.entity_id is None
                    or not _KO_DETERMINER_SPACE.match(o.mention)]
        doc.orgs = [o for o in doc.orgs if not _zh_inside_word(o, text)]
        _country_apart(doc, gazetteer)  # after the guard: 중국 상무부 vouches for 상무부
        drop_credits(doc, gazetteer)  # 来源：新华网, (Reuters) -: the outlet signing its article

    return run


def _namesake_government(o: OrgMention, governed: dict[int, int], placed: list[PlaceMention],
                         text: str, places: dict) -> bool:
    """경기 광주시: a government named right after a province that does not hold its place is a
    namesake's (Gwangju in Gyeonggi, not Gwangju Metropolitan City)."""
    own = governed.get(o.entity_id)
    if own is None:
        return False
    prev = next((p for p in reversed(placed) if p.end <= o.start), None)
    if prev is None or o.start - prev.end > 2 or text[prev.end:o.start].strip():
        return False
    outer = places[prev.entity_id]
    return (outer.kind in ("province", "city") and outer.country == places[own].country
            and prev.entity_id != own and prev.entity_id not in places[own].ancestors(places))
