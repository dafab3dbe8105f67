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
                if index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
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
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
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
    ///
    /// One pass over the text: to look up many lines of one file, build `lineIndex()` once and
    /// use `line(_:in:)` (or `SourceLineLookup`), so locating every error stays one pass.
    public func line(_ number: Int) -> String? {
        line(number, in: lineIndex())
    }
}

extension SourceText {
    /// The line and column of a byte offset, counting columns in Unicode scalars as libyaml does
    /// (a leading byte order mark is not a column), with libyaml's line breaks (see `LineIndex`).
    public func mark(atByteOffset offset: Int) -> Mark {
        mark(atByteOffset: offset, in: lineIndex())
    }

    /// The same, with an index built over this text: a binary search, then one line counted.
    public func mark(atByteOffset offset: Int, in index: LineIndex) -> Mark {
        let end = min(max(offset, 0), bytes.count)
        let line = index.line(atByteOffset: end)
        guard let range = index.range(ofLine: line) else { return Mark(line: line, column: 1) }
        var column = 1
        var position = range.lowerBound
        // An offset inside the line break (between CR and LF) stops at the break.
        let stop = min(end, range.upperBound)
        while position < stop {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return Mark(line: line, column: column)
    }

    /// The byte offset of a mark: `mark(atByteOffset:)` backwards. Nil when the line is past the
    /// end or the column past the line's end (a column just past the last scalar is the line's
    /// end, where an empty value may stand).
    public func byteOffset(of mark: Mark, in index: LineIndex) -> Int? {
        guard let range = index.range(ofLine: mark.line), mark.column >= 1 else { return nil }
        var column = 1
        var position = range.lowerBound
        while column < mark.column {
            guard position < range.upperBound else { return nil }
            position += 1
            while position < range.upperBound && bytes[position] & 0xC0 == 0x80 { position += 1 }
            column += 1
        }
        return position
    }
}
