"""The layered extractor end to end, with the real statistical model (loaded once)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanassist_core.extract import Extractor, ModelNotInstalledError, extract_mentions, load_nlp
from scanassist_core.extract._pipeline import _resolve
from scanassist_core.extract._types import Found
from scanassist_core.schemas import MentionSchema
from scanassist_core.settings import Settings


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings().spacy_model)


@pytest.fixture()
def ex(nlp):
    return Extractor(Settings(), nlp=nlp)


def spans(ex, text):
    return {(f.type, f.text) for f in ex.extract_text(text)}


def test_load_nlp_keeps_only_ner(nlp):
    assert "ner" in nlp.pipe_names
    assert not {"parser", "tagger", "lemmatizer", "attribute_ruler"} & set(nlp.pipe_names)


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotInstalledError, match="no_such_model_xyz"):
        load_nlp("no_such_model_xyz")


def test_stock_model_mistakes_are_fixed(ex):
    text = (
        "On 12/03/2024 John SMITH was seen with Kyle O'BRIEN outside Chicken Palace takeaway in "
        "Wolverhampton WV1 3AB. He drove a Ford Focus. Call 07700 900123."
    )
    found = ex.extract_text(text)
    got = {(f.type, f.text) for f in found}
    assert ("PERSON", "John SMITH") in got and ("PERSON", "Kyle O'BRIEN") in got
    assert ("LOCATION", "Wolverhampton") in got
    assert ("ORGANISATION", "Chicken Palace") in got  # descriptor outside (guidelines)
    assert not any(f.type == "PERSON" and "Ford" in f.text for f in found)
    assert not any(f.type in ("PERSON", "ORGANISATION", "LOCATION") and "07700" in f.text for f in found)
    assert not any(f.type == "ORGANISATION" and "Wolverhampton" in f.text for f in found)


def test_lower_case_and_surname_first(ex):
    got = spans(ex, "seen with john smith and kyle obrien. SMITH, Aaron (15) also present.")
    assert {("PERSON", "john smith"), ("PERSON", "kyle obrien"), ("PERSON", "SMITH, Aaron")} <= got


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Former prime minister Boris Johnson visited Manchester on Tuesday with Rishi Sunak.",
            {("PERSON", "Boris Johnson"), ("LOCATION", "Manchester"), ("PERSON", "Rishi Sunak")},
        ),
        (
            "Apple chief executive Tim Cook met Emmanuel Macron in Paris to discuss investment.",
            {("ORGANISATION", "Apple"), ("PERSON", "Tim Cook"), ("PERSON", "Emmanuel Macron"), ("LOCATION", "Paris")},
        ),
        (
            "Sarah Thompson, a teacher from Leeds, told the BBC she had not been consulted.",
            {("PERSON", "Sarah Thompson"), ("LOCATION", "Leeds")},
        ),
    ],
)
def test_news_style_english_still_works(ex, text, expected):
    assert expected <= spans(ex, text)


def test_organisations_and_places(ex):
    text = (
        "Youths gather on the Heath Town estate and in West Park. Staff at St Mary's Primary School, "
        "Oakfield Academy, Tesco Express and the Premier Inn raised concerns. Barnardo's are aware."
    )
    got = spans(ex, text)
    for want in [
        ("LOCATION", "Heath Town"),  # lower-case descriptor outside the span (annotation guidelines)
        ("LOCATION", "West Park"),
        ("ORGANISATION", "St Mary's Primary School"),
        ("ORGANISATION", "Oakfield Academy"),
        ("ORGANISATION", "Tesco Express"),
        ("ORGANISATION", "Premier Inn"),
        ("ORGANISATION", "Barnardo's"),
    ]:
        assert want in got


def test_jargon_officers_and_operations_are_not_subjects(ex):
    text = (
        "Op NIGHTJAR: CLASS A supply, COUNTY LINES, OCG, CSE and CCE concerns. MFH report, NFA. "
        "PC 1234 WILLIAMS submitted this report. DC SMITH and Sgt Brown attended on the A14."
    )
    found = ex.extract_text(text)
    assert not [f for f in found if f.type in ("PERSON", "ORGANISATION", "LOCATION")], found


def test_overlaps_identifiers_then_person_rules_then_longest():
    ident = Found("ADDRESS", 0, 20, "x" * 20, "k")
    person_rule = Found("PERSON", 18, 30, "y" * 12, "p")
    model_org = Found("ORGANISATION", 25, 45, "z" * 20, "o", "model")
    short_rule = Found("LOCATION", 31, 35, "w" * 4, "l")
    longer_model = Found("LOCATION", 46, 60, "v" * 14, "m", "model")
    shorter_rule = Found("LOCATION", 50, 55, "u" * 5, "u")
    got = _resolve([ident], [person_rule], [model_org, short_rule, longer_model, shorter_rule])
    assert got == [ident, model_org, longer_model]


def reports(texts):
    n = len(texts)
    return pd.DataFrame(
        {
            "report_id": pd.Series(range(1, n + 1), dtype="int64"),
            "reference": pd.Series([f"REF{i}" for i in range(n)], dtype="string"),
            "text": pd.Series(texts, dtype="string"),
        }
    )


def test_extract_frame_cache_and_progress(ex):
    a = "Intel: John SMITH DOB 01/02/1990 aka \"Smudge\" seen in Walsall."
    b = "Kyle O'BRIEN (15) seen at Oakfield Academy."
    df = reports([a, b, a, a, None])
    calls = []
    out = ex.extract(df, progress=lambda d, t: calls.append((d, t)))
    MentionSchema.validate(out)
    assert list(out.columns) == MentionSchema.names()
    assert str(out["start"].dtype) == "int64" and str(out["text"].dtype) == "string"
    assert ex.calls == 3  # two distinct texts plus the empty one
    assert calls[-1] == (5, 5) and [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert (out["subject_id"] == "").all()
    smith = out[(out.report_id == 1) & (out.key == "john smith")].iloc[0]
    assert json.loads(smith["attrs"])["dob"] == "1990-02-01" and json.loads(smith["attrs"])["alias"] == "Smudge"
    alias = out[(out.report_id == 1) & (out.text == "Smudge")].iloc[0]
    assert json.loads(alias["attrs"]) == {"alias_of": "john smith"}
    assert len(out[out.report_id == 3]) == len(out[out.report_id == 1])
    for row in out.itertuples():
        source = df.loc[df.report_id == row.report_id, "text"].iloc[0]
        assert source[row.start : row.end] == row.text
    again = ex.extract(df)
    assert ex.calls == 3 and again.equals(out)


def test_extract_mentions_function(nlp, monkeypatch):
    monkeypatch.setattr("scanassist_core.extract._pipeline.load_nlp", lambda name: nlp)
    out = extract_mentions(reports(["Aaron McDONALD was stopped in Dudley."]))
    assert {"Aaron McDONALD", "Dudley"} <= set(out["text"])


def test_lower_case_descriptors_stay_outside_and_generic_services_are_not_orgs(ex):
    text = "Youths met at the Royal Stag pub car park, then outside Golden Dragon takeaway. Early Help and Social Services were told."
    got = spans(ex, text)
    assert ("ORGANISATION", "Golden Dragon") in got
    assert not any(t == "ORGANISATION" and ("Early Help" in x or "Social Services" in x) for t, x in got)
    assert not any("takeaway" in x or "car park" in x for _, x in got)


def test_street_then_town_are_two_locations_and_lower_case_estate(ex):
    got = spans(ex, "Dealing from a flat above the shop on Albion Street, Dudley and on the Priory estate.")
    assert ("LOCATION", "Albion Street") in got and ("LOCATION", "Dudley") in got
    assert ("LOCATION", "Priory") in got or not any("estate" in x for _, x in got)


def test_unit_after_officer_and_relationship_word_are_not_people(ex):
    got = spans(ex, "Submitted by DC 4410 PRYCE, Proactive CID. Mum Deborah says Kieran is missing.")
    assert not any(t == "PERSON" and ("CID" in x or "PRYCE" in x or x.startswith("Mum")) for t, x in got)


# Word pieces chosen to provoke cue words inside longer words ("Known associates", "akas"),
# identifiers glued to words, aliases, names, streets and towns, joined by varied separators.
_PIECES = [
    "Known", "associates", "known", "as", "aka", "akash", "Lil", "T", "Dean", "KAY", "Kay", "Dean's",
    "goes", "by", "alias", "aliased", "Nova", "\"Nova\"", "Flat", "flat", "7", "12", "Mill", "Lane",
    "mill", "ln", "Leeds", "LS1", "1AA", "ls1 1aa", "ZX61ABC", "zx61abc", "reg", "ab12", "cde", "POCA",
    "Smithson", "SMITH", "Smiths", "John", "Johnson", "07700", "900123", "@nova_1", "x@y.com", "DOB",
    "01/02/2003", "street", "name", "Kirkgate", "WF1", "1TB", "Unit", "6", "Cedar", "House", "Tesco",
    "greggs", "PC", "1234", "Jones-Smith", "O'Neil", "McKAY", "nick", "named", "nicknamed", "Court",
]
_SEPS = [" ", " ", " ", ", ", "\n", ". ", "", "-", "'", "(", ") ", ": "]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS)), min_size=1, max_size=25))
def test_no_span_starts_or_ends_inside_a_word(nlp, parts):
    text = "".join(w + s for w, s in parts)
    ex = Extractor(Settings(), nlp=nlp)
    for f in ex.extract_text(text):
        assert text[f.start : f.end] == f.text
        assert not (f.start > 0 and text[f.start - 1].isalnum() and text[f.start].isalnum()), (f, text)
        assert not (f.end < len(text) and text[f.end].isalnum() and text[f.end - 1].isalnum()), (f, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("Marcus uses 07700 900412. Known associates: Tyrell, Owen PRICE.", "sociates"),
        ("Stopped in a grey Astra KP63 WNB. Redacted copy follows.", "B. Redacted"),
        ("silver audi a3 ky19 vvx. ps 4410 HAYWOOD attended", "a3 ky"),
    ],
)
def test_no_name_from_inside_a_longer_word(ex, text, bad):
    got = ex.extract_text(text)
    assert all(bad not in f.text for f in got)
    for f in got:
        assert not (f.start > 0 and text[f.start - 1].isalnum() and text[f.start].isalnum())


def test_alias_two_words_single_letter_and_same_line_only(ex):
    assert ("PERSON", "Big J") in spans(ex, "Tyrone BELL aka Big J is storing cash.")
    got = spans(ex, "Tyrone BELL aka Ghosty\nGhosty was seen later.")
    assert ("PERSON", "Ghosty") in got and not any("\n" in t for _, t in got)
    got = spans(ex, "Tyrone BELL aka Ghosty Retail Park staff know him.")
    assert ("PERSON", "Ghosty") in got and ("PERSON", "Ghosty Retail") not in got


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("£900 cash seized under POCA and bagged.", "POCA"),
        ("Charged contrary to s.4 MDA after interview.", "MDA"),
        ("Interviewed under PACE at Halton custody.", "PACE"),
        ("Applied for a DVPO order at court.", "DVPO"),
    ],
)
def test_statutes_and_orders_are_not_persons(ex, text, acronym):
    assert not any(t == "PERSON" and acronym in s for t, s in spans(ex, text))


def test_caps_surname_in_prose_still_found(ex):
    assert ("PERSON", "KOWALCZYK") in spans(ex, "Source reports that KOWALCZYK is dealing from the flat.")


def test_owner_name_opening_a_business_is_the_business(ex):
    got = spans(ex, "Cannabis sold from Dhillon Off Licence on the corner daily.")
    assert ("ORGANISATION", "Dhillon Off Licence") in got
    assert ("PERSON", "Dhillon") not in got
    assert ("ORGANISATION", "Quickfix Phone Repairs") in spans(ex, "Stolen phones sold at Quickfix Phone Repairs weekly.")


def test_hasty_lower_case_streets_towns_chains_estates(ex):
    got = spans(ex, "lads hanging round outside greggs on sutton rd again, one went twds rotherham")
    assert {("ORGANISATION", "greggs"), ("LOCATION", "sutton rd"), ("LOCATION", "rotherham")} <= got
    assert ("LOCATION", "marfleet") in spans(ex, "kid from the marfleet estate says hes scared")
    # ordinary words after a preposition are not streets or places
    assert not spans(ex, "he was on the way up the road in a car, went to next door")


def test_lower_case_plate_beside_a_described_vehicle(ex):
    assert ("VEHICLE", "yt17 hzk") in spans(ex, "seen in a red vw polo yt17 hzk near shops")
    assert ("VEHICLE", "bd68xrm") in spans(ex, "stopped, reg bd68xrm, driver nfa")


def test_sharded_extraction_over_workers_matches_one_process(monkeypatch) -> None:
    """The batch command splits big batches over forked workers; every mention, attribute and
    the progress count must be exactly what one process gives."""
    from scanassist_core.extract import _pipeline
    from scanassist_core.settings import Settings

    texts = [
        f"Kyle O'BRIEN (DOB 0{i % 9 + 1}/03/2004) seen with Leah McDONALD at {i + 1} Mill Lane, Dudley DY1 2AB. "
        f"Mobile 07700 900{100 + i}. Vehicle AB{10 + i % 60} CDE outside Tesco Express on the Priory estate."
        for i in range(40)
    ] + ["PC 1234 WILLIAMS SUBMITTED THIS. JOHN SMITH SEEN IN WALSALL WITH 'SMUDGE'."] * 3
    reports = pd.DataFrame({"report_id": range(len(texts)), "reference": [f"R{i}" for i in range(len(texts))], "text": texts})
    one = Extractor(Settings(n_process=1)).extract(reports)

    monkeypatch.setattr(_pipeline, "_PARALLEL_MIN_TEXTS", 10)
    monkeypatch.setattr(_pipeline, "_SHARD_TEXTS", 7)
    seen: list[tuple[int, int]] = []
    sharded = Extractor(Settings(n_process=2))
    many = sharded.extract(reports, progress=lambda done, total: seen.append((done, total)))
    pd.testing.assert_frame_equal(one, many)
    assert sharded.calls == len(set(texts)) and seen[-1] == (len(texts), len(texts))
    assert len(many) > 5 * len(texts)  # real work was done in the workers


def test_model_person_guess_on_a_word_capitalised_by_its_position_is_dropped() -> None:
    """A heading or field label makes the next word capitalised ("Update: Graffiti tags ...");
    a dictionary word there is no name, while names the lists know survive in that place."""
    ex = Extractor()
    for text in (
        "Update: Graffiti tags referencing a local group on walls near the precinct.",
        "INTELLIGENCE: Fraud report: a woman contacted on 07700 900925 by a caller.",
        "Summary - Arson at the rear of the flats overnight, no suspects named.",
    ):
        assert [f.text for f in ex.extract_text(text) if f.type == "PERSON"] == [], text
    kept = [f.text for f in ex.extract_text("Update: Shannon was found safe at a friend's address.") if f.type == "PERSON"]
    assert kept == ["Shannon"]
