/// One parsed YAML file: its text and its root node (nil when the file holds no document).
public struct YAMLDocument: Sendable {
    public var source: SourceText
    public var root: Node?

    public init(source: SourceText, root: Node?) {
        self.source = source
        self.root = root
    }

    /// Parses a text holding at most one document.
    public static func parse(_ source: SourceText, limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLDocument {
        let roots = try Composer(source: source, limits: limits, allowMultipleDocuments: false).composeAll()
        return YAMLDocument(source: source, root: roots.first)
    }
}
