import Foundation
import Testing

/// Renderers and plugins get text and diagnostics from KomitmenText (through KomitmenCore), never
/// by importing the YAML reader.
@Suite struct ModuleBoundaryTests {
    static let folders = ["Sources/KomitmenRender", "Sources/KomitmenText", "Plugins"]

    static func swiftFiles(under folder: String) -> [URL] {
        let root = packageRoot.appendingPathComponent(folder)
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
        return files.filter { $0.pathExtension == "swift" }
    }

    @Test(arguments: folders)
    func noFileImportsTheYAMLModule(_ folder: String) throws {
        let files = Self.swiftFiles(under: folder)
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            // The scaffolder's template is a string: its `import` lines count too.
            let imports = text.split(separator: "\n").filter {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("import KomitmenYAML")
            }
            #expect(imports.isEmpty, "\(folder)/\(file.lastPathComponent) imports KomitmenYAML")
        }
    }
}
