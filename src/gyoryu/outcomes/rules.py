"""Who may see and record outcomes. Registered into the one rules table on import.

- Organisers (platform organisers, admins, and a program's own organiser staff) see and record
  the outcomes of their programs and settle disagreeing follow-up answers.
- A member sees the relations of the organisation they represent.
- A participant reads and answers only their own follow-up questions: through their private
  link, or signed in as the account the participation belongs to.
- News suggestions are reviewed by organisers.
"""

from __future__ import annotations

from gyoryu.accounts.rules import is_organiser, register, represents
from gyoryu.programs.rules import manages, staffs


def sees_outcome(user, outcome) -> bool:
    if user is None or outcome is None:
        return False
    if is_organiser(user) or staffs(user, outcome.program):
        return True
    return any(represents(user, party.organization) for party in outcome.parties)


def reads_answer(user, answer) -> bool:
    """An answer is read by the participant who gave it and by the meeting program's organisers."""
    if user is None or answer is None:
        return False
    if is_organiser(user) or staffs(user, answer.follow_up.meeting.program):
        return True
    return answer.participant.user_id is not None and answer.participant.user_id == user.id


def records_for(user, program=None) -> bool:
    return manages(user, program)


register("outcomes.view", sees_outcome)
register("outcomes.record", records_for)
register("outcomes.program", manages)  # a program's outcomes, report and follow-up conflicts
register("outcomes.read_answer", reads_answer)
register("outcomes.review", is_organiser)
