import Testing

@testable import KomitmenYAML

/// `CoreSchema.wholeNumber` and `isNull` read the bytes in one pass; these hold them to what the
/// slower forms they replaced said (digits checked, then `Int(text)`; a `switch` on the words).
@Suite struct CoreSchemaNumberScanTests {
    /// The replaced reading of whole numbers, kept here as the reference.
    static func reference(_ text: String) -> Int? {
        var digits = Substring(text).utf8
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        guard let first = digits.first, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if first == UInt8(ascii: "0") && digits.count > 1 { return nil }
        return Int(text.utf8.first == UInt8(ascii: "+") ? String(text.dropFirst()) : text)
    }

    static let samples = [
        "", "0", "7", "-0", "+0", "00", "-00", "+007", "0755", "12", "-12", "+12", "1_000", "1.5", "1e3", "0x1F",
        "-", "+", "+-1", "-+1", "--1", "1-", " 1", "1 ", "١٢", "12a", "a12",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "+9223372036854775807", "+9223372036854775808", "99999999999999999999", "-99999999999999999999",
        "000000000000000000000001", "1000000000000000000", "10000000000000000000",
    ]

    @Test(arguments: samples)
    func wholeNumberAgreesWithTheReference(_ text: String) {
        #expect(CoreSchema.wholeNumber(text) == Self.reference(text))
    }

    @Test func extremes() {
        #expect(CoreSchema.wholeNumber("-9223372036854775808") == Int.min)
        #expect(CoreSchema.wholeNumber("9223372036854775807") == Int.max)
        #expect(CoreSchema.wholeNumber("9223372036854775808") == nil)
        #expect(CoreSchema.wholeNumber("+42") == 42)
        #expect(CoreSchema.wholeNumber("-42") == -42)
    }

    @Test func nullWords() {
        for word in ["", "~", "null", "Null", "NULL"] { #expect(CoreSchema.isNull(word)) }
        for word in ["nul", "nulls", "NuLL", "~~", " ", "0", "none", "NULL ", "null\u{0}"] {
            #expect(!CoreSchema.isNull(word))
        }
    }
}
