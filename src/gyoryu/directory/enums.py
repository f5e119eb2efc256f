"""Closed vocabularies of the directory; stored as plain strings so any database can hold them."""

from enum import StrEnum


class OrgKind(StrEnum):
    company = "company"
    government = "government"
    association = "association"
    university = "university"
    research = "research"
    cluster = "cluster"
    investor = "investor"
    media = "media"
    other = "other"


class PlaceKind(StrEnum):
    country = "country"
    province = "province"
    city = "city"
    district = "district"
    cluster = "cluster"


class NameLang(StrEnum):
    """Language of a name. Never guessed from the script: 'und' when none applies."""

    ko = "ko"
    zh_hans = "zh-Hans"
    zh_hant = "zh-Hant"
    en = "en"
    ja = "ja"
    und = "und"


class NameKind(StrEnum):
    primary = "primary"
    legal = "legal"
    former = "former"
    abbreviation = "abbreviation"
    transliteration = "transliteration"
    brand = "brand"
    product = "product"  # a product or service the body makes (WeChat): found in search, no name of the body in news
    other = "other"


class SizeBand(StrEnum):
    micro = "micro"
    small = "small"
    medium = "medium"
    large = "large"
    enterprise = "enterprise"


PRIMARY_LANGS = (NameLang.ko, NameLang.zh_hans, NameLang.zh_hant, NameLang.en, NameLang.ja)
UI_LANGS = ("ko", "zh", "en")
