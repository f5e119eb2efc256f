"""Default travel times, door to door, used until the organiser edits the program's table.

Defaults (minutes, either direction), from city keys of the directory:

- same city, venue to venue: 40 (a Beijing or Shanghai cross-town drive is 30–60)
- Beijing–Shanghai 300: high-speed rail 4 h 30 or a 2 h 15 flight, plus getting to the
  station or airport and out again (~5 h door to door)
- Chongqing–Shanghai 270: 2 h 30 flight plus ~2 h of transfers and check-in
- Beijing–Chongqing 270, Beijing–Shenzhen 330, Shanghai–Shenzhen 270 (flights plus transfers)
- Beijing–Tianjin 90 (rail 35 min), Shanghai–Hangzhou 120, Shanghai–Suzhou 90,
  Shanghai–Nanjing 150, Hangzhou–Suzhou 120, Shenzhen–Guangzhou 120, Chengdu–Chongqing 150
  (high-speed rail plus transfers)
- Seoul–Suwon/Seongnam/Pangyo 60; Seoul–Beijing 300, Seoul–Shanghai 300 (flight plus
  immigration and transfers)
- any other pair in one country 300; between countries 360.

A venue-to-venue time in the program's table overrides the city pair; a city pair in the table
overrides these defaults.
"""

from __future__ import annotations

SAME_CITY = 40
OTHER_CITY = 300
OTHER_COUNTRY = 360

_PAIRS: dict[frozenset[str], int] = {
    frozenset(p): m
    for p, m in [
        (("cn-beijing", "cn-shanghai"), 300),
        (("cn-chongqing", "cn-shanghai"), 270),
        (("cn-beijing", "cn-chongqing"), 270),
        (("cn-beijing", "cn-shenzhen"), 330),
        (("cn-shanghai", "cn-shenzhen"), 270),
        (("cn-beijing", "cn-tianjin"), 90),
        (("cn-shanghai", "cn-hangzhou"), 120),
        (("cn-shanghai", "cn-suzhou"), 90),
        (("cn-shanghai", "cn-nanjing"), 150),
        (("cn-hangzhou", "cn-suzhou"), 120),
        (("cn-shenzhen", "cn-guangzhou"), 120),
        (("cn-chengdu", "cn-chongqing"), 150),
        (("kr-seoul", "kr-suwon"), 60),
        (("kr-seoul", "kr-seongnam"), 60),
        (("kr-seoul", "cn-beijing"), 300),
        (("kr-seoul", "cn-shanghai"), 300),
    ]
}


def default_minutes(a_key: str, a_country: str, b_key: str, b_country: str) -> int:
    """Door-to-door minutes between venues in two cities (the same city: a cross-town drive)."""
    if a_key == b_key:
        return SAME_CITY
    if (m := _PAIRS.get(frozenset((a_key, b_key)))) is not None:
        return m
    return OTHER_CITY if a_country == b_country else OTHER_COUNTRY


def hhmm(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hhmm(text: str) -> int:
    """'09:30' → 570; raises ValueError on anything else."""
    hours, _, mins = text.strip().partition(":")
    h, m = int(hours), int(mins or 0)
    if not (0 <= h <= 24 and 0 <= m < 60) or h * 60 + m > 24 * 60:
        raise ValueError(text)
    return h * 60 + m
