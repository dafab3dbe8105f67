#!/usr/bin/env python3
"""The chase page's reminders end to end, over real HTTP against the built binary (issue 23;
standard library only):

    python3 Tests/Serve/e2e_remind.py KOMITMEN_BINARY

1. `serve --base-url` that is not an http(s) address: a usage error (exit 64), one line naming it.
2. With `--base-url https://lapor.example.org`: every quarter with something open is listed,
   newest first (polda-ntt's 2026-Q4 report, filed early and sent back, above 2026-Q3); every
   mailto/wa.me text links to `<base>/reports/<Q>/<id>` and none names a file path, whatever
   `Host` header the browser sends.
3. Without it: the start-up log says which address the links use; they use http://127.0.0.1:PORT.
Prints one line per case; exits 1 on any failure."""

import os
import re
import subprocess
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import Browser, Cases, Server, expect  # noqa: E402

CASES = Cases("e2e-remind")
case = CASES.case
BASE = "https://lapor.example.org"
EARLY = "signatory: polda-ntt\nperiod: 2026-Q4\nsubmitted: 2026-11-10\nvalues:\n  tppo_cases_investigated: 5\n"
SENT_BACK = "state: changes-requested\nby: Sekretariat Uji\non: 2026-11-15\ncomment: Mohon lengkapi data korban.\n"


def chase_pages(browser, headers=None):
    """Every page of /secretariat/chase (following rel="next"), as text."""
    pages, path = [], "/secretariat/chase"
    while path and len(pages) < 50:
        status, _, body, _ = browser.fetch("GET", path, headers=headers)
        expect(status == 200, f"GET {path}: {status}")
        expect(len(body) < 200_000, f"{path}: {len(body)} bytes")
        text = body.decode()
        pages.append(text)
        found = re.search(r'href="([^"]+)" rel="next"', text)
        path = found.group(1).replace("&amp;", "&") if found else None
    return pages


def messages(html):
    """The decoded texts of the page's mailto: and wa.me links."""
    return [urllib.parse.unquote(link.replace("&amp;", "&"))
            for link in re.findall(r'href="((?:mailto:|https://wa\.me/)[^"]+)"', html)]


class Remind:
    def __init__(self, server):
        self.s = server

    @case("serve --base-url ftp://x: usage error, exit 64, one line naming it")
    def invalid(self):
        for url in ["ftp://x", "lapor.example.org", "https://lapor example.org"]:
            out = subprocess.run([self.s.binary, "serve", self.s.root, "--base-url", url, "--state",
                                  os.path.join(self.s.workdir, "unused")], capture_output=True, text=True,
                                 env=self.s.env, timeout=30)
            expect(out.returncode == 64, f"{url}: exit {out.returncode}")
            first = out.stderr.splitlines()[0] if out.stderr else ""
            expect(first == f"Error: --base-url must be an http:// or https:// address without spaces, not '{url}'",
                   f"{url}: {out.stderr!r}")

    @case("--base-url: every open quarter newest first, form links, no file path, Host header ignored")
    def with_base(self):
        token = self.s.add_account(secretariat="sekretariat-uji")
        browser = Browser(self.s)
        browser.login(token)
        pages = chase_pages(browser, headers={"Host": "evil.example"})
        first, everything = pages[0], "".join(pages)
        q4, q3 = first.find("<h2>2026-Q4, jatuh tempo"), first.find("<h2>2026-Q3, jatuh tempo")
        expect(0 <= q4 < q3, f"2026-Q4 then 2026-Q3 on the first page: {q4}, {q3}")
        expect("(terlambat 36 hari)" in everything and "(perbaikan diminta)" in everything, "reasons in Indonesian")
        texts = [text for page in pages for text in messages(page)]
        expect(any(f"Formulir: {BASE}/reports/2026-Q3/dprd-ntt\n" in t for t in texts), "dprd-ntt's form link")
        expect(any(f"{BASE}/reports/2026-Q4/polda-ntt\n" in t for t in texts), "polda-ntt's 2026-Q4 form link")
        for text in [everything] + texts:
            expect(not re.search(r'reports/[^"\s]*\.yaml', text), f"a file path: {text[:300]!r}")
            expect("evil.example" not in text, "the Host header made a link")

    @case("without --base-url: the log says so; links use http://127.0.0.1:PORT")
    def without_base(self):
        self.s.stop()
        self.s.start()
        with open(os.path.join(self.s.workdir, "serve.log"), encoding="utf-8") as log:
            text = log.read()
        address = f"http://127.0.0.1:{self.s.port}"
        expect(f"note: reminders link to {address}; set --base-url" in text, f"log: {text[-500:]!r}")
        browser = Browser(self.s)
        browser.login(self.s.add_account(secretariat="sekretariat-dua"))
        texts = [text for page in chase_pages(browser) for text in messages(page)]
        expect(any(f"{address}/reports/2026-Q3/dprd-ntt\n" in t for t in texts), "the listening address")


def prepare(server):
    for folder in ["reports/2026-Q4", "reviews/2026-Q4"]:
        os.makedirs(os.path.join(server.root, folder), exist_ok=True)
    with open(os.path.join(server.root, "reports/2026-Q4/polda-ntt.yaml"), "w", encoding="utf-8") as f:
        f.write(EARLY)
    with open(os.path.join(server.root, "reviews/2026-Q4/polda-ntt.yaml"), "w", encoding="utf-8") as f:
        f.write(SENT_BACK)
    # Started again so that the files are read at start, not by the next rescan.
    server.stop()
    server.start(args=("--base-url", BASE))
    return Remind(server)


def main():
    CASES.run(sys.argv[1], prepare, ["invalid", "with_base", "without_base"], args=("--base-url", BASE))


if __name__ == "__main__":
    main()
