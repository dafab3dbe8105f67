#!/usr/bin/env python3
"""Every served page and the HTML summary against real checkers (WCAG 2.1 AA, issue 23).

    a11y_check.py BASE_URL CLERK_TOKEN SECRETARIAT_TOKEN ARTIFACT_DIR --axe AXE_MIN_JS --vnu VNU_JAR

Files a report of polda-ntt for 2026-Q4 through the API (twice, so a review shows a diff), then
logs in through the login form as the clerk and as the secretariat and opens each page of `PAGES`
in Indonesian and in English, 375 and 1280 pixels wide, in headless Chromium. On each: axe-core
with the WCAG 2.0/2.1 A and AA rules must find no violation of impact critical or serious, and at
375 pixels the page must not scroll sideways. Each page's HTML as served is saved to ARTIFACT_DIR
and checked by the Nu HTML checker (vnu.jar), which must report no error. The printable summary
(an attachment, so saved and opened as a file) and ARTIFACT_DIR/cli-summary-{id,en}.html
(`komitmen summary --format html`, written by .ci/a11y-check.sh) are checked the same way.
Exit 1 when anything was found; everything found is printed first.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass

from browserlib import chrome, submit
from selenium.webdriver.common.by import By

QUARTER, SIGNATORY = "2026-Q4", "polda-ntt"
FORM = f"/reports/{QUARTER}/{SIGNATORY}"
LANGUAGES = ("id", "en")
WIDTHS = ((375, 812), (1280, 900))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_VERSION, VNU_VERSION = "4.12.", "25.8."
BLOCKING = ("critical", "serious")
# Best-practice rules (not in the WCAG tags) required too, whatever their impact: one <main>.
REQUIRED_RULES = ["landmark-one-main"]
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@dataclass
class Page:
    """One page to check: `who` is signed in (None: nobody); `path` is opened, or, with `upload`,
    the form at `path` uploads that text as a report file and the answer is the page; with `press`
    (a CSS selector of a submit button), the form at `path` is sent with that button and the
    answer is the page. `shows`, a CSS selector, must find something: the page is the one meant
    (a queue long enough to page)."""
    name: str
    who: str | None
    path: str
    upload: str | None = None
    shows: str | None = None
    press: str | None = None


# ---------------------------------------------------------------------------------------------
# THE PAGES CHECKED. One line per page; each is checked in both languages at both widths.
# Add a page here (e.g. the report check page, a version page) and it is walked, validated and
# checked like the rest.
# ---------------------------------------------------------------------------------------------
# Approved (through the API, before the walk): its clerk sees it shown, not offered as a form.
LOCKED = f"/reports/2026-Q3/{SIGNATORY}"
PAGES = [
    Page("login", None, "/login", shows="input#token"),
    Page("not-found", None, "/no-such-page", shows="p.notice.error"),
    Page("clerk-home", "clerk", f"/signatories/{SIGNATORY}", shows=f'a[href="{FORM}/versions/2"]'),
    Page("report-form", "clerk", FORM, shows="input[type=file]"),
    Page("receipt", "clerk", f"{FORM}/versions/2", shows="#receipt-id"),
    Page("upload-failure", "clerk", FORM, upload="period: 2026-Q4\nsignatory: polda-ntt\nvalues: [\n", shows="#errors"),
    Page("check-page", "clerk", FORM, press="button.primary", shows="button[value=file]"),
    Page("locked-report", "clerk", LOCKED, shows="table.stack"),
    Page("clerk-not-found", "clerk", "/no-such-page", shows="p.notice.error"),
    Page("secretariat-grid", "secretariat", "/secretariat", shows="table.grid"),
    Page("signatory-reports", "secretariat", f"/signatories/{SIGNATORY}", shows="table.stack"),
    Page("review-queue", "secretariat", "/secretariat/reviews", shows="nav.pages a[rel=next]"),
    Page("review-queue-2", "secretariat", "/secretariat/reviews?page=2", shows="nav.pages a[rel=prev]"),
    Page("review-versions", "secretariat", f"{FORM}/review", shows="pre.diff ins"),
    Page("version-page", "secretariat", f"{FORM}/versions/1", shows="table.stack"),
    Page("checkbox-form", "secretariat", "/reports/2026-Q4/jaringan-advokasi-pmi-ntt", shows="fieldset.choices"),
    Page("review-commented", "secretariat", "/reports/2026-Q3/pemkab-belu/review", shows="blockquote"),
    Page("chase", "secretariat", "/secretariat/chase", shows="ul.list li"),
    Page("summary", "secretariat", "/secretariat/summary?quarter=2026-Q3", shows="section.signatories table"),
    Page("summary-filtered", "secretariat", "/secretariat/summary?quarter=2026-Q3&filing=late", shows=".f-late"),
    Page("summary-signatory", "secretariat", "/secretariat/summary/pemkab-belu?quarter=2026-Q3",
         shows="article.signatory"),
    Page("summary-current", "secretariat", "/secretariat/summary", shows="section.filing"),
]
# Downloads opened as files (saved with the session's cookie), checked like pages.
DOWNLOADS = [
    ("printable-summary", "secretariat", "/secretariat/summary.html?quarter=2026-Q3"),
]

problems = []


def fail(message):
    problems.append(message)
    print(f"a11y-check: FAIL: {message}", flush=True)


def browser(width, height, axe_source):
    driver = chrome(width, height, flags=("--allow-file-access-from-files",))
    driver.set_script_timeout(120)
    driver.axe_source = axe_source
    return driver


def log_in(driver, base, token):
    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]"))
    if driver.current_url.endswith("/login"):
        raise SystemExit("a11y-check: FAIL: the login form did not sign in")


def with_language(path, language):
    return path + ("&" if "?" in path else "?") + "lang=" + language


def axe(driver):
    """The axe-core violations of the open page (the WCAG 2.0/2.1 A and AA rules)."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(driver.axe_source)
    version = driver.execute_script("return window.axe.version")
    if not version.startswith(AXE_VERSION):
        raise SystemExit(f"a11y-check: FAIL: axe-core is {version}, not {AXE_VERSION}x")
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));", AXE_TAGS)
    required = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'rule', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: 'serious', help: v.help,"
        " nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));", REQUIRED_RULES)
    return result + required


def check_open_page(driver, label, name, width):
    """axe and the width of the page open in `driver`; returns the number of violations found."""
    found = 0
    for violation in axe(driver):
        if violation["impact"] not in BLOCKING:
            continue
        found += 1
        nodes = "; ".join(f"{n['target']}" for n in violation["nodes"][:8])
        more = f" (+{len(violation['nodes']) - 8} more)" if len(violation["nodes"]) > 8 else ""
        fail(f"{label}: {violation['id']} [{violation['impact']}] {violation['help']}: "
             f"{len(violation['nodes'])} nodes: {nodes}{more}")
        if violation["nodes"] and violation["nodes"][0]["summary"]:
            print("    " + violation["nodes"][0]["summary"].replace("\n", "\n    "), flush=True)
    if width < 600:
        # A phone zooms out to show a page wider than itself, and its innerWidth grows with the
        # page: the width asked for is the measure too.
        scroll, inner = driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > min(inner, width):
            found += 1
            wide = driver.execute_script(
                "const w = arguments[0]; return [...document.querySelectorAll('body *')]"
                ".filter(e => e.getBoundingClientRect().right > w + 1"
                " && !e.closest('[data-a11y-scroll], .scroll, .table-scroll'))"
                ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'"
                " ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                " + ' right ' + Math.round(e.getBoundingClientRect().right))", width)
            fail(f"{label}: the page is {scroll} px wide on a {width} px phone (sideways scroll); widest: {wide}")
    return found


class Client:
    """The server over plain HTTP with a browser's cookies: the pages' bytes as served, for vnu."""

    def __init__(self, base, driver):
        self.base = base
        self.cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())

    def request(self, path, data=None, headers=None):
        request = urllib.request.Request(self.base + path, data=data, headers={
            "Accept": "text/html", "Cookie": self.cookie, "Origin": self.base, **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


def api_put(base, token, path, body):
    request = urllib.request.Request(base + path, data=body.encode(), method="PUT", headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/yaml"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status


def shipped_report(signatory, quarter, note):
    """The latest shipped report of `signatory`, moved to `quarter` (as Tests/Serve/servelib.py does)."""
    reports = os.path.join(REPO, "commitments", "reports")
    for folder in sorted(os.listdir(reports), reverse=True):
        path = os.path.join(reports, folder, signatory + ".yaml")
        if os.path.exists(path):
            break
    out = []
    for line in open(path, encoding="utf-8").read().splitlines(keepends=True):
        if line.startswith("period:"):
            out.append(f"period: {quarter}\n")
        elif not line.startswith("submitted:"):
            out.append(line)
    return "".join(out) + f"# {note}\n"


def upload_in_browser(driver, base, page, text, artifacts):
    """Opens the form, uploads `text` as the report file; the answer is the open page."""
    path = os.path.join(artifacts, f"upload-{page.name}.yaml")
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    file_input = driver.find_element(By.CSS_SELECTOR, "input[type=file][name=file]")
    file_input.send_keys(path)
    submit(driver, file_input.find_element(By.XPATH, "ancestor::form//button[@type='submit']"))


def upload_raw(client, driver, page, text, language):
    """The same upload over plain HTTP, for the bytes as served."""
    csrf = driver.find_element(By.CSS_SELECTOR, "form[enctype='multipart/form-data'] input[name=csrf]") \
        .get_attribute("value")
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.yaml\"\r\n"
            f"Content-Type: application/yaml\r\n\r\n{text}\r\n--{boundary}--\r\n").encode()
    return client.request(with_language(page.path + "/upload", language), data=body,
                          headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})


def press_raw(client, driver, page, language):
    """The open form sent with the button `page.press` over plain HTTP, for the bytes as served."""
    pairs = driver.execute_script(
        "const button = document.querySelector(arguments[0]); const data = new FormData(button.form);"
        "data.append(button.name, button.value); return Array.from(data.entries());", page.press)
    return client.request(with_language(page.path, language), data=urllib.parse.urlencode([tuple(pair) for pair in pairs]).encode(),
                          headers={"Content-Type": "application/x-www-form-urlencoded"})


def save(artifacts, name, data):
    path = os.path.join(artifacts, "html", name + ".html")
    with open(path, "wb") as file:
        file.write(data)
    return path


def walk(args, axe_source):
    """Every page at every width in every language; returns (checks, violations, saved files)."""
    tokens = {"clerk": args.clerk, "secretariat": args.secretariat}
    checks, violations, saved = 0, 0, {}
    for width, height in WIDTHS:
        driver = browser(width, height, axe_source)
        try:
            signed_in = None
            for page in PAGES + [Page(name, who, path) for name, who, path in DOWNLOADS]:
                download = any(page.name == name for name, _, _ in DOWNLOADS)
                who = page.who or "nobody"
                if who != signed_in:
                    if page.who:
                        log_in(driver, args.base, tokens[page.who])
                    else:
                        driver.delete_all_cookies()
                        driver.get(args.base + "/login")
                    # The session's cookies, taken while the browser is on the server's pages.
                    client = Client(args.base, driver)
                    signed_in = who
                for language in LANGUAGES:
                    label = f"{page.name} ({language}, {width} px)"
                    path = with_language(page.path, language)
                    key = f"{page.name}-{language}"
                    if download:
                        if key not in saved:
                            saved[key] = save(args.artifacts, key, client.request(path)[1])
                        driver.get("file://" + saved[key])
                    else:
                        driver.get(args.base + path)
                        if page.press is not None:
                            if key not in saved:
                                saved[key] = save(args.artifacts, key, press_raw(client, driver, page, language)[1])
                            submit(driver, driver.find_element(By.CSS_SELECTOR, page.press))
                        elif page.upload is not None:
                            if key not in saved:
                                saved[key] = save(args.artifacts, key, upload_raw(client, driver, page, page.upload, language)[1])
                            upload_in_browser(driver, args.base, page, page.upload, args.artifacts)
                        elif key not in saved:
                            saved[key] = save(args.artifacts, key, client.request(path)[1])
                    if page.shows and not driver.find_elements(By.CSS_SELECTOR, page.shows):
                        fail(f"{label}: nothing matches '{page.shows}': not the page meant ({driver.current_url})")
                    actual = driver.execute_script("return document.documentElement.lang")
                    if actual != language:
                        fail(f"{label}: the page is in '{actual}', not '{language}'")
                    driver.save_screenshot(os.path.join(args.artifacts, "shots", f"{page.name}-{language}-{width}.png"))
                    violations += check_open_page(driver, label, page.name, width)
                    checks += 1
            for language in LANGUAGES:
                name = f"cli-summary-{language}"
                file = os.path.join(args.artifacts, name + ".html")
                driver.get("file://" + file)
                saved[name] = file
                violations += check_open_page(driver, f"summary --format html ({language}, {width} px)", name, width)
                checks += 1
        finally:
            driver.quit()
    return checks, violations, saved


def vnu(jar, files):
    """The Nu checker's errors in `files`, printed; returns their count."""
    version = subprocess.run(["java", "-jar", jar, "--version"], capture_output=True, text=True).stdout.strip()
    if not version.startswith(VNU_VERSION):
        raise SystemExit(f"a11y-check: FAIL: vnu.jar is {version}, not {VNU_VERSION}x")
    run = subprocess.run(["java", "-jar", jar, "--errors-only", "--format", "json", *sorted(files)],
                         capture_output=True, text=True)
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        raise SystemExit(f"a11y-check: FAIL: vnu.jar did not answer in JSON: {(run.stderr or run.stdout)[:2000]}")
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    for message in errors:
        where = os.path.basename(message.get("url", "?")) + ":" + str(message.get("lastLine", "?"))
        fail(f"vnu: {where}: {message.get('message')} «{message.get('extract', '').strip()[:120]}»")
    return errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("clerk")
    parser.add_argument("secretariat")
    parser.add_argument("artifacts")
    parser.add_argument("--axe", required=True)
    parser.add_argument("--vnu", required=True)
    args = parser.parse_args()
    for folder in ("html", "shots"):
        os.makedirs(os.path.join(args.artifacts, folder), exist_ok=True)
    started = time.time()
    # Two versions of polda-ntt's 2026-Q4 report: a receipt, a versions list and a diff to review.
    # The second changes a value: comment lines are not compared.
    for number in (1, 2):
        body = shipped_report(SIGNATORY, QUARTER, f"a11y-check version {number}")
        if number == 2:
            body = re.sub(r"(?m)^(  tppo_cases_investigated: )(\d+)$", lambda m: m[1] + str(int(m[2]) + 1), body)
        api_put(args.base, args.clerk, f"/api/v1/reports/{QUARTER}/{SIGNATORY}", body)
    approve = urllib.request.Request(
        args.base + "/api/v1/reviews" + LOCKED[len("/reports"):], data=b'{"state": "approved"}', method="PUT",
        headers={"Authorization": f"Bearer {args.secretariat}", "Content-Type": "application/json"})
    with urllib.request.urlopen(approve, timeout=30) as answer:
        if answer.status != 200:
            raise SystemExit(f"a11y-check: FAIL: approving {LOCKED} answered {answer.status}")
    axe_source = open(args.axe, encoding="utf-8").read()
    checks, violations, saved = walk(args, axe_source)
    errors = vnu(args.vnu, saved.values())
    pages = len(PAGES) + len(DOWNLOADS) + 1
    print(f"a11y-check: {pages} pages × {len(WIDTHS)} widths × {len(LANGUAGES)} languages = {checks} axe checks, "
          f"{violations} blocking violations or sideways scrolls; vnu: {len(errors)} errors in {len(saved)} files; "
          f"{time.time() - started:.0f} s", flush=True)
    if problems:
        print(f"a11y-check: FAIL: {len(problems)} problems (pages: {args.artifacts}/html, screenshots: "
              f"{args.artifacts}/shots)")
        sys.exit(1)
    print("a11y-check: OK")


if __name__ == "__main__":
    main()
