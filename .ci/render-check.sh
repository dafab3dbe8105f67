#!/usr/bin/env bash
# Renders the HTML summary in a real browser and checks that it is a page, not an empty one.
#
#   .ci/render-check.sh [OUT_DIR]     (default OUT_DIR: .build-render-check)
#
# Builds komitmen, writes `komitmen summary commitments --format html --as-of 2026-11-20` to
# OUT_DIR/summary.html, and has headless Chromium (Debian's `chromium`, installed with apt-get when
# missing) print it to OUT_DIR/summary.png (1240×1754, the first A4 screen) and OUT_DIR/summary.pdf.
# Fails when either file is missing or tiny, when the PDF is not a PDF, or when the PNG is blank
# (decoded with python3's zlib: too few distinct colours). Look at the PNG to judge the layout.
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

python3 - "$out/summary.png" "$out/summary.pdf" <<'PY'
import struct, sys, zlib

png_path, pdf_path = sys.argv[1], sys.argv[2]

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

png = read(png_path, 20_000)
width, height, channels, rows = png_pixels(png)
colours, non_white = set(), 0
for row in rows:
    for x in range(0, len(row), channels):
        pixel = row[x:x + 3]
        colours.add(pixel)
        if pixel != b"\xff\xff\xff":
            non_white += 1
share = non_white / (width * height)
print(f"render-check: PNG {width}x{height}, {len(png)} bytes, {len(colours)} colours, {share:.1%} non-white")
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
print("render-check: ok")
PY
