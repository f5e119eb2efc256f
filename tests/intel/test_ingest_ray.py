"""`gyoryu ingest DIR --engine ray`: a local Ray cluster of two workers, run as the real command
(a subprocess) against the test database. Ray takes long to start, so these tests are few."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from gyoryu.db import session_factory
from gyoryu.intel import service
from gyoryu.intel.models import Article, IngestLedger, Mention, Review

pytestmark = pytest.mark.slow

GYORYU = str(Path(sys.executable).parent / "gyoryu")
ARTICLES = {
    "ko_mou.txt": "유니트리가 11월 20일 서울을 방문해 네이버와 휴머노이드 로봇 공동 연구 업무협약을 체결했다.",
    "ko_visit.txt": "텐센트 대표단이 판교를 찾아 카카오와 인공지능 협력 방안을 논의했다.",
    "en_mou.md": "Tencent signed a memorandum of understanding with Samsung Electronics in Seoul on November 18.",
    "zh_visit.txt": "华为代表团于11月15日访问首尔，与三星电子签署了人工智能合作协议。",
    "en_new.txt": "Qubitline Robotics Co., Ltd. opened an office in Shanghai next to SenseTime.",
    "page.html": "<html><head><title>Baidu in Busan</title></head><body><article><h1>Baidu in Busan</h1>"
                 "<p>Baidu and Naver agreed in Busan to build a joint data centre for speech models, the two "
                 "companies said on Tuesday after a meeting of their research chiefs.</p></article></body></html>",
}


def gyoryu(database_url: str, *args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "GYORYU_DATABASE_URL": database_url, "RAY_USAGE_STATS_ENABLED": "0"}
    return subprocess.Popen([GYORYU, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **popen)


def finish(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=900)
    assert out.strip().startswith("{"), err[-3000:]
    return json.loads(out)


def forget(engine, folder: Path) -> None:
    """The command committed: remove what it wrote so the other tests see the database as before."""
    prefix = str(folder) + "%"
    with engine.begin() as conn:
        conn.execute(delete(IngestLedger).where(IngestLedger.path.like(prefix)))
        conn.execute(delete(Article).where(Article.source.like(prefix)))


def test_ray_ingest_writes_what_the_one_by_one_path_writes(tmp_path, database_url, engine):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "again.txt").write_text(ARTICLES["ko_mou.txt"] + "\n\n", encoding="utf-8")  # same text
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    try:
        report = finish(gyoryu(database_url, "ingest", str(folder), "--engine", "ray", "--workers", "2",
                               "--batch-size", "3", "--json"))
        assert (report["files"], report["stored"], report["duplicates"], report["failed"]) == (8, 6, 1, 1)
        assert report["errors"][0]["file"].endswith("empty.txt") and report["errors"][0]["code"] == "E404"
        with session_factory(engine)() as db:
            articles = list(db.scalars(select(Article).where(Article.source.like(str(folder) + "%"))))
            names = sorted(Path(a.source).name for a in articles)
            assert len(names) == 6 and set(names) - {"again.txt"} <= set(ARTICLES)  # one of the two copies
            for article in articles:
                doc, _gaz = service.extract(db=db, text=article.text, published=article.published)
                assert sorted((m.kind, m.start, m.end, m.text, m.org_id) for m in article.mentions) == sorted(
                    [("organization", o.start, o.end, o.mention, o.entity_id) for o in doc.orgs]
                    + [("person", p.start, p.end, p.mention, None) for p in doc.people]
                    + [("place", p.start, p.end, p.mention, None) for p in doc.places])
                assert sorted((e.type, e.start, e.end) for e in article.events) == sorted(
                    (e.type, e.start, e.end) for e in doc.events)
                own = {m.id for m in article.mentions}
                for event in article.events:
                    assert all(p.mention_id is None or p.mention_id in own for p in event.parties)
            mou = next(a for a in articles if a.text.startswith("유니트리"))
            assert {m.text for m in mou.mentions if m.org_id} >= {"유니트리", "네이버"}
            assert "agreement" in {e.type for e in mou.events}
            new_org = next(a for a in articles if a.text.startswith("Qubitline"))
            reviews = set(db.scalars(select(Review.name).join(Mention).where(Mention.article_id == new_org.id)))
            doc, _gaz = service.extract(db=db, text=new_org.text)
            assert reviews == {o.mention for o in doc.orgs if o.entity_id is None or o.confidence < 1.0}
            assert any(name.startswith("Qubitline") for name in reviews)  # the company the directory lacks
            ledger = db.scalar(select(func.count()).select_from(IngestLedger)
                               .where(IngestLedger.path.like(str(folder) + "%")))
            assert ledger == 7  # every file written, the duplicate text too; not the failed one

        (folder / "empty.txt").unlink()
        again = finish(gyoryu(database_url, "ingest", str(folder), "--engine", "ray", "--json"))
        assert (again["files"], again["skipped"], again["stored"], again["failed"]) == (7, 7, 0, 0)
        assert "startup_seconds" not in again  # nothing left to do: Ray was not even started
    finally:
        forget(engine, folder)


SUBJECTS = ["유니트리", "네이버", "텐센트", "카카오", "삼성전자", "화웨이", "바이두", "LG전자"]
VERBS = ["서울에서 업무협약을 체결했다", "판교 연구소를 방문했다", "공동 연구를 시작한다고 밝혔다",
         "상하이에 사무소를 열었다", "인공지능 투자를 늘리기로 했다"]


def settled(engine, in_folder, quiet: float = 5.0, limit: float = 120.0) -> int:
    """The ledger's count once it has not moved for `quiet` seconds."""
    last, since, deadline = -1, time.monotonic(), time.monotonic() + limit
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            count = conn.scalar(select(func.count()).select_from(IngestLedger).where(in_folder))
        if count != last:
            last, since = count, time.monotonic()
        elif time.monotonic() - since >= quiet:
            break
        time.sleep(0.2)
    return last


def test_a_killed_run_resumes_without_duplicates(tmp_path, database_url, engine):
    folder = tmp_path / "many"
    folder.mkdir()
    n = 0
    for a in SUBJECTS:
        for b in SUBJECTS:
            if a != b:
                for v in VERBS[:3]:
                    n += 1
                    (folder / f"{n:04d}.txt").write_text(f"{a}와 {b}가 {v}. 기사 {n}번.", encoding="utf-8")
    assert n == 168
    in_folder = IngestLedger.path.like(str(folder) + "%")
    try:
        proc = gyoryu(database_url, "ingest", str(folder), "--engine", "ray", "--workers", "2",
                      "--batch-size", "4", "--json", start_new_session=True)
        deadline = time.monotonic() + 600
        while True:
            with engine.connect() as conn:
                written = conn.scalar(select(func.count()).select_from(IngestLedger).where(in_folder))
            if written >= 8 or proc.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)  # the command, Ray's local cluster and its workers
        proc.communicate(timeout=60)
        at_kill = settled(engine, in_folder)  # workers that write finish the tasks they held
        assert 8 <= at_kill < n, "the run was not interrupted midway"

        report = finish(gyoryu(database_url, "ingest", str(folder), "--engine", "ray", "--workers", "2",
                               "--batch-size", "50", "--json"))
        assert (report["skipped"], report["stored"], report["duplicates"], report["failed"]) == (
            at_kill, n - at_kill, 0, 0)
        with engine.connect() as conn:
            mine = select(Article.id).where(Article.source.like(str(folder) + "%"))
            assert conn.scalar(select(func.count()).select_from(mine.subquery())) == n
            assert conn.scalar(select(func.count(func.distinct(Article.content_hash))).where(
                Article.id.in_(mine))) == n
            assert conn.scalar(select(func.count()).select_from(IngestLedger).where(in_folder)) == n
            repeated = (select(Mention.article_id).where(Mention.article_id.in_(mine))
                        .group_by(Mention.article_id, Mention.start, Mention.end, Mention.kind)
                        .having(func.count() > 1))
            assert conn.execute(repeated).all() == []
            per_article = dict(conn.execute(select(Mention.article_id, func.count()).where(
                Mention.article_id.in_(mine), Mention.kind == "organization").group_by(Mention.article_id)).all())
            assert len(per_article) == n and set(per_article.values()) == {2}  # both companies, once each
    finally:
        forget(engine, folder)
