/// Why reading a YAML file stopped: each case becomes a diagnostic at a position.
public struct YAMLError: Error, Sendable, Hashable {
    public var mark: Mark
    public var message: Phrase
    public var hint: Phrase?

    public init(_ mark: Mark, _ message: Phrase, hint: Phrase? = nil) {
        self.mark = mark
        self.message = message
        self.hint = hint
    }

    public func diagnostic(file: String) -> Diagnostic {
        .error(file, mark, message, hint: hint)
    }
}
