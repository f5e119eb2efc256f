"""JSON API of the catalogue under /api/catalogue: products searched across scripts, written by
their sellers, images, inquiries and their threads, what an inquiry becomes, and exhibition
booths. The same service functions as the pages and the CLI; they check who acts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, Request, UploadFile

from gyoryu.catalogue import booths, images, inquiries, service
from gyoryu.catalogue import rules as _rules  # noqa: F401  (registers catalogue.* rules)
from gyoryu.catalogue.enums import Category
from gyoryu.catalogue.schemas import (
    BoothIn,
    BoothOut,
    ExhibitionOut,
    ImageOut,
    InquiryIn,
    InquiryOut,
    MeetingFromInquiryIn,
    MeetingFromInquiryOut,
    MessageOut,
    OutcomeFromInquiryIn,
    ProductIn,
    ProductOut,
    ProductPage,
    ReplyIn,
    booth_json,
    inquiry_json,
    message_json,
    product_json,
)
from gyoryu.errors import Forbidden
from gyoryu.outcomes.enums import Via
from gyoryu.outcomes.schemas import OutcomeOut, outcome_json
from gyoryu.programs import service as programs
from gyoryu.web.deps import Csrf, CurrentUser, DbSession, Id

router = APIRouter(prefix="/catalogue", tags=["catalogue"])


def _base_url(request: Request) -> str:
    return request.app.state.settings.base_url


def _signed_in(user):
    if user is None:
        raise Forbidden()
    return user


# -- products --------------------------------------------------------------------------------
@router.get("/products", response_model=ProductPage)
def search_products(
    db: DbSession, q: str = "", category: Category | None = None, sector: str | None = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
    organization: str | None = None, cluster: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Annotated[int, Query(ge=0)] = 0,
) -> ProductPage:
    """Products by any of their names in any script (로봇청소기 = 扫地机器人), best match first."""
    return service.search_page(db=db, q=q, category=category, sector=sector, country=country,
                               organization=organization, cluster=cluster, limit=limit,
                               offset=offset)


@router.get("/products/{product_id}", response_model=ProductOut)
def get_product(product_id: Id, db: DbSession) -> dict:
    return product_json(service.get_product(db=db, product_id=product_id))


@router.post("/products", status_code=201, dependencies=[Csrf], response_model=ProductOut)
def create_product(data: ProductIn, db: DbSession, user: CurrentUser) -> dict:
    return product_json(service.save_product(db=db, actor=_signed_in(user), data=data))


@router.put("/products/{product_id}", dependencies=[Csrf], response_model=ProductOut)
def update_product(product_id: Id, data: ProductIn, db: DbSession, user: CurrentUser) -> dict:
    product = service.get_product(db=db, product_id=product_id)
    return product_json(service.save_product(db=db, actor=_signed_in(user), data=data,
                                             product=product))


@router.delete("/products/{product_id}", status_code=204, dependencies=[Csrf])
def delete_product(product_id: Id, db: DbSession, user: CurrentUser) -> None:
    product = service.get_product(db=db, product_id=product_id)
    service.delete_product(db=db, actor=_signed_in(user), product=product)


@router.post("/products/{product_id}/images", status_code=201, dependencies=[Csrf],
             response_model=ImageOut)
def add_image(product_id: Id, db: DbSession, user: CurrentUser,
              file: Annotated[UploadFile, File()]) -> dict:
    product = service.get_product(db=db, product_id=product_id)
    content = file.file.read(images.MAX_BYTES + 1)
    image = images.add_image(db=db, actor=_signed_in(user), product=product,
                             filename=file.filename or "image", content=content)
    return {"id": image.id, "url": f"/catalogue/images/{image.id}", "media_type": image.media_type,
            "width": image.width, "height": image.height}


@router.delete("/images/{image_id}", status_code=204, dependencies=[Csrf])
def remove_image(image_id: Id, db: DbSession, user: CurrentUser) -> None:
    images.remove_image(db=db, actor=_signed_in(user), image=images.get_image(db=db, image_id=image_id))


# -- inquiries -------------------------------------------------------------------------------
@router.post("/products/{product_id}/inquiries", status_code=201, dependencies=[Csrf],
             response_model=InquiryOut)
def send_inquiry(product_id: Id, data: InquiryIn, request: Request, db: DbSession,
                 user: CurrentUser) -> dict:
    product = service.get_product(db=db, product_id=product_id)
    inquiry = inquiries.send_inquiry(db=db, actor=_signed_in(user), product=product, data=data,
                                     base_url=_base_url(request))
    return inquiry_json(inquiry)


@router.get("/inquiries", response_model=dict[str, list[InquiryOut]])
def my_inquiries(db: DbSession, user: CurrentUser) -> dict:
    """The reader's inquiries: sent, received by their organisation, and every one (organisers)."""
    found = inquiries.visible_inquiries(db=db, actor=_signed_in(user))
    return {box: [inquiry_json(i) for i in rows] for box, rows in found.items()}


@router.get("/inquiries/{inquiry_id}", response_model=InquiryOut)
def get_inquiry(inquiry_id: Id, db: DbSession, user: CurrentUser) -> dict:
    return inquiry_json(inquiries.get_inquiry(db=db, actor=user, inquiry_id=inquiry_id))


@router.post("/inquiries/{inquiry_id}/messages", status_code=201, dependencies=[Csrf],
             response_model=MessageOut)
def reply(inquiry_id: Id, data: ReplyIn, request: Request, db: DbSession, user: CurrentUser) -> dict:
    inquiry = inquiries.get_inquiry(db=db, actor=_signed_in(user), inquiry_id=inquiry_id)
    message = inquiries.reply(db=db, actor=user, inquiry=inquiry, body=data.message,
                              language=data.language, base_url=_base_url(request))
    return message_json(message)


@router.post("/inquiries/{inquiry_id}/close", dependencies=[Csrf], response_model=InquiryOut)
def close(inquiry_id: Id, db: DbSession, user: CurrentUser) -> dict:
    inquiry = inquiries.get_inquiry(db=db, actor=_signed_in(user), inquiry_id=inquiry_id)
    return inquiry_json(inquiries.close(db=db, actor=user, inquiry=inquiry))


@router.post("/inquiries/{inquiry_id}/meeting-request", status_code=201, dependencies=[Csrf],
             response_model=MeetingFromInquiryOut)
def to_meeting_request(inquiry_id: Id, data: MeetingFromInquiryIn, request: Request,
                       db: DbSession, user: CurrentUser) -> dict:
    inquiry = inquiries.get_inquiry(db=db, actor=_signed_in(user), inquiry_id=inquiry_id)
    program = service.find_program(db=db, ref=data.program)
    made = inquiries.to_meeting_request(db=db, actor=user, inquiry=inquiry, program=program,
                                        base_url=_base_url(request))
    return {"id": made.id, "program": program.id, "requester": made.requester_id,
            "target_organization": made.target_org_id, "status": made.status,
            "inquiry": inquiry.id}


@router.post("/inquiries/{inquiry_id}/outcome", status_code=201, dependencies=[Csrf],
             response_model=OutcomeOut)
def to_outcome(inquiry_id: Id, data: OutcomeFromInquiryIn, db: DbSession, user: CurrentUser) -> dict:
    inquiry = inquiries.get_inquiry(db=db, actor=_signed_in(user), inquiry_id=inquiry_id)
    step = inquiries.to_outcome(db=db, actor=user, inquiry=inquiry, on=data.date, note=data.note,
                                via=Via.api)
    return outcome_json(step.outcome)


# -- exhibitions -----------------------------------------------------------------------------
@router.get("/exhibitions", response_model=list[ExhibitionOut])
def list_exhibitions(db: DbSession) -> list[dict]:
    return [{"id": p.id, "key": p.key, "title": p.title or {}, "starts_on": p.starts_on.isoformat(),
             "ends_on": p.ends_on.isoformat(), "booths": len(booths.booths(db=db, program=p))}
            for p in booths.exhibitions(db=db)]


@router.get("/exhibitions/{program_id}/booths", response_model=list[BoothOut])
def list_booths(program_id: Id, db: DbSession) -> list[dict]:
    program = programs.get_program(db=db, program_id=program_id)
    return [booth_json(b, booths.on_show(db=db, booth=b)) for b in booths.booths(db=db, program=program)]


@router.post("/exhibitions/{program_id}/booths", status_code=201, dependencies=[Csrf],
             response_model=BoothOut)
def place_booth(program_id: Id, data: BoothIn, db: DbSession, user: CurrentUser) -> dict:
    program = programs.get_program(db=db, program_id=program_id)
    booth = booths.place_booth(db=db, actor=_signed_in(user), program=program,
                               organization=data.organization, label=data.label, note=data.note)
    return booth_json(booth, booths.on_show(db=db, booth=booth))


@router.delete("/booths/{booth_id}", status_code=204, dependencies=[Csrf])
def remove_booth(booth_id: Id, db: DbSession, user: CurrentUser) -> None:
    booths.remove_booth(db=db, actor=_signed_in(user), booth=booths.get_booth(db=db, booth_id=booth_id))
