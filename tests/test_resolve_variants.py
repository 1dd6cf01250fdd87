"""Person resolution: name variants seen in unseen police writing (clipped forenames,
SURNAME + initial, forename + surname initial, identification cues, quoted nicknames) and the
precision guards that keep them from chaining different people together."""

from __future__ import annotations

from scanassist_core._resolve_context import alias_links
from scanassist_core._resolve_names import forename_score, parse_name
from scanassist_core.resolve import resolve

from _person_frames import person_mentions, report_frame


def from_texts(texts: dict[int, str], names: dict[int, list[str]], attrs: dict[tuple[int, str], dict] | None = None):
    return person_mentions(texts, names, attrs), report_frame(texts)


def sids(texts: dict[int, str], names: dict[int, list[str]], attrs: dict | None = None) -> dict[tuple[int, str], str]:
    m, r = from_texts(texts, names, attrs)
    _, out = resolve(m, r)
    return dict(zip(zip(out["report_id"].tolist(), out["text"].tolist()), out["subject_id"].tolist()))


# ------------------------------------------------------------------ forename forms


def test_clipped_forename_is_the_same_name_but_not_a_different_or_other_sex_name() -> None:
    assert forename_score("bart", "bartholomew") >= 0.85
    assert forename_score("wil", "wilfred") >= 0.85
    assert forename_score("rosie", "rosie-leigh") >= 0.85
    assert forename_score("joe", "joel") < 0.85  # one letter more is another name
    assert forename_score("carl", "carla") < 0.85
    assert forename_score("paul", "paulette") < 0.85  # a man's name clipped from a woman's


def test_gaz_for_gareth_and_english_forms_of_polish_names() -> None:
    assert forename_score("gaz", "gareth") >= 0.85
    assert forename_score("piotr", "peter") >= 0.85
    assert forename_score("tomasz", "tom") >= 0.85
    assert forename_score("piotr", "paul") < 0.85


def test_clipped_forename_joins_across_reports_and_in_full_names() -> None:
    texts = {
        1: "Bartholomew OKAFOR (DOB 03/05/1999) was stopped in Acton with £900 in cash.",
        2: 'Phone contacts: "Bart" 07700 900111 and "Nan" 07700 900112.',
        3: "bart okafor seen again outside the bookies",
        4: "Wilfred OKAFOR, 61, is the owner of the flat.",
    }
    s = sids(texts, {1: ["Bartholomew OKAFOR"], 2: ["Bart", "Nan"], 3: ["bart okafor"], 4: ["Wilfred OKAFOR"]})
    assert s[(2, "Bart")] == s[(1, "Bartholomew OKAFOR")] == s[(3, "bart okafor")]
    assert s[(4, "Wilfred OKAFOR")] != s[(1, "Bartholomew OKAFOR")]


# ------------------------------------------------------------------ initials


def test_surname_then_initial_is_that_surname_when_the_surname_is_known() -> None:
    texts = {
        1: "Ruairi BRENNAN was arrested for possession with intent.",
        2: "Keeper details: BRENNAN R, 4 Quarry Lane. Vehicle seen in Omagh.",
        3: 'Street name "LIL Z" used on the deal line again.',
    }
    s = sids(texts, {1: ["Ruairi BRENNAN"], 2: ["BRENNAN R"], 3: ["LIL Z"]})
    assert s[(2, "BRENNAN R")] == s[(1, "Ruairi BRENNAN")]
    assert parse_name("LIL Z").key == "lil z"  # no surname LIL anywhere: kept as written
    assert s[(3, "LIL Z")] != s[(1, "Ruairi BRENNAN")]


def test_forename_with_surname_initial_joins_the_one_fitting_person() -> None:
    texts = {
        1: "Magdalena KRAWIEC (DOB 11/02/1990) runs the nail bar. Her brother Pawel KRAWIEC drives.",
        2: 'Victim says "Magda K" took her passport. Staff also named Pawel K.',
        3: "Magdalena KOWAL attended the job centre.",
    }
    s = sids(texts, {1: ["Magdalena KRAWIEC", "Pawel KRAWIEC"], 2: ["Magda K", "Pawel K"], 3: ["Magdalena KOWAL"]})
    assert s[(2, "Magda K")] == s[(1, "Magdalena KRAWIEC")]
    assert s[(2, "Pawel K")] == s[(1, "Pawel KRAWIEC")]
    assert s[(3, "Magdalena KOWAL")] != s[(1, "Magdalena KRAWIEC")]


def test_forename_with_surname_initial_fitting_two_people_stays_apart() -> None:
    texts = {
        1: "Lewis KEMP was seen at the park.",
        2: "Lewis KERR was seen at the station.",
        3: "Contact saved as Lewis K on the seized handset.",
    }
    s = sids(texts, {1: ["Lewis KEMP"], 2: ["Lewis KERR"], 3: ["Lewis K"]})
    assert s[(3, "Lewis K")] not in {s[(1, "Lewis KEMP")], s[(2, "Lewis KERR")]}


# ------------------------------------------------------------------ context cues


def test_identification_cue_makes_the_nickname_the_named_person() -> None:
    text = 'A male called "Bingo" sells from the flats. "Bingo" is thought to be Marcus HALE (DOB 01/01/1991).'
    texts = {1: text, 2: "Bingo was seen in the Vauxhall again."}
    s = sids(texts, {1: ["Bingo", "Bingo", "Marcus HALE"], 2: ["Bingo"]})
    assert s[(1, "Bingo")] == s[(1, "Marcus HALE")] == s[(2, "Bingo")]


def test_real_name_thought_to_be_links_the_alias() -> None:
    text = 'The driver goes by "Fitz", real name believed to be Daniel FITZGERALD.'
    s = sids({1: text}, {1: ["Fitz", "Daniel FITZGERALD"]})
    assert s[(1, "Fitz")] == s[(1, "Daniel FITZGERALD")]


def test_quoted_nickname_straight_after_the_name_is_theirs() -> None:
    text = 'Stop search: Tyrone BECKFORD ("TB"), 20, and Omar SAEED. TB had two phones.'
    links = alias_links([1, 1, 1, 1], [text.index("Tyrone"), text.index('TB"'), text.index("Omar"), text.index("TB had")],
                        [text.index("Tyrone") + 15, text.index('TB"') + 2, text.index("Omar") + 10, text.index("TB had") + 2],
                        {1: text})
    assert links[1] == 0 and links[2] == -1


def test_nickname_of_a_new_unnamed_party_does_not_attach_to_the_name_before() -> None:
    texts = {1: 'Kofi ASANTE was seen with a male known as "Dinky" at the garage.'}
    s = sids(texts, {1: ["Kofi ASANTE", "Dinky"]})
    assert s[(1, "Dinky")] != s[(1, "Kofi ASANTE")]
    texts2 = {1: 'Kofi ASANTE, who is known as "Dinky", was at the garage.'}
    s2 = sids(texts2, {1: ["Kofi ASANTE", "Dinky"]})
    assert s2[(1, "Dinky")] == s2[(1, "Kofi ASANTE")]


# ------------------------------------------------------------------ bare surnames and short aliases


def test_title_before_a_bare_surname_picks_the_person_of_that_sex() -> None:
    text = "Home visit: Deirdre MCCANN and her son Cathal MCCANN. Mrs MCCANN said he was out."
    s = sids({1: text}, {1: ["Deirdre MCCANN", "Cathal MCCANN", "MCCANN"]})
    assert s[(1, "MCCANN")] == s[(1, "Deirdre MCCANN")]
    s2 = sids({1: text.replace("Mrs MCCANN", "Mr MCCANN")}, {1: ["Deirdre MCCANN", "Cathal MCCANN", "MCCANN"]})
    assert s2[(1, "MCCANN")] == s2[(1, "Cathal MCCANN")]


def test_bare_surname_refers_back_to_the_only_bearer_named_so_far() -> None:
    text = "Owen PRICE stopped on foot. PRICE said he was visiting. He is not Aled PRICE (other DOB)."
    s = sids({1: text}, {1: ["Owen PRICE", "PRICE", "Aled PRICE"]})
    assert s[(1, "PRICE")] == s[(1, "Owen PRICE")] != s[(1, "Aled PRICE")]
    # both named before it: no guess
    text2 = "Owen PRICE and Aled PRICE were stopped. PRICE said he was visiting."
    s2 = sids({1: text2}, {1: ["Owen PRICE", "Aled PRICE", "PRICE"]})
    assert s2[(1, "PRICE")] not in {s2[(1, "Owen PRICE")], s2[(1, "Aled PRICE")]}


def test_bare_surname_alone_goes_to_the_person_usually_called_by_it() -> None:
    texts = {
        1: "Seamus HANLON (DOB 02/02/1994) supplies the estate. HANLON uses a Golf.",
        2: "Seamus HANLON seen again. HANLON was with two youths.",
        3: "Nuala HANLON, his mother, reported her car stolen.",
        4: "HANLON - warning letter served.",
    }
    names = {1: ["Seamus HANLON", "HANLON"], 2: ["Seamus HANLON", "HANLON"], 3: ["Nuala HANLON"], 4: ["HANLON"]}
    s = sids(texts, names)
    assert s[(4, "HANLON")] == s[(1, "Seamus HANLON")] != s[(3, "Nuala HANLON")]
    # with the surname used once only, nothing says who is meant
    texts[2] = "Seamus HANLON seen again with two youths."
    names[2] = ["Seamus HANLON"]
    s = sids(texts, names)
    assert s[(4, "HANLON")] not in {s[(1, "Seamus HANLON")], s[(3, "Nuala HANLON")]}


def test_clipped_alias_of_one_person_joins_them_but_not_when_two_fit() -> None:
    texts = {
        1: 'Curtis BLAKE aka "Shadow" runs the line.',
        2: 'Handset contact "Shad" 07700 900333.',
    }
    s = sids(texts, {1: ["Curtis BLAKE", "Shadow"], 2: ["Shad"]})
    assert s[(2, "Shad")] == s[(1, "Curtis BLAKE")]
    texts[3] = 'Kwame ADDO known as "Shadrach" was arrested.'
    s = sids(texts, {1: ["Curtis BLAKE", "Shadow"], 2: ["Shad"], 3: ["Kwame ADDO", "Shadrach"]})
    assert s[(2, "Shad")] not in {s[(1, "Curtis BLAKE")], s[(3, "Kwame ADDO")]}
