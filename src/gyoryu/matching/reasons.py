"""Why a partner is recommended, as data that is put into words in the reader's language.

A reason keeps its template (marked for translation) and its parameters; sector and cluster names
are data with their own languages, so they are kept per language and picked at render time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gyoryu.i18n import N_, Translator
from gyoryu.matching.enums import CAPABILITY_LABELS

TEMPLATES: dict[str, str] = {
    "you_offer_capability": N_("Complementary: you offer {cap}, they seek it"),
    "they_offer_capability": N_("Complementary: they offer {cap}, you seek it"),
    "you_offer_sector": N_("Complementary: you work in {sector}, which they seek"),
    "they_offer_sector": N_("Complementary: they work in {sector}, which you seek"),
    "shared_sector": N_("Shared sector: {sector}"),
    "related_sector": N_("Related sectors: {sector} and {other}"),
    "same_cluster": N_("Both in {cluster}"),
    "cluster_sector": N_("Both in {sector} clusters ({cluster} and {other})"),
    "text_match": N_("What they offer matches what you seek (similarity {percent}%)"),
    "text_match_back": N_("What you offer matches what they seek (similarity {percent}%)"),
}

# The same reasons told by a third party about two organisations, `a` in the place of "you"
# (a pair between two clusters or delegations, read by someone who is neither).
BETWEEN: dict[str, str] = {
    "you_offer_capability": N_("Complementary: {a} offers {cap}, {b} seeks it"),
    "they_offer_capability": N_("Complementary: {b} offers {cap}, {a} seeks it"),
    "you_offer_sector": N_("Complementary: {a} works in {sector}, which {b} seeks"),
    "they_offer_sector": N_("Complementary: {b} works in {sector}, which {a} seeks"),
    "text_match": N_("What {b} offers matches what {a} seeks (similarity {percent}%)"),
    "text_match_back": N_("What {a} offers matches what {b} seeks (similarity {percent}%)"),
}

_UI_TO_DATA = {"ko": ("ko", "en"), "zh": ("zh", "zh-Hans", "en"), "en": ("en", "ko")}


def pick(labels: dict[str, str], locale: str) -> str:
    """A data label (sector, cluster) in the reader's language, falling back sensibly."""
    for lang in _UI_TO_DATA.get(locale, ("en",)):
        if labels.get(lang):
            return labels[lang]
    return next(iter(labels.values()), "?")


@dataclass(frozen=True)
class Reason:
    code: str  # a key of TEMPLATES
    points: float
    cap: str | None = None  # a capability key
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # param -> {lang: label}
    percent: int | None = None

    def render(self, t: Translator, between: tuple[str, str] | None = None) -> str:
        """The reason in the reader's words; with `between` (the two names), told about them
        rather than to the first."""
        params: dict[str, object] = {name: pick(ls, t.locale) for name, ls in self.labels.items()}
        if self.cap is not None:
            params["cap"] = t.gettext(CAPABILITY_LABELS.get(self.cap, self.cap))
        if self.percent is not None:
            params["percent"] = self.percent
        if between is not None and self.code in BETWEEN:
            return t.gettext(BETWEEN[self.code], a=between[0], b=between[1], **params)
        return t.gettext(TEMPLATES[self.code], **params)
