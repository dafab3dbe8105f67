#!/usr/bin/env bash
# Renders the HTML summary in a real browser and checks that it is a page, not an empty one.
#
#   .ci/render-check.sh [OUT_DIR]     (default OUT_DIR: .build-render-check)
#
# Builds komitmen, writes `komitmen summary commitments --format html --as-of 2026-11-20` to
# OUT_DIR/summary.html, and has headless Chromium (Debian's `chromium`, installed with apt-get when
# missing) print it to OUT_DIR/summary.png (1240×1754, the first A4 screen) and OUT_DIR/summary.pdf.
# Fails when either file is missing or tiny, when the PDF is not a PDF, or when the PNG is blank
# (decoded with python3's zlib: too few distinct colours). The PDF is then read back with poppler
# (`poppler-utils`, installed when missing): pdftoppm rasterises its first page, which must not be
# blank, and pdftotext's text must hold the summary's title on page 1 and every <h2> heading of the
# HTML, which must end with </html>. Look at the PNG to judge the layout.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/.build-render-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$root"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "render-check: installing chromium (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium fonts-dejavu-core > /dev/null
    browser=$(command -v chromium)
fi

if ! command -v pdftotext > /dev/null || ! command -v pdftoppm > /dev/null; then
    echo "render-check: installing poppler-utils (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq poppler-utils > /dev/null
fi

echo "render-check: building komitmen"
swift build --scratch-path "${RENDER_CHECK_SCRATCH:-.build-render}" --product komitmen > "$out/build.log" 2>&1 \
    || { tail -40 "$out/build.log"; exit 1; }
komitmen=$(swift build --scratch-path "${RENDER_CHECK_SCRATCH:-.build-render}" --show-bin-path)/komitmen

"$komitmen" summary commitments --format html --as-of 2026-11-20 --output "$out/summary.html"
rm -f "$out/summary.png" "$out/summary.pdf"

# A private profile and no GPU: a clean, repeatable headless run as root.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
       --disable-dev-shm-usage --user-data-dir="$out/profile" --window-size=1240,1754)
page="file://$out/summary.html"
timeout 120 "$browser" "${flags[@]}" --screenshot="$out/summary.png" "$page" > "$out/chromium-png.log" 2>&1 || true
timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/summary.pdf" "$page" \
    > "$out/chromium-pdf.log" 2>&1 || true

# The PDF read back by poppler: its text, and its first page rasterised on its own.
rm -f "$out/summary.txt" "$out/page-1.txt" "$out"/page-1*.png
pdftotext -layout "$out/summary.pdf" "$out/summary.txt" 2> "$out/pdftotext.log" || true
pdftotext -layout -f 1 -l 1 "$out/summary.pdf" "$out/page-1.txt" 2>> "$out/pdftotext.log" || true
pdftoppm -f 1 -l 1 -r 60 -png "$out/summary.pdf" "$out/page-1" 2> "$out/pdftoppm.log" || true
page_png=$(ls "$out"/page-1*.png 2> /dev/null | head -1)

python3 - "$out/summary.png" "$out/summary.pdf" "$out/summary.html" "$out/summary.txt" "$out/page-1.txt" "${page_png:-$out/page-1.png}" <<'PY'
import html, re, struct, sys, zlib

png_path, pdf_path, html_path, text_path, page_text_path, page_png_path = sys.argv[1:7]

def fail(message):
    print(f"render-check: FAIL: {message}")
    sys.exit(1)

def read(path, minimum):
    try:
        data = open(path, "rb").read()
    except OSError:
        fail(f"{path} was not written")
    if len(data) < minimum:
        fail(f"{path} is only {len(data)} bytes")
    return data

def png_pixels(data):
    """Decodes an 8-bit, non-interlaced RGB or RGBA PNG into rows of bytes."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("summary.png is not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        fail(f"unexpected PNG format (depth {depth}, colour type {colour}, interlace {interlace})")
    channels = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            a = row[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1: row[x] = (row[x] + a) & 255
            elif kind == 2: row[x] = (row[x] + b) & 255
            elif kind == 3: row[x] = (row[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[x] = (row[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(row))
        previous = row
    return width, height, channels, rows

def ink(path, minimum):
    """Distinct colours and the share of non-white pixels of a PNG."""
    png = read(path, minimum)
    width, height, channels, rows = png_pixels(png)
    colours, non_white = set(), 0
    for row in rows:
        for x in range(0, len(row), channels):
            pixel = row[x:x + 3]
            colours.add(pixel)
            if pixel != b"\xff\xff\xff":
                non_white += 1
    share = non_white / (width * height)
    print(f"render-check: {path.rsplit('/', 1)[-1]} {width}x{height}, {len(png)} bytes, {len(colours)} colours, {share:.1%} non-white")
    return width, height, colours, share

width, height, colours, share = ink(png_path, 20_000)
if (width, height) != (1240, 1754):
    fail(f"PNG is {width}x{height}, expected 1240x1754")
if len(colours) < 16 or share < 0.03:
    fail("the PNG looks blank")

pdf = read(pdf_path, 10_000)
if not pdf.startswith(b"%PDF-"):
    fail("summary.pdf is not a PDF")
pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
pages = max(pages, pdf.count(b"/Type/Page") - pdf.count(b"/Type/Pages"))
print(f"render-check: PDF {len(pdf)} bytes, {pages} pages")
if pages < 1:
    fail("the PDF has no pages")

# The PDF's first page, rasterised by pdftoppm, has ink on it.
_, _, colours, share = ink(page_png_path, 2_000)
if len(colours) < 8 or share < 0.01:
    fail("the PDF's first page looks blank")

# The page says what the HTML says: the title on page 1, every section heading somewhere.
def words(text):
    return " ".join(text.split())

source = open(html_path, encoding="utf-8").read()
if not source.rstrip().endswith("</html>"):
    fail("summary.html does not end with </html>")
title = words(html.unescape(re.search(r"<h1[^>]*>(.*?)</h1>", source, re.S).group(1)))
headings = [words(html.unescape(re.sub(r"<[^>]+>", "", h))) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", source, re.S)]
try:
    text, page_one = words(open(text_path, encoding="utf-8").read()), words(open(page_text_path, encoding="utf-8").read())
except OSError:
    fail("pdftotext read no text from the PDF")
if title not in page_one:
    fail(f"the title '{title}' is not on the PDF's first page")
if len(headings) < 5:
    fail(f"the HTML has only {len(headings)} section headings")
missing = [h for h in headings if h not in text]
if missing:
    fail(f"headings missing from the PDF's text: {missing}")
print(f"render-check: the PDF shows the title on page 1 and all {len(headings)} section headings")
print("render-check: ok")
PY
