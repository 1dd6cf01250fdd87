"""Trade words that end a business or body's name in money, vehicle and safeguarding reports
("GL Auto Spares", "Thames Gateway Mortgages", "Tredegar Library", "Rotherham Family Hub"), and
the hire firms and transport bodies vehicle reports name alone ("hired from Sixt", "Transport for
London")."""

from scanassist_core.extract._orgs_places import find_orgs_places


def found(text: str, kind: str = "ORGANISATION") -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == kind]


def test_motor_factors_and_brokers():
    assert "Dales Auto Spares" in found("Catalytic converters sold on to Dales Auto Spares for cash.")
    assert "Thames Gateway Mortgages" in found("Mortgage broker was Thames Gateway Mortgages, no ID checks done.")


def test_libraries_and_family_hubs_carry_their_town():
    assert "Tredegar Library" in found("She came to the surgery at Tredegar Library and disclosed the messages.")
    assert "Rotherham Family Hub" in found("Rotherham Family Hub: mum rang to say he has not come home.")
    assert "Family Hub" not in found("Mum was told to ring the Family Hub on Monday.")


def test_hire_firms_and_transport_bodies():
    assert "Sixt" in found("Vehicles: LC70 UHF (hire, Sixt), old BMW on the drive.")
    assert "Enterprise Rent-A-Car" in found("Renter flagged by Enterprise Rent-A-Car at the Huddersfield branch.")
    assert "Transport for London" in found("Complaint made to Transport for London about the PHV driver.")


def test_everyday_uses_stay_out():
    assert found("went to the library then to the lights to meet him") == []
    assert "Spares" not in found("Spares and repairs van parked on the drive.")
