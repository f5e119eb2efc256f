"""Directory search at scale: 100,000 organisations with 300,000 names on SQLite (or any
GYORYU_BENCH_DATABASE_URL), queried through the real JSON API over loopback HTTP.

    python -m bench.search [--orgs 100000] [--queries 2000]

Prints the time to load and index, and p50 / p95 / p99 latency per query type.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from bench.served import print_table, served, timed_queries
from gyoryu.config import Settings
from gyoryu.db import make_engine
from gyoryu.directory.models import DirectoryChange, Organization, OrgName, Sector, org_sector
from gyoryu.directory.normalize import name_key
from gyoryu.setup import initialise
from gyoryu.web.app import create_app

HANGUL = [chr(c) for c in range(0xAC00, 0xAC00 + 2000, 7)]
HANZI = list("科技智能数据云机器人华星海天创新未来信息网络电子光明中国北京上海深圳杭州重庆视觉芯片汽车医疗金融教育")
LATIN = ["ai", "robo", "tech", "data", "cloud", "vision", "neo", "quant", "deep", "sense", "mind",
         "nova", "link", "core", "smart", "auto", "bio", "fin", "edu", "chip", "labs", "works"]


def fake_names(rng: random.Random) -> tuple[str, str, str]:
    ko = "".join(rng.choice(HANGUL) for _ in range(rng.randint(2, 5)))
    zh = "".join(rng.choice(HANZI) for _ in range(rng.randint(2, 4))) + rng.choice(["科技", "智能", "", "集团"])
    en = " ".join(rng.choice(LATIN).capitalize() + rng.choice(LATIN) for _ in range(rng.randint(1, 2)))
    return ko, zh, en + f" {rng.randint(1, 999)}"


def populate(url: str, n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    engine = make_engine(url)
    initialise(engine, admin=False)
    rng = random.Random(seed)
    names: list[tuple[str, str, str]] = []
    with engine.begin() as conn:
        sectors = conn.execute(select(Sector.id)).scalars().all()
        start = (conn.execute(select(Organization.id).order_by(Organization.id.desc()).limit(1)).scalar() or 0) + 1
        for base in range(0, n, 5000):
            orgs, rows, links = [], [], []
            for i in range(base, min(n, base + 5000)):
                oid = start + i
                ko, zh, en = fake_names(rng)
                names.append((ko, zh, en))
                orgs.append({"id": oid, "kind": "company", "country": rng.choice(["KR", "CN", "US"]),
                             "description": {}, "created_at": None, "updated_at": None})
                for lang, name in (("ko", ko), ("zh-Hans", zh), ("en", en)):
                    rows.append({"org_id": oid, "name": name, "lang": lang, "kind": "primary",
                                 "norm": name_key(name)})
                links.append({"org_id": oid, "sector_id": rng.choice(sectors)})
            from gyoryu.db import utcnow

            for o in orgs:
                o["created_at"] = o["updated_at"] = utcnow()
            conn.execute(insert(Organization.__table__), orgs)
            conn.execute(insert(OrgName.__table__), rows)
            conn.execute(insert(org_sector), links)
        conn.execute(insert(DirectoryChange.__table__), [{"org_id": None, "token": "bench"}])
    engine.dispose()
    return names


def typo(rng: random.Random, s: str) -> str:
    i = rng.randrange(len(s))
    return s[:i] + s[i + 1:] if len(s) > 4 else s[:i] + "x" + s[i + 1:]


def queries(rng: random.Random, names, count: int) -> list[tuple[str, dict]]:
    real = ["텐센트", "腾讯", "騰訊", "Tencent", "한글과 컴퓨터", "hancom", "유니트리", "宇树科技", "센스타임"]
    out = []
    kinds = ["exact", "cross-script", "prefix", "substring", "typo", "filtered"]
    for i in range(count):
        kind = kinds[i % len(kinds)]
        ko, zh, en = rng.choice(names)
        if kind == "exact":
            q, params = rng.choice([ko, en]), {}
        elif kind == "cross-script":
            q, params = rng.choice(real + [zh]), {}
        elif kind == "prefix":
            q, params = en[: max(3, len(en) // 2)], {}
        elif kind == "substring":
            q, params = ko[1:] if len(ko) > 2 else zh[1:], {}
        elif kind == "typo":
            q, params = typo(rng, en.split(" ")[0]), {}
        else:
            q, params = rng.choice([ko, zh, en])[:3], {"country": rng.choice(["KR", "CN"]), "sector": "ai"}
        out.append((kind, {"q": q, **params}))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orgs", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=3000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gyoryu-bench-"))
    url = os.environ.get("GYORYU_BENCH_DATABASE_URL", f"sqlite:///{tmp / 'bench.db'}")
    t0 = time.perf_counter()
    names = populate(url, args.orgs)
    t_load = time.perf_counter() - t0

    app = create_app(Settings(var_dir=tmp, secret_key="bench"), database_url=url)
    with make_engine(url).connect() as conn:
        total_names = conn.execute(select(OrgName.id).order_by(OrgName.id.desc()).limit(1)).scalar()
    with served(app) as client:
        t0 = time.perf_counter()
        client.get("/api/organizations", params={"q": "warm-up"}).raise_for_status()
        t_index = time.perf_counter() - t0
        by_kind, found = timed_queries(client, "/api/organizations",
                                       queries(random.Random(11), names, args.queries))
    print(f"directory: {args.orgs:,} generated organisations + bundled, ~{total_names:,} names; "
          f"database {url.split(':')[0]}")
    print(f"load {t_load:.1f} s; first query (builds the index) {t_index:.2f} s")
    print_table(by_kind, found)


if __name__ == "__main__":
    main()
