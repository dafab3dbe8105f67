import Foundation
import Testing

/// docs/ARCHITECTURE.md names every module, and only modules that exist; and the boundaries it
/// states hold: nothing outside the HTTP module imports Hummingbird, NIO or HTTPTypes, the state
/// store does not import the app layer, and the intake speaks of no HTTP status.
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

    /// The Swift files under `Sources/`.
    static func sources() -> [URL] {
        let sources = packageRoot.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
        return files.filter { $0.pathExtension == "swift" }
    }

    /// The modules `file` imports (`@testable` and `@_exported` imports too).
    static func imports(_ file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            return words.first == "import" && words.count > 1 ? String(words[1]) : nil
        }
    }

    @Test func onlyTheHTTPModuleImportsHummingbirdOrNIO() throws {
        let swift = Self.sources()
        #expect(swift.count > 50)
        for file in swift where !file.path.contains("/Sources/KomitmenHTTP/") {
            let imports = try Self.imports(file).filter { name in
                name.hasPrefix("Hummingbird") || name.hasPrefix("NIO") || name.hasPrefix("HTTPTypes")
            }
            #expect(imports.isEmpty, "\(file.lastPathComponent) imports \(imports)")
        }
    }

    @Test func theStateStoreDoesNotImportTheAppLayer() throws {
        let state = Self.sources().filter { $0.path.contains("/Sources/KomitmenState/") }
        #expect(state.count > 10)
        for file in state {
            #expect(!(try Self.imports(file)).contains("KomitmenApp"), "\(file.lastPathComponent) imports KomitmenApp")
        }
    }

    /// Statuses are the HTTP module's: the intake's refusals are domain cases it maps.
    @Test func theIntakeSpeaksOfNoHTTPStatus() throws {
        let intake = Self.sources().filter { $0.path.contains("/Sources/KomitmenIntake/") }
        #expect(intake.count > 5)
        // A status as code or prose names it: `HTTPResponse.Status`, `APIError`, "a 409", "(422)".
        let status = try NSRegularExpression(pattern: "HTTP|APIError|Status|[ (](4[0-9][0-9]|50[0-9])[ ),.:]")
        for file in intake {
            // Lengths cut to (`prefix(500)`) are no statuses.
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
                of: #"prefix\([0-9]+\)"#, with: "", options: .regularExpression)
            let found = status.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(found == nil, "\(file.lastPathComponent) speaks of an HTTP status")
        }
    }
}
