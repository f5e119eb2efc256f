"""A place written before a known body's name and no space: part of the name when the body's own
Chinese name opens with it (香港貿發局 for 香港貿易發展局), a description otherwise (台灣國家發展委員會
is 國家發展委員會, as news-dev's convention writes 韩国京畿道 → 京畿道). Initials and a place
after 'at' name a body's office there (KOTRA Silicon Valley), but a trade fair's initials and its
city name the fair (MWC Shanghai), which is no organisation. Probe
sentences written for the test, on a directory of the module's own."""

import pytest

from gyoryu.directory.normalize import name_key
from gyoryu.intel import gazetteer as gz

ORGS = [  # key, primary names, other names
    ("hktdc", {"zh-Hant": "香港貿易發展局", "zh-Hans": "香港贸易发展局", "en": "Hong Kong Trade Development Council"},
     ["香港貿發局", "貿發局"]),
    ("ndc", {"zh-Hant": "國家發展委員會", "en": "National Development Council"}, ["台灣國家發展委員會"]),
]
PLACES = [("hk", "country", ["홍콩", "香港", "Hong Kong"]), ("tw", "country", ["대만", "台灣", "台湾", "Taiwan"]),
          ("kr", "country", ["한국", "韓國", "韩国", "Korea"]), ("cn-shanghai", "city", ["상하이", "上海", "Shanghai"])]


@pytest.fixture(scope="module")
def g():
    entries, names = [], []
    for i, (key, primary, more) in enumerate(ORGS, start=1):
        entries.append(gz.OrgEntry(i, key, "government", key[:2].upper(), primary))
        names += [(i, n, name_key(n)) for n in (*primary.values(), *more)]
    places, place_names = [], []
    for j, (key, kind, written) in enumerate(PLACES, start=1000):
        places.append(gz.PlaceEntry(j, key, kind, key.upper(), {"und": written[0]}, None))
        place_names += [(j, n, name_key(n)) for n in written]
    return gz.build(entries, names, places, place_names, [], [])


@pytest.mark.parametrize("text, mention", [
    ("香港貿發局將於下月率團前往首爾。", "香港貿發局"),
    ("台灣國家發展委員會昨日與韓國方面會談。", "國家發展委員會"),
])
def test_the_place_stays_where_the_body_is_named_with_it(run, g, text, mention):
    assert [o.mention for o in run(text).orgs] == [mention]


@pytest.mark.parametrize("text, unknown", [
    ("The startup signed a supply deal with ZQTA Shanghai last week.", ["ZQTA Shanghai"]),
    ("The startup will set up a booth at MWC Shanghai next month.", []),
])
def test_a_fairs_initials_and_city_name_no_office(run, g, text, unknown):
    assert [o.mention for o in run(text).orgs if o.entity_id is None] == unknown

