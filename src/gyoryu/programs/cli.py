"""`gyoryu program …`: seed programs, plan an itinerary, print a day-by-day agenda."""

from __future__ import annotations

import json
from typing import Annotated

import typer

program_app = typer.Typer(help="Programs: delegations, study tours, summits.", no_args_is_help=True)


def _program(db, ref: str):
    from gyoryu.errors import NotFound
    from gyoryu.programs import service

    program = service.program_by_key(db=db, key=ref)
    if program is None and ref.isdigit():
        program = service.get_program(db=db, program_id=int(ref))
    if program is None:
        raise NotFound("E501", id=ref)
    return program


def _days(db, program, lang: str) -> list[dict]:
    from gyoryu.i18n import Translator
    from gyoryu.programs import agenda

    t = Translator(lang)
    return [{"day": day.isoformat(),
             "items": [{"start": e.start.strftime("%H:%M"), "end": e.end.strftime("%H:%M"),
                        "title": e.title, "place": e.place} for e in items]}
            for day, items in agenda.by_day(agenda.entries(db=db, program=program,
                                                           participant=None, t=t))]


def _unplaced(db, program, lang: str) -> list[dict]:
    from gyoryu.i18n import Translator
    from gyoryu.programs import itinerary

    t = Translator(lang)
    return [{"visit": v.title_in(lang),
             "reason": itinerary.explain(t, v.unplaced["code"], v.unplaced["params"])}
            for v in itinerary.visits(db=db, program=program) if v.unplaced]


def _print(db, program, lang: str, as_json: bool) -> None:
    days, unplaced = _days(db, program, lang), _unplaced(db, program, lang)
    if as_json:
        typer.echo(json.dumps({"program": program.key or program.id, "days": days,
                               "unplaced": unplaced}, ensure_ascii=False))
        return
    typer.echo(program.title_in(lang))
    for day in days:
        typer.echo(f"  {day['day']}")
        for i in day["items"]:
            typer.echo(f"    {i['start']}–{i['end']}  {i['title']}  ({i['place']})")
    for u in unplaced:
        typer.echo(f"  not planned: {u['visit']}: {u['reason']}")


@program_app.command("seed")
def seed(lang: str = "en", time_limit: Annotated[float, typer.Option("--time-limit")] = 5.0,
         reset: Annotated[bool, typer.Option(
             "--reset", help="Delete the seed programs, their participants and meetings first.")] = False,
         yes: Annotated[bool, typer.Option("--yes", help="Confirm --reset.")] = False,
         as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Create the seed programs that are missing (Gyeonggi's delegation, the Beijing study tour)
    and plan them. Existing ones are kept as they are; `--reset --yes` rebuilds them."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.programs import seeds, service

    with transaction(get_engine()) as db:
        if reset:
            present = seeds.seeded(db=db)
            if not yes:
                people = sum(len(service.participants(db=db, program=p)) for p in present)
                typer.echo(f"--reset deletes {len(present)} seed programs and their {people} "
                           "participants, requests and meetings; add --yes to confirm", err=True)
                raise typer.Exit(2)
            for key in seeds.reset(db=db):
                typer.echo(f"deleted {key}", err=True)
        for program in seeds.load(db=db, time_limit=time_limit):
            _print(db, program, lang, as_json)


@program_app.command("plan")
def plan(program: str, lang: str = "en",
         time_limit: Annotated[float, typer.Option("--time-limit")] = 5.0,
         as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Auto-plan PROGRAM's itinerary (key or id); pinned visits stay. Prints the draft."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.programs import itinerary

    with transaction(get_engine()) as db:
        p = _program(db, program)
        itinerary.auto_plan(db=db, program=p, time_limit=time_limit)
        _print(db, p, lang, as_json)


@program_app.command("agenda")
def agenda_(program: str, lang: str = "en",
            as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Print PROGRAM's itinerary day by day (the published version, or the draft)."""
    from gyoryu.db import get_engine, session_factory

    with session_factory(get_engine())() as db:
        _print(db, _program(db, program), lang, as_json)


@program_app.command("interpreter-add")
def interpreter_add(
    program: str, name: str,
    pair: Annotated[list[str], typer.Option("--pair", help="A pair such as ko-zh; repeat.")],
    slot: Annotated[list[str] | None, typer.Option(
        "--slot", help="A meeting slot they work (repeat); none: every slot.")] = None,
    max_meetings: Annotated[int | None, typer.Option("--max-meetings",
                                                     help="Meetings a day at most.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Add an interpreter to PROGRAM's B2B meetings."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.programs import meetings

    with transaction(get_engine()) as db:
        person = meetings.add_interpreter(db=db, program=_program(db, program), name=name,
                                          pairs=pair, available=slot or None,
                                          max_meetings=max_meetings)
        out = {"id": person.id, "name": person.name, "pairs": person.pairs,
               "available": person.available, "max_meetings": person.max_meetings}
    typer.echo(json.dumps(out, ensure_ascii=False) if as_json
               else f"interpreter {out['id']}: {out['name']} ({', '.join(out['pairs'])})")


@program_app.command("languages")
def languages(program: str, participant: int, language: Annotated[list[str] | None,
              typer.Argument(help="ko, zh, en; none: not said")] = None) -> None:
    """Set the languages PARTICIPANT (id) of PROGRAM can hold a meeting in."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.programs import meetings, service

    with transaction(get_engine()) as db:
        p = _program(db, program)
        person = service.get_participant(db=db, participant_id=participant, program=p)
        meetings.set_languages(db=db, participant=person, languages=language or [])
        typer.echo(", ".join(person.languages or []) or "-")


@program_app.command("send-links")
def send_links(program: str,
               email: Annotated[str | None, typer.Option(help="Only this participant.")] = None,
               as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Mail participants of PROGRAM the link to their personal page (everyone, or --email)."""
    from gyoryu.config import get_settings
    from gyoryu.db import get_engine, transaction
    from gyoryu.programs import links, service

    with transaction(get_engine()) as db:
        p = _program(db, program)
        chosen = service.participants(db=db, program=p)
        if email is not None:
            chosen = [x for x in chosen if x.email.lower() == email.strip().lower()]
            if not chosen:
                typer.echo(f"nobody registered for {program} as {email}", err=True)
                raise typer.Exit(2)
        sent = links.resend_links(db=db, program=p, participants=chosen,
                                  base_url=get_settings().base_url)
    typer.echo(json.dumps({"sent": sent}) if as_json else
               f"{sent} personal links queued (delivered by `gyoryu mail deliver` or `gyoryu serve`)")


@program_app.command("purge")
def purge(today: Annotated[str | None, typer.Option(help="As if on this day (YYYY-MM-DD).")] = None,
          dry_run: Annotated[bool, typer.Option("--dry-run", help="Only list who is due.")] = False,
          as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Anonymise participants whose program's retention period has passed (their name, e-mail,
    contact, passport and dietary details are removed; the link stops working)."""
    from datetime import date

    from gyoryu.db import get_engine, transaction, utcnow
    from gyoryu.programs import retention

    day = date.fromisoformat(today) if today else utcnow().date()
    with transaction(get_engine()) as db:
        chosen = (retention.due if dry_run else retention.purge)(db=db, today=day)
        out = {"anonymised": 0 if dry_run else len(chosen), "due": len(chosen),
               "participants": [p.id for p in chosen]}
    typer.echo(json.dumps(out) if as_json else
               f"{out['due']} participants past their program's retention period"
               + ("" if dry_run else ", anonymised"))


@program_app.command("accept")
def accept(program: str,
           participant: Annotated[list[int] | None, typer.Option("--id", help="A participant id; repeat.")] = None,
           all_applied: Annotated[bool, typer.Option("--all-applied",
                                                     help="Everyone whose status is applied.")] = False,
           as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Accept several participants of PROGRAM at once (all or none)."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.programs import service

    with transaction(get_engine()) as db:
        p = _program(db, program)
        ids = list(participant or [])
        if all_applied:
            ids += [x.id for x in service.participants(db=db, program=p, status="applied")]
        done = [x.id for x in service.set_statuses(db=db, program=p, participant_ids=ids,
                                                   status="accepted")]
    typer.echo(json.dumps({"accepted": done}) if as_json else f"{len(done)} accepted")


# -- the meeting grid and the schedule -------------------------------------------------------
def _refused(exc) -> None:
    """A service's refusal as the command's answer: its message, exit status 2."""
    from pydantic import ValidationError

    from gyoryu.errors import first_error

    if isinstance(exc, ValidationError):
        exc = first_error(exc)
    typer.echo(exc.message(), err=True)
    raise typer.Exit(2)


@program_app.command("meeting-day")
def meeting_day(
    program: str, day: str,
    start: Annotated[str, typer.Option(help="First slot at, HH:MM.")] = "09:00",
    end: Annotated[str, typer.Option(help="The last slot ends by, HH:MM.")] = "17:00",
    slot: Annotated[int, typer.Option("--slot", help="Minutes per slot.")] = 30,
    breaks: Annotated[list[str] | None, typer.Option(
        "--break", help="A break, HH:MM-HH:MM; repeat.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Add a meeting day (YYYY-MM-DD) to PROGRAM, or change the one on that date."""
    from pydantic import ValidationError

    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import grid
    from gyoryu.programs.schemas import MeetingDayIn

    with transaction(get_engine()) as db:
        p = _program(db, program)
        try:
            row = grid.set_meeting_day(db=db, program=p, data=MeetingDayIn(
                day=day, start=start, end=end, slot_minutes=slot, breaks=breaks or []))
        except (ValidationError, GyoryuError) as exc:
            _refused(exc)
        keys = grid.days_of(p)[row.day.isoformat()]
    typer.echo(json.dumps({"day": day, "slots": keys}) if as_json
               else f"{day}: {len(keys)} slots, {keys[0][11:]}–{keys[-1][11:]}")


@program_app.command("meeting-day-remove")
def meeting_day_remove(program: str, day: str) -> None:
    """Remove PROGRAM's meeting day DAY (YYYY-MM-DD)."""
    from datetime import date

    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import grid

    with transaction(get_engine()) as db:
        try:
            grid.remove_meeting_day(db=db, program=_program(db, program),
                                    day=date.fromisoformat(day))
        except (ValueError, GyoryuError) as exc:
            if not isinstance(exc, GyoryuError):
                from gyoryu.errors import InvalidValue

                exc = InvalidValue("E815", value=day)
            _refused(exc)
    typer.echo(f"{day} removed")


@program_app.command("tables")
def tables(
    program: str,
    hall: Annotated[str, typer.Option(help="The hall's name (new or existing).")],
    count: Annotated[int, typer.Option(help="How many tables.")],
    seats: Annotated[int, typer.Option(help="Seats per table.")] = 2,
    sector: Annotated[str | None, typer.Option(help="Reserved for this sector (key).")] = None,
    day: Annotated[list[str] | None, typer.Option(
        "--day", help="A meeting day they stand on (repeat); none: every day.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Add tables to a hall of PROGRAM's meeting grid."""
    from pydantic import ValidationError

    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import grid
    from gyoryu.programs.schemas import TablesIn

    with transaction(get_engine()) as db:
        p = _program(db, program)
        try:
            group = grid.add_tables(db=db, program=p, data=TablesIn(
                hall=hall, count=count, seats=seats, sector=sector, days=day or None))
        except (ValidationError, GyoryuError) as exc:
            _refused(exc)
        out = {"id": group.id, "hall": group.hall, "count": group.count, "seats": group.seats,
               "sector": group.sector, "days": group.days}
    typer.echo(json.dumps(out, ensure_ascii=False) if as_json
               else f"tables {out['id']}: {out['count']} × {out['seats']} seats in {out['hall']}")


@program_app.command("tables-remove")
def tables_remove(program: str, group: int) -> None:
    """Remove a group of tables (its id, as `gyoryu program grid` shows it) from PROGRAM."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import grid

    with transaction(get_engine()) as db:
        try:
            grid.remove_tables(db=db, program=_program(db, program), group_id=group)
        except GyoryuError as exc:
            _refused(exc)
    typer.echo(f"tables {group} removed")


@program_app.command("walking")
def walking(
    program: str, hall_a: str, hall_b: str,
    minutes: Annotated[int, typer.Argument(help="Minutes to walk between them; 0 takes it out.")],
) -> None:
    """Set the minutes to walk between two halls of PROGRAM (either way): a participant or
    interpreter meeting in both in consecutive slots needs them free between the slots."""
    from pydantic import ValidationError

    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import grid
    from gyoryu.programs.schemas import WalkIn

    with transaction(get_engine()) as db:
        try:
            walk = grid.set_walk(db=db, program=_program(db, program),
                                 data=WalkIn(hall_a=hall_a, hall_b=hall_b, minutes=minutes))
        except (ValidationError, GyoryuError) as exc:
            _refused(exc)
        said = (f"{walk.hall_a} ↔ {walk.hall_b}: {walk.minutes} min" if walk is not None
                else f"{hall_a} ↔ {hall_b}: no walk")
    typer.echo(said)


@program_app.command("grid")
def grid_(program: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Print PROGRAM's meeting days and the tables of its halls."""
    from gyoryu.db import get_engine, session_factory
    from gyoryu.programs import grid
    from gyoryu.programs.travel import hhmm

    with session_factory(get_engine())() as db:
        p = _program(db, program)
        slots = grid.days_of(p)
        days = [{"day": d.day.isoformat(), "start": hhmm(d.start), "end": hhmm(d.end),
                 "slot_minutes": d.slot_minutes,
                 "breaks": [f"{hhmm(lo)}-{hhmm(hi)}" for lo, hi in d.breaks or []],
                 "slots": len(slots[d.day.isoformat()])} for d in p.meeting_days]
        groups = [{"id": g.id, "hall": g.hall, "count": g.count, "seats": g.seats,
                   "sector": g.sector, "days": g.days} for g in p.table_groups]
        walks = [{"hall_a": w.hall_a, "hall_b": w.hall_b, "minutes": w.minutes}
                 for w in grid.walks(db=db, program=p)]
    if as_json:
        typer.echo(json.dumps({"days": days, "tables": groups, "walking": walks},
                              ensure_ascii=False))
        return
    for d in days:
        typer.echo(f"{d['day']}  {d['start']}–{d['end']}  {d['slot_minutes']} min  "
                   f"{d['slots']} slots  breaks: {', '.join(d['breaks']) or '-'}")
    for g in groups:
        typer.echo(f"[{g['id']}] {g['hall']}: {g['count']} × {g['seats']} seats"
                   + (f", reserved for {g['sector']}" if g["sector"] else "")
                   + (f", on {', '.join(g['days'])}" if g["days"] else ""))
    for w in walks:
        typer.echo(f"walk {w['hall_a']} ↔ {w['hall_b']}: {w['minutes']} min")


@program_app.command("solve")
def solve(program: str, time_limit: Annotated[float, typer.Option("--time-limit")] = 10.0,
          as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Solve PROGRAM's meeting schedule (a re-solve keeps meetings in place): a new draft."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import board, meetings

    with transaction(get_engine()) as db:
        p = _program(db, program)
        try:
            run = meetings.solve(db=db, program=p, time_limit=time_limit)
        except GyoryuError as exc:
            _refused(exc)
        figures = board.placed_figures(run, meetings.draft_version(db=db, program=p))
        out = {**figures, "status": run.status, "objective": run.objective, "bound": run.bound,
               "unplaced": {r["request"]: r["reason"] for r in run.unscheduled or []}}
    typer.echo(json.dumps(out, ensure_ascii=False) if as_json else
               f"meetings placed: {out['placed']} of {out['requested']} requested; "
               f"the best possible is at most {out['best_at_most']}")


@program_app.command("publish")
def publish(program: str,
            yes: Annotated[bool, typer.Option(
                "--yes", help="Publish even a schedule worse than the published one.")] = False,
            as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Publish PROGRAM's draft schedule to the participants. A draft with no meeting, or fewer
    (or lighter) meetings than the published version, or dropping meetings participants have,
    is published only after you confirm (asked, or --yes)."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError, NeedsConfirmation
    from gyoryu.programs import meetings

    with transaction(get_engine()) as db:
        p = _program(db, program)
        try:
            version = meetings.publish_schedule(db=db, program=p, confirm=yes)
        except NeedsConfirmation as exc:
            if not typer.confirm(f"{exc.message()}\nPublish?", default=False, err=True):
                typer.echo("not published", err=True)
                raise typer.Exit(2) from None
            version = meetings.publish_schedule(db=db, program=p, confirm=True)
        except GyoryuError as exc:
            _refused(exc)
        out = {"version": version.number,
               "placed": len(meetings.published_run(db=db, program=p).meetings)}
    typer.echo(json.dumps(out) if as_json
               else f"version {out['version']} published: {out['placed']} meetings")


# -- the program's own people and the check-in ------------------------------------------------
staff_app = typer.Typer(help="Roles in one program: organiser, staff, viewer.", no_args_is_help=True)
program_app.add_typer(staff_app, name="staff")


def _staff_row(row) -> dict:
    return {"id": row.id, "program_id": row.program_id, "user_id": row.user_id,
            "email": row.user.email, "role": row.role}


@staff_app.command("list")
def staff_list(program: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Who has a role in PROGRAM."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.programs import staff

    with transaction(get_engine()) as db:
        rows = [_staff_row(r) for r in staff.list_staff(db=db, program=_program(db, program))]
    if as_json:
        typer.echo(json.dumps(rows))
        return
    for r in rows:
        typer.echo(f"{r['id']}\t{r['role']}\t{r['email']}")


@staff_app.command("add")
def staff_add(program: str, email: str,
              role: Annotated[str, typer.Option(help="organiser, staff or viewer.")] = "staff",
              as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Give the account EMAIL a role in PROGRAM (a second time: the role changes)."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import staff

    with transaction(get_engine()) as db:
        p = _program(db, program)
        try:
            row = _staff_row(staff.give_role(db=db, program=p, email=email, role=role))
        except GyoryuError as exc:
            _refused(exc)
    typer.echo(json.dumps(row) if as_json else f"{row['email']}: {row['role']} (id {row['id']})")


@staff_app.command("remove")
def staff_remove(program: str, ref: Annotated[str, typer.Argument(
        help="The role's id (from list) or the account's e-mail.")]) -> None:
    """Take a role in PROGRAM away."""
    from gyoryu.db import get_engine, transaction
    from gyoryu.errors import GyoryuError, NotFound
    from gyoryu.programs import staff

    with transaction(get_engine()) as db:
        p = _program(db, program)
        try:
            rows = staff.list_staff(db=db, program=p)
            found = next((r for r in rows if str(r.id) == ref
                          or r.user.email.lower() == ref.strip().lower()), None)
            if found is None:
                raise NotFound("E142", id=ref)
            staff.remove_staff(db=db, program=p, staff_id=found.id)
        except GyoryuError as exc:
            _refused(exc)
    typer.echo(f"removed {ref}")


@program_app.command("check-in")
def check_in(program: str, participant: int,
             undo: Annotated[bool, typer.Option("--undo", help="Take the check-in back.")] = False,
             as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Check PARTICIPANT (an id) of PROGRAM in at the event."""
    from gyoryu.db import get_engine, transaction, utcnow
    from gyoryu.errors import GyoryuError
    from gyoryu.programs import service, staff

    with transaction(get_engine()) as db:
        p = _program(db, program)
        try:
            row = service.get_participant(db=db, participant_id=participant, program=p)
            staff.check_in(db=db, participant=row, now=utcnow(), undo=undo)
        except GyoryuError as exc:
            _refused(exc)
        out = {"participant_id": row.id, "name": row.name,
               "checked_in_at": row.checked_in_at.isoformat() if row.checked_in_at else None}
    typer.echo(json.dumps(out) if as_json else
               f"{out['name']}: " + (f"checked in at {out['checked_in_at']}"
                                     if out["checked_in_at"] else "not checked in"))
