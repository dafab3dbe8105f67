/// A YAML node that knows where it was written: the unit every later check reads.
public struct Node: Sendable {
    public struct Scalar: Sendable, Hashable {
        public var value: String
        public var style: ScalarStyle
    }

    public struct Pair: Sendable {
        public var key: Node
        public var value: Node
    }

    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    /// The explicit tag, if the author wrote one (`!!str`, `!custom`).
    public var tag: String?
    /// The file the node was read from: one object per file read, shared by its nodes (see `FileName`).
    public var fileID: FileName
    public var mark: Mark

    /// The file the node was read from, as named in diagnostics.
    public var file: String {
        get { fileID.path }
        set { fileID = FileName(newValue) }
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value of the first key with this text, in a mapping.
    public subscript(key: String) -> Node? {
        // By index: only the value found is copied, not every pair looked at.
        guard case .mapping(let pairs) = content else { return nil }
        for index in pairs.indices {
            if case .scalar(let scalar) = pairs[index].key.content, scalar.value == key { return pairs[index].value }
        }
        return nil
    }

    /// A short name for the kind of node, for messages ("a list", "a mapping", "text").
    public var kindName: Phrase {
        switch content {
        case .scalar(let scalar) where scalar.style == .plain && scalar.value.isEmpty && tag == nil:
            YAMLWords.nothing
        case .scalar: YAMLWords.singleValue
        case .sequence: YAMLWords.aList
        case .mapping: YAMLWords.mapping
        }
    }

    /// A diagnostic at this node.
    public func error(_ code: DiagnosticCode, _ message: Phrase, hint: Phrase? = nil) -> Diagnostic {
        .error(code, file, mark, message, hint: hint)
    }

    public func warning(_ code: DiagnosticCode, _ message: Phrase, hint: Phrase? = nil) -> Diagnostic {
        .warning(code, file, mark, message, hint: hint)
    }
}

// In an extension, so the struct keeps its memberwise initializer for the composer
// (CONTRIBUTING.md, "Code conventions").
extension Node {
    public init(_ content: Content, tag: String? = nil, file: String, mark: Mark) {
        self.init(content, tag: tag, fileID: FileName(file), mark: mark)
    }

    public init(_ content: Content, tag: String? = nil, fileID: FileName, mark: Mark) {
        self.init(content: content, tag: tag, fileID: fileID, mark: mark)
    }
}
