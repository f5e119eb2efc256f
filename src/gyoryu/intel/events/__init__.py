"""Dates and events of a story, by job:

- `dates`: the date expressions of every sentence and the date of each event (`gyoryu.dates.v2`);
- `places`: where an event happens and what a visit is to;
- `triggers`: the words that tell an event, per language, and which matches tell an act;
- `sides`, `sides_ko`, `sides_zh_en`: who acts and who is acted on (Korean by particles, Chinese
  and English by position);
- `parties`: parties a story names outside the trigger's sentence (lists referred back, supply);
- `merge`: one event per act across sentences;
- `read`: the events component (`gyoryu.events.v2`) that runs them clause by clause.

Importing the package registers both components.
"""

from gyoryu.intel.events import dates, read  # noqa: F401
