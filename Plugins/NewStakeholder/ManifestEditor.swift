/// Edits the lines of Package.swift's `stakeholderKinds` between the marker comment
/// `// new-stakeholder: kinds` and the closing `]`, and nothing else.
struct ManifestEditor {
    static let marker = "new-stakeholder: kinds"
    let text: String

    /// The range of lines holding the kinds, and the marker's indentation.
    private func listLines() throws -> (lines: [Substring], range: Range<Int>, indent: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let markerLine = lines.firstIndex(where: { $0.contains(Self.marker) }) else {
            throw ScaffoldError("Package.swift has no line with the comment `// \(Self.marker)`; put it as the first line inside `let stakeholderKinds = [`")
        }
        let start = markerLine + 1
        guard let end = lines[start...].firstIndex(where: { $0.trimmingSpaces == "]" }) else {
            throw ScaffoldError("Package.swift's stakeholderKinds list has no closing `]` on a line of its own")
        }
        let indent = String(lines[markerLine].prefix { $0 == " " || $0 == "\t" })
        return (lines, start..<end, indent)
    }

    /// The kinds listed now, in their order.
    func kinds() throws -> [String] {
        let (lines, range, _) = try listLines()
        return lines[range].map { line in
            String(line.trimmingSpaces.filter { $0 != "\"" && $0 != "," })
        }.filter { !$0.isEmpty }
    }

    /// The manifest with the list replaced by `kinds`, sorted, one a line.
    func listing(_ kinds: Set<String>) throws -> String {
        let (lines, range, indent) = try listLines()
        var result = Array(lines[..<range.lowerBound].map(String.init))
        result += kinds.sorted().map { "\(indent)\"\($0)\"," }
        result += lines[range.upperBound...].map(String.init)
        return result.joined(separator: "\n")
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}

/// The text of `Sources/KomitmenRegistry/Registry.swift` for these plugin folders: the same text
/// as `GeneratedFilesTests.registrySource`, which fails when the two disagree.
enum RegistrySource {
    static func text(_ kinds: [String]) -> String {
        func value(_ kind: String) -> String { kind.prefix(1).lowercased() + kind.dropFirst() + "Stakeholder" }
        return """
            // Generated from the folders in Plugins/ by `swift package new-stakeholder`; do not edit by hand.
            // RegistryTests fails when this file does not match Plugins/.
            import KomitmenCore
            \(kinds.map { "import \($0)Stakeholder" }.joined(separator: "\n"))

            /// Every compiled-in stakeholder plugin.
            public let compiledInPlugins = PluginRegistry([
            \(kinds.map { "    \(value($0))," }.joined(separator: "\n"))
            ])

            """
    }
}
