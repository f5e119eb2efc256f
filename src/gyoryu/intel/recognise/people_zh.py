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
_ZH_ROLE_NAME = re.compile(rf"({ZH_ROLES})\s*([\u4e00-\u9fff]{{2,3}})")
# "，王鹤表示" / "金玟杰称": a name opening a clause, saying something
_ZH_NAME_SAYS = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)(?=表示|称|说|指出|介绍|认为|强调|透露)")
ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "尹常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝")
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
                start = s.start + m.start(2)
                end = start + len(name)
                if doc.taken(start, end) or name_key(name) in gazetteer.by_key:
                    continue
                org = org_ending_at(doc, s.start + m.start(1)) or _org_before_title(doc, s.start + m.start(1))
                role = doc.text[s.start + m.start(1):s.start + m.end(1)]
                doc.people.append(PersonMention(start, end, name, None, role,
                                                org.entity_id if org else None,
                                                org.mention if org else None))
            for m in _ZH_NAME_SAYS.finditer(simple):
                name = m.group(1)
                start, end = s.start + m.start(1), s.start + m.end(1)
                if (name[0] not in ZH_SURNAMES or rjieba.has_word(name) or doc.taken(start, end)
                        or name_key(name) in gazetteer.by_key):
                    continue
                doc.people.append(PersonMention(start, end, doc.text[start:end]))

    return run
