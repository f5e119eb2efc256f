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
from gyoryu.intel.enums import EntityKind
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
    while m.entity_id is None and m.gloss_of is not None:
        m = m.gloss_of  # these sets name a glossed organisation once, by its first name
    return gaz.orgs[m.entity_id].key if m.entity_id is not None else "m:" + name_key(m.mention)


def _ref(m, gaz: Gazetteer) -> str:
    if isinstance(m, OrgMention):
        return _org_ref(m, gaz)
    if isinstance(m, PlaceMention):
        return gaz.places[m.entity_id].key
    return "m:" + name_key(m.mention)


def _target_refs(m, gaz: Gazetteer) -> set[str]:
    """An event party's references: a linked organisation also by the name it is written with,
    since these sets name a party the directory did not hold when they were written by its name."""
    refs = {_ref(m, gaz)}
    if isinstance(m, OrgMention) and m.entity_id is not None:
        refs.add("m:" + name_key(m.mention))
    return refs


def _gold_ref(value: str) -> str:
    return value if value and value.islower() and " " not in value and not any(
        ord(c) > 127 for c in value) else "m:" + name_key(value)


def score(doc: Doc, gaz: Gazetteer, gold: dict, into: Score | None = None) -> Score:
    s = into or Score()
    gold_orgs = {g["entity"] or "m:" + name_key(g["name"]) for g in gold["organizations"]}
    pred_orgs = {_org_ref(o, gaz) for o in doc.orgs}
    for o in doc.orgs:  # a name the gold left unlinked that the directory has come to hold since
        key = "m:" + name_key(o.mention)
        if (o.entity_id is not None and key in gold_orgs and _org_ref(o, gaz) not in gold_orgs
                and (EntityKind.organization, o.entity_id) in gaz.entities(key[2:])):
            pred_orgs.discard(_org_ref(o, gaz))
            pred_orgs.add(key)
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
    told: set[tuple[str, int]] = set()
    for e in doc.events:
        if e.type not in _OLD_EVENT_TYPES:
            continue  # these sets were annotated before delegations, exhibitions and other events
        refs = set().union(*(_target_refs(t, gaz) for t in e.targets))
        hit = next((g for g in unmatched if g["type"] == e.type
                    and refs & {_gold_ref(t) for t in g["targets"]}), None)
        if hit is None and (e.type, e.start) in told:
            continue  # one visit per host: these sets write a visit to several hosts as one
        if hit is None:
            fp += 1
        else:
            tp += 1
            told.add((e.type, e.start))
            unmatched.remove(hit)
            _event_slots(s, e, hit, gaz)
    s.add("events", tp, fp, len(unmatched))
    return s


_OLD_EVENT_TYPES = frozenset({"visit", "agreement", "partnership", "investment", "summit", "founding"})


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


# ---------------------------------------------------------------------------------------------
# Real news (../shared/news-dev): gold written with the conventions of its README. An article's
# gold names each organisation by its surface forms and one `canonical_en`; an alias table gives
# every canonical's known names in any script, which is how a directory entry is judged.


@dataclass
class NewsScore:
    """Counts over a news gold set, and what was missed or invented (for aiming rules)."""

    counts: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)  # (kind, surface form) → articles
    invented: Counter = field(default_factory=Counter)

    def add(self, what: str, tp: int, fp: int, fn: int) -> None:
        self.counts[f"{what}.tp"] += tp
        self.counts[f"{what}.fp"] += fp
        self.counts[f"{what}.fn"] += fn

    prf = Score.prf

    def share(self, what: str) -> tuple[float, int]:
        """Share right of `what` (link) and how many were judged."""
        return ratio(self, what)  # type: ignore[arg-type]

    def merge(self, other: NewsScore) -> None:
        self.counts.update(other.counts)
        self.missed.update(other.missed)
        self.invented.update(other.invented)


class Aliases:
    """Every known name of a gold canonical, as name keys; and which directory entries carry one."""

    def __init__(self, rows: list[dict], gaz: Gazetteer) -> None:
        self.keys: dict[str, set[str]] = {}
        for row in rows:
            keys = {name_key(v) for v in row["variants"]} | {name_key(row["canonical_en"])}
            self.keys[row["canonical_en"]] = {k for k in keys if k}
        self.entity_keys: dict[int, set[str]] = {}
        for key, owners in gaz.by_key.items():
            for kind, eid in owners:
                if kind == EntityKind.organization:
                    self.entity_keys.setdefault(eid, set()).add(key)
        self.held: dict[str, set[int]] = {}
        by_key: dict[str, set[int]] = {}
        for eid, keys in self.entity_keys.items():
            for k in keys:
                by_key.setdefault(k, set()).add(eid)
        for canonical, keys in self.keys.items():
            self.held[canonical] = set().union(*(by_key.get(k, set()) for k in keys)) if keys else set()

    def names_of(self, canonical: str) -> set[str]:
        return self.keys.get(canonical) or {name_key(canonical)}

    def agrees(self, entity_id: int, canonical: str) -> bool:
        """Whether a directory entry is the gold's organisation: one of its names is a known
        name of the canonical."""
        return bool(self.entity_keys.get(entity_id, set()) & self.names_of(canonical))


# the pipeline's event types where the news gold names them otherwise
GOLD_EVENT_TYPE = {"agreement": "mou"}


def _party_keys(m, aliases: Aliases, gaz: Gazetteer) -> set[str]:
    keys = {name_key(m.mention)}
    if isinstance(m, OrgMention) and m.entity_id is not None:
        keys |= aliases.entity_keys.get(m.entity_id, set())
    elif not isinstance(m, PlaceMention) and getattr(m, "entity_id", None) in gaz.people:
        keys |= {name_key(n) for n in gaz.people[m.entity_id].names.values()}
    return keys


def score_news(doc: Doc, gaz: Gazetteer, gold: dict, aliases: Aliases,
               into: NewsScore | None = None) -> NewsScore:
    """Score one article against its news gold.

    Organisations: each distinct gold organisation (one `canonical_en`) once; it is found when
    the pipeline returns a mention whose text at its offsets is one of the organisation's surface
    forms in this article. A predicted organisation (a directory entry, or an unlinked name) none
    of whose mentions is a gold surface form is a false positive. Linking, over the organisations
    found: right when every linked mention's entry agrees with the canonical (one of its names is
    a known name of it) and the directory's entry was linked, or when the directory holds no such
    organisation and the mentions were left unlinked. Events: a predicted event matches a gold
    event of the same type sharing a party (actor or target) — a pair, not the exact shape.
    People and places: sets of surface forms (countries are not places in this gold)."""
    s = into or NewsScore()
    text = doc.text
    forms: dict[str, set[str]] = {}
    for g in gold["organizations"]:
        forms.setdefault(g["canonical_en"], set()).add(g["mention"].strip())
    all_forms = set().union(*forms.values()) if forms else set()
    spans = [(text[o.start:o.end].strip(), o) for o in doc.orgs]
    tp = 0
    for canonical, surface in forms.items():
        hits = [o for t, o in spans if t in surface]
        if not hits:
            s.missed[("organization", min(surface, key=len))] += 1
            continue
        tp += 1
        linked = {o.entity_id for o in hits if o.entity_id is not None}
        held = aliases.held.get(canonical, set())
        if held:
            right = bool(linked) and all(aliases.agrees(e, canonical) for e in linked)
        else:
            right = not linked
        s.counts["link.correct" if right else "link.wrong"] += 1
        if not right:
            got = ", ".join(gaz.orgs[e].canonical for e in sorted(linked)) or "unlinked"
            s.missed[("link", f"{min(surface, key=len)} → {got}")] += 1
    groups: dict[str, list[str]] = {}
    for t, o in spans:
        ref = f"e:{o.entity_id}" if o.entity_id is not None else "m:" + name_key(t)
        groups.setdefault(ref, []).append(t)
    fp = 0
    for names in groups.values():
        if not any(t in all_forms for t in names):
            fp += 1
            s.invented[("organization", names[0])] += 1
    s.add("organizations", tp, fp, len(forms) - tp)

    for what, gold_names, pred_names in (
            ("people", {p["mention"].strip() for p in gold["people"]}, {p.mention.strip() for p in doc.people}),
            # the gold lists no countries as places (its convention), so neither does the score
            ("places", {p.strip() for p in gold["places"]}, {
                p.mention.strip() for p in doc.places
                if p.entity_id is None or gaz.places[p.entity_id].kind != "country"})):
        gk = {name_key(n): n for n in gold_names}
        pk = {name_key(n): n for n in pred_names}
        s.add(what, len(gk.keys() & pk.keys()), len(pk.keys() - gk.keys()), len(gk.keys() - pk.keys()))
        s.missed.update((what, gk[k]) for k in gk.keys() - pk.keys())
        s.invented.update((what, pk[k]) for k in pk.keys() - gk.keys())

    unmatched = list(gold["events"])
    tp = fp = 0
    for e in doc.events:
        parties = set().union(*(_party_keys(m, aliases, gaz) for m in (*e.actors, *e.targets)))
        kind = GOLD_EVENT_TYPE.get(e.type, e.type)
        hit = next((g for g in unmatched if g["type"] == kind and any(
            aliases.names_of(p) & parties for p in (*g["actors"], *([g["target"]] if g["target"] else [])))), None)
        if hit is None:
            fp += 1
            first = (e.actors + e.targets)[:1]
            s.invented[("event", f"{kind} {first[0].mention if first else '-'}")] += 1
        else:
            tp += 1
            unmatched.remove(hit)
    for g in unmatched:
        party = (g["actors"] or [g["target"] or "-"])[0]
        s.missed[("event", f"{g['type']} {party}")] += 1
    s.add("events", tp, fp, len(unmatched))
    return s
