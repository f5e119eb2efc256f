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

    def render(self, t: Translator) -> str:
        params: dict[str, object] = {name: pick(ls, t.locale) for name, ls in self.labels.items()}
        if self.cap is not None:
            params["cap"] = t.gettext(CAPABILITY_LABELS.get(self.cap, self.cap))
        if self.percent is not None:
            params["percent"] = self.percent
        return t.gettext(TEMPLATES[self.code], **params)
