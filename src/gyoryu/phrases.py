"""Labels for stored vocabulary values (kinds, roles, languages), marked for translation.

Templates translate a value with `pgettext(context, value)`; listing the values here is what puts
them in the catalogs, since the extractor cannot see a variable's possible values.
"""

from gyoryu.accounts.enums import Role
from gyoryu.directory.enums import NameKind, OrgKind, PlaceKind, SizeBand


def P_(context: str, message: str) -> tuple[str, str]:
    """Marks a (context, message) pair for extraction."""
    return context, message


ORG_KINDS = [
    P_("org kind", "company"), P_("org kind", "government"), P_("org kind", "association"),
    P_("org kind", "university"), P_("org kind", "research"), P_("org kind", "cluster"),
    P_("org kind", "investor"), P_("org kind", "media"), P_("org kind", "other"),
]
ROLES = [P_("role", "admin"), P_("role", "organiser"), P_("role", "member"), P_("role", "viewer")]
LANGUAGES = [
    P_("language", "ko"), P_("language", "zh"), P_("language", "zh-Hans"),
    P_("language", "zh-Hant"), P_("language", "en"), P_("language", "ja"), P_("language", "und"),
]
NAME_KINDS = [
    P_("name kind", "primary"), P_("name kind", "legal"), P_("name kind", "former"),
    P_("name kind", "abbreviation"), P_("name kind", "transliteration"),
    P_("name kind", "brand"), P_("name kind", "other"),
]
SIZE_BANDS = [
    P_("size band", "micro"), P_("size band", "small"), P_("size band", "medium"),
    P_("size band", "large"), P_("size band", "enterprise"),
]

PLACE_KINDS = [
    P_("place kind", "country"), P_("place kind", "province"), P_("place kind", "city"),
    P_("place kind", "district"), P_("place kind", "cluster"),
]

# Every stored value has a label: checked by tests/test_phrases.py.
VOCABULARIES = {
    "org kind": (OrgKind, ORG_KINDS),
    "role": (Role, ROLES),
    "name kind": (NameKind, NAME_KINDS),
    "size band": (SizeBand, SIZE_BANDS),
    "place kind": (PlaceKind, PLACE_KINDS),
}
