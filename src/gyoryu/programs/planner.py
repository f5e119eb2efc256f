"""The itinerary auto-planner: OR-Tools routing with time windows over the days of a program.

A pure function of plain data (no database), so it is tested on its own and reused by the
pages, the CLI and the seed loader.

Model: one vehicle (the delegation) on a clock that runs across the days (day d, minute m is
d * 1440 + m). Each visit is a node whose start must fall in one of its windows: the host's
opening hours ∩ the program day (∩ arrival on the first day, departure on the last), on the days
the host receives visitors, with the visit kept clear of lunch. Transit between nodes is the
visit's duration plus the travel time; waiting is free. Dropping a visit costs a large penalty
(pinned visits ten times more), so the plan fits as many visits as it can, then travels least,
then finishes earliest. Travel between days (an evening flight, the drive from the hotel) is not
constrained. Visits it cannot fit come back with a reason code and its parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DAY = 24 * 60
DROP_PENALTY = 1_000_000


@dataclass(frozen=True)
class Stop:
    id: int
    duration: int
    opens: int
    closes: int
    days: frozenset[int] | None = None  # day indexes the host receives visitors; None: all
    pinned: tuple[int, int] | None = None  # (day index, start minute), fixed by the organiser


@dataclass
class Day:
    start: int  # minute the day's programme may begin
    end: int  # minute it must be over


@dataclass
class PlanInput:
    days: list[Day]
    lunch: tuple[int, int] | None
    stops: list[Stop]
    travel: list[list[int]]  # (1 + len(stops))², index 0 is where the delegation starts


@dataclass(frozen=True)
class Placed:
    id: int
    day: int
    start: int


@dataclass(frozen=True)
class Unplaced:
    id: int
    code: str  # see REASONS in programs.itinerary
    params: dict = field(default_factory=dict)


@dataclass
class Plan:
    placed: list[Placed]
    unplaced: list[Unplaced]
    travel_minutes: int


def windows(stop: Stop, days: list[Day], lunch: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Absolute start-time intervals [lo, hi] in which the visit can begin."""
    out: list[tuple[int, int]] = []
    for d, day in enumerate(days):
        if stop.days is not None and d not in stop.days:
            continue
        lo, hi = max(stop.opens, day.start), min(stop.closes, day.end) - stop.duration
        parts = [(lo, hi)]
        if lunch:
            ls, le = lunch
            parts = [(lo, min(hi, ls - stop.duration)), (max(lo, le), hi)]
        out += [(d * DAY + a, d * DAY + b) for a, b in parts if a <= b]
    return out


def why_no_window(stop: Stop, days: list[Day], lunch: tuple[int, int] | None) -> Unplaced:
    if stop.days is not None and not any(d in stop.days for d in range(len(days))):
        return Unplaced(stop.id, "no_day")
    usable = [min(stop.closes, day.end) - max(stop.opens, day.start)
              for d, day in enumerate(days) if stop.days is None or d in stop.days]
    best = max(usable, default=0)
    if best < stop.duration:
        return Unplaced(stop.id, "too_long", {"duration": stop.duration, "open": max(best, 0)})
    return Unplaced(stop.id, "lunch", {"duration": stop.duration})


def plan(data: PlanInput, *, time_limit: float = 5.0) -> Plan:
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    n = len(data.stops)
    unplaced: list[Unplaced] = []
    wins: dict[int, list[tuple[int, int]]] = {}
    for i, stop in enumerate(data.stops, start=1):
        if stop.pinned is not None:
            d, start = stop.pinned
            wins[i] = [(d * DAY + start, d * DAY + start)]
        elif w := windows(stop, data.days, data.lunch):
            wins[i] = w
        else:
            unplaced.append(why_no_window(stop, data.days, data.lunch))
    nodes = [0, *wins]  # solver node → input index
    if len(nodes) == 1:
        return Plan([], unplaced, 0)

    manager = pywrapcp.RoutingIndexManager(len(nodes) + 1, 1, [0], [len(nodes)])  # end: dummy

    def input_index(index: int) -> int | None:
        node = manager.IndexToNode(index)
        return None if node == len(nodes) else nodes[node]

    def travel(a: int | None, b: int | None) -> int:
        return 0 if a is None or b is None else data.travel[a][b]

    def duration(a: int | None) -> int:
        return 0 if not a else data.stops[a - 1].duration

    routing = pywrapcp.RoutingModel(manager)
    cost = routing.RegisterTransitCallback(
        lambda i, j: travel(input_index(i), input_index(j)))
    time_cb = routing.RegisterTransitCallback(
        lambda i, j: duration(input_index(i)) + travel(input_index(i), input_index(j)))
    routing.SetArcCostEvaluatorOfAllVehicles(cost)
    horizon = len(data.days) * DAY
    routing.AddDimension(time_cb, horizon, horizon, False, "time")
    clock = routing.GetDimensionOrDie("time")
    clock.SetSpanCostCoefficientForVehicle(1, 0)  # finish early: fills the first days first
    clock.CumulVar(routing.Start(0)).SetRange(data.days[0].start, data.days[0].start)
    for node, i in enumerate(nodes[1:], start=1):
        var = clock.CumulVar(manager.NodeToIndex(node))
        w = wins[i]
        var.SetRange(w[0][0], w[-1][1])
        for (_, hi), (lo, _) in zip(w, w[1:], strict=False):
            if lo > hi + 1:
                var.RemoveInterval(hi + 1, lo - 1)
        penalty = DROP_PENALTY * (10 if data.stops[i - 1].pinned else 1)
        routing.AddDisjunction([manager.NodeToIndex(node)], penalty)

    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = routing_enums_pb2.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = (
        routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH)
    # Guided local search never proves optimality: small itineraries need little time.
    params.time_limit.FromMilliseconds(int(min(time_limit, 0.3 + 0.15 * n) * 1000))
    params.solution_limit = 2000 if n > 1 else 10
    solution = routing.SolveWithParameters(params)

    placed: list[Placed] = []
    route_travel = 0
    visited: set[int] = set()
    if solution is not None:
        index = routing.Start(0)
        prev = 0
        while not routing.IsEnd(index):
            i = input_index(index)
            if i:
                t = solution.Min(clock.CumulVar(index))
                placed.append(Placed(data.stops[i - 1].id, t // DAY, t % DAY))
                route_travel += travel(prev, i) if prev else 0
                visited.add(i)
                prev = i
            index = solution.Value(routing.NextVar(index))
    for i in wins:
        if i not in visited:
            unplaced.append(_why_dropped(data, i, wins[i]))
    return Plan(placed, unplaced, route_travel)


def _why_dropped(data: PlanInput, i: int, wins: list[tuple[int, int]]) -> Unplaced:
    stop = data.stops[i - 1]
    if stop.pinned is not None:
        return Unplaced(stop.id, "pin_conflict")
    nearest = min((data.travel[i][j] for j in range(1, len(data.travel)) if j != i), default=0)
    return Unplaced(stop.id, "full", {"windows": len(wins), "travel": nearest})


# -- conflicts in a hand-edited plan ---------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    id: int  # the visit concerned
    code: str
    params: dict = field(default_factory=dict)


def conflicts(data: PlanInput, placed: list[Placed]) -> list[Conflict]:
    """Everything wrong with an itinerary: overlaps, too little travel time, outside the host's
    hours or the program day, over lunch, on a day the host does not receive visitors."""
    by_id = {s.id: (k, s) for k, s in enumerate(data.stops, start=1)}
    found: list[Conflict] = []
    for p in placed:
        _, s = by_id[p.id]
        end = p.start + s.duration
        if not 0 <= p.day < len(data.days):
            found.append(Conflict(p.id, "outside_program"))
            continue
        day = data.days[p.day]
        if s.days is not None and p.day not in s.days:
            found.append(Conflict(p.id, "wrong_day"))
        if p.start < s.opens or end > s.closes:
            found.append(Conflict(p.id, "outside_hours", {"opens": s.opens, "closes": s.closes}))
        if p.start < day.start or end > day.end:
            found.append(Conflict(p.id, "outside_day", {"start": day.start, "end": day.end}))
        if data.lunch and p.start < data.lunch[1] and end > data.lunch[0]:
            found.append(Conflict(p.id, "over_lunch"))
    ordered = sorted(placed, key=lambda p: (p.day, p.start))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.day != b.day:
            continue
        ka, sa = by_id[a.id]
        kb, _ = by_id[b.id]
        free = b.start - (a.start + sa.duration)
        need = data.travel[ka][kb]
        if free < 0:
            found.append(Conflict(b.id, "overlap", {"other": a.id}))
        elif free < need:
            found.append(Conflict(b.id, "travel_short", {"other": a.id, "need": need,
                                                         "free": free}))
    return found
