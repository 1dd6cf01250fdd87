"""The tutorial's steps, as data: each names the page it teaches, so a test can prove every
registered page is covered and new pages cannot be forgotten."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    title: str
    page: str  # PageSpec.url_path
    do: str  # what to do
    look: str  # what to look at, and why it matters


STEPS: tuple[Step, ...] = (
    Step(
        "Load reports and check the mapping",
        "upload",
        "On **Upload**, press **Load demo data**: three exports from three systems (a cp1252 RMS CSV, an Excel "
        "scanning sheet and a partner CSV) are staged. Open each file to see the detected encoding and which "
        "columns became Reference, Date and Text; change a column if it is wrong. Then press **Run analysis**.",
        "The *Every row accounted for* panel: rows in = kept + rejected + duplicates. The demo has a row with no "
        "text, an impossible date and a report sent by two systems; each is listed with its file, row and reason, "
        "so you know exactly what was and wasn't analysed.",
    ),
    Step(
        "Read the dashboard",
        "dashboard",
        "Open **Dashboard**.",
        "Reports over time by source shows when intelligence arrived; subjects by type shows what was found; the "
        "top persons charts show who appears most and who is most connected (orange = child, red = SOI); the top "
        "cohorts chart shows which groups deserve attention first. Each chart links to the page that explains it.",
    ),
    Step(
        "Open a subject profile",
        "subjects",
        "On **Subjects**, filter to *Children*, then select the first row to open the profile.",
        "The profile lists every variant of the name as written, DOB and age at the date of each report, phones, "
        "vehicles and addresses seen with the subject, associates ranked by shared reports, a timeline, and every "
        "report excerpt with the subject highlighted. If two subjects are really one person, merge them; if a "
        "'subject' is noise, mark it *not a subject*. Corrections are kept and re-applied.",
    ),
    Step(
        "Follow the links",
        "links",
        "On **Links**, choose the child from the previous step under *Ego network of*, with 2 steps.",
        "Who the child is seen with, and through which phones, addresses and vehicles. Link width is the number of "
        "shared reports; choose a node below the network to see the reports behind each link.",
    ),
    Step(
        "Review a cohort",
        "cohorts",
        "Open **Cohorts** and select the top-ranked cohort.",
        "Its members and their roles (hub, child, SOI), its own network, a timeline of its activity and its "
        "reports. The score parts explain why it ranks where it does: size, reports, recent and growing activity, "
        "children and SOI members.",
    ),
    Step(
        "Upload the SOI list and find who is missing from it",
        "soi",
        "On **SOI list**, press **Use the demo SOI list** (or upload your team's list).",
        "*Hits* shows where each SOI appears and on what evidence (confirm or reject each). *Linked but not "
        "listed* ranks people associated with SOIs who are on no list, children first: in the demo the top row is "
        "a 13-year-old who is linked to several SOIs but on nobody's radar. This is the list to read first.",
    ),
    Step(
        "Export to Excel and i2",
        "export",
        "On **Export**, download the Excel workbook and the i2 chart (everything, one cohort or one subject's "
        "network), or a subject profile for a briefing.",
        "The workbook's README sheet records the files, mapping, settings and your corrections, so the analysis "
        "can be explained later; the i2 chart merges with earlier imports because identities are stable.",
    ),
    Step(
        "Come back to this tutorial",
        "tutorial",
        "Open **Tutorial** from the Help section at any time.",
        "Every page also has a *How to read this page* panel under its title.",
    ),
)
