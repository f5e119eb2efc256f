"""A small directory of the rule tests' own, built straight into a gazetteer (no database), so
each test module names just the organisations and places its probe sentences need."""

from __future__ import annotations

from gyoryu.directory.normalize import name_key
from gyoryu.intel import gazetteer as gz


def small_gazetteer(orgs: dict, places: dict) -> gz.Gazetteer:
    """`orgs`: key → (kind, country, names), where names is either {language: name} or a list
    whose first name is Korean and last English (every one of them found). `places`: key →
    (kind, parent key, names); a place's country is its key's first two letters."""
    entries, org_names = [], []
    for i, (key, (kind, country, names)) in enumerate(orgs.items(), start=1):
        primary = dict(names) if isinstance(names, dict) else {"ko": names[0], "en": names[-1]}
        written = names.values() if isinstance(names, dict) else names
        entries.append(gz.OrgEntry(i, key, kind, country, primary))
        org_names += [(i, n, name_key(n)) for n in written]
    ids = {key: 1000 + i for i, key in enumerate(places)}
    place_entries, place_names = [], []
    for key, (kind, parent, names) in places.items():
        place_entries.append(gz.PlaceEntry(ids[key], key, kind, key[:2].upper(), {"und": names[0]},
                                           ids.get(parent)))
        place_names += [(ids[key], n, name_key(n)) for n in names]
    return gz.build(entries, org_names, place_entries, place_names, [], [])


def event_pairs(doc, g, kind) -> list:
    """(actors, targets) of each event of `kind`, sorted: a directory organisation by its key, any
    other party (a person, an unknown name) by its mention."""
    def ref(m):
        return g.orgs[m.entity_id].key if getattr(m, "entity_id", None) in g.orgs and not hasattr(m, "role") \
            else m.mention
    return sorted((sorted(ref(a) for a in e.actors), sorted(ref(t) for t in e.targets))
                  for e in doc.events if e.type == kind)
