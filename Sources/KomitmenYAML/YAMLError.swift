/// Why reading a YAML file stopped: each case becomes a diagnostic at a position.
public struct YAMLError: Error, Sendable, Hashable {
    public var code: DiagnosticCode
    public var mark: Mark
    public var message: Phrase
    public var hint: Phrase?

    public init(_ code: DiagnosticCode, _ mark: Mark, _ message: Phrase, hint: Phrase? = nil) {
        self.code = code
        self.mark = mark
        self.message = message
        self.hint = hint
    }

    public func diagnostic(file: String) -> Diagnostic {
        .error(code, file, mark, message, hint: hint)
    }
}
