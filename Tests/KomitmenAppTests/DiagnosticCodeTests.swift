import Foundation
import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// The catalog of diagnostic codes: each unique and kebab-case, every code a plugin's examples
/// report is in it, and docs/diagnostics.md is generated from it.
@Suite struct DiagnosticCodeTests {
    static let catalog = DiagnosticCatalog(registry: compiledInPlugins)

    @Test func everyCodeIsUniqueAndKebabCase() {
        #expect(Self.catalog.duplicates.isEmpty, "declared twice: \(Self.catalog.duplicates)")
        let malformed = Self.catalog.entries.map(\.code).filter { !$0.isKebabCase }
        #expect(malformed.isEmpty, "not kebab-case: \(malformed)")
        #expect(Self.catalog.entries.count >= 60)
    }

    @Test(arguments: [
        "unknown-field", "thousands-separator", "symlink", "yaml-syntax", "duplicate-key",
        "file-too-large", "control-character", "future-submitted", "assistance-ref-identity",
    ])
    func theCatalogHolds(_ code: String) {
        #expect(Self.catalog.entries.contains { $0.code.code == code })
    }

    @Test func kebabCaseIsChecked() {
        for bad in ["", "Unknown-field", "unknown_field", "unknown--field", "-unknown", "unknown-", "1st-code"] {
            #expect(!DiagnosticCode(bad, .error, Phrase(verbatim: "")).isKebabCase, "\(bad)")
        }
        #expect(DiagnosticCode("invalid-utf8", .error, Phrase(verbatim: "")).isKebabCase)
    }

    /// A plugin that reports a code it does not list would leave it out of the docs.
    @Test(arguments: compiledInPlugins.plugins.map(\.kind))
    func everyCodeAPluginsExamplesReportIsInTheCatalog(_ kind: String) throws {
        let plugin = try #require(compiledInPlugins.plugin(kind))
        for example in plugin.examples {
            for diagnostic in plugin.run(example).diagnostics {
                #expect(Self.catalog.contains(diagnostic.code), "\(kind): '\(diagnostic.code)' is in no catalog")
            }
        }
    }

    @Test func diagnosticsDocIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let current = try String(contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        #expect(
            current == Self.catalog.markdown(),
            "docs/diagnostics.md is stale: run `swift run komitmen diagnostics --format markdown > docs/diagnostics.md`"
        )
    }

    @Test func theDocStatesThePositionConventions() {
        let markdown = Self.catalog.markdown()
        for words in ["1-based", "Unicode scalars", "terminal width", "`1:1`"] {
            #expect(markdown.contains(words), "\(words)")
        }
    }
}
