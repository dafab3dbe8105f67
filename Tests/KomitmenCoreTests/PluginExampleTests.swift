import Foundation
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

/// Checks an example the way the suite does, recording each broken promise at the example's own
/// line in the plugin's source (SwiftLint's `verifyExamples`): every `↓` marks a diagnostic at
/// exactly its line and column, nothing is reported anywhere else, valid examples report nothing.
func verify(_ item: RegisteredExample) {
    let outcome = item.plugin.run(item.example)
    for problem in outcome.problems(for: item.example) {
        Issue.record(Comment(rawValue: "\(item.testDescription): \(problem)"), sourceLocation: item.location)
    }
}

/// Every registered plugin's examples, run through the real report checks: a new plugin is tested
/// by this suite without a test file of its own.
@Suite struct PluginExampleTests {
    @Test(arguments: registeredExamples)
    func example(_ item: RegisteredExample) {
        verify(item)
    }

    /// `#filePath` and `#line` are the example's own: the line they name starts that example in
    /// the plugin's examples file, so failures point there.
    @Test(arguments: registeredExamples)
    func exampleKnowsWhereItIsWritten(_ item: RegisteredExample) throws {
        let file = item.example.file
        #expect(
            file.hasSuffix("Examples.swift") && file.contains("/Plugins/"), "\(file)", sourceLocation: item.location)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(
            lines.indices.contains(item.example.line - 1) ? lines[item.example.line - 1] : nil,
            "line \(item.example.line) of \(file)", sourceLocation: item.location)
        let call = item.example.isValid ? ".valid(" : ".invalid("
        #expect(
            line.contains(call), "line \(item.example.line) of \(file) is '\(line)', not the example's \(call)",
            sourceLocation: item.location)
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
                #expect(
                    plugin.indicator(indicator) != nil,
                    "\(section.name) derives an indicator \(indicator) the plugin defines")
            }
        }
    }

    @Test func theMarkersAreFoundAndRemoved() {
        let outcome = compiledInPlugins.plugins[0].run(.invalid("values:\n  ↓nope: 1\n  ↓nada: ↓2\n", contains: "nope"))
        #expect(outcome.markers == [Mark(line: 5, column: 3), Mark(line: 6, column: 3), Mark(line: 6, column: 9)])
        #expect(outcome.source.line(5) == "  nope: 1")
        #expect(outcome.source.line(6) == "  nada: 2")
    }
}
