"""Subject and cohort profiles as one self-contained HTML file for a briefing.

Self-contained means it opens on a stand-alone machine: inline CSS, an inline SVG timeline
drawn here, no script, no fonts, images or links fetched from anywhere. Every piece of report
or subject text is HTML-escaped (mention highlighting reuses :func:`report_view.highlight_html`,
which escapes everything it does not itself mark up), so hostile report text stays inert.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

import pandas as pd

from .profiles import associates, subject_profile
from .report_view import excerpt, highlight_html

__all__ = ["subject_profile_html", "cohort_profile_html", "timeline_svg"]

#: Most report excerpts in a cohort profile (a briefing, not the whole file); the rest are counted.
MAX_COHORT_EXCERPTS = 300

_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#212529;max-width:1000px}
h1{font-size:1.5em;margin-bottom:4px}h2{font-size:1.15em;border-bottom:1px solid #ced4da;padding-bottom:3px;margin-top:28px}
table{border-collapse:collapse;margin:6px 0}td,th{border:1px solid #dee2e6;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f5}.meta{color:#495057}.flag{background:#ffe3e3;padding:1px 6px;border-radius:3px}
.excerpt{border-left:3px solid #adb5bd;padding:4px 10px;margin:10px 0}.ref{font-weight:bold}
.marking{font-weight:bold;text-align:center;border:1px solid #868e96;padding:2px}
@media print{body{margin:0}}
"""


def _e(value: object) -> str:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _page(title: str, body: list[str]) -> str:
    """The whole document; control characters (inert but invalid in HTML) shown as U+FFFD."""
    stamp = datetime.now(timezone.utc).strftime("%d/%m/%Y %H:%M UTC")
    page = "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        '<div class="marking">Handle according to the grading of the source reports</div>',
        *body,
        f'<p class="meta">Produced by Scan Assist on {stamp}. Subjects and links are extracted automatically '
        "from report text: verify against the source reports before acting.</p>",
        "</body></html>",
    ])
    return _CONTROL.sub("\ufffd", page)


def _table(frame: pd.DataFrame, columns: dict[str, str]) -> str:
    if not len(frame):
        return '<p class="meta">None.</p>'
    head = "".join(f"<th>{_e(label)}</th>" for label in columns.values())
    rows = []
    for rec in frame.to_dict("records"):
        rows.append("<tr>" + "".join(f"<td>{_e(rec.get(c))}</td>" for c in columns) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


def timeline_svg(dates: pd.Series, *, width: int = 760, height: int = 150) -> str:
    """Reports per month as an inline SVG bar chart (empty note when no report is dated)."""
    stamps = pd.to_datetime(pd.Series(dates), errors="coerce").dropna()
    if not len(stamps):
        return '<p class="meta">No dated reports.</p>'
    months = stamps.dt.to_period("M")
    span = pd.period_range(months.min(), months.max(), freq="M")
    counts = months.value_counts().reindex(span, fill_value=0)
    left, bottom, top = 30, 24, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(1, int(counts.max()))
    bar_w = plot_w / len(counts)
    # No xmlns: inline SVG in HTML needs none, and the file carries no http(s) reference at all.
    parts = [f'<svg width="{width}" height="{height}" role="img" aria-label="Reports per month">']
    parts.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#868e96"/>')
    parts.append(f'<text x="2" y="{top + 10}" font-size="10">{peak}</text>')
    step = max(1, len(counts) // 12)
    for i, (period, n) in enumerate(counts.items()):
        x = left + i * bar_w
        h = plot_h * int(n) / peak
        if n:
            parts.append(f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{max(1.0, bar_w - 2):.1f}" '
                         f'height="{h:.1f}" fill="#1c7ed6"><title>{period:%b %Y}: {int(n)}</title></rect>')
        if i % step == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 8}" font-size="10">{period:%m/%y}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _excerpt_html(item: dict, focus: str | None) -> str:
    text = item["text"]
    lo, hi = excerpt(text, item["start"], item["end"])
    body = highlight_html(text, item["mentions"], focus=focus, start=lo, end=hi)
    return (f'<div class="excerpt"><div><span class="ref">{_e(item["reference"])}</span> '
            f'<span class="meta">{_e(item["date"]) or "undated"} · {_e(item["source"])}</span></div>{body}</div>')


def subject_profile_html(analysis, subject_id: str) -> str:
    """One subject: identity, identifiers, associates, cohort, timeline and every report excerpt."""
    if subject_id not in set(analysis.subjects["subject_id"].astype(str)):
        raise ValueError(f"unknown subject {subject_id!r}")
    p = subject_profile(analysis, subject_id)
    s = p["subject"]
    flags = [f.strip() for f in s["flags"].split(";") if f.strip()]
    facts = [("Type", s["type"].title()), ("Subject id", s["subject_id"]), ("Aliases", s["aliases"] or "none"),
             ("Date of birth", s["dob"] or "not stated"), ("Age", "" if s["age"] is None else s["age"]),
             ("Reports", s["reports"]), ("Seen", p["seen"]), ("Cohort", s["cohort_id"] or "none"),
             ("Subject of interest", "yes" if s["soi"] else "no")]
    body = [f"<h1>{_e(s['name'])}</h1>",
            "<p>" + " ".join(f'<span class="flag">{_e(f)}</span>' for f in flags) + "</p>" if flags else "",
            "<h2>Identity</h2><table>" + "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts)
            + "</table>",
            "<h2>Identifiers</h2>",
            _table(p["identifiers"], {"identifier": "Identifier", "type": "Type", "shared_reports": "Shared reports"}),
            "<h2>Associates</h2><p class=\"meta\">Ranked by the number of reports shared with this subject.</p>",
            _table(p["associates"], {"name": "Name", "type": "Type", "shared_reports": "Shared reports",
                                     "flags": "Flags"})]
    if s["cohort_id"]:
        cohort = analysis.cohorts[analysis.cohorts["cohort_id"] == s["cohort_id"]]
        if len(cohort):
            row = cohort.iloc[0]
            body.append(f"<h2>Cohort {_e(s['cohort_id'])}</h2><p>{_e(row['size'])} members, "
                        f"{_e(row['reports'])} linking reports, score {float(row['score']):.2f}.</p>")
    body.append("<h2>Timeline</h2>")
    body.append(timeline_svg(p["timeline"]["date"] if len(p["timeline"]) else pd.Series([], dtype="datetime64[ns]")))
    body.append(f"<h2>Reports ({len(p['excerpts'])})</h2>")
    body.extend(_excerpt_html(item, subject_id) for item in p["excerpts"])
    return _page(f"Profile: {s['name']}", body)


def cohort_profile_html(analysis, cohort_id: str) -> str:
    """One cohort: members, the identifiers tying them, timeline and the reports linking members."""
    cohorts = analysis.cohorts
    hit = cohorts[cohorts["cohort_id"] == cohort_id]
    if not len(hit):
        raise ValueError(f"unknown cohort {cohort_id!r}")
    row = hit.iloc[0]
    members = [m for m in str(row["members"]).split("; ") if m]
    subjects = analysis.subjects.set_index("subject_id")
    people = subjects.loc[[m for m in members if m in subjects.index]].reset_index()
    people = people.sort_values(["reports", "name"], ascending=[False, True])
    mentions = analysis.mentions
    mine = mentions[mentions["subject_id"].isin(members)]
    per_report = mine.groupby("report_id")["subject_id"].nunique()
    linking = per_report[per_report >= 2].index
    # Identifiers shared by two or more members tie the cohort together.
    glue = []
    for m in members:
        for rec in associates(analysis, m).to_dict("records"):
            if rec["type"] != "PERSON" and rec["subject_id"] not in members:
                glue.append((rec["subject_id"], rec["name"], rec["type"], m))
    glue_frame = pd.DataFrame(glue, columns=["subject_id", "name", "type", "member"])
    if len(glue_frame):
        glue_frame = (glue_frame.groupby(["subject_id", "name", "type"])["member"].nunique()
                      .rename("members").reset_index())
        glue_frame = glue_frame[glue_frame["members"] >= 2].sort_values(["members", "name"], ascending=[False, True])
    reports = analysis.reports[analysis.reports["report_id"].isin(linking)]
    reports = reports.sort_values(["date", "report_id"], ascending=[False, True], na_position="last")
    shown = reports.head(MAX_COHORT_EXCERPTS)
    score = float(row["score"]) if not pd.isna(row["score"]) else 0.0
    body = [f"<h1>Cohort {_e(cohort_id)}</h1>",
            f"<p>{len(members)} members, {_e(row['reports'])} linking reports, score {score:.2f}.</p>",
            "<h2>Members</h2>",
            _table(people, {"name": "Name", "dob": "DOB", "age": "Age", "reports": "Reports", "flags": "Flags",
                            "subject_id": "Subject id"}),
            "<h2>Shared identifiers</h2>",
            _table(glue_frame, {"name": "Identifier", "type": "Type", "members": "Members sharing it"}),
            "<h2>Timeline of linking reports</h2>", timeline_svg(reports["date"]),
            f"<h2>Reports linking members ({len(reports)})</h2>"]
    if len(reports) > len(shown):
        body.append(f'<p class="meta">The {len(shown)} most recent are shown; '
                    f"{len(reports) - len(shown)} older reports are in the workbook export.</p>")
    grouped = {rid: g for rid, g in mentions[mentions["report_id"].isin(set(shown["report_id"]))].groupby("report_id")}
    for rec in shown.to_dict("records"):
        ms = grouped[rec["report_id"]]
        own = ms[ms["subject_id"].isin(members)]
        item = {"reference": rec["reference"], "source": rec["source"], "text": str(rec["text"]),
                "date": "" if pd.isna(rec["date"]) else f"{rec['date']:%d/%m/%Y}",
                "start": int(own["start"].min()), "end": int(own["end"].max()), "mentions": ms}
        body.append(_excerpt_html(item, None))
    return _page(f"Cohort {cohort_id}", body)
