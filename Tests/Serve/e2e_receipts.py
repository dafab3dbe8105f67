#!/usr/bin/env python3
"""Receipts, quotas and late corrections end to end, over real HTTP against the built binary
(issue 21, items 3, 5 and 8; standard library only):

    python3 Tests/Serve/e2e_receipts.py KOMITMEN_BINARY

3. A chain cut short or rewritten with every hash recomputed passes `audit verify` alone (no key on
   the same host can stop that), but not `audit verify --receipts DIR` against the receipts a
   signatory kept; `audit head` printed before matches the last receipt's head.
5. 200 PUTs of a valid 1 MB report: the daily quota stops them (429 quota_exceeded, both
   languages); the flags change the limits; other accounts go on filing.
8. A placeholder filed on time, then a replacement after the due date: `late_correction` true when
   a value changed, false when none did; the secretariat's page marks it.
Prints one line per case; exits 1 on any failure."""

import hashlib
import html
import json
import os
import re
import shutil
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import Cases, Server, error_code, expect, report_body  # noqa: E402

CASES = Cases("e2e-receipts")
FAILURES = CASES.failures
case = CASES.case




def put(server, quarter, signatory, body, token, headers=None):
    return server.request("PUT", f"/api/v1/reports/{quarter}/{signatory}", body=body, token=token,
                          content_type="application/yaml", headers=headers)


def filed(answer, what):
    status, _, data = answer
    expect(status in (200, 201), f"{what}: status {status}: {data[:400]!r}")
    return json.loads(data)


def chain_hash(prev, seq, time_, actor, action, subject, detail):
    """AuditEntry.chainHash: prev_hash, a newline, then each field as `<UTF-8 bytes>:<text>`."""
    text = prev + "\n"
    for field in (str(seq), time_, actor, action, subject, detail):
        text += f"{len(field.encode())}:{field}\n"
    return hashlib.sha256(text.encode()).hexdigest()


def copy_state(server, name):
    """A stopped server's ROOT and state folder copied to `name`, to break one way each."""
    target = os.path.join(server.workdir, name)
    shutil.copytree(server.root, os.path.join(target, "commitments"))
    shutil.copytree(server.state, os.path.join(target, "state"))
    return os.path.join(target, "commitments"), os.path.join(target, "state")


# -- 3. the audit chain against kept receipts --------------------------------------------------

class Chain:
    def __init__(self, binary):
        self.s = Server(binary, today="2026-11-20")
        self.dprd = self.s.add_account("dprd-ntt")
        self.kept = os.path.join(self.s.workdir, "kept-receipts")
        os.makedirs(self.kept)
        self.receipts = []
        self.bodies = []

    def run(self):
        try:
            self.s.start()
            self.file_and_keep()
            self.s.stop()
            self.cut_short()
            self.rewritten()
        finally:
            self.s.cleanup()

    def audit(self, root, state, *more):
        return self.s.run("audit", "verify", root, "--state", state, *more, check=False)

    @case("3: receipts carry their audit entry and the head; audit head prints the last one")
    def file_and_keep(self):
        for number in range(1, 4):
            body = report_body("dprd-ntt", "2026-Q4", extra_narrative=f"version {number}")
            receipt = filed(put(self.s, "2026-Q4", "dprd-ntt", body, self.dprd), f"version {number}")
            expect(receipt["version"] == number, f"receipt {receipt}")
            audit = receipt.get("audit") or {}
            expect(set(audit) == {"sequence", "hash", "head"}, f"audit fields: {receipt}")
            expect(re.fullmatch(r"[0-9a-f]{64}", audit["hash"]) and re.fullmatch(r"[0-9a-f]{64}", audit["head"]),
                   f"hashes: {audit}")
            expect(receipt["late_correction"] is False, f"late_correction: {receipt}")
            # The declaration keeps WITA: the receipt's time carries its offset.
            expect(receipt["received"].endswith("+08:00"), f"received: {receipt['received']}")
            with open(os.path.join(self.kept, f"receipt-v{number}.json"), "w") as out:
                json.dump(receipt, out)
            self.receipts.append(receipt)
            self.bodies.append(open(os.path.join(self.s.root, "reports/2026-Q4/dprd-ntt.yaml"), "rb").read())
        sequences = [r["audit"]["sequence"] for r in self.receipts]
        expect(sequences == sorted(sequences) and len(set(sequences)) == 3, f"sequences {sequences}")
        head = self.s.run("audit", "head", "--state", self.s.state).stdout.split()
        last = self.receipts[-1]["audit"]
        expect(head == [str(last["sequence"]), last["head"]], f"audit head {head}, last receipt {last}")
        status, _, data = self.s.request("GET", "/api/v1/reports/2026-Q4/dprd-ntt/versions", token=self.dprd)
        versions = json.loads(data)["versions"]
        expect(status == 200 and [v["audit"] for v in versions] == [r["audit"] for r in self.receipts],
               f"versions answer the same audit fields: {versions}")
        intact = self.audit(self.s.root, self.s.state, "--receipts", self.kept)
        expect(intact.returncode == 0 and "3 kept receipts" in intact.stdout,
               f"intact chain with its receipts: {intact.returncode} {intact.stdout} {intact.stderr}")

    @case("3a: last audit row and receipt row deleted, bytes put back: verify passes, --receipts finds it")
    def cut_short(self):
        root, state = copy_state(self.s, "cut")
        last = self.receipts[-1]
        with sqlite3.connect(os.path.join(state, "state.sqlite")) as db:
            db.execute("DELETE FROM audit WHERE seq = ?", (last["audit"]["sequence"],))
            db.execute("DELETE FROM receipt WHERE receipt = ?", (last["receipt"],))
        with open(os.path.join(root, "reports/2026-Q4/dprd-ntt.yaml"), "wb") as out:
            out.write(self.bodies[-2])
        alone = self.audit(root, state)
        expect(alone.returncode == 0, f"verify alone should pass (the documented limit): {alone.stdout} {alone.stderr}")
        checked = self.audit(root, state, "--receipts", self.kept)
        expect(checked.returncode == 1, f"verify --receipts exit {checked.returncode}: {checked.stdout}")
        expect(last["receipt"] in checked.stderr and "cut short" in checked.stderr,
               f"verify --receipts names {last['receipt']}: {checked.stderr}")
        expect("receipt-v3.json" in checked.stderr, f"names the kept file: {checked.stderr}")
        head = self.s.run("audit", "head", "--state", state).stdout.split()
        expect(head[1] != last["audit"]["head"], "the head moved back: what a published head shows")

    @case("3b: version 1 rewritten with every hash recomputed: verify passes, --receipts finds it")
    def rewritten(self):
        root, state = copy_state(self.s, "rewritten")
        first = self.receipts[0]
        forged = self.bodies[0].replace(b"complaints_received: 16", b"complaints_received: 61")
        expect(forged != self.bodies[0], "the forged bytes differ")
        digest = hashlib.sha256(forged).hexdigest()
        forged_id = f"2026-Q4-dprd-ntt-v1-{digest[:8]}"
        with sqlite3.connect(os.path.join(state, "state.sqlite")) as db:
            db.execute("UPDATE receipt SET bytes = ?, sha256 = ?, receipt = ? WHERE receipt = ?",
                       (forged, digest, forged_id, first["receipt"]))
            rows = db.execute("SELECT seq, time, actor, action, subject, detail, prev_hash FROM audit ORDER BY seq").fetchall()
            prev = "0" * 64
            for seq, time_, actor, action, subject, detail, _ in rows:
                detail = detail.replace(first["receipt"], forged_id).replace(first["sha256"], digest)
                hashed = chain_hash(prev, seq, time_, actor, action, subject, detail)
                db.execute("UPDATE audit SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?", (detail, prev, hashed, seq))
                db.execute("UPDATE receipt SET audit_hash = ?, audit_head = ? WHERE audit_seq = ?", (hashed, hashed, seq))
                prev = hashed
        alone = self.audit(root, state)
        expect(alone.returncode == 0, f"verify alone should pass (the documented limit): {alone.stdout} {alone.stderr}")
        checked = self.audit(root, state, "--receipts", self.kept)
        expect(checked.returncode == 1, f"verify --receipts exit {checked.returncode}: {checked.stdout}")
        expect(first["receipt"] in checked.stderr and "rewritten" in checked.stderr,
               f"verify --receipts names {first['receipt']}: {checked.stderr}")
        indonesian = self.s.run("audit", "verify", root, "--state", state, "--receipts", self.kept, "--lang", "id",
                                check=False)
        expect("ditulis ulang" in indonesian.stderr, f"in Indonesian: {indonesian.stderr}")


# -- 5. quotas ----------------------------------------------------------------------------------

class Quota:
    def __init__(self, binary):
        self.binary = binary

    def run(self):
        self.defaults()
        self.flags()

    @case("5: 200 PUTs of a valid 1 MB report stop at the 20 MiB daily quota (429 quota_exceeded)")
    def defaults(self):
        s = Server(self.binary)
        try:
            dprd = s.add_account("dprd-ntt")
            mui = s.add_account("mui-ntt")
            s.start()
            base = report_body("dprd-ntt", "2026-Q4")
            padding = 1_000_000 - len(base.encode()) - 40
            database = os.path.join(s.state, "state.sqlite")
            size = lambda: sum(os.path.getsize(database + tail) for tail in ("", "-wal") if os.path.exists(database + tail))  # noqa: E731
            before = size()
            accepted, refused, started = 0, None, time.monotonic()
            statuses = []
            for number in range(200):
                body = base + f"# {number:06d} " + "x" * padding + "\n"
                status, headers, data = put(s, "2026-Q4", "dprd-ntt", body, dprd)
                statuses.append(status)
                if status in (200, 201):
                    accepted += 1
                elif refused is None:
                    refused = (status, headers, data)
            elapsed = time.monotonic() - started
            grown = size() - before
            expect(refused is not None, f"all {accepted} PUTs accepted")
            status, headers, data = refused
            expect(status == 429 and error_code(data) == "quota_exceeded", f"refusal {status} {data[:300]!r}")
            expect(accepted == 20 and statuses[20:] == [429] * 180,
                   f"{accepted} accepted of 1 MB each, expected the first 20 under 20 MiB, then 429: {statuses}")
            # 20 MB kept, and at most a copy of it in the write-ahead log until a checkpoint.
            expect(grown < 42 << 20, f"state grew by {grown} bytes")
            expect(int(headers.get("retry-after", "0")) > 0, f"Retry-After: {headers}")
            message = json.loads(data)["error"]["message"]
            expect("20971520" in message and "tomorrow" in message, f"message: {message}")
            _, _, indonesian = put(s, "2026-Q4", "dprd-ntt", body, dprd, headers={"Accept-Language": "id"})
            expect("besok" in json.loads(indonesian)["error"]["message"], f"Indonesian: {indonesian[:300]!r}")
            other = put(s, "2026-Q4", "mui-ntt", report_body("mui-ntt", "2026-Q4"), mui)
            expect(other[0] == 201, f"another account is unaffected: {other[0]} {other[2][:300]!r}")
            print(f"e2e-receipts:       {accepted} of 200 PUTs of 1 MB accepted in {elapsed:.2f} s; state grew by "
                  f"{grown / 2**20:.1f} MiB (was 201 MB for 200)")
        finally:
            s.cleanup()

    @case("5: --quota-versions and --quota-bytes-per-day change the limits; the secretariat and others go on")
    def flags(self):
        s = Server(self.binary)
        try:
            dprd = s.add_account("dprd-ntt")
            mui = s.add_account("mui-ntt")
            secretariat = s.add_account(secretariat="sekretariat-gugus-tugas")
            bad = s.run("serve", s.root, "--state", s.state, "--quota-versions", "0", check=False)
            expect(bad.returncode != 0 and "--quota-versions must be at least 1" in bad.stderr, f"0: {bad.stderr}")
            s.start(args=("--quota-versions", "2", "--quota-bytes-per-day", "3000"))
            body = report_body("dprd-ntt", "2026-Q4")
            for number in (1, 2):
                filed(put(s, "2026-Q4", "dprd-ntt", body + f"# {number}\n", dprd), f"version {number}")
            status, headers, data = put(s, "2026-Q4", "dprd-ntt", body + "# 3\n", dprd)
            expect(status == 429 and error_code(data) == "quota_exceeded", f"third version: {status} {data[:300]!r}")
            expect("2 versions" in json.loads(data)["error"]["message"], f"message: {data[:300]!r}")
            expect("retry-after" not in headers, "no Retry-After: waiting does not help")
            _, _, indonesian = put(s, "2026-Q4", "dprd-ntt", body, dprd, headers={"Accept-Language": "id"})
            expect("sudah memiliki 2 versi" in json.loads(indonesian)["error"]["message"], f"id: {indonesian[:300]!r}")
            versions = json.loads(s.request("GET", "/api/v1/reports/2026-Q4/dprd-ntt/versions", token=dprd)[2])
            expect(len(versions["versions"]) == 2, "nothing stored past the quota")
            # The secretariat's own quota (default 100 versions) lets it correct the report.
            on_behalf = put(s, "2026-Q4", "dprd-ntt", body + "# by the secretariat\n", secretariat)
            expect(on_behalf[0] == 200, f"secretariat on behalf: {on_behalf[0]} {on_behalf[2][:300]!r}")
            mui_body = report_body("mui-ntt", "2026-Q4")
            padded = mui_body + "#" + "y" * (1600 - len(mui_body)) + "\n"
            filed(put(s, "2026-Q4", "mui-ntt", padded, mui), "mui's first")
            status, headers, data = put(s, "2026-Q4", "mui-ntt", padded + "# again\n", mui)
            expect(status == 429 and error_code(data) == "quota_exceeded" and "3000" in data.decode(),
                   f"bytes per day: {status} {data[:300]!r}")
            expect(int(headers.get("retry-after", "0")) > 0, f"Retry-After {headers}")
        finally:
            s.cleanup()


# -- 8. late corrections ------------------------------------------------------------------------

class LateCorrection:
    def __init__(self, binary):
        self.s = Server(binary, today="2026-10-01")
        self.dprd = self.s.add_account("dprd-ntt")
        self.secretariat = self.s.add_account(secretariat="sekretariat-gugus-tugas")

    def run(self):
        try:
            self.marks()
        finally:
            self.s.cleanup()

    def login(self, token):
        """A browser's login: the form's CSRF cookie and field, then the session cookie."""
        def cookies(response):
            return {c.split(";")[0].split("=", 1)[0]: c.split(";")[0] for c in response.msg.get_all("Set-Cookie") or []}
        connection = self.s.connection()
        connection.request("GET", "/login")
        response = connection.getresponse()
        page = response.read()
        login = cookies(response)["komitmen_login"]
        csrf = re.search(rb'name="csrf" value="([^"]+)"', page).group(1).decode()
        connection.request("POST", "/login", body=f"csrf={csrf}&token={token}",
                           headers={"Cookie": login, "Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        response.read()
        connection.close()
        expect(response.status in (302, 303), f"login: {response.status}")
        session = cookies(response).get("komitmen_session")
        expect(session, "no session cookie")
        return session

    @case("8: on-time placeholder, then changed values after the due date: late_correction, marked on the page")
    def marks(self):
        # 2026-Q3 is due 2026-10-15.
        self.s.start()
        placeholder = report_body("dprd-ntt", "2026-Q3").replace("complaints_received: 16", "complaints_received: 0")
        first = filed(put(self.s, "2026-Q3", "dprd-ntt", placeholder, self.dprd), "placeholder")
        expect(first["filing"] == "on-time" and first["late_correction"] is False, f"placeholder: {first}")
        before_due = filed(put(self.s, "2026-Q3", "dprd-ntt", placeholder.replace("complaints_received: 0", "complaints_received: 1"), self.dprd),
                           "changed before the due date")
        expect(before_due["late_correction"] is False, f"a change before the due date: {before_due}")
        self.s.stop()
        self.s.today = "2026-12-08"
        self.s.start()
        real = report_body("dprd-ntt", "2026-Q3")
        late = filed(put(self.s, "2026-Q3", "dprd-ntt", real, self.dprd), "real report after the due date")
        expect(late["filing"] == "on-time" and late["late_correction"] is True, f"after the due date: {late}")
        same = filed(put(self.s, "2026-Q3", "dprd-ntt", real + "# only a comment\n", self.dprd), "same values")
        expect(same["late_correction"] is False, f"the same values after the due date: {same}")
        versions = json.loads(self.s.request("GET", "/api/v1/reports/2026-Q3/dprd-ntt/versions", token=self.dprd)[2])
        expect([v["late_correction"] for v in versions["versions"]] == [False, False, True, False],
               f"versions: {versions}")
        session = self.login(self.secretariat)
        status, _, page = self.s.request("GET", "/reports/2026-Q3/dprd-ntt/review", headers={"Cookie": session})
        text = html.unescape(page.decode())
        expect(status == 200, f"review page: {status}")
        items = re.findall(r"<li><a href=\"/reports/2026-Q3/dprd-ntt/versions/(\d)\">.*?</li>", text)
        marked = [line for line in re.findall(r"<li><a href=\"/reports/2026-Q3/dprd-ntt/versions/\d\">.*?</li>", text)
                  if "late-correction" in line]
        expect(len(items) == 4 and len(marked) == 1 and "versions/3" in marked[0], f"marks: {marked} of {items}")
        expect("koreksi terlambat" in text, "the mark is in Indonesian (pages are, first)")
        status, _, english = self.s.request("GET", "/reports/2026-Q3/dprd-ntt/versions/3?lang=en",
                                            headers={"Cookie": session})
        expect(status == 200 and b"late correction" in english, f"the receipt page marks it: {status}")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: e2e_receipts.py KOMITMEN_BINARY")
    binary = os.path.abspath(sys.argv[1])
    Chain(binary).run()
    Quota(binary).run()
    LateCorrection(binary).run()
    if FAILURES:
        print(f"e2e-receipts: {len(FAILURES)} case(s) failed: {', '.join(FAILURES)}")
        sys.exit(1)
    print("e2e-receipts: all cases passed")


if __name__ == "__main__":
    main()
