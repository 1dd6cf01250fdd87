"""Modern slavery and migrant-support charities named in NRM, welfare and exploitation notes are
bodies as written ("Referred to Hope for Justice", "First Responder: Migrant Help")."""

from scanassist_core.extract._orgs_places import find_orgs_places


def orgs(text: str) -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == "ORGANISATION"]


def test_first_responders_and_support_charities():
    assert "Hope for Justice" in orgs("PV consented to NRM. Referred to Hope for Justice for an independent advocate.")
    assert "Migrant Help" in orgs("First Responder: Migrant Help. Asylum accommodation to be arranged.")
    assert "Medaille Trust" in orgs("Safe house place found with the Medaille Trust in the north east.")
    assert "British Red Cross" in orgs("Family tracing request passed to British Red Cross.")


def test_everyday_words_alone_are_not_the_charities():
    assert "migrant help" not in orgs("He asked for migrant help at the job centre but was turned away.")
