"""The article context of the linking rules: what is read once per article, and the rules check."""

import json

import pytest

from pipeline.components.linking.component import EventLinker
from pipeline.components.linking.context import RulesError, acronyms, build_context, in_sentence, load_linking_rules
from pipeline.components.patterns import MODELS_DIR


def test_home_country_dateline_place_and_named_countries(read):
    _, ctx = read(
        "URUMQI, China, June 9 (Asia Wire) - Mobile internet was cut across this far-western city on Monday. "
        "Police in Kashgar also cut phone lines, a rights group in Germany said.", published="2023-06-09",
    )
    assert ctx.home == "CN"
    assert ctx.dateline_place == "CN-XJ"
    assert ctx.named == {"CN", "DE"}
    assert ctx.published == "2023-06-09"
    # the dateline's places stay in `spans` but are no place of an event
    assert "URUMQI" in [s.text for s in ctx.all_spans] and "URUMQI" not in [s.text for s in ctx.spans]
    assert [s.text for s in ctx.by_label["CITY"]] == ["URUMQI", "Kashgar"]


def test_dateline_dates_only_tell_the_reporting_period(read):
    _, ctx = read("SRINAGAR, Aug 5 (Wire) - Authorities cut mobile internet in Kashmir on Sunday.", published="2019-08-05")
    assert [d.text for d in ctx.dates] == ["Sunday"]
    assert [d.text for d in ctx.all_dates][-1] == "Sunday" and len(ctx.all_dates) == 2


def test_unambiguous_places_are_counted_to_read_ambiguous_ones(read):
    _, ctx = read("Mobile internet was suspended in Punjab on Monday. Lahore and Rawalpindi were hit hardest.")
    assert ctx.region_counts == {"PK-PB": 3}  # the place stage reads "Punjab" by Lahore and Rawalpindi
    assert ctx.home == "PK"


def test_a_body_and_its_bracketed_acronym(read):
    doc, ctx = read("The Pakistan Telecommunication Authority (PTA) suspended mobile internet. The PTA gave no reason.")
    assert ctx.aliases == {"PTA": "Pakistan Telecommunication Authority"}
    assert acronyms(doc, []) == {}


def test_in_sentence_keeps_the_spans_that_start_there(read):
    doc, ctx = read("Iran blocked Instagram. Pakistan blocked X.")
    first, second = doc.sents
    assert [s.text for s in in_sentence(ctx.all_spans, second) if s.label_ == "COUNTRY"] == ["Pakistan"]
    assert [t.text for t in in_sentence(ctx.triggers, first)] == ["blocked"]


def test_no_state_of_an_article_is_left_on_the_component(nlp, read):
    linker = nlp.get_pipe("cutoff_events")
    before = dict(vars(linker))
    read("Authorities cut mobile internet in Manipur on Monday.")
    assert vars(linker).keys() == before.keys() == {"name", "keys", "regions_file", "rules", "regions", "place_nouns", "country_names"}


def test_a_missing_or_malformed_word_list_fails_at_load_naming_it(tmp_path, monkeypatch):
    rules = json.loads((MODELS_DIR / "vocab/event_rules.json").read_text("utf-8"))
    del rules["locative_words"]
    rules["actor_max_distance"] = ["three"]
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab/broken.json").write_text(json.dumps(rules), "utf-8")
    monkeypatch.setattr("pipeline.components.rules.MODELS_DIR", tmp_path)
    with pytest.raises(RulesError, match="locative_words"):
        load_linking_rules("vocab/broken.json")
    rules["locative_words"] = ["in"]
    (tmp_path / "vocab/malformed.json").write_text(json.dumps(rules), "utf-8")
    with pytest.raises(RulesError, match="actor_max_distance must be a number"):
        EventLinker("cutoff_events", gazetteer_key="cutoff", dates_key="cutoff_dates", triggers_key="cutoff_triggers",
                    regions_file="gazetteer/regions.json", rules_file="vocab/malformed.json")


def test_build_context_reads_the_configured_span_keys(read):
    doc, ctx = read("Authorities cut mobile internet in Manipur on Monday.")
    doc.spans["other"] = []
    empty = build_context(doc, ("other", "other", "other", "other"), ctx.rules, ctx.regions)
    assert (empty.all_spans, empty.dates, empty.triggers, empty.home) == ([], [], [], None)


def test_an_article_that_names_no_place_is_about_the_country_of_its_web_address(nlp):
    from pipeline.article import Article
    from pipeline.components.linking.context import web_country
    from pipeline.extract import prepare_doc
    assert (web_country("https://news.example.com.ph/a"), web_country("https://app.example.io/a"), web_country(None)) == ("PH", None, None)
    article = Article(text="The telecommunications commission said millions of unregistered SIM cards were deactivated on Friday.",
                      source="a.txt", published="2023-07-30", url="https://news.example.com.ph/sim")
    doc = nlp(prepare_doc(nlp, article))
    assert nlp.get_pipe("cutoff_events").context(doc).home == "PH"


def test_places_the_ner_joined_into_one_name_stand_but_a_place_in_a_real_name_does_not(read):
    from spacy.tokens import Span

    doc, ctx = read("Since May, Mohnyin in Kachin State has had no internet, the Bank of Myanmar said.")
    doc.ents = [Span(doc, 1, 2, label="DATE"), Span(doc, 3, 7, label="ORG"), Span(doc, 12, 16, label="ORG")]  # as the NER tags some towns
    again = build_context(doc, ("cutoff", "places", "cutoff_dates", "cutoff_triggers"), ctx.rules, ctx.regions, ctx_place_nouns(), ctx.country_names)
    assert [(s.text, s.id_) for s in again.spans if s.label_ in ("REGION", "CITY", "COUNTRY")] == [("Mohnyin", "MM-11"), ("Kachin State", "MM-11")]


def ctx_place_nouns() -> frozenset[str]:
    return frozenset(json.loads((MODELS_DIR / "places/vocab.json").read_text("utf-8"))["place_nouns"])


def test_a_country_with_a_possessive_tagged_as_a_name_stays_a_country(read):
    # the NER tags "Burkina Faso's" as an organisation; the possessive ending makes it no name
    _, ctx = read("Burkina Faso's government cut mobile internet nationwide on Friday, aid workers said.", published="2021-06-08")
    assert [(s.text, s.id_) for s in ctx.by_label["COUNTRY"]] == [("Burkina Faso", "BF")]


def test_a_name_that_goes_on_a_list_of_places_keeps_its_places(read):
    from spacy.tokens import Span

    doc, ctx = read("Operators were told to cut service in Giza, Luxor, Aswan and Qenayat, a manager said.")
    names = [i for i, t in enumerate(doc) if t.text in ("Aswan", "Qenayat")]
    doc.ents = [Span(doc, names[0], names[1] + 1, label="ORG")]  # as the NER tags a list's unknown last names
    again = build_context(doc, ("cutoff", "places", "cutoff_dates", "cutoff_triggers"), ctx.rules, ctx.regions, ctx_place_nouns(), ctx.country_names)
    assert "Aswan" in [s.text for s in again.spans if s.label_ in ("REGION", "CITY")]
