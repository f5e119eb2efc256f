"""Closed vocabularies of research: what a fact row is about, and what a trend can be split by."""

from enum import StrEnum

from gyoryu.i18n import P_


class FactKind(StrEnum):
    event = "event"
    org = "org"
    sector = "sector"
    cluster = "cluster"


class Dimension(StrEnum):
    """What `--by` may name. `month`, `quarter` and `year` are times; `sector`, `cluster` and
    `org` are the many-valued things an event is about (one of them per trend)."""

    month = "month"
    quarter = "quarter"
    year = "year"
    type = "type"
    country_pair = "country_pair"
    sector = "sector"
    cluster = "cluster"
    org = "org"


TIMES = (Dimension.month, Dimension.quarter, Dimension.year)
TAGS = {Dimension.sector: FactKind.sector, Dimension.cluster: FactKind.cluster, Dimension.org: FactKind.org}

LABELS = {
    "dimension": {
        "month": P_("trend dimension", "Month"),
        "quarter": P_("trend dimension", "Quarter"),
        "year": P_("trend dimension", "Year"),
        "type": P_("trend dimension", "Event type"),
        "country_pair": P_("trend dimension", "Countries"),
        "sector": P_("trend dimension", "Sector"),
        "cluster": P_("trend dimension", "Cluster"),
        "org": P_("trend dimension", "Organisation"),
    },
}
