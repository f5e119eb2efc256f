"""The seed programs from the reference articles, built from directory organisations and planned
by the auto-planner (`gyoryu program seed`).

- 000: Gyeonggi Province's AI delegation ("경기도 AI 리더스", nine companies) in Chongqing
  (Sevens Robotics, the Liangjiang New Area round table with local AI companies, the
  municipal government) and Shanghai (Tencent Shanghai), the 23rd to the 25th. The article names
  the days, not the month: November 2025 is assumed.
- 003: Maeil Business (MK Education Center) study tour to Beijing from 22 September 2025, two
  nights and three days, 1,900,000 KRW: 4Paradigm, ZYW-Park, Xiaomi's super factory in Yizhuang,
  the ZGC International Offshore R&D Island, and a lecture by Central Party School faculty.

Durations and opening hours are the organiser's estimates, not taken from the articles.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from gyoryu.programs import itinerary, service
from gyoryu.programs.enums import Currency, ParticipantStatus, ProgramKind
from gyoryu.programs.models import Program
from gyoryu.programs.schemas import ProgramIn, RegistrationIn, VisitIn

SEEDS = [
    {
        "program": ProgramIn(
            key="gyeonggi-ai-leaders-china-2025", kind=ProgramKind.delegation,
            title={"ko": "경기도 AI 리더스 중국 대표단 (충칭·상하이)",
                   "zh": "京畿道AI领军企业中国代表团（重庆·上海）",
                   "en": "Gyeonggi AI Leaders delegation to China (Chongqing, Shanghai)"},
            starts_on=date(2025, 11, 23), ends_on=date(2025, 11, 25),
            organiser="gyeonggi-province", cities=["cn-chongqing", "cn-shanghai"],
            capacity=12, currency=Currency.KRW, registration_open=False,
            arrive_at=11 * 60, depart_at=16 * 60,
        ),
        "visits": [
            VisitIn(host="sevens-robotics", duration=120, opens=9 * 60 + 30, closes=17 * 60,
                    address="两江新区 (Liangjiang New Area)",
                    title={"ko": "세븐스 로보틱스 본사 (사족·수륜형 로봇)",
                           "en": "Sevens Robotics headquarters (quadruped and wheeled robots)"}),
            VisitIn(host="liangjiang-admin", duration=90, opens=9 * 60, closes=18 * 60,
                    title={"ko": "량장신구 AI 기업 4곳 간담회",
                           "zh": "两江新区AI企业座谈会",
                           "en": "Round table with four Liangjiang AI companies"}),
            VisitIn(host="chongqing-government", duration=60, opens=9 * 60, closes=17 * 60,
                    title={"ko": "충칭시장 면담 (AI 클러스터 교차협력)",
                           "en": "Meeting the Mayor of Chongqing (AI cluster cooperation)"}),
            VisitIn(host="tencent-shanghai", duration=120, opens=10 * 60, closes=17 * 60,
                    title={"ko": "텐센트 상하이지사 기술 교류",
                           "en": "Technology exchange at Tencent Shanghai"}),
        ],
        "participants": ["nhn-cloud", "megazone-cloud", "hancom", "aiworks", "aeirobot",
                         "hypernology", "ndotlight", "dail-research", "initech"],
    },
    {
        "program": ProgramIn(
            key="mk-china-ai-study-tour-2025-1", kind=ProgramKind.study_tour,
            title={"ko": "중국 AI 스마트 혁신도시 참관단 1차 (베이징)",
                   "zh": "中国AI智慧创新城市考察团第一期（北京）",
                   "en": "China AI smart-innovation city study tour, 1st (Beijing)"},
            starts_on=date(2025, 9, 22), ends_on=date(2025, 9, 24),
            organiser="mk-education-center", cities=["cn-beijing"],
            capacity=30, fee=1_900_000, currency=Currency.KRW,
            arrive_at=13 * 60, depart_at=14 * 60,
        ),
        "visits": [
            VisitIn(host="4paradigm", duration=90, opens=9 * 60 + 30, closes=17 * 60 + 30,
                    title={"ko": "포패러다임: AutoML·XAI 현장"}),
            VisitIn(host="zyw-park", duration=90, opens=9 * 60, closes=18 * 60),
            VisitIn(host="xiaomi-ev-factory", duration=150, opens=9 * 60 + 30,
                    closes=16 * 60 + 30, address="北京经济技术开发区 (Yizhuang)",
                    title={"ko": "샤오미 슈퍼공장 견학·SU7 시승",
                           "en": "Xiaomi super factory tour and SU7 test drive"}),
            VisitIn(host="zgc-offshore-rd-island", duration=90, opens=9 * 60, closes=17 * 60),
            VisitIn(host="central-party-school", duration=90, opens=9 * 60, closes=21 * 60,
                    title={"ko": "특강: 중국 정치·경제 (중앙당교 교수)",
                           "en": "Lecture: China's politics and economy (Central Party School)"}),
        ],
        "participants": [],
    },
]


def load(*, db: Session, time_limit: float = 5.0) -> list[Program]:
    """Create the seed programs that are missing, planned and published; returns all of them.

    A seed program that already exists (by key) is left exactly as it is: its id, its
    participants and whatever an organiser changed stay, so loading twice is loading once.
    """
    return [program_by_seed(db=db, seed=seed, time_limit=time_limit) for seed in SEEDS]


def program_by_seed(*, db: Session, seed: dict, time_limit: float) -> Program:
    from gyoryu.directory.service import org_by_key

    data: ProgramIn = seed["program"]
    if (existing := service.program_by_key(db=db, key=data.key)) is not None:
        return existing
    program = service.create_program(db=db, data=data)
    for visit in seed["visits"]:
        itinerary.add_visit(db=db, program=program, data=visit)
    for key in seed["participants"]:
        org = org_by_key(db=db, key=key)
        person = service.register_participant(
            db=db, program=program, force=True,
            data=RegistrationIn(name=org.display_name("ko"), email=f"{key}@example.org",
                                organization_id=org.id, locale="ko"))
        person.status = ParticipantStatus.accepted
    itinerary.auto_plan(db=db, program=program, time_limit=time_limit)
    itinerary.publish(db=db, program=program)
    db.flush()
    return program


def seeded(*, db: Session) -> list[Program]:
    """The seed programs present in the database."""
    found = (service.program_by_key(db=db, key=seed["program"].key) for seed in SEEDS)
    return [p for p in found if p is not None]


def reset(*, db: Session) -> list[str]:
    """Delete the seed programs with everything in them (participants, requests, meetings).
    Only for an explicit, confirmed reset (`gyoryu program seed --reset --yes`); `load` then
    builds them afresh under new ids. Returns the keys deleted."""
    gone = []
    for program in seeded(db=db):
        gone.append(program.key)
        service.delete_program(db=db, program=program)
    db.flush()
    return gone
