/// How a scalar was written; a quoted scalar is always text.
public enum ScalarStyle: String, Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded

    public var isQuoted: Bool { self == .singleQuoted || self == .doubleQuoted }
}

/// One parsing event, as libyaml's event API delivers it, with positions made 1-based.
public struct YAMLEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case streamStart
        case streamEnd
        case documentStart(implicit: Bool)
        case documentEnd(implicit: Bool)
        case alias(anchor: String)
        case scalar(value: String, style: ScalarStyle, anchor: String?, tag: String?)
        case sequenceStart(anchor: String?, tag: String?, flow: Bool)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?, flow: Bool)
        case mappingEnd
    }

    public var kind: Kind
    public var start: Mark
    public var end: Mark

    public init(_ kind: Kind, start: Mark, end: Mark) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
