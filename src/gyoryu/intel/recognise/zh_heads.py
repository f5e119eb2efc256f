"""Chinese organisations the directory does not hold, found by how Chinese names them: a name
that opens with something proper (a place, a Latin name, a word jieba tags as a proper noun or
does not know, 国家/中国) and closes with an organisational head (中心, 研究院, 协会, 委员会, 科协,
厅/局/办, 园区/开发区, 陈列馆, 有限公司 …), with ordinary words between (京畿道经济科学振兴院,
重庆市数字经济发展展示中心, 杭州市科技局); the other members of a list that holds an organisation
(含阿里巴巴集团、海亮、吉利等); and a Latin name glossed in brackets by a named organisation
(SISPARK(苏州国际科技园)). Traditional text is read through its Simplified form, offset for offset.
"""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention, PlaceMention, component
from gyoryu.intel.recognise.heads import (
    GATHERING_END,
    add_candidate,
    as_government,
    country_ending,
    repeat_candidates,
    short_repeats_zh,
    simplified,
    with_initials,
)
from gyoryu.intel.recognise.zh import COMMON_ACRONYMS, COUNTRY_PAIRS, ZH_ROLES, ZH_SURNAMES
from gyoryu.intel.recognise.zh_appositions import drop_descriptions, names_after_kind, signing_parties
from gyoryu.intel.recognise.zh_longer import acts_in, known_with_form, longer_names

# Heads, longest first so 研究生院 wins over 学院. A bare 部/厅/局/署/办/委 is a head only as a
# word of its own or at the end of one (商务厅, 科技局, 代表部), never inside a common word.
HEADS = sorted((
    "中心", "研究院", "研究所", "工程院", "科学院", "研究生院", "振兴院", "技术院", "设计院", "学院", "大学",
    "智库", "协会", "学会", "商会", "联合会", "促进会", "基金会", "委员会", "管委会", "常委会", "科协", "工商联",
    "集团", "公司", "有限公司", "股份有限公司", "银行", "基金", "科技园", "产业园", "工业园区", "工业园", "园区",
    "科技城", "开发区", "新区", "自贸区", "试验区", "示范区", "先行区", "保税区", "合作区", "新片区", "片区", "生态城",
    "小镇", "陈列馆", "博物馆", "纪念馆", "展览馆", "科技馆", "办事处", "代表处",
    "代表部", "大使馆", "领事馆", "总领事馆", "事务所", "实验室", "人民政府", "政府", "人大", "政协", "党委",
    "株式会社", "财团", "会议所", "商工会议所", "集群",
    # a body's branch in a province is one body, named by the body and the place (…委员会山东省分会)
    "分会",
    # Taiwanese and Korean bodies' heads: trade guilds, federations, councils, alliances
    # (电机电子工业同业公会, 全国工业总会, 中小企业中央会, 资讯工业策进会), hospitals and exchanges
    "公会", "同业公会", "总会", "协进会", "策进会", "中央会", "联盟", "联谊会", "研究会", "医院", "交易所",
    # a Korean university's industry-academia foundation signs in its own name (산학협력단)
    "产学协力团", "产学合作团",
    "市委", "省委", "区委", "县委", "办公室", "办公厅", "部", "厅", "局", "署", "办", "委", "公社", "公团",
), key=len, reverse=True)
_HEAD = re.compile("|".join(HEADS))
_HEAD_LAST = re.compile(f"(?:{'|'.join(HEADS)})$")
_COMPANY_HEADS = frozenset(("公司", "有限公司", "股份有限公司", "集团", "株式会社"))
_SINGLE = frozenset("部厅局署办委")
# clusters, parks and zones are organisations, not places (苏州工业园区, 杭州未来科技城)
_CLUSTER_END = re.compile(r"(?:园区|开发区|新区|科技城|产业园|科技园|工业园|高新区|自贸区|试验区|示范区|先行区|保税区|"
                          r"合作区|片区|生态城|集群)$")
# common words ending in a head character: not organisations
_NOT_HEAD_WORDS = frozenset(
    "全部 内部 外部 局部 总部 本部 东部 西部 南部 北部 中部 干部 俱乐部 部分 头部 腹部 底部 顶部 各部 "
    "餐厅 大厅 客厅 展厅 格局 布局 结局 当局 大局 时局 政局 开局 部署 签署 举办 主办 承办 创办 开办 合办 协办 "
    "兴办 筹办 代办 督办 编委 子公司 分公司 母公司 公司 本公司 该公司 重心 核心 中心 信心 决心 用心 爱心 关心 "
    "市中心 园区 基金 银行 政府 大学 学院 "
    "委员会 协会 集团 有限公司 实验室 办公室 研究院 研究所 小镇 公会 总会 联盟 医院 交易所 研究会 "
    # a council's chair as Taiwan writes it (國科會主委): a title after the name, not a head
    "主委 副主委 政委 委员 主任委员".split())
# words that carry a name on though jieba reads them as verbs (创新中心, 振兴院, 驻台北韩国代表部)
_NAME_VERBS = frozenset(
    "创新 创造 振兴 发展 促进 成长 合作 交流 投资 贸易 研究 开发 孵化 服务 展示 管理 设计 制造 建设 规划 "
    "推广 培训 教育 运算 计算 保护 支持 驻 改革 互联 联合 融合 应用 检测 认证 产业 信息化 未来 现代 前沿 "
    "先进 高新 尖端 智慧 智能 数字 支援 医疗 驾驶 转型 转化 测试 "
    # a guidance fund (创业投资引导基金), a growth fund (早期成长基金)
    "引导 成长".split())
# what ends a name going back: function words, clause verbs, numbers and punctuation
_STOP_TAGS = ("p", "c", "u", "ul", "uj", "uz", "ug", "uv", "d", "m", "r", "q", "y", "e", "o", "f", "t")
_PROPER_TAGS = frozenset({"ns", "nt", "nz", "eng"})  # not nr: a person opens no name
_NATIONAL = ("国家", "中国", "中华", "全国", "国立", "韩国", "大韩", "国际", "韩中", "中韩")  # 韩中经济协会
_VENUE_AFTER = ("会馆", "大厦", "大楼", "酒店", "礼堂", "广场", "会议室", "城市", "地带", "位置", "地位")
_GOVERNMENT_HEADS = frozenset("政府 人民政府 办公室 办公厅 委员会".split())
# a country before a name that opens with its own scope (韩国|世界韩人商工人总联合会) describes it
# (China's own bodies carry it: 中国国际贸易促进委员会, 中国国际经济交流中心)
_SCOPE = ("世界", "全球", "国际", "亚洲", "亚太")
_ROLE_AFTER = re.compile(r"副?[\u4e00-\u9fff]?长|主任|书记|主席")
_DIRECTIONS = frozenset("东南西北中华方")
_HOME = frozenset(("中国", "中华", "香港", "台湾", "澳门"))  # the Chinese press's own: its bodies carry it
# a Latin acronym glossing a name (创业振兴院（KISED）) says the words before are a name
_ACRONYM_AFTER = re.compile(r"\s?[(（][A-Z][A-Za-z0-9&-]{1,11}[)）]")
# a head that names a line of business when a kind of firm follows it (数据中心运营商KT Cloud)
_KIND_AFTER_HEAD = re.compile(r"(?:运营商|开发商|制造商|供应商|服务商|提供商|厂商|业者)")
# an office named by a world region, no body's name before it: a firm's regional unit
_OFFICE_HEADS = frozenset(("办公室", "办事处", "代表处"))
_SET_UP_BEFORE = re.compile(r"(?:设立|开设|新设|设|开)$")
_REGIONAL = re.compile(r"(?:东北亚|东南亚|亚太|亚洲|欧洲|北美|南美|中东|大中华|全球|海外)(?:区|地区)?"
                       r"(?:业务|营运|运营|销售|研发|营销)?")
# regions whose own bodies carry their name, where a country's ministries do not (香港贸易发展局)
_REGION_NAMED = frozenset(("香港", "澳门"))
# a community abroad names its chamber or association by where it lives (在韩中国商会, 旅日华侨总会)
_ABROAD = re.compile(r"[在旅驻][韩华日美台港澳欧英德法俄越泰新澳加]")
_ABROAD_HEADS = frozenset(("商会", "协会", "联合会", "总会", "联谊会", "同乡会", "侨会"))
_CLAUSE_BEFORE = frozenset("由 与 和 同 跟 及 、 ， , 。 ： : 在 对 向 为 是 “ 《 （ (".split())


@component("gyoryu.zh_organisations.v1")
def zh_organisations_v1(*, gazetteer: Gazetteer):
    """Chinese names by organisational head, list members beside an organisation, and Latin names
    glossed by one (see the module)."""
    import rjieba

    places = gazetteer.places

    def place_kind(word: str) -> str | None:
        for kind, i in gazetteer.entities(name_key(word)):
            if kind == EntityKind.place:
                return places[i].kind
        return None

    def known(word: str) -> bool:
        return bool(gazetteer.entities(name_key(word)))

    def proper(word: str, tag: str, strict: bool = False) -> bool:
        """A word a name can open with: a place, a known name, 国家/中国…, and unless `strict`, a
        proper-noun tag (not a person's) or a word jieba does not know."""
        if not all(c.isalnum() for c in word) or "两国" in word or word.upper() in COMMON_ACRONYMS:
            return False
        if (place_kind(word) is not None or word.startswith(_NATIONAL)
                or any(k == EntityKind.organization for k, _i in gazetteer.entities(name_key(word)))):
            return True
        if strict or (len(word) <= 3 and word[0] in ZH_SURNAMES and not rjieba.has_word(word)):
            return False  # 唐良智: a person, who opens no organisation's name
        if word[0] in "这那":
            return False  # 这是, 那些: a clause's words, though jieba's dictionary lacks them
        return tag in _PROPER_TAGS or not rjieba.has_word(word)

    def run(doc: Doc) -> None:
        for p in [p for p in doc.places if _CLUSTER_END.search(simplified(p.mention))]:
            doc.places.remove(p)  # the park itself, not its administrative committee (管委会)
            doc.orgs.append(OrgMention(p.start, p.end, p.mention, source="pattern"))
        for s in doc.sentences_in("zh"):
            simple = simplified(doc.text[s.start:s.end])
            tokens = [(w, a, a + len(w), t) for w, t, a in _tag(rjieba, simple)]
            for m in _HEAD.finditer(simple):
                span = _name_before(simple, tokens, m.start(), m.end(), proper, known, gazetteer.countries_zh)
                if span:
                    _add_whole(doc, gazetteer, s.start + span[0], s.start + span[1])
            _glossed_latin(doc, gazetteer, s)
            for m in _BRAND_LINE.finditer(simple):
                _add_whole(doc, gazetteer, s.start + m.start(), s.start + m.end())
            _list_members(doc, gazetteer, s, simple, tokens, proper)
            _latin_before_kind(doc, gazetteer, s, simple)
            _cited_media(doc, gazetteer, s, simple)
            _latin_seat(doc, gazetteer, s, simple)
            _place_and_line(doc, gazetteer, s, tokens)
            _national_bodies(doc, gazetteer, s, simple)
            _quoted_before_title(doc, gazetteer, s, simple)
            _quoted_bodies(doc, gazetteer, s, simple)
            names_after_kind(doc, gazetteer, s)
            signing_parties(doc, gazetteer, s)
            _named_before_latin_gloss(doc, gazetteer, s, simple, tokens)
        _country_before_ministry(doc)
        _sender_of_mission(doc, gazetteer)
        _latin_initials_onto(doc, gazetteer)
        _seat_in_brackets(doc, gazetteer)
        _party_committees(doc, gazetteer)
        _country_not_in_name(doc, gazetteer)
        _park_after_its_province(doc, gazetteer)
        _another_countrys_ministry(doc, gazetteer)
        _group_of_company(doc)
        longer_names(doc, gazetteer)
        known_with_form(doc, gazetteer)
        _known_with_its_place(doc, gazetteer)
        _legal_form_first(doc)
        drop_descriptions(doc, gazetteer)
        _government_where(doc, gazetteer)
        _signing_places(doc, gazetteer)
        repeat_candidates(doc, "zh")
        short_repeats_zh(doc, gazetteer)

    return run


# SK 化工, SK 综合化学: a Korean group's short Latin name and its line of business name one of its
# companies (a known group's name in Chinese is read so by the directory step)
_BRAND_LINE = re.compile(r"(?<![A-Za-z])[A-Z]{2,3} ?(?:综合化学|生命科学|物产|化工|化学|制铁|石油|重工|建设|机床|显示)"
                         r"(?:株式会社|(?:股份)?有限公司)?")
_MINISTRY = re.compile(r"(?:韩国|韓國|中国|中國|美国|美國|日本|台湾|台灣|臺灣|新加坡|越南|"
                       r"德国|德國|英国|英國|法国|法國|沙特)(?=[\u4e00-\u9fff]{2,8}部$)")


_ONE_OF = re.compile(r"(?:首个|首家|一个|一家|这个|这家|该|各|多个|多家|其|一流|知名|著名|领先)$")
_GRADE = re.compile(r"(?:国家|省|市|区|县)级")
_SEAT = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]")


def _seat_in_brackets(doc: Doc, gazetteer: Gazetteer) -> None:
    """苏州工业园区国际商务合作中心(首尔): a city in brackets right after an office's name is where this
    one of its offices sits, part of its name (as 驻首尔 would be)."""
    for o in doc.orgs:
        m = _SEAT.match(doc.text, o.end)
        if o.entity_id is not None or m is None or not _HEAD.search(simplified(o.mention[-4:])):
            continue
        if any(k == EntityKind.place and gazetteer.places[i].kind in ("city", "province")
               for k, i in gazetteer.entities(name_key(m.group(1)))):
            doc.places = [p for p in doc.places if not (m.start(1) <= p.start and p.end <= m.end(1))]
            o.end, o.mention = m.end(), doc.text[o.start:m.end()]


_PARTY_COMMITTEE = re.compile(r"(?:中共)?(.{2,6}?)([省市])?(?:党委|委员会)$")
_COMMITTEE_OF = {"province": "省委", "city": "市委"}


def _party_committees(doc: Doc, gazetteer: Gazetteer) -> None:
    """广东党委, 烟台市党委: a province's or city's party committee, however the press shortens it,
    is the one the directory holds as 广东省委 / 中共烟台市委."""
    for o in doc.orgs:
        if o.entity_id is not None:
            continue
        m = _PARTY_COMMITTEE.fullmatch(simplified(o.mention))
        if m is None or "委员会" in m.group(0) and "中共" not in m.group(0):
            continue
        kinds = [gazetteer.places[i].kind for k, i in gazetteer.entities(name_key(m.group(1) + (m.group(2) or "")))
                 if k == EntityKind.place]
        word = next((_COMMITTEE_OF[k] for k in kinds if k in _COMMITTEE_OF), None)
        if word is None:
            continue
        for name in (m.group(1) + word, "中共" + m.group(1) + word):
            owners = [i for k, i in gazetteer.entities(name_key(name)) if k == EntityKind.organization]
            if len(owners) == 1:
                o.entity_id, o.confidence, o.method, o.candidates = owners[0], 1.0, LinkMethod.alias, []
                break


def _known_with_its_place(doc: Doc, gazetteer: Gazetteer) -> None:
    """投資推廣署 in a story about Hong Kong: a body the directory holds under its place's name
    (香港投資推廣署) is written without it where the story has named the place; the bare name
    is that body when the place the story names makes a single directory name of it."""
    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    seen = {p.mention for p in doc.places if p.entity_id is not None}
    for o in doc.orgs:
        if o.entity_id is not None or o.source != "pattern" or not any(a <= o.start < b for a, b in zh):
            continue
        if o.start and doc.text[o.start - 1] in "其的该該本":
            continue  # 其AI實驗室: someone's own lab, described, not the body a place names
        owners = {i for place in seen for name in (place + o.mention, simplified(place + o.mention))
                  for k, i in gazetteer.entities(name_key(name)) if k == EntityKind.organization}
        if len(owners) == 1:
            o.entity_id, o.confidence, o.method, o.candidates = owners.pop(), 1.0, LinkMethod.alias, []


def _country_before_ministry(doc: Doc) -> None:
    """韩国中小企业部, 韓國科技部: a country written onto a ministry says whose it is; the ministry's
    name is the rest (as 중국 상무부 is 상무부), whatever form the directory holds."""
    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    for o in doc.orgs:
        m = _MINISTRY.match(o.mention)
        if m and any(a <= o.start < b for a, b in zh):
            o.start += m.end()
            o.mention = o.mention[m.end():]


def _sender_of_mission(doc: Doc, gazetteer: Gazetteer) -> None:
    """中国|驻韩国大使馆: a mission the directory knows as 驻…大使馆 is named with the country that
    sends it when the text writes that country right before; the mention takes it in (same body)."""
    text = doc.text
    for o in doc.orgs:
        if not simplified(o.mention).startswith("驻"):
            continue
        n = country_ending(gazetteer, simplified(text[max(0, o.start - 4):o.start]))
        if n and not any(p.start < o.start and o.start - n < p.end for p in doc.orgs if p is not o):
            o.start -= n
            o.mention = text[o.start:o.end]
            doc.places = [p for p in doc.places if not (o.start <= p.start and p.end <= o.end)]


def _tag(rjieba, text: str) -> list[tuple[str, str, int]]:
    out, at = [], 0
    for w, t in rjieba.tag(text):
        out.append((w, t, at))
        at += len(w)
    return out


def _name_before(simple: str, tokens, hs: int, he: int, proper, place_or_org,
                 countries: re.Pattern, cross_and: bool = True) -> tuple[int, int] | None:
    """The name a head closes: back over at most six words to the earliest proper one, through
    nouns and the words names are made of; a place in brackets (半导体(重庆)有限公司) is part of it.
    A 与 between two fields is inside the name when a proper word opens it before the 与
    (台灣智慧自動化與機器人協會, 香港人工智能与机器人学会); with none, the name is what follows 与."""
    k = next((i for i, t in enumerate(tokens) if t[1] <= hs < t[2]), None)
    if k is None:
        return None
    word, a, b, _tag = tokens[k]
    if b > he and word[hs - a:] not in HEADS and not _ROLE_AFTER.fullmatch(simple, he, b):
        return None  # the head is inside a longer word (中心城市, 部署): not a head here
    if a < hs and b == he and word in _NOT_HEAD_WORDS:
        return None  # 韩国子公司, 上海市中心: the head closes a common word, which names no one
    if he - hs == 1 and hs and simple[hs - 1] == simple[hs]:
        return None  # 科技厅厅长: the second 厅 is the title's
    if hs and simple[hs - 1] == "副":
        return None  # 商务局副局长, 城市副中心: a deputy's title or a second centre, no head
    if he - hs == 1 and simple[hs] in _SINGLE and (word in _NOT_HEAD_WORDS or (
            a == hs and b == he and k and tokens[k - 1][3] == "v" and tokens[k - 1][0] not in _NAME_VERBS)):
        return None
    if a == hs and b == he and word in _NOT_HEAD_WORDS and k and tokens[k - 1][0] in _CLAUSE_BEFORE:
        return None  # "的中心", "和协会": the word alone
    start, best, steps, crossed = min(a, hs), None, 0, None
    if simple[he:he + 4].startswith(_VENUE_AFTER):
        return None  # 商会会馆, 中心大厦: a building
    if _KIND_AFTER_HEAD.match(simple, he):
        return None  # 数据中心|运营商: the head names a line of business, the firm comes after
    if a < hs and proper(simple[a:hs], "n", strict=True):
        best = a
    j = k - 1
    while j >= 0 and steps < 6:
        w, wa, _wb, tag = tokens[j]
        if w in (")", "）") and j >= 2 and tokens[j - 2][0] in ("(", "（"):
            j -= 3  # (重庆)
            continue
        if (w in ("和", "及") and j and best is None and tokens[j - 1][3].startswith("n")
                and not proper(tokens[j + 1][0], tokens[j + 1][3])):
            j -= 1  # 经济和信息化委员会, 创新科技及工业局 (but not 中国工程院和韩国工程院)
            continue
        if (w == "与" and cross_and and j and best is None and steps
                and tokens[j - 1][3] in ("n", "l", "vn", "an") and not place_or_org(tokens[j - 1][0])
                and not proper(tokens[j + 1][0], tokens[j + 1][3])):
            crossed = wa  # 智慧自动化|与|机器人协会: two fields of one body, if a proper word opens it
            j -= 1
            continue
        if w == " " and j and tokens[j - 1][3] == "eng":
            j -= 1  # IT 专家协会
            continue
        if tag.startswith("nr") and w not in _NAME_VERBS and place_or_org(w) is False:
            if j == k - 1 and j and _CLUSTER_END.fullmatch(simple, hs, he) and (
                    tokens[j - 1][3] == "ns" or _CLUSTER_END.search(tokens[j - 1][0])
                    or proper(tokens[j - 1][0], tokens[j - 1][3], strict=True)):
                best = start = wa  # 两江新区|鱼复|工业园: a park in a zone, named by its place, never a person
                j -= 1
                break
            if (a == hs and simple[hs:he] in _COMPANY_HEADS and all(len(t[0]) == 1 for t in tokens[j + 1:k])) or (
                    simple[hs:he].endswith("有限公司") and j + 1 < k and all(
                        t[3].startswith("n") and not t[3].startswith("nr") for t in tokens[j + 1:k])):
                # 安森美|公司, 科沃|森|公司, 纳芯|微电子股份有限公司: a name jieba reads as a person's
                best = start = wa
                j -= 1
                steps += 1
                continue
            break  # a person's name (唐良智代表市委) opens no organisation's
        if proper(w, tag) or (tag in ("f", "s") and len(w) == 2 and set(w) <= _DIRECTIONS
                              and (j == 0 or tokens[j - 1][3] in ("v", "p", "c", "x"))):
            best = wa  # 南方|科技大学, 东北|大学: a region's direction opens the name
        elif not (w in _NAME_VERBS or tag.startswith("n") or tag in ("vn", "b", "l", "s", "j") or w in COMMON_ACRONYMS
                  or (tag == "a" and len(w) >= 2)):
            break
        start = wa
        j -= 1
        steps += 1
    if j >= 0 and j + 1 < k and (tokens[j][0] + tokens[j + 1][0]) in COUNTRY_PAIRS \
            and not simple.startswith(("两国", "兩國", "双方", "雙方"), tokens[j][1] + 2):
        best = start = tokens[j][1]  # 中|韩|友好协会: the two countries a bilateral body joins
    if crossed is not None and (best is None or best > crossed):
        return _name_before(simple, tokens, hs, he, proper, place_or_org, countries, cross_and=False)
    if (best is None and j >= 1 and len(tokens[j][0]) == 1 and tokens[j][3] in ("a", "j", "b")
            and tokens[j - 1][0] in _CLAUSE_BEFORE and start < hs):
        start, j = tokens[j][1], j - 1  # 与|新|万金开发厅, 与|大|韩商工会议所: a name jieba cut to pieces
    if best is None:
        before = tokens[j][0] if j >= 0 else "。"
        if (before in _CLAUSE_BEFORE and he - start >= 5 and simple[he:he + 1] != "的"
                or _ACRONYM_AFTER.match(simple, he) and he - start >= 4) and start < hs:
            best = start  # 由全球战略合作研究院与…, 创业振兴院（KISED）: a whole noun phrase as a party or glossed
        else:
            return None
    if simple[best] == "由" and hs - best > 2:
        best += 1  # 由|国发|基金: jieba glued the preposition onto the name's first word
    if best >= hs:
        return None
    if _ONE_OF.search(simple, max(0, best - 3), best) or _GRADE.match(simple, best):
        return None  # 首个国际商务合作中心, 国家级开发区: a kind of body described, not one named
    if simple[hs:he] in _OFFICE_HEADS and (_REGIONAL.fullmatch(simple, best, hs) or (
            _SET_UP_BEFORE.search(simple, max(0, best - 3), best) and place_or_org(simple[best:hs]))):
        return None  # 设立东北亚业务办公室, 设立香港办事处: the office the subject sets up there, its own unit
    if simple[hs:he] == "集群" and (country := countries.match(simple, best, hs)):
        after = next((t for t in tokens if t[1] == country.end()), None)
        if after is None or not proper(after[0], after[3]) or after[1] >= hs:
            return None  # 韩国半导体产业集群: a kind of cluster in a country, not one named
        best = country.end()
    country = countries.match(simple, best, hs)
    if country and simple.startswith(_SCOPE, country.end()) and country.group() not in _HOME:
        best = country.end()
    if best > 0 and simple[best - 1] == "驻" and simple[best - 2:best] not in ("入驻", "进驻"):
        best -= 1  # 驻台北韩国代表部: the mission is named by where it is (入驻 is moving in)
        sender = next((n for n in (4, 3, 2) if n <= best and countries.fullmatch(simple, best - n, best)), 0)
        best -= sender  # 中国|驻韩国大使馆: the country whose mission it is, named before 驻
    elif _ABROAD.fullmatch(simple, max(0, best - 2), best) and simple[hs:he] in _ABROAD_HEADS:
        best -= 2  # 在韩|中国商会, 旅日华侨总会: a diaspora's body is named by where it lives
    elif (country := countries.match(simple, best, hs)) and _country_describes(
            simple, tokens, country, simple[hs:he], place_or_org):
        best = country.end()  # 韩国中小企业部 → 中小企业部; 韩国政府 names no one
        if best >= hs:
            return None
    return best, he


def described_by_context(simple: str, start: int, end: int) -> bool:
    """A span the words around it show to be a line of business (数据中心|运营商) or a firm's office
    for a region (东北亚业务办公室), whoever reads it as a name."""
    head = _HEAD_LAST.search(simple, start, end)
    return bool(_KIND_AFTER_HEAD.match(simple, end)) or (
        head is not None and head.group() in _OFFICE_HEADS and bool(_REGIONAL.fullmatch(simple, start, head.start())))


def _country_describes(simple: str, tokens, country: re.Match, head: str, place_or_org) -> bool:
    """Whether a country before a name describes it rather than being part of it: before a
    ministry or a government (韩国中小企业部); before a name that opens with a proper word of its
    own, a place, a body or a Latin name (韩国|京畿道经济科学振兴院, 韩国|汉阳大学); before a
    company or a group of another country (韩国未来资产集团: Korean groups carry no 韩国). A
    country before ordinary words alone is the name's (韩国科学技术院, 韩国产业银行), and the
    Chinese press's own places open their own bodies' names (中国国际贸易促进委员会,
    台湾智联物流与仓储协会, 香港科技园公司); only their companies named by a word of their own are
    described by them (中国|华为公司)."""
    home = country.group() in _HOME
    if head in _GOVERNMENT_HEADS:
        return not (head == "委员会" and home)
    if head[-1] in _SINGLE:
        return country.group() not in _REGION_NAMED  # 香港贸易发展局 is Hong Kong's own name for it
    after = next((t for t in tokens if t[1] == country.end()), None)
    # (no tag: a word a directory added to jieba, whichever directory: a name, as 高丽大学 is)
    own = after is not None and (after[3] in ("ns", "nt", "eng", "") or place_or_org(after[0]))
    if home:  # 台湾|智联物流与仓储协会: Taiwan's and China's own bodies carry it, not their firms
        return own and head in _COMPANY_HEADS
    return own or head in _COMPANY_HEADS


_JOINED = re.compile(r"\s*(?:以及|及|和|与|與|、|跟|同)\s*")


def _add_whole(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> OrgMention | None:
    """A candidate over the span; known names inside it at its start give way to the whole
    (SK海力士半导体 in SK海力士半导体(重庆)有限公司), a school inside a university is the university,
    and a name joined on by 及/和/、 (京畿道经济振兴院及韩国科学技术院) stays a name of its own."""
    text = doc.text
    for o in sorted(doc.orgs, key=lambda o: o.end):
        if start <= o.start and o.end < end and (join := _JOINED.match(text, o.end, end)):
            start = join.end()  # 振兴院及|韩国科学技术院: a list of two names, the second one is ours
    uni = re.search(r"大学|大學", text[start:end])
    if uni and (re.search(r"学院|學院|研究生院", text[start + uni.end():end]) or (
            _UNIVERSITY_UNIT.search(simplified(text[start + uni.end():end])) and not acts_in(text, start, end))):
        # the pieces of the whole another rule took for a name (大学机器人研究院) go with the unit
        doc.orgs = [o for o in doc.orgs if not (o.entity_id is None and o.source == "pattern"
                                                and start < o.start < start + uni.end() < o.end <= end)]
        end = start + uni.end()  # 四川大学国际关系学院 → 四川大学 (sub-units are not annotated)
    inner = [o for o in doc.orgs if start <= o.start and o.end <= end and (o.start, o.end) != (start, end)]
    if any(o.start < end and start < o.end and not (start <= o.start and o.end <= end) for o in doc.orgs):
        return None
    if any(p.start < end and start < p.end for p in doc.people):
        return None
    known = [o for o in inner if o.entity_id is not None]
    if known and not (len(known) == 1 and known[0].start == start):
        return None  # two known names, or one inside: not one organisation
    if known and (unit := _SUB_UNIT.search(text, known[0].end, end)) and unit.end() == end \
            and not _LEGAL_FORM.fullmatch(simplified(text[known[0].end:end])):
        return None  # 中国工程院国际合作局: a unit inside the organisation named first
    if known and _BODY_UNIT.search(tail := simplified(text[known[0].end:end])) and not tail.startswith("驻") \
            and gazetteer.orgs[known[0].entity_id].kind != "government" \
            and not acts_in(text, start, end):
        return None  # 工研院服务系统科技中心亦关注: the known body's centre, the body named (as longer_names);
        # a city's own centre (大明市国际科技合作中心) is an institution of its own
    for o in inner:
        doc.orgs.remove(o)
    if known and _LEGAL_FORM.fullmatch(simplified(text[known[0].end:end])):
        got = known[0]  # 大疆创新科技有限公司: the known company under its registered name
        got.end, got.mention = end, text[got.start:end]
        doc.orgs.append(got)
        return got
    got = add_candidate(doc, gazetteer, start, end, absorb_places=True)
    if got is None:
        doc.orgs.extend(inner)
    return got


_BODY_UNIT = re.compile(r"(?:研究院|研究所|中心|实验室)$")


# a university's own institutes and labs: the university, unless the unit acts in its own name
# (来自南方科技大学机器人研究院 is the university; …研究院与…签署 the institute)
_UNIVERSITY_UNIT = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:研究院|研究所|实验室|中心)$")


# what a company's registered name adds to the name it goes by
_LEGAL_FORM = re.compile(r"(?:科技)?(?:股份)?(?:有限)?(?:责任)?公司|株式会社")


# (研究所, 學系: an institute's or a university's own labs and departments, 工研院電光系統研究所)
_SUB_UNIT = re.compile(r"(?:局|部|处|處|(?<!公)司|厅|室|办公室|學院|学院|研究所|學系|学系)$")  # 有限公司 is no 司
_LATIN_GLOSSED = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z0-9&.-]{2,20})\s?[(（]([^()（）\n]{2,24})[)）]")


def _glossed_latin(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """SISPARK(苏州国际科技园): a Latin name glossed by an organisation is one, and so is the gloss."""
    for m in _LATIN_GLOSSED.finditer(doc.text, s.start, s.end):
        gloss = [o for o in doc.orgs if o.start == m.start(2) and o.end == m.end(2)]
        if not gloss:
            head = _HEAD.search(simplified(m.group(2)))
            if head is None or head.end() != len(m.group(2)):
                continue
            gloss = [_add_whole(doc, gazetteer, *m.span(2))]
        if gloss[0] is not None:
            add_candidate(doc, gazetteer, *m.span(1))


# 现代汽车（Hyundai Motor）, 商汤科技（SenseTime）: a Chinese name glossed by its Latin one; the gloss
# a capitalised name, or an acronym (a technology's as often as a body's: only after a proper word)
_LATIN_GLOSS = re.compile(r"[（(]\s?([A-Z][A-Za-z0-9&.\-]*[a-z][A-Za-z0-9&.\-]*(?: [A-Z0-9&][A-Za-z0-9&.\-]*){0,4}"
                          r"|[A-Z][A-Z0-9&]{1,7})\s?[）)]")
# what says the glossed name is a body and not a person, a place or a product: a firm's or a body's
# ending on the Chinese side (also the Korean glosses', ko_glosses), or a word of one in the Latin
FIRM_END = re.compile(r"(?:科技|集团|公司|控股|资本|投资|创投|证券|银行|保险|基金|汽车|电子|化学|化工|重工|物产|"
                      r"生物|制药|医药|制剂|机器人|半导体|智能|能源|新能源|电讯|电信|通信|网络|软件|航空|物流|"
                      r"传媒|娱乐|游戏|数据|显示|材料|精密|钢铁|制铁|造船|建设|电气|电力|食品)$")
_BODY_WORD = re.compile(r"\b(?:Motors?|Group|Holdings|Electronics|Robotics|Biologics|Bio|Pharma\w*|Capital|Partners|"
                        r"Ventures?|Investments?|Securities|Bank|Financial|Insurance|Corp\w*|Inc|Co|Ltd|Company|"
                        r"Technolog\w+|Tech|Semiconductors?|Chemicals?|Energy|Solutions?|Telecom|Networks?|Systems|"
                        r"Labs?|Industries|Institute|University|Association|Agency|Foundation|Fund)\b")
_KIND_WORDS = frozenset("企业 公司 厂商 业者 制造商 供应商 开发商 运营商 初创 新创 旗下 子公司 巨头 龙头".split())
_GLOSSED_TAGS = ("n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "j", "l", "vn", "b", "t", "eng")


def _name_word(word: str, tag: str) -> bool:
    """A word a glossed name is made of (a word jieba lacks is tagged x, as punctuation is)."""
    import rjieba

    if word in _CLAUSE_BEFORE or word in _KIND_WORDS:
        return False  # 视觉企业|视界智能（VisionAI Korea）: the name comes after its kind
    if tag == "x" or not rjieba.has_word(word):
        return word.isalnum()
    return tag in _GLOSSED_TAGS or word in _NAME_VERBS or bool(FIRM_END.fullmatch(word))  # …|精密 (an adjective)


def _named_before_latin_gloss(doc: Doc, gazetteer: Gazetteer, s, simple: str, tokens) -> None:
    """未来资产风险投资（Mirae Asset Venture Investment）, 与现代汽车（Hyundai Motor）签署: the words
    right before a capitalised Latin gloss (nouns, proper words, words jieba lacks; at most four,
    no country before them) are a name when either side says it is a body's, and the gloss is
    the same body's other name."""
    import rjieba

    text = doc.text
    for m in _LATIN_GLOSS.finditer(simple):
        k = next((i for i, t in enumerate(tokens) if t[2] == m.start()), None)
        if k is None or not "\u4e00" <= simple[m.start() - 1] <= "\u9fff":
            continue
        j = k
        while j >= 0 and k - j < 4 and _name_word(*tokens[j][::3]):
            j -= 1
        if j >= 1 and j < k and tokens[j][3] == "v" and len(tokens[j][0]) >= 2 \
                and tokens[j - 1][0] in (*_CLAUSE_BEFORE, "的"):
            j -= 1  # 与|大成|汽车: a brand jieba reads as a verb, right after the clause's word
        a, b = tokens[j + 1][1] if j < k else m.start(), m.start()
        if (country := gazetteer.countries_zh.match(simple, a, b)) and b - country.end() >= 2:
            a = country.end()  # 韩国|现代汽车
        name = simple[a:b]
        if not 2 <= len(name) <= 12 or place_only(gazetteer, name) or not (
                FIRM_END.search(name) or _HEAD_LAST.search(name) or _BODY_WORD.search(m.group(1))):
            continue
        if any(p.start < s.start + b and s.start + a < p.end for p in doc.people):
            continue
        if m.group(1).isupper() and (m.group(1) in COMMON_ACRONYMS or not any(
                t[3] in ("nz", "nt", "nr", "nrt", "ns", "x") or not rjieba.has_word(t[0])
                for t in tokens[j + 1:k + 1])):
            continue  # 上银科技（HIWIN）, not 自动驾驶汽车（AV）: an acronym glosses a name of its own
        han = next((o for o in doc.orgs if (o.start, o.end) == (s.start + a, s.start + b)), None) or (
            _add_whole(doc, gazetteer, s.start + a, s.start + b))
        la, lb = s.start + m.start(1), s.start + m.end(1)
        if han is None or any(o.start < lb and la < o.end for o in doc.orgs):
            continue
        doc.places = [p for p in doc.places if not (la <= p.start and p.end <= lb)]
        latin = add_candidate(doc, gazetteer, la, lb)
        if latin is not None and latin.entity_id is None and han.entity_id is None and text[la:lb] != han.mention:
            latin.gloss_of = han


# 拜访Naver总部, 参观Coupang工厂: a Latin name with its headquarters or its plant is a firm's
_LATIN_SEAT = re.compile(r"(?<![A-Za-z0-9&.\-])([A-Z][A-Za-z0-9&.\-]*(?: [A-Z0-9][A-Za-z0-9&.\-]*){0,2})\s?"
                         r"(?=总部|本部|工厂|研发中心)")


def _latin_seat(doc: Doc, gazetteer: Gazetteer, s, simple: str) -> None:
    for m in _LATIN_SEAT.finditer(simple):
        a, b = s.start + m.start(1), s.start + m.end(1)
        if m.group(1).upper() not in COMMON_ACRONYMS and not doc.taken(a, b):
            add_candidate(doc, gazetteer, a, b)


_LIST_SEP = "、"
# a space after a Latin name is inside the item (LG INNOTEK, SK 综合化学)
# (已有A、B等多家企业: the verb that introduces the list is not its first member's name)
_ITEM_STOP = re.compile(r"[，,。；;：:“”\"《》]|(?<![A-Za-z0-9])\s|包括|包含|含|如|等|及|以及|和|与|了|的|在|是|"
                        r"已有|还有|也有|另有|已经有|就有")
# 'A、B、C等韩国世界500强': a list closed by 等 and a kind of organisation names organisations
# (包括晶奕精密、立暘材料等關鍵零組件與特用化學品業者: Taiwanese news closes a list of firms with the
# line of business they are in and 業者/廠商, the kind written after a longer description)
_KIND_AFTER = re.compile(r"等(?:[^，,。、；;]{0,10}?(?:企业|公司|集团|机构|组织|单位|团体|协会|500\s?强)(?!家)"
                         r"|[^，,。、；;和及]{0,16}?(?:业者|厂商))")


def _list_members(doc: Doc, gazetteer: Gazetteer, s, simple: str, tokens, proper) -> None:
    """In 'A、B、C等' with an organisation among the members, the other members that read as names
    (a proper word, a word jieba lacks, a Latin name) or end in an organisational head (新万金开发厅,
    even with a verb inside) are organisations too."""
    text = doc.text
    if _LIST_SEP not in simple:
        return
    chains: list[list[tuple[int, int]]] = []
    for piece in re.finditer(r"[^、]+", simple):
        a, b = piece.span()
        sep_left = a > 0 and simple[a - 1] == _LIST_SEP
        sep_right = b < len(simple) and simple[b] == _LIST_SEP
        stops = list(_ITEM_STOP.finditer(simple, a, b))
        if sep_left and chains:  # the member ends a chain before its first stop
            chains[-1].append((a, stops[0].start() if stops else b))
        if sep_right and (stops or not sep_left):  # and the last stop opens the next chain
            chains.append([(stops[-1].end() if stops else a, b)])
    for chain in chains:
        if len(chain) < 2:
            continue
        spans = [(s.start + a, s.start + b) for a, b in chain]
        orgs = [sp for sp in spans if any(o.start <= sp[0] + 1 and sp[1] - 1 <= o.end and o.start < sp[1]
                                          for o in doc.orgs)]
        kind_after = bool(_KIND_AFTER.match(simple, chain[-1][1]))
        if not orgs and not kind_after:
            continue
        for (a, b), (ta, tb) in zip(spans, chain, strict=True):
            while a < b and text[a] in " (（":
                a += 1
            gloss = re.search(r"\s?[(（][^()（）]*[)）]$", text[a:b])
            if gloss:
                b = a + gloss.start()
            word = simplified(text[a:b])
            if not (2 <= len(word) <= 12) or doc.taken(a, b):
                continue
            words = [t for t in tokens if ta <= t[1] and t[2] <= tb]
            if orgs and len(word) >= 4 and _HEAD_LAST.search(word) and not place_only(gazetteer, word):
                add_candidate(doc, gazetteer, a, b)  # 新万金开发厅 beside bodies: its head names it
                continue
            if any(tag.startswith("v") and w not in _NAME_VERBS for w, _a, _b, tag in words[1:]):
                continue  # 由SISPARK牵头组建: a clause, not a name
            unknown = len(words) > 1 and all(len(w) == 1 for w, *_ in words)  # 昊|禾: jieba lacks it
            # closed by 等 and a kind of organisation: any member that is more than a place
            kind = (not orgs or kind_after) and not place_only(gazetteer, word) and not (
                len(words) == 1 and words[0][3].startswith(("nr", "v", "m", "t")))
            # 现代|石油 beside companies: a name and a line of business (not an industry alone)
            line = len(words) == 2 and words[1][0] in _LINES and words[0][0] not in _LINES
            if word.isascii() or unknown or kind or line or any(proper(w, tag) and not place_only(gazetteer, w)
                                                                for w, _a, _b, tag in words):
                add_candidate(doc, gazetteer, a, b)


_LATIN_BEFORE_KIND = re.compile(r"(?<![A-Za-z0-9&.-])([A-Z][A-Za-z0-9&.-]+(?: [A-Z][A-Za-z0-9&.-]+){0,3}) ?(?=等)")


def _latin_before_kind(doc: Doc, gazetteer: Gazetteer, s, simple: str) -> None:
    """'LG DISPLAY 等韩国世界500强', 'KT等企业': a Latin name closed by 等 and a kind of organisation
    is one, alone as well as in a list."""
    for m in _LATIN_BEFORE_KIND.finditer(simple):
        if _KIND_AFTER.match(simple, m.end()) or _KIND_AFTER.match(simple, m.end() + 1):
            a, b = s.start + m.start(1), s.start + m.end(1)
            if not doc.taken(a, b):
                add_candidate(doc, gazetteer, a, b)


def place_only(gazetteer: Gazetteer, word: str) -> bool:
    owners = gazetteer.entities(name_key(word))
    return bool(owners) and all(k == EntityKind.place for k, _i in owners)


# 据《金融新闻》报道, 《人民日报》称, 據南韓媒體「亞洲經濟」報導: a title in 《》 (or in quotes, as Taiwan
# and Hong Kong write it) that reports, says or is cited is a news outlet
_CITED = re.compile(r"(?:据|根据|援引|引述|引用)[^，。《「“]{0,6}[《「“]([^《》「」“”]{2,12})[》」”]"
                    r"|[《「“]([^《》「」“”]{2,12})[》」”](?=[^，。《]{0,12}?(?:报道|報導|报导|称|稱|援引|指出|披露|消息))")
_OUTLET_END = re.compile(r"(?:新闻|日报|时报|晚报|早报|周刊|杂志|报|社|电视台|广播|网|经济|财经|商报|新聞|週刊)$")


def _cited_media(doc: Doc, gazetteer: Gazetteer, s, simple: str) -> None:
    """据韩国《金融新闻》报道: the outlet a story is cited from is an organisation (media); a title
    in 《》 that names an agreement or a plan (《合作备忘录》) is not cited so, or does not end as
    a paper's name does."""
    for m in _CITED.finditer(simple):
        g = 1 if m.group(1) else 2
        if not _OUTLET_END.search(m.group(g)):
            continue
        a, b = s.start + m.start(g), s.start + m.end(g)
        if not doc.taken(a, b):
            add_candidate(doc, gazetteer, a, b)


# a line of business that, written after a city, names a company there (浦项制铁, 蔚山石化 …)
_LINES = frozenset("制铁 钢铁 石油 石化 化学 化工 重工 造船 汽车 电子 电力 航空 海运 物产 证券 银行 机床".split())


def _place_and_line(doc: Doc, gazetteer: Gazetteer, s, tokens) -> None:
    """浦项制铁、…: a city and a line of business, closing the noun phrase, name a company; the city
    is then no place of its own."""
    for i, (w, _a, b, _t) in enumerate(tokens[1:-1], start=1):
        prev, after = tokens[i - 1], tokens[i + 1]
        if w not in _LINES or (after[3].startswith(("n", "v")) and after[0] != "等"):
            continue
        place = next((p for p in doc.places if p.start == s.start + prev[1] and p.end == s.start + prev[2]), None)
        if place is None or gazetteer.places[place.entity_id].kind not in ("city", "district"):
            continue
        if any(o.start < s.start + b and s.start + prev[1] < o.end for o in (*doc.orgs, *doc.people)):
            continue
        doc.places.remove(place)
        if add_candidate(doc, gazetteer, s.start + prev[1], s.start + b) is None:
            doc.places.append(place)


def _national_bodies(doc: Doc, gazetteer: Gazetteer, s, simple: str) -> None:
    """政协 on its own (…现政协主席, inside the title) is the national body the directory holds as
    全国政协; a province's (广东省政协) is found by its head."""
    for m in re.finditer("政协", simple):
        a, b = m.span()
        if doc.taken(s.start + a, s.start + b):
            continue
        owners = [i for k, i in gazetteer.entities(name_key("全国政协")) if k == EntityKind.organization]
        doc.orgs.append(OrgMention(s.start + a, s.start + b, doc.text[s.start + a:s.start + b],
                                   owners[0] if len(owners) == 1 else None, 1.0 if len(owners) == 1 else 0.0,
                                   LinkMethod.alias if len(owners) == 1 else LinkMethod.none,
                                   source="directory" if len(owners) == 1 else "pattern"))


_HOME_NAME = {"KR": ("ko", ("한국", "대한")), "CN": ("zh-Hans", ("中国", "中华")),
              "TW": ("zh-Hant", ("中華", "臺灣", "台灣"))}
_COUNTRY_PREFIX = re.compile(r"(?:韩国|韓國|中国|中國|美国|美國|日本)(?=[\u4e00-\u9fff]{2})")


def _country_not_in_name(doc: Doc, gazetteer: Gazetteer) -> None:
    """韩国中小企业中央会 → 中小企业中央会: a country written before a known organisation describes it
    unless the organisation's own name at home carries it (韩国科学技术院 = 한국과학기술원 keeps it,
    중소기업중앙회 has none)."""
    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    for o in doc.orgs:
        if o.entity_id is None or not any(a <= o.start < b for a, b in zh):
            continue
        m = _COUNTRY_PREFIX.match(o.mention)
        if m is None or o.mention[m.end():].startswith(("驻", "駐")):
            continue  # 韩国驻台商务办事处: a mission is named by the country that sends it
        entry = gazetteer.orgs[o.entity_id]
        lang, words = _HOME_NAME.get(entry.country, ("en", ("Korea", "China", "Chinese", "Korean", "United States",
                                                            "U.S.", "US ", "America", "Japan")))
        home = entry.names.get(lang)
        if home is None or home.startswith(words):
            continue
        o.start += m.end()
        o.mention = o.mention[m.end():]


def _another_countrys_ministry(doc: Doc, gazetteer: Gazetteer) -> None:
    """德国经济部: a ministry the directory holds under a bare name (經濟部 is Taiwan's) written
    right after another country is that country's, not the directory's: a name of its own,
    the country with it (as the linker would read the bare name as the directory's again)."""
    for o in doc.orgs:
        if o.entity_id is None or gazetteer.orgs[o.entity_id].kind != "government":
            continue
        before = next((p for p in doc.places if p.end == o.start and p.entity_id is not None), None)
        if before is None or gazetteer.places[before.entity_id].kind != "country":
            continue
        if gazetteer.places[before.entity_id].country != gazetteer.orgs[o.entity_id].country:
            doc.places.remove(before)
            o.start, o.mention = before.start, doc.text[before.start:o.end]
            o.entity_id, o.confidence, o.method, o.candidates, o.source = None, 0.0, LinkMethod.none, [], "pattern"


_GROUP = re.compile(r"集团|集團| Group\b")
_LINE_END = re.compile(r"(?:汽车|汽車|电子|電子|化学|化學|重工|钢铁|鋼鐵|制铁|製鐵|物产|物產|石油|证券|證券|"
                       r" Motors?| Electronics| Chemicals?| Heavy Industries| Steel)$")


def _group_of_company(doc: Doc) -> None:
    """現代汽車 + 集團: a company named by its line of business, with 集团 after it, is the group
    the company belongs to, another organisation (a candidate unless the directory knows it)."""
    text = doc.text
    for i, o in enumerate(doc.orgs):
        if o.entity_id is None or not _LINE_END.search(o.mention):
            continue
        m = _GROUP.match(text, o.end)
        if m is None or any(x is not o and x.start < m.end() and o.end < x.end for x in (*doc.orgs, *doc.places)):
            continue
        doc.orgs[i] = OrgMention(o.start, m.end(), text[o.start:m.end()], source="pattern")


_AT = re.compile(r"[在于於][^，。,、\s]{0,6}$")
_GOV_AFTER = re.compile(r"(?:人民)?政府|[市省][长長]|[市省]委|书记|書記|知事|代表|与|與|和|同|签|簽")


def _government_where(doc: Doc, gazetteer: Gazetteer) -> None:
    """在京畿道富川市投资: a city's government named after 在 is where something happens, the place."""
    governed = {org: place for place, org in gazetteer.governments.items()}
    text = doc.text
    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    for o in list(doc.orgs):
        place = governed.get(o.entity_id)
        if place is None or not any(a <= o.start < b for a, b in zh) or _GOV_AFTER.match(text, o.end):
            continue
        if not _AT.search(text, max(0, o.start - 7), o.start):
            continue
        doc.orgs.remove(o)
        doc.places.append(PlaceMention(o.start, o.end, o.mention, place))


_FORM_FIRST = re.compile(r"(?:株式会社|[(（]株[)）]|㈜)\s?(?=[\u4e00-\u9fffA-Za-z]{2})")


def _legal_form_first(doc: Doc) -> None:
    """株式会社美来科技, (株)美来科技: a legal form written before the name (Korean ㈜) is outside it."""
    for o in doc.orgs:
        if o.entity_id is None and (m := _FORM_FIRST.match(o.mention)):
            o.start += m.end()
            o.mention = o.mention[m.end():]


# 「韩国电池未来论坛」代表, “某某联盟”理事长: a quoted name with its head's title right after is a body
_QUOTED_BEFORE_TITLE = re.compile(
    r"[「『“\"]([\u4e00-\u9fffA-Za-z0-9&· ]{2,20})[」』”\"]\s?(?=(?:代表|理事长|秘书长|会长|执行长|"
    rf"社长|院长|主任|{ZH_ROLES}))")


def _quoted_before_title(doc: Doc, gazetteer: Gazetteer, s, simple: str) -> None:
    for m in _QUOTED_BEFORE_TITLE.finditer(simple):
        a, b = s.start + m.start(1), s.start + m.end(1)
        if GATHERING_END.search(m.group(1)):
            continue  # 「…论坛」代表: a forum's body, but the events would read a gathering held
        if not any(o.start < b and a < o.end for o in (*doc.orgs, *doc.people)):
            add_candidate(doc, gazetteer, a, b, absorb_places=True)


# HS曉星集團, LS电线: a group's Latin initials written onto a known Chinese name make another company
# (an affiliate or a spin-off, as SK인텔릭스 in Korean); the whole is linked by itself or left
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z]{2,3}$")


def _latin_initials_onto(doc: Doc, gazetteer: Gazetteer) -> None:
    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    for o in doc.orgs:
        if o.entity_id is None or not any(a <= o.start < b for a, b in zh) or not "\u4e00" <= o.mention[:1] <= "\u9fff":
            continue
        m = _INITIALS_BEFORE.search(doc.text, max(0, o.start - 4), o.start)
        if m is None or any(x is not o and x.start < o.start and m.start() < x.end for x in doc.orgs):
            continue
        with_initials(doc, gazetteer, o, m.start())
        # its gloss carries the same initials (HS曉星集團（HS Hyosung）): the same company
        gloss = re.compile(rf"\s?[(（]{re.escape(m.group())} ").match(doc.text, o.end)
        inner = next((x for x in doc.orgs if gloss and x.start == gloss.end() and x.entity_id is not None), None)
        if inner is not None:
            with_initials(doc, gazetteer, inner, gloss.end() - len(m.group()) - 1)


# AMAT与京畿道签署谅解备忘录, 京畿道与某企业签订协议: a province or a city that signs is its government,
# a party (linked where the directory holds it, a candidate where not); 在京畿道设立 stays a place
_SIGN_BEFORE = re.compile(r"(?:与|與|同|和|跟)\s?$")
_SIGN_AFTER = re.compile(r"\s?(?:(?:人民)?政府)?(?:签署|簽署|签订|簽訂|签约|簽約)")
_SUBJECT_SIGNS = re.compile(r"\s?(?:与|與|和|同|跟)[^，。；,;]{1,30}?(?:签署|簽署|签订|簽訂|签约|簽約)")
_CLAUSE_START = re.compile(r"(?:^|[，。；：,;:])\s*$")


def _signing_places(doc: Doc, gazetteer: Gazetteer) -> None:
    text = doc.text
    for s in doc.sentences_in("zh"):
        for p in [p for p in doc.places if s.start <= p.start and p.end <= s.end]:
            if p.entity_id is None or gazetteer.places[p.entity_id].kind not in ("province", "city"):
                continue
            before = text[max(s.start, p.start - 2):p.start]
            if not ((_SIGN_BEFORE.search(before) and _SIGN_AFTER.match(text, p.end))
                    or (_CLAUSE_START.search(text[s.start:p.start]) and _SUBJECT_SIGNS.match(text, p.end, s.end))):
                continue
            as_government(doc, gazetteer, p)


# “中韩AI早期成长基金”, 「…聯合實驗室」: a new body the writer quotes by its full name, ending in a head
_QUOTED_NAME = re.compile(r"[「『“\"]([\u4e00-\u9fffA-Za-z0-9&· ]{4,20})[」』”\"]")


def _quoted_bodies(doc: Doc, gazetteer: Gazetteer, s, simple: str) -> None:
    for m in _QUOTED_NAME.finditer(simple):
        head = _HEAD_LAST.search(m.group(1))
        if head is None or len(head.group()) < 2 or GATHERING_END.search(m.group(1)):
            continue  # (「…部」 alone may be a column; a gathering's name is the events')
        a, b = s.start + m.start(1), s.start + m.end(1)
        if not any(o.start < b and a < o.end and not (a <= o.start and o.end <= b) for o in doc.orgs):
            _add_whole(doc, gazetteer, a, b)


# 忠清北道|五松生命科学园区, 京畿道城南市|板桥科技园区: a province or a city, written with its ending,
# before a park that opens with a place or a name of its own says where the park is; the park's
# name is the rest (苏州|工业园区 opens with ordinary words: the city is the park's name)
_ADMIN_NAMED = re.compile(r"[\u4e00-\u9fff]{1,5}?[省道市]")


def _park_after_its_province(doc: Doc, gazetteer: Gazetteer) -> None:
    import rjieba

    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    for o in doc.orgs:
        if o.entity_id is not None or o.source != "pattern" or not any(a <= o.start < b for a, b in zh):
            continue
        name = simplified(o.mention)
        if not _CLUSTER_END.search(name):
            continue
        cut = 0
        while m := _ADMIN_NAMED.match(name, cut):
            if not any(k == EntityKind.place and gazetteer.places[i].kind in ("province", "city")
                       for k, i in gazetteer.entities(name_key(m.group()))):
                break
            rest = name[m.end():]
            first, tag = rjieba.tag(rest)[0] if rest else ("", "")
            if len(rest) < 4 or (rjieba.has_word(first) and tag not in ("ns", "nz", "nt", "j")
                                 and not gazetteer.entities(name_key(first))):
                break
            cut = m.end()
        if cut:
            o.start, o.mention = o.start + cut, o.mention[cut:]
