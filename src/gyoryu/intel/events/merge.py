"""One event per act: sentences telling the same event merged (`_merge`), an agreement standing
for the partnership it seals, a visit to several hosts split one per host, the headline's
shorthand dropped where the story tells it."""

from __future__ import annotations

import re
from collections import Counter

from gyoryu.intel.enums import EventType
from gyoryu.intel.events.common import _GATHERINGS_OF_ACTORS, _groups, _ref
from gyoryu.intel.events.follow_ups import joint_work
from gyoryu.intel.events.triggers import TIES, TRIGGERS
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import (
    Doc,
    EventRecord,
    OrgMention,
    PersonMention,
    PlaceMention,
)

# acts done to each counterpart on its own: a visit to several hosts, an agreement or a
# partnership with several partners named in a list, is one event per counterpart
_ONE_PER_COUNTERPART = frozenset({EventType.visit, EventType.agreement, EventType.partnership})


def _one_visit_per_host(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """A visit to several organisations is one visit per host (who was met where), and an
    agreement or partnership with several partners written as one list (A, B와 협약; with A and
    B) one per partner, as a reader of one counterpart's timeline expects. With no one acting,
    such a list names the co-signers, not several partners."""
    out = []
    for e in events:
        hosts = [t for t in e.targets if isinstance(t, OrgMention)]
        if e.type not in _ONE_PER_COUNTERPART or len(hosts) < 2 or (e.type != EventType.visit and (
                not e.actors or len(_groups(doc, hosts)) > 1)):
            out.append(e)
            continue
        others = [t for t in e.targets if not isinstance(t, OrgMention)]
        for h in hosts:
            out.append(EventRecord(e.type, list(e.actors), [h, *others], e.place, e.date, e.start, e.end))
    return out


# 단독 부스를 냈다, 各自设展, each ran a booth of its own: every exhibitor listed shows on its own
_OWN_BOOTH = re.compile(r"단독\s?(?:부스|전시관|홍보관)|각각|각자|각기|개별\s?부스|各自|分别|单独(?:设展|展位|展台)|"
                        r"\b(?:booths?|stands?|pavilions?) of (?:its|their) own\b|\bseparate (?:booths|stands)\b|"
                        r"\beach (?:had|ran|set up|operated|opened)\b", re.I)


def _one_booth_per_exhibitor(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """An exhibition of several bodies whose sentence gives each a booth of its own (삼성전자와
    LG전자가 단독 부스를 냈다) is one exhibition per exhibitor; bodies running one pavilion
    together stay one event."""
    out = []
    for e in events:
        bodies = [a for a in e.actors if isinstance(a, OrgMention)]
        if e.type != EventType.exhibition or len(bodies) < 2 or not _OWN_BOOTH.search(doc.text, e.start, e.end):
            out.append(e)
            continue
        out += [EventRecord(e.type, [b], list(e.targets), e.place, e.date, e.start, e.end) for b in bodies]
    return out


def _tours_of_places(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """A visit to places only whose sentence names a delegation before one of them (대표단이 광저우를
    방문해, 代表团访问了杭州, representatives visited Hangzhou), by a body the story sends as a
    delegation, is the delegation's destination, not a visit of its own: the delegation event
    carries the trip, and the visits to the hosts it names who was met. A visit to a place told
    with no delegation before it (the president's visit to Beijing, a mayor's earlier trip the
    sentence goes on to tie to another body's delegation) stays a visit."""
    sent = {_ref(a) for e in events if e.type == EventType.delegation
            for a in e.actors if isinstance(a, OrgMention)}
    return [e for e in events if not (
        e.type == EventType.visit and e.targets and all(isinstance(t, PlaceMention) for t in e.targets)
        and any(isinstance(a, OrgMention) and _ref(a) in sent for a in e.actors)
        and any(rx.search(doc.text, e.start, max(t.start for t in e.targets)) for rx in _DELEGATION_WORDS))]


_DELEGATION_WORDS = [rx for rules in TRIGGERS.values() for t, rx in rules if t == EventType.delegation]

# the cities a trip goes to, written as the visit's object: 항저우와 상하이를 방문해, 访问杭州、上海,
# visited Hangzhou and Shanghai (not 位于杭州、湖州的企业, nor 쑤저우 산업단지: places of what is seen)
_KO_CITY_GLUE = re.compile(r"\s*(?:[와과,·ㆍ]|및)\s*")
_KO_TRIP_VERB = re.compile(r"\s?[을를]\s?(?:방문|찾)")
_ZH_CITY_GLUE = re.compile(r"\s*(?:[、,，和与及]|以及)\s*")
_ZH_TRIP_VERB = re.compile(r"(?:访问|前往|赴|出访|到访)了?\s*$")
_EN_CITY_GLUE = re.compile(r"\s*(?:,|,?\s+and)\s+")
_EN_TRIP_VERB = re.compile(r"\b(?:visit(?:ed|s|ing)?|toured|travell?ed to|trip to)\s+$", re.I)


def _trip_cities(doc: Doc, gazetteer: Gazetteer, e: EventRecord) -> list[PlaceMention]:
    """The cities a delegation's sentence names as where it goes, coordinated as one object of the
    visit verb; fewer than two is no list."""
    places = sorted((p for p in doc.places if e.start <= p.start < e.end), key=lambda p: p.start)
    text = doc.text
    runs, run = [], []
    for p in places:
        if run and any(rx.fullmatch(text, run[-1].end, p.start)
                       for rx in (_KO_CITY_GLUE, _ZH_CITY_GLUE, _EN_CITY_GLUE)):
            run.append(p)
            continue
        if run:
            runs.append(run)
        run = [p]
    if run:
        runs.append(run)
    for run in runs:
        if len(run) < 2 or any(gazetteer.places[p.entity_id].kind in ("country", "province") for p in run):
            continue
        lead = run[0].start  # 赴韩国首尔、仁川: the country the cities are in may come first
        country = next((p for p in doc.places if p.end == lead
                        and gazetteer.places[p.entity_id].kind == "country"), None)
        lead = country.start if country is not None else lead
        if (_KO_TRIP_VERB.match(text, run[-1].end)
                or _ZH_TRIP_VERB.search(text, max(e.start, lead - 4), lead)
                or _EN_TRIP_VERB.search(text, max(e.start, lead - 20), lead)):
            return run
    return []


def _one_delegation_per_city(doc: Doc, gazetteer: Gazetteer, events: list[EventRecord]) -> list[EventRecord]:
    """A delegation that goes to several cities (항저우와 상하이를 방문해) is one delegation per city,
    each placed there: a reader of one city's exchanges finds the trip under it."""
    out = []
    for e in events:
        cities = _trip_cities(doc, gazetteer, e) if e.type == EventType.delegation else []
        if not cities:
            out.append(e)
            continue
        for city in cities:
            out.append(EventRecord(e.type, list(e.actors), list(e.targets), city, e.date, e.start, e.end))
    return out


def _headlines(doc: Doc) -> frozenset:
    """The first sentence when it fills its line and has no closing stop: the headline."""
    if not doc.sentences:
        return frozenset()
    s = doc.sentences[0]
    line_end = doc.text.find("\n", s.start)
    line = doc.text[s.start:len(doc.text) if line_end < 0 else line_end].rstrip()
    if s.start + len(line) == s.end and line[-1:] not in ".。!?！？":
        return frozenset({s.start})
    return frozenset()


def _participants(e: EventRecord) -> set:
    return {_ref(m) for m in (*e.actors, *e.targets) if isinstance(m, OrgMention)}


def _sealed_partnerships(doc: Doc, events: list[EventRecord]) -> list[EventRecord]:
    """A partnership between parties who also sign an agreement is that agreement; but a
    sister-city tie (1995년 자매결연을 맺은 두 도시가 이번에 협약을 체결) is a bond of its own,
    older than the agreement that builds on it."""
    agreements = [(_participants(e), e.start) for e in events if e.type == EventType.agreement]
    return [e for e in events if e.type != EventType.partnership or TIES.search(doc.text, e.start, e.end)
            or not any(len(_participants(e) & a) >= 2 for a, _at in agreements)
            or (all(at != e.start for _a, at in agreements) and joint_work(doc, e))]


def _one_summit_of_people(events: list[EventRecord]) -> list[EventRecord]:
    """A gathering told again by a speaker (…表示, 首度在台灣舉辦…論壇) is the one already told: a
    summit, exhibition or other event with only people acting, after one of its type, is dropped."""
    out, seen = [], set()
    for e in events:
        people_only = e.actors and not e.targets and all(isinstance(a, PersonMention) for a in e.actors)
        if people_only and e.type in seen and e.type in _GATHERINGS_OF_ACTORS:
            continue
        seen.add(e.type)
        out.append(e)
    return out


def _other_signer(m: EventRecord, e: EventRecord) -> bool:
    """A signs with C; B signs with C too (美国应用材料公司与京畿道签署…；安森美公司又与京畿道签订…):
    an agreement or partnership whose signer is another organisation than the first's, none of
    them a party of the other, is an agreement of its own."""
    if e.type not in _SIGNED_BY_BOTH:
        return False
    mine = {_ref(a) for a in m.actors if isinstance(a, OrgMention)}
    theirs = {_ref(a) for a in e.actors if isinstance(a, OrgMention)}
    return bool(mine and theirs) and not (theirs & _participants(m) or mine & _participants(e))


def _short_form(short: str, full: str) -> bool:
    """Whether a CJK name is a shortening of a longer one told before (首尔商务中心 of
    苏州工业园区国际商务合作中心(首尔)): same head, every character of it in the longer name (the
    city of a centre abroad may be written after it)."""
    if len(short) < 4 or len(full) <= len(short) or not all("\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3"
                                                            for c in short):
        return False
    return short[-2:] in full and not Counter(short) - Counter(full)


# acts both sides do alike: who is written first is the sentence's choice, not a side
_SIGNED_BY_BOTH = frozenset({EventType.agreement, EventType.partnership})


def _apart(m: EventRecord, e: EventRecord, places) -> bool:
    """Whether two events are placed in different cities, neither inside the other."""
    if m.place is None or e.place is None or m.place.entity_id == e.place.entity_id:
        return False
    a, b = m.place.entity_id, e.place.entity_id
    return a not in places[b].ancestors(places) and b not in places[a].ancestors(places)


def _ko_lead(doc: Doc) -> int:
    """Where a Korean story's lead sentence starts (-1 for none): the sentence that sums up
    the story before its body tells the same gathering or trip again in full."""
    first = doc.sentences[0] if doc.sentences else None
    return first.start if first is not None and first.lang == "ko" else -1


def _lead_told_again(m: EventRecord, e: EventRecord, lead: int, places) -> bool:
    """Whether `e` and `m` are one gathering or delegation told by the lead and again by the body
    (KOTRA가 상하이에서 상담회를 연다 / KOTRA는 … 진흥원과 함께 20일 상하이에서 상담회를 개최한다):
    the same type and acting body, the lead's naming no counterpart, their places not apart."""
    if m.type != e.type or lead not in (m.start, e.start) or m.start == e.start:
        return False
    if (m if m.start == lead else e).targets:
        return False  # the lead names no counterpart: its sum-up, filled in by the body
    if not ({_ref(a) for a in m.actors} & {_ref(a) for a in e.actors}):
        return False
    return not _apart(m, e, places)


def _merge(events: list[EventRecord], gazetteer: Gazetteer,
           headlines: frozenset = frozenset(), lead: int = -1) -> list[EventRecord]:
    """One event per type and overlapping targets (an agreement or partnership: the same pair of
    parties, either way round): later sentences add sides, place and date; a
    place inside the one already known is the more precise (판교 → 판교테크노밸리), and the story
    places what its headline only names."""
    places = gazetteer.places
    merged: list[EventRecord] = []
    for e in events:
        refs = {_ref(t) for t in e.targets} or {_ref(a) for a in e.actors}
        first = next((m for m in merged if m.type == e.type
                      and refs & ({_ref(t) for t in m.targets} or {_ref(a) for a in m.actors})
                      and not _other_signer(m, e)), None)
        if first is None and e.type == EventType.exhibition and not e.targets:  # 무역협회가 구성한 한국관에는
            first = next((m for m in merged if m.type == e.type  # the pavilion its organiser told before
                          and refs <= {_ref(x) for x in (*m.actors, *m.targets)}
                          and not _apart(m, e, places)), None)  # (not its pavilion at another city's fair)
        if first is None and e.type in _SIGNED_BY_BOTH:  # 'A President X and B President Y signed
            both = _participants(e)  # the agreement' after 'A and B agreed': the pair told again,
            first = next((m for m in merged if m.type == e.type  # the sides the other way round
                          and len(both) >= 2 and _participants(m) == both), None)
        if first is None and e.type in _GATHERINGS_OF_ACTORS and lead in (e.start, *(m.start for m in merged)):
            first = next((m for m in merged if _lead_told_again(m, e, lead, places)), None)
        if first is None and e.type == EventType.founding and e.targets:  # 首尔商务中心揭牌: the centre
            first = next((m for m in merged if m.type == e.type and any(  # told before by its full name
                _short_form(t.mention, u.mention) for t in e.targets for u in m.targets)), None)
        if first is None and e.type == EventType.founding and not e.targets and e.actors:
            # NIPA는 … 센터 개소식을 열고: the body its founder opened, told before by name
            mine = {_ref(a) for a in e.actors}
            first = next((m for m in merged if m.type == e.type and m.targets
                          and mine <= {_ref(a) for a in m.actors}), None)
        if first is None:
            merged.append(e)
            continue
        have = {_ref(t) for t in first.targets}
        first.targets += [t for t in e.targets if _ref(t) not in have]
        seen = {_ref(a) for a in first.actors}
        first.actors += [a for a in e.actors if _ref(a) not in seen]
        if any(isinstance(a, OrgMention) for a in first.actors):
            first.actors = [a for a in first.actors if isinstance(a, OrgMention)]
        summed = first.start in headlines or (first.start == lead and e.start != lead)  # the lead's sum-up
        if first.place is None or (e.place is not None and (
                summed or first.place.entity_id in
                places[e.place.entity_id].ancestors(places))):
            first.place = e.place or first.place
        first.date = first.date or e.date
        if summed and e.start not in headlines:
            # the story tells what the headline sums up: its sentence is the evidence and its
            # date the event's (the headline's "21일" may be the next event's)
            first.date = e.date or first.date
            first.start, first.end = e.start, e.end
    return merged
