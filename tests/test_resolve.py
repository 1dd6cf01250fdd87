"""Entity resolution: name variants, DOB evidence, identifiers, addresses, ids, corrections."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from scanassist_core.resolve import (
    Corrections,
    names_compatible,
    person_variant_key,
    related_addresses,
    resolve,
)
from scanassist_core.schemas import MentionSchema, SubjectSchema

from _person_frames import person_mentions, report_frame

DATES = {n: pd.Timestamp("2024-01-01") + pd.Timedelta(days=30 * n) for n in range(1, 40)}


def reports(texts: dict[int, str] | None = None, ids: range | list[int] = range(1, 40)) -> pd.DataFrame:
    return report_frame(texts or {}, ids, DATES.__getitem__)


def mentions(*rows: tuple) -> pd.DataFrame:
    """rows: (report_id, type, text, key[, attrs]) — start offsets are made unique per report."""
    out = []
    pos: dict[int, int] = {}
    for row in rows:
        rid, typ, text, key = row[:4]
        attrs = row[4] if len(row) > 4 else {}
        start = pos.get(rid, 0)
        pos[rid] = start + len(text) + 1
        out.append(
            {
                "report_id": rid, "reference": f"IR{rid:04d}", "type": typ, "text": text,
                "start": start, "end": start + len(text), "key": key, "method": "rule",
                "attrs": attrs if isinstance(attrs, str) else json.dumps(attrs), "subject_id": "",
            }
        )
    return pd.DataFrame(out).astype(MentionSchema.columns)


def P(rid: int, text: str, key: str, **attrs: object) -> tuple:
    return (rid, "PERSON", text, key, attrs)


def groups(m: pd.DataFrame) -> list[set[str]]:
    """Mention texts grouped by resolved subject, as a sorted list of sets."""
    g = m[m["subject_id"] != ""].groupby("subject_id")["text"].apply(lambda s: set(s))
    return sorted(g.tolist(), key=lambda s: sorted(s))


def same(m: pd.DataFrame, a: str, b: str) -> bool:
    ids_a = set(m.loc[m["text"] == a, "subject_id"])
    ids_b = set(m.loc[m["text"] == b, "subject_id"])
    assert ids_a and ids_b, (a, b)
    return bool(ids_a & ids_b)


# ------------------------------------------------------------------ person variant kinds


def test_reordered_and_case_forms_are_one_person() -> None:
    subj, m = resolve(
        mentions(P(1, "John SMITH", "john smith"), P(2, "SMITH, John", "john smith"), P(3, "John Smith", "john smith")),
        reports(),
    )
    assert len(subj) == 1
    assert subj.loc[0, "name"] == "John SMITH"
    assert subj.loc[0, "reports"] == 3
    assert set(m["subject_id"]) == {subj.loc[0, "subject_id"]}


def test_initial_form_joins_full_name_in_same_report() -> None:
    _, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith"), P(1, "J. SMITH", "j smith", initial_only=True),
            P(2, "James SMITH", "james smith"), P(3, "John SMITH", "john smith"),
        ),
        reports(),
    )
    assert same(m, "J. SMITH", "John SMITH")
    assert not same(m, "J. SMITH", "James SMITH")


def test_initial_form_elsewhere_joins_only_when_one_person_fits() -> None:
    _, m = resolve(mentions(P(1, "John SMITH", "john smith"), P(2, "J. SMITH", "j smith")), reports())
    assert same(m, "J. SMITH", "John SMITH")
    _, m = resolve(
        mentions(P(1, "John SMITH", "john smith"), P(2, "James SMITH", "james smith"), P(3, "J. SMITH", "j smith")),
        reports(),
    )
    assert not same(m, "J. SMITH", "John SMITH")
    assert not same(m, "J. SMITH", "James SMITH")


def test_nickname_forms_join() -> None:
    _, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith"), P(2, "Johnny SMITH", "johnny smith"),
            P(3, "Gary JONES", "gary jones"), P(4, "Gaz JONES", "gaz jones"),
            P(5, "David BROWN", "david brown"), P(6, "Dave BROWN", "dave brown"),
        ),
        reports(),
    )
    assert same(m, "Johnny SMITH", "John SMITH")
    assert same(m, "Gaz JONES", "Gary JONES")
    assert same(m, "Dave BROWN", "David BROWN")
    assert len(groups(m)) == 3


def test_middle_name_joins_but_different_middle_names_do_not() -> None:
    subj, m = resolve(
        mentions(P(1, "John SMITH", "john smith"), P(2, "John Paul SMITH", "john paul smith")), reports()
    )
    assert same(m, "John SMITH", "John Paul SMITH")
    assert subj.loc[0, "name"] == "John Paul SMITH"  # the most complete form
    _, m = resolve(
        mentions(P(1, "John Paul SMITH", "john paul smith"), P(2, "John Peter SMITH", "john peter smith")), reports()
    )
    assert not same(m, "John Paul SMITH", "John Peter SMITH")


def test_aka_nickname_joins_and_is_listed_as_alias() -> None:
    subj, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith", alias="Smudge"),
            P(1, "Smudge", "smudge", alias_of="john smith"),
            P(2, "SMUDGE", "smudge"),
            P(3, "Ann SMUDGE", "ann smudge"),
        ),
        reports(),
    )
    assert same(m, "Smudge", "John SMITH")
    assert same(m, "SMUDGE", "John SMITH")  # a known alias of exactly one person
    assert not same(m, "Ann SMUDGE", "John SMITH")
    row = subj[subj["name"] == "John SMITH"].iloc[0]
    assert "smudge" in [a.casefold() for a in row["aliases"].split("; ")]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Mohammed ALI", "Muhammad ALI"),
        ("Mohammad ALI", "Muhammad ALI"),
        ("Steven WARD", "Stephen WARD"),
        ("Jon WARD", "John WARD"),
        ("Sean KELLY", "Shaun KELLY"),
    ],
)
def test_spelling_variants_join(a: str, b: str) -> None:
    _, m = resolve(mentions(P(1, a, a.lower()), P(2, b, b.lower())), reports())
    assert same(m, a, b)


def test_different_forenames_stay_apart_even_through_a_shared_nickname() -> None:
    _, m = resolve(
        mentions(
            P(1, "Terence HILL", "terence hill"), P(2, "Terry HILL", "terry hill"), P(3, "Teresa HILL", "teresa hill"),
            P(4, "Ian HILL", "ian hill"), P(5, "John HILL", "john hill"), P(6, "James HILL", "james hill"),
        ),
        reports(),
    )
    assert not same(m, "Terence HILL", "Teresa HILL")
    assert not same(m, "Ian HILL", "John HILL")
    assert not same(m, "James HILL", "John HILL")


# ------------------------------------------------------------------ DOB evidence


def test_same_name_different_dob_are_different_people() -> None:
    subj, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith", dob="1990-01-01"),
            P(2, "John SMITH", "john smith", dob="1985-06-30"),
            P(3, "John SMITH", "john smith"),  # which one? ambiguous: stays apart
        ),
        reports(),
    )
    assert len(subj) == 3
    assert sorted(subj["dob"]) == ["", "1985-06-30", "1990-01-01"]


def test_no_dob_mention_joins_the_dob_person_of_its_report_or_the_only_one() -> None:
    _, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith", dob="1990-01-01"),
            P(2, "John SMITH", "john smith", dob="1985-06-30"),
            P(2, "SMITH, John", "john smith"),
        ),
        reports(),
    )
    assert same(m, "SMITH, John", "John SMITH")
    assert set(m.loc[m["text"] == "SMITH, John", "subject_id"]) == set(
        m.loc[(m["report_id"] == 2) & (m["text"] == "John SMITH"), "subject_id"]
    )
    _, m = resolve(
        mentions(P(1, "John SMITH", "john smith", dob="1990-01-01"), P(2, "Johnny SMITH", "johnny smith")),
        reports(),
    )
    assert same(m, "Johnny SMITH", "John SMITH")


def test_matching_dob_with_close_name_is_the_same_person() -> None:
    _, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith", dob="1990-01-01"),
            P(2, "Jon SMYTHE", "jon smythe", dob="1990-01-01"),
            P(3, "John SMITHE", "john smithe", dob="1990-01-01"),
            P(4, "John BROWN", "john brown", dob="1990-01-01"),
            P(5, "Jon SMYTHE", "jon smythe", dob="1971-02-02"),
        ),
        reports(),
    )
    assert same(m, "Jon SMYTHE", "John SMITH")
    assert same(m, "John SMITHE", "John SMITH")
    assert not same(m, "John BROWN", "John SMITH")
    assert len(groups(m)) == 3


def test_conflicting_stated_ages_keep_people_apart() -> None:
    _, m = resolve(
        mentions(P(1, "Kyle PRICE (15)", "kyle price", age=15), P(2, "Kyle PRICE (52)", "kyle price", age=52)),
        reports(),
    )
    assert not same(m, "Kyle PRICE (15)", "Kyle PRICE (52)")


# ------------------------------------------------------------------ bare surnames


def test_bare_surname_joins_only_the_one_full_name_in_its_report() -> None:
    _, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith"), P(1, "SMITH", "smith"),
            P(2, "Smith", "smith"),  # no full name in this report: its own subject
            P(3, "John SMITH", "john smith"), P(3, "Jane SMITH", "jane smith"), P(3, "SMITH.", "smith"),
        ),
        reports(),
    )
    assert same(m, "SMITH", "John SMITH")
    assert not same(m, "Smith", "John SMITH")
    assert not same(m, "SMITH.", "John SMITH") and not same(m, "SMITH.", "Jane SMITH")


# ------------------------------------------------------------------ identifiers


def test_identifiers_resolve_on_normalised_keys() -> None:
    subj, m = resolve(
        mentions(
            (1, "PHONE", "07700 900123", "+447700900123"), (2, "PHONE", "+44 7700 900123", "+447700900123"),
            (3, "PHONE", "01632 960001", "+441632960001"),
            (1, "VEHICLE", "AB12 CDE", "AB12CDE"), (2, "VEHICLE", "ab12cde", "ab12cde"),
            (1, "EMAIL", "Jo.Bloggs@Example.com", "jo.bloggs@example.com"),
            (2, "EMAIL", "jo.bloggs@example.com", "JO.BLOGGS@example.com"),
            (1, "ORGANISATION", "The Red Lion", "the red lion"), (2, "ORGANISATION", "RED LION.", "red lion."),
            (1, "LOCATION", "Mill Park", "mill park"), (3, "LOCATION", "the Mill Park", "the mill park"),
        ),
        reports(),
    )
    counts = subj.groupby("type").size().to_dict()
    assert counts == {"PHONE": 2, "VEHICLE": 1, "EMAIL": 1, "ORGANISATION": 1, "LOCATION": 1}
    assert subj.loc[subj["type"] == "VEHICLE", "key"].item() == "AB12CDE"
    assert same(m, "07700 900123", "+44 7700 900123") and not same(m, "07700 900123", "01632 960001")


def test_unknown_platform_handle_joins_only_an_unambiguous_platform_handle() -> None:
    _, m = resolve(
        mentions(
            (1, "SOCIAL", "@Smudge_99 on Instagram", "instagram:Smudge_99"),
            (2, "SOCIAL", "@smudge_99", "unknown:smudge_99"),
            (1, "SOCIAL", "snap: gazza", "snapchat:gazza"), (2, "SOCIAL", "tiktok gazza", "tiktok:gazza"),
            (3, "SOCIAL", "@gazza", "unknown:gazza"),
        ),
        reports(),
    )
    assert same(m, "@smudge_99", "@Smudge_99 on Instagram")
    assert not same(m, "@gazza", "snap: gazza") and not same(m, "@gazza", "tiktok gazza")
    assert not same(m, "snap: gazza", "tiktok gazza")


def test_flat_and_building_are_related_not_merged() -> None:
    subj, m = resolve(
        mentions(
            (1, "ADDRESS", "Flat 2, 12 Mill Lane, AB1 2CD", "AB1 2CD|2|12|Mill Lane"),
            (2, "ADDRESS", "12 Mill Ln, AB12CD", "AB12CD||12|Mill Ln"),
            (3, "ADDRESS", "Flat 3, 12 Mill Lane", "AB1 2CD|Flat 3|12|mill lane"),
            (4, "ADDRESS", "14 Mill Lane AB1 2CD", "AB1 2CD||14|Mill Lane"),
        ),
        reports(),
    )
    assert len(subj) == 4
    rel = related_addresses(subj)
    ids = dict(zip(m["text"], m["subject_id"]))
    got = {(r.source_id, r.target_id, r.relation) for r in rel.itertuples()}
    building = ids["12 Mill Ln, AB12CD"]
    assert (ids["Flat 2, 12 Mill Lane, AB1 2CD"], building, "flat_in") in got
    assert (ids["Flat 3, 12 Mill Lane"], building, "flat_in") in got
    assert any(r == "same_building" for *_, r in got)
    assert not any(ids["14 Mill Lane AB1 2CD"] in (s, t) for s, t, _ in got)


def test_address_without_postcode_joins_only_when_unambiguous() -> None:
    _, m = resolve(
        mentions(
            (1, "ADDRESS", "12 Mill Lane, AB1 2CD", "AB1 2CD||12|Mill Lane"),
            (2, "ADDRESS", "12 Mill Lane", "||12|Mill Lane"),
            (1, "ADDRESS", "3 High Street, XY1 1AA", "XY1 1AA||3|High Street"),
            (2, "ADDRESS", "3 High St, ZZ9 9ZZ", "ZZ9 9ZZ||3|High St"),
            (3, "ADDRESS", "3 High St.", "||3|High St."),
        ),
        reports(),
    )
    assert same(m, "12 Mill Lane", "12 Mill Lane, AB1 2CD")
    assert not same(m, "3 High St.", "3 High Street, XY1 1AA")
    assert not same(m, "3 High St.", "3 High St, ZZ9 9ZZ")


# ------------------------------------------------------------------ subject fields


def test_subject_fields_dob_age_flags_and_aliases() -> None:
    text1 = "John SMITH (01/05/2008) was reported missing from home by his mother."
    text3 = "MISPER report closed for Ann DOE. Associate Kyle PRICE seen nearby."
    subj, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith", dob="2008-05-01"),
            P(2, "SMITH, John", "john smith"), P(3, "SMITH, John", "john smith", dob="2008-05-01"),
            P(3, "Kyle PRICE", "kyle price", age=30),
            P(9, "Kyle PRICE", "kyle price", age=31),
        ).assign(start=lambda d: d["start"].where(d["report_id"] != 3, [0] * len(d))),
        reports({1: text1, 3: text3}),
    )
    assert SubjectSchema.validate(subj) is not None
    john = subj[subj["dob"] == "2008-05-01"].iloc[0]
    assert john["name"] == "John SMITH"
    assert john["aliases"].split("; ")[0] == "SMITH, John"  # most frequent first
    assert john["reports"] == 3
    assert john["first_seen"] == DATES[1] and john["last_seen"] == DATES[3]
    assert john["age"] == _age(pd.Timestamp("2008-05-01"), DATES[3])
    assert john["flags"].split("; ") == ["child", "missing"]
    kyle = subj[subj["name"] == "Kyle PRICE"].iloc[0]
    assert kyle["age"] == 31  # the stated age in the latest report, not today
    assert "missing" not in kyle["flags"]  # MISPER is in another sentence
    assert subj["soi"].eq(False).all() and subj["cohort_id"].eq("").all()


def _age(dob: pd.Timestamp, when: pd.Timestamp) -> int:
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ------------------------------------------------------------------ determinism and stability


def _corpus() -> pd.DataFrame:
    return mentions(
        P(1, "John SMITH", "john smith", dob="1990-01-01"), P(2, "Johnny SMITH", "johnny smith"),
        P(3, "Mohammed ALI", "mohammed ali"), P(4, "Muhammad ALI", "muhammad ali"),
        (1, "PHONE", "07700 900123", "+447700900123"), (3, "VEHICLE", "AB12CDE", "AB12CDE"),
        (2, "ADDRESS", "12 Mill Lane, AB1 2CD", "AB1 2CD||12|Mill Lane"),
    )


def test_ids_are_deterministic_and_survive_added_files() -> None:
    base = _corpus()
    s1, m1 = resolve(base, reports())
    s2, m2 = resolve(base.sample(frac=1.0, random_state=3), reports())
    assert dict(zip(s1["key"], s1["subject_id"])) == dict(zip(s2["key"], s2["subject_id"]))
    assert m1["subject_id"].tolist() == m2.sort_index()["subject_id"].tolist()
    more = pd.concat(
        [base, mentions(P(20, "Sarah JONES", "sarah jones"), (20, "PHONE", "01632 960001", "+441632960001"))],
        ignore_index=True,
    )
    s3, _ = resolve(more, reports())
    assert set(s1["subject_id"]) < set(s3["subject_id"])
    assert len(s3) == len(s1) + 2
    assert s1["subject_id"].str.match(r"^(PER|PHN|VEH|ADR)-[0-9A-F]{10}$").all()


# ------------------------------------------------------------------ corrections


def test_corrections_merge_split_not_a_subject_and_undo() -> None:
    base = mentions(
        P(1, "John SMITH", "john smith"), P(2, "Jack SMITH", "jack smith"),
        P(3, "Kyle PRICE", "kyle price"), P(4, "K. PRICE", "k price"),
        (5, "ORGANISATION", "Police Station", "police station"),
    )
    subj, m = resolve(base, reports())
    ids = dict(zip(m["text"], m["subject_id"]))
    assert ids["John SMITH"] != ids["Jack SMITH"] and ids["Kyle PRICE"] == ids["K. PRICE"]

    corr = Corrections()
    corr.merge([ids["John SMITH"], ids["Jack SMITH"]], subj, m)
    corr.split(ids["Kyle PRICE"], ["K. PRICE"], subj, m)
    corr.not_a_subject(ids["Police Station"], subj, m)
    corr = Corrections.from_json(corr.to_json())
    s2, m2 = resolve(base, reports(), corr)
    assert same(m2, "John SMITH", "Jack SMITH")
    assert not same(m2, "Kyle PRICE", "K. PRICE")
    assert m2.loc[m2["text"] == "Police Station", "subject_id"].item() == ""
    assert "ORGANISATION" not in set(s2["type"])
    assert [e["name"] for e in corr.excluded] == ["Police Station"]

    corr.undo(corr.excluded[0]["index"])
    s3, m3 = resolve(base, reports(), corr)
    assert m3.loc[m3["text"] == "Police Station", "subject_id"].item() != ""


def test_corrections_reapply_after_adding_files() -> None:
    base = mentions(
        P(1, "John SMITH", "john smith"), P(2, "Jack SMITH", "jack smith"),
        P(3, "Kyle PRICE", "kyle price"), P(3, "K. PRICE", "k price"),
    )
    subj, m = resolve(base, reports())
    ids = dict(zip(m["text"], m["subject_id"]))
    corr = Corrections()
    corr.merge([ids["John SMITH"], ids["Jack SMITH"]], subj)  # key anchors only
    corr.split(ids["Kyle PRICE"], ["K. PRICE"], subj, m)
    saved = corr.to_json()

    # New file: a fuller name changes John's canonical key (and id); new K. PRICE mentions.
    more = pd.concat(
        [base, mentions(P(7, "John Paul SMITH", "john paul smith"), P(7, "Jack SMITH", "jack smith"),
                        P(8, "Kyle PRICE", "kyle price"), P(8, "K. PRICE", "k price"))],
        ignore_index=True,
    )
    s2, m2 = resolve(more, reports(), Corrections.from_json(saved))
    assert m2.loc[m2["text"].isin(["John SMITH", "Jack SMITH", "John Paul SMITH"]), "subject_id"].nunique() == 1
    assert s2.loc[s2["subject_id"] == m2.loc[0, "subject_id"], "name"].item() == "John Paul SMITH"
    kp = set(m2.loc[m2["text"] == "K. PRICE", "subject_id"])
    assert len(kp) == 1 and kp.isdisjoint(set(m2.loc[m2["text"] == "Kyle PRICE", "subject_id"]))


def test_stale_correction_is_inactive_not_harmful() -> None:
    base = mentions(P(1, "John SMITH", "john smith"), P(2, "Ann JONES", "ann jones"))
    subj, m = resolve(base, reports())
    corr = Corrections()
    corr.not_a_subject(m.loc[0, "subject_id"], subj, m)
    other = mentions(P(1, "Ann JONES", "ann jones"))
    s2, m2 = resolve(other, reports(), corr)
    assert m2["subject_id"].ne("").all() and len(s2) == 1


# ------------------------------------------------------------------ helpers and hostile input


def test_names_compatible_scores() -> None:
    assert names_compatible("John SMITH", "SMITH, John") == 1.0
    assert names_compatible("Johnny Smith", "John SMITH") >= 0.85
    assert names_compatible("Muhammad Ali", "Mohammed ALI") >= 0.85
    assert 0.5 <= names_compatible("J. Smith", "John Smith") < 0.85
    assert names_compatible("John Paul Smith", "John Peter Smith") < 0.85
    assert names_compatible("John Smith", "James Smith") < 0.5
    assert names_compatible("John Smith", "John Brown") < 0.5


def test_person_variant_key() -> None:
    assert person_variant_key("SMITH, Johnny") == person_variant_key("John Smith") == "john smith"
    assert person_variant_key("Muhammad ALI") == person_variant_key("Mohammed Ali")
    assert person_variant_key("Gaz JONES") == "gary jones"
    assert person_variant_key("Mr John Paul SMITH") == "john smith"


def test_hostile_and_empty_input() -> None:
    bad = mentions(
        (1, "PERSON", "=HYPERLINK(\"x\")", "", "not json"),
        (1, "PERSON", "<b>John SMITH</b>", "john smith", "[1,2]"),
        (2, "PHONE", "", "", {}),
    )
    subj, m = resolve(bad, reports({1: "\x00\x1b<script>"}))
    assert len(m) == 3 and (m["subject_id"] != "").sum() >= 1
    junk = Corrections.from_json(json.dumps({"ops": [
        {"op": "merge", "subjects": [{"type": "PERSON", "key": "x", "mention": ["a", "b"]}, 3]},
        {"op": "split", "subject": {"type": "PERSON", "key": "john smith|"}, "variants": [1], "mentions": [None]},
        {"op": "not_a_subject", "subject": "nonsense"}, "garbage",
    ]}))
    assert len(junk.ops) == 3
    s_junk, m_junk = resolve(bad, reports({1: "\x00\x1b<script>"}), junk)
    assert m_junk["subject_id"].tolist() == m["subject_id"].tolist()
    empty_s, empty_m = resolve(MentionSchema.empty(), reports())
    assert empty_s.empty and list(empty_s.columns) == SubjectSchema.names() and empty_m.empty


# ------------------------------------------------------------------ partial forms, aliases in the text


def from_texts(texts: dict[int, str], names: dict[int, list[str]], attrs: dict[tuple[int, str], dict] | None = None):
    """Person mentions at their real offsets, with this file's report dates."""
    return person_mentions(texts, names, attrs), reports(texts)


def test_aka_cue_in_the_text_joins_the_nickname_and_it_follows_across_reports() -> None:
    texts = {
        1: 'Aaron McDONALD (DOB 02/11/1998) aka "Mackie" runs the line. McDONALD drives a Golf.',
        2: 'Callum REID known as "Reidy" was with him. "Mackie" was seen at the station.',
        3: 'Jordan said little. He mentioned a male called "Smudge" who gives him lifts.',
    }
    m, r = from_texts(
        texts, {1: ["Aaron McDONALD", "Mackie", "McDONALD"], 2: ["Callum REID", "Reidy", "Mackie"], 3: ["Jordan", "Smudge"]}
    )
    _, out = resolve(m, r)
    assert same(out, "Mackie", "Aaron McDONALD") and same(out, "McDONALD", "Aaron McDONALD")
    assert len(set(out.loc[out["text"] == "Mackie", "subject_id"])) == 1  # report 2's too
    assert same(out, "Reidy", "Callum REID") and not same(out, "Reidy", "Aaron McDONALD")
    assert not same(out, "Smudge", "Jordan")  # 'called' after a sentence break is no alias cue


def test_nickname_cue_after_a_bare_surname_and_a_known_alias_settles_an_ambiguous_surname() -> None:
    texts = {
        1: 'Abdirahman Mohamed FARAH (DOB 09/09/2005) was stopped. FARAH is known to use the nickname "Abdi".',
        2: 'Gurpreet Singh SANDHU aka "Gippy" sells cannabis. His brother Balwinder SANDHU drives.',
        3: "Vehicle linked to SANDHU (aka GIPPY). Suspected drug run.",
    }
    m, r = from_texts(
        texts,
        {1: ["Abdirahman Mohamed FARAH", "FARAH", "Abdi"], 2: ["Gurpreet Singh SANDHU", "Gippy", "Balwinder SANDHU"],
         3: ["SANDHU", "GIPPY"]},
    )
    _, out = resolve(m, r)
    assert same(out, "Abdi", "Abdirahman Mohamed FARAH")
    assert same(out, "GIPPY", "Gurpreet Singh SANDHU") and same(out, "SANDHU", "Gurpreet Singh SANDHU")
    assert not same(out, "SANDHU", "Balwinder SANDHU")


def test_bare_forename_and_nickname_fit_the_full_name_in_their_report() -> None:
    _, m = resolve(
        mentions(
            P(1, "Siobhan KELLY", "siobhan kelly"), P(1, "John SMITH", "john smith"),
            P(1, "Siobhan", "siobhan"), P(1, "Johnny", "johnny"), P(1, "KELLY", "kelly"),
        ),
        reports(),
    )
    assert same(m, "Siobhan", "Siobhan KELLY") and same(m, "KELLY", "Siobhan KELLY")
    assert same(m, "Johnny", "John SMITH")
    assert len(groups(m)) == 2


def test_bare_surname_means_the_adult_when_the_other_namesake_is_a_stated_child() -> None:
    _, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith", dob="1990-02-01"), P(1, "Maisie SMITH", "maisie smith", age=4),
            P(1, "SMITH", "smith"),
            P(2, "Paul JONES", "paul jones"), P(2, "Peter JONES", "peter jones"), P(2, "JONES", "jones"),
        ),
        reports(),
    )
    assert same(m, "SMITH", "John SMITH") and not same(m, "SMITH", "Maisie SMITH")
    assert not same(m, "JONES", "Paul JONES") and not same(m, "JONES", "Peter JONES")  # two adults: open


def test_partial_forms_across_reports_join_the_one_person_who_fits() -> None:
    _, m = resolve(
        mentions(
            P(1, "Aaron McDONALD", "aaron mcdonald", dob="1998-11-02"), P(1, "Kai JOSEPH", "kai joseph", age=16),
            P(2, "McDONALD", "mcdonald"),
            P(3, "kai", "kai"),
            P(4, "JOSEPH (45)", "joseph", age=45),  # stated age conflicts: someone else
            P(5, "A. McDONALD", "a mcdonald", dob="1970-01-01"),  # DOB conflicts: someone else
        ),
        reports(),
    )
    assert same(m, "McDONALD", "Aaron McDONALD")
    assert same(m, "kai", "Kai JOSEPH")
    assert not same(m, "JOSEPH (45)", "Kai JOSEPH")
    assert not same(m, "A. McDONALD", "Aaron McDONALD")


def test_ambiguous_partial_form_goes_to_the_person_seen_with_the_same_people() -> None:
    _, m = resolve(
        mentions(
            P(1, "John SMITH", "john smith"), P(1, "Siobhan KELLY", "siobhan kelly"),
            P(2, "Maisie SMITH", "maisie smith"), P(2, "Tom BROWN", "tom brown"),
            P(3, "smith", "smith"), P(3, "siobhan", "siobhan"),
            P(4, "SMITH", "smith"),  # no one alongside: stays open
        ),
        reports(),
    )
    assert same(m, "siobhan", "Siobhan KELLY")
    assert same(m, "smith", "John SMITH") and not same(m, "smith", "Maisie SMITH")
    assert not same(m, "SMITH", "John SMITH") and not same(m, "SMITH", "Maisie SMITH")


def test_surname_first_in_capitals_and_particles() -> None:
    _, m = resolve(
        mentions(
            P(1, "NOWAK Bartosz", "nowak bartosz"), P(2, "Bartosz NOWAK", "bartosz nowak"),
            # the extractor read the capitals as a forename: the written case still decides
            P(3, "OSULLIVAN Mason", "osullivan mason", forename="OSULLIVAN", surname="Mason"),
            P(4, "Mason OSULLIVAN", "mason osullivan", forename="Mason", surname="OSULLIVAN"),
            P(5, "Ryan DE SOUZA", "ryan de souza"), P(5, "DE SOUZA", "de souza"),
            P(6, "Jan van der BERG", "jan van der berg"), P(7, "Jan BERG", "jan berg"),
        ),
        reports(),
    )
    assert same(m, "NOWAK Bartosz", "Bartosz NOWAK")
    assert same(m, "OSULLIVAN Mason", "Mason OSULLIVAN")
    assert same(m, "DE SOUZA", "Ryan DE SOUZA")
    assert not same(m, "Jan van der BERG", "Jan BERG")


def test_label_words_a_span_took_in_and_curly_apostrophes_do_not_split_a_person() -> None:
    _, m = resolve(
        mentions(
            P(1, "Mason O'SULLIVAN", "mason o'sullivan", forename="Mason", surname="O'SULLIVAN", alias="K-Dog"),
            P(1, "K-Dog", "k-dog", alias_of="mason o\u2019sullivan"),
            P(2, "Mason O'Sullivan AKA", "mason o'sullivan aka", forename="Mason", middle="O'Sullivan", surname="AKA"),
            P(3, "Mason O\u2019SULLIVAN", "mason o\u2019sullivan", forename="Mason", surname="O\u2019SULLIVAN"),
            P(4, "Christopher EVANS D O B", "christopher evans d o b"),
            P(5, "Christopher EVANS", "christopher evans"),
            P(6, "Mum Karen", "mum karen", forename="Mum", surname="Karen"), P(7, "Karen WRIGHT", "karen wright"),
        ),
        reports(),
    )
    assert same(m, "Mason O'Sullivan AKA", "Mason O'SULLIVAN") and same(m, "Mason O\u2019SULLIVAN", "Mason O'SULLIVAN")
    assert same(m, "K-Dog", "Mason O'SULLIVAN")
    assert same(m, "Christopher EVANS D O B", "Christopher EVANS")
    assert same(m, "Mum Karen", "Karen WRIGHT")


# ---------------------------------------------------------------- round 2: false merges


def test_full_shaped_alias_shared_by_two_people_does_not_merge_them() -> None:
    texts = {
        1: 'Mohammed ROBERTS (DOB 28/11/1995) aka "Lil T" runs the line.',
        2: 'Mohammed ROBERTS known as "Lil T" was stopped in Redditch.',
        3: "Logins linked to HUGHES-PARRY, Kyle AKA 'LIL T' account.",
        4: "K. HUGHES-PARRY is supplying cannabis to students.",
        5: "Lil T was seen with Mohammed ROBERTS at the garage.",
        6: "Source says Lil T has a machete.",
    }
    m, r = from_texts(texts, {
        1: ["Mohammed ROBERTS", "Lil T"], 2: ["Mohammed ROBERTS", "Lil T"], 3: ["HUGHES-PARRY, Kyle", "LIL T"],
        4: ["K. HUGHES-PARRY"], 5: ["Lil T", "Mohammed ROBERTS"], 6: ["Lil T"],
    })
    subjects, out = resolve(m, r)
    assert not same(out, "HUGHES-PARRY, Kyle", "Mohammed ROBERTS")
    assert not same(out, "K. HUGHES-PARRY", "Mohammed ROBERTS")
    sid = dict(zip(zip(out["report_id"], out["text"]), out["subject_id"]))
    # each 'aka' mention goes with the name it follows
    assert sid[(1, "Lil T")] == sid[(1, "Mohammed ROBERTS")] == sid[(2, "Lil T")]
    assert sid[(3, "LIL T")] == sid[(3, "HUGHES-PARRY, Kyle")]
    # a bare 'Lil T' next to one of the candidates goes with that one; alone it stays apart
    assert sid[(5, "Lil T")] == sid[(1, "Mohammed ROBERTS")]
    assert sid[(6, "Lil T")] not in {sid[(1, "Mohammed ROBERTS")], sid[(3, "HUGHES-PARRY, Kyle")]}
    roberts = subjects.set_index("subject_id").loc[sid[(1, "Mohammed ROBERTS")], "aliases"]
    assert "HUGHES" not in roberts.upper() and "Kyle" not in roberts


def test_alias_used_by_one_person_still_joins_their_bare_mentions() -> None:
    texts = {
        1: 'Lee KAVANAGH (DOB 26/11/1983) aka "Mad Max" holds the line.',
        2: 'Lee KAVANAGH known as "Mad Max" was arrested.',
        3: "Mad Max was seen in Worcester.",
    }
    m, r = from_texts(texts, {1: ["Lee KAVANAGH", "Mad Max"], 2: ["Lee KAVANAGH", "Mad Max"], 3: ["Mad Max"]})
    _, out = resolve(m, r)
    assert out["subject_id"].nunique() == 1


def test_false_name_of_another_real_person_keeps_two_surnames_apart() -> None:
    texts = {
        1: 'Zoe SMITH (DOB 01/02/1999) gave a false name of "Leah JONES" when stopped.',
        2: "Leah JONES (DOB 05/06/2001) reported her bike stolen.",
        3: "Leah JONES (DOB 05/06/2001) attended the station.",
    }
    m, r = from_texts(texts, {1: ["Zoe SMITH", "Leah JONES"], 2: ["Leah JONES"], 3: ["Leah JONES"]},
                      {(1, "Zoe SMITH"): {"dob": "1999-02-01"}, (2, "Leah JONES"): {"dob": "2001-06-05"},
                       (3, "Leah JONES"): {"dob": "2001-06-05"}})
    _, out = resolve(m, r)
    sid = dict(zip(zip(out["report_id"], out["text"]), out["subject_id"]))
    assert sid[(1, "Leah JONES")] == sid[(1, "Zoe SMITH")]
    assert sid[(2, "Leah JONES")] == sid[(3, "Leah JONES")] != sid[(1, "Zoe SMITH")]


def test_alias_cue_after_a_second_party_is_not_an_alias_of_the_first() -> None:
    texts = {1: "Mason O'SULLIVAN is in daily contact with Nate Pearson aka Dinks. Both travel."}
    # the extractor missed 'Nate Pearson' as a person: Dinks must not become O'SULLIVAN's alias
    m, r = from_texts(texts, {1: ["Mason O'SULLIVAN", "Dinks"]})
    _, out = resolve(m, r)
    assert not same(out, "Dinks", "Mason O'SULLIVAN")
    texts2 = {1: 'FARAH is known to use the nickname "Abdi". Gurpreet SANDHU and his brother aka "Gip" left.'}
    m2, r2 = from_texts(texts2, {1: ["FARAH", "Abdi", "Gurpreet SANDHU", "Gip"]})
    _, out2 = resolve(m2, r2)
    assert same(out2, "Abdi", "FARAH")
    assert not same(out2, "Gip", "Gurpreet SANDHU")


def test_real_name_cue_links_the_alias_to_the_name_after_it() -> None:
    texts = {1: '"Diddy" (real name Darnell IDOWU) sells cannabis.', 2: "Darnell IDOWU was stopped."}
    m, r = from_texts(texts, {1: ["Diddy", "Darnell IDOWU"], 2: ["Darnell IDOWU"]})
    _, out = resolve(m, r)
    assert out["subject_id"].nunique() == 1


def test_forenames_of_different_sexes_are_not_sound_alike_variants() -> None:
    _, m = resolve(
        mentions(
            P(1, "Lee WILSON", "lee wilson"), P(2, "Leah WILSON", "leah wilson"),
            P(3, "Kyle WILLIAMS", "kyle williams"), P(4, "Kayleigh WILLIAMS", "kayleigh williams"),
            P(5, "Lee KAVANAGH", "lee kavanagh"), P(6, "Lily KAVANAGH", "lily kavanagh"),
            P(7, "Steven PRICE", "steven price"), P(8, "Stephen PRICE", "stephen price"),
            P(9, "Mo KHAN", "mo khan"), P(10, "Mohammed KHAN", "mohammed khan"),
        ),
        reports(),
    )
    assert not same(m, "Lee WILSON", "Leah WILSON")
    assert not same(m, "Kyle WILLIAMS", "Kayleigh WILLIAMS")
    assert not same(m, "Lee KAVANAGH", "Lily KAVANAGH")
    assert same(m, "Steven PRICE", "Stephen PRICE")
    assert same(m, "Mo KHAN", "Mohammed KHAN")


def test_two_nicknames_of_a_third_name_need_more_than_one_stray_link() -> None:
    assert names_compatible("Ben MORRIS", "Jamie MORRIS") < 0.5  # both only via Benjamin
    assert names_compatible("Jim MORRIS", "Jimmy MORRIS") >= 0.85  # both stand only for James
    assert names_compatible("Bill MORRIS", "Will MORRIS") >= 0.85


def test_cluster_never_holds_two_different_surnames_even_with_one_dob() -> None:
    # whole names nearly alike and one DOB, but ALI and ALIM are different surnames; HILL and
    # HALL (no DOB) are different families; SMITH/SMYTH with one DOB is a spelling slip
    _, m = resolve(
        mentions(
            P(1, "Mohammed ALI", "mohammed ali", dob="1990-05-05"),
            P(2, "Mohammed ALIM", "mohammed alim", dob="1990-05-05"),
            P(3, "Jack HILL", "jack hill"),
            P(4, "Jack HALL", "jack hall"),
            P(5, "John SMITH", "john smith", dob="1990-01-01"),
            P(6, "John SMYTH", "john smyth", dob="1990-01-01"),
        ),
        reports(),
    )
    assert not same(m, "Mohammed ALI", "Mohammed ALIM")
    assert not same(m, "Jack HILL", "Jack HALL")
    assert same(m, "John SMITH", "John SMYTH")


# ------------------------------------------------------------------ recall rules (round 3)


def test_mac_surname_first_in_capitals_is_read_surname_first() -> None:
    texts = {1: "Lachlan MacLEOD was stopped.", 2: "MacLEOD Lachlan was seen.", 3: "MacLEOD Ruaridh was seen."}
    m, r = from_texts(texts, {1: ["Lachlan MacLEOD"], 2: ["MacLEOD Lachlan"], 3: ["MacLEOD Ruaridh"]})
    subjects, out = resolve(m, r)
    assert same(out, "Lachlan MacLEOD", "MacLEOD Lachlan")
    assert not same(out, "MacLEOD Ruaridh", "Lachlan MacLEOD")
    assert "Ruaridh MACLEOD" in set(subjects["name"])


def test_one_case_two_word_name_is_reordered_only_when_the_other_order_is_known() -> None:
    texts = {
        1: "Ffion GARVEY was stopped.",
        2: "garvey ffion was seen.",
        3: "crombie tegwen was seen.",  # no ordered form anywhere: left as written
        4: "Brannigan Whelan was seen.",  # the written order is itself known (5): kept
        5: "Brannigan WHELAN was arrested.",
        6: "WHELAN, Brannigan was charged.",
    }
    names = {1: ["Ffion GARVEY"], 2: ["garvey ffion"], 3: ["crombie tegwen"], 4: ["Brannigan Whelan"],
             5: ["Brannigan WHELAN"], 6: ["WHELAN, Brannigan"]}
    m, r = from_texts(texts, names)
    subjects, out = resolve(m, r)
    assert same(out, "Ffion GARVEY", "garvey ffion")
    assert same(out, "Brannigan Whelan", "Brannigan WHELAN")
    assert "Crombie TEGWEN" in set(subjects["name"])


def test_one_case_form_is_not_reordered_into_a_dob_conflict() -> None:
    texts = {1: "Ffion GARVEY (DOB 02/03/1990) was stopped.", 2: "garvey ffion (DOB 05/06/2001) was seen."}
    attrs = {(1, "Ffion GARVEY"): {"dob": "1990-03-02"}, (2, "garvey ffion"): {"dob": "2001-06-05"}}
    m, r = from_texts(texts, {1: ["Ffion GARVEY"], 2: ["garvey ffion"]}, attrs)
    _, out = resolve(m, r)
    assert not same(out, "Ffion GARVEY", "garvey ffion")


def test_double_surname_in_capitals_with_or_without_hyphen() -> None:
    texts = {
        1: "Tegwen PENGELLY-TREMAYNE was stopped.",
        2: "Tegwen PENGELLY TREMAYNE was seen.",
        4: "Lachlan CROMBIE AKA was seen.",  # a label the span took in is no second surname
        5: "Lachlan CROMBIE was arrested.",
    }
    names = {1: ["Tegwen PENGELLY-TREMAYNE"], 2: ["Tegwen PENGELLY TREMAYNE"],
             4: ["Lachlan CROMBIE AKA"], 5: ["Lachlan CROMBIE"]}
    m, r = from_texts(texts, names)
    _, out = resolve(m, r)
    assert same(out, "Tegwen PENGELLY-TREMAYNE", "Tegwen PENGELLY TREMAYNE")
    assert same(out, "Lachlan CROMBIE AKA", "Lachlan CROMBIE")


def test_misspelt_alias_of_exactly_one_person_joins_them() -> None:
    texts = {
        1: 'Ruaridh GARVEY aka "Sprocket" holds the line.',
        2: "Sprockett was seen at the station.",
        3: 'Lachlan WHELAN aka "Spanner" runs it.',
        4: 'Tegwen CROMBIE aka "Spinner" runs it too.',
        5: "Spnner was seen.",  # one edit from both Spanner and Spinner: two people, no guess
    }
    names = {1: ["Ruaridh GARVEY", "Sprocket"], 2: ["Sprockett"], 3: ["Lachlan WHELAN", "Spanner"],
             4: ["Tegwen CROMBIE", "Spinner"], 5: ["Spnner"]}
    m, r = from_texts(texts, names)
    _, out = resolve(m, r)
    assert same(out, "Sprockett", "Ruaridh GARVEY")
    assert not same(out, "Spnner", "Lachlan WHELAN") and not same(out, "Spnner", "Tegwen CROMBIE")


@pytest.mark.parametrize(
    "a,b",
    [("Iain", "Ian"), ("Dafydd", "Dai"), ("Eoin", "Owen"), ("Ciaran", "Kieran"), ("Siobhan", "Shivaun"),
     ("Kristopher", "Christopher"), ("Rebekah", "Becky"), ("Ayesha", "Aisha"), ("Jermaine", "Jerm")],
)
def test_gaelic_welsh_forms_and_spellings_join(a: str, b: str) -> None:
    m = mentions(P(1, f"{a} PENGELLY", f"{a.lower()} pengelly"), P(2, f"{b} PENGELLY", f"{b.lower()} pengelly"))
    _, out = resolve(m, reports())
    assert same(out, f"{a} PENGELLY", f"{b} PENGELLY")
