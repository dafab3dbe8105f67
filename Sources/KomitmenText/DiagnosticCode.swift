/// The stable name of a kind of diagnostic (`unknown-field`, `symlink`), for machines: JSON output
/// and the server carry it so that nothing has to match the English message.
///
/// Each module declares its codes as static members in a small catalog file and lists them all
/// (`YAMLDiagnosticCodes.all`, `CoreDiagnosticCodes.all`, a plugin's `diagnosticCodes`), so
/// `docs/diagnostics.md` is generated from the code and a test checks every code is unique.
/// A code never changes once published; its summary may be reworded.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    /// Kebab-case, e.g. `thousands-separator`.
    public let code: String
    /// The severity this code is normally reported with (a few codes are errors in one place and
    /// warnings in another; the diagnostic's own severity is what counts).
    public let severity: Diagnostic.Severity
    /// One line saying what the code means, in every language.
    public let summary: Phrase

    public init(_ code: String, _ severity: Diagnostic.Severity, _ summary: Phrase) {
        self.code = code
        self.severity = severity
        self.summary = summary
    }

    public var description: String { code }

    // Equal codes are the same code: the summary is documentation, not identity.
    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// Lowercase ASCII words joined by single hyphens.
    public var isKebabCase: Bool {
        let words = code.split(separator: "-", omittingEmptySubsequences: false)
        return !words.isEmpty
            && words.allSatisfy { word in
                !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            } && code.first?.isLetter == true
    }
}
