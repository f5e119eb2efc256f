"""The relationship graph at scale: 20,000 organisations and 200,000 edges, queried through the
real JSON API over loopback HTTP, and the graph page rendered in headless Chromium.

    python -m bench.graph [--orgs 20000] [--edges 200000] [--requests 300]

The edges are made the way the platform makes them: held meetings and outcome relations are
written as source rows and the edge table is rebuilt from them (timed). Years 2018–2025 hold
three quarters of the edges, spread over every organisation (a fifth of them touching one of
200 hubs); 2026 holds the last quarter among 5,000 organisations — so the 2026 view is the
5,000-node / 50,000-edge graph the page must stay usable at.

Prints the rebuild time, p50 / p95 of `GET /api/graph` for a 2-hop neighbourhood and for a
year view, the same with the edge table's indexes dropped (what makes them fast), the query
plans, and the page's time to first render in Chromium (Playwright, Debian's chromium).
Set GYORYU_BENCH_DATABASE_URL to run on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import insert, select, text

from bench.search import populate
from bench.served import percentile
from gyoryu.accounts.enums import Role
from gyoryu.accounts.service import add_user
from gyoryu.config import Settings
from gyoryu.db import make_engine, transaction, utcnow
from gyoryu.directory.models import Organization
from gyoryu.graph import service
from gyoryu.graph.models import GraphChange
from gyoryu.outcomes.models import Outcome, OutcomeMeeting, OutcomeParty
from gyoryu.web.app import create_app

STAGES = ["contact", "follow_up", "mou", "loi", "pilot", "contract", "investment"]
INDEXES = {"ix_graph_edge_a": "(a_id, year)", "ix_graph_edge_b": "(b_id, year)",
           "ix_graph_edge_year": "(year, kind)"}
EMAIL, PASSWORD = "bench-organiser@gyoryu.local", "bench-password"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"  # Debian's, as tests/e2e use it
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def pairs(rng: random.Random, ids: list[int], hubs: list[int], count: int, taken: set) -> list[tuple[int, int]]:
    out = []
    while len(out) < count:
        a = rng.choice(hubs) if rng.random() < 0.2 else rng.choice(ids)
        b = rng.choice(ids)
        pair = (min(a, b), max(a, b))
        if a != b and pair not in taken:
            taken.add(pair)
            out.append(pair)
    return out


def write_sources(url: str, n_edges: int, seed: int = 3) -> dict:
    """Held meetings (80 %) and outcome relations (20 %) between the generated organisations."""
    rng = random.Random(seed)
    engine = make_engine(url)
    with engine.begin() as conn:
        ids = sorted(conn.execute(select(Organization.id).where(Organization.kind == "company")).scalars())
    generated = ids[-20_000:] if len(ids) > 20_000 else ids
    core, hubs = generated[:5000], generated[:200]
    spread_n = n_edges * 3 // 4
    plan = [(year, p) for year in range(2018, 2026) for p in pairs(rng, generated, hubs, spread_n // 8, set())]
    plan += [(2026, p) for p in pairs(rng, core, hubs, n_edges - len(plan), set())]
    meetings, outcomes, parties = [], [], []
    now = utcnow()
    for i, (year, (a, b)) in enumerate(plan):
        day = date(year, rng.randint(1, 12), rng.randint(1, 28))
        if i % 5:
            meetings.append({"held_on": day, "org_a_id": a, "org_b_id": b, "source": "recorded",
                             "note": "", "created_at": now})
        else:
            oid = len(outcomes) + 1
            outcomes.append({"id": oid, "org_set": f"{a},{b},{year}", "stage": rng.choice(STAGES),
                             "status": "active", "last_on": day, "created_at": now, "updated_at": now})
            parties += [{"outcome_id": oid, "organization_id": a}, {"outcome_id": oid, "organization_id": b}]
    with engine.begin() as conn:
        for rows, table in ((meetings, OutcomeMeeting.__table__), (outcomes, Outcome.__table__),
                            (parties, OutcomeParty.__table__)):
            for i in range(0, len(rows), 20_000):
                conn.execute(insert(table), rows[i:i + 20_000])
        conn.execute(insert(GraphChange.__table__))
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT setval(pg_get_serial_sequence('outcome', 'id'), (SELECT max(id) FROM outcome))"))
    engine.dispose()
    return {"generated": generated, "core": core, "hubs": hubs}


def serve(url: str, tmp: Path):
    app = create_app(Settings(var_dir=tmp, secret_key="bench"), database_url=url)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"


def signed_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post("/login", data={"email": EMAIL, "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303, r.text
    return client


def timed(client: httpx.Client, params_list: list[dict]) -> tuple[list[float], list[tuple[int, int]]]:
    times, sizes = [], []
    for params in params_list:
        t = time.perf_counter()
        r = client.get("/api/graph", params=params)
        r.raise_for_status()
        data = r.json()
        times.append((time.perf_counter() - t) * 1000)
        sizes.append((len(data["nodes"]), len(data["edges"])))
    return times, sizes


def report(label: str, times: list[float], sizes: list[tuple[int, int]]) -> None:
    nodes = sorted(n for n, _e in sizes)[len(sizes) // 2]
    edges = sorted(e for _n, e in sizes)[len(sizes) // 2]
    print(f"{label:<34}{len(times):>5}{percentile(times, 50):>10.1f}{percentile(times, 95):>10.1f}"
          f"{max(times):>10.1f}   median answer {nodes:,} nodes / {edges:,} edges")


def plans(url: str, center: int) -> None:
    engine = make_engine(url)
    neighbourhood = f"SELECT * FROM graph_edge WHERE (a_id IN ({center}) OR b_id IN ({center}))"
    year = "SELECT * FROM graph_edge WHERE year = 2024"
    with engine.connect() as conn:
        for label, sql in (("2-hop ring look-up", neighbourhood), ("year view", year)):
            prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
            rows = [" ".join(str(c) for c in row) for row in conn.execute(text(prefix + sql))]
            print(f"  plan, {label}: " + " | ".join(rows))
    engine.dispose()


def render_page(base: str, paths: list[str]) -> list[tuple[str, dict, float]]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(base_url=base, viewport={"width": 1400, "height": 900})
        page.goto("/login")
        page.fill("input[name=email]", EMAIL)
        page.fill("input[name=password]", PASSWORD)
        page.click("form[action='/login'] button[type=submit]")
        page.wait_for_url(lambda u: "/login" not in u)
        for path in paths:
            t = time.perf_counter()
            page.goto(path)
            page.wait_for_function("document.body.dataset.graphReady === '1'", timeout=180_000)
            wall = (time.perf_counter() - t) * 1000
            out.append((path, page.evaluate("window.gyoryuGraph"), wall))
            page.wait_for_timeout(500)
        browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orgs", type=int, default=20_000)
    ap.add_argument("--edges", type=int, default=200_000)
    ap.add_argument("--requests", type=int, default=300)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gyoryu-bench-graph-"))
    url = os.environ.get("GYORYU_BENCH_DATABASE_URL", f"sqlite:///{tmp / 'bench.db'}")
    t0 = time.perf_counter()
    populate(url, args.orgs)
    made = write_sources(url, args.edges)
    engine = make_engine(url)
    with transaction(engine) as db:
        add_user(db=db, email=EMAIL, password=PASSWORD, role=Role.organiser)
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    with transaction(engine) as db:
        service.ensure_fresh(db=db)
    t_rebuild = time.perf_counter() - t0
    with engine.connect() as conn:
        n_edges = conn.execute(text("SELECT count(*) FROM graph_edge")).scalar()
        n_orgs = conn.execute(text("SELECT count(*) FROM organization")).scalar()
    engine.dispose()
    print(f"graph: {n_orgs:,} organisations ({args.orgs:,} generated + bundled), {n_edges:,} edges "
          f"(incl. the bundled clusters'); database {url.split(':')[0]}")
    print(f"load {t_load:.1f} s; edge table rebuilt from the source rows in {t_rebuild:.1f} s")

    server, base = serve(url, tmp)
    client = signed_in(base)
    rng = random.Random(5)
    hops = [{"center": str(rng.choice(made["generated"])), "hops": 2} for _ in range(args.requests)]
    years = [{"year": rng.choice(range(2018, 2026))} for _ in range(max(20, args.requests // 10))]
    timed(client, hops[:5])  # warm-up
    print(f"{'GET /api/graph':<34}{'n':>5}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    report("2-hop neighbourhood", *timed(client, hops))
    report("year view (one of 2018–2025)", *timed(client, years))
    report("year view 2026 (the 5k core)", *timed(client, [{"year": 2026}] * 10))
    plans(url, int(hops[0]["center"]))

    engine = make_engine(url)
    with engine.begin() as conn:
        for name in INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
    engine.dispose()
    print("without the edge table's indexes " + ", ".join(f"{k} {v}" for k, v in INDEXES.items()) + ":")
    report("2-hop neighbourhood, no index", *timed(client, hops[:20]))
    report("year view, no index", *timed(client, years[:10]))
    engine = make_engine(url)
    with engine.begin() as conn:
        for name, cols in INDEXES.items():
            conn.execute(text(f"CREATE INDEX {name} ON graph_edge {cols}"))
    engine.dispose()

    print("graph page in headless Chromium (time to first frame, from the page's own script):")
    hub = made["hubs"][0]
    for path, figures, wall in render_page(base, ["/graph?year=2026", "/graph?year=2024",
                                                  f"/graph?center={hub}&hops=2"]):
        print(f"  {path:<28} {figures.get('nodes', 0):>6,} nodes {figures.get('edges', 0):>7,} edges: "
              f"data {figures.get('fetchMs', 0):>7.0f} ms, first render {figures.get('renderMs', 0):>7.0f} ms "
              f"(navigation to ready {wall:.0f} ms)")
    server.should_exit = True
    print("machine load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg())
          + f" on {os.cpu_count()} cores (figures above are inflated in proportion)")


if __name__ == "__main__":
    main()
