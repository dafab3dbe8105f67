import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

/// DESIGN's bounds on a report's free text (issue 21): a narrative of at most 20,000 characters,
/// evidence of at most 50 items of at most 500 characters. Exactly at a bound passes; one over is
/// an error at the value (the narrative, the long item, the 51st item), in both languages, through
/// `Workspace.checkReport`, the check a served filing and `validate` share.
@Suite struct ReportTextLimitsTests {
    /// Every pledged value on one line (a report of nothing is an error of its own).
    static let header =
        "signatory: dprd-ntt\nperiod: 2026-Q3\nsubmitted: 2026-10-10\n"
        + "values: {complaints_received: 16, complaints_resolved: 9, budget_allocated_idr: 635000000}\n"

    static func check(_ body: String) throws -> [Diagnostic] {
        let options = LoadOptions(
            root: ScratchRepository.packageRoot.appendingPathComponent("commitments").path,
            registry: compiledInPlugins, today: .fixed(CalendarDate("2026-11-20")!))
        return Workspace.load(options).checkReport(
            bytes: Array(body.utf8), quarter: Quarter("2026-Q3")!, signatory: "dprd-ntt"
        ).diagnostics
    }

    static func evidence(_ items: [String]) -> String {
        "evidence:\n" + items.map { "  - \($0)\n" }.joined()
    }

    @Test func aNarrativeOf20000CharactersPassesAndOneMoreIsAnError() throws {
        // "é" is two bytes and one character: characters are counted, not bytes.
        #expect(try Self.check(Self.header + "narrative: " + String(repeating: "é", count: 20_000) + "\n").isEmpty)
        let diagnostics = try Self.check(Self.header + "narrative: " + String(repeating: "é", count: 20_001) + "\n")
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.code == .narrativeTooLong && error.severity == .error)
        #expect(error.file == "reports/2026-Q3/dprd-ntt.yaml")
        #expect(error.mark.line == 5 && error.mark.column == 12)
        #expect(error.message.en == "narrative is 20001 characters long; at most 20000 are read")
        #expect(error.message.id == "narrative sepanjang 20001 karakter; paling banyak 20000 yang dibaca")
        #expect(error.hint?.en == "shorten it, and put long documents under evidence as links")
        #expect(error.hint?.id == "persingkat, dan cantumkan dokumen panjang di evidence sebagai tautan")
    }

    @Test func aBlockNarrativeIsCountedWithItsLineBreaks() throws {
        // 4 lines of 4,999 characters and the 3 line breaks between them: 19,999 characters (the
        // break after the last line is the block's, not the author's).
        let line = "  " + String(repeating: "a", count: 4_999) + "\n"
        #expect(try Self.check(Self.header + "narrative: |\n" + String(repeating: line, count: 4)).isEmpty)
        let diagnostics = try Self.check(Self.header + "narrative: |\n" + String(repeating: line, count: 4) + "  b\n")
        #expect(diagnostics.map(\.code) == [.narrativeTooLong])
        #expect(diagnostics.first?.mark.line == 5 && diagnostics.first?.mark.column == 12)
    }

    /// The narrative's error: one, at its value (line 5, column 12), saying the count and the limit
    /// in both languages.
    static func expectTooLong(_ body: String, count: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let diagnostics = try check(body)
        #expect(diagnostics.count == 1, sourceLocation: sourceLocation)
        let error = try #require(diagnostics.first, sourceLocation: sourceLocation)
        #expect(error.code == .narrativeTooLong, sourceLocation: sourceLocation)
        #expect(error.mark == Mark(line: 5, column: 12), sourceLocation: sourceLocation)
        #expect(
            error.message.en == "narrative is \(count) characters long; at most 20000 are read",
            sourceLocation: sourceLocation)
        #expect(
            error.message.id == "narrative sepanjang \(count) karakter; paling banyak 20000 yang dibaca",
            sourceLocation: sourceLocation)
    }

    /// `text` as a literal block, each of its lines indented.
    static func block(_ text: String) -> String {
        header + "narrative: |\n"
            + text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)\n" }.joined()
    }

    /// Indonesian prose of exactly `count` characters (Unicode scalars), a sentence to a line.
    static func indonesian(_ count: Int) -> String {
        let sentences = [
            "Petugas menyelamatkan 12 korban di Pelabuhan Tenau, Kupang.",
            "Sosialisasi bahaya TPPO di 14 desa bersama tokoh agama dan adat.",
            "Kendala: anggaran perjalanan dinas belum cair hingga akhir triwulan — café kecamatan dipakai rapat.",
        ]
        var scalars: [Unicode.Scalar] = []
        var index = 0
        while scalars.count < count {
            scalars += sentences[index % sentences.count].unicodeScalars
            scalars.append("\n")
            index += 1
        }
        var text = String(String.UnicodeScalarView(scalars.prefix(count)))
        if text.unicodeScalars.last == "\n" || text.unicodeScalars.last == " " {
            text = String(String.UnicodeScalarView(text.unicodeScalars.dropLast())) + "."
        }
        return text
    }

    @Test func aNarrativeIsCountedAsTypedAt20000And20001Characters() throws {
        // ASCII on one line.
        #expect(try Self.check(Self.header + "narrative: " + String(repeating: "n", count: 20_000) + "\n").isEmpty)
        try Self.expectTooLong(
            Self.header + "narrative: " + String(repeating: "n", count: 20_001) + "\n", count: 20_001)
        // Indonesian prose over many lines, pasted as a block: its line breaks count, the block's
        // own final one does not.
        let prose = Self.indonesian(20_000)
        #expect(prose.unicodeScalars.count == 20_000 && prose.contains("\n") && prose.contains("é"))
        #expect(try Self.check(Self.block(prose)).isEmpty)
        try Self.expectTooLong(Self.block(Self.indonesian(20_001)), count: 20_001)
        // An emoji of one scalar counts one, though it is four bytes and two UTF-16 code units.
        #expect(try Self.check(Self.header + "narrative: " + String(repeating: "😀", count: 20_000) + "\n").isEmpty)
        try Self.expectTooLong(
            Self.header + "narrative: " + String(repeating: "😀", count: 20_001) + "\n", count: 20_001)
        // Scalars, not grapheme clusters: an `e` and its combining accent count two, and so does
        // an emoji with a skin tone.
        let accents = String(repeating: "e\u{301}", count: 10_000)
        #expect(accents.count == 10_000 && accents.unicodeScalars.count == 20_000)
        #expect(try Self.check(Self.header + "narrative: " + accents + "\n").isEmpty)
        try Self.expectTooLong(Self.header + "narrative: " + accents + "e\n", count: 20_001)
        try Self.expectTooLong(
            Self.header + "narrative: " + String(repeating: "👍🏽", count: 10_001) + "\n", count: 20_002)
    }

    @Test func aNarrativeABrowserCalls21821LongCanBe20000Characters() throws {
        // Issue 23: the form's `maxlength` (and JavaScript's `length`) counts UTF-16 code units,
        // two for an emoji; the same text is 20,000 characters here, and accepted.
        let text = String(repeating: "a", count: 18_179) + String(repeating: "😀", count: 1_821)
        #expect(text.utf16.count == 21_821 && text.unicodeScalars.count == 20_000)
        #expect(try Self.check(Self.header + "narrative: " + text + "\n").isEmpty)
    }

    @Test func fiftyEvidenceItemsPassAndTheFiftyFirstIsAnError() throws {
        let fifty = (1...50).map { "https://example.org/\($0)" }
        #expect(try Self.check(Self.header + Self.evidence(fifty)).isEmpty)
        let diagnostics = try Self.check(Self.header + Self.evidence(fifty + ["https://example.org/51", "x"]))
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.code == .tooMuchEvidence)
        // The header is 4 lines, `evidence:` line 5, item n on line 5 + n.
        #expect(error.mark.line == 56 && error.mark.column == 5)
        #expect(error.message.en == "evidence lists 52 items; at most 50 are read")
        #expect(error.message.id == "evidence memuat 52 butir; paling banyak 50 yang dibaca")
        #expect(error.hint?.en == "keep the 50 that matter most, or link to one page listing the rest")
        #expect(error.hint?.id == "pertahankan 50 yang terpenting, atau tautkan satu halaman yang memuat sisanya")
    }

    @Test func anEvidenceItemOf500CharactersPassesAndOneMoreIsAnError() throws {
        let at = "https://example.org/" + String(repeating: "ü", count: 480)
        #expect(try Self.check(Self.header + Self.evidence(["first", at])).isEmpty)
        let diagnostics = try Self.check(Self.header + Self.evidence(["first", at + "x", "last"]))
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.code == .evidenceTooLong)
        #expect(error.mark.line == 7 && error.mark.column == 5)
        #expect(error.message.en == "evidence item is 501 characters long; at most 500 are read")
        #expect(error.message.id == "butir evidence sepanjang 501 karakter; paling banyak 500 yang dibaca")
        #expect(error.hint?.en == "give a link or a document number, not the document itself")
        #expect(error.hint?.id == "tulis tautan atau nomor dokumen, bukan isi dokumennya")
    }

    @Test func theCodesAreListedForTheDocs() {
        let codes = CoreDiagnosticCodes.all.map(\.code)
        #expect(codes.contains("narrative-too-long") && codes.contains("too-much-evidence"))
        #expect(codes.contains("evidence-too-long"))
    }
}
