"""Night-time-economy and licensing notes name premises by what the door or the licence holder
does there ("ejected from Walkabout", "doorman at Reds", "DPS at Peppermint", "2310 Red Lion door
refused entry"): the name is a body. Places, people and homes after the same words are not."""

from scanassist_core.extract._orgs_places import find_orgs_places


def found(text: str, kind: str = "ORGANISATION") -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == kind]


def test_premises_after_a_door_or_licence_cue():
    assert "Walkabout" in found("0035 Jordan PRICE ejected from Walkabout, abusive to door, PND issued.")
    assert "Reds" in found("She says the doorman at Reds hit her boyfriend outside; he is not a suspect.")
    assert "Peppermint" in found("Spoke to the DPS at Peppermint, all quiet, no issues tonight.")
    assert "Tiger Tiger" in found("He was kicked out of Tiger Tiger at 0200 and then went for a taxi driver.")
    assert "The Vine" in found("Witness states she drinks in The Vine most Fridays with her sister.")


def test_log_entry_opening_with_the_premises_and_its_door():
    assert "Red Lion" in found("2310 Red Lion door refused entry to a group of lads, one came back at 2330.")
    assert "Flares" in found("2250 - Flares door staff detained a male for glassing, CCTV seized.")


def test_places_people_and_homes_are_not_premises():
    assert found("Subject seen in Carlisle on Friday with NOWAK.") == []
    assert "Carlisle" in found("Subject seen in Carlisle on Friday with NOWAK.", "LOCATION")
    assert found("Banned from visits for three months and barred from driving for a year.") == []
    assert "Lewis" not in " ".join(found("Door refused entry to Lewis FRASER, known pubwatch ban."))
    assert found("Seen in Sun Street at 2300, breach of bail.") == []


def test_two_pub_nouns_joined_by_and_name_a_pub():
    assert "The Fox and Crown" in found("Licensing review, premises The Fox and Crown, 52 High Street, Wednesbury.")
    assert "Rose and Crown" in found("Fight in the beer garden of the Rose and Crown, two males arrested.")
    assert "George and Dragon" in found("Seen drinking in the George and Dragon with MILLS on Friday.")
    assert "crown & anchor" in found("revisit crown & anchor. manager says the lad has not been back")


def test_pub_pair_before_its_street_and_everyday_pairs():
    text = "NTE visit The Crown & Anchor Ferndale Rd with licensing. DPS present."
    assert "The Crown & Anchor" in found(text)
    assert "Ferndale Rd" in found(text, "LOCATION")
    assert found("She lives on Crown and Anchor Lane with her nan.") == []
    assert found("the sun and moon were both out when we got to the field") == []
