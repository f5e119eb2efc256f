"""Keeps the ko / zh / en catalogs in step with the code: `python -m gyoryu.i18n.catalogs update`.

`missing()` lists interface strings without a translation; a test fails on any, so an untranslated
string cannot land.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from gyoryu.i18n import DOMAIN, LOCALE_DIR, LOCALES

PACKAGE = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "gettext": None, "N_": None, "P_": ((1, "c"), 2), "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
            "npgettext": ((1, "c"), 2, 3)}
METHODS = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "false"}}
BABEL_LOCALE = {"ko": "ko", "zh": "zh_Hans_CN", "en": "en"}


def extract() -> Catalog:
    template = Catalog(domain=DOMAIN, project="gyoryu")
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE, METHODS, keywords=KEYWORDS, options_map=OPTIONS, comment_tags=("Translators:",)
    ):
        if filename.startswith("i18n/catalogs"):
            continue
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def po_path(locale: str) -> Path:
    return LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def load(locale: str) -> Catalog:
    path = po_path(locale)
    if not path.exists():
        return Catalog(locale=BABEL_LOCALE[locale], domain=DOMAIN)
    with path.open("rb") as fh:
        return read_po(fh, locale=BABEL_LOCALE[locale])


def update() -> None:
    template = extract()
    for locale in LOCALES:
        catalog = load(locale)
        catalog.update(template, no_fuzzy_matching=True)
        path = po_path(locale)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, omit_header=False, sort_output=True, no_location=True,
                     ignore_obsolete=True, include_previous=False)


def missing(locale: str) -> list[str]:
    """Extracted strings with no translation in `locale` (English reads the source text)."""
    catalog = load(locale)
    out = []
    for msg in extract():
        if not msg.id:
            continue
        found = catalog.get(msg.id, context=msg.context)
        if found is None or (locale != "en" and (not found.string or found.fuzzy or (
                isinstance(found.string, tuple) and not all(found.string)))):
            out.append(f"{msg.context + '|' if msg.context else ''}{msg.id if isinstance(msg.id, str) else msg.id[0]}")
    return out


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update()
    for loc in LOCALES:
        gaps = missing(loc)
        print(f"{loc}: {len(gaps)} untranslated")
        for g in gaps[:50]:
            print("   ", g)
