/// Text fields hold text: every text read (`text()`, and `multilineText()` for the narrative)
/// passes here, so names, titles, pledges, evidence and plugins' section fields are all checked.
extension Node {
    /// Text that may span several lines (a report's `narrative`): line breaks and tabs are allowed,
    /// other control characters and bidirectional controls are not.
    public func multilineText() throws(Diagnostic) -> String {
        guard let scalar, !isNull else { return try text() }
        return try checkedText(scalar.value, multiline: true)
    }

    /// The value itself, or an error at the first character a text field may not hold.
    func checkedText(_ value: String, multiline: Bool) throws(Diagnostic) -> String {
        guard let finding = TextSafety.firstProblem(in: value, multiline: multiline) else { return value }
        let name = TextSafety.name(of: finding.scalar)
        let message: Phrase
        let code: DiagnosticCode
        var hint: Phrase?
        switch finding.kind {
        case .control:
            code = .controlCharacter
            message = YAMLWords.controlCharacter(name)
        case .bidi:
            code = .bidiControl
            message = YAMLWords.bidiControl(name)
        case .lineBreak:
            code = .lineBreak
            message = YAMLWords.lineBreak(name)
            hint = YAMLWords.onlyNarrativesSpanLines
        }
        if scalar?.style == .doubleQuoted && hint == nil {
            hint = YAMLWords.backslashInDoubleQuotes
        }
        throw .error(code, file, position(ofScalarAt: finding.offset, in: value), message, hint: hint)
    }

    /// Where the character `offset` scalars into the value was written, when that can be told
    /// from the value alone; otherwise the node's own position (its first character or quote).
    ///
    /// A plain or single-quoted scalar folds a line break into a space, so a prefix without a space
    /// lies on the node's first line, one column per character (`''` being one quote written twice).
    /// Double quotes may hold escapes of any length: only the first character's place is known.
    func position(ofScalarAt offset: Int, in value: String) -> Mark {
        guard let scalar else { return mark }
        let prefix = value.unicodeScalars.prefix(offset)
        let onFirstLine = !prefix.contains(" ") && !prefix.contains("\n")
        switch scalar.style {
        case .plain where onFirstLine:
            return Mark(line: mark.line, column: mark.column + offset)
        case .singleQuoted where onFirstLine:
            let quotes = prefix.filter { $0 == "'" }.count
            return Mark(line: mark.line, column: mark.column + 1 + offset + quotes)
        case .doubleQuoted where offset == 0:
            return Mark(line: mark.line, column: mark.column + 1)
        default:
            return mark
        }
    }
}
