/// The lines of Package.swift's `stakeholderKinds` between the marker comment
/// `// new-stakeholder: kinds` and the closing `]`: read them, or the manifest with them replaced
/// and nothing else touched.
public struct ManifestKinds: Sendable {
    public static let path = "Package.swift"
    public static let marker = "new-stakeholder: kinds"
    public let text: String

    public init(text: String) { self.text = text }

    /// The range of lines holding the kinds, and the marker's indentation.
    private func listLines() throws(GeneratorError) -> (lines: [Substring], range: Range<Int>, indent: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let markerLine = lines.firstIndex(where: { $0.contains(Self.marker) }) else {
            throw GeneratorError(
                "Package.swift has no line with the comment `// \(Self.marker)`; "
                    + "put it as the first line inside `let stakeholderKinds = [`")
        }
        let start = markerLine + 1
        guard let end = lines[start...].firstIndex(where: { trimmed($0) == "]" }) else {
            throw GeneratorError("Package.swift's stakeholderKinds list has no closing `]` on a line of its own")
        }
        let indent = String(lines[markerLine].prefix { $0 == " " || $0 == "\t" })
        return (lines, start..<end, indent)
    }

    /// The kinds listed now, in their order.
    public func kinds() throws(GeneratorError) -> [String] {
        let (lines, range, _) = try listLines()
        return lines[range].map { String(trimmed($0).filter { $0 != "\"" && $0 != "," }) }.filter { !$0.isEmpty }
    }

    /// The manifest with the list replaced by `kinds`, sorted, one a line.
    public func listing(_ kinds: [String]) throws(GeneratorError) -> String {
        let (lines, range, indent) = try listLines()
        var result = lines[..<range.lowerBound].map(String.init)
        result += Set(kinds).sorted().map { "\(indent)\"\($0)\"," }
        result += lines[range.upperBound...].map(String.init)
        return result.joined(separator: "\n")
    }

    private func trimmed(_ line: Substring) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = line.firstIndex(where: { !isSpace($0) }),
            let last = line.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return line[first...last]
    }
}

/// A package the generator cannot work on; the message says what to do.
public struct GeneratorError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
    public init(_ message: String) { self.message = message }
}
