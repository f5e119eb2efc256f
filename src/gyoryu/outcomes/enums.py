"""Closed vocabularies of outcomes, stored as plain strings so any database can hold them.

The stages form a ladder: a relation climbs it one recorded step at a time, and its strongest
stage is the highest rung any (unretracted) step reached. Rungs of the same height are
alternatives (an NDA, an MOU or an LOI; an investment, a joint venture or a local branch).
`dropped` is no rung: it ends the relation, with a reason, and a later step revives it.
"""

from enum import StrEnum

from gyoryu.i18n import P_, Label


class Stage(StrEnum):
    contact = "contact"  # a meeting held
    follow_up = "follow_up"
    nda = "nda"
    mou = "mou"
    loi = "loi"
    pilot = "pilot"  # a proof of concept
    contract = "contract"  # an order, a licence, a distribution deal
    investment = "investment"
    joint_venture = "joint_venture"
    local_branch = "local_branch"
    dropped = "dropped"


RANK: dict[str, int] = {
    Stage.contact: 1, Stage.follow_up: 2, Stage.nda: 3, Stage.mou: 3, Stage.loi: 3,
    Stage.pilot: 4, Stage.contract: 5, Stage.investment: 6, Stage.joint_venture: 6,
    Stage.local_branch: 6, Stage.dropped: 0,
}

# The program report's funnel: each step counts the relations whose strongest stage reached it.
FUNNEL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("contact", (Stage.contact,)),
    ("follow_up", (Stage.follow_up,)),
    ("agreement", (Stage.nda, Stage.mou, Stage.loi)),
    ("pilot", (Stage.pilot,)),
    ("contract", (Stage.contract,)),
    ("investment", (Stage.investment, Stage.joint_venture, Stage.local_branch)),
)


class OutcomeStatus(StrEnum):
    active = "active"
    dropped = "dropped"


class EvidenceKind(StrEnum):
    meeting = "meeting"
    article = "article"
    document = "document"
    answer = "answer"


class MeetingSource(StrEnum):
    """Where a held meeting came from: the published B2B schedule, an itinerary visit, or an
    organiser (or a participant's answer) recording it by hand."""

    scheduled = "scheduled"
    visit = "visit"
    recorded = "recorded"


class Via(StrEnum):
    """Which door a step came through."""

    web = "web"
    api = "api"
    cli = "cli"
    answer = "answer"
    news = "news"


NOTHING_YET = "none"  # a follow-up answer: "nothing came of it (yet)"
ANSWERS = (NOTHING_YET, *(s for s in Stage if s != Stage.contact))


class FollowUpStatus(StrEnum):
    open = "open"  # waiting for answers
    answered = "answered"  # the answers agree (or one side answered)
    conflict = "conflict"  # the two sides disagree: the organiser decides
    settled = "settled"  # the organiser decided


class SuggestionKind(StrEnum):
    step = "step"  # organisations with history together: a step to confirm
    new_relation = "new_relation"  # organisations with no history: seen in the news


class SuggestionStatus(StrEnum):
    open = "open"
    accepted = "accepted"
    rejected = "rejected"


DEFAULT_FOLLOW_UP_DAYS = (7, 90, 180)

LABELS: dict[str, dict[str, Label]] = {
    "stage": {
        Stage.contact: P_("outcome stage", "meeting held"),
        Stage.follow_up: P_("outcome stage", "follow-up"),
        Stage.nda: P_("outcome stage", "NDA"),
        Stage.mou: P_("outcome stage", "MOU"),
        Stage.loi: P_("outcome stage", "LOI"),
        Stage.pilot: P_("outcome stage", "pilot (PoC)"),
        Stage.contract: P_("outcome stage", "contract"),
        Stage.investment: P_("outcome stage", "investment"),
        Stage.joint_venture: P_("outcome stage", "joint venture"),
        Stage.local_branch: P_("outcome stage", "local branch"),
        Stage.dropped: P_("outcome stage", "dropped"),
        NOTHING_YET: P_("outcome stage", "nothing yet"),
    },
    "funnel": {
        "contact": P_("funnel step", "meetings held"),
        "follow_up": P_("funnel step", "follow-ups"),
        "agreement": P_("funnel step", "MOU / LOI / NDA"),
        "pilot": P_("funnel step", "pilots"),
        "contract": P_("funnel step", "contracts"),
        "investment": P_("funnel step", "investments, joint ventures, branches"),
    },
    "evidence": {
        EvidenceKind.meeting: P_("evidence kind", "meeting"),
        EvidenceKind.article: P_("evidence kind", "news article"),
        EvidenceKind.document: P_("evidence kind", "document"),
        EvidenceKind.answer: P_("evidence kind", "participant's answer"),
    },
    "follow-up status": {
        FollowUpStatus.open: P_("follow-up status", "waiting"),
        FollowUpStatus.answered: P_("follow-up status", "answered"),
        FollowUpStatus.conflict: P_("follow-up status", "answers disagree"),
        FollowUpStatus.settled: P_("follow-up status", "decided"),
    },
}
