import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRender
import KomitmenYAML
import Testing

/// The memo keeps at most `maxJSONBytes` of signatories' JSON: past it what it kept is dropped
/// (the rows stay), and every answer is still the fresh summary's bytes.
@Suite struct SummaryMemoBudgetTests {
    @Test func theJSONKeptStaysWithinItsBudget() throws {
        let folder = try SummaryMemoTests.shipped()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = SummaryMemoTests.load(folder)
        let unbounded = SummaryMemo()
        let first = try unbounded.json(workspace, language: .en).get()
        let oneLanguage = unbounded.jsonBytesKept
        // The signatories' objects are most of the document.
        #expect(oneLanguage > first.count / 2)
        #expect(oneLanguage < first.count)

        // Room for one language's objects, not two.
        let memo = SummaryMemo(maxJSONBytes: oneLanguage + oneLanguage / 2)
        for language in [Language.en, .id, .en, .id] {
            let bytes = try memo.json(workspace, language: language).get()
            #expect(bytes == (try SummaryMemoTests.fresh(workspace, nil, nil, language)))
            #expect(memo.jsonBytesKept <= oneLanguage + oneLanguage / 2)
            #expect(memo.jsonBytesKept > 0)
        }
        // A budget smaller than one language's objects keeps none, and still answers.
        let tiny = SummaryMemo(maxJSONBytes: 1_000)
        #expect(try tiny.json(workspace, language: .id).get() == (try SummaryMemoTests.fresh(workspace, nil, nil, .id)))
        #expect(tiny.jsonBytesKept == 0)
        // The rows are kept whatever the JSON budget: asked again, none is worked out.
        let made = tiny.rowsMade
        _ = try tiny.json(workspace, language: .id).get()
        #expect(tiny.rowsMade == made)
    }
}
