"""Actors a coder reads where the parse hides them: plural body nouns ("regimes",
"departments"), a body that uses a means to cut ("used its powers to suspend"), the author of
an order told in a relative clause ("the order, which was issued by X"), and the armed forces
or a regime credited from afar with a cut the article leaves unattributed, when elsewhere
they cut or imposed or extended a cut themselves (linking/actors.article_agents, imposes,
ruling_force_words; arguments.means_verb; orders.gives_order)."""

from __future__ import annotations

from conftest import actor_names


def test_plural_regimes_are_the_actor_of_their_cut(analyse):
    names = actor_names(analyse, "The regimes in Hunan and Anhui switched off text messages from abroad last year.", "2024-05-30")
    assert names and all("regimes" in event for event in names)


def test_authorised_departments_whose_directives_cut_data_are_an_actor(analyse):
    text = ("Mobile data was suspended in parts of Sindh on Friday under the directives of authorised departments, "
            "the regulator said in a notice.")
    names = actor_names(analyse, text, "2024-05-30")
    assert any("authorised departments" in event for event in names)


def test_a_government_that_used_its_powers_to_suspend_data_is_the_actor(analyse):
    text = "The Kenyan government used its emergency powers to suspend mobile internet in Nairobi on Tuesday."
    names = actor_names(analyse, text, "2024-05-30")
    assert names and all("Kenyan government" in event for event in names)


def test_the_author_of_an_order_told_in_a_relative_clause_is_the_actor(analyse):
    text = ("Mobile internet was suspended across Jaipur district on Monday. The order, which was issued by the state "
            "home department, said the step would keep the peace during the festival.")
    names = actor_names(analyse, text, "2024-05-30")
    assert names and all("state home department" in event for event in names)


def test_the_junta_that_cut_one_region_is_credited_with_an_unattributed_cut_in_another(analyse):
    text = ("The junta cut the internet across Sagaing on Sunday, residents said. In Magway, residents said phone lines "
            "and mobile data were cut on Tuesday.")
    names = actor_names(analyse, text, "2024-05-30")
    assert len(names) == 2 and all("junta" in event for event in names)


def test_the_army_that_extended_a_blackout_is_credited_with_the_earlier_unattributed_cut(analyse):
    text = ("Residents of four townships in Magway saw phone and internet services cut off on May 20. On Sunday the army "
            "extended the blackout to six townships in Sagaing.")
    names = actor_names(analyse, text, "2024-05-30")
    assert len(names) == 2 and all("army" in event for event in names)


def test_a_body_that_condemns_a_blackout_is_not_credited_from_afar(analyse):
    text = ("Residents of four townships in Magway saw phone and internet services cut off on May 20. On Sunday the "
            "opposition front condemned the blackout in six townships in Sagaing.")
    names = actor_names(analyse, text, "2024-05-30")
    assert all(not event for event in names)


def test_a_president_named_in_apposition_to_the_title_who_signed_the_decree_is_an_actor(analyse):
    text = "Venezuela’s President Nicolas Maduro on Friday said he had signed a decree to block TikTok for a week."
    names = actor_names(analyse, text, "2024-05-30")
    assert names and all("Nicolas Maduro" in event for event in names)


def test_a_resolution_the_president_signed_is_an_order(analyse):
    text = "Peru's President Ana Lopez said on Monday she had signed a resolution to block TikTok in the country for ten days."
    names = actor_names(analyse, text, "2024-05-30")
    assert names and all(any("Ana Lopez" in name for name in event) for event in names)


def test_the_government_whose_decision_blocks_an_app_is_the_actor(analyse):
    text = "President Ana Lopez said on Monday that the government's decision to block TikTok in Peru would stand."
    names = actor_names(analyse, text, "2024-05-30")
    assert names and all(event for event in names)


def test_a_dictator_whose_second_verb_cuts_the_internet_is_an_actor(analyse):
    text = "Cornered, the dictator Omar Bakri followed his usual playbook and cut mobile internet across Sudan on Friday."
    names = actor_names(analyse, text, "2024-05-30")
    assert names and all("Omar Bakri" in event for event in names)


def test_the_dictatorship_that_switched_off_the_internet_is_the_actor(analyse):
    names = actor_names(analyse, "The dictatorship switched off the internet across Cuba on Sunday night, residents said.", "2024-05-30")
    assert names and all("dictatorship" in event for event in names)


def test_many_states_governments_are_no_actor_of_one_measure(analyse):
    text = "Chad's media regulator suspended WhatsApp on Monday, while Sahel governments have often cut social media during protests."
    assert actor_names(analyse, text, "2024-05-30") == [["media regulator"]]
