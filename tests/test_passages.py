"""Parse what can matter (issue 15): the tagger, parser and lemmatizer run only on the
paragraphs that can hold or complete an event, NER and the rule stages on the whole article,
and the events are those of the full parse."""

from __future__ import annotations

from dataclasses import replace

from conftest import ROOT
from pipeline import DEFAULT_MODEL
from pipeline.analyse import analyse_batch
from pipeline.article import Article
from pipeline.extract import prepare_doc
from pipeline.nlp import STAGES
from pipeline.passages import analyse_docs, default_picker, paragraph_starts, rule_sentences
from pipeline.readers import iter_articles

# Background written for this test: nothing in it can hold or complete an event.
BACKGROUND = [
    "The city's football club won its third match in a row on Saturday, a late header sealing a 2-1 victory in front of a crowd of 18,000.",
    "Fans had queued since the morning. The coach said the squad was young and would improve, and praised the goalkeeper for two saves in the first half.",
    "A folk music festival opened on the same weekend in the old town, with 140 concerts in nine venues and a third of them free.",
    "Organisers said ticket sales were the best in twenty years. Next year's edition will add a children's programme and a night market.",
]


def samples() -> list[Article]:
    return [a for a in iter_articles([ROOT / "data" / "samples"]) if isinstance(a, Article)]


def with_background(article: Article) -> Article:
    """The article with the background paragraphs after its third paragraph."""
    paragraphs = article.text.split("\n\n")
    return replace(article, text="\n\n".join(paragraphs[:3] + BACKGROUND + paragraphs[3:]))


def test_the_picked_paragraphs_are_parsed_as_in_the_whole_article_and_the_rest_is_not(nlp):
    article = with_background(samples()[0])
    full = nlp(prepare_doc(nlp, article))
    part = next(analyse_docs(nlp, [prepare_doc(nlp, article)], STAGES))
    runs = default_picker().pick(part)
    assert part.text == full.text and len(part) == len(full)
    assert runs[0][2] and any(not parse for _, _, parse in runs)  # the lead is parsed, some background is not
    background = part.text.index(BACKGROUND[2])
    assert any(not parse and part[s].idx <= background < part[e - 1].idx for s, e, parse in runs)
    for start, end, parse in runs:
        for t, u in zip(full[start:end], part[start:end]):
            if parse:  # the same tags, tree, lemmas and sentences as in the full parse
                assert (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.is_sent_start) == (u.tag_, u.pos_, u.dep_, u.head.i, u.lemma_, u.is_sent_start)
            else:
                assert u.tag_ == "" and u.lemma_ == ""
    assert [(e.start, e.end, e.label_) for e in part.ents] == [(e.start, e.end, e.label_) for e in full.ents]  # NER: the whole article
    starts = {t.i for t in part if t.is_sent_start}
    second = BACKGROUND[3].index("Next year")
    assert part.text.index(BACKGROUND[3]) + second in {part[i].idx for i in starts}  # unparsed paragraphs still have sentences
    assert part._.events == full._.events and part._.events


def test_the_same_events_as_the_full_parse_with_and_without_background(nlp):
    articles = samples()
    articles += [replace(with_background(a), source=f"bg-{a.source}") for a in articles]
    full = analyse_batch(articles, DEFAULT_MODEL, full_parse=True)
    part = analyse_batch(articles, DEFAULT_MODEL)
    assert not full.errors and not part.errors
    assert part.results == full.results and full.n_events >= 20


def test_paragraphs_and_rule_sentences(nlp):
    doc = nlp.make_doc("KYIV, May 3 - Mr. Petrenko spoke. Then he left!\n\n\"Quiet,\" he said. The U.S. team won 2-1.\n\nEnd")
    starts = paragraph_starts(doc)
    assert [doc[i].text for i in starts] == ["KYIV", '"', "End"]
    first = rule_sentences(doc, starts[0], starts[1])
    assert [doc[i].text for i in first] == ["KYIV", "Then"]  # not after "Mr."
    second = rule_sentences(doc, starts[1], starts[2])
    assert [doc[i].text for i in second] == ['"', "The"]  # not after "U.S."


def test_a_long_page_is_read_by_the_model_in_bounded_pieces_with_the_same_events(nlp, monkeypatch):
    """Pieces of at most PIECE_TOKENS tokens (cut at paragraph ends), at most BATCH_TOKENS per
    model call: the model's memory no longer grows with the page, and the events stay."""
    import pipeline.passages as passages

    articles = [with_background(a) for a in samples()[:6]]
    full = analyse_batch(articles, DEFAULT_MODEL, full_parse=True)
    calls: list[int] = []
    chunks = passages._token_chunks

    def recorded(keys, sizes):
        for chunk in chunks(keys, sizes):
            calls.append(sum(size for key, size in zip(keys, sizes) if key in chunk))
            yield chunk

    monkeypatch.setattr(passages, "PIECE_TOKENS", 120)
    monkeypatch.setattr(passages, "BATCH_TOKENS", 300)
    monkeypatch.setattr(passages, "_token_chunks", recorded)
    part = analyse_batch(articles, DEFAULT_MODEL)
    assert part.results == full.results
    assert calls and max(calls) <= 300 + 120  # a call holds at most the budget and one piece past it
