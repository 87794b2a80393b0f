"""An article that names no place is about the country of its outlet: by the country's web
ending, or, for a national outlet whose address ends in a generic one ("dawn.com"), by the
outlet list in models/gazetteer/web_countries.json."""

from __future__ import annotations


def test_a_national_outlet_with_a_generic_ending_gives_its_country():
    from pipeline.components.linking.context import web_country

    assert [web_country(u) for u in ("https://www.dawn.com/news/1", "https://epaper.dawn.com/a", "https://www.punchng.com/x")] == ["PK", "PK", "NG"]


def test_only_the_outlet_s_own_domain_matches():
    from pipeline.components.linking.context import web_country

    assert [web_country(u) for u in ("https://notdawn.com/a", "https://dawn.com.example.org/a")] == [None, None]


def test_an_unplaced_article_of_a_national_outlet_is_about_its_country(nlp):
    from pipeline.article import Article
    from pipeline.extract import prepare_doc

    article = Article(text="Operators barred thousands of lines that were not linked to identity numbers on Monday.",
                      source="a.txt", published="2022-04-05", url="https://www.premiumtimesng.com/news/lines.html")
    doc = nlp(prepare_doc(nlp, article))
    assert nlp.get_pipe("cutoff_events").context(doc).home == "NG"
