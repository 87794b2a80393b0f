"""A service said to be down ("internet access has been down since Sunday") is a loss of
service (`trigger_checks.LOSS`): it places and dates a measure the article reports, and is
never a measure alone."""

from conftest import asserted


def test_a_service_down_since_a_day_dates_the_ordered_cut(analyse):
    events = analyse(
        "Counting began in Gabon on Monday after a vote held with the country cut off: mobile calls, text "
        "messages and internet access have been down since early on Saturday under an order from the interior "
        "ministry. In a letter dated Friday, the minister told the two operators to suspend all calls, SMS and "
        "internet services for 48 hours. The vote follows a referendum last year. During protests against that "
        "referendum, internet access and text messaging were suspended nationwide from 6 am on October 20, 2022, "
        "a press group said.",
        published="2023-08-28",
    )
    assert sorted(e["date_start"] for e in asserted(events)) == ["2022-10-20", "2023-08-26"]


def test_an_app_down_for_hours_alone_is_no_measure(analyse):
    assert asserted(analyse("Telegram was down for two hours on Tuesday across Europe, users said.", published="2023-08-28")) == []


def test_shares_down_are_no_loss_of_service(analyse):
    assert analyse("Shares of the carrier were down 3 percent in Nairobi on Monday.", published="2023-08-28") == []
