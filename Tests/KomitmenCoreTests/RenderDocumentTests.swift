import Foundation
import KomitmenCore
import KomitmenYAML
import Testing

@testable import KomitmenRender

@Suite struct RenderTextTests {
    @Test func englishSections() {
        let text = TextRenderer(language: .en, color: false).render(RenderSample.summary)
        for heading in [
            "FILING", "LATE REPORTS", "MISSING REPORTS", "BY STAKEHOLDER KIND", "BY GOAL", "PROVINCE TOTALS",
            "SIGNATORIES",
        ] {
            #expect(text.contains("\n" + heading + "\n"), "\(heading)")
        }
        #expect(text.hasPrefix("Test declaration\n"))
        #expect(text.contains("Reports due  15 April 2026 (2026-04-15)"))
        #expect(text.contains("Completeness  67%"))
        #expect(text.contains("Timeliness    33%"))
        #expect(text.contains("5 days late"))
        #expect(text.contains("    Cases investigated       40 / 100   40%  expected 33%  on track"))
        #expect(text.contains("    Victims rescued           – / 300     –  expected 33%  no data"))
        #expect(text.contains("IDR 1,234,567 / IDR 2,000,000"))
        #expect(text.contains("cases · stage: investigation 3, prosecution 1"))
        #expect(text.contains("No pledged indicators."))
        #expect(!text.contains("\u{1B}["), "no colour unless asked")
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing spaces")
    }

    @Test func indonesian() {
        let text = TextRenderer(language: .id).render(RenderSample.summary)
        #expect(text.hasPrefix("Deklarasi uji\n"))
        for word in [
            "PELAPORAN", "LAPORAN TERLAMBAT", "TOTAL PROVINSI", "tepat waktu", "terlambat 5 hari", "tidak melapor",
            "Kelengkapan", "Rp 1.234.567", "sesuai jalur", "tanpa data", "15 April 2026",
        ] {
            #expect(text.contains(word), "\(word)")
        }
        #expect(!text.contains("on time"))
    }

    @Test func colourOnlyWhenAsked() {
        let text = TextRenderer(language: .en, color: true).render(RenderSample.summary)
        #expect(text.contains("\u{1B}[32mon time\u{1B}[0m"))
        #expect(text.contains("\u{1B}[1;31mmissing\u{1B}[0m"))
        let plain = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(plain == TextRenderer(language: .en, color: false).render(RenderSample.summary))
    }

    @Test func statusGrid() {
        let text = StatusGridRenderer(language: .en).render(RenderSample.summary)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("Signatory") && $0.contains("2025-Q3  2025-Q4  2026-Q1") })
        #expect(lines.contains("  pemkab-x         ✗        ●        ◐     Pemkab \"X\", <Kupang> & Co | =SUM(A1)"))
        #expect(lines.contains { $0.hasPrefix("  lsm-baru") && $0.filter { $0 == "·" }.count == 3 })
        #expect(lines.contains { $0.hasPrefix("Completeness") && $0.contains("67%") })
        #expect(text.contains("Legend: ● on time   ◐ late   ✗ missing   … not yet due   · not expected"))
        #expect(!text.contains("\u{1B}["))
        let indonesian = StatusGridRenderer(language: .id, color: true).render(RenderSample.summary)
        #expect(
            indonesian.contains("Keterangan:") && indonesian.contains("tidak melapor") && indonesian.contains("\u{1B}[")
        )
    }
}

@Suite struct RenderMarkdownTests {
    @Test func headingsAndTables() {
        let markdown = MarkdownRenderer(language: .en).render(RenderSample.summary)
        #expect(markdown.hasPrefix("# Test declaration\n\n## Compliance summary · 2026-Q1\n"))
        for heading in [
            "### Filing", "### Late reports", "### Missing reports", "### By stakeholder kind", "### By goal",
            "### Province totals", "### Signatories", "#### Kepolisian Daerah NTT (`polda-ntt`)",
        ] {
            #expect(markdown.contains("\n" + heading + "\n"), "\(heading)")
        }
        #expect(
            markdown.contains(
                "| Indicator | Value | Target | Progress | Expected by now | Status |\n| --- | ---: | ---: | ---: | ---: | --- |"
            ))
        #expect(markdown.contains("| Cases investigated | 40 | 100 | 40% | 33% | on track |"))
        #expect(markdown.contains("| **Completeness** | **67%** |"))
        // Every table row has as many cells as its header.
        for table in markdown.components(separatedBy: "\n\n") where table.hasPrefix("|") {
            let widths = table.split(separator: "\n").map {
                $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            }
            #expect(Set(widths).count == 1, "\(table)")
        }
    }

    @Test func escapesMarkdownAndHTML() {
        let markdown = MarkdownRenderer(language: .en).render(RenderSample.summary)
        #expect(markdown.contains(#"Pemkab "X", &lt;Kupang> &amp; Co \| =SUM(A1)"#))
        #expect(!markdown.contains("<Kupang>"))
        #expect(MarkdownRenderer.escape("a*b_c`d|e\nf") == #"a\*b\_c\`d\|e f"#)
    }

    @Test func indonesian() {
        let markdown = MarkdownRenderer(language: .id).render(RenderSample.summary)
        #expect(markdown.hasPrefix("# Deklarasi uji\n\n## Ringkasan kepatuhan · 2026-Q1\n"))
        for text in [
            "### Pelaporan", "### Laporan terlambat", "### Menurut tujuan", "| Indikator | Nilai | Target |",
            "**Per tanggal:** 1 Mei 2026", "Rp 1.234.567",
        ] {
            #expect(markdown.contains(text), "\(text)")
        }
    }
}

@Suite struct RenderHTMLTests {
    @Test func selfContainedAndEscaped() {
        let html = HTMLRenderer(language: .en).render(RenderSample.summary)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<svg"))
        for forbidden in ["<script", "src=", "href=", "url(", "@import", "http:", "https:", "<link", "<iframe"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("Pemkab &quot;X&quot;, &lt;Kupang&gt; &amp; Co | =SUM(A1)"))
        #expect(!html.contains("<Kupang>"))
    }

    @Test func printsOnA4() {
        let html = HTMLRenderer().render(RenderSample.summary)
        #expect(html.contains("@page { size: A4; margin: 12mm; }"))
        #expect(html.contains("@media print"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.contains("print-color-adjust: exact"))
    }

    @Test func gridBarsAndRollups() {
        let summary = RenderSample.summary
        let html = HTMLRenderer().render(summary)
        // One grid cell per signatory and quarter, coloured by its filing state.
        let cells = html.components(separatedBy: "<td class=\"cell ").count - 1
        #expect(cells == summary.signatories.count * summary.quarters.count)
        #expect(html.contains("<td class=\"cell f-missing\" title=\"2025-Q3: missing\">✗</td>"))
        // One progress bar per pledged indicator, each with its expected mark.
        let indicators = summary.signatories.reduce(0) { $0 + $1.indicators.count }
        #expect(html.components(separatedBy: "<td class=\"bar\"><svg").count - 1 == indicators)
        #expect(html.contains("aria-label=\"Cases investigated: Progress 40%, expected 33%\""))
        // A stacked status bar per rollup, stakeholder kinds and goals.
        #expect(html.contains("<h2>By stakeholder kind</h2>") && html.contains("<h2>By goal</h2>"))
        #expect(html.contains("<title>on track: 2</title>"))
        #expect(html.contains("<h2>Late reports (1)</h2>") && html.contains("<h2>Missing reports (1)</h2>"))
    }

    @Test func progressBarGeometry() {
        let bar = SVGChart.progress(0.4, expected: 0.5, status: .onTrack, label: "x").markup
        #expect(bar.contains("width=\"80\""))  // 40% of 200
        #expect(bar.contains("<rect x=\"99\" y=\"0\" width=\"2\""))  // mark at 50%
        let over = SVGChart.progress(1.7, expected: 1, status: .achieved, label: "x").markup
        #expect(over.contains("width=\"200\" height=\"10\" rx=\"2\" fill=\"#0f5323\""))
        let none = SVGChart.progress(nil, expected: 0.2, status: .noData, label: "x").markup
        #expect(none.contains("stroke-dasharray"))
        #expect(!SVGChart.progress(-.infinity, expected: .nan, status: .offTrack, label: "x").markup.contains("nan"))
    }

    @Test func indonesian() {
        let html = HTMLRenderer(language: .id).render(RenderSample.summary)
        #expect(html.contains("<html lang=\"id\">"))
        for text in [
            "<h2>Pelaporan</h2>", "<h2>Pelaporan per triwulan</h2>", "<h2>Menurut jenis pemangku kepentingan</h2>",
            "terlambat 5 hari", "Rp 1.234.567", "sesuai jalur",
        ] {
            #expect(html.contains(text), "\(text)")
        }
    }
}

@Suite struct RenderCSVTests {
    /// An RFC 4180 reader, to read the output back.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }

    @Test func rfc4180WithBOM() throws {
        let summary = RenderSample.summary
        let csv = CSVRenderer(language: .en).render(summary)
        let bytes = Array(csv.utf8)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        // Every line break is CRLF: no bare LF or CR outside quoted fields in this sample.
        #expect(
            !csv.unicodeScalars.indices.contains { index in
                let scalar = csv.unicodeScalars[index]
                return scalar == "\n"
                    && (index == csv.unicodeScalars.startIndex
                        || csv.unicodeScalars[csv.unicodeScalars.index(before: index)] != "\r")
            })
        let rows = Self.parse(String(csv.unicodeScalars.dropFirst()))
        #expect(rows.count == 1 + RenderSample.csvRows(summary))  // 7 indicators + one row for the NGO without any
        #expect(rows.count == 9)
        #expect(Set(rows.map(\.count)) == [22])  // 20, then the review state and comment
        #expect(rows[0].first == "Quarter" && rows[0].contains("Expected by now"))
        let government = try #require(rows.first { $0[2] == "pemkab-x" })
        #expect(government[3] == #"Pemkab "X", <Kupang> & Co | =SUM(A1)"#)
        #expect(csv.contains(#","Pemkab ""X"", <Kupang> & Co | =SUM(A1)","#))
        #expect(government[6] == "late" && government[7] == "5")
        #expect(government[14] == "1234567" && government[17] == "0.6172835")
        let police = try #require(rows.first { $0[11] == "tppo_cases_investigated" })
        #expect(police[17] == "0.4" && police[18] == "0.3333333333333333")
        let ngo = try #require(rows.first { $0[2] == "lsm-baru" })
        #expect(ngo[6] == "not expected" && ngo[11].isEmpty)
    }

    @Test func fieldQuoting() {
        #expect(CSVRenderer.field("plain") == "plain")
        #expect(CSVRenderer.field("a,b") == "\"a,b\"")
        #expect(CSVRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVRenderer.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVRenderer.field("crlf\r\nend") == "\"crlf\r\nend\"")
        #expect(CSVRenderer.field("cr\rend") == "\"cr\rend\"")
        #expect(CSVRenderer.text("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        #expect(CSVRenderer.text("Kupang") == "Kupang")
    }

    @Test func headerTranslated() {
        let csv = CSVRenderer(language: .id).render(RenderSample.summary)
        let rows = Self.parse(String(csv.unicodeScalars.dropFirst()))
        #expect(rows[0].prefix(4) == ["Triwulan", "Per tanggal", "ID penanda tangan", "Penanda tangan"])
        #expect(rows.contains { $0.contains("terlambat") && $0.contains("sesuai jalur") })
        #expect(
            rows[0]
                != Self.parse(
                    String(CSVRenderer(language: .en).render(RenderSample.summary).unicodeScalars.dropFirst()))[0])
    }
}
