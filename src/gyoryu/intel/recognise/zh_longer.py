"""A directory name that runs on, with no break, into a longer organisation's name: 台大 + 醫院 is
the hospital, 首尔大学 + 医院 another body, 鴻海 + 科技集團 the group the directory holds as 鴻海.
The matcher stops at the name it knows; the heads step cannot open a name on a known one that a
country precedes (韩国首尔大学医院). Read on the Simplified text, offset for offset."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention
from gyoryu.intel.recognise.heads import simplified

# 韩国贸易协会 + 台北办事处, 大韩贸易投资振兴公社 + 台北贸易馆: a body's office abroad, named by the city
# it sits in, is a body of its own (KOTRA Silicon Valley), not the parent
# (科大讯飞 + 韩国法人: a firm's subsidiary registered in a country, a company of its own)
_OFFICES = ("办事处", "代表处", "代表部", "支社", "分社", "贸易馆", "法人")
_OFFICE = re.compile(f"(?:{'|'.join(_OFFICES)})$")
# heads a longer name closes on, longest first (研究院 before 学院, 有限公司 before 公司)
_HEADS = sorted(("股份有限公司", "有限公司", "公司", "集团", "科技", "电子", "工业", "银行", "证券", "控股", "医院",
                 "医疗院", "研究院", "研究所", "基金会", "协会", "学会", "学院", "大学", "中心", "实验室", "厅", "所",
                 *_OFFICES, *("健康", "云", "物流", "金融", "支付", "数科")),
                key=len, reverse=True)
_HEAD = re.compile("|".join(_HEADS))
# what a registered or a group name adds to the name the body goes by: the same body
_SAME_BODY = re.compile(r"(?:科技)?(?:集团|控股)?(?:(?:股份)?有限(?:责任)?公司|公司)?")
# a body's own units: a longer name only where the unit acts in its own name
_UNIT = re.compile(r"(?:研究院|研究所|中心|实验室|学院|所)$")
_GROUP = re.compile(r"集团|控股")
# a city's or a province's 厅 is its hall (首尔市厅), a venue; a zone's is its authority
_ADMIN_END = re.compile(r"[市道省郡县縣]$")
# heads only a firm runs on into (三星 + 电子, 鸿海 + 科技集团); a platform's arm in a line of its own
# (京东 + 健康, 腾讯 + 云) is another company of the group
_FIRM_HEAD = re.compile(r"(?:公司|集团|科技|电子|工业|银行|证券|控股)$")
_ARM = re.compile(r"^(?:健康|云|物流|金融|支付|数科)$")
_FIRMS = ("company", "investor")
# a company named by its line of business: 現代汽車 + 集團 is the group, another body
_LINE_END = re.compile(r"(?:汽车|电子|化学|重工|钢铁|制铁|物产|石油|证券|生命|电气)$")
# what ends the run of a name: function words and clause words
# (旗下三家附属医院: what a body has under it, or a count of them, is no part of its name)
_BREAK = re.compile(r"[^\u4e00-\u9fff]|[的与和及在是了等为将也由向从被把对于今昨将已均并还]|旗下"
                    r"|[一二两三四五六七八九十几多数]+[家所个间座]")
# a unit that acts: the news it makes, a partner it takes (工研院产科国际所今天发布报告)
_ACTS = re.compile(r"(?:[今昨]?[（(]\d{1,2}[)）]日|今天|今日|昨天|昨日|日前|近日|也|亦|还|则|更|将|已)?"
                   r"(?:发布|表示|指出|宣布|推出|举办|主办|签署|签订|与|和|同|联合|携手|预估|预测|预计|调查|"
                   r"统计|公布|发表|研发|开发|分析|认为|报告|估计)")
_ORIGIN_BEFORE = re.compile(r"(?:来自|出自|毕业于|任职于|在|于|的)$")


def _acts(simple: str, start: int, end: int) -> bool:
    return bool(_ACTS.match(simple, end)) and not _ORIGIN_BEFORE.search(simple, max(0, start - 3), start)


# titles and teams after a name close it (台大医院院长, 台大医院团队)
_TITLES = frozenset("院长 所长 主任 董事长 总裁 总经理 会长 理事长 校长 教授 主席 执行长 首席 副院长 副所长 团队 "
                    "负责人 "
                    "研究员".split())


def acts_in(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end of the text acts in its own name (see `_ACTS`)."""
    a = max(0, start - 3)
    return _acts(simplified(text[a:end + 10]), start - a, end - a)


def _head_ends(simple: str, start: int, tokens, limit: int = 12) -> list[int]:
    """Where a head closes a name in the run of Han characters from `start`, farthest first; a
    head inside a longer word (中心城市) or before a noun that carries the phrase on closes none."""
    stop = _BREAK.search(simple, start)
    run_end = min(stop.start() if stop else len(simple), start + limit)
    ends = []
    for m in _HEAD.finditer(simple, start, run_end):
        e = m.end()
        word = next((t for t in tokens if t[1] < e <= t[2]), None)
        first = next((t for t in tokens if t[1] <= m.start() < t[2]), None)
        if word is None or (e - m.start() == 1 and first[1] != m.start()):
            continue  # a one-character head closing a word (展厅)
        if word[2] != e and e < run_end and not (m.group() == "法人" and word[0] == "法人代表"):
            continue  # the head inside a word (中心城市); a break right after closes it (所|今天)
        after = next((t for t in tokens if t[1] == e), None)
        if after is not None and after[3][:1] == "n" and after[0] not in _TITLES and not _BREAK.match(simple, e):
            continue  # 产业科技|国际: the phrase goes on
        ends.append(e)
    return sorted(set(ends), reverse=True)


def longer_names(doc: Doc, gazetteer: Gazetteer) -> None:
    """Each linked Chinese name that runs on into a head (see the module): the longer name, linked
    when the directory knows it or when it only adds a group or legal form to a firm's name (not
    to a line of business: 現代汽車集團 is the group), a new name otherwise; a unit of the body
    (研究所, 中心, 实验室) is a name of its own only where it acts, else the body's."""
    import rjieba

    for s in doc.sentences_in("zh"):
        simple = simplified(doc.text[s.start:s.end])
        tokens = None
        for o in sorted((o for o in doc.orgs if o.entity_id is not None and s.start <= o.start and o.end <= s.end),
                        key=lambda o: o.start):
            at = o.end - s.start
            if at >= len(simple) or not "\u4e00" <= simple[at] <= "\u9fff" or o not in doc.orgs:
                continue
            if tokens is None:
                tokens, pos = [], 0
                for w, t in rjieba.tag(simple):
                    tokens.append((w, pos, pos + len(w), t))
                    pos += len(w)
            for e in _head_ends(simple, at, tokens):
                if _take(doc, gazetteer, o, s.start, simple, at, e):
                    break


def _take(doc: Doc, gazetteer: Gazetteer, o: OrgMention, base: int, simple: str, at: int, e: int) -> bool:
    start, end = o.start, base + e
    blocked = any(x is not o and x.start < end and o.end < x.end
                  and (x.entity_id is not None or x.end > end or x.start <= o.start) for x in doc.orgs)
    if blocked or any(p.start < end and o.end < p.end for p in doc.people):
        return False  # another known name, or a person, in the run
    tail = simple[at:e]
    entry = gazetteer.orgs[o.entity_id]
    whole = doc.text[start:end]
    owners = {i for w in (whole, simplified(whole)) for k, i in gazetteer.entities(name_key(w))
              if k == EntityKind.organization}
    inside = [x for x in doc.orgs if x is not o and o.end <= x.start and x.end <= end]
    inside_places = [p for p in doc.places if o.end <= p.start and p.end <= end]
    if len(owners) == 1:
        link = next(iter(owners))
    elif office := _OFFICE.search(tail):
        seat = gazetteer.entities(name_key(tail[:office.start()]))
        if not seat or any(k != EntityKind.place for k, _i in seat):
            return False  # 协会秘书处, 公社海外办事处: no seat named, the parent's own unit
        link = None
    elif tail == "厅":
        if entry.kind != "government" or _ADMIN_END.search(o.mention):
            return False  # 首尔市厅: the city's hall, a venue
        link = o.entity_id  # 仁川经济自由区 + 厅: the zone's authority, the body itself
    elif _SAME_BODY.fullmatch(tail) and entry.kind in _FIRMS and not (
            _GROUP.search(tail) and _LINE_END.search(simplified(o.mention))):
        link = o.entity_id  # 鸿海 + 科技集团, 台积电 + 股份有限公司
    elif _UNIT.search(tail):
        if tail.endswith("所") and not tail.endswith("研究所") and entry.kind not in ("research", "university"):
            return False  # 所 alone names an institute's own units (工研院电光所), no firm's
        if not _acts(simple, o.start - base, e) or (entry.kind == "university" and tail.endswith("学院")):
            # 工研院电光所所长, 来自某大学机器人研究院: the body's unit, the body named; a university's
            # school is never a body of its own (北京大学生物学院与…合作: Peking University)
            for x in inside:
                if x.source == "pattern":
                    doc.orgs.remove(x)
            return True
        link = None
    elif _ARM.match(tail):
        if entry.kind not in _FIRMS:
            return False
        link = None
    elif _FIRM_HEAD.search(tail) and entry.kind not in _FIRMS:
        return False  # 工研院|电子与光电…: a field of an institute's unit, no firm's name
    else:
        link = None
    if link is not None and "有限" in tail and (
            place := next((p for p in doc.places if p.end == start and p.entity_id is not None
                           and gazetteer.places[p.entity_id].kind in ("city", "province")), None)):
        doc.places.remove(place)  # 江苏长电科技股份有限公司: the registered name opens with its seat
        start, whole = place.start, doc.text[place.start:end]
        o.start = start
    for x in inside:
        doc.orgs.remove(x)
    for p in inside_places:
        doc.places.remove(p)
    o.end, o.mention, o.candidates = end, whole, []
    if link is None:
        o.entity_id, o.confidence, o.method, o.source = None, 0.0, LinkMethod.none, "pattern"
    elif link != o.entity_id:
        o.entity_id, o.confidence, o.method = link, 1.0, LinkMethod.alias
    return True


def known_with_form(doc: Doc, gazetteer: Gazetteer) -> None:
    """鴻海科技集團 read whole as a new name: a known firm's name with only a group or legal form
    after it is that firm (not a line of business with 集团: 現代汽車集團 is the group)."""
    zh = [(s.start, s.end) for s in doc.sentences_in("zh")]
    for o in doc.orgs:
        if o.entity_id is not None or o.source != "pattern" or not any(a <= o.start < b for a, b in zh):
            continue
        name = simplified(o.mention)
        for cut in range(len(name) - 1, 1, -1):
            tail = name[cut:]
            if not _SAME_BODY.fullmatch(tail):
                continue
            owners = {i for k, i in gazetteer.entities(name_key(o.mention[:cut])) if k == EntityKind.organization}
            if len(owners) != 1:
                continue
            entry = gazetteer.orgs[next(iter(owners))]
            if entry.kind in _FIRMS and not (_GROUP.search(tail) and _LINE_END.search(name[:cut])):
                o.entity_id, o.confidence, o.method, o.candidates = entry.id, 1.0, LinkMethod.alias, []
            break
