"""A sentence with triggers read into mentions: one per trigger, one per region it names."""

from pipeline.components.linking.context import in_sentence
from pipeline.components.linking.mentions import fill, sentence_mentions
from pipeline.components.linking.records import Mention


def mentions(read, text, published="2023-05-10"):
    doc, ctx = read(text, published)
    sent = next(doc.sents)
    trigs = [t for t in ctx.triggers if t.label_ != "LIFT"]
    return sentence_mentions(sent, trigs, in_sentence(ctx.spans, sent), in_sentence(ctx.dates, sent), ctx)


def test_a_sentence_naming_several_regions_gives_one_mention_each_with_its_date(read):
    found = mentions(read, "Shandong imposed the block on February 3, Hunan last October, and Sichuan in July.", published="2022-04-10")
    assert [(m.region, [d["value"] for d in m.dates]) for m in found] == [
        ("CN-SD", ["2022-02-03"]), ("CN-HN", ["2021-10"]), ("CN-SC", ["2021-07"])]
    assert len({m.triggers[0].start for m in found}) == 1  # the parts with no trigger take the one before


def test_each_trigger_is_a_mention_with_its_own_services_and_dates(read):
    cut, blocked = mentions(read, "Authorities cut mobile internet across Iran on Sunday, and WhatsApp remained blocked on Tuesday.")
    assert (cut.restriction, cut.services, cut.country, [d["text"] for d in cut.dates]) == ("network_shutdown", {"mobile_internet"}, "IR", ["Sunday"])
    assert (blocked.restriction, blocked.platforms) == ("service_block", {"whatsapp"})
    assert "Tuesday" in [d["text"] for d in blocked.dates] and {d["role"] for d in blocked.dates} == {"ongoing"}


def test_a_place_in_another_clause_is_not_the_measures(read):
    [m] = mentions(read, "Protesters marched in Tehran as authorities in Iran blocked Telegram.")
    assert (m.region, m.country) == (None, "IR")  # Tehran is where they marched


def test_fill_reads_actors_targets_and_remedies(read):
    doc, ctx = read("Police in Kashgar cut off the phone lines of residents who installed VPN apps, citing terrorism.")
    sent = next(doc.sents)
    trig = ctx.triggers[0]
    m = Mention(status=trig._.status, sent=sent, start=sent.start, end=sent.end, triggers=[trig])
    spans = in_sentence(ctx.spans, sent)
    fill(m, [trig], spans, spans, in_sentence(ctx.dates, sent), ctx, False)
    assert (m.region, m.city, m.restriction, m.services) == ("CN-XJ", "Kashgar", "subscriber_cutoff", {"mobile_service"})
    assert [a["kind"] for a in m.actors] == ["police"]
    assert m.targets == ["residents who installed VPN apps"] and m.platforms == set()
    assert m.justification == {"terrorism"}
