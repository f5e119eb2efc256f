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
    labels = marked if isinstance(marked, dict) else {m: (c, m) for c, m in marked}
    assert sorted(labels) == sorted(v.value for v in enum)
    assert all(c == context for c, _m in labels.values())
    ko, zh = Translator("ko"), Translator("zh")
    for c, m in labels.values():
        assert ko.pgettext(c, m) != m and zh.pgettext(c, m) != m


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


def test_error_parameters_follow_the_reader_language():
    from gyoryu.errors import GyoryuError, InvalidValue, PerLanguage
    from gyoryu.i18n import P_

    missing = InvalidValue("E516", field=P_("field", "name"))
    assert "name" in missing.message()
    assert Translator("ko").pgettext("field", "name") in missing.message(Translator("ko"))
    assert Translator("zh").pgettext("field", "name") in missing.message(Translator("zh"))
    absent = GyoryuError("E512", org=PerLanguage({"ko": "텐센트", "zh": "腾讯", "en": "Tencent"}))
    assert "腾讯" in absent.message(Translator("zh")) and "Tencent" in str(absent)


def test_one_english_word_two_statuses():
    from gyoryu.programs.enums import LABELS

    ko = Translator("ko")
    admitted = ko.pgettext(*LABELS["participant status"]["accepted"])
    agreed = ko.pgettext(*LABELS["request status"]["accepted"])
    assert admitted != agreed


def test_korean_particles_follow_the_word_they_attach_to():
    from gyoryu.i18n import Translator, korean_particles

    assert korean_particles("하드웨어을(를) 찾았습니다") == "하드웨어를 찾았습니다"
    assert korean_particles("버전 2이(가) 나왔습니다") == "버전 2가 나왔습니다"
    assert korean_particles("'텐센트'은(는) 서울(으)로") == "'텐센트'는 서울로"
    assert korean_particles("'report.pdf'이(가)") == "'report.pdf'이(가)"  # reading unknown: both
    t = Translator("ko")
    assert t.gettext("'{email}' is already registered for this program.", email="김민지") \
        == "'김민지'로 이미 이 프로그램에 참가 신청이 되어 있습니다."
    assert Translator("en").pgettext("program kind", "summit / expo") == "Summit / Expo"
