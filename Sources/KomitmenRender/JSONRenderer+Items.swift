import KomitmenCore

/// The summary's JSON from signatories' objects written before: the server keeps each
/// signatory's object between filings and writes only the rest (`SummaryMemo`).
extension JSONRenderer {
    /// The depth of the items of the document's `signatories` array (the document is 1).
    static let signatoryItemDepth = 2

    /// A signatory's object as the document's `signatories` array holds it, with the line break
    /// and indent before it (the comma between items is added when the document is written).
    public func signatoryItem(_ summary: SignatorySummary) -> [UInt8] {
        var writer = JSONBytes(itemAtDepth: Self.signatoryItemDepth, capacity: 8 * 1024)
        signatory(summary, into: &writer)
        return writer.bytes
    }

    /// `renderBytes(summary)`, byte for byte, with `items[i]` written for `summary.signatories[i]`
    /// (each made by `signatoryItem` in this renderer's language).
    public func renderBytes(_ summary: Summary, signatoryItems items: [[UInt8]]) -> [UInt8] {
        precondition(items.count == summary.signatories.count, "one item per signatory")
        var document: [UInt8] = []
        write(summary, signatoryItems: items) { document.append(contentsOf: $0) }
        return document
    }
}
