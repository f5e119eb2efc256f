"""Exhibitions: a program of kind `exhibition` has booths, one per organisation, and a booth
shows the products its organisation marked available for exhibition."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gyoryu.catalogue.models import Booth, Product
from gyoryu.catalogue.rules import guard
from gyoryu.catalogue.service import find_org, products_of
from gyoryu.directory.schemas import no_control
from gyoryu.errors import GyoryuError, NotFound, PerLanguage
from gyoryu.i18n import LOCALES
from gyoryu.programs.enums import ProgramKind
from gyoryu.programs.models import Program


def exhibitions(*, db: Session) -> list[Program]:
    return list(db.scalars(select(Program).where(Program.kind == ProgramKind.exhibition)
                           .order_by(Program.starts_on.desc(), Program.id.desc())))


def booths(*, db: Session, program: Program) -> list[Booth]:
    return list(db.scalars(select(Booth).where(Booth.program_id == program.id)
                           .order_by(Booth.label, Booth.id)))


def get_booth(*, db: Session, booth_id: int) -> Booth:
    booth = db.get(Booth, booth_id)
    if booth is None:
        raise NotFound("E1217", id=booth_id)
    return booth


def place_booth(*, db: Session, actor, program: Program, organization: str, label: str = "",
                note: dict[str, str] | None = None) -> Booth:
    """Give an organisation its booth at an exhibition (again: move it to `label`)."""
    guard("catalogue.booths", actor, program)
    if program.kind != ProgramKind.exhibition:
        raise GyoryuError("E1216", program=PerLanguage({lang: program.title_in(lang) for lang in LOCALES}))
    org = find_org(db=db, ref=organization)
    booth = db.scalar(select(Booth).where(Booth.program_id == program.id,
                                          Booth.organization_id == org.id))
    if booth is None:
        booth = Booth(program_id=program.id, organization_id=org.id)
        db.add(booth)
    booth.label = no_control((label or "").strip())[:40]
    booth.note = {lang: no_control(text.strip(), allow="\n") for lang, text in (note or {}).items()
                  if lang in LOCALES and text and text.strip()}
    db.flush()
    return booth


def remove_booth(*, db: Session, actor, booth: Booth) -> None:
    guard("catalogue.booths", actor, booth.program)
    db.delete(booth)
    db.flush()


def on_show(*, db: Session, booth: Booth) -> list[Product]:
    """What the booth shows: its organisation's products available for exhibition."""
    return products_of(db=db, organization_id=booth.organization_id, exhibit=True)


def shown_at(*, db: Session, product: Product) -> list[Booth]:
    """The booths showing a product (none unless it is available for exhibition)."""
    if not product.exhibit:
        return []
    return list(db.scalars(select(Booth).where(Booth.organization_id == product.organization_id)
                           .order_by(Booth.id)))
