"""A new kind of measure told without a place is read where the report's measures are."""


def kinds_of(analyse, text: str, published: str = "2021-11-02") -> list[tuple]:
    return sorted(((e["restriction"], e["province_code"]) for e in analyse(text, published=published) if e["status"] == "asserted"), key=str)


def test_a_platform_block_told_without_a_place_stays_in_the_report_s_one_region(analyse):
    text = ("Authorities suspended mobile internet in Kishtwar district of Jammu and Kashmir on Tuesday after a gunfight. "
            "The order also said that Facebook and WhatsApp would stay blocked on broadband lines until Friday.")
    assert ("service_block", None) not in kinds_of(analyse, text)


def test_each_province_of_a_list_takes_the_lead_s_date_and_actor(analyse):
    text = ("The interior ministry said on Monday that mobile phone services would be suspended in several parts "
            "of the country on Tuesday for the procession.\n\n"
            "In Sindh, mobile phone services will be suspended in Karachi and Sukkur. "
            "In Punjab, mobile phone services will be suspended in Multan.")
    events = [e for e in analyse(text, published="2022-08-08") if e["status"] == "asserted"]
    for code in ("PK-SD", "PK-PB"):
        event = next(e for e in events if e["province_code"] == code)
        assert event["date_start"] == "2022-08-09"
        assert any("ministry" in a["name"].lower() for a in event["actors"])
