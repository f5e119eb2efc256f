"""Who may do what with programs. Registered into the one rules table on import.

`programs.manage` on a program: platform organisers and admins, and users given the organiser
role in that program only (`ProgramStaff`). Without a program it asks for a platform organiser.
"""

from __future__ import annotations

from gyoryu.accounts.rules import anyone, is_organiser, register
from gyoryu.programs.enums import ProgramRole


def staffs(user, program) -> bool:
    return (user is not None and program is not None
            and any(s.user_id == user.id and s.role == ProgramRole.organiser
                    for s in getattr(program, "staff", ())))


def manages(user, program=None) -> bool:
    return is_organiser(user) or staffs(user, program)


register("programs.view", anyone)
register("programs.create", is_organiser)
register("programs.manage", manages)
