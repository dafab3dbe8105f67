import Testing

@testable import KomitmenYAML

/// The line index must number lines and columns exactly as libyaml 0.2.5 does, whatever the line
/// breaks: the position of a parsed node (libyaml's mark) and the line we print must agree.
@Suite struct SourceTextTests {
    /// Every line break libyaml counts (its `IS_BREAK`), and a mix of them.
    static let breaks: [(name: String, first: String, second: String)] = [
        ("LF", "\n", "\n"),
        ("CR LF", "\r\n", "\r\n"),
        ("CR", "\r", "\r"),
        ("NEL", "\u{85}", "\u{85}"),
        ("LS", "\u{2028}", "\u{2028}"),
        ("PS", "\u{2029}", "\u{2029}"),
        ("CR then LF", "\r", "\n"),
        ("CR LF then CR", "\r\n", "\r"),
        ("LF then NEL", "\n", "\u{85}"),
    ]

    @Test(arguments: breaks)
    func nodeMarksAndPrintedLinesAgree(_ row: (name: String, first: String, second: String)) throws {
        let text = "a: 1" + row.first + "bé: 2" + row.second + "c: [x, y]"
        let source = SourceText(path: "t.yaml", text: text)
        let node = try #require(try YAMLDocument.parse(source).root)
        let c = try #require(node["c"])
        #expect(c.mark == Mark(line: 3, column: 4), "\(row.name)")
        #expect(node["bé"]?.mark == Mark(line: 2, column: 5), "\(row.name)")
        #expect(source.line(1) == "a: 1", "\(row.name)")
        #expect(source.line(2) == "bé: 2", "\(row.name)")
        #expect(source.line(3) == "c: [x, y]", "\(row.name)")
        #expect(source.line(4) == nil, "\(row.name)")
        let index = source.lineIndex()
        #expect(index.lineCount == 3)
    }

    @Test(arguments: breaks)
    func syntaxErrorsAndEncodingErrorsAreOnTheirLine(_ row: (name: String, first: String, second: String)) throws {
        // libyaml's own mark (a syntax error) on line 3.
        let syntax = SourceText(path: "t.yaml", text: "a: 1" + row.first + "b: 2" + row.second + "c: d: e")
        let error = try #require(yamlError(syntax.bytes))
        #expect(error.mark == Mark(line: 3, column: 5), "\(row.name): \(error.mark)")
        #expect(syntax.line(error.mark.line) == "c: d: e")
        // An encoding error: libyaml gives a byte offset, the index turns it into line 3, column 5.
        let bytes = Array(("a: 1" + row.first + "b: 2" + row.second + "c: é").utf8) + [0xC3, 0x28]
        let encoding = try #require(yamlError(bytes))
        #expect(encoding.mark == Mark(line: 3, column: 5), "\(row.name): \(encoding.mark)")
    }

    @Test func aByteOrderMarkIsNotAColumnNorPartOfTheLine() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: é".utf8) + [0xC3, 0x28]
        let error = try #require(yamlError(bytes))
        #expect(error.mark == Mark(line: 1, column: 5))
        #expect(SourceText(path: "t.yaml", bytes: bytes).line(1)?.hasPrefix("a: é") == true)
        let node = try #require(
            try YAMLDocument.parse(SourceText(path: "t.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\rb: 2".utf8)))
                .root)
        #expect(node["b"]?.mark == Mark(line: 2, column: 4))
    }

    @Test func edgesOfTheIndex() {
        #expect(SourceText(path: "x", text: "").line(1) == "")
        #expect(SourceText(path: "x", text: "").line(2) == nil)
        #expect(SourceText(path: "x", text: "a\r").line(2) == "")
        #expect(SourceText(path: "x", text: "a\r\n").line(3) == nil)
        #expect(SourceText(path: "x", text: "a\u{A0}b\u{2027}c").line(1) == "a\u{A0}b\u{2027}c")
        // A lone lead byte at the very end is not a break, and not a crash.
        #expect(SourceText(path: "x", bytes: [0x61, 0xC2]).lineIndex().lineCount == 1)
        #expect(SourceText(path: "x", bytes: [0x61, 0xE2, 0x80]).lineIndex().lineCount == 1)
        #expect(SourceText(path: "x", text: "ab\r\ncd").mark(atByteOffset: 3) == Mark(line: 1, column: 3))
        #expect(SourceText(path: "x", text: "ab\r\ncd").mark(atByteOffset: 5) == Mark(line: 2, column: 2))
        #expect(SourceText(path: "x", text: "ab").mark(atByteOffset: 99) == Mark(line: 1, column: 3))
    }

    /// Looking up many lines of one file costs one pass over it, not one pass per line.
    @Test func manyLookupsOfOneFileStayLinear() {
        let text = String(repeating: "key: value\n", count: 200_000)
        let lookup = SourceLineLookup(sources: ["t.yaml": SourceText(path: "t.yaml", text: text)])
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for line in stride(from: 1, through: 200_000, by: 2) { _ = lookup.line(file: "t.yaml", number: line) }
        }
        #expect(lookup.line(file: "t.yaml", number: 200_000) == "key: value")
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }

    func yamlError(_ bytes: [UInt8]) -> YAMLError? {
        do {
            _ = try YAMLDocument.parse(SourceText(path: "t.yaml", bytes: bytes))
            return nil
        } catch {
            return error
        }
    }
}
