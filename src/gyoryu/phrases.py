"""Labels for stored vocabulary values (kinds, roles, languages), marked for translation.

Templates translate a value with `pgettext(context, value)`; listing the values here is what puts
them in the catalogs, since the extractor cannot see a variable's possible values.
"""

from gyoryu.accounts.enums import Role
from gyoryu.catalogue.enums import LABELS as CATALOGUE_LABELS
from gyoryu.catalogue.enums import Category, InquiryStatus, OfferKind, Side
from gyoryu.directory.enums import NameKind, OrgKind, PlaceKind, SizeBand
from gyoryu.i18n import P_
from gyoryu.intel.enums import EventType
from gyoryu.programs.enums import LABELS as PROGRAM_LABELS
from gyoryu.programs.enums import ParticipantStatus, ProgramKind, RequestStatus

ORG_KINDS = [
    P_("org kind", "company"), P_("org kind", "government"), P_("org kind", "association"),
    P_("org kind", "university"), P_("org kind", "research"), P_("org kind", "cluster"),
    P_("org kind", "investor"), P_("org kind", "media"), P_("org kind", "other"),
]
ROLES = [P_("role", "admin"), P_("role", "organiser"), P_("role", "member"), P_("role", "viewer"),
         P_("role", "fund")]
LANGUAGES = [
    P_("language", "ko"), P_("language", "zh"), P_("language", "zh-Hans"),
    P_("language", "zh-Hant"), P_("language", "en"), P_("language", "ja"), P_("language", "und"),
]
NAME_KINDS = [
    P_("name kind", "primary"), P_("name kind", "legal"), P_("name kind", "former"),
    P_("name kind", "abbreviation"), P_("name kind", "transliteration"),
    P_("name kind", "brand"), P_("name kind", "product"), P_("name kind", "other"),
]
SIZE_BANDS = [
    P_("size band", "micro"), P_("size band", "small"), P_("size band", "medium"),
    P_("size band", "large"), P_("size band", "enterprise"),
]

PLACE_KINDS = [
    P_("place kind", "country"), P_("place kind", "province"), P_("place kind", "city"),
    P_("place kind", "district"), P_("place kind", "cluster"),
]

# The kinds of directory record an import or export takes (`directory.kinds.KINDS`).
RECORD_KINDS = [P_("record kind", "organizations"), P_("record kind", "people"),
                P_("record kind", "places"), P_("record kind", "clusters")]

EVENT_TYPES = [
    P_("event type", "visit"), P_("event type", "agreement"), P_("event type", "partnership"),
    P_("event type", "investment"), P_("event type", "summit"), P_("event type", "founding"),
    P_("event type", "delegation"), P_("event type", "exhibition"), P_("event type", "other"),
]

# How far a schedule's solver got: "optimal" (proved) or "feasible" (time ran out first).
SOLVER_STATUSES = [P_("solver status", "optimal"), P_("solver status", "feasible")]

# Every stored value has a label: checked by tests/test_phrases.py.
VOCABULARIES = {
    "org kind": (OrgKind, ORG_KINDS),
    "role": (Role, ROLES),
    "name kind": (NameKind, NAME_KINDS),
    "size band": (SizeBand, SIZE_BANDS),
    "place kind": (PlaceKind, PLACE_KINDS),
    "event type": (EventType, EVENT_TYPES),
    # value -> label where the stored value is not itself the English word
    "program kind": (ProgramKind, PROGRAM_LABELS["program kind"]),
    "participant status": (ParticipantStatus, PROGRAM_LABELS["participant status"]),
    "request status": (RequestStatus, PROGRAM_LABELS["request status"]),
    "offer kind": (OfferKind, CATALOGUE_LABELS["offer kind"]),
    "product category": (Category, CATALOGUE_LABELS["product category"]),
    "inquiry status": (InquiryStatus, CATALOGUE_LABELS["inquiry status"]),
    "inquiry side": (Side, CATALOGUE_LABELS["inquiry side"]),
}
