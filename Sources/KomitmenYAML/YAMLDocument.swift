/// One parsed YAML file: its text and its root node (nil when the file holds no document).
public struct YAMLDocument: Sendable {
    public var source: SourceText
    public var root: Node?
    /// Problems that did not stop reading, such as duplicate keys.
    public var problems: [YAMLError]

    public init(source: SourceText, root: Node?, problems: [YAMLError] = []) {
        self.source = source
        self.root = root
        self.problems = problems
    }

    /// Parses a text holding at most one document; throws at the first problem of any kind.
    public static func parse(_ source: SourceText, limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLDocument {
        let document = try parseCollecting(source, limits: limits)
        if let first = document.problems.first { throw first }
        return document
    }

    /// Parses a text holding at most one document; throws only for problems that stop reading.
    /// `files` is the load the text belongs to (nil: the file is named on its own).
    public static func parseCollecting(
        _ source: SourceText, limits: YAMLLimits = .standard,
        files: FileTable? = nil
    ) throws(YAMLError) -> YAMLDocument {
        let (roots, problems) = try Composer(
            source: source, limits: limits, allowMultipleDocuments: false, files: files
        )
        .composeCollecting()
        return YAMLDocument(source: source, root: roots.first, problems: problems)
    }
}
