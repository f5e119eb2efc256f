"""Edge kinds of the relationship graph and the limits that keep co-membership meaningful."""

from enum import StrEnum

from gyoryu.i18n import P_


class EdgeKind(StrEnum):
    meeting = "meeting"  # a B2B meeting held (or in a published schedule)
    outcome = "outcome"  # a relation of the outcomes domain, at its strongest stage
    news = "news"  # two organisations party to one event in an article
    program = "program"  # taking part in the same program
    cluster = "cluster"  # members of the same cluster (no year)


# Co-membership links everyone with everyone; past this size (a 2,000-person summit, a cluster of
# hundreds) being in the same hall is no relationship — the meetings held there are the edges.
CLIQUE_LIMIT = 40
# An event naming more organisations than this is a list (a summit's exhibitors), not a relation.
EVENT_PARTY_LIMIT = 8

LABELS = {
    EdgeKind.meeting: P_("edge kind", "meeting"),
    EdgeKind.outcome: P_("edge kind", "outcome"),
    EdgeKind.news: P_("edge kind", "news event"),
    EdgeKind.program: P_("edge kind", "same program"),
    EdgeKind.cluster: P_("edge kind", "same cluster"),
}
