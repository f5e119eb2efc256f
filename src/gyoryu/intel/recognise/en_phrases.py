"""English organisation phrases: a head word with its capitalised name before it and its
'of / for / on / in …' complement after it ("Institute of Industrial Economics", "Ministry of
Trade, Industry and Energy", "Korea Trade-Investment Promotion Agency", "Shenzhen Foundation for
International Exchange and Cooperation", "Foreign Affairs Office"), never running into the
sentence's own words; and a province or city written as the government that acts ("Gyeonggi
Province and Hangzhou City sign …"). A phrase holding shorter names found before ("Ministry of
Trade" + "Industry") replaces them, and the linker then reads it whole.
"""

from __future__ import annotations

import re

from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention, component
from gyoryu.intel.recognise.heads import (
    EN_GOVERNMENT_WORD,
    EN_PLACE_POSSESSIVE,
    EN_SENTENCE_START,
    add_candidate,
    as_government,
)

# the heads a place's own name ends in (Guangming Science City): they end a complement's name
_PLACE_HEADS = "Science City|Sci-Tech City|Techno Valley|New Area"
_NEXT_HEAD = ("Ministry|Ministery|Department|Office|Agency|Institutes?|Association|Committee|Commission|"
              "Council|University|Foundation|Federation|Chamber|Administration|Bureau|Academy|Center|Centre|"
              "Authority|Corporation|Union|Society|Organi[sz]ation|Secretariat|Embassy|Consulate|Service|"
              "Assembly|Parliament|Party|Fund|Zone|Accelerator|Bank|Laborator(?:y|ies)|Consortium|Techno ?[Pp]ark|"
              "Science Park|Industrial Park|Technology Park|Innovation Park|Software Park|Complex|Network|Alliance|"
              "Coalition")
_HEADS = f"{_NEXT_HEAD}|{_PLACE_HEADS}"
_TITLES = ("President|Vice|Chairman|Chairwoman|Chair|Mayor|Governor|Director|Ministers?|Secretary|CEO|Deputy|"
           "Prime|Ambassador|Professor|Head|Chief|Dean|Commissioner|Consul")
_CAP = r"(?:[A-Z][\w&'’-]*|R&D|ICT|AI)"
# the capitalised words before the head (Korea Trade-Investment Promotion), joined by spaces, '&'
# or 'and' (Science and Technology Department); then the head; then of/for/on/in and a
# capitalised run that may list with commas and 'and' (of Trade, Industry and Energy)
_WORD = rf"(?!(?:{_TITLES})\b){_CAP}"  # a title starts a person, not more of the name
# a day or a month after 'on'/'in' tells when, not which body (the Fund on Monday, the Office in May)
_WHEN = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
         "July|August|September|October|November|December")
_PHRASE = re.compile(
    rf"(?<![\w&'’-])((?:{_WORD}(?:\s+(?:&|and)\s+|\s+))*?(?:{_HEADS})\b(?:\s+(?:{_HEADS})\b)*"
    rf"(?:\s+(?:of|for|on|in)\s+(?:the\s+)?(?!(?:{_WHEN})\b){_WORD}"
    rf"(?:(?:,\s+|\s+(?:and|&)\s+|\s+)(?!(?:{_NEXT_HEAD})\b){_WORD})*"
    # a complement's own 'of' (Institute for Advancement of Technology, Council for the Promotion of
    # International Trade, University of Science and Technology of China)
    rf"(?:\s+of\s+(?:the\s+)?(?!(?:{_WHEN})\b){_WORD}(?:(?:\s+(?:and|&)\s+|\s+)(?!(?:{_NEXT_HEAD})\b){_WORD})*)?)?)")
_BARE_HEAD = re.compile(rf"(?:the\s+)?(?:{_HEADS}|Industry)", re.I)  # "Ministry" alone names no one
_SENTENCE_START = EN_SENTENCE_START | frozenset("And But With From By For Under According While As To We".split())
_ACTS_AFTER = re.compile(r"\s+(?:and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s+"
                         r"(?:[Pp]rovince|[Cc]ity|[Gg]overnment)\b|"
                         r"(?:signed|signs|sign|agreed|agrees|agree|will|has|have|had|announced|held|hosted|"
                         r"plans|invited|sent|led|representatives|delegation|delegates|officials|"
                         # what only its government does: tour, court, pledge ("… Province came first,
                         # visiting ASML's headquarters")
                         r"visited(?!\s+by)|visits|toured(?!\s+by)|tours|courted|courts|pledged|pledges|dispatched|welcomed|"
                         r"came first|went first|(?:[\w ]{1,20},\s+)?visiting)\b)")
_POSSESSIVE_AFTER = re.compile(r"(?:,?\s+(?:and|&))?\s+[A-Z][\w.-]*['’]s\b")
# an acronym listed right before an organisation names one too
_ACRONYM_LISTED = re.compile(r"(?<![\w&-])([A-Z][A-Z0-9&]{2,7}),\s+(?:and\s+)?(?:the\s+)?$")
_COMMON_ACRONYMS = frozenset("CEO CTO CFO COO AI EV IT ICT MOU LOI GPU CPU HBM IPO VC SME ESG LLM API OEM R&D "
                             "GDP FDI FTA US UK EU UN USA PRC ROK".split())
_TITLE_BEFORE = re.compile(rf"\b(?:{_TITLES})\s+$")
# a complement's list holds single fields (of Trade, Industry and Energy); a comma then words
# that run on past one is the next name in a list
_COMPLEMENT = re.compile(r"\s(?:of|for|on|in)\s")
_NAME_AFTER_COMMA = re.compile(r",\s+[A-Z][\w&-]*\s+[A-Z][\w&-]*")
# fields listed with commas before a head (Innovation, Technology and Industry Bureau)
_FIELDS_BEFORE = re.compile(r"(?<![\w&'’-])((?:[A-Z][a-z][\w-]*,\s+)+)$")
_FIELD_AND = re.compile(r"[A-Z][a-z][\w-]*\s+(?:and|&)\s+[A-Z]")
# the body that runs a park or a zone, written after its name (Suzhou Industrial Park
# Administrative Committee): one name with it, not the park and a committee
_RUNS_IT = re.compile(r"(?:Administrative|Management|Administration)\s+(?:Committee|Commission|Office|Bureau)")
# a name already ended (a head, or initials) before 'and', in the words before a head: the 'and'
# joins two names, not two words of one (Science and Technology Department)
_NAME_ENDS_AND = re.compile(rf"(?<![\w&'’-])((?:{_HEADS}|Hospital|Group|Hub)|[A-Z]{{3,}})\s+(?:and|&)\s+(?:the\s+)?")
# 'in' a city after a centre or a park tells where it is; a chamber, an office or a mission
# abroad is named by the country or city it serves (American Chamber of Commerce in Korea)
_IN_CITY = re.compile(r"(?<!Chamber of Commerce)(?<!Office)(?<!Embassy)(?<!Consulate)(?<!Mission)(?<!Association)"
                      r"(?<!Bureau)(?<!Agency)\s+in\s+(?:the\s+)?(?=[A-Z])")
_SERVES = re.compile(r"\b(?:Chamber|Association|Federation|Society|Embassy|Consulate|Mission)\b")
_IN_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?")
# a second 'of' naming a country (… of Korea) tells whose body it is, save a university's or an
# academy's own name (University of Science and Technology of China)
_OF_AGAIN = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)$")
_OWN_OF_COUNTRY = re.compile(r"\b(?:University|Academy|Institute|Bank)\b")
_AND_ACRONYM = re.compile(r"\s+(?:and|&)\s+([A-Z][A-Z0-9&]{2,7})$")
_HEAD_WORD = re.compile(rf"\b(?:{_HEADS})\b")


def _head_at(text: str, start: int, end: int) -> int:
    """Where a phrase's (first) head starts: what is before it are the words of its name."""
    m = _HEAD_WORD.search(text, start, end)
    return m.start() if m else start


_ACTS_BEFORE = re.compile(r"\b(?i:between|with|by|and|(?:delegation|delegates|officials|representatives|mission|"
                          r"executives|team)\s+from)\s+(?i:the\s+)?(?:[A-Z][\w.]*\s+)?(?:[A-Z][\w.]*['’]s\s+)?$")
# a delegation from Gyeonggi Province, from South Korea's Jeollanam-do


@component("gyoryu.en_organisations.v1")
def en_organisations_v1(*, gazetteer: Gazetteer):
    """English organisation phrases by their heads, and places acting as their governments."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            for m in _PHRASE.finditer(doc.text, s.start, s.end):
                _add_phrase(doc, gazetteer, *m.span(1))
        _committees_of_parks(doc)
        doc.orgs = [o for o in doc.orgs if not (o.entity_id is None and _BARE_HEAD.fullmatch(o.mention))]
        for o in sorted(doc.orgs, key=lambda o: o.start):  # "organized by KOTRA, Commercializations …"
            m = _ACRONYM_LISTED.search(doc.text, max(0, o.start - 16), o.start)
            if m and m.group(1) not in _COMMON_ACRONYMS and not doc.taken(*m.span(1)):
                add_candidate(doc, gazetteer, *m.span(1))
        _acting_governments(doc, gazetteer)

    return run


def _add_phrase(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> OrgMention | None:
    text = doc.text
    if (country := EN_PLACE_POSSESSIVE.match(text, start, end)) and country.end() < end:
        start = country.end()  # "South Korea's Ministry of …" is the Ministry of …
    words = text[start:end].split(" ")
    while words and (words[0] in _SENTENCE_START or words[0].endswith(("'s", "’s", "-based"))):
        start += len(words.pop(0)) + 1  # "China's Ministry of Commerce" is the Ministry of Commerce
    if _TITLE_BEFORE.search(text, max(0, start - 16), start) and (
            cut := re.search(r"\s(?:and|&)\s+(?:the\s+)?", text[start:end])):
        start += cut.end()  # "President Lee Kwang-hyung and Zhejiang University": a person, then the name
    if cut := _POSSESSIVE_AFTER.search(text, start, end):
        end = cut.start()  # "… Resources and China's Ministry": a possessive opens the next name
    if (of := _COMPLEMENT.search(text, start, end)) and (cut := _NAME_AFTER_COMMA.search(text, of.end(), end)):
        end = cut.start()  # "Industrial Bank of Korea, Hana Financial Group": a list of two names
    if (fields := _FIELDS_BEFORE.search(text, max(0, start - 40), start)) and _FIELD_AND.match(text, start, end):
        start = fields.start(1)  # "Innovation, Technology and Industry Bureau": fields listed before the head
    while end > start and text[end - 1] in ",.":
        end -= 1
    if (country := _OF_AGAIN.search(text, start, end)) and re.search(r"\sof\s", text[start:country.start()]) \
            and not _OWN_OF_COUNTRY.search(text, start, country.start()) and any(
            p.start == country.start(1) and p.end == end and p.entity_id is not None
            and gazetteer.places[p.entity_id].kind == "country" for p in doc.places):
        end = country.start()  # "Ministry of Science and ICT of Korea": whose ministry it is, not its name
    if (acronym := _AND_ACRONYM.search(text, start, end)) and acronym.group(1) not in _COMMON_ACRONYMS:
        end = acronym.start()  # "… Industry and Energy and METI": initials after 'and' are another body
    if (where := _IN_CITY.search(text, start, end)) and _HEAD_WORD.search(text, start, where.start()) and any(
            p.start == where.end() and p.end == end and p.entity_id is not None
            and gazetteer.places[p.entity_id].kind != "country" for p in doc.places):
        end = where.start()  # "Plug and Play Tech Center in Sunnyvale": where it is, not its name
    elif _SERVES.search(text, start, end) and (abroad := _IN_COUNTRY.match(text, end)):
        served = next((p for p in doc.places if p.start == abroad.end() and p.entity_id is not None
                       and gazetteer.places[p.entity_id].kind == "country"), None)
        end = served.end if served else end  # "China Chamber of Commerce in Korea": the country it serves
    if end <= start or " " not in text[start:end].strip():
        return None  # a head alone ("Ministry") names no one
    if (head := _NAME_ENDS_AND.search(text, start, _head_at(text, start, end))) and (
            head.group(1) not in _COMMON_ACRONYMS):
        start = head.end()  # "Severance Hospital and Samsung Medical Center", "POSTECH and Kyungpook …": two names
    for p in doc.places:  # "Daedeok Innopolis and Pangyo Technopark": a place after 'and' opens another name
        if start < p.start < end and re.search(r"\s(?:and|&)\s+$", text[start:p.start]):
            start = p.start
    if any(p.start == start and p.end == end for p in doc.places):
        return None  # "… and Gyeonggi Province": the place itself, maybe a government acting (below)
    for o in sorted(doc.orgs, key=lambda o: o.start):  # a known name after 'and' is another party
        if start < o.start < end and o.entity_id is not None and (
                cut := re.search(r"\s*(?:,|\band|&)\s*$", text[start:o.start])):
            end = start + cut.start()
            break
    for o in doc.orgs:  # "China's Ministry of Commerce": the country describes, it does not name
        if o.end == end and o.start < start and re.fullmatch(r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+",
                                                             text[o.start:start]):
            o.start, o.mention = start, text[start:end]
            return o
    inner = [o for o in doc.orgs if start <= o.start and o.end <= end and (o.start, o.end) != (start, end)]
    if any(o.start < end and start < o.end and not (start <= o.start and o.end <= end) for o in doc.orgs):
        return None
    if any(p.start < end and start < p.end for p in doc.people):
        return None
    for o in inner:
        doc.orgs.remove(o)
    got = add_candidate(doc, gazetteer, start, end, absorb_places="spaced")
    if got is None:
        doc.orgs.extend(inner)
    return got


def _committees_of_parks(doc: Doc) -> None:
    text = doc.text
    for o in [o for o in doc.orgs if o.entity_id is None and _RUNS_IT.fullmatch(o.mention)]:
        park = next((m for m in (*doc.orgs, *doc.places) if m.end == o.start - 1 and text[m.end] == " "), None)
        if park is None or o not in doc.orgs:
            continue
        if park in doc.orgs:
            doc.orgs.remove(park)
        else:
            doc.places.remove(park)
        o.start, o.mention = park.start, text[park.start:o.end]


# what two parties named together do: 'Kumamoto Prefecture and the KSIA (…) signed an MOU'
_SIGNED = re.compile(r"(?:\s*\([^()]{1,20}\))?,?\s+(?:have\s+|has\s+|will\s+|on\s+\w+\s+)?"
                     r"(?:signed|sign|agreed|agree|inked|launched|opened|set\s+up|established)\b")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


def _signs_beside(doc: Doc, end: int) -> bool:
    """Whether the place is coordinated with an organisation, the two the subject of an
    agreement or a launch: 'X Prefecture and the Y Association signed …'."""
    m = _AND_THE.match(doc.text, end)
    if m is None:
        return False
    return any(o.start == m.end() and _SIGNED.match(doc.text, o.end) for o in doc.orgs)


def _acting_governments(doc: Doc, gazetteer: Gazetteer) -> None:
    """'Gyeonggi Province and Hangzhou City sign …', 'an agreement with Hangzhou City': a place
    written with its government word that acts is the government (linked where the directory
    knows it); 'in Gyeonggi Province' stays a place."""
    text = doc.text
    for p in list(doc.places):
        if not text[p.start:p.end].isascii():
            continue
        word = EN_GOVERNMENT_WORD.match(text, p.end)
        end = word.end() if word else p.end
        # Gyeonggi-do, Suwon-si
        if not (word or re.search(r"\b(?:Province|City|Prefecture)$|[a-z]-(?:do|si)$", p.mention)):
            continue
        if not (_ACTS_AFTER.match(text, end) or _ACTS_BEFORE.search(text, max(0, p.start - 48), p.start)
                or (word and word.group().endswith("Government")) or _signs_beside(doc, end)):
            continue  # 'the Busan Metropolitan City Government': written as the government, it is one
        if doc.taken(p.end, end) or any(o.start <= p.start and p.end <= o.end for o in doc.orgs):
            continue
        as_government(doc, gazetteer, p, end)
