"""What the browser checks share: a headless Chromium (Debian's chromium and chromium-driver)
with a phone's or a desktop's viewport, and a submit that waits for the next page."""
import shutil

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait


def chrome(width, height, javascript=True, flags=()):
    """A headless Chromium `width` × `height` pixels. Without `javascript` the pages' scripts are
    off (the server's pages have none; this proves they need none); WebDriver's own
    `execute_script` still runs, for measuring."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--hide-scrollbars", f"--window-size={width},{height}", *flags):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
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


def submit(driver, button):
    """Clicks a submit button and waits for the next page to replace this one."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()
    WebDriverWait(driver, 20).until(lambda _: is_stale(button))
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
