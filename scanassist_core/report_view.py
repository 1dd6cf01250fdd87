"""Report text with its extracted entities highlighted, as safe HTML.

Report text is hostile input: every character of it is HTML-escaped, and only the ``<mark>``
elements written here carry markup, so a report can never inject anything into a page.
"""

from __future__ import annotations

import html

import pandas as pd

__all__ = ["TYPE_COLOURS", "TYPE_LABELS", "highlight_html", "legend_html", "excerpt"]

#: Background colour per entity type (colour-blind-friendly, light enough for black text).
TYPE_COLOURS: dict[str, str] = {
    "PERSON": "#ffd8a8",
    "ADDRESS": "#b2f2bb",
    "PHONE": "#a5d8ff",
    "EMAIL": "#d0bfff",
    "VEHICLE": "#ffec99",
    "SOCIAL": "#fcc2d7",
    "ORGANISATION": "#c5f6fa",
    "LOCATION": "#e9ecef",
    "NINO": "#eebefa",
    "PNC_ID": "#eebefa",
    "IMEI": "#eebefa",
    "IP_ADDRESS": "#eebefa",
}
_DEFAULT = "#dee2e6"
#: How each type is named for people.
TYPE_LABELS: dict[str, str] = {"NINO": "NI number", "PNC_ID": "PNC ID", "IMEI": "IMEI", "IP_ADDRESS": "IP address"}


def highlight_html(
    text: str,
    mentions: pd.DataFrame,
    *,
    focus: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> str:
    """Escaped ``text[start:end]`` with each mention wrapped in a coloured ``<mark>``.

    ``mentions`` needs ``start``, ``end`` and ``type`` (``subject_id`` for ``focus``). Overlapping
    mentions keep the first (longest first when they start together). ``focus`` outlines one
    subject's mentions.
    """
    end = len(text) if end is None else min(end, len(text))
    rows = []
    if len(mentions):
        frame = mentions[(mentions["end"] > start) & (mentions["start"] < end)]
        frame = frame.assign(_len=frame["end"] - frame["start"]).sort_values(["start", "_len"], ascending=[True, False])
        rows = list(frame.itertuples(index=False))
    out: list[str] = []
    cursor = start
    for m in rows:
        m_start, m_end = max(int(m.start), start), min(int(m.end), end)
        if m_start < cursor:
            continue
        out.append(html.escape(text[cursor:m_start]))
        colour = TYPE_COLOURS.get(str(m.type), _DEFAULT)
        outline = ";outline:2px solid #c92a2a" if focus is not None and getattr(m, "subject_id", None) == focus else ""
        label = html.escape(str(m.type), quote=True)
        out.append(
            f'<mark title="{label}" style="background:{colour};padding:0 2px;border-radius:3px{outline}">'
            f"{html.escape(text[m_start:m_end])}</mark>"
        )
        cursor = m_end
    out.append(html.escape(text[cursor:end]))
    body = "".join(out).replace("\n", "<br>")
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return f'<div style="line-height:1.7;white-space:normal">{prefix}{body}{suffix}</div>'


def legend_html(types: list[str] | None = None) -> str:
    """A row of colour chips explaining the highlight colours."""
    chips = [
        f'<span style="background:{TYPE_COLOURS[t]};padding:1px 6px;border-radius:3px;margin-right:6px">{TYPE_LABELS.get(t, t.title())}</span>'
        for t in (types or list(TYPE_COLOURS))
        if t in TYPE_COLOURS
    ]
    return '<div style="font-size:0.85em">' + "".join(chips) + "</div>"


def excerpt(text: str, start: int, end: int, window: int = 160) -> tuple[int, int]:
    """Bounds of a readable window around ``text[start:end]``, widened to word boundaries."""
    lo = max(0, start - window)
    hi = min(len(text), end + window)
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi
