"""English recognition: people and their roles, and organisations the directory does not hold
(legal forms, a kind of organisation in apposition, names coordinated with an organisation)."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    component,
)
from gyoryu.intel.recognise.heads import (
    EN_GOVERNMENT_WORD,
    EN_PLACE_POSSESSIVE,
    EN_SENTENCE_START,
    FAIR_INITIALS,
    add_candidate,
    add_gathering,
    repeat_candidates,
    with_initials,
)
from gyoryu.intel.recognise.people_en import _EN_NAME, EN_ROLES
from gyoryu.intel.segment import within

_EN_GATHERING = re.compile(r"\b((?:(?:19|20)\d{2}\s)?(?:[A-Z][\w'&-]*\s){1,4}"
                           r"(?:Summit|Forum|Expo|Conference|Congress|Fair))\b")


_EN_CORP = re.compile(
    r"\b((?:(?:[A-Z][\w&.'-]*|&)\s){1,3}(?:Inc|Corp|Corporation|Ltd|Limited|Technologies|Technology|"
    r"Robotics|Group|Labs|Lab|Holdings|Capital|Ventures|Partners|Investment|Investments|Systems|"
    r"Software|University|Institute|Association|Foundation|Alliance|Bank|Securities|Motors|"
    r"Electronics|Semiconductor|Intelligence|Dynamics|Solutions|Logistics|Motor|Chemical|Energy|Mobility|"
    r"Bio|Biologics|Cloud|Networks|Telecom|Pharmaceutical|Hospital)\b\.?"
    # a firm's arm for a region is named with it (SoftBank Ventures Asia, Hanwha Solutions Europe)
    r"(?:\s(?:Asia(?:\s?Pacific)?|Europe|America|Americas|International|Global)\b)?)")
_EN_NAME_WORDS = r"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}"
# a registered legal form after a name ("Keyuan Robotics Co., Ltd.", "Acme Holdings Pte. Ltd."):
# the strongest sign of a firm there is, and part of its registered name, so of the mention
_EN_LEGAL_TAIL = (r"(?:Co\.?,?\s+Ltd\b\.?|Co\.?,?\s+Limited\b|Company\s+Limited\b|Pte\.?\s+Ltd\b\.?|"
                  r"Inc\b\.?|Corp\b\.?|Ltd\b\.?|LLC\b|PLC\b|GmbH\b)")
_EN_REGISTERED = re.compile(rf"(?<![\w&.-])(?:[A-Z][\w.]*-based\s)?((?:[A-Z][\w&'-]*\s){{1,6}}{_EN_LEGAL_TAIL})")
_EN_TAIL_AFTER = re.compile(rf",?\s{_EN_LEGAL_TAIL}")
_EN_KINDS = r"startup|start-up|shipping line|airline|shipbuilder|steelmaker|brokerage|biotech|fintech|broadcaster"
# a sentence opening with the kind: "Shipping line HMM said …"
_EN_KIND_OPENING = re.compile(rf"[\"“]?(?:{'|'.join(w[0].upper() + w[1:] for w in _EN_KINDS.split('|'))})\s+"
                              rf"({_EN_NAME_WORDS})")
_EN_KIND_BEFORE = re.compile(rf"(?:(?<![\w-])(?:{_EN_KINDS}|company|firm|maker|developer|unicorn|subsidiary|"
                             r"affiliate|unit|spin-off|joint venture|provider|operator|carrier|chipmaker|"
                             r"automaker|carmaker|manufacturer|retailer|lender|insurer|conglomerate|designer|supplier|producer|"
                             r"vendor)|"
                             rf"(?<=\bsubsidiary of)|(?<=\baffiliate of)|(?<=\bunit of)|(?<=\barm of)),?\s+"
                             rf"(?!the\b|a\b|an\b|its\b)({_EN_NAME_WORDS})")
# "Lumos Dynamics, a Shenzhen startup": a name in apposition to a kind of organisation
# ("Hollis Motors, one of the world's largest makers of trucks": one of a kind, in the plural)
_EN_APPOSITION = re.compile(rf"(?<![\w-])({_EN_NAME_WORDS}),\s+(?:one of\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){{0,4}}?"
                            r"(?:startup|start-up|company|compan(?=ies)|firm|maker|developer|unicorn|subsidiary|lender|"
                            r"investor|fund|group|giant|conglomerate|chipmaker|automaker|operator|provider|"
                            r"producer|supplier|manufacturer|designer|"
                            r"cluster|industrial park|science park|technology park|tech park|innovation hub|"
                            # "TNO, the Dutch applied-research organisation", "X, the region's development
                            # agency": a body's kind, but not a person's place in one ("the agency's head")
                            r"organi[sz]ation|agency|institute|authority|regulator|association|council|"
                            r"laboratory|research cent(?:er|re))"
                            r"(?:s|ies)?\b(?!['’-])(?!\s+(?:director|head|chief|president|chair\w*|official|"
                            r"spokes\w+|researcher|professor|executive|minister|secretary|member|staff|"
                            # "on Tuesday, the agency said": the clause's subject, not an apposition
                            r"said|says|told|added|noted|announced|stated|reported|confirmed)\b)")
# "according to Counterpoint Research", "data from TrendForce": a source cited for figures is a
# research firm (or an outlet) when its name says so or is written as a brand, not a person's
_EN_CITED = re.compile(rf"\b(?:according to|data from|figures from|estimates from|a report (?:by|from)|"
                       rf"a survey by|analysts at|research firm|market tracker|market researcher)\s+(?:the\s+)?"
                       rf"({_EN_NAME_WORDS})")
_EN_SOURCE_END = re.compile(r"(?:\s(?:Research|Analytics|Intelligence|Insights|Consulting|Economics|Securities|"
                            r"Partners|Associates|Markets|Data|Labs?))$|^[A-Z][a-z]+[A-Z]\w*$|^[A-Z]{3,6}$")
# "led by Kakao Ventures and Hashed": a capitalised name coordinated with an organisation
_EN_AND_NAME = re.compile(rf"\s*(?:,\s*and|,|and|&)\s+({_EN_NAME_WORDS})(?=[\s,.;:)]|$)")
# "a partnership with Toyota Tsusho", "invested in Furiosa": a capitalised name right after the
# words that name the other side of an exchange
_EN_EXCHANGE_WITH = re.compile(rf"\b(?:partnership|agreement|MOU|memorandum of understanding|contract|"
                               rf"joint venture|tie-up|alliance|deal|partnered|partnering|teamed up|signed|"
                               rf"agreed|agrees|"
                               rf"collaborat(?:e|es|ed|ing|ion)) with\s+(?:the\s+)?"
                               rf"(?!the\b|a\b|an\b|its\b|their\b)({_EN_NAME_WORDS})"
                               rf"|\b(?:invest(?:ed|s|ing)?|stake) in\s+({_EN_NAME_WORDS})")
# "with South Korean parts maker HL Mando": a nationality describes, it names no one
_EN_DEMONYM = re.compile(r"\b(?:Korean|Chinese|Japanese|American|German|French|British|Taiwanese|Indian|"
                         r"Vietnamese|Singaporean|European|Saudi|Emirati|Israeli|Dutch|Swiss)\b")
# "China's CATL said", "… and Singapore's Grabwell signed", "with Japan's Tokuyo", "…; Tokyo's Global
# Brain; and …" (a list parted by semicolons): a name owned by a
# country or region (a place the gazetteer knows) that opens a clause, is coordinated or is a partner,
# and acts or is listed; one word or initials, or a longer name no person's name could be
_EN_PLACE_OWNS = re.compile(rf"(?:^|(?<=\band\s)|(?<=\bwith\s)|(?<=\bbetween\s)|(?<=[,;]\s))(?:the\s+)?"
                            rf"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s?\s+({_EN_NAME_WORDS})"
                            r"(?=\s+(?:said|says|signed|signs|will|would|has|have|had|plans|planned|announced|"
                            r"agreed|agrees|formed|unveiled|launched|opened|invested|acquired|reported|is|was)\b"
                            r"|\s*(?:,|;|and\b|\.|$))")
_EN_PERSON_LIKE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}")
# "Doosan Enerbility and Siemens Energy agreed": a capitalised name coordinated before one
_EN_NAME_AND = re.compile(rf"(?<![\w-])({_EN_NAME_WORDS})\s+(?:and|&)\s+(?:the\s+)?$")
# "Jane Doe, CEO of Vantaro", "Vantaro's founder", "Vantaro CEO Jane Doe": whom a company title
# belongs to is an organisation (a place there is a government, found elsewhere, and a nationality
# describes: "Chinese President")
_EN_CORP_ROLES = (r"CEO|CTO|CFO|COO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hairman|[Cc]hairwoman|"
                  r"[Vv]ice [Cc]hairman|[Ff]ounder|[Cc]o-founder|[Pp]resident|[Vv]ice [Pp]resident|"
                  r"[Mm]anaging [Dd]irector|[Mm]anaging [Pp]artner")
_EN_ROLE_OF = re.compile(rf"\b(?:{_EN_CORP_ROLES})\s+(?:of|at)\s+(?!the\b|a\b|an\b|its\b|their\b)"
                         rf"({_EN_NAME_WORDS})(?![\w-]|\s+of\b|\s+[A-Z])")
_EN_OWNER_ROLE = re.compile(rf"(?<![\w-])({_EN_NAME_WORDS})['’]s\s+(?:{_EN_CORP_ROLES})\b"
                            rf"|(?<![\w-])({_EN_NAME_WORDS})\s+(?:{_EN_CORP_ROLES})\s+(?={_EN_NAME}\b)")
# words that open a title, not a name (Board Chairman, Executive Vice President, Group CEO)
_EN_NOT_OWNER = frozenset("Former Then Vice Deputy Executive Senior Acting Interim Honorary Company Group Board "
                          "Co-founder Founder Chief".split())
# "companies such as Brightloom, Cadenza and Quillsoft": the members of a list that a kind of
# organisation opens
_EN_KIND_LIST = re.compile(r"\b(?i:companies|firms|startups|start-ups|ventures|enterprises|businesses|brands|"
                           r"investors|conglomerates|giants|makers|corporations|chipmakers|automakers|banks|"
                           r"platforms|unicorns)\s*,?\s+(?:such as|like|including|as)\s+")
_EN_LIST_ITEM = re.compile(rf"\s*(?:,\s*and|,|and|&)?\s*(?:[^\x00-\x7f]\s+|\(?\d{{1,2}}\)\s+)?"
                           rf"({_EN_NAME_WORDS})(?=[\s,.;:)]|$)")
# a list 'A, B and C' (items may carry a marker: ① A, ② B) with an organisation among its members
# (or 'A, B, C and about 20 suppliers', 'A, B and other firms': a list closed by others uncounted)
_EN_LIST = re.compile(rf"(?<![\w-])(?:[^\x00-\x7f]\s+)?{_EN_NAME_WORDS}(?:\s*,\s*(?:[^\x00-\x7f]\s+)?{_EN_NAME_WORDS})+"
                      rf"(?:,?\s+and\s+(?:[^\x00-\x7f]\s+)?{_EN_NAME_WORDS}|(?=,?\s+and\s+(?:about|around|some|nearly|"
                      rf"more than|over|other|several|dozens|\d)\b))")
# a person in a list: a title first (CEO Choi Soo-yeon), or a Korean given name (Lee Hae-jin)
_EN_PERSONAL = re.compile(rf"(?:(?i:{EN_ROLES}|Mr|Ms|Mrs|Dr|Minister|Ambassador|Mayor|Governor)\b"
                          r"|[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$)")
_EN_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")
# ordinary acronyms and their plurals name no one (CEOs, EVs, the AI, MOUs)
_EN_COMMON_ACRONYM = frozenset(
    "CEO CTO CFO COO AI EV IT ICT MOU LOI GPU CPU NPU HBM DRAM NAND IPO VC SME SMEs ESG LLM API OEM ODM AGI "
    "UAM IoT R&D B2B B2C KRW USD RMB GDP FDI FTA ASAP Q&A PR HR VIP US UK EU UN".split())
_EN_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# "its AI model, HyperClova X": a name right after a kind of product names the product
_EN_PRODUCT_BEFORE = re.compile(r"\b(?:model|models|chatbot|app|LLM|assistant|smartphone|processor|chip|chips|"
                                r"GPU|GPUs|software|game|vehicle|sedan|SUV)\s*,?\s+(?:called\s+|named\s+|dubbed\s+)?$")
# "Seoul-based Lumenra signed …": what a place is the base of, named right after it, is an organisation
_EN_BASED = re.compile(rf"\b[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\s+({_EN_NAME_WORDS})")
# "Lisbon-based GPU-cloud operator X", "Seoul-based AI chip designer X": capitalised words that run
# on in small letters to a kind of firm describe the firm; its name comes after the kind
_EN_MODIFIER_OF_KIND = re.compile(r"(?:\s+(?!(?:a|an|the|and|or|to|of|with|for|from|in|on|at|by|as|its|has|have|had|is|"
                                  r"was|will|would|said|says|signed|signs|raised|raises|plans|opened|launched|"
                                  r"announced|became|named|hired|acquired|bought)\b)[a-z][\w-]*){0,4}\s+(?:firm|maker|company|startup|start-up|designer|"
                                  r"developer|provider|operator|supplier|producer|vendor|manufacturer|giant|"
                                  r"specialist|platform|lender|investor|fund|chipmaker|automaker|unit|subsidiary|"
                                  r"group|house|outfit|player)s?\b")
# "a campus operated by Kurogane Estate", "executives from Vantaro", "the headquarters of Lumio Motor":
# what runs, hosts or backs a thing, where people work for and a firm's seat belongs to, named by
# capitalised words, is an organisation (a person there is written with a title or a given name)
_EN_BODY_OF = re.compile(rf"\b(?:(?:operated|run|owned|organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|sponsored|"
                         rf"funded|backed|managed) by|(?:headquarters|head office|offices|campus|factory|plant|"
                         rf"booth|pavilion) of|(?:executives|officials|representatives|engineers|researchers|"
                         rf"employees|staff|delegates|managers) (?:from|of|at))\s+(?:the\s+)?"
                         rf"(?!the\b|a\b|an\b|its\b|their\b|both\b|each\b|all\b|several\b|local\b)({_EN_NAME_WORDS})")
# "ventures managed by Koreans": a people, no organisation
_EN_PEOPLES = re.compile(r"[A-Z][a-z]+(?:ans|ese|ish)|Israelis|Emiratis|Saudis")
_EN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
_EN_PERSON_AFTER = re.compile(rf",\s+(?:the\s+)?(?:[Ff]ormer\s+|[Vv]ice\s+|[Dd]eputy\s+)?(?i:{EN_ROLES})\b")
# "toured BYD's headquarters": an acronym owning a firm's site, shares or officers is the firm
_EN_ACRONYM_OWNS = re.compile(r"(?<![\w&.-])([A-Z][A-Z0-9&]{1,5})['’]s\s+(?:headquarters|head office|factory|"
                              r"plant|campus|offices?|subsidiary|shares|stake|board|chairman|CEO|founder)\b"
                              # "a pavilion organized by KOTRA": an acronym that organises or backs a thing
                              r"|\b(?:organi[sz]ed|hosted|co-hosted|sponsored|backed|funded|operated) by\s+"
                              r"(?:the\s+)?([A-Z][A-Z0-9&]{1,6})\b(?![\w&-])")
# "State-run Korea Venture Investment Corp.": who runs or owns it describes the body, it is no name
_EN_DESCRIBING = re.compile(r"^[A-Z][a-z]+-(?:run|owned|backed|funded|controlled|affiliated|led|listed)$")
# the words a known group's name runs on into when it names one of its firms (Mirae Asset Venture
# Investment, Tencent Cloud, Hanwha Aerospace Systems): capitalised words ending in a firm's kind
_EN_RUN_ON = re.compile(r"(?:\s[A-Z][\w&'-]*){0,2}\s(?:Investment|Investments|Ventures|Capital|Partners|Securities|"
                        r"Cloud|Bio|Biologics|Biosciences|Pharmaceutical|Robotics|Mobility|Electronics|Semiconductor|"
                        r"Telecom|Networks|Systems|Solutions|Labs|Energy|Chemical|Motors|Logistics|Holdings)"
                        r"(?:\s(?:Asia(?:\s?Pacific)?|Europe|America|Americas|International|Global))?")
_EN_ABBREVIATION = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros|Intl)\.$")
# words that open a title written after a name ("Technology Department Vice President Fung Lei")
_EN_TITLE_WORDS = frozenset("Vice Deputy Executive Senior Acting Interim Honorary Former Chief President Chairman "
                            "Chairwoman Director Secretary Minister Governor Mayor Ambassador Professor Dean "
                            "Commissioner".split())
# a kind of organisation opening a sentence describes the name after it ("Accelerator BluePoint
# Partners and …"), it is not part of it
_EN_KIND_WORDS = frozenset("Accelerator Incubator Investor Chipmaker Automaker Carmaker Startup Start-up Conglomerate "
                           "Developer Manufacturer Retailer Lender Insurer Broker Operator Supplier Distributor "
                           "Biotech Fintech Platform Unicorn".split())


@component("gyoryu.en_candidates.v2")
def en_candidates_v2(*, gazetteer: Gazetteer):
    """English organisation names the directory lacks: capitalised names ending in Inc, Robotics,
    Technologies, Partners, University …, 'startup X' / 'a subsidiary, X', 'X, a … startup', and
    a capitalised name coordinated with an organisation ('Kakao Ventures and Hashed')."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            _registered_names(doc, gazetteer, s)
            for pattern in (_EN_CORP, _EN_KIND_BEFORE, _EN_APPOSITION):
                for m in pattern.finditer(doc.text, s.start, s.end):
                    _en_candidate(doc, gazetteer, *m.span(1))
            for m in _EN_ROLE_OF.finditer(doc.text, s.start, s.end):
                if not doc.taken(*m.span(1)):
                    _en_candidate(doc, gazetteer, *m.span(1))
            for m in _EN_OWNER_ROLE.finditer(doc.text, s.start, s.end):
                span = m.span(1) if m.group(1) else m.span(2)
                if not doc.taken(*span) and not _EN_DEMONYM.search(doc.text, *span):
                    _en_candidate(doc, gazetteer, *span)
            for m in _EN_ACRONYM_OWNS.finditer(doc.text, s.start, s.end):
                g = 1 if m.group(1) else 2
                if m.group(g) not in _EN_COMMON_ACRONYM and not doc.taken(*m.span(g)):
                    _en_candidate(doc, gazetteer, *m.span(g))
            for m in _EN_CITED.finditer(doc.text, s.start, s.end):
                if (_EN_SOURCE_END.search(m.group(1).rstrip(".")) and m.group(1) not in _EN_COMMON_ACRONYM
                        and not doc.taken(*m.span(1))):
                    _en_candidate(doc, gazetteer, *m.span(1))
            _offices_abroad(doc, gazetteer, s)
            _kind_lists(doc, gazetteer, s)
            _owned_by_places(doc, gazetteer, s)  # before the coordinated names: it may open a pair
            if (m := _EN_KIND_OPENING.match(doc.text, s.start, s.end)) and not doc.taken(*m.span(1)):
                _en_candidate(doc, gazetteer, *m.span(1))
            for m in _EN_BASED.finditer(doc.text, s.start, s.end):
                if not _taken_but_by_a_place_inside(doc, *m.span(1)) and not _EN_PERSON_AFTER.match(
                        doc.text, m.end(1)) and not _EN_MODIFIER_OF_KIND.match(doc.text, m.end(1), s.end):
                    _en_candidate(doc, gazetteer, *m.span(1))
            for m in _EN_EXCHANGE_WITH.finditer(doc.text, s.start, s.end):
                span = m.span(1) if m.group(1) else m.span(2)
                if not doc.taken(*span) and not _EN_DEMONYM.search(doc.text, *span):
                    _en_candidate(doc, gazetteer, *span)
            for m in _EN_GATHERING.finditer(doc.text, s.start, s.end):
                start, end = m.span(1)
                while doc.text[start:end].split(" ")[0] in EN_SENTENCE_START:
                    start += len(doc.text[start:end].split(" ")[0]) + 1
                _en_gathering(doc, gazetteer, start, end)
            _bodies_of(doc, gazetteer, s)
            _coordinated(doc, gazetteer, s)
            _spelled_and_offices(doc, gazetteer, s)
        _initials_onto(doc, gazetteer)
        repeat_candidates(doc, "en")
        _acronyms_of_candidates(doc)
        _short_forms(doc, gazetteer)
        _gatherings_by_apposition(doc)
        _drop_products(doc)

    return run


def _bodies_of(doc: Doc, gazetteer: Gazetteer, s) -> None:
    text = doc.text
    for m in _EN_BODY_OF.finditer(text, s.start, s.end):
        a, b = m.span(1)
        name = text[a:b].rstrip(".")
        if (_taken_but_by_a_place_inside(doc, a, b) or _EN_DEMONYM.search(name) or _EN_GIVEN_NAME.fullmatch(name)
                or _EN_PEOPLES.fullmatch(name)
                or any(p.start == a and p.end >= b - 1 for p in doc.places)
                or (" " in name and re.search(rf"(?<![\w-]){re.escape(name.split(' ')[-1])}\s+(?:said|says|told)\b",
                                              text))):
            continue  # a place, a nationality, a person ("hosted by Kim Na-ri", "… Tanaka said")
        _en_candidate(doc, gazetteer, a, b)


def _en_gathering(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    """A named gathering, places and all ('the Korea-China Investment Cooperation Forum', 'Busan-Shanghai
    AI Summit'): the places written into its name are the name's own, and a directory name read
    inside one of its hyphenated compounds ('China Investment' of 'Korea-China Investment …') is
    no mention of that organisation. An organisation named whole inside it keeps it a name of
    theirs (KOTRA … Forum is not added)."""
    text = doc.text
    doc.orgs = [o for o in doc.orgs if not (start < o.start and o.end <= end and text[o.start - 1] == "-")]
    add_gathering(doc, gazetteer, start, end, absorb_places="spaced")


# "TIS (Technical Infrastructure Solutions)": an acronym that the organisation's name in brackets
# spells out; "Yonhap news agency": an outlet cited; "at KOTRA Silicon Valley": an acronym with a
# place after it is the body's office there
_EN_SPELLED = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]{1,7})\s*\((?:the\s+)?([^()]{4,80})\)")
_EN_NEWS_AGENCY = re.compile(rf"(?<![\w-])({_EN_NAME_WORDS})\s+(?:news agency|newswire|wire service)\b")
_EN_ACRONYM_AT = re.compile(r"\b(?:at|by|with|from|of|and|to)\s+(?:the\s+)?([A-Z][A-Z0-9&]{2,7})\s+(?=[A-Z])")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper() or w[:1] == "&")


# "KOTRA's Shanghai office", "head of KOTRA's Los Angeles trade center": a body's office in a city
# acts in its own name (it co-organises, it finds buyers), as 'KOTRA 상하이무역관' does in Korean
_EN_OFFICE_IN = re.compile(r"['’]s\s+((?:[A-Z][a-z]+\s){1,3})(?:trade (?:center|centre|office)|"
                           r"representative office|office|branch|trade-investment center)\b", re.I)


def _offices_abroad(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """The whole phrase is the office: linked to the directory's office of that body in that city
    (KOTRA Shanghai) where it holds one, else a name for review; the parent written inside it is
    no mention of its own there."""
    text = doc.text
    for o in [o for o in doc.orgs if s.start <= o.start and o.end <= s.end]:
        m = _EN_OFFICE_IN.match(text, o.end)
        if m is None or not m.group(1)[0].isupper():
            continue
        city = m.group(1).strip()
        if not any(p.start == m.start(1) and p.mention == city for p in doc.places):
            continue
        names = {o.mention} | (set(gazetteer.orgs[o.entity_id].names.values()) if o.entity_id is not None else set())
        found = {i for n in names for k, i in gazetteer.entities(name_key(f"{n} {city}"))
                 if k == EntityKind.organization}
        doc.orgs.remove(o)
        doc.places = [p for p in doc.places if p.start != m.start(1)]
        if len(found) == 1:
            doc.orgs.append(OrgMention(o.start, m.end(), text[o.start:m.end()], found.pop(), 1.0, LinkMethod.alias))
        elif add_candidate(doc, gazetteer, o.start, m.end()) is None:
            doc.orgs.append(o)


def _spelled_and_offices(doc: Doc, gazetteer: Gazetteer, s) -> None:
    text = doc.text
    for m in _EN_SPELLED.finditer(text, s.start, s.end):
        spelled = any(o.start == m.start(2) and o.end == m.end(2) for o in doc.orgs)
        if spelled and _initials(m.group(2)) == m.group(1).replace("&", "") and not doc.taken(*m.span(1)):
            _en_candidate(doc, gazetteer, *m.span(1))
    for m in _EN_NEWS_AGENCY.finditer(text, s.start, s.end):
        if not doc.taken(*m.span(1)) and not _EN_DEMONYM.search(text, *m.span(1)):
            _en_candidate(doc, gazetteer, *m.span(1))
    for m in _EN_ACRONYM_AT.finditer(text, s.start, s.end):
        place = next((p for p in doc.places if p.start == m.end()), None)
        if (place is None or m.group(1) in _EN_COMMON_ACRONYM or m.group(1) in FAIR_INITIALS or doc.taken(*m.span(1))
                or re.match(r"\s+[A-Z]", text[place.end:place.end + 2])):
            continue
        _en_candidate(doc, gazetteer, m.start(1), place.end)


# "HS Hyosung", "LX Hausys": a group's Latin initials written before a known company's name make
# another company (an affiliate or a spin-off), as HS曉星集團 does in Chinese; the whole is linked
# by itself or left for review, never to the company the initials precede
_INITIALS_BEFORE = re.compile(r"(?<![\w&.-])([A-Z]{2,3}) $")


def _initials_onto(doc: Doc, gazetteer: Gazetteer) -> None:
    en = [(s.start, s.end) for s in doc.sentences_in("en")]
    for o in doc.orgs:
        if o.entity_id is None or not o.mention[:1].isupper() or not any(a <= o.start < b for a, b in en):
            continue
        m = _INITIALS_BEFORE.search(doc.text, max(0, o.start - 4), o.start)
        if m is None or m.group(1) in _EN_COMMON_ACRONYM or doc.taken(m.start(1), m.end(1)):
            continue
        with_initials(doc, gazetteer, o, m.start(1))


def _registered_names(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """'Westlake Zhihui Capital Management Co., Ltd.': capitalised words ending in a legal form are
    one registered name, the legal form included (as news-dev writes 'Co. Ltd'); a name the
    directory already found takes the legal form written after it into its mention."""
    text = doc.text
    for o in doc.orgs:
        if s.start <= o.start < s.end and (m := _EN_TAIL_AFTER.match(text, o.end, s.end)):
            o.end, o.mention = m.end(), text[o.start:m.end()]
    for m in _EN_REGISTERED.finditer(text, s.start, s.end):
        if not _taken_but_by_a_place_inside(doc, *m.span(1)):
            _en_candidate(doc, gazetteer, *m.span(1))


def _coordinated(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """A capitalised name coordinated with an organisation, after or before it; a name found so
    is an organisation beside which the next one is read (A, B, C and about 20 suppliers)."""
    seen: set[tuple[int, int]] = set()  # by span: a candidate may be rebuilt when it is taken
    while fresh := sorted((o for o in within(doc.orgs, s) if (o.start, o.end) not in seen), key=lambda o: o.start):
        for o in fresh:
            seen.add((o.start, o.end))
            for m in (_EN_AND_NAME.match(doc.text, o.end, s.end),
                      _EN_NAME_AND.search(doc.text, max(s.start, o.start - 60), o.start)):
                if m is None:
                    continue
                a, b = m.span(1)
                b -= doc.text[b - 1] == "."  # "… and Incheon Metropolitan City." ends the sentence
                # a place may open the name ('and Baden-Württemberg International'), not be all of it
                if not _taken_but_by_a_place_inside(doc, a, b) and not _place_as_government(doc, a, b):
                    _en_candidate(doc, gazetteer, *m.span(1))


def _place_as_government(doc: Doc, a: int, b: int) -> bool:
    """'Gyeonggi Province', 'Busan Metropolitan City Government': a place and its government's
    word, which `en_phrases._acting_governments` reads (and links) as the place's government."""
    return any(p.start == a and (w := EN_GOVERNMENT_WORD.match(doc.text, p.end)) and w.end() == b
               for p in doc.places)


def _kind_lists(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """The members of 'companies such as A, B and C', and of a list 'A, B and C' that holds an
    organisation, are organisations."""
    text = doc.text
    for m in _EN_KIND_LIST.finditer(text, s.start, s.end):
        at = m.end()
        while (item := _EN_LIST_ITEM.match(text, at, s.end)) is not None:
            if not doc.taken(*item.span(1)):
                _en_candidate(doc, gazetteer, *item.span(1))
            at = item.end()
    for m in _EN_LIST.finditer(text, s.start, s.end):
        items = [i.span(1) for i in _EN_LIST_ITEM.finditer(text, m.start(), m.end())]
        if not any(o.start <= a and b <= o.end for o in doc.orgs for a, b in items):
            continue
        for a, b in items:
            if not (_taken_but_by_a_place_inside(doc, a, b) or _EN_DEMONYM.search(text, a, b)
                    or _EN_PERSONAL.match(text, a, b)):
                _en_candidate(doc, gazetteer, a, b)


def _owned_by_places(doc: Doc, gazetteer: Gazetteer, s) -> None:
    text = doc.text
    for m in _EN_PLACE_OWNS.finditer(text, s.start, s.end):
        a, b = m.span(2)
        if text[b - 1] == "." and not _EN_ABBREVIATION.search(text, a, b):
            b -= 1
        name = text[a:b]
        if not any(p.start == m.start(1) and p.end == m.end(1) for p in doc.places) or doc.taken(a, b) or any(
                p.start < b and a < p.end for p in doc.places):
            continue  # "Samsung's Vice Chairman", "China's Shanghai"
        if _EN_PERSON_LIKE.fullmatch(name) or _EN_PERSONAL.match(name) or name.split(" ")[0] in _EN_TITLE_WORDS:
            continue  # "China's Xi Jinping", "Korea's President Lee"
        _en_candidate(doc, gazetteer, a, b)
        n = _EN_NAME_AND.search(text, max(s.start, m.start() - 60), m.start())
        if n and doc.taken(a, b) and not doc.taken(*n.span(1)):  # "Toplane and Singapore's Grabwell"
            _en_candidate(doc, gazetteer, *n.span(1))


def _taken_but_by_a_place_inside(doc: Doc, a: int, b: int) -> bool:
    """Whether a list item is already something else; a place opening a longer name (Shanghai
    Mingtai Precision) does not make it so."""
    return any(m.start < b and a < m.end for m in (*doc.orgs, *doc.people)) or any(
        p.start < b and a < p.end and not (a <= p.start and p.end < b) for p in doc.places)


_EN_LEADING_ACRONYM = re.compile(r"([A-Z][A-Z0-9]{1,5})\s[A-Z]")


def _acronyms_of_candidates(doc: Doc) -> None:
    """'BGI Genomics … With BGI we …': a new name that opens with initials is named by them alone
    further on, the same body (`gloss_of` unites them)."""
    text = doc.text
    en = [(s.start, s.end) for s in doc.sentences_in("en")]
    for o in [o for o in doc.orgs if o.source == "pattern" and o.entity_id is None and o.gloss_of is None]:
        m = _EN_LEADING_ACRONYM.match(o.mention)
        if m is None or m.group(1) in _EN_COMMON_ACRONYM:
            continue
        for hit in re.finditer(rf"(?<![\w&.-]){m.group(1)}(?![\w&-])", text):
            a, b = hit.span()
            if any(x <= a < y for x, y in en) and not doc.taken(a, b):
                doc.orgs.append(OrgMention(a, b, m.group(1), source="pattern", gloss_of=o))


# the words a firm's name ends in after its own first word (Aerin Silicon, Norvane Labs, Hollis Motors)
_EN_FIRM_LAST = frozenset((
    "Silicon Robotics Technologies Technology Labs Lab Systems Bio Biologics Biosciences Therapeutics Semiconductor "
    "Semiconductors Electronics Motors Motor Energy Vision AI Inc Inc. Corp Corp. Ltd Ltd. Group Holdings Ventures "
    "Capital Partners Networks Cloud Software Dynamics Solutions Mobility Pharma Pharmaceutical Pharmaceuticals "
    "Medical Health Materials Chemical Chemicals Industries Works Studio Studios Games Foods Logistics Devices "
    "Instruments Precision Aerospace Automation Machinery Analytics Data Security Telecom Power Battery "
    "Batteries").split())
# capitalised words that open many names and name no firm alone
_EN_OPENERS = frozenset((
    "New Global Smart Digital First Future National International Advanced United Asia Asian Pacific Green Blue "
    "Golden Royal General Central Southern Northern Eastern Western East West North South Korea Korean China "
    "Chinese Japan Japanese Open Deep Next Prime Star Sun Alpha Beta Super Micro Nano Quantum Human Data Cloud "
    "Tech Bio Energy Great Red Black White").split())


def _short_forms(doc: Doc, gazetteer: Gazetteer) -> None:
    """'Aerin Silicon … Aerin builds …': a new firm named with a word of its own before its kind is
    named by that word alone further on (the press's short form), the same body (`gloss_of`). The
    word must be no ordinary word (it is never written in small letters in the story), no place and
    no opener many names share."""
    text = doc.text
    en = [(s.start, s.end) for s in doc.sentences_in("en")]
    seen: set[str] = set()
    for o in [o for o in doc.orgs if o.source == "pattern" and o.entity_id is None and o.gloss_of is None]:
        words = o.mention.split(" ")
        first = words[0]
        if (not 2 <= len(words) <= 3 or words[-1] not in _EN_FIRM_LAST or first in seen
                or not re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*", first) or len(first) < 4
                or first in _EN_OPENERS or first in EN_SENTENCE_START or first in _EN_KIND_WORDS
                or first in _EN_TITLE_WORDS or first in _EN_NOT_OWNER or _EN_DEMONYM.fullmatch(first)
                or not any(a <= o.start < b for a, b in en)
                or any(k != EntityKind.organization for k, _i in gazetteer.entities(name_key(first)))
                or re.search(rf"\b{first.lower()}\b", text)):
            continue
        seen.add(first)
        for hit in re.finditer(rf"(?<![\w&.-]){first}(?![\w&-]|\s+[A-Z])", text):
            a, b = hit.span()
            if any(x <= a < y for x, y in en) and not doc.taken(a, b) and not any(
                    p.start < b and a < p.end for p in doc.places):
                doc.orgs.append(OrgMention(a, b, first, source="pattern", gloss_of=o))


# "TechWave Lisbon, an annual startup conference": a name the writer says is a gathering is none
# of an organisation's
_EN_GATHERING_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:conference|exhibition|fair|festival|"
                                      r"expo|trade show|show|summit|forum|convention|competition|contest|"
                                      r"hackathon|event)\b")


def _gatherings_by_apposition(doc: Doc) -> None:
    en = [(s.start, s.end) for s in doc.sentences_in("en")]
    for o in doc.orgs:
        if (o.entity_id is None and o.source == "pattern" and any(a <= o.start < b for a, b in en)
                and _EN_GATHERING_APPOSITION.match(doc.text, o.end)):
            o.source = "gathering"


def _drop_products(doc: Doc) -> None:
    """'its hyperscale AI model, HyperClova X': what a product word introduces is the product,
    not an organisation, even when the directory files the brand under its maker."""
    en = [(s.start, s.end) for s in doc.sentences_in("en")]
    doc.orgs = [o for o in doc.orgs if not (
        any(a <= o.start < b for a, b in en) and _EN_PRODUCT_BEFORE.search(doc.text, max(0, o.start - 40), o.start))]


def _en_candidate(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    if doc.text[end - 1:end] == "." and not _EN_ABBREVIATION.search(doc.text, start, end):
        end -= 1  # "… and Hashed." ends the sentence, not the name
    if (country := EN_PLACE_POSSESSIVE.match(doc.text, start, end)) and country.end() < end:
        start = country.end()  # "South Korea's Samsung Electronics" is Samsung Electronics
    words = doc.text[start:end].split(" ")
    while words and words[-1] in _EN_TITLE_WORDS:  # "… Department Vice President X": the title's own
        end -= len(words.pop()) + 1
    if words and words[-1].endswith(("'s", "’s")):  # "China's": a possessive is not a name
        end -= 2
    based = next((i for i, w in enumerate(words[:3]) if w.endswith("-based")), None)
    if based is not None and based < len(words) - 1:  # "Hong Kong-based Gaorong Ventures"
        start += sum(len(w) + 1 for w in words[:based + 1])
        words = words[based + 1:]
    while words and (words[0] in EN_SENTENCE_START or words[0].endswith(("-based", "'s", "’s"))
                     or _EN_DESCRIBING.search(words[0]) or (words[0] in _EN_KIND_WORDS and len(words) > 1)):
        start += len(words.pop(0)) + 1  # "Anyang-based AIDIN Robotics" is AIDIN Robotics; "Korea's X Inc." is X
    if end <= start:
        return
    name = doc.text[start:end]
    if (name in _EN_COMMON_ACRONYM or _EN_PLURAL_ACRONYM.fullmatch(name) or _EN_INITIALS.fullmatch(name)
            or name.split(" ")[0] in _EN_NOT_OWNER or _EN_PERSONAL.match(name) or _EN_DEMONYM.fullmatch(name)):
        return  # CEOs, EVs, U.S.: ordinary acronyms; Board, Executive Vice, Mayor Oh, Korean: no one's name
    if _EN_PERSON_AFTER.match(doc.text, end):
        return  # "…, and Lee Ji-won, President of …": a person, named by the title that follows
    inner = [o for o in doc.orgs if start <= o.start and o.end <= end and (o.start, o.end) != (start, end)]
    if len(inner) == 1 and inner[0].start == start and inner[0].end < end and _EN_RUN_ON.fullmatch(
            doc.text, inner[0].end, end) and not doc.taken(inner[0].end + 1, end):
        doc.orgs.remove(inner[0])  # Mirae Asset + Venture Investment: the group's firm, a body of its own
        if add_candidate(doc, gazetteer, start, end, absorb_places="spaced") is None:
            doc.orgs.append(inner[0])
        return
    if len(inner) == 1 and inner[0].start == start and inner[0].end < end and any(
            p.start > inner[0].end and p.end == end for p in doc.places):
        doc.orgs.remove(inner[0])  # Nota + China: the subsidiary is an organisation of its own
        if add_candidate(doc, gazetteer, start, end, absorb_places="spaced") is None:
            doc.orgs.append(inner[0])
        return
    add_candidate(doc, gazetteer, start, end, absorb_places="spaced")
