import Testing

@testable import KomitmenRender

/// `JSONRenderer.write(_:to:)` hands a large summary on in parts, a wave of pieces at a time,
/// and the parts joined are the document, byte for byte.
@Suite struct RenderJSONStreamingTests {
    /// More signatories than two waves of pieces hold, so every joint is crossed.
    @Test func partsJoinedAreTheDocument() {
        var summary = RenderSample.summary
        let one = summary.signatories
        let count = JSONRenderer.signatoriesPerPiece * JSONRenderer.piecesPerWave * 2 + 5
        summary.signatories = (0..<count).map { index in
            var copy = one[index % one.count]
            copy.id = "\(copy.id)-\(index)"
            return copy
        }
        var parts: [[UInt8]] = []
        JSONRenderer().write(summary) { parts.append($0) }
        // The head, one part per piece (each sent as it was written), and the tail.
        let pieces = (count + JSONRenderer.signatoriesPerPiece - 1) / JSONRenderer.signatoriesPerPiece
        #expect(parts.count == pieces + 2)
        #expect(Array(parts.joined()) == RenderJSONBytesTests.reference(summary, .en))
        // No part holds more than one piece's signatories.
        let largest = parts.map(\.count).max() ?? 0
        #expect(largest < Array(parts.joined()).count / (pieces / 2))
    }

    /// A few signatories: the whole document in one part.
    @Test func aSmallSummaryIsOnePart() {
        var parts: [[UInt8]] = []
        JSONRenderer().write(RenderSample.summary) { parts.append($0) }
        #expect(parts.count == 1)
        #expect(parts.first == JSONRenderer().renderBytes(RenderSample.summary))
    }
}
