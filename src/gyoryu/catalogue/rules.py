"""Who may do what in the catalogue. Registered into the one rules table on import, and checked
inside the services themselves (`guard`), so the page, the API and the CLI cannot differ.

- Anyone reads the public catalogue and exhibitions.
- An organisation's products are written by its member accounts and by organisers.
- Any signed-in account asks about a product of another organisation (a buyer).
- An inquiry is read by its buyer, by the seller's member accounts and by organisers; the
  seller's member accounts answer it (an organiser is not the seller), and either side writes
  in its thread.
- Organisers turn an inquiry into a meeting request at a program they manage, or into an
  outcome; a program's organisers place its exhibition booths.
"""

from __future__ import annotations

from gyoryu.accounts.rules import anyone, is_organiser, is_signed_in, register, represents
from gyoryu.errors import Forbidden
from gyoryu.programs.rules import manages


def edits_products(user, org) -> bool:
    return is_organiser(user) or represents(user, org)


def is_buyer(user, inquiry) -> bool:
    return user is not None and inquiry is not None and inquiry.buyer_id == user.id


def sells(user, inquiry) -> bool:
    return inquiry is not None and represents(user, inquiry.product.organization)


def inquires(user, product) -> bool:
    return is_signed_in(user) and product is not None and not represents(user, product.organization)


def reads_inquiry(user, inquiry) -> bool:
    return is_organiser(user) or is_buyer(user, inquiry) or sells(user, inquiry)


def writes_in(user, inquiry) -> bool:
    return is_buyer(user, inquiry) or sells(user, inquiry)


register("catalogue.view", anyone)
register("catalogue.edit", edits_products)  # on an organisation
register("catalogue.import", is_organiser)
register("catalogue.inquire", inquires)  # on a product
register("catalogue.read_inquiry", reads_inquiry)
register("catalogue.answer", sells)  # on an inquiry
register("catalogue.write", writes_in)
register("catalogue.convert", is_organiser)
register("catalogue.close", lambda u, i: is_organiser(u) or writes_in(u, i))
register("catalogue.booths", manages)  # on a program
register("catalogue.meeting", manages)  # an inquiry into a meeting request at this program


def guard(permission: str, user, obj=None) -> None:
    """Refuse (E106) unless `permission` holds: the services call it before acting."""
    from gyoryu.accounts.rules import allowed

    if not allowed(permission, user, obj):
        raise Forbidden()


class ShellOperator:
    """Whoever runs `gyoryu catalogue import` on the server: they hold the database already, so
    they act as an admin (as `gyoryu import` does for organisations), and are recorded as
    nobody. Commands that act for a person take `--as EMAIL` instead."""

    id = None
    role = "admin"
    organization_id = None
    is_active = True
    email = ""
    locale = None


SHELL = ShellOperator()
