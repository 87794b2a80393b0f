"""A measure the article told, named back only as the cause of what people went through
somewhere ("due to the shutdown"), is no second measure in that place."""


def places_of(analyse, text: str, published: str = "2024-03-14") -> list[tuple]:
    return sorted({(e["country"], e["province_code"] or "") for e in analyse(text, published=published) if e["status"] == "asserted"})


def test_hardship_due_to_a_national_shutdown_is_no_regional_cut(analyse):
    text = ("Pakistan's interior ministry suspended mobile phone service nationwide on Tuesday. "
            "Shopkeepers in Peshawar said sales had collapsed due to the shutdown.")
    assert places_of(analyse, text) == [("PK", "")]


def test_a_new_cut_told_with_its_own_verb_still_counts(analyse):
    text = ("Pakistan's interior ministry suspended mobile phone service nationwide on Tuesday. "
            "On Wednesday, officials also suspended mobile internet in Peshawar.")
    assert places_of(analyse, text) == [("PK", ""), ("PK", "PK-KP")]


def test_people_somewhere_unable_to_call_after_a_nationwide_cut(analyse):
    text = ("Pakistan switched off mobile phone service across the country on Tuesday. "
            "Traders in Peshawar and Quetta said they were unable to make calls.")
    assert places_of(analyse, text) == [("PK", "")]


def test_a_dated_regional_loss_after_a_national_cut_still_counts(analyse):
    text = ("Pakistan switched off mobile phone service across the country on Tuesday. "
            "In Quetta, residents have had no mobile internet since Sunday.")
    assert ("PK", "PK-BA") in places_of(analyse, text)


def test_a_placeless_mention_after_a_national_measure_is_that_measure(read):
    from pipeline.components.linking.discourse import backfill
    from pipeline.components.linking.records import Mention

    doc, _ = read("The cut was national. The shutdown hurt voters. Quetta lost data too.")
    first, second, third = doc.sents

    def mention(sent, **kw):
        return Mention("asserted", sent, sent.start, sent.end, [], restriction="network_shutdown", country="PK", **kw)

    national, placeless, regional = mention(first, national=True), mention(second), mention(third, region="PK-BA")
    backfill([national, placeless, regional])
    assert placeless.region is None
    lead = mention(second)
    backfill([lead, regional])
    assert lead.region == "PK-BA"  # a lead with no place still takes the one place told next
