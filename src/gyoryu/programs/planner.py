"""The itinerary auto-planner: OR-Tools routing with time windows over the days of a program.

A pure function of plain data (no database), so it is tested on its own and reused by the
pages, the CLI and the seed loader.

Model: one vehicle per day, on a clock that runs across the days (day d, minute m is
d * 1440 + m), so each visit can only be served by the vehicle of a day it has a window on. Each
visit is a node whose start must fall in one of its windows: the host's opening hours ∩ the
program day (∩ arrival on the first day, departure on the last), on the days the host receives
visitors, with the visit kept clear of lunch. Transit between nodes is the visit's duration plus
the travel time; waiting is free. The first day starts where the delegation arrives (travel row
0); later days start from a hotel in the city of the day's first visit (`local`), the move
between cities happening the evening before.

Costs, in this order: dropping a visit (a large penalty, pinned visits ten times more), then
travel, then imbalance — each day's work (visits and travel) above its share of the whole, in
proportion to the day's length, costs `BALANCE` per minute, so visits spread over the days
instead of piling into the first ones — then how late each day ends. When visits carry a city
rank (the program's city order), a visit in a later city never comes before one in an earlier
city: the delegation does not fly back and forth. Visits it cannot fit come back with a reason
code and its parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DAY = 24 * 60
DROP_PENALTY = 1_000_000
# Costs per minute: travel, then work above a day's share, then (to break ties) how late each
# day ends, so a day's visits come as early as they can and the mornings are used.
TRAVEL_COST, BALANCE, LATENESS = 10, 20, 1


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
    local: list[int] | None = None  # per stop: from a hotel in its city (days after the first)
    city_rank: list[int | None] | None = None  # per stop: its city's place in the route order


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


def _shares(data: PlanInput, wins: dict[int, list[tuple[int, int]]]) -> list[int]:
    """Each day's share of the work (visits and the travel to them), by the day's length."""
    work = sum(data.stops[i - 1].duration
               + min(data.travel[j][i] for j in range(len(data.travel)) if j != i)
               for i in wins)
    lengths = []
    for day in data.days:
        length = max(0, day.end - day.start)
        if data.lunch:
            length -= max(0, min(day.end, data.lunch[1]) - max(day.start, data.lunch[0]))
        lengths.append(max(length, 0))
    total = sum(lengths) or 1
    return [-(-work * length // total) for length in lengths]


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

    n_days = len(data.days)
    manager = pywrapcp.RoutingIndexManager(len(nodes) + 1, n_days, [0] * n_days,
                                           [len(nodes)] * n_days)  # end: a dummy node

    def input_index(index: int) -> int | None:
        node = manager.IndexToNode(index)
        return None if node == len(nodes) else nodes[node]

    def travel(a: int | None, b: int | None, first_day: bool = True) -> int:
        if a is None or b is None:
            return 0
        if a == 0 and not first_day and data.local is not None:
            return data.local[b - 1]
        return data.travel[a][b]

    def duration(a: int | None) -> int:
        return 0 if not a else data.stops[a - 1].duration

    routing = pywrapcp.RoutingModel(manager)
    time_cbs = []
    for first in (True, False):
        cost = routing.RegisterTransitCallback(
            lambda i, j, first=first: TRAVEL_COST * travel(input_index(i), input_index(j),
                                                           first))
        time_cbs.append(routing.RegisterTransitCallback(
            lambda i, j, first=first: duration(input_index(i))
            + travel(input_index(i), input_index(j), first)))
        for v in range(n_days):
            if (v == 0) == first:
                routing.SetArcCostEvaluatorOfVehicle(cost, v)
    per_vehicle = [time_cbs[0] if v == 0 else time_cbs[1] for v in range(n_days)]
    horizon = n_days * DAY
    routing.AddDimensionWithVehicleTransits(per_vehicle, horizon, horizon, False, "time")
    routing.AddDimensionWithVehicleTransits(per_vehicle, 0, horizon, True, "work")
    clock, work = routing.GetDimensionOrDie("time"), routing.GetDimensionOrDie("work")
    for v, (day, share) in enumerate(zip(data.days, _shares(data, wins), strict=True)):
        clock.CumulVar(routing.Start(v)).SetRange(v * DAY + day.start, v * DAY + day.start)
        clock.CumulVar(routing.End(v)).SetRange(v * DAY + day.start,
                                                v * DAY + max(day.start, day.end))
        work.SetCumulVarSoftUpperBound(routing.End(v), share, BALANCE)
    clock.SetSpanCostCoefficientForAllVehicles(LATENESS)
    for node, i in enumerate(nodes[1:], start=1):
        index = manager.NodeToIndex(node)
        var = clock.CumulVar(index)
        w = wins[i]
        var.SetRange(w[0][0], w[-1][1])
        for (_, hi), (lo, _) in zip(w, w[1:], strict=False):
            if lo > hi + 1:
                var.RemoveInterval(hi + 1, lo - 1)
        routing.VehicleVar(index).SetValues([-1, *sorted({lo // DAY for lo, _ in w})])
        penalty = DROP_PENALTY * (10 if data.stops[i - 1].pinned else 1)
        routing.AddDisjunction([index], penalty)
    _city_order(data, routing, manager, clock, nodes, horizon)

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
    for v in range(n_days if solution is not None else 0):
        # Each day's visits in the solver's order, each as early as it can start.
        index = solution.Value(routing.NextVar(routing.Start(v)))
        prev, ready = 0, v * DAY + data.days[v].start
        while not routing.IsEnd(index):
            i = input_index(index)
            ready += travel(prev, i, v == 0)
            t = next((max(ready, lo) for lo, hi in wins[i] if ready <= hi), ready)
            placed.append(Placed(data.stops[i - 1].id, t // DAY, t % DAY))
            route_travel += travel(prev, i) if prev else 0
            visited.add(i)
            prev, ready = i, t + data.stops[i - 1].duration
            index = solution.Value(routing.NextVar(index))
    for i in wins:
        if i not in visited:
            unplaced.append(_why_dropped(data, i, wins[i]))
    return Plan(placed, unplaced, route_travel)


def _city_order(data: PlanInput, routing, manager, clock, nodes: list[int], horizon: int) -> None:
    """A visit in an earlier city starts before every performed visit in a later one (pairs of
    pinned visits excepted: the organiser's pins win)."""
    if not data.city_rank:
        return
    solver = routing.solver()
    ranked = [(node, i, data.city_rank[i - 1]) for node, i in enumerate(nodes) if i
              and data.city_rank[i - 1] is not None]
    for node_a, i, rank_a in ranked:
        for node_b, j, rank_b in ranked:
            if rank_a >= rank_b or (data.stops[i - 1].pinned and data.stops[j - 1].pinned):
                continue
            a, b = manager.NodeToIndex(node_a), manager.NodeToIndex(node_b)
            both = routing.ActiveVar(a) + routing.ActiveVar(b)
            solver.Add(clock.CumulVar(a) <= clock.CumulVar(b) + (2 - both) * horizon)


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
