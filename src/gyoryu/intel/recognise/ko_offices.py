"""A body's office in a city, written as the body's name, the city and the kind of office:
한국무역협회 상하이지부, 삼성전자 베이징법인, KOTRA 난징무역관.

News names such an office as the one that acts (it hosts, signs, is visited), and news-dev's
conventions count it as an organisation of its own (KOTRA Silicon Valley), not as its parent
with a place beside it. The directory may hold it (KOTRA's trade offices); otherwise it is a
candidate for review.
"""

from __future__ import annotations

import re

from gyoryu.directory.normalize import name_key
from gyoryu.intel.enums import EntityKind, LinkMethod
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention

_OFFICE_AFTER = re.compile(r" ?([가-힣]{2,6}?)(무역관|연락사무소|사무소|대표처|지부|지사|법인|분원|지점)"
                           r"(?=[은는이가을를의와과도에로측]|[^가-힣]|$)")


def offices_in_cities(doc: Doc, gazetteer: Gazetteer) -> None:
    """The parent's mention grows to hold the city and the office; the city is no place of its own."""
    text = doc.text
    for i, o in enumerate(doc.orgs):
        m = _OFFICE_AFTER.match(text, o.end)
        if m is None or not text[o.end - 1:o.end].isalnum():  # Hangul, Latin or digits end the name
            continue
        if not any(k == EntityKind.place for k, _i in gazetteer.entities(name_key(m.group(1)))):
            continue
        if any(x is not o and x.start < m.end() and o.end < x.end for x in (*doc.orgs, *doc.people)):
            continue
        whole = text[o.start:m.end()]
        owners = [e for k, e in gazetteer.entities(name_key(whole)) if k == EntityKind.organization]
        doc.places = [p for p in doc.places if not (o.end <= p.start and p.end <= m.end())]
        doc.orgs[i] = OrgMention(o.start, m.end(), whole, owners[0], 1.0, LinkMethod.alias) if len(owners) == 1 \
            else OrgMention(o.start, m.end(), whole, source="pattern")
