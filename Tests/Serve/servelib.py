"""Shared by the served intake's scripts (e2e.py, durability.py, scripts/serve-bench.py): a
komitmen binary started on a free loopback port with a fresh state folder and a copy of the
shipped commitments/ (never the repository's own), accounts made with `komitmen accounts add`,
and a small HTTP client on the standard library alone."""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A workspace (ROOT copy + state folder) and the server process serving it."""

    def __init__(self, binary, today="2026-11-20", workdir=None, keep=False):
        self.binary = binary
        self.today = today
        self.workdir = workdir or tempfile.mkdtemp(prefix="komitmen-serve-check-")
        self.root = os.path.join(self.workdir, "commitments")
        self.state = os.path.join(self.workdir, "state")
        self.keep = keep
        self.process = None
        self.port = None
        self.log = None
        if not os.path.exists(self.root):
            shutil.copytree(os.path.join(REPO, "commitments"), self.root)

    @property
    def env(self):
        env = dict(os.environ)
        env["KOMITMEN_TODAY"] = self.today
        env["NO_COLOR"] = "1"
        return env

    def run(self, *args, check=True):
        return subprocess.run([self.binary, *args], capture_output=True, text=True, env=self.env, check=check)

    def add_account(self, signatory=None, secretariat=None):
        # A secretariat account names no ROOT (a second argument would be read as a signatory id).
        args = ["--secretariat", secretariat] if secretariat else [signatory, self.root]
        out = self.run("accounts", "add", *args, "--state", self.state)
        return out.stdout.strip()

    def signatories(self):
        folder = os.path.join(self.root, "signatories")
        return sorted(name[:-5] for name in os.listdir(folder) if name.endswith(".yaml"))

    def start(self, port=None, timeout=30, args=()):
        """Starts `komitmen serve`; `args` are added to its command line (`--quota-versions 3`)."""
        self.port = port or free_port()
        self.log = open(os.path.join(self.workdir, "serve.log"), "ab")
        self.process = subprocess.Popen(
            [self.binary, "serve", self.root, "--host", "127.0.0.1", "--port", str(self.port), "--state", self.state,
             *args],
            stdout=self.log, stderr=self.log, env=self.env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"komitmen serve exited with {self.process.returncode}; see {self.workdir}/serve.log")
            try:
                status, _, _ = self.request("GET", "/healthz", timeout=1)
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("komitmen serve did not answer /healthz in time")

    def kill(self, sig=signal.SIGKILL):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=30)
        if self.log:
            self.log.close()
            self.log = None

    def stop(self):
        self.kill(signal.SIGTERM)

    def cleanup(self):
        self.kill()
        if not self.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def connection(self, timeout=10):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, token=None, content_type=None, headers=None, timeout=10, connection=None):
        """(status, headers dict with lowercase names, body bytes)."""
        own = connection is None
        conn = connection or self.connection(timeout)
        h = dict(headers or {})
        if token:
            h["Authorization"] = f"Bearer {token}"
        if content_type:
            h["Content-Type"] = content_type
        if isinstance(body, str):
            body = body.encode()
        try:
            conn.request(method, path, body=body, headers=h)
            response = conn.getresponse()
            data = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data
        finally:
            if own:
                conn.close()


# A storm or a load test files far more than an account's quota allows (30 versions of one
# report, 20 MiB a day); they measure the filing path, so they lift it.
NO_QUOTA = ("--quota-versions", "1000000000", "--quota-bytes-per-day", "1000000000000",
            "--secretariat-quota-versions", "1000000000", "--secretariat-quota-bytes-per-day", "1000000000000")


def error_code(body):
    try:
        return json.loads(body)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


def latest_quarter(signatory):
    """The latest quarter with a shipped report of `signatory`."""
    reports = os.path.join(REPO, "commitments", "reports")
    return next(folder for folder in sorted(os.listdir(reports), reverse=True)
                if os.path.exists(os.path.join(reports, folder, signatory + ".yaml")))


def report_body(signatory, quarter, submitted=None, extra_narrative=""):
    """A report for `signatory` and `quarter`: its shipped report of that quarter, else its latest
    moved to `quarter` (which passes the checks when no section row carries a date);
    submitted: dropped unless given, so the server writes it."""
    reports = os.path.join(REPO, "commitments", "reports")
    folders = sorted(os.listdir(reports), reverse=True)
    if quarter in folders:
        folders.remove(quarter)
        folders.insert(0, quarter)
    for folder in folders:
        path = os.path.join(reports, folder, signatory + ".yaml")
        if os.path.exists(path):
            lines = open(path, encoding="utf-8").read().splitlines(keepends=True)
            break
    else:
        raise LookupError(f"no shipped report for {signatory}")
    out = []
    for line in lines:
        if line.startswith("period:"):
            out.append(f"period: {quarter}\n")
            if submitted:
                out.append(f"submitted: {submitted}\n")
        elif line.startswith("submitted:"):
            continue
        else:
            out.append(line)
    text = "".join(out)
    if extra_narrative:
        text += f"# {extra_narrative}\n"
    return text


class Cases:
    """The end-to-end scripts' cases: `@cases.case("name")` runs a method, prints one line
    (`LABEL: ok    name (0.12 s)` or `LABEL: FAIL  name: why`) and keeps the names that failed."""

    def __init__(self, label, catches=(AssertionError,)):
        self.label = label
        self.catches = catches
        self.failures = []

    def case(self, name):
        def wrap(function):
            def run(*args):
                started = time.monotonic()
                try:
                    function(*args)
                    print(f"{self.label}: ok    {name} ({time.monotonic() - started:.2f} s)")
                except self.catches as failure:
                    self.failures.append(name)
                    print(f"{self.label}: FAIL  {name}: {failure!r}")
            run.name = name
            return run
        return wrap

    def run(self, binary, make, steps, args=(), after=None):
        """Starts a server on a fresh copy (with `args`), makes the script's object with
        `make(server)`, runs the methods named in `steps` in order, then `after(server)` if
        given, and finishes: the server's folder removed when every case passed, else kept and
        exit 1. A crash of the script itself kills the server before it goes on up."""
        server = Server(binary)
        try:
            server.start(args=args)
            test = make(server)
            for name in steps:
                getattr(test, name)()
            if after:
                after(server)
        except BaseException:
            server.kill()
            raise
        self.finish(server)

    def finish(self, server):
        """Removes the server's folder when every case passed, else keeps it and exits 1."""
        if not self.failures:
            server.cleanup()
            print(f"{self.label}: all cases passed")
            return
        server.kill()
        print(f"{self.label}: kept {server.workdir}")
        print(f"{self.label}: {len(self.failures)} case(s) failed: {', '.join(self.failures)}")
        sys.exit(1)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_error(answer, status, code, what):
    """An error answer (status, headers, body) with `status` and `code` in the API's JSON shape."""
    got, headers, body = answer
    expect(got == status, f"{what}: status {got}, expected {status}: {body[:300]!r}")
    expect(error_code(body) == code, f"{what}: code {error_code(body)!r}, expected {code!r}: {body[:300]!r}")
    expect(headers.get("content-type", "").startswith("application/json"), f"{what}: content-type {headers.get('content-type')}")
    return headers


class Browser:
    """Cookies and the pages' forms, as a browser without JavaScript sends them."""

    def __init__(self, server, source="127.0.0.1", headers=None):
        self.s = server
        self.source = source
        self.cookies = {}
        self.headers = dict(headers or {})

    def fetch(self, method, path, **kw):
        """(status, headers, body, Set-Cookie values), keeping the cookies the answer sets."""
        h = dict(self.headers)
        h.update(kw.pop("headers", None) or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        form = kw.pop("form", None)
        body, content_type = kw.pop("raw_body", None), kw.pop("content_type", None)
        if form is not None:
            body = urllib.parse.urlencode(form).encode()
            content_type = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.s.port, timeout=20, source_address=(self.source, 0))
        try:
            if content_type:
                h["Content-Type"] = content_type
            conn.request(method, path, body=body, headers=h)
            response = conn.getresponse()
            data = response.read()
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    pair = value.split(";", 1)[0]
                    key, _, val = pair.partition("=")
                    if "Max-Age=0" in value:
                        self.cookies.pop(key, None)
                    else:
                        self.cookies[key] = val
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data, response.msg.get_all("Set-Cookie") or []
        finally:
            conn.close()

    def login(self, token):
        status, _, page, _ = self.fetch("GET", "/login")
        expect(status == 200, f"login page: {status}")
        csrf = re.search(rb'name="csrf" value="([^"]+)"', page).group(1).decode()
        status, headers, data, _ = self.fetch("POST", "/login", form={"csrf": csrf, "token": token})
        expect(status == 303, f"login: {status} {data[:300]!r}")
        return headers.get("location")

    def csrf(self, path):
        status, _, page, _ = self.fetch("GET", path)
        expect(status == 200, f"GET {path}: {status} {page[:300]!r}")
        return re.search(rb'name="csrf" value="([^"]+)"', page).group(1).decode(), page
