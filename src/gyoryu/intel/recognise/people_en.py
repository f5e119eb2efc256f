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
