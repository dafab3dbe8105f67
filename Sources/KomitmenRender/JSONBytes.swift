/// Pretty JSON written straight into bytes, laid out exactly as `JSONValue.serialized()` lays out
/// a document (two-space indent, `": "`, `[]` and `{}` when empty). For the summary, whose tens of
/// thousands of small objects cost more as `JSONValue` trees (a dictionary each, keys sorted each
/// time, then a `String`) than the bytes themselves. The caller writes members in key order.
struct JSONBytes {
    /// What is written, once `flushStaged` has run (reading `bytes` runs it).
    private var storage: [UInt8] = []
    /// The last bytes written, not yet in `storage`: small writes (a key, an indent, a number)
    /// are stored here and go over in one append per `Self.stageSize` bytes (an append per
    /// write, each checking the array, cost more than the bytes).
    private var staged: Stage = (
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    )
    private var stagedCount = 0
    /// The depth of the container being written.
    private var depth: Int
    /// Whether the container at each depth has a member or item yet: bit `d` for depth `d`. Bits,
    /// not an array of flags: an array was checked for sharing at every member written. The
    /// summary's depth is set by the renderer's code (under ten), never by the data.
    private var started: UInt64

    /// The bytes written so far.
    var bytes: [UInt8] {
        mutating get {
            flushStaged()
            return storage
        }
    }

    /// Empties the writer, keeping its room (the document's head, once sent).
    mutating func removeAllBytes() {
        storage.removeAll(keepingCapacity: true)
        stagedCount = 0
    }

    /// Ends the document with a line break.
    mutating func finalLineBreak() { put(UInt8(ascii: "\n")) }

    init(capacity: Int = 0) {
        depth = 0
        started = 0
        storage.reserveCapacity(capacity)
    }

    /// A writer of items of the array open in `writer`, to be written elsewhere (another thread),
    /// sent on after what `writer` holds and noted there with `noteItems(of:)`; `following`:
    /// other items come before these.
    init(itemsOf writer: JSONBytes, following: Bool, capacity: Int = 0) {
        depth = writer.depth
        started = Self.allStarted(through: depth)
        setStarted(following)
        storage.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}"), empty: "{}") }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]"), empty: "[]") }

    /// Starts a member of the open object: its value follows.
    mutating func key(_ key: StaticString) {
        nextEntry()
        put(UInt8(ascii: "\""))
        put(UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        put(UInt8(ascii: " "))
    }

    /// A member whose key is data (breakdown values): quoted like any string.
    mutating func dataKey(_ key: String) {
        nextEntry()
        quote(key)
        put(UInt8(ascii: ":"))
        put(UInt8(ascii: " "))
    }

    /// Starts an item of the open array: its value follows.
    mutating func item() { nextEntry() }

    /// A writer of one item of an array at `depth` (the summary's `signatories` is at 2), kept
    /// and added later with `append(item:)`.
    init(itemAtDepth depth: Int, capacity: Int = 0) {
        self.depth = depth
        started = Self.allStarted(through: depth)
        setStarted(false)
        storage.reserveCapacity(capacity)
    }

    /// An item written by a writer made with `init(itemAtDepth:)` at this one's depth: the comma
    /// before it when other items came first.
    mutating func append(item: [UInt8]) {
        if isStarted { put(UInt8(ascii: ",")) }
        setStarted(true)
        flushStaged()
        storage.append(contentsOf: item)
    }

    /// That the items written by `other` (made with `init(itemsOf:following:)` of this one) were
    /// sent on without being added here: the container then has items.
    mutating func noteItems(of other: JSONBytes) {
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
            var text = JSONValue.format(value)
            text.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        }
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        put(bracket)
        depth += 1
        precondition(depth < 64, "JSON nested deeper than the summary's layout")
        setStarted(false)
    }

    private mutating func close(_ bracket: UInt8, empty: StaticString) {
        let hadEntries = isStarted
        depth -= 1
        if hadEntries {
            newline(depth)
            put(bracket)
        } else {
            // Only the opening bracket was written: `{}` / `[]` replace it.
            if stagedCount > 0 { stagedCount -= 1 } else { storage.removeLast() }
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
        if isStarted { put(UInt8(ascii: ",")) }
        setStarted(true)
        newline(depth)
    }

    private mutating func newline(_ indent: Int) {
        put(UInt8(ascii: "\n"))
        putSpaces(2 * indent)
    }

    private mutating func append(_ text: StaticString) {
        put(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func integer(_ value: Int64) {
        // Digits written from the last, into a fixed buffer: no string made. |value| < 2^53 here.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        if value < 0 { put(UInt8(ascii: "-")) }
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            put(UnsafeRawBufferPointer(rebasing: buffer[(buffer.count - count)...]))
        }
    }

    /// A JSON string, escaped as `JSONValue.quote` escapes it; text with nothing to escape (nearly
    /// all of it) is copied whole.
    private mutating func quote(_ text: String) {
        var text = text
        let plain = text.withUTF8 { utf8 in
            !utf8.contains { byte in
                // 0xE2 leads U+2028 and U+2029 (and other scalars, which the slow path copies as they are).
                byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xE2
            }
        }
        if plain {
            put(UInt8(ascii: "\""))
            text.withUTF8 { put(UnsafeRawBufferPointer($0)) }
            put(UInt8(ascii: "\""))
            return
        }
        var quoted = ""
        JSONValue.quote(text, into: &quoted)
        quoted.withUTF8 { put(UnsafeRawBufferPointer($0)) }
    }

    // MARK: Staging

    /// Room for `stageSize` bytes, inline.
    private typealias Stage = (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    )
    private static let stageSize = 256

    private mutating func put(_ byte: UInt8) {
        if stagedCount == Self.stageSize { flushStaged() }
        let at = stagedCount
        withUnsafeMutableBytes(of: &staged) { $0[at] = byte }
        stagedCount = at + 1
    }

    private mutating func put(_ source: UnsafeRawBufferPointer) {
        let count = source.count
        guard count > 0 else { return }
        if count > Self.stageSize - stagedCount {
            flushStaged()
            if count > Self.stageSize {
                storage.append(contentsOf: source)
                return
            }
        }
        let at = stagedCount
        withUnsafeMutableBytes(of: &staged) { stage in
            UnsafeMutableRawBufferPointer(rebasing: stage[at..<(at + count)]).copyMemory(from: source)
        }
        stagedCount = at + count
    }

    private mutating func putSpaces(_ count: Int) {
        guard count > 0 else { return }
        if count > Self.stageSize - stagedCount {
            flushStaged()
            if count > Self.stageSize {
                storage.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
                return
            }
        }
        let at = stagedCount
        withUnsafeMutableBytes(of: &staged) { stage in
            _ = UnsafeMutableRawBufferPointer(rebasing: stage[at..<(at + count)]).initializeMemory(
                as: UInt8.self, repeating: UInt8(ascii: " "))
        }
        stagedCount = at + count
    }

    private mutating func flushStaged() {
        guard stagedCount > 0 else { return }
        let count = stagedCount
        stagedCount = 0
        withUnsafeBytes(of: &staged) { storage.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
}
