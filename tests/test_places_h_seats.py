"""A place after a participle that seats a body ("a group based in Dharamsala") is where the
body sits, not where the measure bites."""

from pipeline.components.linking.places import is_location


def test_where_a_monitor_is_based_is_no_place_of_the_cut(read):
    _, ctx = read("China Mobile cut the lines of herders in Nagqu, according to a rights group based in Dharamsala.")
    by_text = {s.text: s for s in ctx.all_spans}
    assert not is_location(by_text["Dharamsala"], ctx)
    assert is_location(by_text["Nagqu"], ctx)


def test_a_headquartered_firm_sits_where_it_is_headquartered(read):
    _, ctx = read("Regulators blocked the app in Kenya, its operator, a firm headquartered in Dubai, said.")
    dubai = next(s for s in ctx.all_spans if s.text == "Dubai")
    assert not is_location(dubai, ctx)
