"""An order's list of services parsed as the subject of a misread "calls": the members after
the first are still objects of the suspension (`trigger_objects.list_continues`); a service
in an appositive that describes the subject says who acted (`trigger_objects.describes_subject`)."""

from conftest import asserted


def test_a_list_whose_voice_calls_the_parser_reads_as_a_verb_keeps_its_sms(analyse):
    text = ("Haryana ordered a halt of mobile internet services (3G/4G/5G), all SMS services (bulk SMS only) and every dongle "
            "service offered over mobile networks except the voice calls in Rohtak district on Monday.")
    (event,) = asserted(analyse(text, published="2024-05-07"))
    assert event["services"] == ["mobile_internet", "sms"]


def test_a_service_describing_the_subject_in_an_appositive_is_no_object(analyse):
    text = "Safaricom, the largest seller of telecommunications services in the country, cut internet access in Nakuru on Monday."
    (event,) = asserted(analyse(text, published="2024-06-25"))
    assert event["services"] == ["internet"]
