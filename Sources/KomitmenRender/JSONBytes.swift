/// Pretty JSON written straight into bytes, laid out exactly as `JSONValue.serialized()` lays out
/// a document (two-space indent, `": "`, `[]` and `{}` when empty). For the summary, whose tens of
/// thousands of small objects cost more as `JSONValue` trees (a dictionary each, keys sorted each
/// time, then a `String`) than the bytes themselves. The caller writes members in key order.
struct JSONBytes {
    var bytes: [UInt8] = []
    /// The depth of the container being written.
    private var depth: Int
    /// Whether the container being written has a member or item yet, one flag per depth.
    private var started: [Bool]

    init(capacity: Int = 0) {
        depth = 0
        started = [false]
        bytes.reserveCapacity(capacity)
    }

    /// A writer of items of the array open in `writer`, to be written elsewhere (another thread)
    /// and added with `append(items:)`; `following`: other items come before these.
    init(itemsOf writer: JSONBytes, following: Bool, capacity: Int = 0) {
        depth = writer.depth
        started = Array(repeating: true, count: depth + 1)
        started[depth] = following
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}"), empty: "{}") }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]"), empty: "[]") }

    /// Starts a member of the open object: its value follows.
    mutating func key(_ key: StaticString) {
        nextEntry()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// A member whose key is data (breakdown values): quoted like any string.
    mutating func dataKey(_ key: String) {
        nextEntry()
        quote(key)
        bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Starts an item of the open array: its value follows.
    mutating func item() { nextEntry() }

    /// A writer of one item of an array at `depth` (the summary's `signatories` is at 2), kept
    /// and added later with `append(item:)`.
    init(itemAtDepth depth: Int, capacity: Int = 0) {
        self.depth = depth
        started = Array(repeating: true, count: depth + 1)
        started[depth] = false
        bytes.reserveCapacity(capacity)
    }

    /// An item written by a writer made with `init(itemAtDepth:)` at this one's depth: the comma
    /// before it when other items came first.
    mutating func append(item: [UInt8]) {
        if started[depth] { bytes.append(UInt8(ascii: ",")) }
        started[depth] = true
        bytes.append(contentsOf: item)
    }

    /// Items written by a writer made with `init(itemsOf:following:)` of this one.
    mutating func append(items other: JSONBytes) {
        bytes.append(contentsOf: other.bytes)
        if other.started[depth] { started[depth] = true }
    }

    // MARK: Values

    mutating func null() { append("null") }

    mutating func string(_ text: String) { quote(text) }

    mutating func string(_ text: String?) {
        if let text { quote(text) } else { null() }
    }

    mutating func number(_ value: Int) { number(Double(value)) }

    mutating func number(_ value: Int?) {
        if let value { number(Double(value)) } else { null() }
    }

    mutating func number(_ value: Double?) {
        guard let value else { return null() }
        // As `JSONValue.format`, with the common case (a whole number) written digit by digit.
        if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            integer(Int64(value))
        } else {
            bytes.append(contentsOf: JSONValue.format(value).utf8)
        }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        if started.count <= depth { started.append(false) } else { started[depth] = false }
    }

    private mutating func close(_ bracket: UInt8, empty: StaticString) {
        let hadEntries = started[depth]
        depth -= 1
        if hadEntries {
            newline(depth)
            bytes.append(bracket)
        } else {
            // Only the opening bracket was written: `{}` / `[]` replace it.
            bytes.removeLast()
            append(empty)
        }
    }

    private mutating func nextEntry() {
        if started[depth] { bytes.append(UInt8(ascii: ",")) }
        started[depth] = true
        newline(depth)
    }

    private mutating func newline(_ indent: Int) {
        // A line break and the indent in one copy, from a prepared run (deeper is never written).
        let count = 1 + 2 * indent
        if count <= Self.lineStarts.count {
            Self.lineStarts.withUnsafeBufferPointer {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count]))
            }
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
        }
    }

    /// A line break followed by the indent of 31 levels.
    private static let lineStarts: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 62)

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func integer(_ value: Int64) {
        // Digits written from the last, into a fixed buffer: no string made. |value| < 2^53 here.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: buffer[(buffer.count - count)...])
        }
    }

    /// A JSON string, escaped as `JSONValue.quote` escapes it; text with nothing to escape (nearly
    /// all of it) is copied whole.
    private mutating func quote(_ text: String) {
        var plain = true
        for byte in text.utf8
        where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            || byte == 0x7F || byte == 0xE2
        {
            // 0xE2 leads U+2028 and U+2029 (and other scalars, which the slow path copies as they are).
            plain = false
            break
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        var quoted = ""
        JSONValue.quote(text, into: &quoted)
        bytes.append(contentsOf: quoted.utf8)
    }
}
