/// Where every line of a file starts and ends, found in one pass over its bytes.
///
/// Line breaks are the ones libyaml 0.2.5 counts when it numbers lines (its `IS_BREAK`): LF, CR,
/// CR LF (one break), NEL (U+0085), LS (U+2028) and PS (U+2029). Counting the same way is what
/// keeps a printed line and its caret under the position libyaml reported, in files written on
/// old Macs (CR only) or on Windows (CR LF) as much as in ordinary ones.
public struct LineIndex: Sendable {
    /// The byte offset where each line's text starts; `starts[0] == 0`.
    private var starts: [Int] = [0]
    /// The byte offset where each line's text ends, before its line break.
    private var ends: [Int] = []
    /// Bytes of a UTF-8 byte order mark at the start (libyaml skips it without counting a column).
    public let bomLength: Int

    public init(_ bytes: [UInt8]) {
        let count = bytes.count
        bomLength = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            // Fast path: only these three bytes can begin a line break.
            guard byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 else {
                index += 1
                continue
            }
            let width = Self.breakWidth(bytes, at: index)
            guard width > 0 else {
                index += 1
                continue
            }
            ends.append(index)
            index += width
            starts.append(index)
        }
        ends.append(count)
    }

    /// The length in bytes of the line break at `index`, or 0 when there is none.
    static func breakWidth(_ bytes: [UInt8], at index: Int) -> Int {
        let count = bytes.count
        switch bytes[index] {
        case 0x0A:
            return 1
        case 0x0D:
            return index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2:
            return index + 1 < count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < count, bytes[index + 1] == 0x80 else { return 0 }
            return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
        default:
            return 0
        }
    }

    /// How many lines the file has (a file ending in a line break has an empty last line).
    public var lineCount: Int { starts.count }

    /// The byte range of a 1-based line's text, without its line break (nor a leading byte order
    /// mark); nil past the end.
    public func range(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = number == 1 ? bomLength : starts[number - 1]
        return start..<max(start, ends[number - 1])
    }

    /// The 1-based line holding a byte offset (a line break belongs to the line it ends).
    public func line(atByteOffset offset: Int) -> Int {
        // The last line whose start is at or before the offset: a binary search.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}

extension SourceText {
    /// The line index of this text (one pass; build it once per file when looking up many lines).
    public func lineIndex() -> LineIndex {
        LineIndex(bytes)
    }

    /// The text of a 1-based line from an index built over this text.
    public func line(_ number: Int, in index: LineIndex) -> String? {
        guard let range = index.range(ofLine: number), range.upperBound <= bytes.count else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }
}

/// Looks up source lines for diagnostics printed in file order: one line index per file, built
/// the first time a line of that file is needed and kept until the next file is asked for.
///
/// Not thread-safe: one printer uses it from one thread.
public final class SourceLineLookup {
    private let sources: [String: SourceText]
    private var current: (file: String, source: SourceText, index: LineIndex)?

    public init(sources: [String: SourceText]) {
        self.sources = sources
    }

    public func line(file: String, number: Int) -> String? {
        if let current, current.file == file { return current.source.line(number, in: current.index) }
        guard let source = sources[file] else { return nil }
        let index = source.lineIndex()
        current = (file, source, index)
        return source.line(number, in: index)
    }
}
