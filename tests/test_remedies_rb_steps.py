"""The steps carriers and regulators tell cut-off subscribers to take, as reports word them:
users advised, urged or expected to act (event_rules.json `request_verbs`), a code dialled or
sent to a short number, an instruction that opens with its purpose ("To reconnect, dial ...",
linking/remedies.purpose_then_step), details re-verified or an ID updated, and lines had
validated (models/vocab/remedies.jsonl); and the time users are given to act, which is no
waiting period (linking/remedies.window_to_act)."""

from __future__ import annotations

LEAD = "The regulator barred thousands of unregistered SIM cards across Nigeria on Monday. "


def remedies_of(analyse, text: str) -> list[list[str]]:
    return [sorted(e["remedies"]) for e in analyse(text, published="2023-03-08") if e["status"] == "asserted"]


def test_subscribers_advised_to_re_register_have_a_way_back(analyse):
    text = LEAD + "Owners of the barred cards are advised to re-register them at any branch."
    assert remedies_of(analyse, text) == [["registration"]]


def test_a_code_users_are_expected_to_dial_is_registration(analyse):
    text = LEAD + "Subscribers are expected to dial *345# and enter the number printed on their card."
    assert remedies_of(analyse, text) == [["registration"]]


def test_a_code_users_can_send_to_a_short_number_is_registration(analyse):
    text = LEAD + "Anyone who wants the line back can send 4410 to 12345 for a confirmation."
    assert remedies_of(analyse, text) == [["registration"]]


def test_an_instruction_that_opens_with_its_purpose_is_a_duty(analyse):
    text = LEAD + "To re-submit, text REG with the card number to 561."
    assert remedies_of(analyse, text) == [["registration"]]


def test_a_purpose_clause_with_a_subject_of_its_own_is_no_instruction(analyse):
    text = LEAD + "To stop the scams, the carrier will register every new line itself."
    assert remedies_of(analyse, text) == [[]]


def test_re_verifying_ownership_details_is_id_verification(analyse):
    text = LEAD + "Holders had seven days to re-verify the ownership details of each line at a shop."
    assert remedies_of(analyse, text) == [["id_verification"]]


def test_updating_an_id_at_a_branch_is_id_verification(analyse):
    text = LEAD + "The carrier sent texts asking each owner to visit a kiosk and update their ID."
    assert "id_verification" in remedies_of(analyse, text)[0]


def test_users_urged_to_have_their_cards_validated_have_a_way_back(analyse):
    text = LEAD + "Officials urged those affected to have their SIM cards validated at a kiosk."
    assert remedies_of(analyse, text) == [["registration"]]


def test_operators_urged_to_register_numbers_leave_users_no_step(analyse):
    text = LEAD + "The ministry urged operators to register the numbers again in a central database."
    assert remedies_of(analyse, text) == [[]]


def test_a_week_users_have_to_re_verify_is_no_waiting_period(analyse):
    text = LEAD + "Owners have one week after the barring to re-verify the ownership details of the line at a kiosk."
    assert remedies_of(analyse, text) == [["id_verification"]]


def test_a_line_cut_for_a_fixed_spell_still_has_a_waiting_period(analyse):
    text = ("China Mobile suspended the numbers of hundreds of residents in Kashgar on Monday. "
            "Subscribers were told the lines would stay suspended for three days and must show their ID cards at a business hall.")
    assert "waiting_period" in remedies_of(analyse, text)[0]
