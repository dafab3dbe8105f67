import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenRender
import KomitmenYAML
import Testing

/// `SummaryMemo` answers what a summary worked out from scratch answers, byte for byte, while it
/// works out only the signatories that changed (a report filed, a review set) since its last
/// answer for the same quarter and date.
@Suite struct SummaryMemoTests {
    static let today = CalendarDate("2026-11-20")!

    /// A copy of the shipped repository (44 signatories, reports, reviews) to change.
    static func shipped() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("komitmen-memo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = ScratchRepository.packageRoot.appendingPathComponent("commitments")
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("commitments"))
        return folder
    }

    static func load(_ folder: URL) -> Workspace {
        Workspace.load(
            LoadOptions(
                root: folder.appendingPathComponent("commitments").path, registry: compiledInPlugins,
                today: .fixed(today)))
    }

    /// What the CLI's `summary --format json` writes for this workspace.
    static func fresh(_ workspace: Workspace, _ quarter: Quarter?, _ asOf: CalendarDate?, _ language: Language)
        throws -> [UInt8]
    {
        let summary = try workspace.summary(quarter: quarter, asOf: asOf).get()
        return RenderedDocument.render(summary, format: .json, language: language).bytes
    }

    static let askings: [(Quarter?, CalendarDate?, Language)] = [
        (nil, nil, .en), (nil, nil, .id), (Quarter("2026-Q2"), nil, .en), (nil, CalendarDate("2026-08-01"), .id),
    ]

    static func expectSame(_ memo: SummaryMemo, _ workspace: Workspace) throws {
        for (quarter, asOf, language) in askings {
            let kept = try memo.json(workspace, quarter: quarter, asOf: asOf, language: language).get()
            #expect(
                kept == (try fresh(workspace, quarter, asOf, language)), "\(String(describing: quarter)) \(language)")
        }
    }

    @Test func answersAsAFreshSummaryAndWorksOutOnlyWhatChanged() throws {
        let folder = try Self.shipped()
        defer { try? FileManager.default.removeItem(at: folder) }
        var workspace = Self.load(folder)
        let signatories = workspace.repository.signatories.count
        #expect(signatories > 40)
        let memo = SummaryMemo()
        try Self.expectSame(memo, workspace)
        // Four askings, three (quarter, date) pairs: every signatory once each; asked again, none.
        #expect(memo.rowsMade == 3 * signatories)
        #expect(memo.keptKeys == 3)
        try Self.expectSame(memo, workspace)
        #expect(memo.rowsMade == 3 * signatories)

        // A report filed: police's 2026-Q3 with other values (as the server files it).
        let path = folder.appendingPathComponent("commitments/reports/2026-Q3/polda-ntt.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
            .replacingOccurrences(of: "tppo_cases_investigated: 18", with: "tppo_cases_investigated: 31")
        let check = workspace.checkReport(bytes: Array(text.utf8), quarter: Quarter("2026-Q3")!, signatory: "polda-ntt")
        let report = try #require(check.report)
        workspace = workspace.replacingReport(report, quarter: Quarter("2026-Q3")!, signatory: "polda-ntt")
        let before = memo.rowsMade
        try Self.expectSame(memo, workspace)
        #expect(memo.rowsMade == before + 3)
        let json = try memo.json(workspace, language: .en).get()
        #expect(String(decoding: json, as: UTF8.self).contains("\"reported\": 31"))

        // A review set, then removed: that signatory again, no other.
        let draft = try workspace.reviewDraft(
            signatory: "polda-ntt", quarter: Quarter("2026-Q3")!, state: .changesRequested, comment: "Periksa.", by: "S"
        ).get()
        workspace = workspace.replacingReview(draft.review, quarter: Quarter("2026-Q3")!, signatory: "polda-ntt")
        try Self.expectSame(memo, workspace)
        #expect(memo.rowsMade == before + 6)
        let reviewed = String(decoding: try memo.json(workspace, language: .en).get(), as: UTF8.self)
        #expect(reviewed.contains("\"comment\": \"Periksa.\""))
        workspace = workspace.replacingReview(nil, quarter: Quarter("2026-Q3")!, signatory: "polda-ntt")
        try Self.expectSame(memo, workspace)
        #expect(memo.rowsMade == before + 9)

        // Read again from disk: anything may have changed, so everything is worked out again.
        let reloaded = Self.load(folder)
        try Self.expectSame(memo, reloaded)
        #expect(memo.rowsMade == before + 9 + 3 * signatories)
    }

    @Test func aRepositoryWithErrorsIsRefusedAsByWorkspaceSummary() throws {
        let folder = try Self.shipped()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("signatory: polda-ntt\nperiod: 2026-Q3\nvalues:\n  nothing: 1\n".utf8)
            .write(to: folder.appendingPathComponent("commitments/reports/2026-Q3/polda-ntt.yaml"))
        let workspace = Self.load(folder)
        guard case .failure(.repositoryHasErrors(let validation)) = SummaryMemo().json(workspace, language: .en) else {
            Issue.record("expected repositoryHasErrors")
            return
        }
        #expect(validation.errorCount == workspace.validate().errorCount)
        #expect(validation.errorCount > 0)
    }

    @Test func keepsAtMostCapacityPairs() throws {
        let folder = try Self.shipped()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Self.load(folder)
        let memo = SummaryMemo(capacity: 2)
        for day in 1...5 {
            let asOf = CalendarDate(year: 2026, month: 11, day: day)!
            _ = try memo.summary(workspace, asOf: asOf).get()
            #expect(memo.keptKeys <= 2)
        }
        // The last pair is kept: asked again, nothing is worked out.
        let made = memo.rowsMade
        _ = try memo.summary(workspace, asOf: CalendarDate(year: 2026, month: 11, day: 5)!).get()
        #expect(memo.rowsMade == made)
    }
}
