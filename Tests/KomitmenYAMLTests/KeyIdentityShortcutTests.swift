import Testing

@testable import KomitmenYAML

/// The composer names a plain key starting with most letters as text without resolving it
/// (`CoreSchema.startsOnlyText`): the shortcut must agree with the core schema on every lead byte.
@Suite struct KeyIdentityShortcutTests {
    /// Words after each lead byte that could resolve to something other than text if the
    /// shortcut were wrong: null, boolean and number spellings, and plain words.
    static let tails = ["", "ull", "ULL", "rue", "RUE", "alse", "ALSE", "1", "0", "e3", "inf", "nan", "x", "es", "o"]

    @Test func shortcutAgreesWithTheCoreSchema() {
        for lead in UInt8(0x21)...UInt8(0x7E) {
            guard CoreSchema.startsOnlyText(lead) else { continue }
            for tail in Self.tails {
                let text = String(decoding: [lead], as: UTF8.self) + tail
                #expect(CoreSchema.resolve(text) == .string(text), "\(text)")
            }
        }
    }

    @Test func nullAndBooleanLeadsAreResolved() {
        for word in ["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "~", "1", ".5", "-2"] {
            let lead = word.utf8.first ?? 0
            #expect(!CoreSchema.startsOnlyText(lead), "\(word)")
        }
    }

    @Test func duplicateKeysAreStillFound() throws {
        // `a` and `"a"` are one key; `true` and `"true"` are not; `null` and `~` are.
        let cases: [(String, Bool)] = [
            ("a: 1\n\"a\": 2\n", true), ("true: 1\n\"true\": 2\n", false), ("null: 1\n~: 2\n", true),
            ("key: 1\nkey: 2\n", true), ("key: 1\nKey: 2\n", false),
        ]
        for (text, duplicate) in cases {
            let (_, problems) = try Composer(source: SourceText(path: "t.yaml", text: text)).composeCollecting()
            #expect(problems.contains { $0.code == .duplicateKey } == duplicate, "\(text)")
        }
    }
}
