"""Chinese people and their roles: a role word before a name, and a name that opens a clause
to say something."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    PersonMention,
    component,
)
from gyoryu.intel.recognise.heads import org_ending_at, simplified

ZH_ROLES = ("联合创始人|创始人|副董事长|董事长|首席执行官|首席技术官|首席运营官|首席财务官|首席科学家|总裁|副总裁|"
            "副总经理|总经理|执行董事|执行长|副总统|总统|院长|校长|副市长|市长|副省长|省长|知事|社长|行长|局长|厅长|司长|处长|主任|"
            "总理|部长|主席|书记|教授|研究员|理事长|会长|秘书长|总干事|合伙人|CEO|CTO")
# titles read around a name only (the shared ZH_ROLES also tell events a surname's back-reference)
_ZH_PERSON_ROLES = f"{ZH_ROLES}|大使|总领事|参赞|室长|院士|议员|委员长|副议长|议长"
_ZH_ROLE_NAME = re.compile(rf"({_ZH_PERSON_ROLES})\s*([\u4e00-\u9fff]{{2,3}})")
# 习近平主席, 代表陈敏尔书记, 金完重前驻澳大利亚大使: a name, then (a former, in a place) its title
_ZH_NAME_ROLE = re.compile(rf"(?=([\u4e00-\u9fff]{{2,3}})(?:前|原|现任)?(?:驻[\u4e00-\u9fff]{{1,6}}?)?"
                           rf"(?:{_ZH_PERSON_ROLES}))")
# 白万基、李相奉、崔承德等多位院士: names listed before 等 and the title they share
_ZH_NAME_LIST = re.compile(rf"((?:[\u4e00-\u9fff]{{2,3}}、)+[\u4e00-\u9fff]{{2,3}})等[多数几]?[位名]?"
                           rf"(?:{_ZH_PERSON_ROLES})")
# "，王鹤表示" / "金玟杰称": a name opening a clause, saying something
_ZH_NAME_SAYS = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)(?=表示|称|说|指出|介绍|认为|强调|透露)")
ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "尹常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝朴萧权玄慎禹习")
_ZH_NAME_END = frozenset("表示说指出介绍认为强调称在等一行率与和的也则还会将是已")
_ZH_SAYS_AFTER = re.compile(r"曾|表示|说|指出|认为|称|强调|透露")
_ZH_TITLE_RUN = re.compile(r"[^，。、,;；：:“”\s]{0,24}$")


def _org_before_title(doc: Doc, at: int):
    """国际半导体产业协会(SEMI)全球营销长暨台湾区总裁曹世纶: the organisation a longer title runs on
    from (the title's own words between it and the role)."""
    before = [o for o in doc.orgs if at - 26 <= o.end < at and _ZH_TITLE_RUN.fullmatch(doc.text, o.end, at)]
    return max(before, key=lambda o: o.end) if before else None


@component("gyoryu.zh_people.v2")
def zh_people_v2(*, gazetteer: Gazetteer):
    """Chinese people: a role word right before a name (宇树科技创始人王兴兴, 京畿道知事金东渊), and
    a name that opens a clause to say something (，王鹤表示) when jieba does not know it as a word.
    The role is reported as the text writes it (總裁 stays traditional)."""
    import rjieba

    def run(doc: Doc) -> None:
        for p in doc.people:
            before = simplified(doc.text[max(0, p.start - 12):p.start])
            m = re.search(rf"({ZH_ROLES})\s*$", before)
            if p.role is None and m:
                at = p.start - len(m.group(0))
                p.role = doc.text[at:at + len(m.group(1))]
                org = org_ending_at(doc, at) or _org_before_title(doc, at)
                if org:
                    p.org_id, p.org_mention = org.entity_id, org.mention
        for s in doc.sentences_in("zh"):
            simple = simplified(doc.text[s.start:s.end])
            for m in _ZH_ROLE_NAME.finditer(simple):
                name = doc.text[s.start + m.start(2):s.start + m.end(2)]
                if m.group(2)[0] not in ZH_SURNAMES:
                    continue
                if _ZH_SAYS_AFTER.match(m.group(2), 1):
                    continue  # 李在明总统曾表示: the title follows the name, what follows it says
                if len(name) == 3 and name[2] in _ZH_NAME_END:
                    name = name[:2]
                if name[0] in "和与及同跟" and rjieba.has_word(simplified(name)[1:]):
                    continue  # 院长和|党委书记: a conjunction, then a word
                start = s.start + m.start(2)
                end = start + len(name)
                _given_name_read_as_org(doc, start, end)
                if doc.taken(start, end) or name_key(name) in gazetteer.by_key:
                    continue
                org = org_ending_at(doc, s.start + m.start(1)) or _org_before_title(doc, s.start + m.start(1))
                role = doc.text[s.start + m.start(1):s.start + m.end(1)]
                doc.people.append(PersonMention(start, end, name, None, role,
                                                org.entity_id if org else None,
                                                org.mention if org else None))
            _zh_names_before_titles(doc, gazetteer, s, simple)
            for m in _ZH_NAME_SAYS.finditer(simple):
                name = m.group(1)
                start, end = s.start + m.start(1), s.start + m.end(1)
                if name[0] in ZH_SURNAMES:
                    _given_name_read_as_org(doc, start, end)
                if (name[0] not in ZH_SURNAMES or rjieba.has_word(name) or doc.taken(start, end)
                        or name_key(name) in gazetteer.by_key):
                    continue
                doc.people.append(PersonMention(start, end, doc.text[start:end]))

    return run


def _given_name_read_as_org(doc: Doc, start: int, end: int) -> None:
    """局长冯启明, 冯启明表示: a three-character name whose given name is a short name of the
    directory (启明, Qiming's) is the person's; the organisation read there gives way."""
    if end - start != 3:
        return
    inside = [m for m in (*doc.orgs, *doc.people, *doc.places) if m.start < end and start < m.end]
    if len(inside) == 1 and inside[0] in doc.orgs and (inside[0].start, inside[0].end) == (start + 1, end):
        doc.orgs.remove(inside[0])


def _zh_person_word(name: str, gazetteer: Gazetteer) -> bool:
    """A surname and a given name that is no word of jieba's (or one it tags as a person's name),
    and no name of the directory."""
    import rjieba

    if name[0] not in ZH_SURNAMES or name_key(name) in gazetteer.by_key:
        return False
    if name[0] in "和与及同跟" and rjieba.has_word(name[1:]):
        return False  # 和|党委: a conjunction, then a word
    if simplified(name)[-1] in "副前原代总首正":
        return False  # 萧副|总统: a surname and the title's own first character
    if not rjieba.has_word(name):
        return True
    tags = rjieba.tag(name)
    return len(tags) == 1 and tags[0][1] in ("nr", "nrfg")


def _zh_names_before_titles(doc: Doc, gazetteer: Gazetteer, s, simple: str) -> None:
    """'代表陈敏尔书记', '习近平主席的', '金完重前驻澳大利亚大使': a name right before its title (three
    characters read before two), and the names listed before '等…院士'."""
    spans = []
    for m in _ZH_NAME_ROLE.finditer(simple):
        name = m.group(1)
        for cut in ((0, len(name)), (len(name) - 2, len(name))) if len(name) == 3 else ((0, 2),):
            a, b = m.start(1) + cut[0], m.start(1) + cut[1]
            if _zh_person_word(simple[a:b], gazetteer) and not doc.taken(s.start + a, s.start + b):
                spans.append((a, b, simple[b:m.end(1) + 8]))
                break
    for m in _ZH_NAME_LIST.finditer(simple):
        at = m.start(1)
        items = m.group(1).split("、")
        if not all(_zh_person_word(i, gazetteer) for i in items):
            continue
        for item in items:
            spans.append((at, at + len(item), None))
            at += len(item) + 1
    for a, b, after in spans:
        start, end = s.start + a, s.start + b
        if doc.taken(start, end):
            continue
        role = None
        if after is not None and (r := re.match(rf"(?:前|原|现任)?(?:驻[\u4e00-\u9fff]{{1,6}}?)?({_ZH_PERSON_ROLES})",
                                                after)):
            role = doc.text[end + r.start(1):end + r.end(1)]
        doc.people.append(PersonMention(start, end, doc.text[start:end], None, role))
