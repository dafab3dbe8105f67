/// The characters a text field may not hold: control characters (which a terminal obeys instead
/// of showing), bidirectional controls (which make text display in an order other than the one
/// it is read in) and, outside multi-line fields, line breaks.
public enum TextSafety {
    public enum Kind: Sendable, Hashable {
        /// C0 (tab included), DEL or C1.
        case control
        /// U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069.
        case bidi
        /// LF, CR, U+2028, U+2029.
        case lineBreak
    }

    /// The first character a field may not hold, and how many characters (Unicode scalars) precede it.
    public struct Finding: Sendable, Hashable {
        public var scalar: Unicode.Scalar
        public var offset: Int
        public var kind: Kind
    }

    /// Whether a UTF-8 byte may start one of the characters above: every flagged character is
    /// ASCII below 0x20 or 0x7F, or starts with 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (U+20xx). Text is
    /// read by the thousand, and almost all of it is checked with this one comparison per byte.
    @inline(__always)
    static func mayFlag(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }

    /// Whether any byte of the text `mayFlag`; in a multi-line text, line feeds, carriage returns
    /// and tabs are allowed and do not count. A loop over the bytes in place, not
    /// `utf8.contains(where:)`: every text field of every file comes through here
    /// (docs/benchmarks.md, "Hot paths").
    static func mayFlag(_ text: String, multiline: Bool) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
            for index in start..<end where mayFlag(bytes[index]) {
                let byte = bytes[index]
                if multiline && (byte == 0x0A || byte == 0x0D || byte == 0x09) { continue }
                return true
            }
            return false
        }
        // Eight bytes at a time: a word of printable ASCII (no byte below 0x20, none 0x7F, none
        // from 0x80) has nothing to flag, and most text is all such words. Any other word is
        // looked at byte by byte, so the word test only has to be sure when it says "nothing".
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // Not zero exactly when some byte is below 0x20 (and below 0x80: the high bit
                // is tested on its own).
                let below20 = (word &- ones &* 0x20) & ~word & highs
                let xor7F = word ^ (ones &* 0x7F)
                let is7F = (xor7F &- ones) & ~xor7F & highs
                if (below20 | is7F | (word & highs)) != 0 && scan(bytes, from: index, to: index + 8) { return true }
                index += 8
            }
            return scan(bytes, from: index, to: bytes.count)
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = text
        return copy.withUTF8(scan)
    }

    public static func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: .lineBreak
        case 0x00...0x1F, 0x7F...0x9F: .control
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: .bidi
        default: nil
        }
    }

    /// Whether the text holds any character `kind(of:)` flags.
    public static func isClean(_ text: String) -> Bool {
        guard mayFlag(text, multiline: false) else { return true }
        return !text.unicodeScalars.contains { kind(of: $0) != nil }
    }

    /// The first character a field may not hold; `multiline` fields (narrative) may hold line
    /// breaks and tabs.
    public static func firstProblem(in text: String, multiline: Bool = false) -> Finding? {
        guard mayFlag(text, multiline: multiline) else { return nil }
        var offset = 0
        for scalar in text.unicodeScalars {
            if let kind = kind(of: scalar), !(multiline && (kind == .lineBreak || scalar == "\t")) {
                return Finding(scalar: scalar, offset: offset, kind: kind)
            }
            offset += 1
        }
        return nil
    }

    /// `U+001B ESC`: the code point and its short name, for messages.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let hex = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return "U+\(hex)" + (shortName(scalar).map { " " + $0 } ?? "")
    }

    private static let c0 = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ]
    private static let c1 = [
        "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
        "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM", "APC",
    ]

    private static func shortName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00...0x1F: c0[Int(scalar.value)]
        case 0x7F: "DEL"
        case 0x80...0x9F: c1[Int(scalar.value - 0x80)]
        case 0x061C: "ALM"
        case 0x200E: "LRM"
        case 0x200F: "RLM"
        case 0x2028: "LS"
        case 0x2029: "PS"
        case 0x202A: "LRE"
        case 0x202B: "RLE"
        case 0x202C: "PDF"
        case 0x202D: "LRO"
        case 0x202E: "RLO"
        case 0x2066: "LRI"
        case 0x2067: "RLI"
        case 0x2068: "FSI"
        case 0x2069: "PDI"
        default: nil
        }
    }
}
