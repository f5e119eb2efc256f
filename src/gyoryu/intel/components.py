"""The built-in pipeline components: importing this module registers each under its versioned name.

A rule lives by its job and, where the rules differ, by its language:

- `segment`: sentences, language, date; the Kiwi and jieba tokenisers with the directory's words.
- `recognise.directory`: the directory's own names, and the guard against ordinary words.
- `recognise.ko`, `recognise.zh`, `recognise.en`: organisations the directory does not hold, per
  language (`recognise.zh_tagger`: the names the LAC tagger knows in Chinese);
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
