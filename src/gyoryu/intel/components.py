"""The built-in pipeline components: importing this module registers each under its versioned name.

A rule lives by its job and, where the rules differ, by its language:

- `segment`: sentences, language, date; the Kiwi and jieba tokenisers with the directory's words.
- `recognise.directory`: the directory's own names, and the guard against ordinary words.
- `recognise.ko`, `recognise.zh`, `recognise.en`: organisations the directory does not hold, per
  language (`recognise.zh_tagger`: the names the LAC tagger knows in Chinese). Korean by job:
  `ko` runs them (quoted names, strong endings, programmes); `ko_firms` companies by their legal
  form and the words around them, and the organisation before a person; `ko_heads` bodies named
  by their ending or head, ministries, missions, sub-units; `ko_universities`; `ko_lists` lists,
  delegations, brackets and glosses; `ko_places` places acting as governments or staying places,
  foreign bodies after their country; `ko_tokens` the Kiwi span helpers they share;
  `recognise.people_ko`, `people_zh`, `people_en`: people and their roles;
  `recognise.heads`: what the languages share.
- `link`: mentions united across scripts and linked to the directory.
- `events`: dates and events.
"""

from gyoryu.intel import events, link, segment  # noqa: F401
from gyoryu.intel.recognise import (  # noqa: F401
    directory,
    en,
    en_phrases,
    ko,
    people_en,
    people_ko,
    people_zh,
    zh,
    zh_heads,
    zh_tagger,
)
