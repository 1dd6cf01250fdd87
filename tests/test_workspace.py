"""Workspaces: exact round trip of a corrected analysis, a checkable manifest, refusal of bad files;
and the audit-trail events they carry."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from scanassist_core import audit, ingest, soi, workspace
from scanassist_core.demo import generate_demo
from scanassist_core.extract import Extractor, load_nlp
from scanassist_core.pipeline import analyse, rebuild
from scanassist_core.resolve import Corrections
from scanassist_core.settings import Settings
from scanassist_core.workspace import WorkspaceError, open_workspace, save_workspace

HOSTILE = (
    "Intelligence Reference,Intelligence Date,Intelligence Text\n"
    '=HYPERLINK("http://x"),01/01/2024,"<script>alert(1)</script> Gary WOOD seen at 3 Elm Road with 07700 900111."\n'
    'IR/2,02/01/2024,"Bell\x07 char and \u202eRTL override; Gary WOOD called 01632 960222. ""quoted"""\n'
    "IR/3,31/02/2024,\"Impossible date; Pat O'HARA (DOB 01/01/1980) met Gary WOOD.\"\n"
    ",03/01/2024,no reference here\n"
).encode("utf-8")


@pytest.fixture(scope="module")
def demo_analysis():
    """The demo (300 reports, three systems, one SOI list) with corrections and SOI decisions."""
    demo = generate_demo(n_reports=300)
    ing = ingest.ingest_files(list(demo.files.items()))
    entries = soi.combine_soi_lists([soi.read_soi_list(b, n) for n, b in demo.soi_files.items()])
    settings = Settings(min_cohort_size=3, seed=11)
    first = analyse(ing, settings=settings, soi_entries=entries)
    persons = first.subjects[first.subjects["type"] == "PERSON"].sort_values("reports", ascending=False)
    corrections = Corrections()
    corrections.merge(persons["subject_id"].iloc[[2, 3]].tolist(), first.subjects, first.mentions)
    corrections.not_a_subject(persons["subject_id"].iloc[4], first.subjects, first.mentions)
    decisions = {str(k): s for k, s in zip(first.soi_matches["match_key"].iloc[:2], ["confirmed", "rejected"])}
    analysis = analyse(ing, settings=settings, extractor=None, corrections=corrections, soi_entries=entries,
                       soi_decisions=decisions)
    analysis.run_info["audit"] = [audit.event("run", "analysis", reports=len(ing.reports))]
    return analysis


@pytest.fixture(scope="module")
def hostile_analysis():
    ing = ingest.ingest_files([("hostile.csv", HOSTILE)])
    return analyse(ing, extractor=Extractor(Settings(), nlp=load_nlp(Settings().spacy_model)))


EVENTS = [
    audit.file_event("rms.csv", b"a,b\n1,2\n", 1),
    audit.event("correction", "merged 2 subjects", count=2, ratio=0.5, ok=True),
    audit.event("export", "Excel workbook (all)"),
]


def _assert_same(a, b) -> None:
    for name in workspace.TABLES[:-1]:
        pd.testing.assert_frame_equal(getattr(b, name), getattr(a, name), obj=name)
    assert b.settings == a.settings
    assert b.run_info == a.run_info
    assert (b.corrections is None) == (a.corrections is None)
    if a.corrections is not None:
        assert b.corrections.ops == a.corrections.ops
    assert list(b.graph.nodes(data=True)) == list(a.graph.nodes(data=True))
    assert list(b.graph.edges(data=True)) == list(a.graph.edges(data=True))
    assert b.graph.graph == a.graph.graph


def test_round_trip_is_exact(demo_analysis):
    a = demo_analysis
    assert len(a.soi_matches) and len(a.cohorts) and a.corrections.ops  # the fixture exercises everything
    assert set(a.soi_matches["status"]) >= {"confirmed", "rejected"}
    restored, events = open_workspace(save_workspace(a, audit=EVENTS))
    _assert_same(a, restored)
    assert events == EVENTS
    assert restored.run_info["soi_decisions"] == a.run_info["soi_decisions"]


def test_reopened_corrections_still_work(demo_analysis):
    restored, _ = open_workspace(save_workspace(demo_analysis))
    again = rebuild(restored, corrections=restored.corrections)
    expected = rebuild(demo_analysis, corrections=demo_analysis.corrections)
    pd.testing.assert_frame_equal(again.subjects, expected.subjects)
    pd.testing.assert_frame_equal(again.soi_matches, expected.soi_matches)


def test_hostile_text_round_trips(hostile_analysis):
    a = hostile_analysis
    assert len(a.reports) == 3 and len(a.rejected) == 1
    restored, events = open_workspace(save_workspace(a))
    _assert_same(a, restored)
    assert events == [] and restored.corrections is None


def test_default_audit_comes_from_run_info(demo_analysis):
    _, events = open_workspace(save_workspace(demo_analysis))
    assert events == demo_analysis.run_info["audit"]


def test_empty_analysis_round_trips():
    from scanassist_core.pipeline import Analysis

    empty = Analysis.empty()
    restored, events = open_workspace(save_workspace(empty))
    for name in workspace.TABLES[:-1]:
        if name != "files":  # an empty frame without columns has no dtype to keep
            pd.testing.assert_frame_equal(getattr(restored, name), getattr(empty, name), obj=name)
    assert restored.graph.number_of_nodes() == 0 and events == []


def test_save_to_path_stream_and_open_path(demo_analysis, tmp_path):
    path = tmp_path / "ws.zip"
    blob = save_workspace(demo_analysis, path)
    assert path.read_bytes() == blob
    stream = io.BytesIO()
    save_workspace(demo_analysis, stream)
    assert zipfile.ZipFile(stream).namelist() == zipfile.ZipFile(io.BytesIO(blob)).namelist()
    restored, _ = open_workspace(path)
    pd.testing.assert_frame_equal(restored.subjects, demo_analysis.subjects)
    restored, _ = open_workspace(str(path))
    assert len(restored.reports) == len(demo_analysis.reports)


def test_manifest_describes_every_member(demo_analysis):
    blob = save_workspace(demo_analysis, audit=EVENTS)
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["format"] == "scanassist-workspace" and manifest["version"] == workspace.VERSION
        assert manifest["app_version"] and manifest["created_utc"].endswith("Z")
        listed = {t["member"]: t for t in manifest["tables"]}
        assert set(z.namelist()) == set(listed) | {"manifest.json"}
        for member, entry in listed.items():
            data = z.read(member)
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            if member.endswith(".parquet"):
                table = pq.read_table(io.BytesIO(data))
                assert table.schema.metadata is None  # no pandas blob telling a reader what to construct
                expected = len(EVENTS) if entry["name"] == "audit" else len(getattr(demo_analysis, entry["name"]))
                assert entry["rows"] == table.num_rows == expected
        state = json.loads(z.read("state.json"))
        assert state["corrections"]["ops"] == demo_analysis.corrections.ops
        assert state["settings"]["seed"] == 11


# ------------------------------------------------------------------------------ refusing bad files


def _members(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(members: dict[str, bytes], *, rehash: bool = False) -> bytes:
    """Re-pack members; with ``rehash`` the manifest's hashes are fixed up (a deliberate forgery)."""
    if rehash:
        manifest = json.loads(members["manifest.json"])
        for t in manifest["tables"]:
            if t["member"] in members:
                t["sha256"] = hashlib.sha256(members[t["member"]]).hexdigest()
        members = dict(members, **{"manifest.json": json.dumps(manifest).encode()})
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return sink.getvalue()


def _with_manifest(blob: bytes, **changes) -> bytes:
    members = _members(blob)
    manifest = json.loads(members["manifest.json"])
    manifest.update(changes)
    return _zip(dict(members, **{"manifest.json": json.dumps(manifest).encode()}))


@pytest.fixture(scope="module")
def blob(hostile_analysis) -> bytes:
    return save_workspace(hostile_analysis, audit=EVENTS)


def _refused(data, *words: str) -> str:
    with pytest.raises(WorkspaceError) as info:
        open_workspace(data)
    message = str(info.value)
    for word in words:
        assert word.lower() in message.lower(), message
    return message


def test_not_a_zip_truncated_or_empty(blob):
    _refused(b"PK\x03\x04 definitely not a workspace", "not a zip")
    _refused(b"", "not a zip")
    _refused(blob[: len(blob) // 2], "truncated")
    _refused("/nonexistent/ws.zip", "cannot be read")
    _refused(b"\x80\x03cos\nsystem\n(S'echo pwned'\ntR.", "not a zip")  # a pickle is just bytes here


def test_tampered_member_is_refused(blob):
    members = _members(blob)
    reports = bytearray(members["reports.parquet"])
    reports[len(reports) // 2] ^= 0xFF
    _refused(_zip(dict(members, **{"reports.parquet": bytes(reports)})), "reports.parquet", "SHA-256")
    state = json.loads(members["state.json"])
    state["settings"]["seed"] = 99
    _refused(_zip(dict(members, **{"state.json": json.dumps(state).encode()})), "state.json", "SHA-256")


def test_missing_and_extra_members_are_refused(blob):
    members = _members(blob)
    _refused(_zip({k: v for k, v in members.items() if k != "mentions.parquet"}), "mentions.parquet", "missing")
    _refused(_zip(dict(members, **{"notes.json": b"{}"})), "notes.json", "does not list")
    _refused(_zip({k: v for k, v in members.items() if k != "manifest.json"}), "no manifest")


def test_versions_and_formats(blob):
    _refused(_with_manifest(blob, version=workspace.VERSION + 1), "newer", "update")
    _refused(_with_manifest(blob, version=0), "version")
    _refused(_with_manifest(blob, version="1"), "version")
    _refused(_with_manifest(blob, format="something-else"), "not a Scan Assist workspace")
    _refused(_with_manifest(blob, tables="all of them"), "table list")
    members = _members(blob)
    _refused(_zip(dict(members, **{"manifest.json": b"{not json"})), "not valid JSON")


def test_unsafe_archives_are_refused(blob):
    members = _members(blob)
    _refused(_zip(dict(members, **{"../evil.json": b"{}"})), "disallowed name")
    _refused(_zip(dict(members, **{"/etc/passwd.json": b"{}"})), "disallowed name")
    _refused(_zip(dict(members, **{"sub/dir.parquet": b""})), "disallowed name")
    _refused(_zip(dict(members, **{f"junk_{i}.json": b"{}" for i in range(80)})), "members")
    bomb = _zip(dict(members, **{"bomb.json": b"\0" * 20_000_000}))
    assert len(bomb) < 200_000
    _refused(bomb, "zip bomb")
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z, pytest.warns(UserWarning, match="Duplicate name"):
        for name, data in members.items():
            z.writestr(name, data)
        z.writestr("reports.parquet", b"again")
    _refused(sink.getvalue(), "twice")


def test_forged_tables_with_fixed_hashes_are_still_checked(blob):
    members = _members(blob)
    manifest = json.loads(members["manifest.json"])
    entry = next(t for t in manifest["tables"] if t["name"] == "reports")
    entry["columns"][0][1] = "category"  # a dtype outside the whitelist
    forged = dict(members, **{"manifest.json": json.dumps(manifest).encode()})
    _refused(_zip(forged, rehash=True), "reports", "unsupported column type")
    _refused(_zip(dict(members, **{"subjects.parquet": b"PAR1 not really"}), rehash=True), "subjects",
             "not a readable Parquet")
    entry["columns"][0][1] = "int64"
    entry["rows"] += 1
    _refused(_zip(dict(members, **{"manifest.json": json.dumps(manifest).encode()}), rehash=True), "rows")
    # Swapping two tables' bytes (and hashes) is caught by the column check.
    swapped = dict(members, **{"links.parquet": members["cohorts.parquet"]})
    _refused(_zip(swapped, rehash=True), "links", "columns")


# ------------------------------------------------------------------------------ audit events


def test_event_shape_and_hostile_values():
    ev = audit.event("export", "Workbook\n=cmd|' /C calc'!A0\x00", scope="all", n=3, x=float("nan"), obj=[1, 2])
    assert list(ev)[:3] == ["time_utc", "action", "detail"]
    assert "\n" not in ev["detail"] and "\x00" not in ev["detail"]
    assert ev["n"] == 3 and ev["x"] is None and ev["obj"] == "[1, 2]" and ev["scope"] == "all"
    assert len(audit.event("a", "x" * 10_000)["detail"]) == 500
    assert audit.event("a", time_utc="2024-01-01 00:00:00")["time_utc"] == "2024-01-01 00:00:00"


def test_file_event_is_metadata_only():
    data = "Intelligence Text\nSecret report about Gary WOOD\n".encode()
    ev = audit.file_event("rms.csv", data, 1)
    assert ev["action"] == "file loaded" and ev["name"] == "rms.csv" and ev["rows"] == 1
    assert ev["size"] == len(data) and ev["sha256"] == hashlib.sha256(data).hexdigest()
    assert "WOOD" not in json.dumps(ev)


def test_audit_frame_columns():
    frame = audit.audit_frame(EVENTS)
    assert list(frame.columns[:3]) == ["time_utc", "action", "detail"]
    assert {"name", "size", "sha256", "rows", "count", "ratio", "ok"} <= set(frame.columns)
    assert len(frame) == 3 and frame.loc[0, "name"] == "rms.csv"
    assert list(audit.audit_frame([]).columns) == ["time_utc", "action", "detail"]


# ------------------------------------------------------------------------------ the app pages


def _app():
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    return at


NEW_FILE = (
    "Intelligence Reference,Intelligence Date,Intelligence Text\n"
    "PND/1,05/01/2024,Gary WOOD arrested at 3 Elm Road; phone 07700 900111 seized.\n"
    "PND/2,06/01/2024,Pat O'HARA visited Gary WOOD in custody.\n"
).encode()


def test_app_opens_a_workspace_then_adds_a_file_extracting_only_it(hostile_analysis):
    from scanassist_ui import state

    at = _app()
    at.file_uploader(key="open_workspace").set_value(
        [("ws.zip", save_workspace(hostile_analysis, audit=EVENTS), "application/zip")])
    at.run()
    assert not at.exception and not at.error
    restored = at.session_state[state.ANALYSIS]
    pd.testing.assert_frame_equal(restored.subjects, hostile_analysis.subjects)
    trail = at.session_state[state.AUDIT]
    assert trail[: len(EVENTS)] == EVENTS and trail[-1]["action"] == "workspace opened"
    assert at.session_state[state.EXTRACTOR].calls == 0

    at.file_uploader(key="upload_files").set_value([("pnd.csv", NEW_FILE, "text/csv")])
    at.run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Kept"] == str(len(hostile_analysis.reports) + 2)
    at.button(key="run_analysis").click().run()
    assert not at.exception
    after = at.session_state[state.ANALYSIS]
    assert len(after.reports) == len(hostile_analysis.reports) + 2
    assert at.session_state[state.EXTRACTOR].calls == 2  # only the two new reports
    assert any(e["action"] == "file staged" and e["name"] == "pnd.csv" for e in at.session_state[state.AUDIT])

    at.switch_page("pages/export.py")
    at.run()
    assert not at.exception
    exported_trail = at.session_state[state.ANALYSIS].run_info["audit"]
    assert any(e.get("name") == "pnd.csv" for e in exported_trail)
    assert exported_trail[-1]["action"] == "analysis run"
    buttons = {el.key: el.proto.label for el in at.get("download_button")}
    assert buttons["dl_workspace"] == "Save workspace (.zip)"


def test_app_refuses_a_bad_workspace_with_a_message():
    from scanassist_ui import state

    at = _app()
    at.file_uploader(key="open_workspace").set_value([("ws.zip", b"not a zip at all", "application/zip")])
    at.run()
    assert not at.exception
    assert any("cannot be opened" in e.value for e in at.error)
    assert at.session_state[state.AUDIT][-1]["action"] == "workspace refused"
    assert state.ANALYSIS not in at.session_state


def test_every_truncation_is_refused(blob):
    for cut in range(0, len(blob), max(1, len(blob) // 60)):
        _refused(blob[:cut])


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_corrupted_bytes_never_crash(blob, data):
    """Random damage to the file, or to one member with its hash forged: refused or opened, nothing else."""
    members = _members(blob)
    name = data.draw(st.sampled_from(sorted(members)))
    in_member = data.draw(st.booleans())
    target = bytearray(members[name] if in_member else blob)
    for _ in range(data.draw(st.integers(1, 8))):
        target[data.draw(st.integers(0, len(target) - 1))] = data.draw(st.integers(0, 255))
    rehash = name != "manifest.json"
    candidate = _zip(dict(members, **{name: bytes(target)}), rehash=rehash) if in_member else bytes(target)
    try:
        analysis, events = open_workspace(candidate)
    except WorkspaceError as error:
        assert str(error)
    else:
        assert isinstance(events, list) and len(analysis.reports) >= 0
