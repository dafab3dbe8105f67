import KomitmenYAML

/// A report snippet a plugin documents and the test suite runs: valid ones must pass without a
/// diagnostic; invalid ones mark with `↓` every place a diagnostic points (and only those), and
/// one error at a marker says the given words in its English message or hint
/// (`PluginExample+Verifying.swift`).
///
/// The snippet is the body of a report; the runner puts `signatory`, `period: 2025-Q4` and
/// `submitted: 2026-01-10` above it, for a signatory of the plugin's kind that pledged every
/// indicator of the plugin.
public struct PluginExample: Sendable {
    public static let marker: Character = "↓"
    static let markerScalar: Unicode.Scalar = "↓"

    public var yaml: String
    /// Empty for a valid example.
    public var messageContains: [String]
    public var file: String
    public var line: Int

    public var isValid: Bool { messageContains.isEmpty }

    public static func valid(_ yaml: String, file: String = #filePath, line: Int = #line) -> PluginExample {
        PluginExample(yaml: yaml, messageContains: [], file: file, line: line)
    }

    public static func invalid(_ yaml: String, contains words: String..., file: String = #filePath, line: Int = #line)
        -> PluginExample
    {
        precondition(!words.isEmpty, "an invalid example names the words its message must contain")
        return PluginExample(yaml: yaml, messageContains: words, file: file, line: line)
    }
}
