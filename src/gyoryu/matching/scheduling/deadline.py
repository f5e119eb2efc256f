"""The end of a solve, shared by every phase so a time limit holds on the biggest events.

    deadline = Deadline.after(5.0)          # the whole call: reading, solving, reasons
    deadline.passed("greedy")               # True once time is up; notes which phase asked
    deadline.left()                         # seconds left, never negative
    deadline.earlier(1.5)                   # the same end, 1.5 s sooner (time kept for later)
    deadline.part(1 / 3)                    # a third of what is left, never later than the end

Each phase stops what can stop (the greedy leaves the rest to the closing pass, the bound
keeps the best bound proven so far, the search returns its best schedule), so a solve ends
within the limit plus what the closing pass needs. The phases that asked are collected in
`asked`, shared by the sub-deadlines, so a test can check every phase looks at the clock
without timing anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Deadline:
    at: float  # on `clock`'s scale
    clock: Callable[[], float] = time.monotonic
    asked: set[str] = field(default_factory=set)

    @classmethod
    def after(cls, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> Deadline:
        return cls(at=clock() + seconds, clock=clock)

    def left(self, phase: str | None = None) -> float:
        if phase is not None:
            self.asked.add(phase)
        return max(0.0, self.at - self.clock())

    def passed(self, phase: str | None = None) -> bool:
        return self.left(phase) <= 0.0

    def earlier(self, seconds: float) -> Deadline:
        return Deadline(at=self.at - seconds, clock=self.clock, asked=self.asked)

    def part(self, share: float) -> Deadline:
        now = self.clock()
        return Deadline(at=min(self.at, now + share * max(0.0, self.at - now)), clock=self.clock,
                        asked=self.asked)

    def sooner(self, seconds: float) -> Deadline:
        """At most `seconds` from now (and never later than this deadline)."""
        return Deadline(at=min(self.at, self.clock() + seconds), clock=self.clock,
                        asked=self.asked)
