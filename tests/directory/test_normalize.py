import pytest

from gyoryu.directory.normalize import name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("한글과 컴퓨터", "한글과컴퓨터"),
        ("騰訊", "腾讯"),
        ("ＨＡＮＣＯＭ", "hancom"),
        ("㈜티디엘", "티디엘"),
        ("Tencent Holdings Ltd.", "tencent holdings"),
        ("腾讯控股有限公司", "腾讯控股"),
        ("SOS-Lab", "sos lab"),
        ("NHN 클라우드", "nhn클라우드"),
    ],
)
def test_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


def test_distinct_names_keep_distinct_keys():
    assert name_key("Tencent") != name_key("Tencent Music")
    assert name_key("Co.") == "co"  # a legal word alone is still a name
