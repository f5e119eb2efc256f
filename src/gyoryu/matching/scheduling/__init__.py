"""B2B meeting scheduling: a pure library (no database), used by programs and `gyoryu schedule`.

    from gyoryu.matching.scheduling import Instance, solve, reschedule
    inst = Instance.from_dict(json_data)           # InstanceError names the bad field
    schedule = solve(inst, time_limit=60)   # method: "improve" (default), "greedy", "greedy-after",
                                            # "cpsat"; or deadline=Deadline(...) shared with
                                            # the caller's own reading and writing
    schedule.as_dict(inst)                  # {"status", "objective", "bound", "assignments",
                                            #  "unscheduled" (with reasons), "interpreters"}
"""

from gyoryu.matching.scheduling.deadline import Deadline
from gyoryu.matching.scheduling.feasibility import violations
from gyoryu.matching.scheduling.instance import Instance, InstanceError, Pin, priority_weight
from gyoryu.matching.scheduling.reschedule import reschedule
from gyoryu.matching.scheduling.schedule import Schedule
from gyoryu.matching.scheduling.solve import METHODS, gap, solve

__all__ = ["METHODS", "Deadline", "Instance", "InstanceError", "Pin", "Schedule", "gap",
           "priority_weight", "reschedule", "solve", "violations"]
