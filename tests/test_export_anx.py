"""i2 Analyst's Notebook chart and entity-link-entity table.

The golden file pins the chart's structure for the small analysis: one line per element (path
depth, tag, sorted attributes), with layout coordinates normalised since they are not part of
the contract. After a deliberate format change, regenerate it with
``.venv/bin/python tests/test_export_anx.py`` and review the diff.
"""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

import defusedxml.ElementTree as DET
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _export_data import small_analysis  # noqa: E402

from scanassist_core import export  # noqa: E402
from scanassist_core._export_anx import ANB_TYPES  # noqa: E402

GOLDEN = Path(__file__).parent / "golden" / "small_anx.txt"
_LAYOUT = {"X", "Y", "XPosition"}


def structure(data: bytes) -> str:
    """Element paths and attributes, one per line, layout coordinates replaced by '#'."""
    root = DET.fromstring(data)
    lines: list[str] = []

    def walk(el, depth: int) -> None:
        attrs = " ".join(f'{k}="{"#" if k in _LAYOUT else v}"' for k, v in sorted(el.attrib.items()))
        lines.append(f"{'  ' * depth}{el.tag} {attrs}".rstrip())
        assert not (el.text or "").strip(), f"unexpected text in {el.tag}"
        for child in el:
            walk(child, depth + 1)

    walk(root, 0)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def analysis():
    return small_analysis()


@pytest.fixture(scope="module")
def chart(analysis):
    return DET.fromstring(export.write_anx(analysis))


def _entities(chart) -> dict[str, dict]:
    out = {}
    for item in chart.iter("ChartItem"):
        ent = item.find("End/Entity")
        if ent is None:
            continue
        attrs = {a.get("AttributeClass"): a.get("Value") for a in item.findall("AttributeCollection/Attribute")}
        out[ent.get("Identity")] = {"label": item.get("Label"), "entity_id": ent.get("EntityId"),
                                    "type": ent.find("Icon/IconStyle").get("Type"), "attrs": attrs}
    return out


def _links(chart) -> list[dict]:
    out = []
    for item in chart.iter("ChartItem"):
        link = item.find("Link")
        if link is None:
            continue
        attrs = {a.get("AttributeClass"): a.get("Value") for a in item.findall("AttributeCollection/Attribute")}
        out.append({"ends": (link.get("End1Id"), link.get("End2Id")), "label": item.get("Label"), "attrs": attrs})
    return out


def test_matches_golden_structure(analysis):
    assert structure(export.write_anx(analysis)) == GOLDEN.read_text(encoding="utf-8")


def test_schema_order_and_declared_references(chart):
    assert chart.tag == "Chart"
    assert [c.tag for c in chart] == ["ApplicationVersion", "StrengthCollection", "AttributeClassCollection",
                                      "EntityTypeCollection", "LinkTypeCollection", "ChartItemCollection"]
    ids = [el.get("Id") for el in chart.iter() if el.get("Id")]
    assert len(ids) == len(set(ids))
    classes = {c.get("Id"): c.get("Name") for c in chart.iter("AttributeClass")}
    for attr in chart.iter("Attribute"):
        assert classes[attr.get("AttributeClassReference")] == attr.get("AttributeClass")
    types = {t.get("Id"): t.get("Name") for t in chart.iter("EntityType")}
    for style in chart.iter("IconStyle"):
        assert types[style.get("EntityTypeReference")] == style.get("Type")


def test_entities_carry_identity_type_and_attributes(analysis, chart):
    entities = _entities(chart)
    assert set(entities) == set(analysis.subjects["subject_id"])
    for rec in analysis.subjects.to_dict("records"):
        e = entities[rec["subject_id"]]
        assert e["label"] == rec["name"]
        assert e["type"] == ANB_TYPES[rec["type"]]
        assert e["attrs"]["Reports"] == str(rec["reports"])
        assert e["attrs"].get("Cohort", "") == rec["cohort_id"]
        assert e["attrs"].get("DOB", "") == rec["dob"]
        assert e["attrs"].get("Age", "") == ("" if pd.isna(rec["age"]) else str(rec["age"]))
        assert ("SOI" in e["attrs"]) is bool(rec["soi"])
    assert entities["P_KIM"]["attrs"]["Flags"] == "child"
    assert entities["T_1"]["type"] == "Telephone" and entities["S_1"]["type"] == "Social media"


def test_links_weighted_with_references(analysis, chart):
    entities = _entities(chart)
    by_number = {e["entity_id"]: sid for sid, e in entities.items()}
    got = {}
    for link in _links(chart):
        a, b = (by_number[x] for x in link["ends"])
        got[tuple(sorted((a, b)))] = (int(link["attrs"]["Shared reports"]), link["attrs"]["References"],
                                      link["label"])
    want = {tuple(sorted((r.source_id, r.target_id))): (r.weight, r.references)
            for r in analysis.links.itertuples(index=False)}
    assert {k: v[:2] for k, v in got.items()} == want
    assert got[("P_JO", "T_1")][2] == "2 shared reports"


def test_control_characters_never_break_the_xml(analysis):
    subjects = analysis.subjects.copy()
    subjects.loc[subjects["subject_id"] == "P_SAM", "name"] = "Sam\x01 <SMITH> & \x1f\"co\""
    data = export.write_anx(replace(analysis, subjects=subjects))
    entities = _entities(DET.fromstring(data))
    assert entities["P_SAM"]["label"] == "Sam\ufffd <SMITH> & \ufffd\"co\""


def test_defusedxml_parses_what_is_written_to_a_path(analysis, tmp_path):
    target = tmp_path / "chart.anx"
    data = export.write_anx(analysis, target)
    assert target.read_bytes() == data
    assert DET.parse(str(target)).getroot().tag == "Chart"


def test_scope_ego_and_cohort(analysis):
    alone = DET.fromstring(export.write_anx(analysis, scope=export.ExportScope(subject_id="P_ALEX")))
    assert set(_entities(alone)) == {"P_ALEX"} and _links(alone) == []
    scope = export.ExportScope(cohort_id="C01")
    cohort = DET.fromstring(export.write_anx(analysis, scope=scope))
    ids = export.scope_subject_ids(analysis, scope)
    assert set(_entities(cohort)) == ids
    assert len(_links(cohort)) == int(
        (analysis.links["source_id"].isin(ids) & analysis.links["target_id"].isin(ids)).sum())
    one_step = export.scope_subject_ids(analysis, export.ExportScope(subject_id="P_KIM", steps=1))
    two_step = export.scope_subject_ids(analysis, export.ExportScope(subject_id="P_KIM", steps=2))
    assert one_step == {"P_KIM", "P_SAM"}
    assert one_step < two_step and "P_ALEX" not in two_step


def test_entity_link_table(analysis):
    table = export.entity_link_table(analysis)
    assert list(table.columns[:9]) == ["entity1_id", "entity1_type", "entity1_label", "link_label", "link_weight",
                                       "references", "entity2_id", "entity2_type", "entity2_label"]
    assert {"entity1_dob", "entity2_soi", "entity2_cohort"} <= set(table.columns)
    assert len(table) == len(analysis.links)
    pairs = {tuple(sorted(p)): w for p, w in zip(zip(table["entity1_id"], table["entity2_id"]), table["link_weight"])}
    assert pairs == {tuple(sorted((r.source_id, r.target_id))): r.weight for r in analysis.links.itertuples()}
    row = table[(table["entity1_id"] == "P_JO") | (table["entity2_id"] == "P_JO")].iloc[0]
    side = "entity1" if row["entity1_id"] == "P_JO" else "entity2"
    assert row[f"{side}_dob"] == "1990-02-01" and row[f"{side}_soi"] == "true"
    scoped = export.entity_link_table(analysis, scope=export.ExportScope(subject_ids=frozenset({"P_JO", "T_1"})))
    assert len(scoped) == 1 and set(scoped.iloc[0][["entity1_id", "entity2_id"]]) == {"P_JO", "T_1"}


def test_link_table_csv_is_formula_safe(analysis):
    csv = export.safe_csv(export.entity_link_table(analysis)).decode("utf-8-sig")
    frame = pd.read_csv(io.StringIO(csv), dtype=str, keep_default_na=False)
    labels = set(frame["entity1_label"]) | set(frame["entity2_label"])
    assert "'@jobloggs_x" in labels and "@jobloggs_x" not in labels


if __name__ == "__main__":
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(structure(export.write_anx(small_analysis())), encoding="utf-8")
    print(f"wrote {GOLDEN}")
