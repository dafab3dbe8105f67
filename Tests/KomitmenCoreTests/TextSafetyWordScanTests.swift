import KomitmenText
import Testing

/// `TextSafety`'s byte scan reads eight bytes at a time: a flagged character is found wherever it
/// falls in or across those words, in single-line and multi-line text, and nothing else is.
@Suite struct TextSafetyWordScanTests {
    /// What the scalar walk says, without the byte scan in front of it.
    static func reference(_ text: String, multiline: Bool) -> Bool {
        text.unicodeScalars.contains { scalar in
            guard let kind = TextSafety.kind(of: scalar) else { return false }
            return !(multiline && (kind == .lineBreak || scalar == "\t"))
        }
    }

    static let inserted: [String] = [
        "\u{0}", "\u{1}", "\t", "\n", "\r", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{61C}", "\u{200E}",
        "\u{202E}", "\u{2028}", "\u{2066}", " ", "~", "é", "\u{A0}", "\u{2014}", "日", "😀",
    ]

    @Test(arguments: inserted)
    func foundAtEveryPosition(_ piece: String) {
        let base = "abcdefghijklmnopqrstuvwxyz0123456789"
        for position in 0...base.count {
            let text = String(base.prefix(position)) + piece + String(base.dropFirst(position))
            for multiline in [false, true] {
                let found = TextSafety.firstProblem(in: text, multiline: multiline) != nil
                #expect(found == Self.reference(text, multiline: multiline), "\(position) \(multiline)")
            }
            #expect(TextSafety.isClean(text) == !Self.reference(text, multiline: false))
        }
    }

    @Test func everyASCIIByteInEveryLane() {
        for byte in UInt8(0)...UInt8(0x7F) {
            for lane in 0..<16 {
                var bytes = Array(repeating: UInt8(ascii: "x"), count: 20)
                bytes[lane] = byte
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(TextSafety.isClean(text) == !Self.reference(text, multiline: false), "\(byte) at \(lane)")
            }
        }
    }
}
