"""Closed vocabularies of the fund, stored as plain strings."""

from enum import StrEnum

from gyoryu.i18n import P_, Label


class DealStage(StrEnum):
    sourced = "sourced"
    screening = "screening"
    due_diligence = "due_diligence"
    committee = "committee"
    invested = "invested"
    passed = "passed"


# The pipeline in order; `passed` ends a deal from any open stage.
PIPELINE = (DealStage.sourced, DealStage.screening, DealStage.due_diligence, DealStage.committee,
            DealStage.invested)
CLOSED = (DealStage.invested, DealStage.passed)
# From the committee on, scoring is over and every reader of the deal sees the scores.
SCORES_OPEN = (DealStage.committee, DealStage.invested, DealStage.passed)
# Stages at which reviewers still score.
SCORING = (DealStage.sourced, DealStage.screening, DealStage.due_diligence)


class DealSource(StrEnum):
    """Where a deal came from; each keeps its reference (a program, a meeting, an article, or
    the name of whoever referred it)."""

    program = "program"
    meeting = "meeting"
    news = "news"
    referral = "referral"


class Round(StrEnum):
    pre_seed = "pre_seed"
    seed = "seed"
    pre_a = "pre_a"
    series_a = "series_a"
    series_b = "series_b"
    series_c = "series_c"
    growth = "growth"
    strategic = "strategic"


SCORE_MIN, SCORE_MAX = 1, 5

LABELS: dict[str, dict[str, Label]] = {
    "deal stage": {
        DealStage.sourced: P_("deal stage", "sourced"),
        DealStage.screening: P_("deal stage", "screening"),
        DealStage.due_diligence: P_("deal stage", "due diligence"),
        DealStage.committee: P_("deal stage", "investment committee"),
        DealStage.invested: P_("deal stage", "invested"),
        DealStage.passed: P_("deal stage", "passed"),
    },
    "deal source": {
        DealSource.program: P_("deal source", "program"),
        DealSource.meeting: P_("deal source", "meeting"),
        DealSource.news: P_("deal source", "news article"),
        DealSource.referral: P_("deal source", "referral"),
    },
    "round": {
        Round.pre_seed: P_("round", "pre-seed"),
        Round.seed: P_("round", "seed"),
        Round.pre_a: P_("round", "pre-A"),
        Round.series_a: P_("round", "Series A"),
        Round.series_b: P_("round", "Series B"),
        Round.series_c: P_("round", "Series C"),
        Round.growth: P_("round", "growth"),
        Round.strategic: P_("round", "strategic"),
    },
}
