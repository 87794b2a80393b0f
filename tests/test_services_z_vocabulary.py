"""Service words of mixed cuts (models/vocab/services.jsonl) and the kind of a blackout
that also stops calls abroad (`arguments.restriction`): "voice" in a list of services or as
"voice services" is calls; "international phone connections" are international calls; "mobile
net" is mobile internet; internet cut together with calls abroad is a network shutdown."""

from conftest import asserted


def test_voice_in_a_list_of_services_is_voice_calls(analyse):
    (event,) = asserted(analyse("Mobile data, voice and SMS services were halted in parts of Imphal on Friday.", published="2023-06-10"))
    assert event["services"] == ["mobile_internet", "sms", "voice_calls"]


def test_voice_services_are_voice_calls(analyse):
    (event,) = asserted(analyse("The junta switched off 2G voice services in Chin State on Friday.", published="2023-06-10"))
    assert "voice_calls" in event["services"]


def test_voice_in_another_sense_is_no_service(nlp):
    doc = nlp("Residents raised their voice at a rally in Imphal on Friday.")
    assert not [s for s in doc.spans["cutoff"] if s.label_ == "SERVICE"]


def test_international_phone_connections_cut_with_the_internet_are_a_blackout(analyse):
    (event,) = asserted(analyse("Authorities in Iraq cut internet access and international phone connections late on Friday.", published="2023-06-10"))
    assert event["restriction"] == "network_shutdown"
    assert event["services"] == ["international_calls", "internet"]


def test_international_phone_connections_alone_are_barring(analyse):
    (event,) = asserted(analyse("Authorities in Iraq cut international phone connections late on Friday.", published="2023-06-10"))
    assert event["restriction"] == "international_barring"
    assert event["services"] == ["international_calls"]


def test_mobile_net_is_mobile_internet(analyse):
    (event,) = asserted(analyse("Mobile net suspended in Ludhiana for two days from Friday", published="2023-06-10"))
    assert event["services"] == ["mobile_internet"]


def test_what_a_confining_verb_leaves_is_not_cut(analyse):
    text = "Authorities shut down 4G mobile internet across Bangladesh on Sunday. The order limits subscribers to 2G voice services only."
    events = asserted(analyse(text, published="2024-08-05"))
    assert [(e["restriction"], e["services"]) for e in events] == [("network_shutdown", ["mobile_internet"])]
