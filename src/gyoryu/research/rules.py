"""Who sees what of research. Trends are read from the news, which is public, so anyone sees
them; outcome steps come from organisations' relations, which organisers and admins see."""

from __future__ import annotations

from gyoryu.accounts.rules import is_organiser, register

register("research.outcomes", is_organiser)
