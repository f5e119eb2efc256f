"""Every interface string has its ko and zh translation; every stored value has a label."""

import pytest

from gyoryu.i18n import Translator, catalogs, negotiate
from gyoryu.phrases import VOCABULARIES


@pytest.mark.parametrize("locale", ["ko", "zh", "en"])
def test_catalogs_cover_every_string(locale):
    assert catalogs.missing(locale) == []


@pytest.mark.parametrize("context", sorted(VOCABULARIES))
def test_every_vocabulary_value_is_labelled(context):
    enum, marked = VOCABULARIES[context]
    assert sorted(m for _c, m in marked) == sorted(v.value for v in enum)
    ko = Translator("ko")
    assert all(ko.pgettext(context, v.value) != v.value for v in enum)


def test_placeholders_survive_translation():
    for locale in ("ko", "zh"):
        text = Translator(locale).gettext("'{email}' is not an email address.", email="x@y")
        assert "x@y" in text


@pytest.mark.parametrize(("header", "expected"), [
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh"), ("zh-TW", "zh"), ("en-US,en;q=0.9", "en"),
    ("ko-KR", "ko"), ("fr-FR", "ko"), (None, "ko"), ("de;q=0.9, en;q=0.5", "en"),
])
def test_negotiates_the_reader_language(header, expected):
    assert negotiate(header) == expected
