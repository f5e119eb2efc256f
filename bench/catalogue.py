"""Catalogue search at scale: N synthetic products (default 100,000) with names in Korean,
Chinese and English (~3N names), bulk-inserted into SQLite (or GYORYU_BENCH_DATABASE_URL) and
queried through the real JSON API over loopback HTTP (`GET /api/catalogue/products`).

    python -m bench.catalogue [--products 100000] [--queries 3000]

Prints the load time, the first query (which builds the in-memory product index), and p50 /
p95 / p99 per query type: an exact name, a cross-script query (a product word alone, 로봇청소기 or
扫地机器人, which every product named so in either script matches: ~1/12 of the catalogue), a
prefix, a substring, a typo, and a filtered query (a product word, category and country).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from bench.served import print_table, served, timed_queries
from gyoryu.catalogue.enums import Category
from gyoryu.catalogue.models import CatalogueChange, Product, ProductName, product_sector
from gyoryu.config import Settings
from gyoryu.db import make_engine, utcnow
from gyoryu.directory.models import Organization, Sector
from gyoryu.directory.normalize import name_key
from gyoryu.setup import initialise
from gyoryu.web.app import create_app

# Product words in three languages, paired, so a Korean word has its Chinese name on the product.
WORDS = [("로봇청소기", "扫地机器人", "robot vacuum"), ("서빙로봇", "送餐机器人", "serving robot"),
         ("스마트스피커", "智能音箱", "smart speaker"), ("드론", "无人机", "drone"),
         ("AI카메라", "AI摄像头", "AI camera"), ("라이다센서", "激光雷达", "lidar sensor"),
         ("번역기", "翻译机", "translator"), ("안내로봇", "导览机器人", "guide robot"),
         ("산업용로봇팔", "工业机械臂", "industrial arm"), ("AI반도체", "AI芯片", "AI chip"),
         ("자율주행키트", "自动驾驶套件", "self-driving kit"), ("음성인식모듈", "语音识别模块", "speech module")]
HANGUL = [chr(c) for c in range(0xAC00, 0xAC00 + 1500, 11)]
LATIN = ["neo", "nova", "max", "pro", "lite", "ultra", "zen", "bolt", "sky", "core", "edge", "air"]


def fake_product(rng: random.Random, i: int) -> tuple[str, str, str]:
    ko, zh, en = rng.choice(WORDS)
    model = f"{rng.choice(LATIN).upper()}{rng.randint(1, 999)}"
    brand = "".join(rng.choice(HANGUL) for _ in range(rng.randint(2, 3)))
    return f"{brand} {ko} {model}", f"{zh} {model}", f"{brand} {en} {model}-{i}"


def populate(url: str, n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    engine = make_engine(url)
    initialise(engine, admin=False)
    rng = random.Random(seed)
    names: list[tuple[str, str, str]] = []
    with engine.begin() as conn:
        orgs = conn.execute(select(Organization.id)).scalars().all()
        sectors = conn.execute(select(Sector.id)).scalars().all()
        start = (conn.execute(select(Product.id).order_by(Product.id.desc()).limit(1)).scalar() or 0) + 1
        categories = list(Category)
        now = utcnow()
        for base in range(0, n, 5000):
            products, rows, links = [], [], []
            for i in range(base, min(n, base + 5000)):
                pid = start + i
                ko, zh, en = fake_product(rng, i)
                names.append((ko, zh, en))
                products.append({"id": pid, "organization_id": rng.choice(orgs), "kind": "product",
                                 "category": rng.choice(categories), "description": {},
                                 "capabilities": [], "specs": [], "certifications": ["KC"],
                                 "price_on_request": True, "unit": "", "exhibit": False,
                                 "created_at": now, "updated_at": now})
                for lang, name in (("ko", ko), ("zh-Hans", zh), ("en", en)):
                    rows.append({"product_id": pid, "name": name, "lang": lang, "kind": "primary",
                                 "norm": name_key(name)})
                links.append({"product_id": pid, "sector_id": rng.choice(sectors)})
            conn.execute(insert(Product.__table__), products)
            conn.execute(insert(ProductName.__table__), rows)
            conn.execute(insert(product_sector), links)
        conn.execute(insert(CatalogueChange.__table__), [{"product_id": None, "token": "bench"}])
    engine.dispose()
    return names


def typo(rng: random.Random, s: str) -> str:
    i = rng.randrange(len(s))
    return s[:i] + s[i + 1:]


def queries(rng: random.Random, names, count: int) -> list[tuple[str, dict]]:
    kinds = ["exact", "cross-script", "prefix", "substring", "typo", "filtered"]
    out = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        ko, zh, en = rng.choice(names)
        if kind == "exact":
            q, params = rng.choice([ko, zh, en]), {}
        elif kind == "cross-script":  # a product word alone: every product named so, in any script
            q, params = rng.choice(rng.choice(WORDS)[:2]), {}
        elif kind == "prefix":
            q, params = en[: max(4, len(en) // 2)], {}
        elif kind == "substring":
            q, params = ko.split(" ")[1], {}
        elif kind == "typo":
            q, params = typo(rng, en.split(" ")[0] + en.split(" ")[-1]), {}
        else:
            q, params = rng.choice(WORDS)[rng.randrange(2)], {"category": "robot", "country": "KR"}
        out.append((kind, {"q": q, **params}))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=3000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gyoryu-bench-catalogue-"))
    url = os.environ.get("GYORYU_BENCH_DATABASE_URL", f"sqlite:///{tmp / 'bench.db'}")
    t0 = time.perf_counter()
    names = populate(url, args.products)
    t_load = time.perf_counter() - t0

    app = create_app(Settings(var_dir=tmp, secret_key="bench"), database_url=url)
    with make_engine(url).connect() as conn:
        total_names = conn.execute(select(ProductName.id).order_by(ProductName.id.desc()).limit(1)).scalar()
    with served(app) as client:
        t0 = time.perf_counter()
        client.get("/api/catalogue/products", params={"q": "warm-up"}).raise_for_status()
        t_index = time.perf_counter() - t0
        by_kind, found = timed_queries(client, "/api/catalogue/products",
                                       queries(random.Random(11), names, args.queries))
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"catalogue: {args.products:,} generated products, ~{total_names:,} names; "
          f"database {url.split(':')[0]}")
    print(f"load {t_load:.1f} s; first query (builds the product index) {t_index:.2f} s")
    print_table(by_kind, found)


if __name__ == "__main__":
    main()
