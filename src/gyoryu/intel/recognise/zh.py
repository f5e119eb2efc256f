"""Chinese recognition: people and their roles, and organisations the directory does not hold
(named by an organisational ending, investors in a round, named units)."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    component,
)
from gyoryu.intel.recognise.heads import add_candidate, add_gathering, repeat_candidates, simplified
from gyoryu.intel.recognise.people_zh import ZH_ROLES, ZH_SURNAMES  # noqa: F401  (used elsewhere)
from gyoryu.intel.segment import jieba_for

_ZH_GATHERING = re.compile(r"(?:^|(?<=[的在了届年，。、“《\d]))(?:(?:19|20)\d{2}年?)?"
                           r"((?:(?![的在与和了是及为对将由向从被把举办])[\u4e00-\u9fffA-Z]){2,16}?"
                           r"(?:大会|论坛|峰会|博览会|对接会|展览会|交易会))")


ZH_ORG_SUFFIX = ("科技|公司|集团|研究院|研究所|实验室|银行|协会|资本|控股|半导体|机器人|智能|证券|创投|产投|电子|汽车|"
                 "基金|大学|学院|管委会|委员会")
_ZH_SUFFIX = re.compile(rf"(?:{ZH_ORG_SUFFIX})(?:股份)?(?:有限)?(?:责任)?(?:公司)?$")
_ZH_STOP = frozenset("的 和 与 及 在 是 了 等 为 对 将 也 由 向 从 被 把 这 该 其 各 多 家 个 中国 韩国 国内 全球 人工 "
                     "一家 这家 该公司 相关 头部 领先 知名 企业 国家 地方 有限公司 股份有限公司 公司 人工智能 科技 "
                     "进行 宣布 对 向 于 战略 投资 合作 初创 创业 公司 机构 平台".split())
_ZH_NOT_NAME = frozenset("有限公司 股份有限公司 公司 人工智能 该公司 子公司 母公司 分公司 高科技 黑科技".split())
_ZH_TAIL = ("有限公司", "股份有限公司", "公司", "有限", "股份")
_ZH_LEADING_WORDS = frozenset("由与和向对从被把将在及")
# (and the people of a field: SEMI科技|菁英 is SEMI's technology elite, no firm called SEMI科技)
_ZH_KIND_NOUNS = frozenset("巨头 龙头 巨擘 行业 产业 领域 人才 企业 业界 精英 菁英 领袖 专家 人士".split())
# endings that are also ordinary nouns (人形机器人, 具身智能): the name needs a proper noun or a
# word jieba does not know before them, and must close the noun phrase
_ZH_WEAK = re.compile(r"(?:半导体|机器人|智能|电子|汽车)$")
# 长沙智能|驾驶研究院: a name the run of Han characters carries on to a body's head is that body's
# (the heads step reads it whole), never the piece before
_RUNS_ON = re.compile(r"(?:(?![的与和及在是了等为将也由向从被把对于])[\u4e00-\u9fff]){1,6}?"
                      r"(?:研究院|研究所|研究中心|创新中心|实验室|学会|协会|联盟|基金会|大学|学院|医院|有限公司)")
# 金融|科技, 产业|科技: a field, when ordinary words alone come before 科技
_FIELD_END = "科技"
_ZH_ORG_BEFORE = frozenset("与 同 跟 由 向 企业 公司 初创企业 厂商 、 ， 。 ：".split())
_ZH_PROPER_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "eng", "x"})
# what the press writes as a technology or a title, not a name (設立AI研發中心, 其AI實驗室, 簽署MOU,
# 執行長CEO): such an acronym alone opens no name, and the tagger's reading of one as a body is dropped
COMMON_ACRONYMS = frozenset("MOU MOA LOI NDA CEO CTO CFO COO AI AIOT IOT IT ICT IC GPU CPU NPU HBM DRAM NAND "
                            "IPO ESG API OEM ODM EV SME R&D PCB".split())
# a bilateral body, park or fund is named by its two countries' one-character names (中德, 中新, 韩越)
ONE_CHARACTER_COUNTRIES = "中韩日美德法英俄新意澳泰越印马蒙欧"
COUNTRY_PAIRS = frozenset(a + b for a in "中韩日美" for b in ONE_CHARACTER_COUNTRIES if a != b) | frozenset(
    b + a for a in "中韩日美" for b in ONE_CHARACTER_COUNTRIES if a != b)


def _zh_tag(word: str) -> str:
    import rjieba

    tags = rjieba.tag(word)
    return tags[0][1] if len(tags) == 1 else "x"


def _inside_a_longer_word(doc: Doc, start: int, end: int, chunk: str, tokens, countries: re.Pattern) -> None:
    """亚太|经合组织 is APEC, not the OECD: a directory name that a longer word runs into from
    before (one word to jieba, which knows every directory name) is part of another name, and
    links to nothing. A word that starts with the name and goes on (北京大学医学部, 上海市政府) is
    the name with its unit or head, and keeps its link; so does a name its country runs into
    (韩国三星电子, one word to jieba, is Samsung Electronics of Korea)."""
    inside = []
    for o in doc.orgs:
        if o.entity_id is None or not (start <= o.start and o.end <= end):
            continue
        a, b = o.start - start, o.end - start
        if any(ta < a < tb and b <= tb and not (
                (c := countries.match(chunk, ta)) and c.end() == a) for _w, ta, tb in tokens):
            inside.append(o)
    doc.orgs = [o for o in doc.orgs if o not in inside]


# "…、韩国未来资产跟投": who leads or joins a round is an investor; "子公司“乐聚韩国”": a unit named
# (由 opens the investor's name, never sits inside it: 本轮由深创投领投 is 深创投)
_ZH_INVESTOR = re.compile(r"(?:^|(?<=[，、,。由及和与]))((?:(?!由)[\u4e00-\u9fffA-Za-z]){2,10}?)"
                          r"(?:联合)?(?:领投|跟投|参投)")
# the investor before the one a round's verb follows, joined to it by 与/和/及/、
_CO_INVESTOR = re.compile(r"(?:^|(?<=[，,。；由]))((?:(?![由与和及、的])[\u4e00-\u9fffA-Za-z0-9 &.\-]){2,16})"
                          r"[与和及、]$")
_ZH_FIRM_NAME = re.compile(r"(?:资本|投资|创投|基金|证券|银行|控股|集团|公司|产投)$")
# 最大搜索引擎NAVER, 芯片制造商ASML, 新創公司Gorilla: a Latin name right after the kind of firm it is
# (公司CEO, 企业IT: after the generic 公司/企业 a Latin word is mostly a title or a technology)
_ZH_KIND_LATIN = re.compile(r"(?:厂商|制造商|供应商|运营商|开发商|巨头|巨擘|引擎|车企|药企|"
                            r"(?:新创|初创)(?:公司|企业)?)\s?"
                            r"(?!(?:CEO|CTO|CFO|COO|AI|IT|GPU|CPU)(?![A-Za-z]))"
                            r"([A-Z][A-Za-z0-9&.-]{1,20})(?![A-Za-z0-9&.-]|\s[A-Za-z])")
# 企业Rebellions和, 团队Medibrain签署, 运营商KT Cloud签署, 门户NAVER的: after the generic kinds a Latin
# name of several words or with a small letter (an acronym alone there is mostly a title or a
# technology: 企业IT, 公司CEO), or a capitalised word of four letters or more none of those
_ZH_GENERIC_KIND_LATIN = re.compile(
    r"(?:企业|公司|团队|门户|运营商|平台|机构)\s?"
    r"((?:[A-Z][A-Za-z0-9&.-]*[a-z][A-Za-z0-9&.-]*|[A-Z][A-Z0-9&.-]*(?= [A-Z])|(?!(?:CEO|CTO|CFO|COO|AIOT|IOT|"
    r"HBM|DRAM|NAND|GPU|CPU|NPU)(?![A-Za-z]))[A-Z]{4,})"
    r"(?: [A-Z][A-Za-z0-9&.-]*){0,2})(?![A-Za-z0-9&.-])")
# NAVER的「NAVER Cloud」, 三星旗下“三星生物”: a quoted name that opens with the name of the
# organisation it is said to belong to is one of its units
_ZH_QUOTED = re.compile(r"[「“\"]([^」”\"，。]{3,24})[」”\"]")
_ZH_UNIT_OF = re.compile(r"\s?(?:的|旗下(?:的)?|旗下子公司)\s?")
# 庆州APEC峰会, 东盟ASEAN峰会: an acronym written onto 峰会 names the body whose summit it is (a
# fair or a conference so named, 'WAIC大会', is a gathering, not a body: only 峰会 says so)
_ZH_SUMMIT_OF = re.compile(r"(?<![A-Za-z0-9])([A-Z]{3,6}|G\d{1,2})\s?(?=峰会)")
# 家电连锁企业乐天Hi-Mart: a name in Chinese with a Latin word (not an acronym: 企业IT) written onto
# it, the whole put right after the kind of firm it is, names a firm: the group's chain or
# affiliate when the Chinese part is a name the directory holds (the whole linked by itself or
# left), a new firm when it is a proper noun or a word jieba does not know (旗下Galaxy is a
# product, after an ordinary word)
_FIRM_KIND = "企业|公司|集团|平台|连锁|零售商|运营商|品牌|商场|厂商"
_LATIN_WORD_ONTO = re.compile(r"(?<=[\u4e00-\u9fff])[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*"
                              r"(?![A-Za-z0-9&.-])")
_FIRM_KIND_BEFORE = re.compile(rf"(?:{_FIRM_KIND})$")
_FIRM_KIND_AND_NAME = re.compile(rf"(?:{_FIRM_KIND})((?!{_FIRM_KIND})[\u4e00-\u9fff]{{2,4}})$")


def _latin_word_after_kind(doc: Doc, gazetteer: Gazetteer, start: int, chunk: str) -> None:
    import rjieba

    for m in _LATIN_WORD_ONTO.finditer(chunk):
        at, end = start + m.start(), start + m.end()
        known = next((o for o in doc.orgs if o.end == at and o.start >= start and o.entity_id is not None), None)
        if known is None:
            name = _FIRM_KIND_AND_NAME.search(chunk, 0, m.start())
            if name and (not rjieba.has_word(han := name.group(1)) or _zh_tag(han) in _ZH_PROPER_TAGS):
                add_candidate(doc, gazetteer, start + name.start(1), end)
            continue
        if not _FIRM_KIND_BEFORE.search(simplified(doc.text[max(0, known.start - 4):known.start])) or any(
                x is not known and x.start < end and at < x.end for x in (*doc.orgs, *doc.places)):
            continue
        whole = doc.text[known.start:end]
        owners = [i for k, i in gazetteer.entities(name_key(whole)) if k == EntityKind.organization]
        known.end, known.mention, known.candidates, known.source = end, whole, [], "pattern"
        known.entity_id, known.confidence, known.method = (owners[0], 1.0, LinkMethod.alias) if len(owners) == 1 \
            else (None, 0.0, LinkMethod.none)


# 韩国子公司Narwal Korea: a Latin name right after the unit it names (a subsidiary, a branch, a
# joint venture) is that unit's name, whole, though it opens with its parent's (Narwal)
_ZH_UNIT_LATIN = re.compile(r"(?:子公司|分公司|合资公司|法人)\s?([A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,3})"
                            r"(?![A-Za-z0-9&.-])")


def _unit_named(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> None:
    inner = [o for o in doc.orgs if start <= o.start and o.end <= end and (o.start, o.end) != (start, end)]
    if any(o.start < end and start < o.end for o in doc.orgs if o not in inner):
        return
    for o in inner:
        doc.orgs.remove(o)
    if add_candidate(doc, gazetteer, start, end, absorb_places="spaced") is None:
        doc.orgs.extend(inner)


_ZH_NAMED_UNIT = re.compile(r"(?:子公司|分公司|合资公司|法人|公司|品牌)\s*[“\"「]([^”\"」]{2,16})[”\"」]")


@component("gyoryu.zh_candidates.v2")
def zh_candidates_v2(*, gazetteer: Gazetteer):
    """Chinese organisation names ending in 科技/公司/集团/半导体/机器人/智能/证券/… that the
    directory lacks, cut with jieba after every directory name is added to its dictionary. When
    the ending stands as a word of its own, the name is the words before it (up to three,
    stopping at a function word or a known name); a city written onto the name (上海微电子装备集团)
    is part of it, a country (韩国斗山机器人) is not. A run of endings (云图智能科技有限公司) is one
    name. Ordinary nouns alone after a country (韩国|半导体产业协会) name no one."""
    import rjieba

    places = gazetteer.places

    def place_kind(word: str) -> str | None:
        for kind, i in gazetteer.entities(name_key(word)):
            if kind == EntityKind.place:
                return places[i].kind
        return None

    def run(doc: Doc) -> None:
        if doc.sentences_in("zh"):
            jieba_for(gazetteer)  # the directory's words, before the first Chinese sentence
        for s in doc.sentences_in("zh"):
            chunk = simplified(doc.text[s.start:s.end])
            tokens = rjieba.tokenize(chunk)
            _inside_a_longer_word(doc, s.start, s.end, chunk, tokens, gazetteer.countries_zh)
            for i, (word, a, b) in enumerate(tokens):
                if not _ZH_SUFFIX.search(word) or word in _ZH_NOT_NAME:
                    continue
                if i + 1 < len(tokens) and _ZH_SUFFIX.fullmatch(tokens[i + 1][0]) \
                        and tokens[i + 1][0] not in _ZH_TAIL:
                    continue  # 智能|科技: the name ends with the last ending
                if i + 1 < len(tokens) and tokens[i + 1][0] in _ZH_KIND_NOUNS:
                    continue  # 国际科技|巨头: the ending describes a kind of firm, it names none
                weak_end = _ZH_WEAK.search(word)
                weak = bool(weak_end)
                head = word[:_ZH_SUFFIX.search(word).start()]
                head_tag = _zh_tag(head) if head and rjieba.has_word(head) else ""
                # a proper noun and its ending read as one word (斗山机器人, once a directory
                # somewhere taught jieba the name) is a name of its own
                own_name = head_tag in _ZH_PROPER_TAGS
                if weak and 0 < weak_end.start() and rjieba.has_word(word[:weak_end.start()]) \
                        and _zh_tag(word[:weak_end.start()])[:1] in ("n", "a", "v", "b") and not own_name:
                    continue  # 人形|机器人, 智能|机器人: a kind of robot, not a maker
                if weak and i + 1 < len(tokens) and _zh_tag(tokens[i + 1][0])[:1] in ("n", "a"):
                    continue  # 微电子|装备集团: the noun phrase goes on
                start = a
                if len(word) <= 2 or _ZH_SUFFIX.fullmatch(word) or rjieba.has_word(word):
                    j, country = i, False
                    while j > 0 and i - j < 3:
                        prev, pa, _pb = tokens[j - 1]
                        if (prev in _ZH_STOP or len(prev) < 2 or not all(
                                "\u4e00" <= c <= "\u9fff" or c.isalnum() for c in prev)):
                            country = place_kind(prev) == "country"
                            break
                        if name_key(prev) in gazetteer.by_key:
                            kind = place_kind(prev)
                            if kind in ("city", "province"):
                                j -= 1  # 上海|微电子装备集团
                            country = kind == "country"
                            break
                        tag = _zh_tag(prev) if rjieba.has_word(prev) else "x"
                        if not (tag.startswith("n") or tag in _ZH_PROPER_TAGS or tag == "s"):
                            break  # a verb or a time word ends the name (牵手|斗山机器人)
                        j -= 1
                    if j == i and not own_name or not own_name and all(
                            w.upper() in COMMON_ACRONYMS for w, _a, _b in tokens[j:i]):
                        continue  # 其AI|实验室: a technology before the ending names no one
                    if weak and not (j == 0 or tokens[j - 1][0] in _ZH_ORG_BEFORE
                                     or place_kind(tokens[j - 1][0]) == "country"):
                        continue  # 公司的|四足机器人, 建设和|具身智能大模型: no organisation here
                    if country and all(rjieba.tag(w)[0][1] == "n" for w, _a, _b in tokens[j:i + 1]
                                       if len(rjieba.tag(w)) == 1):
                        continue
                    if weak and not own_name and all(rjieba.has_word(w) and _zh_tag(w) not in _ZH_PROPER_TAGS
                                                     for w, _a, _b in tokens[j:i]):
                        continue  # 人形|机器人, 智能|机器人: ordinary words, a kind of robot
                    start = tokens[j][1]
                    if word.endswith(_FIELD_END) and not own_name and all(
                            rjieba.has_word(w) and _zh_tag(w) == "n" for w in (*(t[0] for t in tokens[j:i]),
                                                                               word[:-2]) if w):
                        continue  # 金融|科技: a field, not a firm
                first = next((k for k, t in enumerate(tokens) if t[1] == start), None)
                if first is not None and first >= 2 and tokens[first - 1][0] in ("与", "和", "及") \
                        and rjieba.has_word(prev2 := tokens[first - 2][0]) and _zh_tag(prev2) in ("n", "vn") \
                        and name_key(prev2) not in gazetteer.by_key:
                    continue  # 计算机科学与|技术学院: one field of a name the heads step reads whole
                if weak and _RUNS_ON.match(chunk, b):
                    continue  # 长沙智能|驾驶研究院: the longer name is the body
                end = b
                while i + 1 < len(tokens) and tokens[i + 1][0] in _ZH_TAIL:
                    i += 1
                    end = tokens[i][2]
                while end - start > 3 and chunk[start] in _ZH_LEADING_WORDS:
                    start += 1  # 由|深创投: jieba glued the preposition on
                if start and chunk[start - 1:start + 1] in COUNTRY_PAIRS:
                    start -= 1  # 中|韩科创基金: jieba split the two countries, the name holds both
                add_candidate(doc, gazetteer, s.start + start, s.start + end, absorb_places=True)
            for m in _ZH_SUMMIT_OF.finditer(chunk):  # before the gathering it names
                if m.group(1) in COMMON_ACRONYMS:
                    continue  # 人工智能CEO峰会: a summit of chief executives, no body's
                add_candidate(doc, gazetteer, s.start + m.start(1), s.start + m.end(1))
            # the Simplified chunk, so that 峰會, 領投 and 合資公司 read as 峰会, 领投 and 合资公司
            # (one character for one: the offsets are the text's)
            for m in _ZH_GATHERING.finditer(chunk):
                add_gathering(doc, gazetteer, s.start + m.start(1), s.start + m.end(1))
            for m in _ZH_INVESTOR.finditer(chunk):
                a, b = m.span(1)
                if (country := gazetteer.countries_zh.match(chunk, a, b)) and country.end() < b - 1:
                    a = country.end()  # 韩国|未来资产跟投
                add_candidate(doc, gazetteer, s.start + a, s.start + b)
                if (joined := _CO_INVESTOR.search(chunk, 0, a)) and (_ZH_FIRM_NAME.search(joined.group(1))
                                                                    or re.search("[A-Za-z]", joined.group(1))):
                    a, b = joined.span(1)  # 韩国Naver D2SF与中华开发资本跟投: both join the round
                    if (country := gazetteer.countries_zh.match(chunk, a, b)) and country.end() < b - 1:
                        a = country.end()
                    add_candidate(doc, gazetteer, s.start + a, s.start + b)
            for m in (*_ZH_KIND_LATIN.finditer(chunk), *_ZH_GENERIC_KIND_LATIN.finditer(chunk)):
                if not doc.taken(s.start + m.start(1), s.start + m.end(1)):
                    add_candidate(doc, gazetteer, s.start + m.start(1), s.start + m.end(1))
            _latin_word_after_kind(doc, gazetteer, s.start, chunk)
            for m in _ZH_UNIT_LATIN.finditer(chunk):
                _unit_named(doc, gazetteer, s.start + m.start(1), s.start + m.end(1))
            for m in _ZH_NAMED_UNIT.finditer(chunk):
                add_candidate(doc, gazetteer, s.start + m.start(1), s.start + m.end(1), absorb_places="spaced")
            for m in _ZH_QUOTED.finditer(doc.text, s.start, s.end):
                quoted = m.group(1)
                if any(len(o.mention) >= 2 and quoted.startswith(o.mention) and len(quoted) > len(o.mention)
                       and _ZH_UNIT_OF.fullmatch(doc.text, o.end, m.start()) for o in doc.orgs):
                    add_candidate(doc, gazetteer, *m.span(1))
        repeat_candidates(doc, "zh")

    return run
