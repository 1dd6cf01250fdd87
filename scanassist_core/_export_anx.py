"""i2 Analyst's Notebook: the .anx chart (ANB XML exchange format) and the entity-link-entity table.

Written with ``xml.etree`` rather than the ``anxwritter`` package: that package works, but it
brings loguru and PyYAML, ~15,000 lines and a pre-2.0 API for the ~150 lines needed here.
The chart follows ANB's schema order: ``Chart > ApplicationVersion, StrengthCollection,
AttributeClassCollection, EntityTypeCollection, LinkTypeCollection, ChartItemCollection``.

Each subject is a ``ChartItem > End > Entity`` whose ``Identity`` is the ``subject_id``, so
importing a later chart merges with the entities already on an analyst's chart. Each link is
a ``ChartItem > Link`` between two entities' ``EntityId`` numbers, labelled with the number of
shared reports and carrying their references as an attribute. Items are laid out on a
deterministic grid (cohorts together, then by type); analysts re-lay out in ANB anyway.
XML 1.0 cannot hold control characters, so they become U+FFFD in labels and attributes.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from ._export_scope import ExportScope, scoped_analysis

__all__ = ["ANB_TYPES", "ATTRIBUTE_CLASSES", "LINK_TYPE", "write_anx", "entity_link_table", "anx_items"]

#: Scan Assist subject type -> ANB entity type (icon) name.
ANB_TYPES: dict[str, str] = {
    "PERSON": "Person",
    "ADDRESS": "Address",
    "PHONE": "Telephone",
    "EMAIL": "Email",
    "VEHICLE": "Vehicle",
    "SOCIAL": "Social media",
    "ORGANISATION": "Organisation",
    "LOCATION": "Location",
    "NINO": "National Insurance number",
    "PNC_ID": "PNC ID",
    "IMEI": "Mobile handset",
    "IP_ADDRESS": "IP address",
}
#: Link type for co-mention links.
LINK_TYPE = "Mentioned with"
#: Attribute classes on the chart: name -> ANB attribute type.
ATTRIBUTE_CLASSES: dict[str, str] = {
    "DOB": "AttText",
    "Age": "AttNumber",
    "SOI": "AttFlag",
    "Flags": "AttText",
    "Reports": "AttNumber",
    "Cohort": "AttText",
    "Aliases": "AttText",
    "First seen": "AttText",
    "Last seen": "AttText",
    "Shared reports": "AttNumber",
    "References": "AttText",
}
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_GRID = 120


def _s(value: object) -> str:
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return _XML_BAD.sub("\ufffd", str(value))


def _date(value: object) -> str:
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        return _s(value)
    return "" if pd.isna(ts) else f"{ts:%Y-%m-%d}"


def _entity_attrs(row: dict) -> dict[str, str]:
    """Attribute name -> value for one subject (blank values left out)."""
    age = row.get("age")
    soi = row.get("soi")
    attrs = {
        "DOB": _s(row.get("dob")),
        "Age": "" if age is None or pd.isna(age) else str(int(age)),
        "SOI": "true" if (soi is not None and not pd.isna(soi) and bool(soi)) else "",
        "Flags": _s(row.get("flags")),
        "Reports": "" if pd.isna(row.get("reports")) else str(int(row.get("reports"))),
        "Cohort": _s(row.get("cohort_id")),
        "Aliases": _s(row.get("aliases")),
        "First seen": _date(row.get("first_seen")),
        "Last seen": _date(row.get("last_seen")),
    }
    return {k: v for k, v in attrs.items() if v != ""}


def anx_items(analysis, scope: ExportScope | None = None) -> tuple[list[dict], list[dict]]:
    """(entities, links) as plain dicts: what both the chart and the link table are made of."""
    a = scoped_analysis(analysis, scope)
    subjects = a.subjects
    if len(subjects):
        order = subjects.assign(_c=subjects["cohort_id"].fillna("").replace("", "~"),
                                _t=subjects["type"].map({t: i for i, t in enumerate(ANB_TYPES)}).fillna(99))
        subjects = order.sort_values(["_c", "_t", "reports", "subject_id"], ascending=[True, True, False, True],
                                     kind="stable")
    entities = []
    for row in subjects.to_dict("records"):
        sid = _s(row["subject_id"])
        entities.append({
            "id": sid,
            "type": ANB_TYPES.get(str(row.get("type", "")).upper(), _s(row.get("type")).title() or "Entity"),
            "label": _s(row.get("name")) or sid,
            "attributes": _entity_attrs(row),
        })
    known = {e["id"] for e in entities}
    links = []
    for row in a.links.to_dict("records"):
        s, t = _s(row["source_id"]), _s(row["target_id"])
        if s not in known or t not in known:
            continue
        weight = int(row["weight"])
        links.append({
            "source": s,
            "target": t,
            "weight": weight,
            "label": f"{weight} shared report" + ("" if weight == 1 else "s"),
            "references": _s(row.get("references")),
        })
    return entities, links


def _chart(entities: list[dict], links: list[dict]) -> ET.Element:
    ids = iter(range(1, 10**9))

    def next_id() -> str:
        return f"ID{next(ids)}"

    chart = ET.Element("Chart")
    ET.SubElement(chart, "ApplicationVersion", Major="9", Minor="0", Point="0", Build="0")
    strengths = ET.SubElement(chart, "StrengthCollection")
    ET.SubElement(strengths, "Strength", Id=next_id(), Name="Default", DotStyle="DotStyleSolid")

    used_attrs = [name for name in ATTRIBUTE_CLASSES
                  if any(name in e["attributes"] for e in entities)
                  or (links and name in ("Shared reports", "References"))]
    class_ids: dict[str, str] = {}
    classes = ET.SubElement(chart, "AttributeClassCollection")
    for name in used_attrs:
        class_ids[name] = next_id()
        ET.SubElement(classes, "AttributeClass", Id=class_ids[name], Name=name, Type=ATTRIBUTE_CLASSES[name],
                      IsUser="true", UserCanAdd="true", UserCanRemove="true", ShowValue="true")

    type_ids: dict[str, str] = {}
    types = ET.SubElement(chart, "EntityTypeCollection")
    for entity in entities:
        if entity["type"] not in type_ids:
            type_ids[entity["type"]] = next_id()
            ET.SubElement(types, "EntityType", Id=type_ids[entity["type"]], Name=entity["type"],
                          PreferredRepresentation="RepresentAsIcon")
    link_types = ET.SubElement(chart, "LinkTypeCollection")
    link_type_id = next_id()
    ET.SubElement(link_types, "LinkType", Id=link_type_id, Name=LINK_TYPE)

    items = ET.SubElement(chart, "ChartItemCollection")
    entity_ids: dict[str, str] = {}
    columns = max(1, math.ceil(math.sqrt(len(entities) or 1)))
    for n, entity in enumerate(entities):
        entity_ids[entity["id"]] = str(n + 1)
        x, y = (n % columns) * _GRID, (n // columns) * _GRID
        item = ET.SubElement(items, "ChartItem", Id=next_id(), Label=entity["label"], XPosition=str(x))
        end = ET.SubElement(item, "End", X=str(x), Y=str(y), Z="0")
        ent = ET.SubElement(end, "Entity", EntityId=entity_ids[entity["id"]], Identity=entity["id"],
                            LabelIsIdentity="false")
        icon = ET.SubElement(ent, "Icon")
        ET.SubElement(icon, "IconStyle", Type=entity["type"], EntityTypeReference=type_ids[entity["type"]])
        if entity["attributes"]:
            coll = ET.SubElement(item, "AttributeCollection")
            for name, value in entity["attributes"].items():
                ET.SubElement(coll, "Attribute", AttributeClass=name, AttributeClassReference=class_ids[name],
                              Value=value)
    for link in links:
        item = ET.SubElement(items, "ChartItem", Id=next_id(), Label=link["label"])
        el = ET.SubElement(item, "Link", End1Id=entity_ids[link["source"]], End2Id=entity_ids[link["target"]])
        ET.SubElement(el, "LinkStyle", Strength="Default", Type=LINK_TYPE, LinkTypeReference=link_type_id,
                      LineWidth=str(min(10, link["weight"])))
        coll = ET.SubElement(item, "AttributeCollection")
        ET.SubElement(coll, "Attribute", AttributeClass="Shared reports",
                      AttributeClassReference=class_ids["Shared reports"], Value=str(link["weight"]))
        if link["references"]:
            ET.SubElement(coll, "Attribute", AttributeClass="References",
                          AttributeClassReference=class_ids["References"], Value=link["references"])
    return chart


def write_anx(
    analysis,
    out: str | Path | BinaryIO | None = None,
    *,
    scope: ExportScope | None = None,
) -> bytes:
    """Write the (scoped) subjects and links as an ANB .anx chart; return the bytes and save to ``out``."""
    entities, links = anx_items(analysis, scope)
    root = _chart(entities, links)
    ET.indent(root, space=" ")
    # tostring to str then one encode: ElementTree.write to a byte stream is ~3x slower.
    data = ('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode")).encode("utf-8")
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    elif out is not None:
        out.write(data)
    return data


_ATTR_COLUMNS = ("DOB", "Age", "SOI", "Flags", "Reports", "Cohort")


def entity_link_table(analysis, *, scope: ExportScope | None = None) -> pd.DataFrame:
    """One row per link: entity - link - entity with each end's attributes, for an i2 import spec.

    Only linked subjects appear (an import row needs two ends); the .anx chart carries the rest.
    """
    entities, links = anx_items(analysis, scope)
    by_id = {e["id"]: e for e in entities}
    columns = ["entity1_id", "entity1_type", "entity1_label", "link_label", "link_weight", "references",
               "entity2_id", "entity2_type", "entity2_label"]
    attr_cols = [f"entity{k}_{name.lower()}" for k in (1, 2) for name in _ATTR_COLUMNS]
    rows = []
    for link in links:
        e1, e2 = by_id[link["source"]], by_id[link["target"]]
        row = [e1["id"], e1["type"], e1["label"], link["label"], link["weight"], link["references"],
               e2["id"], e2["type"], e2["label"]]
        row += [e["attributes"].get(name, "") for e in (e1, e2) for name in _ATTR_COLUMNS]
        rows.append(row)
    frame = pd.DataFrame(rows, columns=columns + attr_cols)
    types = {c: "string" for c in frame.columns}
    types["link_weight"] = "int64"
    return frame.astype(types)
