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
        // come from the repository and must neither drive the terminal nor span lines. Long text
        // is cut (a 20,000-character value is quoted, not printed whole): the JSON keeps it all.
        var lines = [Self.cut(TerminalText.escape(diagnostic.headline(language)))]
        if let line = sourceLine(diagnostic.file, diagnostic.mark.line) {
            let shown = Self.window(line, column: diagnostic.mark.column)
            lines.append(shown.text)
            lines.append(shown.padding + "^")
        }
        if let hint = diagnostic.hint {
            lines.append(Self.cut(Self.hintPrefix.text(language) + TerminalText.escape(hint.text(language))))
        }
        return lines.joined(separator: "\n")
    }

    /// The widest headline or hint printed, in terminal columns.
    public static let maxLineWidth = 400
    /// How much of a long source line is shown on each side of the caret, in characters.
    public static let sourceContext = 100

    static func cut(_ text: String) -> String {
        TerminalText.truncate(text, toWidth: maxLineWidth)
    }

    /// The escaped source line, or the part of a long one around the caret between `…`, and the
    /// blanks that put the caret under `column`.
    static func window(_ line: String, column: Int) -> (text: String, padding: String) {
        guard line.utf8.count > 2 * sourceContext else {
            return (TerminalText.escape(line, keepTabs: true), caretPadding(line, column: column))
        }
        let characters = Array(line)
        // The character the caret points at: the first past `column - 1` scalars.
        var scalars = 0
        var caret = characters.count
        for (index, character) in characters.enumerated() {
            let count = character.unicodeScalars.count
            if scalars + count > column - 1 {
                caret = index
                break
            }
            scalars += count
        }
        let start = max(0, caret - sourceContext)
        let end = min(characters.count, caret + sourceContext)
        let before = String(characters[start..<min(caret, end)])
        let lead = start > 0 ? "…" : ""
        let text =
            lead + TerminalText.escape(String(characters[start..<end]), keepTabs: true)
            + (end < characters.count ? "…" : "")
        return (text, (start > 0 ? " " : "") + caretPadding(before, column: Int.max))
    }

    public static let hintPrefix = TextWords.hintPrefix

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
