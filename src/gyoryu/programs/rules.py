"""Who may do what with programs. Registered into the one rules table on import.

`programs.manage` on a program: platform organisers and admins, and users given the organiser
role in that program only (`ProgramStaff`). Without a program it asks for a platform organiser.

`programs.speak_for_org` on a participant: whether this registrant acts for the organisation they
named. Anyone can type "Baidu" on a registration form, so the name alone gives nothing: the
organiser's acceptance does, or the registrant's own account being a member of that organisation
(the member vouches for themselves by registering signed in). Until then their page shows and
changes only their own data, never the organisation's requests or profile.
"""

from __future__ import annotations

from gyoryu.accounts.rules import anyone, is_admin, is_organiser, register, represents
from gyoryu.programs.enums import ParticipantStatus, ProgramRole


def staffs(user, program) -> bool:
    return (user is not None and program is not None
            and any(s.user_id == user.id and s.role == ProgramRole.organiser
                    for s in getattr(program, "staff", ())))


def manages(user, program=None) -> bool:
    return is_organiser(user) or staffs(user, program)


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
register("programs.speak_for_org", speaks_for_org)
register("programs.purge", is_admin)  # personal data past its retention period
