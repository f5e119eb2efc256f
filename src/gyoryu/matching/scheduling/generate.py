"""Seeded random instances for the benchmark and the tests: a two-country B2B event.

Half the participants are from each side and requests always cross sides (KR ↔ CN); a few
participants are popular (log-normal demand); each misses a quarter of the slots at random and
some arrive late or leave early (about 70 % present overall); weights are whole numbers 1..10.
On 2,000 / 10,000 / 16 / 400 this lands where the issue's measurements did: greedy ≈ 98 % of
the LP bound, the LP bound ≈ 80 % of the requested weight.

With `interpreters` > 0 the event speaks languages: every Korean speaks ko, every Chinese zh;
half also speak English and one in eight the other side's language, so a bit more than
half the requests need an interpreter. The slots fall into `days` equal days; interpreters mostly
bridge ko–zh (some also ko–en or zh–en), take a lunch break in the middle of each day, miss a
few slots and do at most three quarters of a day's slots. With `groups` > 0 that share of the
requests is a delegation of two meeting one company, and tables are a list: 85 % of two seats,
15 % of four. With `halls` > 1 the tables stand in that many halls in a row, 4 minutes' walk
apart, half the Chinese side exhibit at a stand in one of them, and slots are 5 minutes apart
(15 at the middle break): a buyer crossing more than one hall needs a slot in between.
"""

from __future__ import annotations

import random
from itertools import accumulate


def generate(*, participants: int, requests: int, slots: int, tables: int, seed: int = 1,
             interpreters: int = 0, days: int = 1, groups: float = 0.0, halls: int = 0) -> dict:
    rng = random.Random(seed)
    slot_ids = [f"s{i:02d}" for i in range(slots)]
    people = []
    for i in range(participants):
        side = "k" if i % 2 == 0 else "c"
        start = rng.choice([0] * 6 + [1, 2])
        end = slots - rng.choice([0] * 6 + [1, 2])
        avail = [s for s in range(start, max(end, start + 1)) if rng.random() > 0.25]
        people.append({"id": f"{side}{i:05d}", "available": [slot_ids[s] for s in avail]})
    ks = [p["id"] for p in people if p["id"][0] == "k"]
    cs = [p["id"] for p in people if p["id"][0] == "c"]
    pull_k = list(accumulate(rng.lognormvariate(0, 0.6) for _ in ks))
    pull_c = list(accumulate(rng.lognormvariate(0, 0.6) for _ in cs))
    pairs: set[tuple[str, str]] = set()
    limit = min(requests, len(ks) * len(cs))
    while len(pairs) < limit:
        pairs.add((rng.choices(ks, cum_weights=pull_k)[0], rng.choices(cs, cum_weights=pull_c)[0]))
    reqs = []
    for i, (k, c) in enumerate(sorted(pairs)):
        a, b = (k, c) if rng.random() < 0.5 else (c, k)
        reqs.append({"id": f"r{i:05d}", "a": a, "b": b, "weight": rng.randint(1, 10)})
    rng.shuffle(reqs)
    out = {"slots": slot_ids, "tables": tables, "participants": people, "requests": reqs}
    if groups > 0:
        _groups(out, rng, groups, cs, ks)
    if interpreters > 0:
        _languages(out, rng, interpreters, days)
    if halls > 1:
        _halls(out, rng, halls)
    return out


def _halls(out: dict, rng: random.Random, halls: int) -> None:
    """Tables spread over the halls; half the Chinese side exhibit at a stand in one hall;
    halls in a row, 4 minutes' walk from one to the next; 5 minutes between slots, 15 at the
    lunch break."""
    names = [f"H{h + 1}" for h in range(halls)]
    if not isinstance(out["tables"], list):
        out["tables"] = [{"id": f"T{t + 1}", "seats": 2} for t in range(out["tables"])]
    for t, table in enumerate(out["tables"]):
        table["hall"] = names[t % halls]
    for p in out["participants"]:
        if p["id"][0] == "c" and rng.random() < 0.5:
            p["hall"] = rng.choice(names)
    out["walking"] = {x: {y: 4 * (j - i) for j, y in enumerate(names) if j > i}
                      for i, x in enumerate(names[:-1])}
    slots = out["slots"]
    out["gaps"] = {s: 15 if i == len(slots) // 2 - 1 else 5 for i, s in enumerate(slots)}


def _groups(out: dict, rng: random.Random, share: float, cs: list[str], ks: list[str]) -> None:
    for req in out["requests"]:
        if rng.random() < share:
            mates = cs if req["b"][0] == "c" else ks
            other = rng.choice(mates)
            if other != req["b"]:
                req["b"] = [req["b"], other]
    n = out["tables"]
    out["tables"] = [{"id": f"T{t + 1}", "seats": 4 if t < n * 15 // 100 else 2} for t in range(n)]


def _languages(out: dict, rng: random.Random, interpreters: int, days: int) -> None:
    slot_ids = out["slots"]
    per_day = max(1, len(slot_ids) // days)
    day_slots = [slot_ids[d * per_day:(d + 1) * per_day if d < days - 1 else None]
                 for d in range(days)]
    if days > 1:
        out["days"] = {f"d{d + 1}": list(s) for d, s in enumerate(day_slots)}
    for p in out["participants"]:
        own, other = ("ko", "zh") if p["id"][0] == "k" else ("zh", "ko")
        langs = [own]
        if rng.random() < 0.5:
            langs.append("en")
        if rng.random() < 0.12:
            langs.append(other)
        p["languages"] = langs
    team = []
    for i in range(interpreters):
        roll = rng.random()
        pairs = ["ko-zh"] + (["ko-en"] if 0.7 < roll < 0.85 else []) + (
            ["zh-en"] if roll >= 0.85 else [])
        available = []
        for day in day_slots:
            lunch = len(day) // 2
            available += [s for j, s in enumerate(day) if j != lunch and rng.random() > 0.08]
        team.append({"id": f"i{i:03d}", "pairs": pairs, "available": available,
                     "max_meetings": max(1, len(day_slots[0]) * 3 // 4)})
    out["interpreters"] = team
