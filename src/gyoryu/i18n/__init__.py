"""Interface translations (gettext catalogs for ko, zh and en), loaded straight from the .po files.

Catalogs are compiled in memory at first use, so there is no build step and no stale .mo file.
Data (organisation names, descriptions) is not translated here: it carries its own languages.
"""

from __future__ import annotations

import gettext as _gettext
import re
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import NamedTuple

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALES = ("ko", "zh", "en")
LOCALE_NAMES = {"ko": "한국어", "zh": "简体中文", "en": "English"}
DOMAIN = "gyoryu"
LOCALE_DIR = Path(__file__).parent / "locale"


def N_(message: str) -> str:
    """Marks a string for extraction; it is translated later, where the reader's locale is known."""
    return message


class Label(NamedTuple):
    """A message with its context, translated with `pgettext` where the reader's locale is known."""

    context: str
    message: str


def P_(context: str, message: str) -> Label:
    """Marks a (context, message) pair for extraction: a label for a stored value or a field (the
    same English word can need two translations, hence the context)."""
    return Label(context, message)


@lru_cache
def translations(locale: str) -> _gettext.NullTranslations:
    po = LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.exists():
        return _gettext.NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=locale.replace("zh", "zh_Hans_CN"))
    buf = BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return Translations(fp=buf, domain=DOMAIN)


def negotiate(accept_language: str | None, default: str = "ko") -> str:
    """Pick ko / zh / en from an Accept-Language header (zh-TW readers still get zh)."""
    if not accept_language:
        return default
    weighted = []
    for part in accept_language.split(","):
        tag, _, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        weighted.append((weight, tag.strip().lower()))
    for _w, tag in sorted(weighted, key=lambda t: -t[0]):
        base = tag.split("-")[0]
        if base in LOCALES:
            return base
    return default


# A Korean particle written for either ending ("{name}을(를)", "{file}이(가)"), after the word it
# follows and any closing quote or bracket; `korean_particles` picks the one the word takes.
_PARTICLE = re.compile(r"(?P<word>[^\s'\"‘’“”「」『』()]+)(?P<close>['\"’”」』)]*)"
                       r"(?P<particle>을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|"
                       r"와\(과\)|과\(와\)|\(으\)로|\(이\)라)")
_FORM = {"을(를)": "을", "를(을)": "을", "이(가)": "이", "가(이)": "이", "은(는)": "은",
         "는(은)": "은", "와(과)": "와", "과(와)": "와", "(으)로": "으로", "(이)라": "이라"}


def korean_particles(text: str) -> str:
    """The right particle after each word that carries both forms: 하드웨어을(를) → 하드웨어를,
    버전 2이(가) → 버전 2가. Where the reading is unknown (a Latin name, an address) tossi keeps
    both forms, as before."""
    import tossi

    def pick(m: re.Match) -> str:
        return m["word"] + m["close"] + tossi.pick(m["word"], _FORM[m["particle"]])

    return _PARTICLE.sub(pick, text)


class Translator:
    """The gettext functions for one locale, handed to templates and error messages."""

    def __init__(self, locale: str):
        self.locale = locale if locale in LOCALES else "en"
        self._t = translations(self.locale)

    def _fill(self, text: str, params: dict) -> str:
        if not params:
            return text
        text = text.format(**params)
        return korean_particles(text) if self.locale == "ko" else text

    def gettext(self, message: str, **params) -> str:
        return self._fill(self._t.gettext(message), params)

    def ngettext(self, singular: str, plural: str, n: int, **params) -> str:
        return self._fill(self._t.ngettext(singular, plural, n), {"n": n, **params})

    def pgettext(self, context: str, message: str, **params) -> str:
        return self._fill(self._t.pgettext(context, message), params)
