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
        // Everything printed is escaped (`TerminalText`): file names, messages and source lines
        // come from the repository and must neither drive the terminal nor span lines.
        var lines = [TerminalText.escape(diagnostic.headline(language))]
        if let line = sourceLine(diagnostic.file, diagnostic.mark.line) {
            lines.append(TerminalText.escape(line, keepTabs: true))
            lines.append(Self.caretPadding(line, column: diagnostic.mark.column) + "^")
        }
        if let hint = diagnostic.hint {
            lines.append(Self.hintPrefix.text(language) + TerminalText.escape(hint.text(language)))
        }
        return lines.joined(separator: "\n")
    }

    public static let hintPrefix = Phrase(en: "hint: ", id: "saran: ")

    /// The blanks before the caret: as wide as the escaped line up to `column` (counted in
    /// Unicode scalars, as libyaml counts), tabs kept so the caret lines up under tab-indented text.
    static func caretPadding(_ line: String, column: Int) -> String {
        var padding = ""
        var scalars = 0
        for character in line {
            let count = character.unicodeScalars.count
            guard scalars + count <= column - 1 else { break }
            scalars += count
            if character == "\t" {
                padding += "\t"
            } else {
                padding += String(repeating: " ", count: TerminalText.width(character))
            }
        }
        return padding
    }
}
