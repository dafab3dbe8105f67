#!/usr/bin/env python3
"""The served pages in a real browser (Selenium, Debian's chromium and chromium-driver).

    intake_test.py BASE_URL TOKEN ARTIFACT_DIR SECRETARIAT_TOKEN

In a desktop window: logs in as polda-ntt, opens the 2026-Q4 form from the home page, fills it
with `1.234` for a count, sees validate's message beside that field (and in the list at the top)
in Indonesian, fixes it, checks, files from the check page and sees the receipt.

Then 375 pixels wide with JavaScript off (DESIGN's two-step form): the clerk types 1234 in the
first field (ten times its target) with another left blank and presses Enter: the check page,
nothing filed; back to the form, versions/2 does not exist; checks again and files from the check
page; the receipt in the declaration's local time. The secretariat reads version 1 as a page,
then the diff of 1 and 2 (old before new), and approves; the clerk's form is then the locked
report, shown without a form. Screenshots go to ARTIFACT_DIR; their paths are printed. Exit 1 on
the first failed check.
"""
import os
import sys

from browserlib import chrome, is_stale, submit as press
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, TOKEN, ARTIFACTS, SECRETARIAT = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
QUARTER, SIGNATORY = "2026-Q4", "polda-ntt"
FORM = f"/reports/{QUARTER}/{SIGNATORY}"
# validate's words for 1.234 in a count, in Indonesian.
WORDS = "seharusnya bilangan bulat (0 atau lebih), tertulis '1.234' (titik bukan pemisah ribuan di sini)"
VALUES = {"tppo_cases_investigated": "1.234", "cases_to_prosecution": "4", "suspects_named": "",
          "tppo_reports_received": "15", "victims_rescued": "", "departures_prevented": "120"}
shots = []


def fail(message):
    print(f"browser-check: FAIL: {message}")
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def browser(width, height, javascript=True):
    return chrome(width, height, javascript=javascript, flags=("--lang=id",))


def submit(driver, selector):
    """Clicks the submit button `selector` and waits for the next page."""
    press(driver, driver.find_element(By.CSS_SELECTOR, selector))


def shot(driver, name):
    path = os.path.join(ARTIFACTS, name)
    driver.save_screenshot(path)
    shots.append(path)


def policy_violations(driver):
    return [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]


def run(label, width, height, version):
    driver = browser(width, height)
    try:
        driver.get(BASE + "/login")
        inner = driver.execute_script("return window.innerWidth")
        check(inner == width, f"the viewport is {inner} pixels wide, not {width}")
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id", "the login page is not in Indonesian")
        # The stylesheet loaded under the policy: the header has its colour.
        header = driver.find_element(By.TAG_NAME, "header").value_of_css_property("background-color")
        check(header in ("rgba(20, 54, 93, 1)", "rgb(20, 54, 93)"), f"the stylesheet did not apply (header {header})")
        shot(driver, f"{label}-1-login.png")
        driver.find_element(By.ID, "token").send_keys(TOKEN)
        submit(driver, "form.card button[type=submit]")
        check(driver.current_url.endswith(f"/signatories/{SIGNATORY}"), f"login led to {driver.current_url}")
        shot(driver, f"{label}-2-home.png")
        link = driver.find_element(By.CSS_SELECTOR, f'a[href="{FORM}"]')
        link.click()
        WebDriverWait(driver, 20).until(lambda _: is_stale(link))
        check(driver.current_url.endswith(FORM), f"the home page's link led to {driver.current_url}")

        for indicator, value in VALUES.items():
            field = driver.find_element(By.NAME, f"v.{indicator}")
            field.clear()
            field.send_keys(value)
        for name, value in (("s.cases.0.ref", "LP/B/600/XI/2026/SPKT/POLDA NTT"), ("s.cases.0.suspects", "2"),
                            ("s.cases.0.victims", "3")):
            field = driver.find_element(By.NAME, name)
            field.clear()
            field.send_keys(value)
        Select(driver.find_element(By.NAME, "s.cases.0.stage")).select_by_value("investigation")
        submit(driver, "button.primary")

        # The message beside the field, in Indonesian, the value kept; and in the list at the top.
        field = driver.find_element(By.ID, "f-v-tppo_cases_investigated")
        check(field.get_attribute("value") == "1.234", "the typed value was not kept")
        box = field.find_element(By.XPATH, "..")
        check("invalid" in box.get_attribute("class"), "the field is not marked invalid")
        beside = [p.text for p in box.find_elements(By.CSS_SELECTOR, "p.field-error")]
        check(any(WORDS in text for text in beside), f"no message beside the field: {beside}")
        top = driver.find_element(By.ID, "errors").text
        check(WORDS in top and "tidak ada yang disimpan" in top, f"the list at the top says: {top[:300]}")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        shot(driver, f"{label}-3-mistake-beside-field.png")
        driver.execute_script("window.scrollTo(0, 0)")
        shot(driver, f"{label}-4-mistakes-listed.png")

        field.clear()
        field.send_keys("12")
        submit(driver, "button.primary")
        check("Periksa sebelum mengirim" in driver.page_source, "checking did not show the check page")
        shot(driver, f"{label}-5-check.png")
        submit(driver, "button[value=file]")
        check(driver.current_url.endswith(f"{FORM}/versions/{version}"), f"filing led to {driver.current_url}")
        receipt = driver.find_element(By.ID, "receipt-id").text
        check(receipt.startswith(f"{QUARTER}-{SIGNATORY}-v{version}-"), f"receipt {receipt}")
        check(driver.find_element(By.ID, "filing").text == "tepat waktu", "the receipt does not say on time")
        check("Laporan Anda sudah tersimpan." in driver.page_source, "no stored notice")
        shot(driver, f"{label}-6-receipt.png")
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        check(overflow <= 0, f"the receipt page is {overflow} px wider than the {width} px window")
        violations = policy_violations(driver)
        check(not violations, f"Content-Security-Policy violations: {violations}")
        print(f"browser-check: {label} ({width}x{height}): filed {receipt}")
    except BaseException:
        shot(driver, f"{label}-failed.png")
        with open(os.path.join(ARTIFACTS, f"{label}-failed.html"), "w", encoding="utf-8") as page:
            page.write(driver.page_source)
        print(f"browser-check: {label}: failed at {driver.current_url}; see {label}-failed.png")
        raise
    finally:
        driver.quit()


def fits(driver, what):
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    check(overflow <= 0, f"{what} is {overflow} px wider than the window")


def login(driver, token, lands_on):
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.card button[type=submit]")
    check(driver.current_url.endswith(lands_on), f"login led to {driver.current_url}")


def open_page(driver, path):
    driver.get(BASE + path)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def walk_without_javascript():
    """The two-step form, the secretariat's versions and a locked report, 375 px, scripts off."""
    clerk = browser(375, 812, javascript=False)
    secretariat = browser(375, 812, javascript=False)
    try:
        login(clerk, TOKEN, f"/signatories/{SIGNATORY}")
        inner = clerk.execute_script("return window.innerWidth")
        check(inner == 375, f"the phone viewport is {inner} px wide, not 375")
        open_page(clerk, FORM)
        fits(clerk, "the form")
        # Ten times the target of 100 and more; one value left blank; Enter in the first field.
        clerk.find_element(By.NAME, "v.cases_to_prosecution").clear()
        first = clerk.find_element(By.NAME, "v.tppo_cases_investigated")
        first.clear()
        first.send_keys("1234")
        first.send_keys(Keys.ENTER)
        WebDriverWait(clerk, 20).until(lambda _: is_stale(first))
        page = clerk.page_source
        check("Periksa sebelum mengirim" in page, "Enter did not lead to the check page")
        check("tidak dilaporkan" in page, "the blank is not shown as not reported")
        check("lebih dari 10× targetnya" in page, "no plausibility warning on the check page")
        check("Perkara TPPO disidik" in page and "tppo_cases_investigated:" not in page, "not in the plugin's words")
        check(not clerk.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), textarea, select"),
              "the check page has a field to press Enter in")
        fits(clerk, "the check page")
        shot(clerk, "phone-nojs-1-check-page.png")
        # Nothing was filed: back to the form, and version 2 does not exist.
        submit(clerk, "button[value=edit]")
        check(clerk.find_element(By.NAME, "v.tppo_cases_investigated").get_attribute("value") == "1234",
              "going back lost what was typed")
        open_page(clerk, f"{FORM}/versions/2")
        check("/versions/2" in clerk.current_url and "tepat waktu" not in clerk.page_source,
              "Enter filed a version")
        # Check again, then file from the check page.
        open_page(clerk, FORM)
        clerk.find_element(By.NAME, "v.cases_to_prosecution").clear()
        first = clerk.find_element(By.NAME, "v.tppo_cases_investigated")
        first.clear()
        first.send_keys("1234")
        submit(clerk, "button.primary")
        submit(clerk, "button[value=file]")
        check(clerk.current_url.endswith(f"{FORM}/versions/2"), f"filing led to {clerk.current_url}")
        received = clerk.find_element(By.XPATH, "//th[normalize-space()='Diterima']/following-sibling::td").text
        check(received.endswith("+08:00") and "T" not in received, f"the receipt's time is not local: {received}")
        fits(clerk, "the receipt")
        shot(clerk, "phone-nojs-2-receipt.png")

        login(secretariat, SECRETARIAT, "/secretariat")
        open_page(secretariat, f"{FORM}/review")
        link = secretariat.find_element(By.CSS_SELECTOR, f'a[href="{FORM}/versions/1"]')
        link.click()
        WebDriverWait(secretariat, 20).until(lambda _: is_stale(link))
        page = secretariat.page_source
        check("Isi versi ini" in page and "Perkara TPPO disidik" in page, "version 1 is not shown as a page")
        check("account:" not in page, "who filed is shown as an account number")
        fits(secretariat, "version 1")
        shot(secretariat, "phone-nojs-3-version-1.png")
        open_page(secretariat, f"{FORM}/review?from=1&to=2")
        lines = [element.tag_name for element in secretariat.find_elements(By.CSS_SELECTOR, "pre.diff > *")]
        # Each run of changed lines: every old line (del) before every new one (ins).
        runs = "".join({"del": "-", "ins": "+"}.get(tag, " ") for tag in lines).split()
        check(runs and all("-" in run and "+-" not in run for run in runs),
              f"the diff's changes are not old before new: {runs}")
        # Single-spaced: each line starts where the one before ends (a long line may wrap).
        boxes = secretariat.execute_script(
            "return Array.from(document.querySelectorAll('pre.diff > *'))"
            ".map(e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; })")
        gaps = [round(after[0] - before[1], 1) for before, after in zip(boxes, boxes[1:])]
        check(all(abs(gap) < 2 for gap in gaps), f"the diff is not single-spaced: gaps {gaps}")
        fits(secretariat, "the diff")
        shot(secretariat, "phone-nojs-4-diff-1-2.png")
        submit(secretariat, "button[name=state][value=approved]")

        open_page(clerk, FORM)
        page = clerk.page_source
        check("dikunci" in page and not clerk.find_elements(By.TAG_NAME, "textarea"), "the locked report is a form")
        check(not clerk.find_elements(By.CSS_SELECTOR, "input[type=file]"), "the locked report offers an upload")
        fits(clerk, "the locked report")
        shot(clerk, "phone-nojs-5-locked.png")
        print("browser-check: phone without JavaScript (375x812): check page, filed version 2, "
              "version 1 and the diff read, locked report shown")
    except BaseException:
        for name, driver in (("clerk", clerk), ("secretariat", secretariat)):
            shot(driver, f"phone-nojs-{name}-failed.png")
            with open(os.path.join(ARTIFACTS, f"phone-nojs-{name}-failed.html"), "w", encoding="utf-8") as page:
                page.write(driver.page_source)
        raise
    finally:
        clerk.quit()
        secretariat.quit()


os.makedirs(ARTIFACTS, exist_ok=True)
run("desktop", 1280, 900, 1)
walk_without_javascript()
for path in shots:
    print(f"browser-check: screenshot {path}")
print("browser-check: ok")
