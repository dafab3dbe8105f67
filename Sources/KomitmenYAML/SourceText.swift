/// The bytes of one input file, with what is needed to turn positions into lines and columns.
public struct SourceText: Sendable {
    /// The file name used in diagnostics.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The first invalid UTF-8 sequence, as a line and column, or nil when the text is valid.
    ///
    /// libyaml only reports a byte offset for encoding errors; a clerk needs a line and column.
    public func firstInvalidUTF8() -> Mark? {
        // Every file is checked, and almost all are valid: find the first bad byte without
        // counting lines (eight ASCII bytes at a time), then count lines up to it only if there is one.
        let count = bytes.count
        let bad: Int? = bytes.withUnsafeBytes { raw -> Int? in
            var index = 0
            while index < count {
                if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                if raw[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = Self.sequenceLength(bytes, at: index)
                if length == 0 { return index }
                index += length
            }
            return nil
        }
        return bad.map { mark(atByteOffset: $0) }
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 when it is ill-formed.
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
            if byte < low || byte > high { return 0 }
        }
        return length
    }

    /// Whether the text starts with a UTF-16 byte order mark (libyaml decodes such files itself).
    public var isUTF16: Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE))
    }

    /// The text of a 1-based line, without its line break; nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = 0
        var index = 0
        let count = bytes.count
        while current < number {
            guard index < count else { return nil }
            if bytes[index] == 0x0A { current += 1; start = index + 1 }
            index += 1
        }
        guard start <= count else { return nil }
        var end = start
        while end < count && bytes[end] != 0x0A { end += 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        if start == count && number > 1 && (count == 0 || bytes[count - 1] == 0x0A) { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

extension SourceText {
    /// The line and column of a byte offset, counting columns in characters.
    public func mark(atByteOffset offset: Int) -> Mark {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return Mark(line: line, column: column)
    }
}
