"""A bundled organisation's or place's changes brought into a database that already holds it.

Once loaded, a record belongs to the organisers, yet the bundle keeps improving: new aliases the
news reading needs, a name kind retagged (WeChat a product of Tencent, no longer its brand). An
install upgraded with `gyoryu init` must read the news as a fresh one does, without losing an
organiser's edit. So the loader keeps the bundled record as it last loaded it, and merges three
ways, as a package manager merges a changed configuration file: a field the organisers left as
loaded takes the bundle's new value; a field they changed stays theirs.

A record loaded before the loader kept that copy has no base to compare with: then only its names
move (aliases the bundle has gained are added, and a name both hold takes the bundle's kind), the
part the news reading depends on, and every other field stays as it is.
"""

from __future__ import annotations

MISSING = object()


def merge(base: dict | None, mine: dict, theirs: dict) -> dict:
    """The record to keep: `mine` (the database's, as `org_to_input` or `place_to_input` dumps
    it) with what changed from `base` (the bundle as last loaded) to `theirs` (the bundle now).
    Dicts are the input schema's `model_dump(mode="json")`: a field is merged by its shape (a
    value, a set of keys, a text per language, the aliases)."""
    if base is None:
        return {**mine, "aliases": _aliases(None, mine["aliases"], theirs["aliases"])}
    out = dict(mine)
    for f, new in theirs.items():
        old, kept = base.get(f), mine.get(f)
        if f == "aliases":
            out[f] = _aliases(old or [], kept or [], new)
        elif isinstance(new, dict):
            out[f] = _by_key(old or {}, kept or {}, new)
        elif isinstance(new, list):
            gone, came = set(old or ()) - set(new), set(new) - set(old or ())
            out[f] = [x for x in kept or () if x not in gone] + [x for x in new if x in came and x not in (kept or ())]
        else:
            out[f] = _pick(old, kept, new)
    return out


def _pick(base, mine, theirs):
    return theirs if mine == base else mine


def _by_key(base: dict, mine: dict, theirs: dict) -> dict:
    out = {}
    for k in (*mine, *(k for k in theirs if k not in mine), *(k for k in base if k not in mine and k not in theirs)):
        v = _pick(base.get(k, MISSING), mine.get(k, MISSING), theirs.get(k, MISSING))
        if v is not MISSING and v:
            out[k] = v
    return out


def _aliases(base: list | None, mine: list, theirs: list) -> list:
    """Aliases by (language, name): one the bundle added comes in, one it dropped goes if the
    organisers kept it as loaded, and a kind the bundle changed is taken unless they changed it;
    with no base, an added one comes in and a shared one takes the bundle's kind."""
    def by(rows):
        return {(a["lang"], a["name"]): a["type"] for a in rows}

    b, m, t = (by(base) if base is not None else None), by(mine), by(theirs)
    out = []
    for k, kind in m.items():
        if b is not None and k in b and k not in t and kind == b[k]:
            continue  # the bundle dropped it and the organisers left it as it was
        if k in t:
            kind = t[k] if b is None else _pick(b.get(k, MISSING), kind, t[k])
        out.append({"name": k[1], "lang": k[0], "type": kind})
    out += [{"name": k[1], "lang": k[0], "type": kind} for k, kind in t.items()
            if k not in m and (b is None or k not in b)]
    return out
