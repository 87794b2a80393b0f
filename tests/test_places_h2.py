"""A place written right after the office that serves it ("commissioner Rawalpindi") names a
person, not the place of a measure."""

from pipeline.components.linking.place_phrases import office
from pipeline.components.linking.places import is_location


def span(ctx, text):
    return next(s for s in ctx.all_spans if s.text == text)


def test_a_place_after_an_office_title_is_a_person(read):
    _, ctx = read("Twitter has been unreachable since March 3, soon after the former commissioner Multan, Asif Khan, spoke to reporters.")
    assert office(span(ctx, "Multan"))
    assert not is_location(span(ctx, "Multan"), ctx)


def test_a_place_after_an_ordinary_word_is_kept(read):
    _, ctx = read("Twitter has been unreachable in Multan since March 3.")
    assert not office(span(ctx, "Multan"))
    assert is_location(span(ctx, "Multan"), ctx)
