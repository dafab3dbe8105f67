#!/usr/bin/env python3
"""The served pages in a real browser (Selenium, Debian's chromium and chromium-driver).

    intake_test.py BASE_URL TOKEN ARTIFACT_DIR

Logs in as polda-ntt, opens the 2026-Q4 form from the home page, fills it with `1.234` for a
count, sees validate's message beside that field (and in the list at the top) in Indonesian,
fixes it, saves, and sees the receipt; once in a desktop window and once 375 pixels wide.
Screenshots go to ARTIFACT_DIR; their paths are printed. Exit 1 on the first failed check.
"""
import os
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, TOKEN, ARTIFACTS = sys.argv[1], sys.argv[2], sys.argv[3]
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


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--hide-scrollbars", f"--window-size={width},{height}", "--lang=id"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    # Headless windows are at least 500 pixels wide: a phone's viewport is emulated instead.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    return driver


def is_stale(element):
    """Whether the page holding `element` was replaced. Chromium sometimes answers a question about
    a node of a replaced document with "Node with given id does not belong to the document"
    instead of a stale-element error (a CI run failed so, on the page that had loaded): both mean
    the next page is there."""
    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def submit(driver, selector):
    """Clicks a submit button and waits for the next page to replace this one."""
    button = driver.find_element(By.CSS_SELECTOR, selector)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    WebDriverWait(driver, 20).until(lambda _: is_stale(button))
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


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
        check(driver.current_url.endswith(f"{FORM}/versions/{version}"), f"saving led to {driver.current_url}")
        receipt = driver.find_element(By.ID, "receipt-id").text
        check(receipt.startswith(f"{QUARTER}-{SIGNATORY}-v{version}-"), f"receipt {receipt}")
        check(driver.find_element(By.ID, "filing").text == "tepat waktu", "the receipt does not say on time")
        check("Laporan Anda sudah tersimpan." in driver.page_source, "no stored notice")
        shot(driver, f"{label}-5-receipt.png")
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


os.makedirs(ARTIFACTS, exist_ok=True)
run("desktop", 1280, 900, 1)
run("phone", 375, 812, 2)
for path in shots:
    print(f"browser-check: screenshot {path}")
print("browser-check: ok")
