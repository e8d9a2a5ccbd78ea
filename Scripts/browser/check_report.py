"""Opens an `attribution report` page in Chromium through Selenium and uses it as a reader would.

Checks, failing with a message on the first that does not hold:
- the page's scripts run (the filter bar is shown) and the browser logs no console message and
  no Content-Security-Policy violation;
- filtering to "uncorroborated" leaves exactly the claims that are not corroborated;
- an outlet filter leaves only claims carried by that outlet;
- clicking a claim opens its chain: its chain map and quoted sentences with article and line;
- searching for a source's name finds the claims it speaks to, and only claims that mention it;
- the zoom buttons zoom the map, "Fit" restores it;
- at 1,600 px the page does not scroll sideways.

Usage: python3 check_report.py REPORT.html OUT_DIR   (screenshots go to OUT_DIR)
"""

import json
import pathlib
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def fail(message):
    print(f"check-report: FAIL {message}", file=sys.stderr)
    sys.exit(1)


def browser():
    options = webdriver.ChromeOptions()
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            options.binary_location = path
            break
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1600,1200", "--no-first-run", "--disable-background-networking"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


def visible_claims(driver):
    return [item for item in driver.find_elements(By.CSS_SELECTOR, "li.claim") if item.is_displayed()]


def main():
    report = pathlib.Path(sys.argv[1]).resolve()
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    driver = browser()
    figures = {}
    try:
        driver.get(report.as_uri())
        wait = WebDriverWait(driver, 20)
        wait.until(lambda d: d.find_element(By.ID, "filters").is_displayed())
        claims = driver.find_elements(By.CSS_SELECTOR, "li.claim")
        total = len(claims)
        if total == 0:
            fail("the report lists no claim")
        uncorroborated = sum(1 for c in claims if c.get_attribute("data-corroborated") == "no")
        figures["claims"] = total
        figures["uncorroborated"] = uncorroborated

        # Needs checking first: every uncorroborated claim before every corroborated one.
        order = [c.get_attribute("data-corroborated") for c in claims]
        if order != sorted(order):
            fail("corroborated claims are listed before uncorroborated ones")

        # Status filter.
        Select(driver.find_element(By.ID, "filter-status")).select_by_value("uncorroborated")
        shown = visible_claims(driver)
        if len(shown) != uncorroborated or any(c.get_attribute("data-corroborated") != "no" for c in shown):
            fail(f"'uncorroborated' shows {len(shown)} claims, expected the {uncorroborated} not corroborated")
        counter = driver.find_element(By.ID, "shown").text
        if f"{uncorroborated} of {total}" not in counter and uncorroborated != total:
            fail(f"the count line says '{counter}'")
        driver.save_screenshot(str(out / "uncorroborated.png"))
        Select(driver.find_element(By.ID, "filter-status")).select_by_value("")
        if len(visible_claims(driver)) != total:
            fail("clearing the status filter does not show every claim again")

        # Outlet filter: every claim left is carried by that outlet.
        outlets = [o.get_attribute("value") for o in
                   driver.find_elements(By.CSS_SELECTOR, "#filter-outlet option") if o.get_attribute("value")]
        if outlets:
            Select(driver.find_element(By.ID, "filter-outlet")).select_by_value(outlets[0])
            shown = visible_claims(driver)
            if not shown or any(outlets[0] not in json.loads(c.get_attribute("data-outlets")) for c in shown):
                fail(f"the outlet filter '{outlets[0]}' shows claims it does not carry, or none")
            figures[f"claims of {outlets[0]}"] = len(shown)
            Select(driver.find_element(By.ID, "filter-outlet")).select_by_value("")

        # Clicking a claim shows its chain, with the sentences and where they stand.
        first = visible_claims(driver)[0]
        body = first.find_element(By.CSS_SELECTOR, ".chain-body")
        if body.is_displayed():
            fail("a claim's chain is open before it is clicked")
        first.find_element(By.CSS_SELECTOR, "summary").click()
        wait.until(lambda d: body.is_displayed())
        sentences = [q for q in body.find_elements(By.CSS_SELECTOR, "q.sentence") if q.is_displayed()]
        places = [p.text for p in body.find_elements(By.CSS_SELECTOR, ".statement .place")]
        if not sentences or not all(q.text.strip() for q in sentences):
            fail("the opened claim shows no quoted sentence")
        if not places or not all(", line " in p for p in places):
            fail(f"chain steps do not give article and line: {places[:3]}")
        chain_map = body.find_elements(By.CSS_SELECTOR, "figure.chain-map svg")
        if not chain_map or not chain_map[0].is_displayed():
            fail("the opened claim shows no chain map")
        highlighted = chain_map[0].find_elements(By.CSS_SELECTOR, "g.node path[stroke-width='4'], g.node polygon[stroke-width='4']")
        if not highlighted:
            fail("the claim is not highlighted on its chain map")
        figures["sentences in the first claim's chain"] = len(sentences)
        driver.execute_script("arguments[0].scrollIntoView()", first)
        driver.save_screenshot(str(out / "claim.png"))

        # Search finds a source.
        nodes = body.find_elements(By.CSS_SELECTOR, "ul.tree li")
        speakers = [n for n in nodes
                    if n.find_element(By.CSS_SELECTOR, ".tag").text in ("person", "institution")]
        source = (speakers or nodes)[0].find_element(By.CSS_SELECTOR, ".node").text
        driver.find_element(By.ID, "search").send_keys(source)
        shown = visible_claims(driver)
        if not shown or first not in shown:
            fail(f"searching for the source '{source}' does not find its claim")
        if any(source.lower() not in c.get_attribute("textContent").lower() for c in shown):
            fail(f"searching for '{source}' shows claims that do not mention it")
        figures[f"claims found searching '{source}'"] = len(shown)
        driver.find_element(By.ID, "search").clear()
        driver.execute_script(
            "document.getElementById('search').dispatchEvent(new Event('input', {bubbles: true}))")

        # Zoom on the case map.
        view = driver.find_element(By.CSS_SELECTOR, "#map figure.zoomable svg g.view")
        driver.find_element(By.CSS_SELECTOR, "#map .zoom-in").click()
        if "scale(1.6)" not in (view.get_attribute("transform") or ""):
            fail(f"'+' does not zoom the map (transform {view.get_attribute('transform')!r})")
        driver.find_element(By.CSS_SELECTOR, "#map .zoom-fit").click()
        if "scale(1)" not in (view.get_attribute("transform") or ""):
            fail("'Fit' does not restore the map")

        # No sideways scrolling at 1,600 px; the map's drawn size.
        width = driver.execute_script("return document.documentElement.scrollWidth")
        inner = driver.execute_script("return window.innerWidth")
        if width > inner:
            fail(f"the page scrolls sideways at {inner} px: {width} px wide")
        size = driver.execute_script(
            "var r = document.querySelector('#map svg').getBoundingClientRect(); return [r.width, r.height]")
        figures["map drawn at (px)"] = f"{round(size[0])} x {round(size[1])}"
        driver.find_element(By.ID, "map").location_once_scrolled_into_view
        driver.save_screenshot(str(out / "map.png"))

        messages = [entry for entry in driver.get_log("browser")]
        if messages:
            (out / "console.log").write_text("\n".join(json.dumps(m) for m in messages))
            fail(f"the browser logged {len(messages)} console message(s), first: {messages[0].get('message')}")
    finally:
        driver.quit()
    for key, value in figures.items():
        print(f"check-report: {key}: {value}")


if __name__ == "__main__":
    main()
