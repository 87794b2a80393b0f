"""The body that gave service back, credited with a cut the article tells without its doer
(linking/restorers.py): the subject of a restoring verb, of a verb whose object is a
restoration, or a body that says service was restored; never one only asked to restore,
nor "authorities" or officials, and never beside a doer the article names."""

from __future__ import annotations

from conftest import actor_names


def test_the_body_that_restored_service_cut_without_a_doer(analyse):
    text = ("Mobile data was switched off in Quetta on Friday as protests spread. "
            "The Pakistan Telecommunication Authority restored mobile data in the city on Sunday evening.")
    names = actor_names(analyse, text, "2024-06-10")
    assert names and all(any("Telecommunication Authority" in n for n in event) for event in names)


def test_the_body_that_announced_the_restoration(analyse):
    text = ("Internet access was suspended across Pakistan on Tuesday. "
            "On Friday the Pakistan Telecommunication Authority announced the restoration of broadband across the country.")
    names = actor_names(analyse, text, "2024-06-10")
    assert names and all(any("Telecommunication Authority" in n for n in event) for event in names)


def test_a_body_that_says_service_has_been_restored(analyse):
    text = ("Mobile internet was cut in Peshawar on Monday. "
            "The Pakistan Telecommunication Authority said on Wednesday that mobile internet in Peshawar had been restored.")
    names = actor_names(analyse, text, "2024-06-10")
    assert names and all(any("Telecommunication Authority" in n for n in event) for event in names)


def test_a_body_only_called_on_to_restore_is_no_actor(analyse):
    text = ("Mobile internet was cut in Peshawar on Monday. "
            "Traders urged the Pakistan Telecommunication Authority to restore it, and said the authority should restore it at once.")
    names = actor_names(analyse, text, "2024-06-10")
    assert not any(any("Telecommunication Authority" in n for n in event) for event in names)


def test_a_named_doer_of_the_cut_keeps_the_restorer_out(analyse):
    text = ("The Ministry of Interior suspended mobile internet in Peshawar on Monday. "
            "The Pakistan Telecommunication Authority restored it on Wednesday.")
    names = actor_names(analyse, text, "2024-06-10")
    assert names and not any(any("Telecommunication Authority" in n for n in event) for event in names)


def test_a_body_whose_officer_says_service_was_restored(analyse):
    text = ("Mobile internet was cut across Ethiopia last week during national exams. "
            '"Mobile data in Addis Ababa was restored this morning," Abebe Kebede, chief executive of Ethio Telecom, told reporters.')
    names = actor_names(analyse, text, "2024-06-10")
    assert names and all(any("Ethio Telecom" in n for n in event) for event in names)


def test_a_promise_to_restore_gives_the_speaker_no_part_in_the_cut(analyse):
    text = ("Mobile internet was cut in Peshawar on Monday. "
            "The Pakistan Telecommunication Authority said on Wednesday that mobile internet in Peshawar will be restored soon.")
    names = actor_names(analyse, text, "2024-06-10")
    assert not any(any("Telecommunication Authority" in n for n in event) for event in names)
