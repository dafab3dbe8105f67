/// One problem found in an input file, with where it is and, when possible, what to write instead.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    /// What kind of problem this is, stable for machines (`validate --format json`, the server).
    public var code: DiagnosticCode
    /// The file as the user named it (relative to the current folder where possible).
    public var file: String
    public var mark: Mark
    public var message: Phrase
    public var hint: Phrase?

    public init(
        _ severity: Severity = .error, _ code: DiagnosticCode, file: String, at mark: Mark, _ message: Phrase,
        hint: Phrase? = nil
    ) {
        self.severity = severity
        self.code = code
        self.file = file
        self.mark = mark
        self.message = message
        self.hint = hint
    }

    public static func error(
        _ code: DiagnosticCode, _ file: String, _ mark: Mark, _ message: Phrase,
        hint: Phrase? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code, file: file, at: mark, message, hint: hint)
    }

    public static func warning(
        _ code: DiagnosticCode, _ file: String, _ mark: Mark, _ message: Phrase,
        hint: Phrase? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code, file: file, at: mark, message, hint: hint)
    }

    /// `path:line:column: error: message`, the first line of the printed form.
    public func headline(_ language: Language = .en) -> String {
        "\(file):\(mark.line):\(mark.column): \(severity.rawValue): \(message.text(language))"
    }
}

/// Thrown where reading stops at the first problem (`throws(Diagnostic)`).
extension Diagnostic: Error {}

extension Diagnostic: Comparable {
    /// File order, then line and column order: the order diagnostics are printed in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.mark != rhs.mark { return lhs.mark < rhs.mark }
        return lhs.message.en < rhs.message.en
    }
}
