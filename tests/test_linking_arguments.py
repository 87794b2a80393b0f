"""Argument rules of linking: what was cut, of what kind, by whom, against whom, the way back."""

from pipeline.components.linking.arguments import (
    actor, add_actors, as_list, carriers_before, is_agent,
)
from pipeline.components.linking.remedies import add_remedies
from pipeline.components.linking.targeted import targets, targets_people
from pipeline.components.linking.records import Mention
from pipeline.components.linking.what_was_cut import add_restored, individual, read_objects, restriction


def mention(read, text, sentence=0):
    """The article's context, and an empty mention of the first trigger of one sentence."""
    doc, ctx = read(text)
    sent = list(doc.sents)[sentence]
    trigs = [t for t in ctx.triggers if sent.start <= t.start < sent.end and t.label_ != "LIFT"][:1]
    return ctx, Mention(status="asserted", sent=sent, start=sent.start, end=sent.end, triggers=trigs)


def spans_of(ctx, m):
    return [s for s in ctx.spans if m.sent.start <= s.start < m.sent.end]


def test_objects_give_services_and_platforms(read):
    ctx, m = mention(read, "Authorities blocked WhatsApp and Telegram in Iran.")
    read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
    assert (m.platforms, m.services, m.vague) == ({"whatsapp", "telegram"}, {"platform"}, False)
    assert restriction(m, m.triggers, ctx.rules) == "service_block"


def test_the_service_is_vague_and_remembers_the_services_nearby(read):
    ctx, m = mention(read, "Mobile calls were jammed, and then the service was switched off.")
    read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
    assert m.vague and m.services == set()
    assert m.nearby == {"voice_calls"}


def test_a_phone_of_particular_people_is_a_subscriber_cutoff(read):
    ctx, m = mention(read, "China Mobile suspended the phone numbers of users in Fujian.")
    [obj] = m.triggers[0]._.objects
    assert individual(obj, ctx.rules)
    read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
    m.individual |= targets_people(m.triggers[0], ctx.rules)
    assert restriction(m, m.triggers, ctx.rules) == "subscriber_cutoff"
    assert m.services == {"mobile_service"}


def test_an_areas_phones_are_voice_calls_and_all_telecommunications_are_calls_and_internet(read):
    ctx, m = mention(read, "Authorities cut phone service in Manipur.")
    read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
    assert not individual(m.triggers[0]._.objects[0], ctx.rules)
    assert restriction(m, m.triggers, ctx.rules) == "network_shutdown" and m.services == {"voice_calls"}
    m.services = {"telecom_all"}
    assert restriction(m, m.triggers, ctx.rules) == "network_shutdown" and m.services == {"voice_calls", "internet"}


def test_restriction_kinds_from_trigger_and_services(read):
    ctx, m = mention(read, "Regulators slowed down Twitter across Russia.")
    read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
    assert restriction(m, m.triggers, ctx.rules) == "throttling"
    m.services, m.international = {"sms"}, True
    _, plain = mention(read, "Authorities cut phone service in Manipur.")
    assert restriction(m, plain.triggers, ctx.rules) == "international_barring" and m.services == {"international_sms"}
    m.services = {"unknown_service"}
    assert restriction(m, plain.triggers, ctx.rules) == "other"


def test_targets_are_person_nouns_near_the_trigger_with_their_clause(read):
    ctx, m = mention(read, "Police cut off the phone lines of residents who installed VPN apps.")
    assert targets(m.triggers, ctx.rules) == ["residents who installed VPN apps"]
    assert targets_people(m.triggers[0], ctx.rules)


def test_the_subject_is_the_actor_but_not_a_source_or_a_bystander(read):
    ctx, m = mention(read, "Police in Kashgar cut off phone lines on Monday, officials said.")
    add_actors(m, spans_of(ctx, m), m.triggers, ctx)
    assert m.actors == [{"name": "Police", "kind": "police", "generic": True}]  # a generic noun: resolved per event (linking/actors.py)
    ctx, m = mention(read, "Internet was cut as police patrolled the streets.")
    police = next(s for s in spans_of(ctx, m) if s.label_ == "ACTOR")
    assert not is_agent(police, m.triggers, ctx.rules) and actor(police, m.triggers, m, ctx) is None


def test_an_authority_is_named_by_its_full_name(read):
    ctx, m = mention(read, "The Pakistan Telecommunication Authority (PTA) suspended mobile internet in Balochistan, and the PTA kept it off.")
    add_actors(m, spans_of(ctx, m), m.triggers, ctx)
    assert m.actors == [{"name": "Pakistan Telecommunication Authority", "kind": "regulator"}]


def test_the_carrier_is_the_carrier_named_before(read):
    ctx, m = mention(read, "Jio confirmed the directive. The carrier switched off mobile data across Haryana.", sentence=1)
    carrier = next(s for s in spans_of(ctx, m) if s.label_ == "ACTOR")
    assert carriers_before(carrier, m, ctx) == [{"name": "Jio", "kind": "carrier"}]
    assert as_list(actor(carrier, m.triggers, m, ctx)) == [{"name": "Jio", "kind": "carrier"}]
    ctx, unnamed = mention(read, "Mobile operators switched off mobile data across Haryana.")
    add_actors(unnamed, spans_of(ctx, unnamed), unnamed.triggers, ctx)
    assert unnamed.actors == []


def test_remedies_said_as_what_users_must_do(read):
    ctx, m = mention(read, "Users must present an ID card at a business hall to get their lines back.")
    add_remedies(m, spans_of(ctx, m), ctx.rules)
    assert m.remedies == {"id_verification", "registration"}  # shown at the hall: an application there, no call
    ctx, m = mention(read, "Users must go to a business hall to get their lines back.")
    add_remedies(m, spans_of(ctx, m), ctx.rules)
    assert m.remedies == {"carrier_contact"}


def test_a_remedy_given_as_the_cause_is_no_way_back(read):
    ctx, m = mention(read, "The regulator has switched off 900,000 SIM cards due to the failure of owners to register them.")
    add_remedies(m, spans_of(ctx, m), ctx.rules)
    assert m.remedies == set()
    ctx, m = mention(read, "The regulator has switched off 900,000 SIM cards because their owners did not register them.")
    add_remedies(m, spans_of(ctx, m), ctx.rules)
    assert m.remedies == set()
    ctx, m = mention(read, "Owners of the 900,000 SIM cards that were switched off must register them.")
    add_remedies(m, spans_of(ctx, m), ctx.rules)
    assert m.remedies == {"registration"}


def test_vpn_services_cut_with_the_internet_are_part_of_the_shutdown(read):
    ctx, m = mention(read, "Officials suspended internet services, including VPN services, in Imphal.")
    read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
    assert restriction(m, m.triggers, ctx.rules) == "network_shutdown" and m.services == {"internet"}


def test_internet_said_to_be_restored_later_was_cut(read):
    ctx, m = mention(read, "Mobile data was suspended in Imphal. Broadband services were restored on Friday.", sentence=1)
    m.restriction, m.services = "network_shutdown", {"mobile_internet"}
    add_restored(m, spans_of(ctx, m), [t for t in ctx.triggers if t.label_ == "LIFT"], ctx.rules)
    assert m.services == {"mobile_internet", "fixed_internet"}
    ctx, m = mention(read, "Mobile data was suspended in Imphal. Broadband could be restored if calm returns.", sentence=1)
    m.restriction, m.services = "network_shutdown", {"mobile_internet"}
    add_restored(m, spans_of(ctx, m), [t for t in ctx.triggers if t.label_ == "LIFT"], ctx.rules)
    assert m.services == {"mobile_internet"}


def test_a_service_people_own_or_phones_without_registration_are_their_lines(read):
    for text in ("Users who have not registered will have their communication services suspended in Beijing.",
                 "Mobile phones without real-name registration will be suspended from October 15."):
        ctx, m = mention(read, text)
        read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
        assert (restriction(m, m.triggers, ctx.rules), m.services) == ("subscriber_cutoff", {"mobile_service"}), text
    ctx, m = mention(read, "The junta suspended the country's communications services on Monday.")
    read_objects(m, m.triggers, spans_of(ctx, m), ctx.rules)
    assert restriction(m, m.triggers, ctx.rules) == "network_shutdown"


def test_a_desk_named_in_passing_is_no_remedy_but_a_reason_is_a_justification(read):
    ctx, m = mention(read, "The business hall on Main Street was busy as officials cited fraud.")
    add_remedies(m, spans_of(ctx, m), ctx.rules)
    assert m.remedies == set() and m.justification == {"fraud"}


def test_platforms_that_would_not_open_or_were_hard_to_reach_are_blocked(analyse):
    def blocked(text: str) -> list:
        return [(e["restriction"], e["platforms"]) for e in analyse(text, published="2023-05-18") if e["status"] == "asserted"]

    assert blocked("On polling day in Uganda, users found that Facebook, WhatsApp and Twitter would not open.") == [
        ("service_block", ["facebook", "twitter", "whatsapp"])]
    assert blocked("Users said Telegram and Signal were hard to reach in Guinea on Tuesday.") == [("service_block", ["signal", "telegram"])]



def test_a_body_with_its_acronym_in_brackets_is_the_subject_of_the_verb_after_them(analyse):
    text = ("Namibian Facebook users lost service as the Namibia Information and Broadcasting Technology Authority (NIBTA) "
            "ordered a temporary suspension of the messaging platform.")
    (event,) = [e for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]
    assert [(a["name"].split()[0], a["name"].split()[-1]) for a in event["actors"]] == [("Namibia", "Authority")]


def test_a_generic_body_takes_no_word_from_a_dateline_before_its_possessor(analyse):
    text = "MAPUTO, Oct 25 - Mozambique's government switched off mobile internet across the country on Thursday, operators said."
    (event,) = [e for e in analyse(text, published="2024-10-26") if e["status"] == "asserted"]
    assert [a["name"] for a in event["actors"]] == ["Mozambique government"]


def test_the_sides_of_a_clash_that_occasioned_the_cut_are_not_its_actors(analyse):
    for text in ("The Sudanese government shut down mobile internet in Darfur on Monday following fighting between the army and the Rapid Support Forces.",
                 "The army cut mobile internet in Darfur on Monday after an attack by the Rapid Support Forces."):
        (event,) = [e for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]
        assert "Rapid Support Forces" not in [a["name"] for a in event["actors"]]


def test_a_judge_who_ordered_service_restored_did_not_impose_the_cut(analyse):
    (event,) = [e for e in analyse(CHAD_RESTORED, published="2023-05-10") if e["status"] == "asserted"]
    assert "judge" not in [a["name"] for a in event["actors"]]



def test_carriers_an_order_tells_to_carry_out_the_measure_are_its_actors(analyse):
    text = "Mobile data was cut across Kenya on Monday during the exams. Safaricom and Airtel Kenya were ordered to enforce the measure to protect the exams."
    (event,) = [e for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]
    assert [(a["name"], a["kind"]) for a in event["actors"]] == [("Safaricom", "carrier"), ("Airtel Kenya", "carrier")]
    (event,) = [e for e in analyse(CHAD_RESTORED, published="2023-05-10") if e["status"] == "asserted"]
    assert [a["name"] for a in event["actors"]] == ["Airtel", "Moov", "Tigo"]  # told to restore it: they had cut it

CHAD_RESTORED = ("Internet access in Chad has largely been cut since the military takeover on April 20.\n\n"
                 "Most online access has been blocked since.\n\n"
                 "On Tuesday, a judge ordered Airtel, Moov and local provider Tigo to restore internet service immediately, "
                 "according to a lawyer for a consumer group.")


def test_carriers_that_say_they_received_the_order_to_cut_are_its_actors_however_far_from_the_cut(analyse):
    text = ("Residents of Lahore said they lost mobile internet on Saturday. All three operators — Jazz, Zong and the state-owned Ufone — "
            "confirmed to reporters that they had received a directive from the regulator to suspend mobile internet in the city until further notice.")
    (event,) = [e for e in analyse(text, published="2024-03-14") if e["status"] == "asserted"]
    assert {"Jazz", "Zong", "Ufone"} <= {a["name"] for a in event["actors"]}


def test_a_hotline_that_is_itself_out_of_reach_is_no_remedy(analyse):
    text = ("The interior ministry suspended mobile services across Zambia on polling day. The chairman told reporters that voters use "
            "the 1010 hotline of the electoral commission, which is currently unreachable because of the shutdown.")
    (event,) = [e for e in analyse(text, published="2022-09-05") if e["status"] == "asserted"]
    assert event["remedies"] == []


def test_the_agent_of_a_participle_describing_the_measure_imposed_it(analyse):
    text = "TikTok and Telegram are unavailable in Bhutan under an emergency measure declared by the Ministry of Digital Affairs."
    (event,) = [e for e in analyse(text, published="2022-09-05") if e["status"] == "asserted"]
    assert [a["name"] for a in event["actors"]] == ["Ministry of Digital Affairs"]


def test_carriers_on_whose_lines_a_block_was_measured_did_not_impose_it(analyse):
    text = ("Access to Facebook and WhatsApp was restricted in Armenia on Sunday. Probe metrics confirm that the apps' servers "
            "are restricted on fixed and mobile lines on Ucom (AS1234), Viva (AS5678) and Team (AS999).")
    (event,) = [e for e in analyse(text, published="2022-09-05") if e["status"] == "asserted"]
    assert event["actors"] == []
    text = "Ucom blocked Facebook in Armenia on Sunday. On Monday, Instagram also became unreachable on Ucom."
    assert all([a["name"] for a in e["actors"]] == ["Ucom"] for e in analyse(text, published="2022-09-05") if e["status"] == "asserted")
