import Foundation
import KomitmenCore
import KomitmenRegistry
import Testing

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Generated files must match what generates them (as swift-format checks its generated files).
@Suite struct GeneratedFilesTests {
    /// `Plugins/<Kind>/` folders holding `<Kind>Stakeholder.swift`.
    static func pluginFolders() throws -> [String] {
        let plugins = packageRoot.appendingPathComponent("Plugins")
        return try FileManager.default.contentsOfDirectory(atPath: plugins.path).filter { kind in
            FileManager.default.fileExists(atPath: plugins.appendingPathComponent("\(kind)/\(kind)Stakeholder.swift").path)
        }.sorted()
    }

    /// What `Sources/KomitmenRegistry/Registry.swift` must hold for these plugin folders; the
    /// `new-stakeholder` command plugin writes the same text.
    static func registrySource(_ kinds: [String]) -> String {
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

    @Test func registryListsEveryPluginFolder() throws {
        let kinds = try Self.pluginFolders()
        let file = packageRoot.appendingPathComponent("Sources/KomitmenRegistry/Registry.swift")
        let current = try String(contentsOf: file, encoding: .utf8)
        #expect(current == Self.registrySource(kinds),
                "Registry.swift is stale: run `swift package --allow-writing-to-package-directory new-stakeholder --regenerate`")
        #expect(compiledInPlugins.plugins.count == kinds.count)
    }

    @Test func packageManifestListsEveryPluginFolder() throws {
        let kinds = try Self.pluginFolders()
        let manifest = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let listed = manifest.split(separator: "\n")
            .drop { !$0.contains("new-stakeholder: kinds") }.dropFirst()
            .prefix { $0.trimmingCharacters(in: .whitespaces) != "]" }
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\",")) }
        #expect(listed == kinds, "Package.swift's stakeholderKinds must list exactly the folders in Plugins/")
    }

    @Test func pluginDocsAreCurrent() throws {
        let file = packageRoot.appendingPathComponent("docs/plugins.md")
        let current = try String(contentsOf: file, encoding: .utf8)
        #expect(current == PluginCatalog(registry: compiledInPlugins).markdown(),
                "docs/plugins.md is stale: run `swift run komitmen plugins --format markdown > docs/plugins.md`")
    }
}
