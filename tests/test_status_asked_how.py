"""A trigger asked about ("asking how to disable calls from abroad", "whether to suspend data")
is a question, not a measure (`status.asked_how`)."""

from conftest import asserted


def test_asking_how_to_disable_calls_from_abroad_is_no_barring(analyse):
    events = analyse('An agent at a carrier in Jiangsu said many people had called asking how to disable incoming calls from abroad.',
                     published="2022-07-10")
    assert asserted(events) == []


def test_discussing_whether_to_suspend_data_is_no_suspension(analyse):
    events = analyse("Officials in Punjab met on Thursday to decide whether to suspend mobile internet in Lahore.", published="2024-07-12")
    assert asserted(events) == []
