import KomitmenYAML
import Testing

@testable import KomitmenCore

/// `FieldReader(reading:)`, the reader the report and section paths use instead of the failable
/// initializer: the same diagnostics and fields, with `isMapping` in place of nil.
@Suite struct FieldReaderReadingTests {
    private func root(_ text: String) throws -> Node {
        try #require(try YAMLDocument.parse(SourceText(path: "r.yaml", text: text)).root)
    }

    @Test func aMappingIsReadAsByTheFailableReader() throws {
        let node = try root("a: 1\nb: \nzz: 3\n")
        var reading: [Diagnostic] = []
        let reader = FieldReader(reading: node, known: ["a", "b", "c"], diagnostics: &reading)
        var failable: [Diagnostic] = []
        let other = try #require(FieldReader(node, known: ["a", "b", "c"], diagnostics: &failable))
        #expect(reader.isMapping)
        #expect(other.isMapping)
        #expect(reading.map(\.code) == failable.map(\.code))
        #expect(reading.map(\.code) == [.unknownField])
        #expect(reader.optional("a")?.scalar?.value == "1")
        #expect(reader.optional("b") == nil)
        #expect(reader.required("c", &reading) == nil)
        #expect(reading.last?.code == .missingField)
    }

    @Test(arguments: ["- a\n- b\n", "just text\n", "''\n"])
    func aNonMappingIsReportedOnceAndHasNoFields(text: String) throws {
        let node = try root(text)
        var diagnostics: [Diagnostic] = []
        let reader = FieldReader(reading: node, known: ["a"], diagnostics: &diagnostics)
        #expect(!reader.isMapping)
        #expect(diagnostics.map(\.code) == [.wrongType])
        #expect(reader.optional("a") == nil)
        var failable: [Diagnostic] = []
        #expect(FieldReader(node, known: ["a"], diagnostics: &failable) == nil)
        #expect(failable.map(\.code) == [.wrongType])
    }
}
