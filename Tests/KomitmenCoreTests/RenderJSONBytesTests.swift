import KomitmenCore
import KomitmenYAML
import Testing

@testable import KomitmenRender

/// The JSON renderer writes bytes directly, members in an order written out by hand: held here to
/// the bytes of the plain `JSONValue` document it replaced, whose keys are sorted by the writer.
@Suite struct RenderJSONBytesTests {
    static func reference(_ summary: Summary, _ language: Language) -> [UInt8] {
        Array((JSONRenderer(language: language).document(summary).serialized() + "\n").utf8)
    }

    @Test(arguments: [Language.en, .id])
    func bytesAreThoseOfTheDocument(language: Language) {
        for summary in [RenderSample.summary, RenderSample.nothingExpected, Self.awkward] {
            let bytes = JSONRenderer(language: language).renderBytes(summary)
            #expect(bytes == Self.reference(summary, language))
            #expect(JSONRenderer(language: language).render(summary) == String(decoding: bytes, as: UTF8.self))
        }
    }

    /// More signatories than one piece holds: written on several threads, joined in order.
    @Test func manySignatoriesAreJoinedInOrder() {
        var summary = RenderSample.summary
        let one = summary.signatories
        summary.signatories = (0..<(JSONRenderer.signatoriesPerPiece * 3 + 5)).flatMap { index in
            one.map { signatory in
                var copy = signatory
                copy.id = "\(signatory.id)-\(index)"
                return copy
            }
        }
        #expect(JSONRenderer().renderBytes(summary) == Self.reference(summary, .en))
    }

    /// Texts longer than the writer's 256-byte staging buffer, plain and to escape, and a text that
    /// fills it to the byte: written past the buffer, byte for byte as the document.
    @Test(arguments: [1, 255, 256, 257, 600])
    func longTextsAreThoseOfTheDocument(length: Int) {
        var summary = RenderSample.summary
        summary.declarationID = String(repeating: "a", count: length)
        summary.signatories[0].name = String(repeating: "é\"", count: length)
        #expect(JSONRenderer().renderBytes(summary) == Self.reference(summary, .en))
    }

    /// Text to escape, keys out of code-point order, numbers JSON cannot hold, and empty lists.
    static var awkward: Summary {
        var summary = RenderSample.summary
        summary.secretariat = nil
        summary.declarationID = "quote \" back \\ line\n tab\t bell\u{7} del\u{7F} sep\u{2028}\u{2029} é →"
        var signatory = summary.signatories[0]
        signatory.name = "Ẽ\u{301}e\u{301} \u{1F600} \u{0}"
        signatory.region = nil
        signatory.breakdowns = [
            Breakdown(
                section: "s\"", field: "f\n",
                counts: [("é", 1), ("e\u{301}", 2), ("Z", 3), ("a", 4), ("\u{2028}", 5), ("z", 6)]),
            Breakdown(section: "empty", field: "none", counts: []),
        ]
        signatory.indicators[0].value = .nan
        signatory.indicators[0].target = -.infinity
        signatory.indicators[0].progress = -0.0
        signatory.indicators[0].baseline = 9_007_199_254_740_993
        signatory.indicators[0].history = [
            IndicatorQuarter(
                quarter: RenderSample.quarter("2025-Q3"), reported: 1e-7, value: -2.5e300, expected: 1.0 / 3)
        ]
        signatory.history = []
        signatory.indicators.append(contentsOf: signatory.indicators)
        summary.signatories = [signatory] + summary.signatories
        summary.totals = []
        return summary
    }
}
