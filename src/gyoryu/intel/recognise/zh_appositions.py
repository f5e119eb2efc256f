"""Chinese names told by what the writer puts around them rather than by a head of their own.

The Chinese press introduces a firm it expects the reader not to know by the kind of firm it is,
then its name, often glossed in Latin: 韩国AI视觉企业视界智能（VisionAI Korea）; and a Korean
firm's legal form may stand between the two, as Korean writes ㈜ before a name:
韩国医疗AI企业株式会社路米医疗. The name is what comes after the kind, not the kind itself.
The other way round, words that only describe (江原道新创公司 'a Gangwon startup', 其AI实验室
'its AI lab') or a venue (悦来国际会议中心) are no organisation's name.
"""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention
from gyoryu.intel.recognise.heads import add_candidate, country_ending, simplified
from gyoryu.intel.recognise.people_zh import ZH_ROLES
from gyoryu.intel.recognise.zh_generic import generic_kind

# the kind of firm a writer names before an unknown name (simplified forms: matched on OpenCC's
# simplified text, offsets unchanged); Taiwanese and Hong Kong news write the kind in two characters,
# the firm's home and 廠/企 (韓廠, 台廠, 陸企, 港企) or its size or trade (大廠, 代工廠)
_KIND = (r"(?:企业|公司|厂商|业者|制造商|供应商|开发商|运营商|初创|新创"
         r"|(?:[韩台陆港日美欧]|大|代工)厂|[韩台陆港日美欧]企)")
# where a name written after its kind stops: a conjunction, a verb of the sentence, punctuation
_NAME_STOP = r"(?=与|和|及|同|将|在|已|于|的|是|也|为|向|对|签|投|宣布|表示|携手|共同|、|，|,|。|；|[（(]|\s)"
_FORM_BETWEEN = re.compile(rf"{_KIND}株式会社([\u4e00-\u9fffA-Za-z0-9]{{2,8}}?){_NAME_STOP}")
# (公司已与现代汽车（…）: a clause's word after the kind, and the name is no longer right after it)
_KIND_GLOSSED = re.compile(rf"{_KIND}(?:株式会社)?((?:(?![与和及同将在已于的是也为向对])[\u4e00-\u9fff]){{2,6}})"
                           r"[（(]\s?"
                           r"([A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+){0,3})\s?[）)]")
# the kind, then a name no dictionary holds, then the news the sentence tells of it (深圳具身智能机器人
# 公司灵犀智动近日宣布, 新竹新创擎宇智能也在)
# (新創業者奧芯科技: the kind is 業者, the 新創 before it no kind of its own)
_KIND_THEN_NEWS = re.compile(rf"{_KIND}(?!业者)([\u4e00-\u9fff]{{2,6}}?)"
                             r"(?=近日|日前|今天|今日|昨日|昨天|正式|宣布|表示|将|也|已|于|在|与|和|获|完成|签署|携手)")
# 机器人初创「AirBridge Robotics」, 电池材料商「韩绿新材」: a kind names the firm quoted after it (企业
# and 公司 left out: 企业“出海” is a slogan, 公司“X” a unit `zh._ZH_NAMED_UNIT` reads)
_KIND_QUOTED = re.compile(rf"(?:(?!企业|公司){_KIND}|材料商|设备商|服务商|提供商|创企|独角兽)\s*"
                          r"[“\"「]([^”\"」]{2,24})[”\"」]")
_NAME_TAGS = ("nr", "nz", "ns", "nt", "nrt")
# a firm's place of business after its name's place (公司上海工厂, 企业首尔办事处): no firm's name
_FACILITY = re.compile(r"(?:工厂|厂|办事处|分公司|子公司|总部|基地|园区|中心|法人|分行|门店)$")
# words that describe a firm without naming it; a candidate made of them alone (after a place)
# and a generic head is a description
_DESCRIPTIVE = frozenset((
    "新创", "初创", "创业", "科技", "人工智能", "AI", "智能", "软件", "技术", "创新", "新兴", "本地", "当地",
    "民营", "中小", "大型", "小型", "国内", "海外", "外资", "韩资", "中资", "合资", "独资", "上市", "医疗",
    "教育", "物流", "机器人", "半导体", "芯片", "电子", "汽车", "游戏", "金融", "互联网", "数字", "信息",
    "通信", "电信", "一家", "该", "其", "这家", "相关", "知名", "领先", "头部", "龙头", "研发", "联合",
    "共同", "视觉", "平台", "企业", "韩国", "中国", "韩方", "中方"))
_GENERIC_HEAD = re.compile(r"(?:公司|企业|实验室|研究室|业者|厂商)$")
_VENUE = re.compile(r"(?:会议中心|会展中心|国际会议中心|酒店|宾馆|饭店|大酒店)$")
# an institute's labs and a university's departments, written right after it, are its sub-units
_UNIT_END = re.compile(r"(?:研究所|学系)$")
_UNBROKEN = re.compile(r"(?![与與和及跟同暨])[\u4e00-\u9fff]*")  # 中研院與|台經院: a list, not a unit


def _proper_word(rjieba, word: str) -> bool:
    """Whether a run reads as a name: a word jieba does not know, or one it tags a proper noun."""
    if not rjieba.has_word(word):
        return True
    return any(tag in ("nz", "nt", "nrt", "j") for _w, tag in rjieba.tag(word)[:1])


def names_after_kind(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """企业株式会社路米医疗, 企业视界智能（VisionAI Korea）, 公司灵犀智动近日宣布: the name after its
    kind is an organisation (its Latin gloss one with it); a candidate that took the kind for the
    name (韩国医疗AI企业株式会社) gives way."""
    import rjieba

    text = doc.text
    simple = simplified(text[s.start:s.end])
    for m in _FORM_BETWEEN.finditer(simple):
        a, b = s.start + m.start(1), s.start + m.end(1)
        _replace_description(doc, s.start + m.start(), a)
        if not doc.taken(a, b):
            add_candidate(doc, gazetteer, a, b)
    for m in _KIND_GLOSSED.finditer(simple):
        a, b = s.start + m.start(1), s.start + m.end(1)
        if not _proper_word(rjieba, m.group(1)) or _place(gazetteer, m.group(1)):
            continue
        _replace_description(doc, s.start + m.start(), a)
        han = next((o for o in doc.orgs if (o.start, o.end) == (a, b)), None) or (
            None if doc.taken(a, b) else add_candidate(doc, gazetteer, a, b))
        la, lb = s.start + m.start(2), s.start + m.end(2)
        if han is None or any(o.start < lb and la < o.end for o in doc.orgs):
            continue
        doc.places = [p for p in doc.places if not (la <= p.start and p.end <= lb)]  # VisionAI Korea
        latin = add_candidate(doc, gazetteer, la, lb)
        if latin is not None and latin.entity_id is None and han.entity_id is None:
            latin.gloss_of = han


    for m in _KIND_QUOTED.finditer(simple):
        quoted = m.group(1)  # a quoted phrase with a verb in it is a slogan (“双向落地”)
        if _proper_word(rjieba, quoted) and not any(tag.startswith("v") for _w, tag in rjieba.tag(quoted)):
            add_candidate(doc, gazetteer, s.start + m.start(1), s.start + m.end(1), absorb_places="spaced")
    for m in _KIND_THEN_NEWS.finditer(simple):
        a, b = s.start + m.start(1), s.start + m.end(1)
        first, tag = rjieba.tag(m.group(1))[0]
        placed = _place(gazetteer, first)  # 企业|首尔生物宣布: a place opens the firm's name
        if rjieba.has_word(m.group(1)) or (rjieba.has_word(first) and tag not in _NAME_TAGS and not placed) \
                or _place(gazetteer, m.group(1)) or _FACILITY.search(m.group(1)):
            continue  # 公司相关负责人表示, 企业代表团将: the kind's own words, not a name
        kind = s.start + m.start()
        over = [o for o in doc.orgs if o.start < b and a < o.end]
        if any(o.entity_id is not None or o.end != b or o.start > kind for o in over):
            continue
        doc.orgs = [o for o in doc.orgs if o not in over]  # 新竹新创擎宇智能: the place and kind describe
        _replace_description(doc, kind, a)
        add_candidate(doc, gazetteer, a, b, absorb_places=True)  # 企业|浦东新能源: the place is the name's


# 签约仪式上，宁波华信储能与韩国晓星重工还签署了合作协议: the two sides of a signing, the clause's
# subject and the partner after 与/和/同, are organisations though neither carries a head (a firm's
# short name is its place, its own word and its line of business); an adverb may stand before the verb
_NAME_RUN = r"(?:[\u4e00-\u9fff]|[A-Za-z][A-Za-z0-9&.\-]*)"
_SIGNING = re.compile(rf"(?:^|(?<=[，。；：,;:]))({_NAME_RUN}{{2,14}}?)[与和同]({_NAME_RUN}{{2,14}}?)"
                      r"(?:还|也|正式|共同|当天|当日|今天|今日|现场|已|顺利|成功|日前|近日)?"
                      r"(?:签署|签订|签约|签下)")
_PERSON_IN = re.compile(rf"(?:{ZH_ROLES}|代表|大使|总领事|议员|委员长|议长)")
_NOT_PARTY_TAGS = frozenset(("t", "r", "c", "p", "d", "m", "f"))


def signing_parties(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """Both sides of '<A>与<B>签署': each a name of its own words (a word jieba does not know or tags
    a proper noun, after the place it may open with), of four characters or more (a person's
    name is two or three), its country before it describing it."""
    import rjieba

    simple = simplified(doc.text[s.start:s.end])
    for m in _SIGNING.finditer(simple):
        for g in (1, 2):
            a, b = m.span(g)
            words = rjieba.tag(simple[a:b])
            while words and (words[0][1] in _NOT_PARTY_TAGS or words[0][0] in _OPENER_WORDS) \
                    and not _place(gazetteer, words[0][0]):
                a += len(words.pop(0)[0])
            if (country := gazetteer.countries_zh.match(simple, a, b)) and country.end() < b - 1:
                a = country.end()  # 韩国|晓星重工: the country describes the firm
                words = rjieba.tag(simple[a:b])
            own = list(words)
            while own and _place(gazetteer, own[0][0]):
                own.pop(0)
            if (len(simple[a:b]) < 4 and not simple[a:b].isascii()) or not own or not (
                    not rjieba.has_word(own[0][0]) or own[0][1] in _NAME_TAGS or own[0][1] in ("j", "eng")):
                continue
            if any(w in _DESCRIPTIVE and i == 0 for i, (w, _t) in enumerate(own)) or _PERSON_IN.search(simple, a, b):
                continue  # 院长某某与…签署: people sign too, named by their titles
            a, b = s.start + a, s.start + b
            if any(x.start < b and a < x.end for x in (*doc.orgs, *doc.people)) or any(
                    p.start < b and a < p.end and not (a <= p.start and p.end < b) for p in doc.places):
                continue  # something else already, or a place alone (杭州市与仁川市签署: governments)
            add_candidate(doc, gazetteer, a, b, absorb_places=True)


def _replace_description(doc: Doc, kind_start: int, name_start: int) -> None:
    """Drop an unknown candidate that ends where the name begins: it holds the kind, not a name."""
    doc.orgs = [o for o in doc.orgs if not (o.entity_id is None and o.end == name_start
                                            and o.start <= kind_start)]


def _place(gazetteer: Gazetteer, word: str) -> bool:
    return any(k == EntityKind.place for k, _i in gazetteer.entities(name_key(word)))


# the words a clause opens with that a name found by its head may have run back into: pronouns,
# conjunctions, prepositions, adverbs (其, 及, 在, 一直), the copula listing points (这是, 二是), and
# the verbs of a visit or an aim (拜会, 力争); never part of a name
_OPENER_TAGS = frozenset(("r", "c", "p", "uj", "ul"))
_OPENER_WORDS = frozenset(("是 这是 那是 也是 就是 即是 一是 二是 三是 四是 即 拜会 会见 接见 会晤 拜访 走访 访问 参观 "
                           "考察 接 力争 推动 支持 引进 加入 携手 赴 到 来到 前往 一直 也 还 已 将 正 都 并").split())
# 大连是东北亚重要的国际航运中心: what a place 'is' after 是…的 describes it, when it is only a role
# a city or a region plays (a hub, a centre, a base), with no place or Latin name of its own
_COPULA_BEFORE = re.compile(r"是[^，。；、,;“”《》「」]{0,12}?的$")
_ROLE_HEAD = re.compile(r"(?:中心|集群|基地|枢纽|高地|门户|窗口|桥头堡|前沿)$")


def _trim_openers(doc: Doc, gazetteer: Gazetteer, zh: list[tuple[int, int]]) -> None:
    """二是盐城智远机器人科技有限公司, 拜会国科会, 其自研大模型及数据中心: an unknown candidate that opens
    with a clause's words starts after them; one holding 的 (a clause) or left with a head alone
    names no one."""
    import rjieba

    from gyoryu.intel.recognise.zh_heads import HEADS

    keep: list[OrgMention] = []
    for o in doc.orgs:
        if (o.entity_id is None and o.gloss_of is None and o.source == "pattern"
                and any(a <= o.start < b for a, b in zh) and not o.mention.isascii()):
            words = rjieba.tag(simplified(o.mention))
            if any(w == "的" for w, _t in words[:-1]):
                continue  # 一直积极寻找具潜力的海外合作伙伴: a clause, no name
            cut = 0
            quoted = o.start > 0 and doc.text[o.start - 1] in "“「『\"《"
            while not quoted and cut < len(words) - 1 and (
                    words[cut][1] in _OPENER_TAGS or words[cut][0] in _OPENER_WORDS) and not (
                    _place(gazetteer, words[cut][0]) or words[cut][0].startswith("在")):  # 在日中国商会: a diaspora's
                cut += 1
            if cut:
                skip = sum(len(w) for w, _t in words[:cut])
                rest = o.mention[skip:]
                if len(rest) < 2 or simplified(rest) in HEADS:
                    continue
                o.start, o.mention = o.start + skip, rest
            if _ROLE_HEAD.search(simplified(o.mention)) and _COPULA_BEFORE.search(
                    simplified(doc.text[max(0, o.start - 16):o.start])) and not re.search(
                    "[A-Za-z]", o.mention) and not any(o.start <= p.start < o.end for p in doc.places):
                continue  # 是东北亚重要的|国际航运中心: the role a place plays
        keep.append(o)
    doc.orgs = keep


def drop_descriptions(doc: Doc, gazetteer: Gazetteer) -> None:
    """江原道新创公司, 其AI实验室, 悦来国际会议中心: an unknown candidate that only describes (a place
    and generic words before a generic head), names a venue or a known body's institute or
    department written right after it is no organisation."""
    import rjieba

    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    _trim_openers(doc, gazetteer, zh)
    kinds = _kinds_named(doc, gazetteer, zh)
    keep: list[OrgMention] = []
    for o in doc.orgs:
        if o.entity_id is None and o.gloss_of is None and any(a <= o.start < b for a, b in zh):
            name = simplified(o.mention)
            if _VENUE.search(name) or name in kinds:
                continue
            if _UNIT_END.search(name) and any(
                    k.entity_id is not None and 0 <= o.start - k.end <= 8
                    and _UNBROKEN.fullmatch(doc.text, k.end, o.start) for k in doc.orgs):
                continue  # 工研院資訊與|通訊研究所: the known body's own institute, a sub-unit
            head = _GENERIC_HEAD.search(name)
            if head and any(p.start == o.end for p in doc.orgs):
                continue  # 深圳具身智能机器人公司|灵犀智动: the kind before the name describes it
            if head:
                words = [w for w, _a, _b in rjieba.tokenize(name[:head.start()])]
                while words and _place(gazetteer, words[0]):
                    words.pop(0)
                if all(w in _DESCRIPTIVE for w in words):
                    continue
        keep.append(o)
    doc.orgs = keep


def _kinds_named(doc: Doc, gazetteer: Gazetteer, zh: list[tuple[int, int]]) -> set[str]:
    """The unknown candidates that are only a kind of body (`generic_kind`) wherever the story
    writes them: one glossed or quoted once (香港科技园公司（科技园公司）) is a name throughout, and
    so is one a longer name found holds (科技园 of 香港科技园公司)."""
    names = {simplified(o.mention) for o in doc.orgs
             if o.entity_id is None and o.gloss_of is None and any(a <= o.start < b for a, b in zh)}
    if not names:
        return set()
    simple = simplified(doc.text)
    longer = [simplified(o.mention) for o in doc.orgs]
    kinds = set()
    for name in names:
        if any(name in m and name != m for m in longer):
            continue
        spots = [m.start() for m in re.finditer(re.escape(name), simple)]
        if spots and all(generic_kind(name, simple[max(0, i - 2):i], simple[i + len(name):i + len(name) + 2],
                                      country_ending(gazetteer, simple[max(0, i - 8):i]) > 0)
                         for i in spots):
            kinds.add(name)
    return kinds
