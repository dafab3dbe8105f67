/// Bounds that keep hostile or broken input from hanging komitmen or exhausting memory.
public struct YAMLLimits: Sendable {
    /// Files larger than this are refused before they are parsed.
    public var maxFileBytes: Int
    /// Collections nested deeper than this are an error, raised while the events stream in.
    public var maxDepth: Int
    /// The number of nodes all aliases together may stand for; an alias "bomb" hits this quickly.
    public var maxAliasExpansion: Int
    /// Problems collected without stopping (duplicate keys) in one file before reading stops.
    public var maxProblems: Int

    public init(
        maxFileBytes: Int = 16 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000, maxProblems: Int = 100
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxProblems = maxProblems
    }

    public static let standard = YAMLLimits()
}
