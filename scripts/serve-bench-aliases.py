#!/usr/bin/env python3
"""Issue 21's alias bodies against `komitmen serve` (standard library only); prints figures, asserts
nothing (the checks are Tests/Serve/e2e_aliases.py):

    python3 scripts/serve-bench-aliases.py KOMITMEN_BINARY [--rounds 20] [--filings 60]

1. The 160 KB body (`narrative: &n` and 20,000 A's, `evidence:` of 20,000 `- *n`) PUT ROUNDS
   times, one after the other, and the 1 MB body (300,000 A's, 100,000 aliases) ROUNDS / 4 times:
   each answer's status and time (p50, max), the server's RSS before and its peak (sampled every
   10 ms) and after.
2. Another signatory (dprd-ntt) files its ordinary report FILINGS times alone; then FILINGS rounds
   of four 160 KB bodies sent at once with that filing among them (the issue's case); then FILINGS
   times while four clients send the body without pause: that filing's p50/p99/max each way, and
   the RSS peak.
A build that accepts the bodies (before issue 21) stores them; that is what "before" measured."""

import argparse
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests", "Serve"))
from servelib import Server, report_body  # noqa: E402


def attack(characters, aliases):
    return ("signatory: polda-ntt\nperiod: 2026-Q4\nnarrative: &n " + "A" * characters + "\nevidence:\n"
            + "  - *n\n" * aliases)


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024


class Peak(threading.Thread):
    """The server's largest RSS while running, sampled every 10 ms."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0.0, threading.Event()

    def run(self):
        while not self.stop.is_set():
            try:
                self.peak = max(self.peak, rss_mib(self.pid))
            except (OSError, StopIteration):
                return
            time.sleep(0.01)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def put(server, path, body, token, timeout=120):
    started = time.monotonic()
    status, _, _ = server.request("PUT", path, body=body, token=token, content_type="application/yaml", timeout=timeout)
    return status, (time.monotonic() - started) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--filings", type=int, default=60)
    args = parser.parse_args()
    server = Server(args.binary)
    try:
        server.start()
        polda = server.add_account("polda-ntt")
        dprd = server.add_account("dprd-ntt")
        pid = server.process.pid
        ordinary = report_body("dprd-ntt", "2026-Q4")
        # Warm up: the first filing opens the state and the record.
        put(server, "/api/v1/reports/2026-Q4/dprd-ntt", ordinary, dprd)

        for label, body, rounds in (("160 KB", attack(20_000, 20_000), args.rounds),
                                    ("1 MB", attack(300_000, 100_000), max(1, args.rounds // 4))):
            before = rss_mib(pid)
            peak = Peak(pid)
            peak.start()
            answers = [put(server, "/api/v1/reports/2026-Q4/polda-ntt", body, polda) for _ in range(rounds)]
            peak.stop.set()
            peak.join()
            statuses = sorted({status for status, _ in answers})
            times = [ms for _, ms in answers]
            print(f"alias body {label} ({len(body):,} bytes) x {rounds}: status {statuses}, "
                  f"p50 {percentile(times, 0.5):.1f} ms, max {max(times):.1f} ms; "
                  f"RSS {before:.0f} MiB before, peak {peak.peak:.0f}, after {rss_mib(pid):.0f}")

        def filings(label):
            times = []
            for _ in range(args.filings):
                status, ms = put(server, "/api/v1/reports/2026-Q4/dprd-ntt", ordinary, dprd)
                if status not in (200, 201):
                    print(f"  ordinary filing answered {status}")
                times.append(ms)
            print(f"ordinary filing ({label}) x {args.filings}: p50 {percentile(times, 0.5):.1f} ms, "
                  f"p99 {percentile(times, 0.99):.1f} ms, max {max(times):.1f} ms")

        filings("alone")

        # Four bodies at once, as the issue filed them, with the ordinary filing started among them:
        # FILINGS rounds, the ordinary filing's time in each.
        body = attack(20_000, 20_000)
        peak = Peak(pid)
        peak.start()
        times, statuses = [], set()
        for _ in range(args.filings):
            barrier = threading.Barrier(5)
            answers = []

            def bomb():
                barrier.wait()
                answers.append(put(server, "/api/v1/reports/2026-Q4/polda-ntt", body, polda)[0])

            threads = [threading.Thread(target=bomb) for _ in range(4)]
            for thread in threads:
                thread.start()
            barrier.wait()
            status, ms = put(server, "/api/v1/reports/2026-Q4/dprd-ntt", ordinary, dprd)
            for thread in threads:
                thread.join(300)
            statuses.update(answers)
            times.append(ms)
            if status not in (200, 201):
                print(f"  ordinary filing answered {status}")
        peak.stop.set()
        peak.join()
        print(f"ordinary filing (among four 160 KB bodies sent at once) x {args.filings}: "
              f"p50 {percentile(times, 0.5):.1f} ms, p99 {percentile(times, 0.99):.1f} ms, max {max(times):.1f} ms; "
              f"the bodies answered {sorted(statuses)}; RSS peak {peak.peak:.0f} MiB")

        # A harder load than the issue's: four clients sending the body without pause.
        stop = threading.Event()
        sent = []

        def bomber():
            while not stop.is_set():
                sent.append(put(server, "/api/v1/reports/2026-Q4/polda-ntt", body, polda))

        peak = Peak(pid)
        peak.start()
        bombers = [threading.Thread(target=bomber, daemon=True) for _ in range(4)]
        for thread in bombers:
            thread.start()
        time.sleep(0.2)
        filings("beside four clients sending the 160 KB body without pause")
        stop.set()
        for thread in bombers:
            thread.join(300)
        peak.stop.set()
        peak.join()
        statuses = sorted({status for status, _ in sent})
        times = [ms for _, ms in sent]
        print(f"  the four sent {len(sent)} bodies meanwhile: status {statuses}, p50 {percentile(times, 0.5):.1f} ms; "
              f"RSS peak {peak.peak:.0f} MiB, after {rss_mib(pid):.0f}")
    finally:
        server.cleanup()


if __name__ == "__main__":
    main()
