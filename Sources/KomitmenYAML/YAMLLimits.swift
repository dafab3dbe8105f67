/// Bounds that keep hostile or broken input from hanging komitmen or exhausting memory.
public struct YAMLLimits: Sendable {
    /// Files larger than this are refused before they are parsed.
    public var maxFileBytes: Int
    /// Collections nested deeper than this are an error, raised while the events stream in.
    public var maxDepth: Int
    /// The number of nodes all aliases together may stand for; an alias "bomb" hits this quickly.
    public var maxAliasExpansion: Int
    /// The bytes of scalar text (keys too) all aliases together may add, at most: a few aliases
    /// of one long text pass the node budget and still stand for gigabytes.
    public var maxAliasBytes: Int
    /// ... and at most this many times the text's own size, so a small file stays small.
    public var aliasBytesPerTextByte: Int
    /// Problems collected without stopping (duplicate keys) in one file before reading stops.
    public var maxProblems: Int

    public init(
        maxFileBytes: Int = 16 << 20, maxDepth: Int = 256, maxAliasExpansion: Int = 100_000,
        maxAliasBytes: Int = 1 << 20, aliasBytesPerTextByte: Int = 10, maxProblems: Int = 100
    ) {
        self.maxAliasBytes = maxAliasBytes
        self.aliasBytesPerTextByte = aliasBytesPerTextByte
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxProblems = maxProblems
    }

    public static let standard = YAMLLimits()

    /// The bytes aliases may add to a text of `size` bytes: the lesser of the two bounds
    /// (DESIGN, "Bad input": 1 MiB of text or 10 times the document).
    public func aliasByteBudget(forTextOf size: Int) -> Int {
        let (scaled, overflow) = size.multipliedReportingOverflow(by: aliasBytesPerTextByte)
        return min(maxAliasBytes, overflow ? Int.max : scaled)
    }
}
