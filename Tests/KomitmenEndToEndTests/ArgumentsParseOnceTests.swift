import Foundation
import Testing

/// `--quarter`, `--as-of`, `--lang` and `--format` through the real binary: parsed once, messages
/// in the right language (both, where `--lang` is not yet known), value lists from the enums.
@Suite struct ArgumentsParseOnceTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        var contains: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a malformed quarter is said in both languages",
            arguments: ["summary", "repo", "--quarter", "2026-Q9", "--lang", "id"],
            status: 64, contains: ["'2026-Q9' is not a quarter", "'2026-Q9' bukan triwulan"]),
        Case(
            name: "new-report keeps its own words",
            arguments: ["new-report", "polda-ntt", "repo", "--quarter", "Q1-2026"],
            status: 64,
            contains: [
                "--quarter must look like 2025-Q4 (year, dash, Q and 1 to 4), not 'Q1-2026'",
                "--quarter harus seperti 2025-Q4",
            ]),
        Case(
            name: "a quarter out of range is said in --lang",
            arguments: ["new-report", "polda-ntt", "repo", "--quarter", "3000-Q1", "--lang", "id"],
            status: 64,
            contains: ["Error: --quarter: 3000-Q1 di luar rentang; berikan triwulan dari tahun 1900 sampai 2999"]),
        Case(
            name: "status --as-of that is no day", arguments: ["status", "repo", "--as-of", "2026-02-30"],
            status: 64, contains: ["2026-02-30 is not a day of the calendar; check the month and day"]),
        Case(
            name: "a valid quarter and date pass",
            arguments: ["new-report", "polda-ntt", "repo", "--quarter", "2026-Q1", "--print"],
            status: 0, contains: ["signatory: polda-ntt", "period: 2026-Q1"]),
        Case(
            name: "plugins shares --lang", arguments: ["plugins", "--lang", "id"],
            status: 0, contains: ["Pemerintah"]),
        Case(
            name: "summary help lists the formats of the enum", arguments: ["summary", "--help"],
            status: 0,
            contains: [
                "--format <format>", "values: text, markdown, html, json, csv", "--quarter <YYYY-Qn>",
                "--as-of <YYYY-MM-DD>",
            ]),
        Case(
            name: "validate help lists its formats and --lang once", arguments: ["validate", "--help"],
            status: 0, contains: ["values: text, json", "--lang <lang>"]),
    ]

    @Test(arguments: cases)
    func argument(_ row: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try repository.run(row.arguments)
        #expect(result.status == row.status, "\(result.stdout)\(result.stderr)")
        // Help is wrapped to the terminal: compared with runs of blanks and line breaks as one space.
        let output = (result.stdout + result.stderr).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in row.contains {
            #expect(output.contains(text), "missing: \(text)\n\(result.stdout)\(result.stderr)")
        }
        #expect((result.stdout + result.stderr).components(separatedBy: "--lang <lang>").count <= 3)
    }
}
