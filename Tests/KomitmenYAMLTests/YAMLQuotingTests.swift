import Testing

@testable import KomitmenYAML

/// `YAMLQuoting.doubleQuoted`, the project's one way of writing text into YAML (reviews, reports
/// built from the form, report templates): every flagged character escaped, and libyaml reads the
/// scalar back as exactly the text.
@Suite struct YAMLQuotingTests {
    static let texts: [String] = [
        "plain words", "a \"quote\" and a \\ backslash", "line\nbreak\r\ncrlf\ttab",
        "ESC \u{1B}[2J and DEL \u{7F} and C1 \u{85}", "bidi \u{202E}evil\u{202C} \u{2066}isolate\u{2069} \u{061C}",
        "separators \u{2028} \u{2029}",
        "BOM \u{FEFF} nonchars " + [0xFDD0, 0xFFFE, 0x1_FFFE, 0x10_FFFF].map { String(Unicode.Scalar($0)!) }.joined(),
        "emoji 🇮🇩 and ā", "key: value\n- item\n# comment", "",
    ]

    @Test(arguments: texts)
    func readsBackAsTheTextAndCarriesNoFlaggedCharacterRaw(text: String) throws {
        let quoted = YAMLQuoting.doubleQuoted(text)
        for scalar in quoted.unicodeScalars {
            #expect(!YAMLQuoting.mustEscape(scalar), "U+\(String(scalar.value, radix: 16)) written raw in \(quoted)")
            #expect(scalar != "\n" && scalar != "\r")
        }
        let document = try YAMLDocument.parse(SourceText(path: "q.yaml", bytes: Array("k: \(quoted)\n".utf8)))
        #expect(document.root?["k"]?.scalar?.value == text)
    }

    @Test func escapesAreTheShortestYAMLHas() {
        #expect(YAMLQuoting.doubleQuoted("\u{202E}") == "\"\\u202E\"")
        #expect(YAMLQuoting.doubleQuoted("\u{1B}") == "\"\\u001B\"")
        #expect(YAMLQuoting.doubleQuoted(String(Unicode.Scalar(0x1_FFFE)!)) == "\"\\U0001FFFE\"")
        #expect(YAMLQuoting.doubleQuoted("\r\n\t") == "\"\\r\\n\\t\"")
    }
}
