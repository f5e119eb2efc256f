"""Seeded random instances for the benchmark and the tests: a two-country B2B event.

Half the participants are from each side and requests always cross sides (KR ↔ CN); a few
participants are popular (log-normal demand); each misses a quarter of the slots at random and
some arrive late or leave early (about 70 % present overall); weights are whole numbers 1..10.
On 2,000 / 10,000 / 16 / 400 this lands where the issue's measurements did: greedy ≈ 98 % of
the LP bound, the LP bound ≈ 80 % of the requested weight.
"""

from __future__ import annotations

import random
from itertools import accumulate


def generate(*, participants: int, requests: int, slots: int, tables: int, seed: int = 1) -> dict:
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
    return {"slots": slot_ids, "tables": tables, "participants": people, "requests": reqs}
