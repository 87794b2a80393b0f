"""A province line whose subject is a demonstrative ("In Punjab, these stay suspended in
...") speaks of the services just named: a measure in that province, not nothing."""

from tests.conftest import places_of


def test_a_demonstrative_subject_takes_the_services_just_named(analyse):
    text = ("Officials said cellular and internet services would be suspended in several parts of the country today.\n\n"
            "In Sindh, the services would stay suspended in Sukkur and Larkana. In Balochistan, these would stay suspended in Turbat and Gwadar.")
    assert places_of(analyse, text, "2019-09-10") == [("PK", "PK-BA"), ("PK", "PK-SD")]


def test_people_called_these_are_not_services(analyse):
    text = ("Mobile internet was cut in Sindh on Monday. Among the students, those who protested were suspended from classes.")
    assert places_of(analyse, text, "2019-09-10") == [("PK", "PK-SD")]
