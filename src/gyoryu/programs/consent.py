"""The consent to the use of personal data a registrant gives, as Korea's Personal Information
Protection Act and China's Personal Information Protection Law ask: what is collected, for what,
who receives it, where it is handled, how long it is kept, and that one may refuse.

The wording is versioned: a participant's row keeps the version they agreed to (with the time),
so what each person saw can be shown later. Changing the text means a new `VERSION`.
"""

from __future__ import annotations

from datetime import date, timedelta

from gyoryu.i18n import Translator
from gyoryu.programs.enums import LABELS

VERSION = "2026-12-pipa-pipl-1"


def kept_until(program) -> date:
    return program.ends_on + timedelta(days=program.retention_days)


def consent_text(t: Translator, program) -> list[str]:
    """The consent's paragraphs in the reader's language, for this program's form."""
    asked = [t.pgettext(*LABELS["asked field"][f]) for f in program.asks or ()]
    collected = ", ".join([t.gettext("name"), t.gettext("e-mail"), t.gettext("organisation"),
                           t.gettext("role"), t.gettext("interests"), *asked])
    paragraphs = [
        t.gettext("What we collect: {fields}.", fields=collected),
        t.gettext("Why: to run this program — registration, visits and meetings, travel "
                  "arrangements and sending you its agenda."),
        t.gettext("Who receives it: the program's organisers; the participants you meet see your "
                  "name, organisation and role. It is handled in Korea and in China, where the "
                  "program takes place."),
    ]
    if "passport" in (program.asks or ()):
        paragraphs.append(t.gettext("Your passport name and number are used only to apply for "
                                    "your visa and are shown to no other participant."))
    paragraphs += [
        t.gettext("How long: until {date} ({days} days after the program ends); then it is "
                  "deleted or made anonymous.", date=kept_until(program).isoformat(),
                  days=program.retention_days),
        t.gettext("You may refuse, but then we cannot register you."),
    ]
    return paragraphs
