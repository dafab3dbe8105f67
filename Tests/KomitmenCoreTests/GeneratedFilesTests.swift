import Foundation
import KomitmenCore
import KomitmenGenerators
import KomitmenRegistry
import Testing

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Generated files must match what generates them, as swift-format's GeneratedFilesValidityTests
/// do: the same functions write them (`komitmen-generate`, run by `new-stakeholder`; `komitmen
/// plugins --format markdown`) and produce the fresh text compared here, so no template is copied.
@Suite struct GeneratedFilesTests {
    static let generator = PluginGeneratedFiles(root: packageRoot)

    @Test(arguments: try generator.files().map(\.path))
    func generatedFromPluginFoldersIsCurrent(_ path: String) throws {
        let file = try #require(try Self.generator.files().first { $0.path == path })
        #expect(!file.isStale, "\(path) is stale: run `swift run komitmen-generate`")
    }

    @Test func registryCompilesInEveryPluginFolder() throws {
        #expect(compiledInPlugins.plugins.count == (try Self.generator.kinds()).count)
    }

    @Test func pluginDocsAreCurrent() throws {
        let file = packageRoot.appendingPathComponent("docs/plugins.md")
        let current = try String(contentsOf: file, encoding: .utf8)
        #expect(
            current == PluginCatalog(registry: compiledInPlugins).markdown(),
            "docs/plugins.md is stale: run `swift run komitmen plugins --format markdown > docs/plugins.md`")
    }
}

/// The generator itself, on manifests that are not the package's.
@Suite struct GeneratorTests {
    static let manifest = """
        let stakeholderKinds = [
            // new-stakeholder: kinds
            "Police",
            "Media",
        ]
        let rest = 1
        """

    @Test func manifestKindsReadsAndRewritesOnlyTheList() throws {
        let editor = ManifestKinds(text: Self.manifest)
        #expect(try editor.kinds() == ["Police", "Media"])
        #expect(
            try editor.listing(["Ngo", "Media", "Ngo"]) == """
                let stakeholderKinds = [
                    // new-stakeholder: kinds
                    "Media",
                    "Ngo",
                ]
                let rest = 1
                """)
    }

    @Test(arguments: [
        ("let stakeholderKinds = [\n    \"Police\",\n]\n", "no line with the comment `// new-stakeholder: kinds`"),
        (
            "let stakeholderKinds = [\n    // new-stakeholder: kinds\n    \"Police\"]\n",
            "no closing `]` on a line of its own"
        ),
    ])
    func aManifestWithoutTheMarkedListIsAnError(_ text: String, _ message: String) {
        #expect(throws: GeneratorError.self) { try ManifestKinds(text: text).kinds() }
        do {
            _ = try ManifestKinds(text: text).listing(["Police"])
            Issue.record("no error")
        } catch {
            #expect(error.message.contains(message))
        }
    }

    /// Imports sorted as `swift format` sorts them (KomitmenCore among the plugins), after a blank
    /// line, so formatting the package leaves the generated file as it is.
    @Test func registrySourceImportsAndListsEachKind() {
        #expect(
            RegistrySource.text(["Police", "VillageGov"]) == """
                // Generated from the folders in Plugins/ by komitmen-generate, which `swift package new-stakeholder` runs.
                // Do not edit by hand: GeneratedFilesTests fails when this file does not match Plugins/.

                import KomitmenCore
                import PoliceStakeholder
                import VillageGovStakeholder

                /// Every compiled-in stakeholder plugin.
                public let compiledInPlugins = PluginRegistry([
                    policeStakeholder,
                    villageGovStakeholder,
                ])

                """)
        #expect(
            RegistrySource.text(["Alpha", "Zulu"]).contains(
                "import AlphaStakeholder\nimport KomitmenCore\nimport ZuluStakeholder\n"))
    }
}
