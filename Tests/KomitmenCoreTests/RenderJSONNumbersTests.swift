import KomitmenCore
import KomitmenYAML
import Testing

@testable import KomitmenRender

/// Whole numbers are written digit by digit into the bytes (no string made), line starts from a
/// prepared run: held to the plain `JSONValue` document's bytes at the edges (zero, negatives,
/// the largest whole double written as an integer, fractions), and the signatories' objects
/// written one at a time (`signatoryItem`, the server's kept rows) to the same document.
@Suite struct RenderJSONNumbersTests {
    static let edges: [Double] = [
        0, -0.0, 1, -1, 9, 10, -10, 99, 100, 1_234_567, -987_654_321, 9_007_199_254_740_991,
        -9_007_199_254_740_991, 9_007_199_254_740_992, 0.5, -0.25, 1e-7, 1.5e300, 123_456.75,
    ]

    static func withEdges() -> Summary {
        var summary = RenderSample.summary
        var signatory = summary.signatories[0]
        var indicator = signatory.indicators[0]
        signatory.indicators = edges.map { value in
            indicator.value = value
            indicator.target = -value
            indicator.baseline = value / 3
            return indicator
        }
        summary.signatories[0] = signatory
        return summary
    }

    @Test(arguments: [Language.en, .id])
    func edgeNumbersAreThoseOfTheDocument(language: Language) {
        let summary = Self.withEdges()
        let bytes = JSONRenderer(language: language).renderBytes(summary)
        let reference = Array((JSONRenderer(language: language).document(summary).serialized() + "\n").utf8)
        #expect(bytes == reference)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"value\": -9007199254740991\n"))
        #expect(text.contains("\"target\": 9007199254740991,"))
        #expect(text.contains("\"value\": 0\n"))
        #expect(text.contains("\"value\": 1.5e+300\n"))
    }

    @Test(arguments: [Language.en, .id])
    func keptSignatoryObjectsMakeTheSameDocument(language: Language) {
        let renderer = JSONRenderer(language: language)
        for summary in [RenderSample.summary, RenderSample.nothingExpected, Self.withEdges()] {
            let items = summary.signatories.map(renderer.signatoryItem)
            #expect(renderer.renderBytes(summary, signatoryItems: items) == renderer.renderBytes(summary))
        }
    }
}
