import Foundation
import Testing

/// "Text is text" (DESIGN.md, hostile files and text), through the real binary: control characters
/// and bidirectional controls in text fields are errors at the character, and whatever reaches the
/// terminal, a template, a table, a CSV cell, Markdown or HTML is escaped for it.
@Suite struct HostileTextTests {
    /// One hostile text in one file: the line it replaces, and the diagnostic it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        /// The fixture line replaced (or appended after, when `append` is set).
        var line: String
        var with: String
        var append = false
        var headline: String
        /// The escaped source line and the caret line printed under the headline.
        var source: (line: String, caret: Int)?
        var testDescription: String { name }
    }

    static let signatory = "repo/signatories/polda-ntt.yaml"
    static let rlo =
        "the text contains a bidirectional control character (U+202E RLO), which can make it display in a misleading order; remove it"

    static let cases: [Case] = [
        Case(
            name: "ESC and BEL written as escapes in a name", file: "signatories/pos-kupang.yaml",
            line: "name: Redaksi Pos Kupang", with: #"name: "\e[2J\e]0;TITLE\a""#,
            headline:
                "repo/signatories/pos-kupang.yaml:2:8: error: the text contains a control character (U+001B ESC); remove it",
            source: (#"name: "\e[2J\e]0;TITLE\a""#, 7)),
        Case(
            name: "right-to-left override written as is", file: "signatories/polda-ntt.yaml",
            line: "name: Kepolisian Daerah NTT", with: "name: Kepolisian\u{202E}Daerah NTT",
            headline: "\(signatory):2:17: error: \(rlo)", source: ("name: Kepolisian\\u{202E}Daerah NTT", 16)),
        Case(
            name: "tab in a one-line field", file: "signatories/polda-ntt.yaml",
            line: "name: Kepolisian Daerah NTT", with: "name: Kepolisian\tDaerah NTT",
            headline: "\(signatory):2:17: error: the text contains a control character (U+0009 TAB); remove it",
            source: ("name: Kepolisian\tDaerah NTT", 16)),
        Case(
            name: "line break in a name", file: "signatories/polda-ntt.yaml",
            line: "name: Kepolisian Daerah NTT", with: #"name: "X\nnarrative: injected""#,
            headline: "\(signatory):2:7: error: the text contains a line break (U+000A LF); write it on one line"),
        Case(
            name: "isolate in represented_by", file: "signatories/polda-ntt.yaml",
            line: "represented_by: Kapolda NTT", with: #"represented_by: "Kapolda \u2067NTT""#,
            headline:
                "\(signatory):5:17: error: the text contains a bidirectional control character (U+2067 RLI), which can make it display in a misleading order; remove it"
        ),
        Case(
            name: "override in a pledge's text", file: "signatories/polda-ntt.yaml",
            line: "    text: Menindak sindikat", with: #"    text: {id: "Menindak\u202Dsindikat", en: Prosecute}"#,
            headline:
                "\(signatory):8:16: error: the text contains a bidirectional control character (U+202D LRO), which can make it display in a misleading order; remove it"
        ),
        Case(
            name: "DEL in the declaration's title", file: "declaration.yaml",
            line: "  en: Test declaration", with: #"  en: "Test\x7F""#,
            headline: "repo/declaration.yaml:4:7: error: the text contains a control character (U+007F DEL); remove it"),
        Case(
            name: "pop isolate in the secretariat", file: "declaration.yaml",
            line: "secretariat: Sekretariat Uji", with: "secretariat: Sekretariat\u{2069}",
            headline:
                "repo/declaration.yaml:7:25: error: the text contains a bidirectional control character (U+2069 PDI), which can make it display in a misleading order; remove it"
        ),
        Case(
            name: "ESC in a narrative", file: "reports/2025-Q4/polda-ntt.yaml",
            line: "evidence:", with: #"narrative: "done\e[31m""# + "\nevidence:",
            headline:
                "repo/reports/2025-Q4/polda-ntt.yaml:7:12: error: the text contains a control character (U+001B ESC); remove it"
        ),
        Case(
            name: "CSI (C1) in evidence", file: "reports/2025-Q4/polda-ntt.yaml",
            line: "  - https://example.org/press-release", with: #"  - "https://example.org/\x9B31m""#,
            headline:
                "repo/reports/2025-Q4/polda-ntt.yaml:8:5: error: the text contains a control character (U+009B CSI); remove it"
        ),
        Case(
            name: "override in a plugin section's text field", file: "reports/2025-Q3/polda-ntt.yaml",
            line: "    destination: Malaysia", with: "    destination: Malay\u{202E}sia",
            headline: "repo/reports/2025-Q3/polda-ntt.yaml:11:23: error: \(rlo)",
            source: ("    destination: Malay\\u{202E}sia", 22)),
        Case(
            name: "ESC in an unknown field's name is escaped when echoed", file: "signatories/polda-ntt.yaml",
            line: "region: ntt", with: #""bad\ekey": 1"#, append: true,
            headline: "\(signatory):5:1: error: unknown field 'bad\\u{1B}key'"),
    ]

    /// Whether the output holds a character a terminal would obey (tabs and line breaks aside).
    static func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            scalar != "\n" && scalar != "\t"
                && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value))
        }
    }

    @Test(arguments: cases)
    func hostileTextIsAnErrorAtTheCharacter(_ row: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let original = try repository.read(row.file)
        #expect(original.contains(row.line + "\n"), "fixture line not found: \(row.line)")
        let replaced = original.replacingOccurrences(
            of: row.line + "\n", with: (row.append ? row.line + "\n" : "") + row.with + "\n")
        try repository.write(row.file, replaced)
        let result = try repository.validate()
        #expect(result.status == 1)
        let lines = result.lines
        let index = lines.firstIndex(of: row.headline)
        #expect(index != nil, "missing: \(row.headline)\ngot:\n\(result.stdout)")
        if let index, let source = row.source, index + 2 < lines.count {
            #expect(lines[index + 1] == source.line)
            #expect(lines[index + 2] == String(repeating: " ", count: source.caret) + "^")
        }
        #expect(Self.rawControls(result.stdout + result.stderr).isEmpty, "raw control characters in:\n\(result.stdout)")
        // The same diagnostic in JSON is exact JSON: the text as written, escaped once.
        let json = try repository.validate(["--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let messages = (decoded?["diagnostics"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
        let message = String(row.headline.split(separator: ": error: ", maxSplits: 1)[1])
        #expect(messages.contains(message.replacingOccurrences(of: "\\u{1B}", with: "\u{1B}")), "\(json.stdout)")
    }

    @Test func messagesAreInIndonesianToo() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let original = try repository.read("signatories/pos-kupang.yaml")
        try repository.write(
            "signatories/pos-kupang.yaml",
            original.replacingOccurrences(
                of: "name: Redaksi Pos Kupang", with: #"name: "\e[2J""#))
        let result = try repository.validate(["--lang", "id"])
        #expect(
            result.lines.contains(
                "repo/signatories/pos-kupang.yaml:2:8: error: teks ini memuat karakter kendali (U+001B ESC); hapus karakter itu"
            ),
            "\(result.stdout)")
        #expect(
            result.lines.contains(
                #"saran: di dalam tanda kutip ganda, garis miring terbalik memulai kode khusus (\e, \x1b, \u202e); tulis \\ untuk garis miring terbalik"#
            ))
    }

    @Test func narrativeMayHoldLineBreaksAndTabs() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let original = try repository.read("reports/2025-Q4/polda-ntt.yaml")
        try repository.write("reports/2025-Q4/polda-ntt.yaml", original + "narrative: \"one\\n\\ttwo\\r\\nthree\"\n")
        let result = try repository.validate()
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func fileNamesAreEscapedInTheHeadline() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let report = try repository.read("reports/2025-Q4/polda-ntt.yaml")
        try repository.write("reports/2025-Q4/a\nb.yaml", report)
        try repository.write("reports/2025-Q4/c\u{1B}[2Jd.yaml", report)
        let result = try repository.validate()
        #expect(result.status == 1)
        #expect(result.lines.contains { $0.hasPrefix("repo/reports/2025-Q4/a\\nb.yaml:") }, "\(result.stdout)")
        #expect(result.lines.contains { $0.hasPrefix("repo/reports/2025-Q4/c\\u{1B}[2Jd.yaml:") }, "\(result.stdout)")
        #expect(Self.rawControls(result.stdout + result.stderr).isEmpty)
    }

    /// A name that would inject a `narrative:` key into the template is an error, so new-report
    /// refuses it, shows why, and writes nothing.
    @Test func newReportRefusesANameWithALineBreak() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let original = try repository.read("signatories/polda-ntt.yaml")
        try repository.write(
            "signatories/polda-ntt.yaml",
            original.replacingOccurrences(
                of: "name: Kepolisian Daerah NTT", with: #"name: "X\nnarrative: injected""#))
        for arguments in [["--print"], []] {
            let result = try repository.run(["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1"] + arguments)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(
                result.lines.contains(
                    "\(Self.signatory):2:7: error: the text contains a line break (U+000A LF); write it on one line"))
        }
        #expect(
            !FileManager.default.fileExists(
                atPath: repository.root.appendingPathComponent("reports/2026-Q1/polda-ntt.yaml").path))
    }

    // MARK: - Names that are valid but unusual, in every output

    /// CJK and emoji names, a 3,000-character name, a formula and Markdown/HTML punctuation.
    static func unusualNames() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        func replace(_ file: String, _ line: String, _ with: String) throws {
            try repository.write(file, try repository.read(file).replacingOccurrences(of: line, with: with))
        }
        try replace("signatories/pemkab-belu.yaml", "name: Pemerintah Kabupaten Belu", "name: 日本語の名前😀")
        try replace(
            "signatories/pos-kupang.yaml", "name: Redaksi Pos Kupang",
            "name: Redaksi " + String(repeating: "x", count: 3000))
        try replace(
            "signatories/polda-ntt.yaml", "name: Kepolisian Daerah NTT", #"name: " =HYPERLINK(\"http://x\")|`x` <b>#""#)
        try replace("declaration.yaml", "en: Departs officially", "en: 日本語の目標")
        return repository
    }

    static let asOf = ["--as-of", "2026-02-01"]
    static let longName = "Redaksi " + String(repeating: "x", count: 3000)

    @Test func textTablesAlignWideCharactersAndCutLongNames() throws {
        let repository = try Self.unusualNames()
        defer { repository.delete() }
        #expect(try repository.validate().status == 0)
        let summary = try repository.run(["summary", "repo"] + Self.asOf)
        #expect(summary.status == 0, "\(summary.stderr)")
        for line in [
            "  pemkab-belu  日本語の名前😀  Government",
            "  Filing        Signatories  on time  late  missing  not yet due  not expected  Completeness  Timeliness",
            "  日本語の目標            1        0     0        1            0             0            0%          0%",
            "  Protection              2        2     0        0            0             0          100%        100%",
        ] {
            #expect(summary.lines.contains(line), "missing: \(line)\ngot:\n\(summary.stdout)")
        }
        let status = try repository.run(["status", "repo"] + Self.asOf)
        #expect(status.status == 0, "\(status.stderr)")
        for line in [
            "  pemkab-belu     ◐        ✗     日本語の名前😀",
            "  pos-kupang      ·        ●     Redaksi " + String(repeating: "x", count: 51) + "…",
            "  polda-ntt       ●        ●      =HYPERLINK(\"http://x\")|`x` <b>#",
        ] {
            #expect(status.lines.contains(line), "missing: \(line)\ngot:\n\(status.stdout)")
        }
        // Only text tables are cut: JSON keeps the whole name.
        let json = try repository.run(["summary", "repo", "--format", "json"] + Self.asOf)
        #expect(json.stdout.contains("\"" + Self.longName + "\""))
    }

    @Test func csvMarkdownAndHTMLEscapeNames() throws {
        let repository = try Self.unusualNames()
        defer { repository.delete() }
        let csv = try repository.run(["summary", "repo", "--format", "csv"] + Self.asOf)
        #expect(
            csv.stdout.contains(
                "\r\n2025-Q4,2026-02-01,polda-ntt,\"' =HYPERLINK(\"\"http://x\"\")|`x` <b>#\",Police,ntt,on time,,2026-01-12,"
            ),
            "\(csv.stdout)")
        // Numbers stay numbers: the value column of polda-ntt's first indicator.
        #expect(csv.stdout.contains(",tppo_cases_investigated,Trafficking cases investigated,count,43,100,,0.43,"))
        let markdown = try repository.run(["summary", "repo", "--format", "markdown"] + Self.asOf)
        #expect(
            markdown.lines.contains(##"####  \=HYPERLINK("http://x")\|\`x\` &lt;b>\# (`polda-ntt`)"##),
            "\(markdown.stdout)")
        let html = try repository.run(["summary", "repo", "--format", "html"] + Self.asOf)
        #expect(html.stdout.contains("<h3> =HYPERLINK(&quot;http://x&quot;)|`x` &lt;b&gt;#</h3>"))
        #expect(!html.stdout.contains("<b>#"))
    }
}
