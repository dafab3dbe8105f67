import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenRender
import KomitmenYAML
import Testing

/// `SummaryMemo` with `SummaryOptions`: each combination answers as a fresh summary with the same
/// options, byte for byte, and rows kept for one are never used for another.
@Suite struct SummaryMemoOptionsTests {
    @Test func eachOptionAnswersAsAFreshSummary() throws {
        let folder = try SummaryMemoTests.shipped()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = SummaryMemoTests.load(folder)
        let memo = SummaryMemo()
        let combinations = [
            SummaryOptions.all, SummaryOptions(onlyApproved: true), SummaryOptions(withoutReviewComments: true),
            SummaryOptions(onlyApproved: true, withoutReviewComments: true),
        ]
        // Twice over: the second round answers from the rows kept in the first.
        for _ in 0..<2 {
            var answers: Set<[UInt8]> = []
            for options in combinations {
                let kept = try memo.json(workspace, options: options, language: .en).get()
                let summary = try workspace.summary(options: options).get()
                #expect(kept == RenderedDocument.render(summary, format: .json, language: .en).bytes, "\(options)")
                answers.insert(kept)
            }
            // The shipped record has a comment and unapproved reports: all four differ.
            #expect(answers.count == 4)
        }
    }
}
