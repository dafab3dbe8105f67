import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// One example of one registered plugin: the argument of the parameterized test.
struct RegisteredExample: CustomTestStringConvertible, Sendable {
    var plugin: StakeholderPlugin
    var example: PluginExample
    var index: Int

    var testDescription: String {
        "\(plugin.kind) example \(index + 1) (\(example.isValid ? "valid" : "invalid"), line \(example.line))"
    }

    /// Failures point at the example in the plugin's source, not at this test.
    var location: SourceLocation {
        let name = example.file.split(separator: "/").last.map(String.init) ?? example.file
        return SourceLocation(fileID: "\(plugin.kind)/\(name)", filePath: example.file, line: example.line, column: 1)
    }
}

let registeredExamples: [RegisteredExample] = compiledInPlugins.plugins.flatMap { plugin in
    plugin.examples.enumerated().map { RegisteredExample(plugin: plugin, example: $1, index: $0) }
}

/// Every registered plugin's examples, run through the real report checks: a new plugin is tested
/// by this suite without a test file of its own.
@Suite struct PluginExampleTests {
    @Test(arguments: registeredExamples)
    func example(_ item: RegisteredExample) {
        let outcome = item.plugin.run(item.example)
        let shown = outcome.diagnostics.map { $0.headline() + ($0.hint.map { " (hint: \($0.en))" } ?? "") }.joined(separator: "\n")
        if item.example.isValid {
            #expect(outcome.diagnostics.isEmpty, "a valid example must pass, but:\n\(shown)", sourceLocation: item.location)
            #expect(outcome.marker == nil, "a valid example has no ↓ marker", sourceLocation: item.location)
            return
        }
        guard let marker = outcome.marker else {
            Issue.record("an invalid example must mark with ↓ where its diagnostic points", sourceLocation: item.location)
            return
        }
        let atMarker = outcome.diagnostics.filter { $0.mark == marker && $0.severity == .error }
        #expect(!atMarker.isEmpty, "no error at the ↓ marker \(marker); got:\n\(shown)", sourceLocation: item.location)
        let matching = atMarker.filter { diagnostic in
            let text = diagnostic.message.en + " " + (diagnostic.hint?.en ?? "")
            return item.example.messageContains.allSatisfy { text.contains($0) }
        }
        #expect(!atMarker.isEmpty && !matching.isEmpty,
                "no error at \(marker) contains \(item.example.messageContains); got:\n\(shown)", sourceLocation: item.location)
        // Each message exists in Indonesian as well as English.
        for diagnostic in atMarker {
            #expect(!diagnostic.message.id.isEmpty && diagnostic.message.id != diagnostic.message.en, sourceLocation: item.location)
        }
    }

    @Test(arguments: compiledInPlugins.plugins.map(\.kind))
    func everyPluginHasEnoughExamples(_ kind: String) throws {
        let plugin = try #require(compiledInPlugins.plugin(kind))
        #expect(plugin.examples.filter(\.isValid).count >= 3)
        #expect(plugin.examples.filter { !$0.isValid }.count >= 5)
    }

    @Test(arguments: compiledInPlugins.plugins.map(\.kind))
    func everyPluginIsDescribedInBothLanguages(_ kind: String) throws {
        let plugin = try #require(compiledInPlugins.plugin(kind))
        var phrases = [plugin.name, plugin.description]
        phrases += plugin.indicators.flatMap { [$0.label, $0.description] }
        phrases += plugin.sections.flatMap { [$0.description] + $0.fields.map(\.description) }
        for phrase in phrases {
            // One-word names may be the same in both languages ("Media"); sentences may not.
            let translated = phrase.en != phrase.id || !phrase.en.contains(" ")
            #expect(!phrase.en.isEmpty && !phrase.id.isEmpty && translated, "\(kind): \(phrase)")
        }
        #expect(Set(plugin.indicators.map(\.id)).count == plugin.indicators.count, "indicator ids are unique")
        for section in plugin.sections {
            for (indicator, _) in section.derivations {
                #expect(plugin.indicator(indicator) != nil, "\(section.name) derives an indicator \(indicator) the plugin defines")
            }
        }
    }

    @Test func theMarkerIsFoundAndRemoved() {
        let outcome = compiledInPlugins.plugins[0].run(.invalid("values:\n  ↓nope: 1\n", contains: "nope"))
        #expect(outcome.marker == Mark(line: 5, column: 3))
        #expect(outcome.source.line(5) == "  nope: 1")
    }
}
