/// Prints diagnostics the way compilers do: the headline, the source line, a caret, a hint.
public struct DiagnosticFormatter {
    public var language: Language
    /// The source line for a file and line number, when the file can be shown.
    public var sourceLine: (String, Int) -> String?

    public init(language: Language = .en, sourceLine: @escaping (String, Int) -> String? = { _, _ in nil }) {
        self.language = language
        self.sourceLine = sourceLine
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.headline(language)]
        if let line = sourceLine(diagnostic.file, diagnostic.mark.line) {
            lines.append(line)
            // Keep tabs in the padding so the caret lines up under tab-indented text.
            let padding = line.prefix(max(0, diagnostic.mark.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append(padding + "^")
        }
        if let hint = diagnostic.hint {
            lines.append((language == .id ? "saran: " : "hint: ") + hint.text(language))
        }
        return lines.joined(separator: "\n")
    }
}
