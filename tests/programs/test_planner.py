"""The auto-planner on plain data: windows, lunch, days, pins, reasons, conflicts."""

from __future__ import annotations

from gyoryu.programs.planner import (
    DAY,
    Conflict,
    Day,
    Placed,
    PlanInput,
    Stop,
    conflicts,
    plan,
    windows,
)


def _input(stops, *, days=2, travel=40, lunch=(720, 780), day=(540, 1080)):
    n = len(stops) + 1
    matrix = [[0 if i == j else travel for j in range(n)] for i in range(n)]
    return PlanInput(days=[Day(*day) for _ in range(days)], lunch=lunch, stops=stops,
                     travel=matrix)


def _check_feasible(data, result):
    """Every placed visit respects its window, lunch and travel from the one before."""
    assert conflicts(data, result.placed) == []


def test_windows_avoid_lunch_and_respect_hours():
    stop = Stop(1, 90, opens=600, closes=960)
    assert windows(stop, [Day(540, 1080)], (720, 780)) == [(600, 630), (780, 870)]
    assert windows(stop, [Day(540, 1080), Day(540, 1080)], None) == [(600, 870),
                                                                    (DAY + 600, DAY + 870)]


def test_all_visits_fit_in_order_with_travel():
    stops = [Stop(i, 90, 540, 1080) for i in (11, 12, 13, 14)]
    data = _input(stops)
    result = plan(data, time_limit=1)
    assert sorted(p.id for p in result.placed) == [11, 12, 13, 14]
    assert result.unplaced == []
    _check_feasible(data, result)


def test_visit_longer_than_opening_is_reported():
    data = _input([Stop(1, 240, opens=600, closes=780)])
    result = plan(data, time_limit=1)
    assert result.placed == []
    assert [(u.id, u.code, u.params) for u in result.unplaced] == [
        (1, "too_long", {"duration": 240, "open": 180})]


def test_visit_that_fits_only_across_lunch_is_reported():
    data = _input([Stop(1, 120, opens=660, closes=840)])
    result = plan(data, time_limit=1)
    assert [(u.id, u.code) for u in result.unplaced] == [(1, "lunch")]


def test_host_closed_on_every_program_day():
    data = _input([Stop(1, 60, 540, 1080, days=frozenset({5}))])
    assert [(u.id, u.code) for u in plan(data, time_limit=1).unplaced] == [(1, "no_day")]


def test_too_many_visits_leave_some_out_with_reason_full():
    # One day of 09:00–12:00 only: two 80-minute visits with 40 minutes between do not fit.
    stops = [Stop(1, 80, 540, 720), Stop(2, 80, 540, 720)]
    data = _input(stops, days=1, lunch=None, day=(540, 720))
    result = plan(data, time_limit=1)
    assert len(result.placed) == 1
    assert [u.code for u in result.unplaced] == ["full"]
    assert result.unplaced[0].params == {"windows": 1, "travel": 40}


def test_pinned_visit_stays_and_others_plan_around_it():
    stops = [Stop(1, 60, 540, 1080, pinned=(1, 600)), Stop(2, 60, 540, 1080)]
    data = _input(stops)
    result = plan(data, time_limit=1)
    assert Placed(1, 1, 600) in result.placed
    _check_feasible(data, result)


def test_visit_only_on_some_days():
    stops = [Stop(1, 60, 540, 1080, days=frozenset({1})), Stop(2, 60, 540, 1080)]
    result = plan(_input(stops), time_limit=1)
    assert {p.id: p.day for p in result.placed}[1] == 1


def test_inter_city_travel_is_respected():
    # Two venues 270 min apart, the second only open in the afternoon of day 0.
    stops = [Stop(1, 120, 540, 1080, days=frozenset({0})),
             Stop(2, 60, 840, 1080, days=frozenset({0}))]
    data = _input(stops, days=1, travel=270, lunch=None)
    data.travel[0][1] = data.travel[1][0] = 40  # the start is in the first venue's city
    result = plan(data, time_limit=1)
    assert result.unplaced == []
    placed = {p.id: p for p in result.placed}
    assert placed[2].start >= placed[1].start + 120 + 270
    _check_feasible(data, result)


def test_conflicts_of_a_hand_edited_plan():
    stops = [Stop(1, 90, 600, 900), Stop(2, 60, 540, 1080), Stop(3, 60, 540, 1080)]
    data = _input(stops, days=1)
    found = conflicts(data, [Placed(1, 0, 540), Placed(2, 0, 700), Placed(3, 0, 750)])
    assert found == [
        Conflict(1, "outside_hours", {"opens": 600, "closes": 900}),
        Conflict(2, "over_lunch"),
        Conflict(3, "over_lunch"),
        Conflict(3, "overlap", {"other": 2}),
    ]
    assert conflicts(data, [Placed(2, 0, 540), Placed(3, 0, 610)]) == [
        Conflict(3, "travel_short", {"other": 2, "need": 40, "free": 10})]
    assert conflicts(data, [Placed(2, 3, 540)]) == [Conflict(2, "outside_program")]


def test_visits_spread_over_the_days():
    # Four 90-minute visits over three days: no day is left empty, none takes more than two.
    stops = [Stop(i, 90, 540, 1080) for i in (1, 2, 3, 4)]
    data = _input(stops, days=3)
    result = plan(data, time_limit=1)
    per_day = sorted(sum(1 for p in result.placed if p.day == d) for d in range(3))
    assert per_day == [1, 1, 2]
    _check_feasible(data, result)


def test_cities_in_order_without_flying_back():
    # Visits alternate between two cities 270 minutes apart; city 0 comes first.
    ranks = [1, 0, 1, 0, 1, 0]
    stops = [Stop(i, 60, 540, 1080) for i in range(1, 7)]
    data = _input(stops, days=3)
    for i in range(1, 7):
        for j in range(1, 7):
            if i != j and ranks[i - 1] != ranks[j - 1]:
                data.travel[i][j] = 270
        data.travel[0][i] = data.travel[i][0] = 40 if ranks[i - 1] == 0 else 270
    data.city_rank = ranks
    data.local = [40] * 6
    result = plan(data, time_limit=1)
    assert result.unplaced == []
    order = [ranks[p.id - 1] for p in sorted(result.placed, key=lambda p: (p.day, p.start))]
    assert order == sorted(order)
    _check_feasible(data, result)
