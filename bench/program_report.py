"""The results report of a 2,000-participant summit: 2,000 organisations each with one participant,
six held meetings each (6,000 meetings, relations and 18,000 follow-up rounds), half the rounds
answered, and the relations spread over the stages as a summit's might be (follow-ups, MOUs,
pilots, contracts, investments with amounts in KRW, CNY and USD), on SQLite (or any
GYORYU_BENCH_DATABASE_URL, e.g. PostgreSQL).

    python -m bench.program_report [--participants 2000] [--meetings-each 6] [--runs 5]

Prints the time to build the data, then the report's parts: the funnel (JSON), the relations
table, the XLSX, and the printed PDF (the funnel and the 300 strongest relations), median of the runs.

Measured 2026-12-04 on the shared 2-core machine under load from other jobs (6,000 relations):

| | SQLite | PostgreSQL |
| --- | --- | --- |
| report JSON (funnel, amounts, follow-ups) | 105 ms | 305 ms |
| relations table, all 6,000 rows | 0.78 s | 2.2 s |
| XLSX (143 KiB) | 3.0 s | 2.9 s |
| PDF in Korean (306 KiB, WeasyPrint) | 25.6 s | 49.7 s |
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from gyoryu.db import make_engine, session_factory, transaction
from gyoryu.directory.models import Organization, OrgName
from gyoryu.directory.normalize import name_key
from gyoryu.i18n import Translator
from gyoryu.outcomes import report
from gyoryu.outcomes.enums import RANK, FollowUpStatus, OutcomeStatus, Stage, Via
from gyoryu.outcomes.models import (
    Evidence,
    FollowUp,
    FollowUpAnswer,
    Outcome,
    OutcomeMeeting,
    OutcomeParty,
    OutcomeStep,
)
from gyoryu.programs import service as programs
from gyoryu.programs.enums import ParticipantStatus
from gyoryu.programs.models import Participant
from gyoryu.programs.schemas import ProgramIn
from gyoryu.setup import initialise

# How far a summit's meetings get (a guess of the shape, not data): stage → share of relations.
REACHED = [(Stage.contact, 0.55), (Stage.follow_up, 0.25), (Stage.mou, 0.1), (Stage.loi, 0.03),
           (Stage.pilot, 0.04), (Stage.contract, 0.02), (Stage.investment, 0.01)]
LADDER = [Stage.contact, Stage.follow_up, Stage.mou, Stage.pilot, Stage.contract, Stage.investment]
DAYS = (7, 90, 180)


def build(url: str, participants: int, each: int, seed: int = 11) -> int:
    engine = make_engine(url)
    initialise(engine, admin=False)
    rng = random.Random(seed)
    held = date(2026, 5, 13)
    with transaction(engine) as db:
        program = programs.create_program(db=db, data=ProgramIn(
            key=f"bench-summit-{participants}", kind="summit", title={"en": "Bench summit", "ko": "벤치 서밋",
                                                                     "zh": "基准峰会"},
            starts_on=held - timedelta(days=1), ends_on=held, cities=["cn-beijing"]))
        orgs = [Organization(kind="company", country=rng.choice(["KR", "CN", "US"]), description={},
                             names=[OrgName(name=f"벤치 {i} 기업", lang="ko", kind="primary",
                                            norm=name_key(f"벤치 {i} 기업")),
                                    OrgName(name=f"Bench {i} Co", lang="en", kind="primary",
                                            norm=name_key(f"Bench {i} Co"))])
                for i in range(participants)]
        db.add_all(orgs)
        db.flush()
        people = [Participant(program_id=program.id, name=f"P{i}", email=f"p{i}@bench.example",
                              organization_id=o.id, status=ParticipantStatus.accepted, locale="ko",
                              token=f"bench-{participants}-{i}")
                  for i, o in enumerate(orgs)]
        db.add_all(people)
        db.flush()
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < participants * each // 2:
            a, b = rng.sample(range(participants), 2)
            pairs.add((min(a, b), max(a, b)))
        stages, weights = zip(*REACHED, strict=True)
        for a, b in sorted(pairs):
            pa, pb = people[a], people[b]
            meeting = OutcomeMeeting(program_id=program.id, held_on=held, org_a_id=pa.organization_id,
                                     org_b_id=pb.organization_id, participant_a_id=pa.id,
                                     participant_b_id=pb.id, source="recorded")
            db.add(meeting)
            reached = rng.choices(stages, weights)[0]
            outcome = Outcome(org_set=f"{pa.organization_id},{pb.organization_id}", program_id=program.id,
                              stage=reached, status=OutcomeStatus.active, last_on=held,
                              parties=[OutcomeParty(organization_id=pa.organization_id),
                                       OutcomeParty(organization_id=pb.organization_id)])
            on = held
            for stage in LADDER:
                if RANK[stage] > RANK[reached]:
                    break
                step = stage if RANK[stage] < RANK[reached] else reached
                amount = currency = None
                if step in (Stage.contract, Stage.investment):
                    currency = rng.choice(["KRW", "CNY", "USD"])
                    amount = Decimal(rng.randint(1, 500)) * {"KRW": 10_000_000, "CNY": 50_000, "USD": 10_000}[currency]
                outcome.steps.append(OutcomeStep(stage=step, happened_on=on, amount=amount, currency=currency,
                                                 program_id=program.id, recorded_via=Via.answer,
                                                 evidence=[Evidence(kind="meeting", meeting=meeting)]
                                                 if step == Stage.contact else []))
                on += timedelta(days=rng.randint(7, 60))
            outcome.last_on = on - timedelta(days=1)
            db.add(outcome)
            for d in DAYS:
                answered = rng.random() < 0.5
                fu = FollowUp(meeting=meeting, days=d, due_on=held + timedelta(days=d),
                              status=FollowUpStatus.answered if answered else FollowUpStatus.open)
                if answered:
                    fu.answers.append(FollowUpAnswer(participant_id=pa.id, answer=reached if reached != Stage.contact
                                                     else "none"))
                db.add(fu)
        db.flush()
        return program.id


def timed(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--meetings-each", type=int, default=6)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = os.environ.get("GYORYU_BENCH_DATABASE_URL") or f"sqlite:///{Path(tmp) / 'bench.db'}"
        started = time.perf_counter()
        program_id = build(url, args.participants, args.meetings_each)
        print(f"database: {url.split(':')[0]}; built {args.participants} participants, "
              f"{args.participants * args.meetings_each // 2} meetings in {time.perf_counter() - started:.1f} s")
        engine = make_engine(url)
        t = Translator("ko")
        from gyoryu.outcomes.pages import report_pdf_bytes

        with session_factory(engine)() as db:
            program = programs.get_program(db=db, program_id=program_id)
            funnel_s, data = timed(lambda: report.program_report(db=db, program=program), args.runs)
            table_s, rows = timed(lambda: report.relations_table(db=db, program=program, lang="ko"), args.runs)
            xlsx_s, body = timed(lambda: report.xlsx(report=data, relations=rows, t=t), args.runs)
            pdf_s, pdf = timed(lambda: report_pdf_bytes(db=db, program=program, t=t), 1)
            counted = db.scalar(select(Outcome.id).where(Outcome.program_id == program_id).limit(1))
        assert counted is not None
        print("funnel: " + ", ".join(f"{s['step']} {s['count']}" for s in data["funnel"]))
        print("amounts: " + ", ".join(f"{c} {v:,}" for c, v in data["amounts"].items()))
        print(f"report (funnel, amounts, follow-ups; JSON): {funnel_s * 1000:.0f} ms (median of {args.runs})")
        print(f"relations table ({len(rows)} rows, all):     {table_s * 1000:.0f} ms")
        print(f"XLSX ({len(body) // 1024} KiB):                       {xlsx_s * 1000:.0f} ms")
        print(f"PDF, ko ({len(pdf) // 1024} KiB; funnel and the 300 strongest relations): {pdf_s:.1f} s (one run)")


if __name__ == "__main__":
    main()
