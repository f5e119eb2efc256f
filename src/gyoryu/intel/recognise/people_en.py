"""English people and their roles: 'Jane Doe, chief executive of X' and 'X CEO Jane Doe'."""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    OrgMention,
    PersonMention,
    component,
)
from gyoryu.intel.recognise.heads import org_at, org_ending_at

EN_ROLES = (r"chief executive(?: officer)?|CEO|CTO|CFO|co-founder|founder|chairman|chairwoman|chair|"
            r"vice president|president|mayor|governor|minister|managing director|director|professor|"
            r"head|premier|ambassador|partner|secretary-general")
_EN_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}"
# a title before a name is capitalised ("Zhejiang University President Du Jiangfeng")
_EN_NAME_ROLE = re.compile(rf"(?P<name>{_EN_NAME}),\s+(?:the\s+)?(?P<role>(?i:{EN_ROLES}))\b"
                           rf"(?:\s+(?:of|at)\s+)?")
_EN_ROLE_NAME = re.compile(rf"\b(?P<role>(?i:{EN_ROLES}))\s+(?P<name>{_EN_NAME})\b")


@component("gyoryu.en_people.v1")
def en_people_v1(*, gazetteer: Gazetteer):
    """English people: 'Jane Doe, chief executive of X' and 'X CEO Jane Doe'."""

    def run(doc: Doc) -> None:
        for s in doc.sentences_in("en"):
            for m in _EN_NAME_ROLE.finditer(doc.text, s.start, s.end):
                _en_person(doc, gazetteer, m, org_at(doc, m.end()))
            for m in _EN_ROLE_NAME.finditer(doc.text, s.start, s.end):
                _en_person(doc, gazetteer, m, org_ending_at(doc, m.start()))
            _en_names_by_shape(doc, gazetteer, s)

    return run


def _en_person(doc: Doc, gazetteer: Gazetteer, m: re.Match, org: OrgMention | None) -> None:
    start, end = m.span("name")
    for p in doc.people:
        if p.start == start and p.end == end:
            if p.role is None:
                p.role = m.group("role")
                if org:
                    p.org_id, p.org_mention = org.entity_id, org.mention
            return
    if doc.taken(start, end) or name_key(m.group("name")) in gazetteer.by_key:
        return
    doc.people.append(PersonMention(start, end, m.group("name"), None, m.group("role"),
                                    org.entity_id if org else None, org.mention if org else None))


# Korean names as the press romanises them: a surname and a hyphenated given name (Kim Chang-beom)
_KO_ROMAN_SURNAMES = ("Kim|Lee|Yi|Rhee|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|"
                      "Han|Oh|Seo|Suh|Shin|Kwon|Hwang|Ahn|Song|Yoo|Yu|Ryu|Hong|Ko|Koh|Moon|Yang|Son|Bae|Baek|"
                      "Heo|Huh|Nam|Sim|Shim|Noh|Roh|Ha|Kwak|Sung|Cha|Joo|Ju|Woo|Koo|Ku|Min|Jin|Na|Ji|Chae|Won|"
                      "Chun|Jeon|Bang|Gong|Hyun|Byun|Yeo|Do|Seok|Ma|Gil|Yeon|Wi|Pyo|Ban|Wang|Ok|In|Maeng|Tak|"
                      "Eom|Um|Uhm|Ryoo|Kook|Cheon|Chey|Yeom")
_EN_KO_NAME = re.compile(rf"(?<![\w-])(?:{_KO_ROMAN_SURNAMES}) [A-Z][a-z]+-[a-z]+(?![\w-])")
# Chinese names in pinyin, surname first (Wang Qilin, Lin Zhongcheng): read only with a title before
# them or a title or 'said' after them
_ZH_ROMAN_SURNAMES = ("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Zhu|Hu|Guo|Gao|Lin|Luo|Zheng|"
                      "Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Yuan|Pan|Yu|Jiang|Cai|Du|"
                      "Ye|Cheng|Su|Wei|Lu|Ding|Ren|Shen|Yao|Cui|Zhong|Tan|Fan|Jin|Shi|Liao|Jia|Xia|Fu|Fang|Bai|"
                      "Zou|Meng|Xiong|Qin|Qiu|Yin|Xue|Yan|Duan|Lei|Hou|Long|Tao|Gu|Mao|Hao|Gong|Shao|Wan|Qian|"
                      "Dai|Kong|Xiang|Kang|Zhan|Qi|Qiao|Geng|Xing|Ouyang|Miao|Ni|Niu|Zhai|Yi|Lai|Chai|Mu")
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|"
                    r"ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)")
_EN_ZH_NAME = re.compile(rf"(?<![\w-])(?:{_ZH_ROMAN_SURNAMES}) [A-Z](?i:{_PINYIN_SYLLABLE}){{1,2}}(?![\w-])")
_EN_TITLE_BEFORE = re.compile(r"(?:\b(?:Counselor|Counsellor|General|Secretary|Minister|Chairman|Chairwoman|Director|"
                              r"President|Governor|Mayor|Ambassador|Consul|Professor|Dean|Commissioner|Adviser|"
                              r"Advisor|Envoy|Spokesperson|Spokesman|Chief|Head|CEO|Founder|Premier|Lawmaker)|"
                              rf"(?i:{EN_ROLES}),?) $")
_EN_AFTER_NAME = re.compile(rf",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{EN_ROLES}|secretary|counselor|"
                            r"counsellor|adviser|advisor|spokesperson|envoy|official|lawmaker)\b|,?\s+said\b|,\s+who\b")
_EN_FOLLOWING_ROLE = re.compile(rf",\s+(?:the\s+)?(?P<role>(?:[Vv]ice |[Dd]eputy |[Ss]enior |[Ee]xecutive )?"
                                rf"(?i:{EN_ROLES}|secretary|counselor|adviser))\b")


def _en_names_by_shape(doc: Doc, gazetteer: Gazetteer, s) -> None:
    """'Kim Chang-beom, Vice Chairman of …', 'Economic Counselor Wang Qilin', 'board chairman, Lin
    Zhongcheng, said': a Korean name by its romanised shape, a Chinese one in pinyin with a title
    or 'said' beside it; never a span an organisation or a place holds."""
    text = doc.text
    found = [(m, True) for m in _EN_KO_NAME.finditer(text, s.start, s.end)]
    found += [(m, False) for m in _EN_ZH_NAME.finditer(text, s.start, s.end)]
    for m, korean in found:
        start, end = m.span()
        if doc.taken(start, end) or gazetteer.entities(name_key(m.group(0))):
            continue
        if re.match(r" [A-Z]", text[end:end + 2]):
            continue  # … Zhang Wen Group: the name runs on
        if not korean and not (_EN_TITLE_BEFORE.search(text, max(s.start, start - 40), start)
                               or _EN_AFTER_NAME.match(text, end)):
            continue
        role = None
        if r := _EN_FOLLOWING_ROLE.match(text, end):
            role = r.group("role")
        elif t := _EN_TITLE_BEFORE.search(text, max(s.start, start - 40), start):
            role = t.group(0).strip(" ,")
        doc.people.append(PersonMention(start, end, m.group(0), None, role))
