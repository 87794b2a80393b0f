"""The review page driven in headless Chromium (issue 14's acceptance test): open the queue with
the token, correct an event's province and a service, add a missed event from a selection in
the text, reload and see both kept, accept with the `a` key, rerun `cutoff run --reprocess` and
see them still there, go on with `n`; an article carrying `<script>` and `onerror=` markup runs
no script. Uses the system browser and driver (apt: chromium, chromium-driver) through selenium;
nothing is downloaded."""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from conftest import ROOT, write
from pipeline.cli import main

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -r requirements.lock)")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no system chromium/chromedriver (apt-get install chromium chromium-driver; .ci/run installs them)",
)

HOSTILE = """---
id: hostile
title: <script>window.__xss = 1</script>Manipur mobile internet cut <img src=x onerror="window.__xss = 2">
published: 2023-05-04
---
IMPHAL, May 4 - Authorities suspended mobile internet across Manipur on Wednesday <script>window.__xss = 3</script> after clashes between two communities, officials said.

<img src=x onerror="window.__xss = 4"><svg onload="window.__xss = 5"></svg> The shutdown was ordered for five days.
"""
MISSED = "After ethnic riots in Urumqi in July 2009 that killed about 200 people, the government shut down internet access across Xinjiang for roughly ten months."
SELECT_PHRASE = """
const root = document.getElementById("article-text"), phrase = arguments[0];
const at = root.textContent.indexOf(phrase);
if (at < 0) { return null; }
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), range = document.createRange();
let pos = 0, started = false, node;
while ((node = walker.nextNode())) {
  const length = node.data.length;
  if (!started && at < pos + length) { range.setStart(node, at - pos); started = true; }
  if (started && at + phrase.length <= pos + length) { range.setEnd(node, at + phrase.length - pos); break; }
  pos += length;
}
const selection = window.getSelection();
selection.removeAllRanges();
selection.addRange(range);
return selection.toString();
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """sample-01 and the hostile article run through the pipeline, and a review server on them."""
    from pipeline.review.server import start

    tmp = tmp_path_factory.mktemp("browser")
    inbox, out = tmp / "inbox", tmp / "out"
    shutil.copy(ROOT / "data" / "samples" / "sample-01.txt", write(inbox / "hostile.txt", HOSTILE).parent / "sample-01.txt")
    assert main(["run", str(inbox), "--out", str(out), "--quiet"]) == 0
    server, url = start(out, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield inbox, out, url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1500,1200",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_OFFLINE", "true")  # never let selenium fetch a browser or driver
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def wait(driver, condition, seconds: float = 20):
    # a page being replaced can answer a query with an inspector error: ask again
    return WebDriverWait(driver, seconds, ignored_exceptions=(WebDriverException,)).until(condition)


def click(driver, element) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def reloaded(driver, action) -> None:
    """Do `action`, then wait until the page it causes has loaded (a mark set on the old page is gone)."""
    driver.execute_script("window.__old_page = true")
    action()
    wait(driver, lambda d: d.execute_script("return document.readyState === 'complete' && !window.__old_page"))


def card(driver, index: int):
    return driver.find_element(By.CSS_SELECTOR, f'form.event[data-index="{index}"]')


def field(form, name: str):
    return form.find_element(By.CSS_SELECTOR, f'[name="{name}"]')


def checked(form, name: str) -> list[str]:
    return [box.get_attribute("value") for box in form.find_elements(By.CSS_SELECTOR, f'input[name="{name}"]') if box.is_selected()]


def assert_corrections_kept(driver) -> None:
    first = card(driver, 0)
    assert field(first, "province_code").get_attribute("value") == "CN-QH"
    assert field(first, "province").get_attribute("value") == "Qinghai"
    assert "sms" in checked(first, "services")
    assert first.find_element(By.CSS_SELECTOR, ".badge").text == "corrected"
    added = driver.find_element(By.CSS_SELECTOR, "form.event.state-added")
    assert Select(field(added, "restriction")).first_selected_option.get_attribute("value") == "network_shutdown"
    assert field(added, "province_code").get_attribute("value") == "CN-XJ"
    assert checked(added, "services") == ["internet"]
    assert field(added, "actor_name").get_attribute("value") == "the government"
    evidence = added.find_element(By.CSS_SELECTOR, ".evidence li").get_attribute("textContent")
    assert evidence == MISSED


def test_review_in_the_browser(served, browser):
    inbox, out, url = served
    driver = browser
    driver.get(url)  # the token sets the cookie and is dropped from the address
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "table.queue")))
    assert "token=" not in driver.current_url
    total = int(driver.find_element(By.ID, "progress").text.split(" of ")[1].split()[0])
    assert driver.find_element(By.ID, "progress").text == f"0 of {total} articles reviewed"

    reloaded(driver, lambda: click(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Xinjiang residents")))
    wait(driver, lambda d: d.execute_script("return document.querySelectorAll('#regions option').length") > 3000)  # code list in
    first = card(driver, 0)
    province = field(first, "province_code")
    province.clear()
    province.send_keys("CN-QH\t")  # the change fills the province's name from the code list
    wait(driver, lambda d: field(card(d, 0), "province").get_attribute("value") == "Qinghai")
    sms = first.find_element(By.CSS_SELECTOR, 'input[name="services"][value="sms"]')
    click(driver, sms)
    reloaded(driver, lambda: click(driver, first.find_element(By.CSS_SELECTOR, "button.accept")))

    assert driver.execute_script(SELECT_PHRASE, MISSED) == MISSED
    click(driver, driver.find_element(By.ID, "add-event"))
    new = driver.find_element(By.ID, "new-event")
    assert new.find_element(By.ID, "new-evidence-text").text == MISSED
    Select(field(new, "restriction")).select_by_value("network_shutdown")
    field(new, "country").send_keys("CN")
    field(new, "province_code").send_keys("CN-XJ")
    field(new, "date_start").send_keys("2009-07")
    click(driver, new.find_element(By.CSS_SELECTOR, 'input[name="services"][value="internet"]'))
    click(driver, new.find_element(By.CSS_SELECTOR, "button.add-actor"))
    field(new, "actor_name").send_keys("the government")
    Select(field(new, "actor_kind")).select_by_value("government")
    reloaded(driver, lambda: click(driver, new.find_element(By.CSS_SELECTOR, "button.add")))

    driver.refresh()
    assert_corrections_kept(driver)
    assert driver.find_element(By.ID, "review-state").text == "review in progress"  # the other events are unchecked
    reloaded(driver, lambda: ActionChains(driver).send_keys("a").perform())  # accept the article
    assert driver.find_element(By.ID, "review-state").text == "reviewed"
    assert driver.find_element(By.ID, "progress").text == f"1 of {total} articles reviewed"

    assert main(["run", str(inbox), "--out", str(out), "--quiet", "--reprocess"]) == 0
    driver.refresh()
    assert_corrections_kept(driver)
    assert driver.find_element(By.ID, "review-state").text == "reviewed"
    exported = [json.loads(line) for line in (out / "events.jsonl").read_text("utf-8").splitlines()]
    mine = [e for e in exported if e["source"] == "inbox/sample-01.txt"]
    assert mine and all(e["reviewed"] for e in mine)
    assert {"CN-QH", "CN-XJ"} <= {e["province_code"] for e in mine}
    assert not any(e["reviewed"] for e in exported if e["source"] != "inbox/sample-01.txt")

    reloaded(driver, lambda: ActionChains(driver).send_keys("n").perform())  # the next article: the hostile one
    assert "hostile" in driver.current_url
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert "<script>window.__xss = 1</script>" in heading and 'onerror="window.__xss = 2"' in heading
    assert "<svg onload" in driver.find_element(By.ID, "article-text").text
    assert driver.find_elements(By.CSS_SELECTOR, "h1 *, #article-text img, #article-text svg, #article-text script") == []
    assert driver.execute_script("return window.__xss") is None
    driver.get(url.split("?")[0] + "?review=all")  # the queue lists its title too
    wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "table.queue")))
    assert "<script>" in driver.find_element(By.CSS_SELECTOR, "table.queue").text
    assert driver.execute_script("return window.__xss") is None

    problems = [entry["message"] for entry in driver.get_log("browser")
                if entry["level"] == "SEVERE" and "favicon" not in entry["message"]]
    assert problems == []  # no script error, no Content-Security-Policy violation
