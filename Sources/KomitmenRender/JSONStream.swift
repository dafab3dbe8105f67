/// A JSON object written member by member, with the items of an array member as they come: for
/// documents too large to build as one `JSONValue` first (thousands of diagnostics). Laid out as
/// `JSONValue.serialized()` lays out a document; the caller gives keys in sorted order.
public struct JSONStream<Output: TextOutputStream> {
    public private(set) var output: Output
    private var members = 0
    private var items: Int?

    /// Starts the object.
    public init(_ output: Output) {
        self.output = output
        self.output.write("{")
    }

    /// A member whose value is known whole.
    public mutating func member(_ key: String, _ value: JSONValue) {
        startMember(key)
        value.write(to: &output, indent: 1)
    }

    /// Starts a member whose value is an array; `item` adds to it, `endArray` closes it.
    public mutating func beginArray(_ key: String) {
        startMember(key)
        output.write("[")
        items = 0
    }

    /// One item of the open array, on one line (`pretty: false`) or laid out in full.
    public mutating func item(_ value: JSONValue, pretty: Bool = false) {
        if let count = items, count > 0 { output.write(",") }
        items = (items ?? 0) + 1
        JSONValue.newline(&output, 2)
        value.write(to: &output, indent: pretty ? 2 : nil)
    }

    public mutating func endArray() {
        if let count = items, count > 0 { JSONValue.newline(&output, 1) }
        output.write("]")
        items = nil
    }

    /// Closes the object and gives the output back.
    public consuming func finish() -> Output {
        if members > 0 { JSONValue.newline(&output, 0) }
        output.write("}\n")
        return output
    }

    private mutating func startMember(_ key: String) {
        if members > 0 { output.write(",") }
        members += 1
        JSONValue.newline(&output, 1)
        JSONValue.quote(key, into: &output)
        output.write(": ")
    }
}
