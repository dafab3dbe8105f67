import Testing

@testable import KomitmenYAML

/// The keys of all open mappings share one array (each mapping owns the part from where it
/// opened): a nested mapping's keys must neither hide nor be taken for its parent's.
@Suite struct ComposerKeyStackTests {
    static func duplicateLines(_ text: String) throws -> [Int] {
        let (_, problems) = try Composer(source: SourceText(path: "t.yaml", text: text)).composeCollecting()
        return problems.filter { $0.code == .duplicateKey }.map(\.mark.line)
    }

    @Test func nestedKeysAreTheirOwn() throws {
        // `a` inside `b` is not a second `a` of the outer mapping, and the outer `a` after `b`
        // closes is a duplicate of the first (line 1).
        let text = "a: 1\nb:\n  a: 2\n  c: 3\nc: 4\na: 5\n"
        #expect(try Self.duplicateLines(text) == [6])
    }

    @Test func duplicatesInsideANestedMapping() throws {
        let text = "a: 1\nb:\n  x: 1\n  list:\n    - y: 1\n      y: 2\n  x: 3\nb: 2\n"
        #expect(try Self.duplicateLines(text) == [6, 7, 8])
    }

    @Test func largeMappingsSwitchToAnIndex() throws {
        // More than 16 keys: the keys move to the mapping's index, and a nested mapping opened
        // before and after the switch still finds its own duplicates.
        var text = "inner:\n  k: 1\n  k: 2\n"
        for index in 0..<20 { text += "key\(index): \(index)\n" }
        text += "after:\n  k: 1\n  k: 2\nkey3: again\nkey19: again\ninner: again\n"
        #expect(try Self.duplicateLines(text) == [3, 26, 27, 28, 29])
    }
}
