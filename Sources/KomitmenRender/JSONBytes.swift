/// Pretty JSON written straight into bytes, laid out exactly as `JSONValue.serialized()` lays out
/// a document (two-space indent, `": "`, `[]` and `{}` when empty). For the summary, whose tens of
/// thousands of small objects cost more as `JSONValue` trees (a dictionary each, keys sorted each
/// time, then a `String`) than the bytes themselves. The caller writes members in key order.
struct JSONBytes {
    var bytes: [UInt8] = []
    /// The depth of the container being written.
    private var depth: Int
    /// Whether the container at each depth has a member or item yet: bit `d` for depth `d`. Bits,
    /// not an array of flags: an array was checked for sharing at every member written. The
    /// summary's depth is set by the renderer's code (under ten), never by the data.
    private var started: UInt64

    init(capacity: Int = 0) {
        depth = 0
        started = 0
        bytes.reserveCapacity(capacity)
    }

    /// A writer of items of the array open in `writer`, to be written elsewhere (another thread)
    /// and added with `append(items:)`; `following`: other items come before these.
    init(itemsOf writer: JSONBytes, following: Bool, capacity: Int = 0) {
        depth = writer.depth
        started = Self.allStarted(through: depth)
        setStarted(following)
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}"), empty: "{}") }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]"), empty: "[]") }

    /// Starts a member of the open object: its value follows.
    mutating func key(_ key: StaticString) {
        // The comma, the line break, the indent and `"key": ` in one append (seven appends,
        // each checking the array, cost more than the bytes).
        let comma = isStarted
        setStarted(true)
        let indent = 2 * depth
        let length = key.utf8CodeUnitCount
        let count = (comma ? 1 : 0) + 1 + indent + length + 4
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var index = 0
            if comma {
                buffer[0] = UInt8(ascii: ",")
                index = 1
            }
            buffer[index] = UInt8(ascii: "\n")
            index += 1
            buffer[index..<(index + indent)].initialize(repeating: UInt8(ascii: " "))
            index += indent
            buffer[index] = UInt8(ascii: "\"")
            index += 1
            _ = buffer[index..<(index + length)].initialize(
                fromContentsOf: UnsafeBufferPointer(start: key.utf8Start, count: length))
            index += length
            buffer[index] = UInt8(ascii: "\"")
            buffer[index + 1] = UInt8(ascii: ":")
            buffer[index + 2] = UInt8(ascii: " ")
            bytes.append(contentsOf: UnsafeBufferPointer(buffer))
        }
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
        started = Self.allStarted(through: depth)
        setStarted(false)
        bytes.reserveCapacity(capacity)
    }

    /// An item written by a writer made with `init(itemAtDepth:)` at this one's depth: the comma
    /// before it when other items came first.
    mutating func append(item: [UInt8]) {
        if isStarted { bytes.append(UInt8(ascii: ",")) }
        setStarted(true)
        bytes.append(contentsOf: item)
    }

    /// That the items written by `other` (made with `init(itemsOf:following:)` of this one) were
    /// sent on without being added here: the container then has items.
    mutating func noteItems(of other: JSONBytes) {
        if other.started & Self.bit(depth) != 0 { setStarted(true) }
    }

    /// Items written by a writer made with `init(itemsOf:following:)` of this one.
    mutating func append(items other: JSONBytes) {
        bytes.append(contentsOf: other.bytes)
        if other.started & Self.bit(depth) != 0 { setStarted(true) }
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
        precondition(depth < 64, "JSON nested deeper than the summary's layout")
        setStarted(false)
    }

    private mutating func close(_ bracket: UInt8, empty: StaticString) {
        let hadEntries = isStarted
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

    private var isStarted: Bool { started & Self.bit(depth) != 0 }

    private mutating func setStarted(_ value: Bool) {
        if value { started |= Self.bit(depth) } else { started &= ~Self.bit(depth) }
    }

    private static func bit(_ depth: Int) -> UInt64 { 1 << UInt64(depth) }

    /// Every depth from 0 through `depth` started (a writer of items inside open containers).
    private static func allStarted(through depth: Int) -> UInt64 {
        precondition(depth < 63, "JSON nested deeper than the summary's layout")
        return (bit(depth) << 1) &- 1
    }

    private mutating func nextEntry() {
        let comma = isStarted
        setStarted(true)
        // The comma, the line break and the indent in one append.
        let indent = 2 * depth
        let count = (comma ? 1 : 0) + 1 + indent
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var index = 0
            if comma {
                buffer[0] = UInt8(ascii: ",")
                index = 1
            }
            buffer[index] = UInt8(ascii: "\n")
            buffer[(index + 1)...].initialize(repeating: UInt8(ascii: " "))
            bytes.append(contentsOf: UnsafeBufferPointer(buffer))
        }
    }

    private mutating func newline(_ indent: Int) {
        // A line break and the indent in one append.
        let count = 1 + 2 * indent
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            buffer[0] = UInt8(ascii: "\n")
            buffer[1...].initialize(repeating: UInt8(ascii: " "))
            bytes.append(contentsOf: UnsafeBufferPointer(buffer))
        }
    }

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
