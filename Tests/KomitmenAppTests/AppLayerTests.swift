import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenRender
import KomitmenYAML
import Testing

/// The application layer answers with values and typed failures: what the CLI prints and a server
/// would send, without printing or exiting.
@Suite struct AppLayerTests {
    static let asOf = CalendarDate("2026-02-01")!

    static func load(_ repository: ScratchRepository) -> Workspace {
        Workspace.load(LoadOptions(root: repository.root, registry: compiledInPlugins, today: .fixed(asOf)))
    }

    @Test func aRepositoryWithErrorsIsRefusedWithItsDiagnostics() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        try repository.write(
            "reports/2025-Q4/polda-ntt.yaml",
            "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  victim_rescued: 1\n")
        let workspace = Self.load(repository)
        guard case .failure(.repositoryHasErrors(let validation)) = workspace.summary() else {
            Issue.record("expected repositoryHasErrors")
            return
        }
        #expect(validation.errorCount == 1)
        #expect(validation.diagnostics.first?.mark == Mark(line: 5, column: 3))
        #expect(validation.countLine(.en) == "1 error, 0 warnings in 8 files")
        var listing = ""
        validation.writeListing(to: &listing, language: .en, maxErrors: 0)
        #expect(
            listing.hasPrefix(
                repository.root + "/reports/2025-Q4/polda-ntt.yaml:5:3: error: unknown indicator 'victim_rescued'"))
        #expect(listing.contains("  victim_rescued: 1\n  ^\n"))
    }

    @Test func noQuarterDueIsAFailureNotACrash() throws {
        let repository = try ScratchRepository(fixture: "summary-repo")
        defer { repository.delete() }
        let result = Self.load(repository).summary(asOf: CalendarDate("1900-01-01")!)
        guard case .failure(.cannotSummarize(let error)) = result else {
            Issue.record("expected cannotSummarize, got \(result)")
            return
        }
        #expect(error.message.en.hasPrefix("no quarter is due yet on 1900-01-01"))
    }

    /// Every format renders to bytes with a content type and an extension; the bytes are the
    /// renderer's text.
    @Test(arguments: SummaryFormat.allCases)
    func everyFormatRendersToADocument(_ format: SummaryFormat) throws {
        let repository = try ScratchRepository(fixture: "summary-repo")
        defer { repository.delete() }
        let summary = try Self.load(repository).summary(asOf: Self.asOf).get()
        let document = RenderedDocument.render(summary, format: format, language: .id)
        #expect(document.bytes == Array(format.renderer(language: .id).render(summary).utf8))
        #expect(!document.bytes.isEmpty)
        #expect(
            document.fileExtension
                == ["text": "txt", "markdown": "md", "html": "html", "json": "json", "csv": "csv"][format.rawValue])
        #expect(document.contentType.hasPrefix(format == .json ? "application/json" : "text/"))
        if format == .json { _ = try JSONSerialization.jsonObject(with: Data(document.bytes)) }
    }

    /// Validation JSON goes through the summary's writer: a streamed document is laid out exactly
    /// as the same document built whole as a `JSONValue`.
    @Test func oneJSONWriter() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        for index in 0..<3 {
            try repository.write(
                "reports/2025-Q4/r\(index).yaml",
                "signatory: polda-ntt\nperiod: 2025-Q4\nsubmitted: 2026-01-12\nvalues:\n  \"a\\u0007\": 1\n")
        }
        let validation = Self.load(repository).validate()
        let streamed = validation.writeJSON(to: "", language: .en, maxErrors: 2)
        let whole = JSONValue.object([
            "diagnostics": .array(validation.diagnostics.prefix(2).map { Validation.json($0, .en) }),
            "errors": .number(validation.errorCount), "files": .number(validation.fileCount),
            "omitted": .number(validation.errorCount - 2), "root": .string(validation.root),
            "warnings": .number(validation.warningCount),
        ])
        // Items are on one line in the stream; everything else is the same layout.
        var expected = whole.serialized()
        for diagnostic in validation.diagnostics.prefix(2) {
            let item = Validation.json(diagnostic, .en)
            var pretty = ""
            item.write(to: &pretty, indent: 2)
            expected = expected.replacingOccurrences(of: pretty, with: item.serialized(pretty: false))
        }
        #expect(streamed == expected + "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(streamed.utf8)) as? [String: Any])
        #expect((object["diagnostics"] as? [Any])?.count == 2)
        #expect(object["omitted"] as? Int == validation.errorCount - 2)
        #expect(streamed.contains("\\u0007"))
    }

    @Test func reportDraftsAndTheirFailures() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        let workspace = Self.load(repository)
        guard
            case .failure(.unknownSignatory("polda", let match, _)) = workspace.reportDraft(
                signatory: "polda", quarter: Quarter("2026-Q1")!, for: .commandLine)
        else {
            Issue.record("expected unknownSignatory")
            return
        }
        #expect(match == "polda-ntt")
        guard
            case .failure(.beforeFirstQuarter(signatory: "pos-kupang", quarter: _, first: let first)) =
                workspace.reportDraft(signatory: "pos-kupang", quarter: Quarter("2025-Q3")!, for: .commandLine)
        else {
            Issue.record("expected beforeFirstQuarter")
            return
        }
        #expect(first.description == "2025-Q4")
        let draft = try workspace.reportDraft(signatory: "polda-ntt", quarter: Quarter("2026-Q1")!, for: .commandLine)
            .get()
        #expect(draft.path == repository.root + "/reports/2026-Q1/polda-ntt.yaml")
        #expect(try workspace.write(draft).get() == draft.path)
        #expect(try repository.read("reports/2026-Q1/polda-ntt.yaml") == draft.text)
        guard case .failure(.exists(let path)) = workspace.write(draft) else {
            Issue.record("a report was overwritten")
            return
        }
        #expect(path == draft.path)
    }

    @Test func anOutputIntoTheRepositoryIsRefused() throws {
        let repository = try ScratchRepository(fixture: "summary-repo")
        defer { repository.delete() }
        let workspace = Self.load(repository)
        let summary = try workspace.summary(asOf: Self.asOf).get()
        let document = RenderedDocument.render(summary, format: .json, language: .en)
        let target = repository.root + "/signatories/polda-ntt.yaml"
        let before = try repository.read("signatories/polda-ntt.yaml")
        guard case .failure(let failure) = workspace.write(document, to: target) else {
            Issue.record("wrote over a file of the repository")
            return
        }
        #expect(failure.reason.en == "it is a file of the repository being read")
        #expect(try repository.read("signatories/polda-ntt.yaml") == before)
        let outside = repository.folder.appendingPathComponent("summary.json").path
        #expect((try? workspace.write(document, to: outside).get()) != nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: outside)) == Data(document.bytes))
    }
}
