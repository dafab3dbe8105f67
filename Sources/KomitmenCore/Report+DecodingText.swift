import KomitmenYAML

/// A report's free text, `narrative` and `evidence`, read within DESIGN's bounds (at most 20,000
/// characters of narrative, 50 evidence items of 500 characters): every form, page and site that
/// shows a report writes these out, so a filing cannot make them build a huge text (issue 21).
extension Report {
    static let maxNarrativeCharacters = 20_000
    static let maxEvidenceItems = 50
    static let maxEvidenceCharacters = 500

    /// The narrative, or nil when absent, unreadable or too long (an error at its value).
    static func readNarrative(_ fields: FieldReader, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let node = fields.optional("narrative"), let text = read(&diagnostics, node, Node.multilineText) else {
            return nil
        }
        if let count = typedLength(of: text, over: maxNarrativeCharacters) {
            diagnostics.append(
                node.error(
                    .narrativeTooLong,
                    CoreWords.narrativeTooLong(count, most: maxNarrativeCharacters),
                    hint: CoreWords.shortenIt))
            return nil
        }
        return text
    }

    /// The narrative's length as its author counts it, when it passes `limit`, else nil: Unicode
    /// scalars (`scalars(of:over:)`), without the one line break a block (`narrative: |`) keeps
    /// after its last line, which nobody typed: 20,000 characters pasted into a form are 20,000.
    ///
    /// Scalars rather than grapheme clusters (Swift's `Character`): the same for letters, digits,
    /// punctuation and precomposed accents (`é`, as keyboards and browsers write it), while an
    /// emoji with a skin tone or a flag counts two. One cluster can carry any number of combining
    /// marks, so 20,000 clusters would no longer bound what every page showing a narrative writes
    /// (DESIGN: a page at most 200 KB); 20,000 scalars are at most 80 KB of UTF-8. Browsers count
    /// UTF-16 code units (`maxlength`, JavaScript's `length`), two for each scalar past U+FFFF
    /// (most emoji): a text they call 21,821 long can be 20,000 scalars.
    static func typedLength(of text: String, over limit: Int) -> Int? {
        guard text.utf8.count > limit else { return nil }
        var count = text.unicodeScalars.count
        if text.unicodeScalars.last == "\n" { count -= 1 }
        return count > limit ? count : nil
    }

    /// The length of `text` in characters when it passes `limit`, else nil. Characters are
    /// Unicode scalars: what a clerk types, and a count no combining mark can stretch. A text is
    /// never longer in scalars than in UTF-8 bytes, so only one longer in bytes is counted (every
    /// report's narrative comes through here).
    static func scalars(of text: String, over limit: Int) -> Int? {
        guard text.utf8.count > limit else { return nil }
        let count = text.unicodeScalars.count
        return count > limit ? count : nil
    }

    /// The evidence items (kept when `keeping`), each read as one line of text; the item past the
    /// 50th and every item over 500 characters is an error at that item.
    static func readEvidence(_ fields: FieldReader, keeping: Bool, _ diagnostics: inout [Diagnostic]) -> [String] {
        guard let node = fields.optional("evidence"), let items = read(&diagnostics, node, Node.items) else {
            return []
        }
        var evidence: [String] = []
        for (index, item) in items.enumerated() {
            if index == maxEvidenceItems {
                diagnostics.append(
                    item.error(
                        .tooMuchEvidence,
                        CoreWords.tooManyEvidenceItems(items.count, most: maxEvidenceItems),
                        hint: CoreWords.keepTheEvidence(maxEvidenceItems)))
            }
            guard let text = read(&diagnostics, item, Node.text) else { continue }
            if let count = scalars(of: text, over: maxEvidenceCharacters) {
                diagnostics.append(
                    item.error(
                        .evidenceTooLong,
                        CoreWords.evidenceItemTooLong(count, most: maxEvidenceCharacters),
                        hint: CoreWords.giveALink))
            } else if keeping && index < maxEvidenceItems {
                evidence.append(text)
            }
        }
        return evidence
    }
}
