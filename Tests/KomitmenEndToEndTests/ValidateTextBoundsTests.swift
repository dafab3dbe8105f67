import Foundation
import Testing

/// Issue 21 through the real binary: aliases that stand for too much text, a narrative over
/// 20,000 characters, evidence over 50 items or an item over 500 characters are each one error at
/// `file:line:column`, in English and in Indonesian, and the rest of the repository is still read.
@Suite struct ValidateTextBoundsTests {
    static let path = "reports/2025-Q4/polda-ntt.yaml"
    static let report = "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  victims_rescued: 40\n"

    func validate(_ text: String, _ extra: [String] = []) throws -> KomitmenBinary.Result {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        try repository.write(Self.path, text)
        return try repository.validate(extra)
    }

    @Test func aliasesStandingForGigabytesStopAtTheAliasPastTheBudget() throws {
        // The body: 300,000 A's on line 6, then 100,000 aliases of them from line 8; the
        // fourth (line 11) takes the text past 1 MiB.
        let text =
            Self.report + "narrative: &n " + String(repeating: "A", count: 300_000) + "\nevidence:\n"
            + String(repeating: "  - *n\n", count: 100_000)
        let result = try validate(text)
        expectDiagnostics(
            result,
            [
                "repo/\(Self.path):11:5: error: aliases expand to too much text (more than 1048576 bytes: 1 MiB or 10 times the file's size, whichever is less)"
            ],
            hints: ["write the text out once instead of repeating it through aliases"], errors: 1)
        let indonesian = try validate(text, ["--lang", "id"])
        let line = indonesian.lines.first { $0.hasPrefix("repo/\(Self.path):11:5: ") } ?? ""
        #expect(
            line.hasSuffix(
                "alias menghasilkan teks terlalu panjang (lebih dari 1048576 bita: 1 MiB atau 10 kali ukuran berkas, mana yang lebih kecil)"
            ), "\(indonesian.stdout.prefix(2000))")
    }

    @Test func aNarrativeOverTheBoundIsAnErrorAtItsValue() throws {
        let result = try validate(Self.report + "narrative: " + String(repeating: "n", count: 20_001) + "\n")
        expectDiagnostics(
            result, ["repo/\(Self.path):6:12: error: narrative is 20001 characters long; at most 20000 are read"],
            hints: ["shorten it, and put long documents under evidence as links"], errors: 1)
        #expect(try validate(Self.report + "narrative: " + String(repeating: "n", count: 20_000) + "\n").status == 0)
    }

    @Test func evidenceOverTheBoundsIsAnErrorAtTheItem() throws {
        let items = (1...51).map { "  - https://example.org/\($0)\n" }.joined()
        let long = "  - https://example.org/" + String(repeating: "x", count: 481) + "\n"
        let result = try validate(Self.report + "evidence:\n" + long + items)
        expectDiagnostics(
            result,
            [
                "repo/\(Self.path):7:5: error: evidence item is 501 characters long; at most 500 are read",
                "repo/\(Self.path):57:5: error: evidence lists 52 items; at most 50 are read",
            ],
            hints: [
                "give a link or a document number, not the document itself",
                "keep the 50 that matter most, or link to one page listing the rest",
            ], errors: 2)
        let indonesian = try validate(Self.report + "evidence:\n" + long + items, ["--lang", "id"])
        #expect(indonesian.stdout.contains("butir evidence sepanjang 501 karakter; paling banyak 500 yang dibaca"))
        #expect(indonesian.stdout.contains("evidence memuat 52 butir; paling banyak 50 yang dibaca"))
    }
}
