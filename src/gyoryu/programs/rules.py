"""Who may do what with programs. Registered into the one rules table on import.

Three rules on one program, each wider than the next, held by the platform's organisers and
admins and by users given a role in that program only (`ProgramStaff`; a role never reaches
another program):

- `programs.manage` — the program's organiser role: settings, fees, participants' statuses,
  itinerary, meeting grid and schedule, staff. Without a program it asks for a platform organiser.
- `programs.run` — manage, or the program's staff role: check participants in, see the
  participants' list and the meetings and agendas; change nothing of the program.
- `programs.oversee` — run, or the program's viewer role: read the plan (the draft itinerary,
  the meeting grid and schedule, the figures), never participants' personal data.

`programs.speak_for_org` on a participant: whether this registrant acts for the organisation they
named. Anyone can type "Baidu" on a registration form, so the name alone gives nothing: the
organiser's acceptance does, or the registrant's own account being a member of that organisation
(the member vouches for themselves by registering signed in). Until then their page shows and
changes only their own data, never the organisation's requests or profile.
"""

from __future__ import annotations

from gyoryu.accounts.rules import anyone, is_admin, is_organiser, register, represents
from gyoryu.programs.enums import ParticipantStatus, ProgramRole

RUNS = (ProgramRole.organiser, ProgramRole.staff)


def role_in(user, program) -> str | None:
    """The user's role in this program (None: none). Only this program's rows count."""
    if user is None or program is None or not getattr(user, "is_active", True):
        return None
    pid = getattr(program, "id", None)
    for s in getattr(program, "staff", ()):
        if s.user_id == user.id and s.program_id == pid:
            return s.role
    return None


def staffs(user, program) -> bool:
    """Whether the user holds the organiser role in this program."""
    return role_in(user, program) == ProgramRole.organiser


def manages(user, program=None) -> bool:
    return is_organiser(user) or staffs(user, program)


def runs(user, program=None) -> bool:
    return is_organiser(user) or role_in(user, program) in RUNS


def oversees(user, program=None) -> bool:
    return is_organiser(user) or role_in(user, program) is not None


def speaks_for_org(participant, _obj=None) -> bool:
    if participant is None or participant.organization_id is None:
        return False
    if participant.status == ParticipantStatus.accepted:
        return True
    account = participant.account
    return (participant.status != ParticipantStatus.cancelled and account is not None
            and account.is_active and represents(account, participant.organization))


register("programs.view", anyone)
register("programs.create", is_organiser)
register("programs.manage", manages)
register("programs.run", runs)
register("programs.oversee", oversees)
register("programs.speak_for_org", speaks_for_org)
register("programs.purge", is_admin)  # personal data past its retention period
