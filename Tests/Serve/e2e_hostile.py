#!/usr/bin/env python3
"""Holes found from outside (issue 21), each attack replayed over real HTTP against the built binary,
each answered as DESIGN.md says (standard library only):

    python3 Tests/Serve/e2e_hostile.py KOMITMEN_BINARY

A link where a quarter's folder belongs (never followed, 409 before any receipt, the server starts,
its pages name it); a 422 of ~70,000 mistakes (at most 100 listed, the rest counted); failed logins
from a shared address never lock out a valid token (and `--trusted-proxy`); summaries centuries
ahead (400); a malformed chunk size (400); `//login`; `__Host-` cookies; `Origin`; the state
folder's mode; the connection cap; the summary download's style hash. One line per case; exit 1
on any failure."""

import base64
import hashlib
import http.client
import json
import os
import re
import shutil
import socket
import stat
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import Browser, Cases, error_code, expect, expect_error, report_body  # noqa: E402

CASES = Cases("e2e-hostile", catches=(AssertionError, OSError, ValueError, KeyError))
FAILURES = CASES.failures
case = CASES.case
MAX_CONNECTIONS = 24
PROXY = "127.0.0.3"


class Hostile:
    args = ["--trusted-proxy", PROXY, "--max-connections", str(MAX_CONNECTIONS)]

    def __init__(self, server):
        self.s = server
        self.dprd = server.add_account("dprd-ntt")
        self.polda = server.add_account("polda-ntt")
        self.secretariat = server.add_account(secretariat="sekretariat-gugus-tugas")

    def put(self, path, body, token, source="127.0.0.1", headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.s.port, timeout=30, source_address=(source, 0))
        return self.s.request("PUT", path, body=body, token=token, content_type="application/yaml", connection=conn,
                              headers=headers)

    def get(self, path, token, source="127.0.0.1", headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.s.port, timeout=30, source_address=(source, 0))
        return self.s.request("GET", path, token=token, connection=conn, headers=headers)

    def versions(self, quarter, signatory):
        status, _, data = self.get(f"/api/v1/reports/{quarter}/{signatory}/versions", self.secretariat)
        expect(status == 200, f"versions: {status} {data[:200]!r}")
        return json.loads(data)["versions"]

    def audit_count(self):
        status, _, data = self.get("/api/v1/audit", self.secretariat)
        expect(status == 200, f"audit: {status}")
        return len(json.loads(data)["entries"])

    # -- 2. a link where a quarter's folder belongs --------------------------------------------

    @case("link: reports/2026-Q4 → a folder outside ROOT is never read, a filing into it is 409 before any receipt")
    def link_refused(self):
        quarter_folder = os.path.join(self.s.root, "reports/2026-Q4")
        status, _, data = self.put("/api/v1/reports/2026-Q4/dprd-ntt", report_body("dprd-ntt", "2026-Q4"), self.dprd)
        expect(status == 201, f"first filing: {status} {data[:300]!r}")
        status, _, data = self.put("/api/v1/reports/2026-Q4/dprd-ntt",
                                   report_body("dprd-ntt", "2026-Q4", extra_narrative="v2"), self.dprd)
        expect(status == 200, f"second filing: {status} {data[:300]!r}")
        self.v1 = self.get("/api/v1/reports/2026-Q4/dprd-ntt/versions/1", self.dprd)[2]
        # The folder goes outside ROOT; a link takes its place; a planted report waits at its target.
        self.outside = os.path.join(self.s.workdir, "outside-2026-Q4")
        shutil.move(quarter_folder, self.outside)
        planted = b"signatory: dprd-ntt\nperiod: 2026-Q4\nsubmitted: 2026-11-20\nnarrative: planted\nvalues: {}\n"
        real = open(os.path.join(self.outside, "dprd-ntt.yaml"), "rb").read()
        open(os.path.join(self.outside, "dprd-ntt.yaml"), "wb").write(planted)
        os.symlink(self.outside, quarter_folder)
        time.sleep(1.2)  # the stat scan runs at most once a second
        versions, entries = len(self.versions("2026-Q4", "dprd-ntt")), self.audit_count()
        status, _, data = self.get("/api/v1/reports/2026-Q4/dprd-ntt", self.dprd)
        expect(b"planted" not in data, "the planted file at the link's target was served")
        expect(status == 404, f"GET through the link: {status} {data[:200]!r}")
        expect(len(self.versions("2026-Q4", "dprd-ntt")) == versions, "the planted file was recorded as a version")
        answer = self.put("/api/v1/reports/2026-Q4/dprd-ntt", report_body("dprd-ntt", "2026-Q4"), self.dprd)
        expect_error(answer, 409, "folder_not_plain", "PUT through the link")
        expect(b"reports/2026-Q4" in answer[2], f"the 409 does not name the folder: {answer[2][:300]!r}")
        expect(len(self.versions("2026-Q4", "dprd-ntt")) == versions, "a version was stored for a refused filing")
        expect(self.audit_count() == entries, "an audit entry was made for a refused filing")
        expect(open(os.path.join(self.outside, "dprd-ntt.yaml"), "rb").read() == planted, "the link's target was written")
        # A first filing of another signatory into the linked quarter: 409 too, nothing made.
        expect_error(self.put("/api/v1/reports/2026-Q4/polda-ntt", report_body("polda-ntt", "2026-Q4"), self.polda),
                     409, "folder_not_plain", "polda through the link")
        expect(not os.path.exists(os.path.join(self.outside, "polda-ntt.yaml")), "a file was written at the link's target")
        open(os.path.join(self.outside, "dprd-ntt.yaml"), "wb").write(real)

    @case("link: the secretariat's pages name it (the grid's error page lists reports/2026-Q4 and why)")
    def link_named(self):
        browser = Browser(self.s)
        browser.login(self.secretariat)
        status, _, page, _ = browser.fetch("GET", "/secretariat")
        expect(b"reports/2026-Q4" in page, f"the grid does not name the link ({status}): {page[:600]!r}")
        expect(b"symbolic link" in page or b"tautan simbolik" in page, "the page does not say it is a link")

    @case("link: with a write unfinished behind the link the server starts, verify says why; once removed, all is well")
    def link_restart(self):
        self.s.stop()
        # A crash between the receipt of version 2 and its write: the file still holds version 1.
        open(os.path.join(self.outside, "dprd-ntt.yaml"), "wb").write(self.v1)
        self.s.start(args=self.args)
        expect(self.s.process.poll() is None, "the server did not start")
        verify = self.s.run("audit", "verify", self.s.root, "--state", self.s.state, check=False)
        expect(verify.returncode != 0, "audit verify passed with a link in place")
        said = verify.stdout + verify.stderr
        expect("not a plain folder" in said and "starting the server finishes it" not in said, f"verify said: {said[:600]}")
        self.s.stop()
        os.remove(os.path.join(self.s.root, "reports/2026-Q4"))
        shutil.move(self.outside, os.path.join(self.s.root, "reports/2026-Q4"))
        self.s.start(args=self.args)
        verify = self.s.run("audit", "verify", self.s.root, "--state", self.s.state, check=False)
        expect(verify.returncode == 0, f"audit verify after the folder came back: {verify.stdout}{verify.stderr}")
        status, _, data = self.get("/api/v1/reports/2026-Q4/dprd-ntt", self.dprd)
        expect(status == 200 and b"# v2" in data, f"version 2 was not finished: {status} {data[-100:]!r}")

    # -- 4. unbounded error lists ---------------------------------------------------------------

    @case("422: a 1 MiB body of ~70,000 mistakes lists 100 and counts the rest (API and form page)")
    def many_errors(self):
        lines = ["signatory: polda-ntt", "period: 2026-Q4", "values:"]
        lines += [f"  k{n}: {n}" for n in range(70_000)]
        body = "\n".join(lines)[: (1 << 20) - 100]
        body = body[: body.rfind("\n")] + "\n"
        status, _, data = self.put("/api/v1/reports/2026-Q4/polda-ntt", body, self.polda)
        expect(status == 422, f"status {status}: {data[:200]!r}")
        answer = json.loads(data)
        expect(len(answer["diagnostics"]) == 100, f"{len(answer['diagnostics'])} diagnostics")
        expect(answer["omitted"] > 60_000, f"omitted {answer.get('omitted')}")
        expect("first 100 of" in answer["error"]["message"], f"message {answer['error']['message']}")
        expect(len(data) < 64_000, f"422 of {len(data)} bytes")
        status, _, data = self.put("/api/v1/reports/2026-Q4/polda-ntt", body, self.polda,
                                   headers={"Accept-Language": "id"})
        expect("100 masalah pertama dari" in json.loads(data)["error"]["message"], "no count in Indonesian")
        browser = Browser(self.s)
        browser.login(self.polda)
        csrf, _ = browser.csrf("/reports/2026-Q4/polda-ntt")
        boundary = "x" * 10 + "komitmen"
        parts = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
                 f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.yaml\"\r\n"
                 f"Content-Type: application/yaml\r\n\r\n").encode() + body[: (1 << 20) - 4096].encode() + \
            f"\r\n--{boundary}--\r\n".encode()
        status, _, page, _ = browser.fetch("POST", "/reports/2026-Q4/polda-ntt/upload", raw_body=parts,
                                           content_type=f"multipart/form-data; boundary={boundary}")
        expect(status == 422, f"upload: {status} {page[:300]!r}")
        expect(len(page) < 200_000, f"a page of {len(page)} bytes")
        items = page.count(b"<li>")
        expect(items <= 101, f"{items} list items")
        expect(b"100 masalah pertama dari" in page, "the page does not say how many more")

    # -- 6. the failed-login limit --------------------------------------------------------------

    @case("429: ten failures from a shared address never refuse a valid token (API and login page)")
    def shared_address(self):
        source = "127.0.0.2"
        for n in range(10):
            expect_error(self.get("/api/v1/status", f"kmt_guess{n}", source), 401, "invalid_token", f"guess {n}")
        headers = expect_error(self.get("/api/v1/status", "kmt_guess11", source), 429, "too_many_failed_authentications", "11th")
        expect(int(headers.get("retry-after", "0")) >= 1, f"Retry-After {headers.get('retry-after')}")
        expect_error(self.get("/api/v1/status", None, source), 429, "too_many_failed_authentications", "no token")
        status, _, data = self.get("/api/v1/status", self.secretariat, source)
        expect(status == 200, f"a valid token was refused: {status} {data[:200]!r}")
        expect(Browser(self.s, source).login(self.dprd) == "/signatories/dprd-ntt", "login page refused a valid token")
        browser = Browser(self.s, source)
        browser.fetch("GET", "/login")
        csrf = browser.csrf("/login")[0]
        status, headers, _, _ = browser.fetch("POST", "/login", form={"csrf": csrf, "token": "kmt_wrong"})
        expect(status == 429 and int(headers.get("retry-after", "0")) >= 1, f"a wrong login: {status}")

    @case("--trusted-proxy: the client is X-Forwarded-For's last address from the proxy, the peer from anyone else")
    def trusted_proxy(self):
        for n in range(10):
            expect_error(self.get("/api/v1/status", f"kmt_p{n}", PROXY, {"X-Forwarded-For": "198.51.100.9, 203.0.113.7"}),
                         401, "invalid_token", f"guess {n}")
        expect_error(self.get("/api/v1/status", "kmt_p", PROXY, {"X-Forwarded-For": "203.0.113.7"}),
                     429, "too_many_failed_authentications", "the same client behind the proxy")
        expect_error(self.get("/api/v1/status", "kmt_p", PROXY, {"X-Forwarded-For": "203.0.113.8"}),
                     401, "invalid_token", "another client behind the proxy")
        # Not the proxy: its own X-Forwarded-For is not believed (its key is its own address).
        expect_error(self.get("/api/v1/status", "kmt_q", "127.0.0.4", {"X-Forwarded-For": "203.0.113.7"}),
                     401, "invalid_token", "a client naming a limited address")
        status, _, _ = self.get("/api/v1/status", self.secretariat, PROXY, {"X-Forwarded-For": "203.0.113.7"})
        expect(status == 200, f"a valid token behind the proxy: {status}")

    # -- 7. queries far ahead -------------------------------------------------------------------

    @case("400: quarter and as_of beyond four quarters after today's (API and pages), answered quickly")
    def far_ahead(self):
        # Today is 2026-11-20 (2026-Q4): 2027-Q4 and 2027-12-31 are the last that may be asked.
        for path in ("/api/v1/summary?quarter=2027-Q4", "/api/v1/summary?as_of=2027-12-31", "/api/v1/status?as_of=2027-12-31"):
            status, _, data = self.get(path, self.secretariat)
            expect(status == 200, f"{path}: {status} {data[:200]!r}")
        for path, code in (("/api/v1/summary?quarter=2028-Q1", "invalid_quarter"),
                           ("/api/v1/summary?quarter=2999-Q4&as_of=2999-12-31", "invalid_quarter"),
                           ("/api/v1/summary?as_of=2028-01-01", "invalid_parameter"),
                           ("/api/v1/status?as_of=2999-12-31", "invalid_parameter")):
            started = time.monotonic()
            expect_error(self.get(path, self.secretariat), 400, code, path)
            expect(time.monotonic() - started < 1, f"{path} took {time.monotonic() - started:.2f} s")
        status, _, data = self.get("/api/v1/summary?quarter=2028-Q1", self.secretariat, headers={"Accept-Language": "id"})
        expect("terlalu jauh" in json.loads(data)["error"]["message"], f"Indonesian: {data[:200]!r}")
        browser = Browser(self.s)
        browser.login(self.secretariat)
        for path in ("/secretariat/summary?quarter=2999-Q4", "/secretariat/summary.html?quarter=2028-Q1",
                     "/secretariat/summary/dprd-ntt?quarter=2999-Q4"):
            status, headers, page, _ = browser.fetch("GET", path)
            expect(status == 400 and headers.get("content-type", "").startswith("text/html"), f"{path}: {status}")
            expect(b"2027-Q4" in page and len(page) < 20_000, f"{path}: {page[:300]!r}")

    # -- 9. smaller ---------------------------------------------------------------------------

    @case("400: a malformed chunk size (not 500)")
    def bad_chunk(self):
        with socket.create_connection(("127.0.0.1", self.s.port), timeout=10) as sock:
            sock.sendall((f"PUT /api/v1/reports/2026-Q4/dprd-ntt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          f"Authorization: Bearer {self.dprd}\r\nContent-Type: application/yaml\r\n"
                          "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n").encode())
            answer = b""
            while b"\r\n\r\n" not in answer:
                piece = sock.recv(4096)
                if not piece:
                    break
                answer += piece
        expect(answer.startswith(b"HTTP/1.1 400"), f"answer {answer[:200]!r}")

    @case("//login: the language switch links to this page, never to another host")
    def double_slash(self):
        for path in ("//login", "///login?x=1", "//login?lang=en"):
            status, _, page, _ = Browser(self.s).fetch("GET", path)
            links = re.findall(rb'href="[^"]*"', page)
            expect(status == 200 and links, f"{path}: {status}")
            expect(not any(re.match(rb'href="(//|/\\|\\)', link) for link in links), f"{path}: {links}")

    @case("cookies: over TLS (X-Forwarded-Proto) named __Host- with Secure and Path=/; a planted login token is refused")
    def host_cookies(self):
        tls = {"X-Forwarded-Proto": "https"}
        browser = Browser(self.s, headers=tls)
        _, _, _, cookies = browser.fetch("GET", "/login?lang=en")
        expect(cookies and all(c.startswith("__Host-") for c in cookies), f"Set-Cookie {cookies}")
        for cookie in cookies:
            expect("; Secure" in cookie and "; Path=/" in cookie and "Domain" not in cookie, f"cookie {cookie}")
        location = browser.login(self.dprd)
        expect(location == "/signatories/dprd-ntt" and "__Host-komitmen_session" in browser.cookies, f"{browser.cookies}")
        # A sibling subdomain can set `komitmen_login` but not `__Host-komitmen_login`.
        planted = Browser(self.s, headers=tls)
        planted.cookies["komitmen_login"] = "kmt_attackerchosen"
        status, _, page, _ = planted.fetch("POST", "/login", form={"csrf": "kmt_attackerchosen", "token": self.dprd})
        expect(status == 403, f"a planted login token: {status}")

    @case("Origin: a form posted from another site is 403, from this one accepted")
    def origin(self):
        browser = Browser(self.s)
        browser.login(self.dprd)
        csrf, _ = browser.csrf("/signatories/dprd-ntt")
        for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"},
                        {"Sec-Fetch-Site": "same-site", "Origin": f"http://127.0.0.1:{self.s.port}"},
                        {"Origin": f"http://127.0.0.1:{self.s.port}.evil.example"}):
            status, _, page, _ = browser.fetch("POST", "/logout", form={"csrf": csrf}, headers=headers)
            expect(status == 403 and (b"another site" in page or b"situs lain" in page), f"{headers}: {status}")
        anonymous = Browser(self.s)
        login_csrf = anonymous.csrf("/login")[0]
        status, _, _, _ = anonymous.fetch("POST", "/login", form={"csrf": login_csrf, "token": self.dprd},
                                          headers={"Origin": "http://evil.example"})
        expect(status == 403, f"a login posted from another site: {status}")
        # What Chromium sends with a page's own form (`Origin: null` only under `no-referrer`).
        for headers in ({"Origin": "null", "Sec-Fetch-Site": "same-origin"},
                        {"Origin": f"http://127.0.0.1:{self.s.port}"}):
            status, _, _, _ = browser.fetch("POST", "/logout", form={"csrf": csrf}, headers=headers)
            expect(status == 303, f"the same origin {headers}: {status}")
            browser.login(self.dprd)
            csrf, _ = browser.csrf("/signatories/dprd-ntt")

    @case("the state folder is its owner's alone (0700), its files 0600")
    def state_mode(self):
        mode = stat.S_IMODE(os.stat(self.s.state).st_mode)
        expect(mode == 0o700, f"state folder mode {oct(mode)}")
        for name in os.listdir(self.s.state):
            mode = stat.S_IMODE(os.stat(os.path.join(self.s.state, name)).st_mode)
            expect(mode & 0o077 == 0, f"{name} mode {oct(mode)}")

    @case(f"--max-connections {MAX_CONNECTIONS}: one more waits until one closes, then is answered")
    def connection_cap(self):
        held = [socket.create_connection(("127.0.0.1", self.s.port), timeout=5) for _ in range(MAX_CONNECTIONS)]
        try:
            time.sleep(0.3)
            extra = socket.create_connection(("127.0.0.1", self.s.port), timeout=1.5)
            extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            try:
                early = extra.recv(100)
            except socket.timeout:
                early = b""
            expect(early == b"", f"answered past the cap: {early!r}")
            held.pop().close()
            extra.settimeout(5)
            late = extra.recv(100)
            expect(late.startswith(b"HTTP/1.1 200"), f"after one closed: {late!r}")
            extra.close()
        finally:
            for sock in held:
                sock.close()

    @case("CSP: the summary download admits the renderer's own style sheet alone")
    def style_hash(self):
        browser = Browser(self.s)
        browser.login(self.secretariat)
        status, headers, page, _ = browser.fetch("GET", "/secretariat/summary.html")
        expect(status == 200, f"download: {status}")
        hashes = re.findall(r"'sha256-([^']+)'", headers["content-security-policy"])
        styles = re.findall(rb"<style>(.*?)</style>", page, re.S)
        expect(len(hashes) == 1 and len(styles) == 1, f"{len(hashes)} hashes, {len(styles)} styles")
        expect(hashes[0] == base64.b64encode(hashlib.sha256(styles[0]).digest()).decode(), "the hash is not the style's")
        cli = self.s.run("summary", self.s.root, "--format", "html", "--output", "-")
        own = re.search(r"<style>(.*?)</style>", cli.stdout, re.S).group(1).encode()
        expect(hashes[0] == base64.b64encode(hashlib.sha256(own).digest()).decode(), "not the renderer's style sheet")


def main():
    CASES.run(sys.argv[1], Hostile, ["state_mode", "far_ahead", "bad_chunk", "double_slash", "host_cookies", "origin",
                                     "style_hash", "shared_address", "trusted_proxy", "many_errors", "connection_cap",
                                     "link_refused", "link_named", "link_restart"], args=Hostile.args)

if __name__ == "__main__":
    main()
