#!/usr/bin/env python3
"""Every HTML komitmen makes, saved to compare two builds byte for byte (issue 22: the HTML type
changed how markup is built, not one byte of it):

    scripts/html-snapshots.py BINARY OUTDIR      # then: diff -r OLD_OUTDIR NEW_OUTDIR

- OUTDIR/summary: `summary --format html` of commitments/ and of a generated repository
  (scripts/generate-repository.py, 60 signatories, seed 3), in both languages, as of five dates
  and of one chosen quarter;
- OUTDIR/pages: the served pages (status, the headers that matter, body) of `komitmen serve` on
  a copy of commitments/ with one signatory named with markup: login (and its errors), a
  signatory's home, forms (blank, filled, with errors, a row added), receipts, the secretariat's
  grid, summaries, card, download, review queue, review with a diff, chase, error pages and a
  repository with a broken file. CSRF tokens, receipt times and audit hashes are normalised.
"""
import os
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests", "Serve"))
from servelib import REPO, Browser, Server  # noqa: E402

DATES = ["2025-10-20", "2026-02-01", "2026-08-15", "2026-11-20", "2027-06-01"]


def summaries(binary, out):
    folder = os.path.join(out, "summary")
    os.makedirs(folder, exist_ok=True)
    generated = os.path.join(out, "generated-repository")
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "generate-repository.py"), "--out", generated,
                    "--signatories", "60", "--quarters", "8", "--seed", "3", "--force"],
                   check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, KOMITMEN_TODAY="2026-11-20", NO_COLOR="1")
    for tag, root in [("commitments", os.path.join(REPO, "commitments")), ("generated", generated)]:
        for language in ["id", "en"]:
            runs = [(date, ["--as-of", date]) for date in DATES] + [("2025-Q4", ["--quarter", "2025-Q4"])]
            for name, args in runs:
                result = subprocess.run([binary, "summary", root, "--format", "html", "--lang", language, *args],
                                        capture_output=True, env=env)
                with open(os.path.join(folder, f"{tag}-{language}-{name}.html"), "wb") as file:
                    file.write(result.stdout + f"\n<!-- exit {result.returncode} -->\n".encode() + result.stderr)


def normalise(data):
    data = re.sub(rb'name="csrf" value="[^"]+"', b'name="csrf" value="CSRF"', data)
    data = re.sub(rb"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d:\d\d", b"TIME", data)
    data = re.sub(rb'(\d+ \xc2\xb7 <code class="hash">)[0-9a-f]{64}', rb"\1AUDIT", data)
    return re.sub(rb'(id="audit-head">)[0-9a-f]{64}', rb"\1AUDIT", data)


def csrf_of(page):
    return re.search(rb'name="csrf" value="([^"]+)"', page).group(1).decode()


def pages(binary, out):
    folder = os.path.join(out, "pages")
    os.makedirs(folder, exist_ok=True)
    workdir = os.path.join(out, "serve")
    shutil.rmtree(workdir, ignore_errors=True)
    s = Server(binary, workdir=workdir)
    path = os.path.join(s.root, "signatories/pemkab-alor.yaml")
    with open(path) as file:
        text = file.read()
    text = re.sub(r"^name: .*$", "name: \"Pemkab <b>Alor</b> & \\\"Co\\\" 'x' \u00e9\"", text, count=1, flags=re.M)
    with open(path, "w") as file:
        file.write(text)
    signatory = s.add_account("dprd-ntt")
    secretariat = s.add_account(secretariat="sekretariat-gugus-tugas")
    s.start()
    n = [0]

    def save(name, result):
        status, headers, body, _ = result
        n[0] += 1
        keep = ["content-type", "content-security-policy", "location", "content-disposition", "cache-control"]
        head = f"{status}\n" + "".join(f"{k}: {headers[k]}\n" for k in keep if k in headers)
        data = body.replace(os.fsencode(s.workdir), b"WORKDIR")
        with open(os.path.join(folder, f"{n[0]:02d}-{name}.txt"), "wb") as file:
            file.write(head.encode() + b"\n" + normalise(data))
        return body

    try:
        steps(s, signatory, secretariat, save)
    finally:
        s.cleanup()
    return n[0]


def steps(s, signatory, secretariat, save):
    a = Browser(s)
    save("login-id", a.fetch("GET", "/login"))
    save("login-en", a.fetch("GET", "/login?lang=en"))
    save("login-badcsrf", a.fetch("POST", "/login", form={"csrf": "x", "token": "y"}))
    page = a.fetch("GET", "/login")[2]
    save("login-badtoken", a.fetch("POST", "/login", form={"csrf": csrf_of(page), "token": "nope"}))
    save("unauth-redirect", a.fetch("GET", "/secretariat"))
    a.login(signatory)
    for lang in ["en", "id"]:
        save(f"home-{lang}", a.fetch("GET", f"/signatories/dprd-ntt?lang={lang}"))
        save(f"form-existing-{lang}", a.fetch("GET", f"/reports/2026-Q3/dprd-ntt?lang={lang}"))
        save(f"form-blank-{lang}", a.fetch("GET", f"/reports/2026-Q4/dprd-ntt?lang={lang}"))
    page = a.fetch("GET", "/reports/2026-Q4/dprd-ntt")[2]
    csrf = csrf_of(page)
    fields = dict(re.findall(rb'<input id="[^"]*" name="([^"]+)" value="([^"]*)"', page))
    form = {k.decode(): v.decode() for k, v in fields.items()}
    form.update({"csrf": csrf, "narrative": "<script>alert('x')</script> & \"q\"", "evidence": "https://example.org/?a=1&b=<2>"})
    bad = dict(form)
    for k in list(bad):
        if k.startswith("v."):
            bad[k] = "abc<>"
    save("form-errors", a.fetch("POST", "/reports/2026-Q4/dprd-ntt", form=bad))
    sections = re.findall(rb'name="action" value="(add:[^"]+)"', page)
    if sections:
        add = dict(form); add["action"] = sections[0].decode()
        save("form-addrow", a.fetch("POST", "/reports/2026-Q4/dprd-ntt", form=add))
    save("upload-nofile", a.fetch("POST", "/reports/2026-Q4/dprd-ntt/upload", form={"csrf": csrf}))
    good = dict(form)
    for k in list(good):
        if k.startswith("v."):
            good[k] = "1"
    r = a.fetch("POST", "/reports/2026-Q4/dprd-ntt", form=good)
    save("form-filed", r)
    loc = r[1].get("location")
    if loc:
        save("receipt-v1", a.fetch("GET", loc))
    good["narrative"] = "Second <i>version</i>\nline two & more"
    r = a.fetch("POST", "/reports/2026-Q4/dprd-ntt", form=good)
    if r[1].get("location"):
        save("receipt-v2-en", a.fetch("GET", r[1]["location"] + "?lang=en"))
    save("home-after", a.fetch("GET", "/signatories/dprd-ntt"))
    save("version-missing", a.fetch("GET", "/reports/2026-Q4/dprd-ntt/versions/99"))
    save("other-signatory", a.fetch("GET", "/signatories/mui-ntt"))
    save("secretariat-denied", a.fetch("GET", "/secretariat"))
    save("post-nocsrf", a.fetch("POST", "/reports/2026-Q4/dprd-ntt", form={"narrative": "x"}))
    save("cross-origin", a.fetch("POST", "/logout", form={"csrf": csrf}, headers={"Sec-Fetch-Site": "cross-site"}))

    b = Browser(s)
    b.login(secretariat)
    for lang in ["id", "en"]:
        save(f"grid-{lang}", b.fetch("GET", f"/secretariat?lang={lang}"))
        save(f"summary-{lang}", b.fetch("GET", f"/secretariat/summary?lang={lang}"))
        save(f"summary-q2-{lang}", b.fetch("GET", f"/secretariat/summary?quarter=2026-Q2&lang={lang}"))
        save(f"summary-card-{lang}", b.fetch("GET", f"/secretariat/summary/pemkab-alor?lang={lang}"))
        save(f"summary-download-{lang}", b.fetch("GET", f"/secretariat/summary.html?lang={lang}"))
        save(f"reviews-{lang}", b.fetch("GET", f"/secretariat/reviews?lang={lang}"))
        save(f"chase-{lang}", b.fetch("GET", f"/secretariat/chase?lang={lang}"))
        save(f"review-{lang}", b.fetch("GET", f"/reports/2026-Q4/dprd-ntt/review?lang={lang}"))
    save("grid-end", b.fetch("GET", "/secretariat?end=2025-Q4"))
    save("grid-page2", b.fetch("GET", "/secretariat?page=2&x=%3Cb%3E"))
    save("summary-filter", b.fetch("GET", "/secretariat/summary?quarter=2026-Q3&filing=missing"))
    save("summary-badquarter", b.fetch("GET", "/secretariat/summary?quarter=2026-Q9"))
    save("review-diff", b.fetch("GET", "/reports/2026-Q4/dprd-ntt/review?from=1&to=2"))
    page = b.fetch("GET", "/reports/2026-Q4/dprd-ntt/review")[2]
    r = b.fetch("POST", "/reports/2026-Q4/dprd-ntt/review", form={"csrf": csrf_of(page), "state": "changes-requested", "comment": "Fix <this> & \"that\"\nplease"})
    save("review-post", r)
    save("review-after", b.fetch("GET", "/reports/2026-Q4/dprd-ntt/review"))
    save("review-badstate", b.fetch("POST", "/reports/2026-Q4/dprd-ntt/review", form={"csrf": csrf_of(page), "state": "zzz"}))
    save("home-reviewed", a.fetch("GET", "/signatories/dprd-ntt?lang=en"))
    save("form-reviewed", a.fetch("GET", "/reports/2026-Q4/dprd-ntt?lang=en"))
    save("summary-card-dprd", b.fetch("GET", "/secretariat/summary/dprd-ntt?quarter=2026-Q4"))
    save("unknown-signatory", b.fetch("GET", "/secretariat/summary/nobody"))
    save("bad-id", b.fetch("GET", "/signatories/Bad%3Cid%3E"))
    # A broken file: the secretariat's error page lists it.
    os.makedirs(os.path.join(s.root, "reports/2026-Q3"), exist_ok=True)
    open(os.path.join(s.root, "reports/2026-Q3/kp2mi.yaml"), "w").write("signatory: kp2mi\nquarter: 2026-Q3\nvalues: [<b>\n")
    time.sleep(1.2)
    save("broken-secretariat", b.fetch("GET", "/secretariat"))
    save("broken-signatory", a.fetch("GET", "/reports/2026-Q4/dprd-ntt"))
    save("logout", a.fetch("POST", "/logout", form={"csrf": csrf}))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    summaries(binary, out)
    count = pages(binary, out)
    print(f"html-snapshots: {len(os.listdir(os.path.join(out, 'summary')))} summaries and {count} pages in {out}")


if __name__ == "__main__":
    main()
