"""Closed vocabularies of the catalogue, stored as plain strings so any database can hold them."""

from enum import StrEnum

from gyoryu.i18n import P_, Label


class OfferKind(StrEnum):
    """A thing sold, or work done for the buyer."""

    product = "product"
    service = "service"


class Category(StrEnum):
    """What a listing is, as a buyer browses: the AI Center's shelves."""

    robot = "robot"
    device = "device"  # a consumer or industrial device with AI inside
    chip = "chip"  # semiconductors, modules, sensors
    software = "software"  # licensed or installed software
    platform = "platform"  # cloud service, API, SaaS
    model = "model"  # a foundation or task model offered for licence
    data = "data"  # data sets and labelling
    solution = "solution"  # an integrated system for an industry
    consulting = "consulting"  # services: integration, training, advice
    other = "other"


class Certification(StrEnum):
    """Market approvals a buyer asks about first (Korea, China, the EU, the US, …)."""

    KC = "KC"  # Korea Certification
    CCC = "CCC"  # China Compulsory Certification
    CE = "CE"
    FCC = "FCC"
    UKCA = "UKCA"
    PSE = "PSE"  # Japan
    RoHS = "RoHS"
    ISO9001 = "ISO9001"
    ISO27001 = "ISO27001"
    GS = "GS"  # Korea's Good Software
    CR = "CR"  # China's voluntary CQC mark


class InquiryStatus(StrEnum):
    open = "open"  # waiting for the seller
    answered = "answered"  # the seller has written back
    closed = "closed"


class Side(StrEnum):
    """Who wrote a message of an inquiry's thread."""

    buyer = "buyer"
    seller = "seller"
    organiser = "organiser"


LANGUAGES = ("ko", "zh", "en")  # an inquiry's language: the interface languages

LABELS: dict[str, dict[str, Label]] = {
    "offer kind": {
        OfferKind.product: P_("offer kind", "product"),
        OfferKind.service: P_("offer kind", "service"),
    },
    "product category": {
        Category.robot: P_("product category", "robots"),
        Category.device: P_("product category", "AI devices"),
        Category.chip: P_("product category", "chips and sensors"),
        Category.software: P_("product category", "software"),
        Category.platform: P_("product category", "platforms and cloud"),
        Category.model: P_("product category", "AI models"),
        Category.data: P_("product category", "data"),
        Category.solution: P_("product category", "industry solutions"),
        Category.consulting: P_("product category", "consulting and integration"),
        Category.other: P_("product category", "other"),
    },
    "inquiry status": {
        InquiryStatus.open: P_("inquiry status", "waiting for an answer"),
        InquiryStatus.answered: P_("inquiry status", "answered"),
        InquiryStatus.closed: P_("inquiry status", "closed"),
    },
    "inquiry side": {
        Side.buyer: P_("inquiry side", "buyer"),
        Side.seller: P_("inquiry side", "seller"),
        Side.organiser: P_("inquiry side", "organiser"),
    },
}
