"""The page registry: one place that lists every screen, used by the router and the tutorial.

A test checks that the tutorial covers every page registered here, so a new page cannot be
forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ICON = Path(__file__).with_name("assets") / "icon.png"


@dataclass(frozen=True)
class PageSpec:
    path: str  # relative to the app root
    title: str
    icon: str
    section: str
    url_path: str
    needs_data: bool = True


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/upload.py", "Upload", ":material/upload_file:", "Data", "upload", needs_data=False),
    PageSpec("pages/dashboard.py", "Dashboard", ":material/dashboard:", "Analysis", "dashboard"),
    PageSpec("pages/subjects.py", "Subjects", ":material/person_search:", "Analysis", "subjects"),
    PageSpec("pages/links.py", "Links", ":material/hub:", "Analysis", "links"),
    PageSpec("pages/cohorts.py", "Cohorts", ":material/groups:", "Analysis", "cohorts"),
    PageSpec("pages/soi.py", "SOI list", ":material/checklist:", "Analysis", "soi"),
    PageSpec("pages/export.py", "Export", ":material/download:", "Output", "export"),
    PageSpec("pages/tutorial.py", "Tutorial", ":material/school:", "Help", "tutorial", needs_data=False),
)

SECTIONS: tuple[str, ...] = ("Data", "Analysis", "Output", "Help")


def page(url_path: str) -> PageSpec:
    for spec in PAGES:
        if spec.url_path == url_path:
            return spec
    raise KeyError(url_path)
