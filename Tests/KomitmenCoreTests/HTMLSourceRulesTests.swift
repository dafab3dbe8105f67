import Foundation
import Testing

/// How markup is made, kept true over Sources/: only the project's own style sheets use the one
/// raw call, `HTML(trusted:)`, and the escape-by-convention helpers (`h`, `e`) stay gone.
@Suite struct HTMLSourceRulesTests {
    /// The files allowed to call `HTML(trusted:)`: the type itself and the style sheets.
    static let trustedCallers: Set<String> = [
        "Sources/KomitmenRender/HTML.swift",
        "Sources/KomitmenRender/HTMLStyle.swift",
        "Sources/KomitmenHTTP/Pages/SummaryPage.swift",
    ]

    /// Every Swift file under Sources/, by its path from the package root.
    static func sources() throws -> [(path: String, text: String)] {
        let root = packageRoot.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
        return try files.filter { $0.pathExtension == "swift" }.map { file in
            let path = "Sources" + file.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)
            return (path, try String(contentsOf: file, encoding: .utf8))
        }.sorted { $0.path < $1.path }
    }

    @Test func onlyTheStyleSheetsMakeRawMarkup() throws {
        let files = try Self.sources()
        #expect(files.count > 100)
        var callers: Set<String> = []
        for file in files where file.text.contains("trusted:") {
            callers.insert(file.path)
            #expect(Self.trustedCallers.contains(file.path), "\(file.path) makes markup of a string: HTML(trusted:)")
        }
        // The list stays the list of callers: a file that no longer needs it leaves it.
        #expect(callers == Self.trustedCallers)
    }

    @Test func noEscapeByConventionHelpers() throws {
        for file in try Self.sources() {
            for helper in ["func h(", "HTMLText", "stringLiteral:"] where file.text.contains(helper) {
                if helper == "stringLiteral:" && file.path == "Sources/KomitmenRender/HTML.swift" { continue }
                Issue.record("\(file.path) has \(helper): markup is built as HTML, which escapes what it is given")
            }
            // The terminal's renderer has an `e` of its own (TerminalText); the HTML makers none.
            let makesHTML =
                file.path.hasPrefix("Sources/KomitmenRender/HTML") || file.path.hasPrefix("Sources/KomitmenHTTP/Pages/")
            if makesHTML && file.text.contains("func e(") {
                Issue.record("\(file.path) has an escaping helper `e`: interpolate into HTML instead")
            }
        }
    }
}
