"""A new kind of measure told without a place is read where the report's measures are."""


def kinds_of(analyse, text: str, published: str = "2021-11-02") -> list[tuple]:
    return sorted(((e["restriction"], e["province_code"]) for e in analyse(text, published=published) if e["status"] == "asserted"), key=str)


def test_a_platform_block_told_without_a_place_stays_in_the_report_s_one_region(analyse):
    text = ("Authorities suspended mobile internet in Kishtwar district of Jammu and Kashmir on Tuesday after a gunfight. "
            "The order also said that Facebook and WhatsApp would stay blocked on broadband lines until Friday.")
    assert ("service_block", None) not in kinds_of(analyse, text)
