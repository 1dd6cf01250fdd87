"""UK date reading for intelligence exports.

Why hand-written rather than ``pd.to_datetime(dayfirst=True)``: pandas/dateutil silently swap day
and month when the day-first reading is impossible (``03/13/2025`` becomes 13 March) and accept
half-dates; an analyst's timeline must never contain a date that was not in the source. Rules:

* numeric ``d/m/y`` (``/ . -`` separators) is always day-first; never swapped;
* year-first (``2025-04-03``, ``2025/04/03``, ISO with ``T`` or a space and a time) is never swapped;
* month names: ``3rd April 2025``, ``3 Apr 25``, ``Thursday 3rd of April 2025``, ``April 3, 2025``;
* a time may follow the date (``14:22``, ``14:22:05``, ``1422hrs``, ``2.30pm``); an unreadable time
  keeps the date and warns;
* a trailing zone (``Z``, ``+01:00``, ``BST``) is ignored: the clock time as written is kept;
* two-digit years: 00-68 -> 2000s, 69-99 -> 1900s (the POSIX ``%y`` rule, fixed so runs repeat);
* numbers: an Excel serial (1900 system) only between 1970 and 2100; ``YYYYMMDD`` if it is a real date;
* impossible dates (``31/02/2025``) and unreadable text give ``None`` and a warning.
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd

__all__ = ["parse_uk_date", "looks_like_date"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?P<time>(?:[T,]|\s+at\s+|\s+)\s*\S.*)?"

_ISO = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME + r"$", re.I)
_DMY = re.compile(r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})" + _TIME + r"$", re.I)
_D_MON_Y = re.compile(
    _WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.]*(?P<mon>" + _MONTH_RE + r")\.?"
    r"[\s\-/.,]*(?P<y>\d{4}|\d{2})" + _TIME + r"$",
    re.I,
)
_MON_D_Y = re.compile(
    _WEEKDAY + r"(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME + r"$",
    re.I,
)
_TIME_PART = re.compile(
    r"(?P<h>\d{1,2})(?:[:.]?(?P<mi>\d{2})(?:[:.](?P<s>\d{2})(?:[.,]\d+)?)?)?\s*"
    r"(?P<ampm>am|pm|a\.m\.|p\.m\.)?\s*(?:hrs|hours|h)?\s*(?P<tz>z|utc|gmt|bst|[+-]\d{2}:?\d{2})?$",
    re.I,
)
_AT = re.compile(r"^at\s+", re.I)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")

#: Excel serials accepted as dates: 1970-01-01 .. 2100-01-01 (outside that, a number is not a date).
_SERIAL_MIN, _SERIAL_MAX = 25569, 73051
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_NS_MIN, _NS_MAX = dt.datetime(1678, 1, 1), dt.datetime(2261, 12, 31, 23, 59, 59)


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n <= 68 else 1900 + n
    return n


def _parse_time(raw: str) -> tuple[tuple[int, int, int] | None, bool]:
    """(h, m, s) or None; second item False when there was text that is not a time."""
    text = raw.strip().lstrip("T,").strip()
    text = _AT.sub("", text)
    if not text:
        return None, True
    m = _TIME_PART.match(text)
    if not m or (m.group("mi") is None and m.group("ampm") is None):
        return None, False
    h, mi, s = int(m.group("h")), int(m.group("mi") or 0), int(m.group("s") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= h <= 12:
            return None, False
        h = h % 12 + (12 if ampm == "pm" else 0)
    if h > 23 or mi > 59 or s > 59:
        return None, False
    return (h, mi, s), True


def _build(y: int, mo: int, d: int, time_raw: str | None, raw: str) -> tuple[pd.Timestamp | None, str | None]:
    try:
        date = dt.datetime(y, mo, d)
    except ValueError:
        return None, f"impossible date '{_short(raw)}' (read as day {d}, month {mo}, year {y}); date left empty"
    warning = None
    if time_raw:
        hms, ok = _parse_time(time_raw)
        if hms is not None:
            date = date.replace(hour=hms[0], minute=hms[1], second=hms[2])
        elif not ok:
            warning = f"time in '{_short(raw)}' not understood; date kept without a time"
    return _checked(date, raw, warning)


def _checked(value: dt.datetime, raw: str, warning: str | None = None) -> tuple[pd.Timestamp | None, str | None]:
    """Only dates a ``datetime64[ns]`` column can hold (1678-2261), so report frames never overflow."""
    if not _NS_MIN <= value <= _NS_MAX:
        return None, f"date '{_short(raw)}' is out of range (1678-2261); date left empty"
    return pd.Timestamp(value), warning


def _from_number(x: float, raw: str) -> tuple[pd.Timestamp | None, str | None]:
    if not math.isfinite(x):
        return None, f"unreadable date '{_short(raw)}'"
    if x == int(x) and 19000101 <= x <= 21001231:  # YYYYMMDD
        n = int(x)
        return _build(n // 10000, n // 100 % 100, n % 100, None, raw)
    if _SERIAL_MIN <= x < _SERIAL_MAX:
        stamp = _EXCEL_EPOCH + dt.timedelta(days=x)
        return pd.Timestamp(stamp).round("s"), None
    return None, f"number '{_short(raw)}' is not a plausible date (Excel serial 1970-2100); date left empty"


def parse_uk_date(value: object) -> tuple[pd.Timestamp | None, str | None]:
    """Read one source date the way a UK analyst would; return ``(timestamp or None, warning or None)``.

    Never guesses: an impossible or unreadable value gives ``None`` and a warning saying why.
    A missing value gives ``(None, "no date")``.
    """
    if value is None or value is pd.NaT:
        return None, "no date"
    if isinstance(value, float) and math.isnan(value):
        return None, "no date"
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return _checked(value.replace(tzinfo=None), str(value))  # wall clock kept, as for "...Z" strings
    if isinstance(value, dt.date):
        return _checked(dt.datetime(value.year, value.month, value.day), str(value))
    if isinstance(value, dt.time):
        return None, f"time '{value}' without a date; date left empty"
    if isinstance(value, bool):
        return None, f"unreadable date '{value}'"
    if isinstance(value, (int, float)):
        return _from_number(float(value), str(value))
    raw = str(value)
    text = " ".join(raw.split())
    if not text:
        return None, "no date"
    if _NUMBER.fullmatch(text):
        return _from_number(float(text), raw)
    for pattern in (_ISO, _DMY):
        m = pattern.match(text)
        if m:
            return _build(_year(m.group("y")), int(m.group("m")), int(m.group("d")), m.group("time"), raw)
    for pattern in (_D_MON_Y, _MON_D_Y):
        m = pattern.match(text)
        if m:
            month = _MONTHS[m.group("mon").lower()]
            return _build(_year(m.group("y")), month, int(m.group("d")), m.group("time"), raw)
    return None, f"unreadable date '{_short(raw)}'; date left empty"


def looks_like_date(value: object) -> bool:
    """True if a cell reads as a date without any warning, numbers excluded (used to infer columns:
    a column of unique numbers is far more likely a reference than Excel serials)."""
    if isinstance(value, (dt.datetime, dt.date)):
        return True
    if not isinstance(value, str) or _NUMBER.fullmatch(value.strip()):
        return False
    ts, warning = parse_uk_date(value)
    return ts is not None and warning is None
