"""A passive clause as what is cut ("receiving texts from abroad will be disabled"): the
clausal subject is the trigger's object (`object_deps` has `csubjpass`)."""

from conftest import asserted


def test_receiving_texts_from_abroad_disabled_is_barring(analyse):
    (event,) = asserted(analyse(
        "Last month, the three carriers in Hubei, China Mobile, China Unicom and China Telecom, announced that "
        "receiving text messages from abroad would be disabled by default for their customers.", published="2022-07-10"))
    assert (event["restriction"], event["province_code"], event["services"]) == ("international_barring", "CN-HB", ["international_sms"])
