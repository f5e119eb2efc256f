"""Scoring extraction against a hand-annotated gold set (used by bench/ and the tests).

Organisations, people and places are compared per article as sets (an organisation by its
directory key when linked, else by the name's key); an event matches a gold event of the same
type sharing a target. Linking accuracy counts, of the gold organisations found, those linked
to the right entity. Of the events matched, the sides are right when actors and targets are
exactly the gold's (only where the gold names its actors), and place and date are checked too
(a gold place may list the places any of which is right)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from gyoryu.directory.normalize import name_key
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.pipeline import Doc, OrgMention, PlaceMention


@dataclass
class Score:
    counts: Counter = field(default_factory=Counter)

    def add(self, what: str, tp: int, fp: int, fn: int) -> None:
        self.counts[f"{what}.tp"] += tp
        self.counts[f"{what}.fp"] += fp
        self.counts[f"{what}.fn"] += fn

    def prf(self, what: str) -> tuple[float, float, float]:
        tp, fp, fn = (self.counts[f"{what}.{k}"] for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def linking(self) -> float:
        good, bad = self.counts["link.correct"], self.counts["link.wrong"]
        return good / (good + bad) if good + bad else 0.0


def _org_ref(m: OrgMention, gaz: Gazetteer) -> str:
    return gaz.orgs[m.entity_id].key if m.entity_id is not None else "m:" + name_key(m.mention)


def _ref(m, gaz: Gazetteer) -> str:
    if isinstance(m, OrgMention):
        return _org_ref(m, gaz)
    if isinstance(m, PlaceMention):
        return gaz.places[m.entity_id].key
    return "m:" + name_key(m.mention)


def _gold_ref(value: str) -> str:
    return value if value and value.islower() and " " not in value and not any(
        ord(c) > 127 for c in value) else "m:" + name_key(value)


def score(doc: Doc, gaz: Gazetteer, gold: dict, into: Score | None = None) -> Score:
    s = into or Score()
    pred_orgs = {_org_ref(o, gaz) for o in doc.orgs}
    gold_orgs = {g["entity"] or "m:" + name_key(g["name"]) for g in gold["organizations"]}
    s.add("organizations", len(pred_orgs & gold_orgs), len(pred_orgs - gold_orgs),
          len(gold_orgs - pred_orgs))
    for g in gold["organizations"]:
        if not g["entity"]:
            continue
        if g["entity"] in pred_orgs:
            s.counts["link.correct"] += 1
        elif any(name_key(o.mention) == name_key(g["name"]) for o in doc.orgs):
            s.counts["link.wrong"] += 1
    gold_people = {name_key(p["name"]) for p in gold["people"]}
    pred_people = {_person_key(p, gaz, gold_people) for p in doc.people}
    s.add("people", len(pred_people & gold_people), len(pred_people - gold_people),
          len(gold_people - pred_people))
    roles = {}
    for p in doc.people:
        if p.role:
            roles.setdefault(_person_key(p, gaz, gold_people), p.role)
    for p in gold["people"]:
        if p["role"] and name_key(p["name"]) in pred_people:
            s.counts["role.correct" if roles.get(name_key(p["name"])) == p["role"]
                     else "role.wrong"] += 1
    pred_places = {gaz.places[p.entity_id].key for p in doc.places}
    gold_places = set(gold["places"])
    s.add("places", len(pred_places & gold_places), len(pred_places - gold_places),
          len(gold_places - pred_places))
    unmatched = list(gold["events"])
    tp = fp = 0
    for e in doc.events:
        refs = {_ref(t, gaz) for t in e.targets}
        hit = next((g for g in unmatched if g["type"] == e.type
                    and refs & {_gold_ref(t) for t in g["targets"]}), None)
        if hit is None:
            fp += 1
        else:
            tp += 1
            unmatched.remove(hit)
            _event_slots(s, e, hit, gaz)
    s.add("events", tp, fp, len(unmatched))
    return s


def _person_key(p, gaz: Gazetteer, gold_keys: set[str]) -> str:
    """A person's key; a directory person named in another script (馬光林 for 마광림) counts as
    the name the gold gives them."""
    if p.entity_id is not None and p.entity_id in gaz.people:
        for n in gaz.people[p.entity_id].names.values():
            if name_key(n) in gold_keys:
                return name_key(n)
    return name_key(p.mention)


def _event_slots(s: Score, e, gold: dict, gaz: Gazetteer) -> None:
    if "actors" in gold:
        actors = {_ref(a, gaz) for a in e.actors if not _is_person(a)}
        targets = {_ref(t, gaz) for t in e.targets}
        right = (actors == {_gold_ref(a) for a in gold["actors"]}
                 and targets == {_gold_ref(t) for t in gold["targets"]})
        s.counts["sides.correct" if right else "sides.wrong"] += 1
    want = gold.get("place")
    allowed = set(want) if isinstance(want, list) else {want}
    got = gaz.places[e.place.entity_id].key if e.place is not None else None
    s.counts["place.correct" if got in allowed else "place.wrong"] += 1
    s.counts["date.correct" if e.date == gold.get("date") else "date.wrong"] += 1


def _is_person(m) -> bool:
    from gyoryu.intel.pipeline import PersonMention

    return isinstance(m, PersonMention)


def ratio(s: Score, what: str) -> tuple[float, int]:
    """Share right of `what` (sides, place, date, role) and how many were judged."""
    good, bad = s.counts[f"{what}.correct"], s.counts[f"{what}.wrong"]
    return (good / (good + bad) if good + bad else 0.0), good + bad
