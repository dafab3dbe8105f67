import Testing

@testable import KomitmenYAML

/// Parses a text and returns the error it must raise.
func yamlError(_ text: String, limits: YAMLLimits = .standard) -> YAMLError? {
    do {
        _ = try YAMLDocument.parse(SourceText(path: "t.yaml", text: text), limits: limits)
        return nil
    } catch {
        return error
    }
}

func yamlError(bytes: [UInt8], limits: YAMLLimits = .standard) -> YAMLError? {
    do {
        _ = try YAMLDocument.parse(SourceText(path: "t.yaml", bytes: bytes), limits: limits)
        return nil
    } catch {
        return error
    }
}

func root(_ text: String) throws -> Node {
    try #require(try YAMLDocument.parse(SourceText(path: "t.yaml", text: text)).root)
}

@Suite struct ComposerTests {
    @Test func nodesKnowTheirFileLineAndColumn() throws {
        let node = try root("id: polda-ntt\npledges:\n  - id: prosecute\n    goal: protection\n")
        #expect(node.mark == Mark(line: 1, column: 1))
        let pledge = try #require(node["pledges"]?.sequence?.first)
        #expect(pledge.mark == Mark(line: 3, column: 5))
        #expect(pledge["goal"]?.mark == Mark(line: 4, column: 11))
        #expect(pledge["goal"]?.file == "t.yaml")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // "é" and "—" are 2 and 3 bytes in UTF-8: the value is the 6th character but the 9th byte.
        let node = try root("é—é: x\n")
        #expect(node["é—é"]?.mark == Mark(line: 1, column: 6))
        let error = try #require(yamlError("é—é: x: y\n"))
        #expect(error.mark == Mark(line: 1, column: 7))
    }

    @Test func scalarStylesAndTagsAreKept() throws {
        let node = try root("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: >\n  fold\nf: !!str 12\n")
        #expect(node["a"]?.scalar?.style == .plain)
        #expect(node["b"]?.scalar?.style == .singleQuoted)
        #expect(node["c"]?.scalar?.style == .doubleQuoted)
        #expect(node["d"]?.scalar == Node.Scalar(value: "lit\n", style: .literal))
        #expect(node["e"]?.scalar == Node.Scalar(value: "fold\n", style: .folded))
        #expect(node["f"]?.tag == "tag:yaml.org,2002:str")
    }

    @Test func duplicateKeyIsReportedAtTheSecondOccurrenceNamingTheFirst() throws {
        let error = try #require(yamlError("id: a\nname: x\nvalues:\n  cases: 1\n  cases: 2\nname: y\n"))
        #expect(error.mark == Mark(line: 5, column: 3))
        #expect(error.message.en == "duplicate key 'cases' (first given on line 4)")
        #expect(error.message.id == "kunci 'cases' ganda (pertama kali ditulis di baris 4)")
    }

    @Test func quotedAndPlainSpellingsOfOneKeyAreDuplicates() throws {
        let error = try #require(yamlError("id: a\n\"id\": b\n"))
        #expect(error.mark == Mark(line: 2, column: 1))
        #expect(error.message.en == "duplicate key 'id' (first given on line 1)")
        // A number and the same digits in quotes are different keys in YAML 1.2.
        #expect(yamlError("1: a\n\"1\": b\n") == nil)
    }

    @Test func duplicateKeysAreCollectedUpToABound() throws {
        let text = (1...10_000).map { _ in "a: b" }.joined(separator: "\n") + "\n"
        do {
            _ = try YAMLDocument.parseCollecting(SourceText(path: "t.yaml", text: text))
            Issue.record("10,000 duplicate keys must stop reading")
        } catch {
            // Line 1 is the first 'a'; lines 2-101 are the 100 collected duplicates; line 102 stops it.
            #expect(error.mark == Mark(line: 102, column: 1))
            #expect(error.message.en == "too many duplicate keys (more than 100); reading stopped here")
        }
        let few = try YAMLDocument.parseCollecting(SourceText(path: "t.yaml", text: "a: 1\nb: 2\na: 3\nb: 4\nc: 5\n"))
        #expect(few.problems.map(\.mark.line) == [3, 4])
        #expect(few.root?.mapping?.map { $0.key.scalar?.value } == ["a", "b", "c"])
        #expect(few.root?["a"]?.scalar?.value == "1")
    }

    @Test func anchorsAndAliasesWork() throws {
        let node = try root("base: &b {x: 1, y: [2, 3]}\ncopy: *b\n")
        #expect(node["copy"]?["y"]?.sequence?.count == 2)
    }

    @Test func unknownAliasIsAnError() throws {
        let error = try #require(yamlError("a: 1\nb: *nowhere\n"))
        #expect(error.mark == Mark(line: 2, column: 4))
        #expect(error.message.en == "unknown alias '*nowhere': no anchor '&nowhere' before it")
    }

    @Test func billionLaughsIsRejectedByTheAliasBudget() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        // The byte budget stops it first (line 4: AliasByteBudgetTests); without it, the node budget does.
        let bytes = try #require(yamlError(text))
        #expect(bytes.mark.line == 4 && bytes.message.en.hasPrefix("aliases expand to too much text"))
        let limits = YAMLLimits(maxAliasBytes: .max, aliasBytesPerTextByte: .max)
        let error = try #require(yamlError(text, limits: limits))
        #expect(error.message.en == "aliases expand to too many values (more than 100000)")
        // Sizes: a0 = 11 nodes, a1 = 1 + 10 * 11 = 111, a2 = 1111, a3 = 11111. Aliases on lines 2-4
        // expand 110 + 1110 + 11110 = 12330 nodes; on line 5 the 8th *a3 reaches 12330 + 8 * 11111
        // = 101218 > 100000, at column 10 + 7 * 5 = 45.
        #expect(error.mark == Mark(line: 5, column: 45))
    }

    @Test func nestingDeeperThanTheBoundIsAnError() throws {
        let error = try #require(yamlError(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)))
        #expect(error.mark == Mark(line: 1, column: 257))
        #expect(error.message.en == "nesting is too deep (more than 256 levels)")
        let blockError = try #require(
            yamlError((0..<300).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n")))
        #expect(blockError.mark == Mark(line: 257, column: 513))
    }

    @Test func aHundredThousandLevelsStopEarly() throws {
        // libyaml alone needs over 20 s for this; the bound stops it after 257 levels. Three
        // seconds (a tenth of the end-to-end tests' time-out) is generous on a loaded machine;
        // without the bound this fails after libyaml's 20 s rather than passing slowly.
        let clock = ContinuousClock()
        let started = clock.now
        let error = try #require(yamlError(String(repeating: "[", count: 100_000)))
        #expect(error.message.en == "nesting is too deep (more than 256 levels)")
        let elapsed = clock.now - started
        #expect(elapsed < .seconds(3), "stopping 100,000 levels took \(elapsed)")
    }

    @Test func fileOverTheSizeBoundIsRefusedBeforeParsing() throws {
        let limits = YAMLLimits(maxFileBytes: 1000)
        let error = try #require(yamlError(String(repeating: "a: [", count: 300), limits: limits))
        #expect(error.mark == Mark(line: 1, column: 1))
        #expect(error.message.en == "file is too large (1200 bytes; at most 1000 are read)")
        let big = [UInt8](repeating: UInt8(ascii: "#"), count: (16 << 20) + 1)
        #expect(yamlError(bytes: big)?.message.en == "file is too large (16777217 bytes; at most 16777216 are read)")
    }

    @Test func invalidUTF8HasALineAndColumn() throws {
        let bytes = Array("id: a\nname: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = try #require(yamlError(bytes: bytes))
        #expect(error.mark == Mark(line: 2, column: 10))
        #expect(error.message.en == "invalid UTF-8 byte sequence")
        // An overlong encoding and a lone continuation byte are invalid too.
        #expect(yamlError(bytes: Array("a: ".utf8) + [0xC0, 0xAF])?.mark == Mark(line: 1, column: 4))
        #expect(yamlError(bytes: [0x80])?.mark == Mark(line: 1, column: 1))
    }

    @Test func syntaxErrorsCarryLibyamlPositionAndPlainWords() throws {
        let error = try #require(yamlError("id: a\nname: x\n  bad: y\n"))
        #expect(error.mark == Mark(line: 3, column: 6))
        #expect(error.message.en == "YAML syntax error: mapping values are not allowed in this context")
        #expect(error.message.id == "kesalahan penulisan YAML: nilai pemetaan (':') tidak boleh di sini")
        let tab = try #require(yamlError("a:\n\tb: 1\n"))
        #expect(tab.mark == Mark(line: 2, column: 1))
        #expect(tab.hint?.en == "indent with spaces, not tabs")
    }

    @Test func aSecondDocumentIsAnErrorInAFile() throws {
        let error = try #require(yamlError("a: 1\n---\nb: 2\n"))
        #expect(error.mark == Mark(line: 2, column: 1))
        #expect(error.message.en == "a second document in one file; a file holds one document")
    }

    @Test func emptyFileHasNoRoot() throws {
        #expect(try YAMLDocument.parse(SourceText(path: "t.yaml", text: "# only a comment\n")).root == nil)
    }
}
