"""Status stage: asserted, negated and hypothetical mentions."""

import pytest


def statuses(nlp, text):
    doc = nlp(text)
    return [t._.status for t in doc.spans["cutoff_triggers"] if t.label_ != "LIFT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Authorities cut mobile internet in Manipur on Tuesday.", "asserted"),
        ("Fujian Telecom has not blocked international calls.", "negated"),
        ("Officials denied that mobile internet was cut in Amhara.", "negated"),
        ("WhatsApp is not blocked in the country.", "negated"),
        ("The government may extend the mobile internet ban to other districts.", "hypothetical"),
        ("The regulator plans to block Telegram next year.", "hypothetical"),
        ("Analysts believe the whole country would later block overseas calls.", "hypothetical"),
        ("The carriers said they would suspend international text messages by June 1.", "asserted"),
        ("If protests continue, officials could shut down the internet.", "hypothetical"),
        ("Two days later, mobile internet in ten townships was taken offline.", "asserted"),
        ("The carriers have deactivated no lines in the province.", "negated"),
        ("The minister said no SIM cards would be deactivated at the end of June.", "negated"),
        ("The exams will be held without any interruption to internet access.", "negated"),
        ("The ordinance prohibits the authorities from cutting internet access.", "negated"),
        ("A judge suspended his own order to block Telegram in the country.", "negated"),
        ("They said the decision to cut internet access had no basis in law.", "asserted"),
        ("Residents in Hakha have had no mobile data since earlier this month.", "asserted"),
        ("The government has not explained why mobile data was cut in Amhara.", "asserted"),
        ("Officials would not say when the internet was shut down in Tigray.", "asserted"),
        ("Governments must refrain from practices such as internet shutdowns.", "negated"),
        ("Opposition MPs attacked the regulator for considering a ban of the messaging service.", "hypothetical"),
        ("Please switch off incoming calls from overseas!", "hypothetical"),
        ("Police advised users to block calls from abroad.", "hypothetical"),
        ("Traders in Kisumu did not know that the county had cut mobile internet.", "asserted"),
        ("The agency warned that carriers would be fined if they did not block Viber by Friday.", "hypothetical"),
    ],
)
def test_status(nlp, text, expected):
    assert statuses(nlp, text) and set(statuses(nlp, text)) == {expected}, statuses(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Internet access is believed to have been cut across Chad since Sunday evening.", "asserted"),
        ("Mobile data is thought to have been switched off in Darfur on Friday.", "asserted"),
        ("The junta is believed to be planning to block Signal next month.", "hypothetical"),
        ("Signal is thought to be blocked soon in Moldova.", "hypothetical"),
    ],
)
def test_a_belief_in_a_past_cut_is_an_attribution(nlp, text, expected):
    """"Is believed to have been cut": sources' word for a fact (a passive verb of belief over
    a perfect infinitive), no speculation; a belief about a plan stays hypothetical."""
    assert statuses(nlp, text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The blocks were widened later on Tuesday, and mobile internet was cut across Ruritania.", "asserted"),
        ("Officials said mobile internet could be cut later in Ruritania.", "hypothetical"),
    ],
)
def test_later_in_a_past_clause_places_the_measure_later_in_the_story(nlp, text, expected):
    """"Were widened later on Tuesday" happened; only outside a past clause does "later" put a
    measure in the future."""
    assert statuses(nlp, text)[0] == expected
