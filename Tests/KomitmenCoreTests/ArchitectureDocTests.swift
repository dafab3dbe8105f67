import Foundation
import Testing

/// docs/ARCHITECTURE.md names every module, and only modules that exist; and the boundary it
/// states holds: nothing outside the HTTP module imports Hummingbird or NIO.
@Suite struct ArchitectureDocTests {
    static let doc = packageRoot.appendingPathComponent("docs/ARCHITECTURE.md")

    static func named() throws -> Set<String> {
        let text = try String(contentsOf: doc, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "`((?:Sources|Plugins)/[A-Za-z]+)`")
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            pattern.matches(in: text, range: range).compactMap { match in
                Range(match.range(at: 1), in: text).map { String(text[$0]) }
            })
    }

    @Test func everyModuleItNamesExists() throws {
        let named = try Self.named()
        #expect(named.count >= 10)
        for path in named {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: packageRoot.appendingPathComponent(path).path, isDirectory: &isFolder)
            #expect(exists && isFolder.boolValue, "docs/ARCHITECTURE.md names \(path), which is gone")
        }
    }

    @Test func everyModuleIsNamed() throws {
        let named = try Self.named()
        let sources = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent("Sources").path)
        for module in sources where !module.hasPrefix(".") {
            #expect(named.contains("Sources/\(module)"), "docs/ARCHITECTURE.md does not name Sources/\(module)")
        }
    }

    @Test func onlyTheHTTPModuleImportsHummingbirdOrNIO() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
        let swift = files.filter { $0.pathExtension == "swift" }
        #expect(swift.count > 50)
        for file in swift where !file.path.contains("/Sources/KomitmenHTTP/") {
            let text = try String(contentsOf: file, encoding: .utf8)
            let imports = text.split(separator: "\n").filter { line in
                let words = line.split(separator: " ")
                return words.first == "import" && words.count > 1
                    && (words[1].hasPrefix("Hummingbird") || words[1].hasPrefix("NIO"))
            }
            #expect(imports.isEmpty, "\(file.lastPathComponent) imports \(imports)")
        }
    }
}
