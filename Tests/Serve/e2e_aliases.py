#!/usr/bin/env python3
"""Issue 21, item 1, end to end over real HTTP against the built binary (standard library only):

    python3 Tests/Serve/e2e_aliases.py KOMITMEN_BINARY

A signatory's body whose aliases stand for gigabytes of text (`narrative: &n` and 300,000 A's,
`evidence:` of 100,000 `- *n`: 1 MB sent, 30 GB expanded; and the 160 KB variant of 20,000
characters and 20,000 aliases) is refused with 422 and the alias diagnostic at the first alias
past DESIGN's budget (1 MiB of text or 10 times the file), quickly and without the server's memory
growing; four such filings at once leave another signatory's filing quick; and the form pages
(the signatory's and the secretariat's) stay small afterwards, even for such a file written
straight into ROOT by an older server. Prints one line per case; exits 1 on any failure."""

import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import Browser, Cases, error_code, expect, report_body  # noqa: E402

CASES = Cases("e2e-aliases")
FAILURES = CASES.failures
case = CASES.case
PAGE_LIMIT = 200_000
BUDGET = 1 << 20




def attack(characters, aliases, signatory="polda-ntt", quarter="2026-Q4"):
    """The issue's body: two header lines, the anchored narrative on line 3, `evidence:` on line 4
    and alias i (from 1) on line 4 + i, column 5."""
    return (f"signatory: {signatory}\nperiod: {quarter}\nnarrative: &n " + "A" * characters
            + "\nevidence:\n" + "  - *n\n" * aliases)


def first_alias_past_budget(characters, size):
    """The number of the first alias whose text takes the total past min(1 MiB, 10 x size)."""
    budget = min(BUDGET, 10 * size)
    return budget // characters + 1, budget


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


class Aliases:
    def __init__(self, server):
        self.s = server
        self.polda = server.add_account("polda-ntt")
        self.dprd = server.add_account("dprd-ntt")
        self.secretariat = server.add_account(secretariat="sekretariat-gugus-tugas")

    def put(self, path, body, token, timeout=60):
        return self.s.request("PUT", path, body=body, token=token, content_type="application/yaml", timeout=timeout)

    def expect_refused(self, characters, aliases):
        body = attack(characters, aliases)
        number, budget = first_alias_past_budget(characters, len(body.encode()))
        rss_before = rss_kib(self.s.process.pid)
        started = time.monotonic()
        status, _, data = self.put("/api/v1/reports/2026-Q4/polda-ntt", body, self.polda)
        took = time.monotonic() - started
        rss_after = rss_kib(self.s.process.pid)
        expect(status == 422 and error_code(data) == "invalid_report", f"status {status}: {data[:300]!r}")
        diagnostics = json.loads(data)["diagnostics"]
        first = diagnostics[0]
        where = (first.get("file"), first.get("line"), first.get("column"))
        expect(first.get("code") == "alias-expansion", f"code {first.get('code')}: {first}")
        expect(where == ("reports/2026-Q4/polda-ntt.yaml", 4 + number, 5), f"at {where}, expected line {4 + number}:5")
        expect(f"more than {budget} bytes" in first.get("message", ""), f"message {first.get('message')!r}")
        expect(len(diagnostics) == 1, f"{len(diagnostics)} diagnostics")
        status, _, _ = self.s.request("GET", "/api/v1/reports/2026-Q4/polda-ntt", token=self.polda)
        expect(status == 404, f"something was stored: GET answered {status}")
        expect(self.s.request("GET", "/healthz")[0] == 200, "the server is down")
        grew = rss_after - rss_before
        print(f"e2e-aliases:       {len(body):,} bytes, {aliases:,} aliases of {characters:,}: 422 at line {4 + number}:5 "
              f"in {took * 1000:.0f} ms, RSS {rss_before // 1024} -> {rss_after // 1024} MiB")
        expect(took < 5, f"refusing took {took:.2f} s")
        expect(grew < 64 * 1024, f"RSS grew by {grew // 1024} MiB")

    @case("the 1 MB body (300,000 A's, 100,000 aliases): 422 at the 4th alias, nothing stored, server up")
    def one_megabyte(self):
        self.expect_refused(300_000, 100_000)

    @case("the 160 KB variant (20,000 characters x 20,000 aliases): 422 at the 53rd alias")
    def variant(self):
        self.expect_refused(20_000, 20_000)

    @case("four 160 KB bodies at once: each 422, another signatory's filing meanwhile 201 and quick")
    def four_at_once(self):
        answers = []

        def bomb():
            answers.append(self.put("/api/v1/reports/2026-Q4/polda-ntt", attack(20_000, 20_000), self.polda)[0])

        threads = [threading.Thread(target=bomb) for _ in range(4)]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        status, _, data = self.put("/api/v1/reports/2026-Q4/dprd-ntt", report_body("dprd-ntt", "2026-Q4"), self.dprd)
        took = time.monotonic() - started
        for thread in threads:
            thread.join(60)
        expect(status == 201, f"the ordinary filing answered {status}: {data[:300]!r}")
        expect(answers == [422] * 4, f"the four answered {answers}")
        print(f"e2e-aliases:       the ordinary filing beside four bodies: {took * 1000:.0f} ms")
        expect(took < 2, f"the ordinary filing took {took:.2f} s")

    def expect_small_pages(self, paths):
        for who, token in (("polda-ntt", self.polda), ("the secretariat", self.secretariat)):
            browser = Browser(self.s)
            browser.login(token)
            for path in paths:
                if who == "polda-ntt" and path.endswith("/review"):
                    continue
                started = time.monotonic()
                status, _, page, _ = browser.fetch("GET", path)
                took = time.monotonic() - started
                expect(status == 200, f"{path} for {who}: {status}")
                expect(len(page) <= PAGE_LIMIT, f"{path} for {who}: {len(page):,} bytes")
                expect(took < 5, f"{path} for {who} took {took:.2f} s")
                print(f"e2e-aliases:       {path} for {who}: {len(page):,} bytes in {took * 1000:.0f} ms")

    @case("the form page afterwards: 200 and small, for the signatory and the secretariat")
    def form_afterwards(self):
        self.expect_small_pages(["/reports/2026-Q4/polda-ntt"])

    @case("the 1 MB file written into ROOT by an older server: form and review pages stay small, server up")
    def planted(self):
        folder = os.path.join(self.s.root, "reports", "2026-Q4")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "polda-ntt.yaml"), "w") as out:
            out.write(attack(300_000, 100_000).replace("period: 2026-Q4\n", "period: 2026-Q4\nsubmitted: 2026-11-19\n"))
        time.sleep(1.2)  # the record's stat scan runs at most once a second
        rss_before = rss_kib(self.s.process.pid)
        self.expect_small_pages(["/reports/2026-Q4/polda-ntt", "/reports/2026-Q4/polda-ntt/review"])
        rss_after = rss_kib(self.s.process.pid)
        print(f"e2e-aliases:       RSS {rss_before // 1024} -> {rss_after // 1024} MiB")
        expect(self.s.request("GET", "/healthz")[0] == 200, "the server is down")
        expect(self.s.process.poll() is None, "the server exited")


def main():
    CASES.run(sys.argv[1], Aliases, ["one_megabyte", "variant", "four_at_once", "form_afterwards", "planted"])


if __name__ == "__main__":
    main()
