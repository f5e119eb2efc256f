"""Batch ingestion on Ray into PostgreSQL: articles per second with 1 and 2 workers, and the ratio.

The articles are generated: sentences written for this benchmark (Korean, Chinese, English, none
taken from any outlet or from ../shared), recombined with names of organisations the directory
holds, about 1 KB each and all different. Each run gets a fresh PostgreSQL database
(`gyoryu init`), then `gyoryu ingest DIR --engine ray --workers W --json` runs as the real command.
Two rates are printed: over the whole run (Ray and worker start-up included) and over the
extraction-and-write phase alone (the rate a long run approaches).

    .venv/bin/python -m bench.ingest [N] [--workers 1,2] [--keep]     # N defaults to 100000

Needs PostgreSQL at GYORYU_TEST_PG (default postgresql+psycopg://postgres@127.0.0.1:5432/test).

Measured 2026-12-07 at N=20,000 (not 100,000: the time left in the session), each run alone on a quiet
machine (2 cores), 20,000 articles, 378,500 mentions and 62,829 events in PostgreSQL each time:
  1 worker: 90.3 articles/s over the whole run, 96.2 extracting and writing (wall 221 s, ready after 9.0 s;
    107.5 articles per CPU-second of the worker, writes 49 s beside the extraction);
  2 workers: 145.7 over the whole run, 161.8 extracting and writing (wall 137 s, ready after 9.0 s;
    103.7 per CPU-second of a worker, writes 64 s);
  ratio 2/1: 1.61x whole run, 1.68x extracting and writing (2026-12-05 at N=20,000: 1.59x / 1.67x).

Measured 2026-12-05 at N=100,000 with workers writing their own batches on PostgreSQL, each run
alone on a quiet machine (2 cores; helpers only reading files), 100,000 articles, 1,895,062
mentions and 269,127 events in PostgreSQL each time:
  1 worker: 107.1 articles/s over the whole run, 109.0 extracting and writing (wall 933 s, ready
    after 11.5 s; 119.4 articles per CPU-second of the worker, writes 291 s beside the extraction);
    load average 1.1 before, 1.7 after;
  2 workers: 173.5 over the whole run, 180.0 extracting and writing (wall 576 s, ready after 16.2 s;
    115.8 per CPU-second of a worker, writes 308 s); load average 1.7 before, 3.3 after;
  ratio 2/1: 1.62x whole run, 1.65x extracting and writing (N=20,000 gave 1.59x / 1.67x).

Measured 2026-12-05 at N=20,000 after workers write their own batches on PostgreSQL (each run
alone on a quiet machine, 2 cores), 20,000 articles, 378,500 mentions and 53,803 events each time:
  1 worker: 95.8 articles/s over the whole run, 102.4 extracting and writing (wall 209 s);
  2 workers: 152.3 over the whole run, 171.1 extracting and writing (wall 131 s);
  ratio 2/1: 1.59x whole run, 1.67x extracting and writing. A worker's CPU now holds its writes
  too: 107-112 articles per CPU-second of a worker, writes 40-55 s beside the extraction.
  The 100,000-article runs below were with the driver's single writer (re-run above).

Measured 2026-12-05 at N=100,000 (after the batch hooks and the writer thread; each run alone,
the machine shared with other sessions), 100,000 articles, 1,895,062 mentions and 287,154 events
in PostgreSQL each time:
  2 workers (run first): 73.5 articles/s over the whole run, 77.4 extracting and writing (wall
    1,360 s, ready after 53 s); load average 8.2 before, 7.3 after (15-min 7.0 → 9.6).
  1 worker: 96.9 articles/s over the whole run, 100.1 extracting and writing (wall 1,032 s, ready
    after 24 s); load average 5.0 before, 3.9 after (15-min 8.5 → 6.3).
  Ratio 2/1: 0.76x — not a scaling figure: the two runs met different loads, and neither was
  bound by extraction. The workers spent 461-508 CPU-s extracting 100,000 articles (197-217
  articles per CPU-second of a worker on this 1.2 KB corpus; bench.intel_speed's 3.3 KB
  articles: 62), while the driver's writer thread was busy 508 s (1 worker) and 769 s (2
  workers): on 2 cores, a second worker competes with the driver and PostgreSQL for the same CPU.

Before (per-article hooks, writes on the driver's main thread), 2026-12-04, N=3,000, load
average 4-7: 1 worker 13.3 articles/s extracting and
writing (10.3 over the whole run, ready after 47 s), 2 workers 24.4 (18.6, ready after 24 s),
ratio 1.84x (1.80x); 3,000 articles, 56,636 mentions and 8,646 events in PostgreSQL each time.

Measured 2026-12-04 at N=3,000 (not 100,000: the 2-core machine was shared, load average 9-14):
1 worker 23.1 articles/s extracting and writing (14.2 over the whole run, Ray and workers ready
after 59 s), 2 workers 26.6 (14.8), ratio 1.15x (1.04x). bench.intel_speed in the same hour: 9.1
articles/s against Kiwi's own 7.4 — a fraction of one core was free, so these are not per-core rates.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

PG_ADMIN_URL = os.environ.get("GYORYU_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

NAMES = {
    "ko": ["유니트리", "네이버", "텐센트", "카카오", "삼성전자", "화웨이", "바이두", "LG전자", "알리바바", "SK텔레콤",
           "센스타임", "현대자동차"],
    "zh": ["宇树科技", "腾讯", "华为", "百度", "阿里巴巴", "三星电子", "商汤科技", "科大讯飞", "小米", "字节跳动"],
    "en": ["Tencent", "Samsung Electronics", "Huawei", "Baidu", "Alibaba", "Naver", "Kakao", "SenseTime",
           "LG Electronics", "iFlytek", "Xiaomi", "Unitree Robotics"],
}
SENTENCES = {
    "ko": ["{a}는 {b}와 인공지능 반도체 공동 개발을 위한 업무협약을 체결했다고 밝혔다.",
           "{a} 대표단이 {b}의 판교 연구소를 방문해 로봇 분야 협력 방안을 논의했다.",
           "양사는 내년 상반기까지 공동 연구실을 열고 데이터와 인력을 교류하기로 했다.",
           "{a}는 이번 투자로 한국 시장에서 서비스 로봇 사업을 넓힐 계획이다.",
           "업계에서는 {a}와 {b}의 협력이 대규모 언어 모델 경쟁에 영향을 줄 것으로 보고 있다.",
           "{a} 관계자는 중국과 한국의 스타트업 생태계를 잇는 역할을 하겠다고 말했다.",
           "행사에는 정부 관계자와 투자사 대표 등 200여 명이 참석했다.",
           "{b}는 지난해 상하이에 연구 법인을 세우고 자율주행 인력을 채용해 왔다.",
           "두 회사는 의료 영상 분석과 스마트 공장 분야에서도 시범 사업을 추진한다."],
    "zh": ["{a}与{b}在上海签署战略合作协议，双方将在人工智能芯片领域开展联合研发。",
           "{a}代表团近日访问{b}位于深圳的研发中心，就机器人产业合作进行了交流。",
           "双方计划明年上半年建成联合实验室，并在数据和人才方面加强交流。",
           "{a}表示，此次投资将帮助公司拓展韩国市场的服务机器人业务。",
           "业内人士认为，{a}与{b}的合作将影响大模型领域的竞争格局。",
           "{b}去年在首尔设立了研究机构，并持续招聘自动驾驶人才。",
           "活动吸引了政府部门和投资机构代表等两百余人参加。"],
    "en": ["{a} signed a memorandum of understanding with {b} in Seoul to develop AI chips together.",
           "A delegation from {a} visited the research centre of {b} in Shenzhen to discuss robotics.",
           "The two companies plan to open a joint laboratory in the first half of next year.",
           "{a} said the investment would help it expand its service robot business in Korea.",
           "Analysts said the partnership between {a} and {b} could reshape competition in large models.",
           "{b} set up a research unit in Shanghai last year and has been hiring autonomous driving engineers.",
           "About two hundred officials and investors attended the event."],
}


def article(rng: random.Random, i: int) -> str:
    lang = rng.choice(("ko", "ko", "zh", "en"))
    a, b = rng.sample(NAMES[lang], 2)
    parts = [s.format(a=a, b=b) for s in rng.sample(SENTENCES[lang], k=min(6, len(SENTENCES[lang])))]
    serial = {"ko": f"(기사 {i})", "zh": f"（第{i}篇）", "en": f"(story {i})"}[lang]
    paragraphs = [" ".join(parts[:3]), " ".join(parts[3:]), serial]
    return "\n\n".join(paragraphs) * 2  # about 1 KB


def write_corpus(folder: Path, n: int, seed: int = 11) -> float:
    rng = random.Random(seed)
    size = 0
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        body = article(rng, i)
        size += len(body.encode("utf-8"))
        (sub / f"{i:06d}.txt").write_text(body, encoding="utf-8")
    return size / n


def fresh_database() -> tuple[str, str]:
    name = f"gyoryu_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


def drop_database(name: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def ingest(folder: Path, workers: int, keep: bool) -> dict:
    gyoryu = str(Path(sys.executable).parent / "gyoryu")
    name, url = fresh_database()
    env = {**os.environ, "GYORYU_DATABASE_URL": url, "RAY_USAGE_STATS_ENABLED": "0"}
    try:
        subprocess.run([gyoryu, "init"], env=env, check=True, capture_output=True)
        t0 = time.perf_counter()
        done = subprocess.run([gyoryu, "ingest", str(folder), "--engine", "ray", "--workers", str(workers),
                               "--batch-size", "500", "--json", "--quiet"],
                              env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if not done.stdout.strip().startswith("{"):
            raise SystemExit(done.stderr[-3000:])
        report = json.loads(done.stdout)
        with create_engine(url).connect() as conn:
            report["articles_in_db"] = conn.scalar(text("SELECT count(*) FROM intel_article"))
            report["mentions_in_db"] = conn.scalar(text("SELECT count(*) FROM intel_mention"))
            report["events_in_db"] = conn.scalar(text("SELECT count(*) FROM intel_event"))
        report["wall"] = wall
        return report
    finally:
        if not keep:
            drop_database(name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2", help="Runs in this order, e.g. 2,1.")
    parser.add_argument("--keep", action="store_true", help="Keep the databases (named in the output).")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gyoryu_bench_ingest_"))
    try:
        per = write_corpus(folder, args.n)
        print(f"corpus: {args.n} generated articles, {per:.0f} bytes each on average ({os.cpu_count()} CPUs)",
              flush=True)
        rates = {}
        for w in (int(x) for x in args.workers.split(",")):
            load_before = os.getloadavg()
            r = ingest(folder, w, args.keep)
            load_after = os.getloadavg()
            steady = r["stored"] / max(r["extract_seconds"], 1e-9)
            rates[w] = (r["stored"] / r["wall"], steady)
            print(f"workers={w}: {r['stored']} stored ({r['articles_in_db']} articles, {r['mentions_in_db']} mentions, "
                  f"{r['events_in_db']} events in PostgreSQL), {r['failed']} failed; "
                  f"wall {r['wall']:.1f} s (Ray + workers ready after {r['startup_seconds']:.1f} s)")
            print(f"           {rates[w][0]:.1f} articles/s over the whole run, "
                  f"{steady:.1f} articles/s extracting and writing")
            print(f"           extraction {r['stored'] / max(r['extract_cpu_seconds'], 1e-9):.1f} articles per "
                  f"CPU-second of a worker ({r['extract_cpu_seconds']:.0f} CPU-s); writes "
                  f"{r.get('write_seconds', 0):.0f} s ({r.get('writers', 'driver')} writing, beside the extraction)")
            print(f"           load average before {load_before[0]:.1f} {load_before[1]:.1f} {load_before[2]:.1f}, "
                  f"after {load_after[0]:.1f} {load_after[1]:.1f} {load_after[2]:.1f}", flush=True)
        if 1 in rates and 2 in rates:
            print(f"ratio 2 workers / 1 worker: {rates[2][0] / rates[1][0]:.2f}x whole run, "
                  f"{rates[2][1] / rates[1][1]:.2f}x extracting and writing")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
