"""Linking: a name's mentions in every script united (bracket glosses, a known name and a new unit),
and each mention linked to a directory entry by its names or their sound, or sent to review."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right

from rapidfuzz import fuzz, process

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import GOVERNMENT_BODIES, Gazetteer, en_bag
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    component,
)
from gyoryu.intel.recognise.directory import ADMIN_WORDS
from gyoryu.intel.translit import EN_GENERIC_WORDS, sound_keys, split_generic


# -- linking across scripts ------------------------------------------------------------------------
def _unite_glosses(doc: Doc, gazetteer: Gazetteer) -> None:
    """'중국전자기술표준화연구원(CESI)', '에스툰(埃斯顿)', '유니트리(Unitree·宇树)': names in brackets
    right after a name gloss it — one organisation, linked through whichever of its names the
    directory knows. Each name stays a mention of its own with its own offsets (a reader looking
    for "SenseTime" lands on 센스타임(SenseTime)); a Latin or Chinese name in the brackets that no
    rule found becomes one."""
    text = doc.text
    orgs = sorted(doc.orgs, key=lambda o: o.start)
    for i, outer in enumerate(orgs):
        if outer.gloss_of is not None or outer.source == "gathering":
            continue
        m = _OPEN_GLOSS.match(text, outer.end)
        if m is None:
            continue
        close = min((k for k in (text.find(")", m.end()), text.find("）", m.end())) if k >= 0), default=-1)
        if close < 0 or close - m.end() > 60:
            continue
        inner = [o for o in orgs[i + 1:] if m.end() <= o.start and o.end <= close]
        linked = {o.entity_id for o in inner if o.entity_id is not None}
        if outer.entity_id is not None and linked - {outer.entity_id}:
            continue  # LG(엘지전자)? two organisations: leave both
        if outer.entity_id is None and len(linked) == 1:
            outer.entity_id, outer.confidence, outer.method = linked.pop(), 1.0, LinkMethod.alias
            outer.candidates = []
        elif outer.entity_id is None and linked:
            continue
        for part in _GLOSS_PART.finditer(text, m.end(), close):
            a, b = part.span()
            if not _GLOSS_NAME.fullmatch(part.group()):
                continue
            pieces = [o for o in inner if a <= o.start and o.end <= b]
            if pieces and all(o.entity_id is None and (o.start, o.end) != (a, b) for o in pieces):
                doc.orgs = [o for o in doc.orgs if o not in pieces]  # 'Tech' of Ramada Tech: the whole
                inner = [o for o in inner if o not in pieces]
            doc.places = [p for p in doc.places if not (  # 항저우자본(杭州資本): the city opens the name
                a <= p.start and p.end <= b and (p.start, p.end) != (a, b))]
            if doc.taken(a, b):
                continue
            key = name_key(part.group())
            if len(key) < 2 or key in _NOT_GLOSSES or any(
                    k != EntityKind.organization for k, _i in gazetteer.entities(key)):
                continue  # a place, a person, a word
            new = OrgMention(a, b, part.group(), source=outer.source)
            doc.orgs.append(new)
            inner.append(new)
        for o in inner:
            o.entity_id, o.confidence, o.method = outer.entity_id, outer.confidence, outer.method
            o.candidates, o.gloss_of = list(outer.candidates), outer
    doc.orgs.sort(key=lambda o: o.start)


# parks whose bare name is the park itself, as the press and news-dev's convention write them
# (중관춘, 中關村, 數碼港 — not a neighbourhood that also holds firms, as 西岸 or 송도 are)
_PARKS_BY_NAME = frozenset({"cn-beijing-zhongguancun", "hk-cyberport"})


def _parks_named_alone(doc: Doc, gazetteer: Gazetteer) -> None:
    """Such a park left a place once every longer name was read (중관촌 동승과기원 took its place
    already) is an organisation: the firm that runs it when the directory has one by that name,
    else the park, unlinked (a sound-alike committee is not it)."""
    for p in [p for p in doc.places if p.entity_id is not None
              and gazetteer.places[p.entity_id].key in _PARKS_BY_NAME]:
        if any(o.start < p.end and p.start < o.end for o in doc.orgs):
            continue
        owned = [i for k, i in gazetteer.entities(name_key(p.mention)) if k == EntityKind.organization]
        doc.places.remove(p)
        doc.orgs.append(OrgMention(p.start, p.end, p.mention, owned[0], 1.0, LinkMethod.alias) if len(owned) == 1
                        else OrgMention(p.start, p.end, p.mention, source="pattern"))
    doc.orgs.sort(key=lambda o: o.start)


def _unite_short_forms(doc: Doc) -> None:
    """'국립창원대' and '국립창원대학교' in one story: a university's short form (…대 for …대학교) is
    the same organisation, linked as the full name is, or united with it when neither is known;
    so is an English name's own last word when it is a name, not a generic one ('Mobis' in a
    story that names Hyundai Mobis: the group's word dropped, as the press shortens it)."""
    full = {o.mention: o for o in doc.orgs if o.gloss_of is None}
    tails = {}
    for o in doc.orgs:
        words = o.mention.split(" ")
        if o.gloss_of is None and o.mention.isascii() and len(words) >= 2 and _short_form(words[-1]):
            tails.setdefault(words[-1], set()).add(id(o))
    by_id = {id(o): o for o in doc.orgs}
    for o in doc.orgs:
        long = full.get(o.mention + "학교") if o.mention.endswith("대") else None
        if long is None and o.entity_id is None and len(tails.get(o.mention, ())) == 1:
            long = by_id[next(iter(tails[o.mention]))]
        if long is None or o.gloss_of is not None or (o.entity_id is not None and o.confidence >= 1.0):
            continue
        if long.entity_id is not None:
            o.entity_id, o.confidence, o.method, o.candidates = (long.entity_id, long.confidence,
                                                                 long.method, list(long.candidates))
        else:
            o.entity_id, o.candidates, o.gloss_of = None, [], long


# a last word that can stand for the whole name: capitalised, not a generic word of a name
_EN_SHORT = re.compile(r"[A-Z][a-z]{3,}")


def _short_form(word: str) -> bool:
    return _EN_SHORT.fullmatch(word) is not None and word.lower() not in EN_GENERIC_WORDS


# one name of a gloss: Latin (SenseTime, MIT Intelligence Quest) or Chinese (强脑科技), not a
# stock code or a Korean remark (가칭, 주)
_GLOSS_PART = re.compile(r"[^,，、·ㆍ/;；\s][^,，、·ㆍ/;；]*[^,，、·ㆍ/;；\s]|[^,，、·ㆍ/;；\s]")
_GLOSS_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.'\- ]*[A-Za-z0-9.]|[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]+")
_NOT_GLOSSES = frozenset(name_key(w) for w in ("AI", "CEO", "IT", "ICT", "Inc", "Ltd", "Co", "Corp", "株式会社"))


_OPEN_GLOSS = re.compile(r"\s?[(（]")
_UNIT_END = re.compile(r"(?:Hospital|Institute|Center|Centre|School|병원|연구소|센터|医院|研究所)$")
# a department of a city's or province's government written onto its name (창저우시 상무국,
# 저장성 과학기술청): the whole is that department, a body of its own the directory may lack
_DEPARTMENT_END = re.compile(r"(?:[가-힣]{2}(?:국|청)|위원회|판공실|[\u4e00-\u9fff](?:局|厅|廳)|委员会|委員會|"
                             r"办公室|辦公室|Bureau|Commission|Department|Office)$")


def _governed_places(mention: str, gazetteer: Gazetteer) -> set[int] | None:
    """The places a name with an administrative ending names the government of (전남도, 허페이시,
    부산광역시, 린강신구 관리위원회), or None when it names no government."""
    m = _GOVERNMENT_NAME.search(mention)
    if m is None:
        return None
    places = {i for key in (name_key(mention[:m.start()]), name_key(mention))
              for k, i in gazetteer.entities(key) if k == EntityKind.place}
    return places or None


def _opening_place(mention: str, gazetteer: Gazetteer) -> set[str] | None:
    """The name keys of the city or province a body's name opens with (창저우시 상무국, 杭州市商务局,
    Shenzhen Municipal …), or None: a body named after its place belongs to that place, so it is
    never another city's body that merely sounds alike (창저우시 상무국 is not 항저우시 상무국), and one of
    the body's names opens with the place (Changzhou's name holds "hangzhou", but not first)."""
    for end in range(len(mention) - 2, 1, -1):
        if mention[end - 1].isspace() or not mention[end:].strip():
            continue
        places = [i for k, i in gazetteer.entities(name_key(mention[:end])) if k == EntityKind.place
                  and gazetteer.places[i].kind != "country"]
        if places:
            return {k for i in places for n in gazetteer.places[i].names.values()
                    if len(k := name_key(n)) >= 2}
    return None


_UNIVERSITY_NAME = re.compile(r"(?:[가-힣]대|대학교?|大学|大學|University)$")
_GOVERNMENT_NAME = re.compile(rf"\s?(?:{'|'.join((*GOVERNMENT_BODIES, *ADMIN_WORDS))}|인민\s정부|\s정부)$")


def _join_known_and_new(doc: Doc) -> dict[int, tuple[OrgMention, OrgMention]]:
    """A known name written onto a new one (LG + AI研究院) may name one organisation the directory
    knows in another script (LG AI연구원): the whole goes to the linker, and stays whole only if
    it links (LG에너지솔루션 + 오창에너지플랜트 stays two). Returns joined id → the two parts."""
    orgs = sorted(doc.orgs, key=lambda o: o.start)
    joined = []
    for known, new in zip(orgs, orgs[1:], strict=False):
        if (known.entity_id is not None and new.entity_id is None and new.source == "pattern"
                and 0 <= new.start - known.end <= 1 and not doc.text[known.end:new.start].strip()):
            joined.append((known, new))
    parts = {}
    for known, new in joined:
        doc.orgs.remove(known)
        doc.orgs.remove(new)
        whole = OrgMention(known.start, new.end, doc.text[known.start:new.end], source="pattern")
        doc.orgs.append(whole)
        parts[id(whole)] = (known, new)
    doc.orgs.sort(key=lambda o: o.start)
    return parts


_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _non_han_sounds(gazetteer: Gazetteer) -> tuple[frozenset, frozenset]:
    """The sound keys (and generic-word heads) that an organisation's Korean or Latin names give.
    A Chinese mention is linked by these only: Chinese writes one sound with many characters, so
    two Chinese names that sound alike are two names (超威 and 超微 are different companies, so are
    宇视 and 宇树); sound links Chinese to the Korean and Latin names a transliteration gives."""
    from gyoryu.intel.translit import sound_key

    sounds: set[tuple[str, int]] = set()
    heads: set[tuple[str, str, int]] = set()
    names = [(key, [i for k, i in owned if k == EntityKind.organization]) for key, owned in gazetteer.by_key.items()]
    names += [(n, [o.id]) for o in gazetteer.orgs.values() for n in o.names.values()]
    for name, orgs in names:
        if not orgs or _HAN.search(name) is not None:
            continue
        sk = sound_key(name)
        split = split_generic(name)
        for o in orgs:
            sounds.add((sk, o))
            if split:
                heads.add((split[1], sound_key(split[0]), o))
    return frozenset(sounds), frozenset(heads)


# what the press leaves off a company's name, saying the same company (Unitree for Unitree
# Robotics, Naver for Naver Corp.), and the generic words that make another body (자동차, 은행)
_SAME_BODY = re.compile(r"(?i)(?:robotics|robot|technology|technologies|tech|group|intelligence|inc\.?|co\.?|"
                        r"ltd\.?|corp\.?|corporation|company|limited|llc|plc|gmbh|ag|holdings|"
                        r"international|global|[,.&-])")
_ANOTHER_BODY = frozenset({"motor", "bank", "securities", "capital", "ventures", "venture partners", "cloud",
                           "research", "lab", "energy", "electronics", "semiconductor"})


def _sound_exclusions(gazetteer: Gazetteer) -> tuple[frozenset, frozenset, frozenset]:
    """Sound matches that name another organisation, not this one: (1) the sound of a name's
    leading words or of its head before a generic word, with the organisation (Xiaomi of Xiaomi
    EV, 샤오미 of 샤오미자동차: the parent, or another body the directory lacks); (2) the sound of
    an acronym (ITU), which a Latin word that is no acronym does not spell (Yitu); (3) the sound
    of every acronym held, which another acronym never has (KEF is not KAIF: letters are spelled
    out, and two acronyms that sound alike are two bodies)."""
    from gyoryu.intel.translit import sound_key

    heads: set[tuple[str, int]] = set()
    for o in gazetteer.orgs.values():
        for name in o.names.values():
            words = name.split()
            heads.update((sound_key(" ".join(words[:i])), o.id) for i in range(1, len(words))
                         if not all(_SAME_BODY.fullmatch(w) for w in words[i:]))
            if (split := split_generic(name)) and split[1] in _ANOTHER_BODY:
                heads.add((sound_key(split[0]), o.id))
    heads -= set(gazetteer.sounds)  # unless one of its names is the head alone
    acronyms = {(sound_key(key), i) for key in gazetteer.upper
                for k, i in gazetteer.entities(key) if k == EntityKind.organization}
    held = {(sound_key(key), i) for key in gazetteer.acronyms
            for k, i in gazetteer.entities(key) if k == EntityKind.organization}
    return frozenset(heads), frozenset(acronyms), frozenset(held)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'-]*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


def _words_agree(mention: str, names) -> bool:
    """An English name of several words is another's misspelling only word for word ('Ministery of
    Food' for 'Ministry of Food'); one word in place of another ('Korea Drone Industry
    Association' for '… Display …') is another organisation, however alike the rest sounds."""
    if not mention.isascii() or " " not in mention.strip():
        return True
    words = [w.lower() for w in _LATIN_WORD.findall(mention)]
    latin = [n for n in names if n.isascii()]
    if not latin:
        return True
    for name in latin:
        theirs = [w.lower() for w in _LATIN_WORD.findall(name)]
        if all(any(fuzz.ratio(w, t) >= 75 for t in theirs) for w in words):
            return True
    return False


def _hangul_heads_agree(mention: str, names, cutoff: float) -> bool:
    """A Korean name sounding like a known Korean name only through the generic tail they share
    (미래에너지솔루션 and LG에너지솔루션, 한빛바이오로직스 and 삼성바이오로직스) is another company: where
    the two end alike, what comes before must sound alike too (센트타임 for 센스타임 does). Only
    when such a name is what the sound matched: 훠산엔진 links by 火山引擎 though 볼케이노엔진
    ends alike."""
    from gyoryu.intel.translit import sound_key

    if not _HANGUL.search(mention):
        return True
    mine = sound_key(mention)
    alike, apart = False, False
    for name in names:
        if fuzz.ratio(mine, sound_key(name)) < cutoff:
            continue
        tail = 0
        while tail < min(len(mention), len(name)) and mention[-1 - tail] == name[-1 - tail]:
            tail += 1
        head, theirs = mention[:len(mention) - tail], name[:len(name) - tail]
        if (_HANGUL.search(name) and tail >= 2 and head and theirs
                and fuzz.ratio(sound_key(head), sound_key(theirs)) < 50):
            apart = True
        else:
            alike = True
    return alike or not apart


class SoundPool:
    """Sound keys and the organisation each is of, sorted by length, so that a name is compared
    only with the keys whose length lets them reach the cutoff: `fuzz.ratio` is
    2·LCS / (len(a) + len(b)), at most 2·min(len) / (len(a) + len(b)). Built once per pipeline
    and only read after: safe to share between threads."""

    def __init__(self, keys: list[str], owners: list[int]):
        order = sorted(range(len(keys)), key=lambda i: len(keys[i]))  # stable: index order per length
        self.keys = [keys[i] for i in order]
        self.owners = [owners[i] for i in order]
        self.index = order  # each key's place in the list given
        self.lengths = [len(keys[i]) for i in order]

    def extract(self, query: str, cutoff: float, limit: int) -> list[tuple[str, float, int]]:
        """(key, score, owner) of the `limit` keys most like `query` scoring at least `cutoff`,
        best first, ties in the order the keys were given: what `process.extract` gives on the
        whole list."""
        lo, hi = 0, len(self.keys)
        if cutoff > 0:
            share = cutoff / 100  # the length bounds are widened by one: rounding never loses a key
            lo = bisect_left(self.lengths, math.floor(len(query) * share / (2 - share)) - 1)
            hi = bisect_right(self.lengths, math.ceil(len(query) * (2 - share) / share) + 1)
        found = process.extract(query, self.keys[lo:hi], scorer=fuzz.ratio, limit=None,
                                score_cutoff=cutoff)
        found.sort(key=lambda r: (-r[1], self.index[lo + r[2]]))
        return [(key, score, self.owners[lo + i]) for key, score, i in found[:limit]]


_REMEMBERED = 50_000  # sound keys a linker keeps the nearest keys of (about 100 bytes each)


@component("gyoryu.linker.v2")
def linker_v2(*, gazetteer: Gazetteer, auto_link: float = 0.9, review: float = 0.72,
              max_candidates: int = 3):
    """Mentions the aliases did not settle, linked by sound: romanised Hangul, pinyin and English
    spelling meet in one phonetic key (Hangul ㅐ read as e and as a: 갤봇 ↔ Galbot). A name
    that ends in a generic word the press translates (로보틱스/机器人/Robotics, 엔진/引擎/Engine)
    is also compared by its head with the heads of directory names of the same kind
    (斗山机器人 ↔ Doosan Robotics). Confident links stand; weaker ones carry their best
    candidates to the review queue."""
    sounds = SoundPool([k for k, _o in gazetteer.sounds], [o for _k, o in gazetteer.sounds])
    heads_of: dict[str, tuple[list[str], list[int]]] = {}
    for cls, hk, org in gazetteer.heads:
        ks, os_ = heads_of.setdefault(cls, ([], []))
        ks.append(hk)
        os_.append(org)
    heads = {cls: SoundPool(ks, os_) for cls, (ks, os_) in heads_of.items()}
    latin_sounds, latin_heads = _non_han_sounds(gazetteer)
    names_of: dict[int, set[str]] = {}  # every name (key) of an organisation, for _hangul_heads_agree
    for key, owned in gazetteer.by_key.items():
        for k, o in owned:
            if k == EntityKind.organization:
                names_of.setdefault(o, set()).add(key)
    head_sounds, acronym_sounds, held_acronyms = _sound_exclusions(gazetteer)

    # a sound key's nearest keys in a pool, for the pipeline's life: the pools never change after
    # they are built, so a name told again (in the story or in the next one) is looked up once;
    # forgotten all at once past `_REMEMBERED` keys, so the memory stays bounded
    looked_up: dict[tuple[int, str], list] = {}

    def scores(sk: str, pool: SoundPool, best: dict, allowed) -> None:
        found = looked_up.get((id(pool), sk))
        if found is None:
            if len(looked_up) >= _REMEMBERED:
                looked_up.clear()
            found = looked_up[(id(pool), sk)] = pool.extract(sk, review * 100, max_candidates * 3)
        for key, score, org in found:
            if allowed is None or allowed(key, org):
                best[org] = max(best.get(org, 0.0), score / 100)

    def run(doc: Doc) -> None:
        joined = _join_known_and_new(doc)
        for m in doc.orgs:
            if m.entity_id is not None and m.confidence >= 1.0:
                continue
            if m.entity_id is None:
                owned = [i for k, i in gazetteer.entities(name_key(m.mention))
                         if k == EntityKind.organization]
                if len(owned) == 1:
                    m.entity_id, m.confidence, m.method = owned[0], 1.0, LinkMethod.alias
                    continue
                if not owned and (bag := en_bag(m.mention)) and (same := gazetteer.en_bags.get(bag)):
                    m.entity_id, m.confidence, m.method = same, 1.0, LinkMethod.alias
                    continue  # the same English words in another order: the same body
            if m.candidates:  # an alias shared by several organisations
                continue
            split = split_generic(m.mention)
            if split and (exact := gazetteer.exact_heads.get((split[1], name_key(split[0])))):
                m.entity_id, m.confidence, m.method = exact, 1.0, LinkMethod.alias  # LG AI + 研究院
                continue
            best: dict[int, float] = {}
            han = _HAN.search(m.mention) is not None  # 超威 is not 超微 (AMD), though both sound chaowei
            word = m.mention.isascii() and not m.mention.isupper()  # Yitu is not ITU
            acronym = _ACRONYM.fullmatch(m.mention) is not None  # KEF is not KAIF
            for sk in sound_keys(m.mention):
                if len(sk) >= 3:
                    scores(sk, sounds, best, (lambda k, o: (k, o) in latin_sounds) if han else
                           (lambda k, o: (k, o) not in acronym_sounds) if word else
                           (lambda k, o: (k, o) not in held_acronyms) if acronym else None)
            mine = sound_keys(m.mention)
            best = {o: sc for o, sc in best.items() if not any((sk, o) in head_sounds for sk in mine)}
            if split and split[1] in heads:
                cls = split[1]
                for hk in sound_keys(split[0]):
                    if len(hk) >= 4:
                        scores(hk, heads[cls], best, (lambda k, o, c=cls: (c, k, o) in latin_heads) if han else None)
            if (places := _governed_places(m.mention, gazetteer)) is not None:
                # 전남도 is not 전남대 (Chonnam Nat'l Univ.), 부산광역시 is not 울산광역시 however alike
                # they sound, and 광주시 (Gwangju) is not 廣州市 read in Korean: a place's name with its
                # administrative ending names that place's own government or none the directory holds
                govs = {gazetteer.governments.get(p) for p in places}
                best = {o: sc for o, sc in best.items() if o in govs}
            elif _UNIVERSITY_NAME.search(m.mention):  # and 경기대 is not 경기도
                best = {o: sc for o, sc in best.items() if gazetteer.orgs[o].kind == "university"}
            if best and (opened := _opening_place(m.mention, gazetteer)):
                best = {o: sc for o, sc in best.items()
                        if any(n.startswith(p) for p in opened for n in names_of.get(o, ()))}
            ranked = sorted(best.items(), key=lambda kv: -kv[1])[:max_candidates]
            m.candidates = ranked
            if ranked and ranked[0][1] >= auto_link and (
                    len(ranked) == 1 or ranked[1][1] < ranked[0][1] - 0.05) and _words_agree(
                    m.mention, gazetteer.orgs[ranked[0][0]].names.values()) and _hangul_heads_agree(
                    m.mention, names_of.get(ranked[0][0], ()), auto_link * 100):
                m.entity_id, m.confidence = ranked[0]
                m.method = LinkMethod.transliteration
            elif ranked:
                m.confidence = ranked[0][1]
        _unite_glosses(doc, gazetteer)
        _unite_short_forms(doc)
        _parks_named_alone(doc, gazetteer)
        if joined:  # unlinked, the whole stays only as a unit of the known one (…University Bundang Hospital)
            split_again = [o for o in doc.orgs if id(o) in joined and o.entity_id is None
                           and not _UNIT_END.search(joined[id(o)][1].mention)
                           and not (_DEPARTMENT_END.search(joined[id(o)][1].mention)
                                    and _governed_places(joined[id(o)][0].mention, gazetteer))]
            for whole in split_again:
                doc.orgs.remove(whole)
                doc.orgs.extend(joined[id(whole)])
            doc.orgs.sort(key=lambda o: o.start)

    return run
