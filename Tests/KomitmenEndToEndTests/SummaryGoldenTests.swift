import Foundation
import Testing

/// `komitmen summary` of `Fixtures/summary-repo` in every format, byte for byte as it was when the
/// JSON renderer and the engine were rewritten for speed (`Fixtures/summary-golden/`): any change
/// to the output, wanted or not, shows here. A wanted change rewrites the files, each with
/// `komitmen summary Fixtures/summary-repo --as-of 2026-02-01 --format F --lang L > summary-golden/…`.
@Suite struct SummaryGoldenTests {
    static let golden = KomitmenBinary.packageRoot.appendingPathComponent(
        "Tests/KomitmenEndToEndTests/Fixtures/summary-golden")

    /// Format, language, the golden file's name.
    static let cases: [(String, String, String)] = [
        ("text", "en", "summary.en.txt"), ("markdown", "en", "summary.en.md"), ("html", "en", "summary.en.html"),
        ("json", "en", "summary.en.json"), ("csv", "en", "summary.en.csv"), ("json", "id", "summary.id.json"),
        ("html", "id", "summary.id.html"),
    ]

    @Test(arguments: cases)
    func summaryIsByteForByteTheGoldenFile(format: String, language: String, file: String) throws {
        let result = try KomitmenBinary.run(
            ["summary", SummaryCommandTests.fixture, "--as-of", "2026-02-01", "--format", format, "--lang", language],
            environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try Data(contentsOf: Self.golden.appendingPathComponent(file))
        // Compared as bytes: a String comparison would call canonically equal texts equal.
        #expect(
            Array(result.stdout.utf8) == Array(expected),
            "summary --format \(format) --lang \(language) differs from \(file)")
    }

    @Test func csvLongLayoutIsTheGoldenFile() throws {
        let result = try KomitmenBinary.run(
            [
                "summary", SummaryCommandTests.fixture, "--as-of", "2026-02-01", "--format", "csv", "--csv-layout",
                "long",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try Data(contentsOf: Self.golden.appendingPathComponent("summary.en.long.csv"))
        #expect(Array(result.stdout.utf8) == Array(expected))
    }
}
