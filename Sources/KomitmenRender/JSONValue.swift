/// A JSON document, printed with sorted keys and numbers exactly as the Double holds them.
///
/// Foundation's encoders may print a Double with more or fewer digits than it holds; this prints
/// the shortest text that reads back as the same Double (Swift's `description`), and whole
/// values below 2^53 without a fraction, so 3 stays `3` and 1/3 stays `0.3333333333333333`.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func number(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// `.null` for nil.
    public static func optional(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
    public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// The document, two-space indented with one key or item a line (`pretty`), else on one line.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, indent: pretty ? 0 : nil)
        return output
    }

    /// Writes the document to `output` (a `String`, or a buffered stream): `indent` is the depth it
    /// starts at when pretty, nil for one line. The one JSON writer of komitmen: `JSONStream`
    /// writes a large document piece by piece through it.
    public func write(to output: inout some TextOutputStream, indent: Int?) {
        switch self {
        case .null: output.write("null")
        case .bool(let value): output.write(value ? "true" : "false")
        case .number(let value): output.write(Self.format(value))
        case .string(let value): Self.quote(value, into: &output)
        case .array(let items):
            guard !items.isEmpty else {
                output.write("[]")
                return
            }
            output.write("[")
            for (index, item) in items.enumerated() {
                if index > 0 { output.write(",") }
                Self.newline(&output, indent.map { $0 + 1 })
                item.write(to: &output, indent: indent.map { $0 + 1 })
            }
            Self.newline(&output, indent)
            output.write("]")
        case .object(let members):
            guard !members.isEmpty else {
                output.write("{}")
                return
            }
            output.write("{")
            // Sorted pairs, not sorted keys looked up again: a summary has thousands of members.
            for (index, member) in members.sorted(by: { Self.keyOrder($0.key, $1.key) }).enumerated() {
                if index > 0 { output.write(",") }
                Self.newline(&output, indent.map { $0 + 1 })
                Self.quote(member.key, into: &output)
                output.write(indent == nil ? ":" : ": ")
                member.value.write(to: &output, indent: indent.map { $0 + 1 })
            }
            Self.newline(&output, indent)
            output.write("}")
        }
    }

    /// Keys in code-point order, the order `JSONEncoder.OutputFormatting.sortedKeys` documents.
    /// (UTF-8 bytes sort as their code points do, and compare faster.)
    static func keyOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// A newline and the indentation of the first depths, made once (the render of a summary
    /// wrote tens of thousands of lines, each a new string).
    private static let newlines: [String] = (0..<24).map { "\n" + String(repeating: "  ", count: $0) }

    static func newline(_ output: inout some TextOutputStream, _ indent: Int?) {
        guard let indent else { return }
        output.write(indent < newlines.count ? newlines[indent] : "\n" + String(repeating: "  ", count: indent))
    }

    /// A JSON number for a Double: exact, never rounded; NaN and infinities (which JSON cannot
    /// hold) become null.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        // Swift prints the shortest round-tripping digits: "0.25", "1e-07", "1.5e+300" — all valid JSON.
        return value.description
    }

    /// A JSON string: quotes, backslashes and control characters (and U+2028/9, which end a
    /// line in JavaScript) escaped, everything else as it is.
    public static func quote(_ text: String, into output: inout some TextOutputStream) {
        // Most text needs no escape: its bytes hold none of `needsEscape`'s (U+2028/9 start with 0xE2).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            output.write("\"")
            output.write(text)
            output.write("\"")
            return
        }
        // Runs of plain text are written whole: one write per escape, not one per character.
        var text = Substring(text)
        output.write("\"")
        while let index = text.unicodeScalars.firstIndex(where: Self.needsEscape) {
            output.write(String(text[..<index]))
            let scalar = text.unicodeScalars[index]
            switch scalar {
            case "\"": output.write("\\\"")
            case "\\": output.write("\\\\")
            case "\n": output.write("\\n")
            case "\r": output.write("\\r")
            case "\t": output.write("\\t")
            default:
                let hex = String(scalar.value, radix: 16)
                output.write("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            text = text[text.unicodeScalars.index(after: index)...]
        }
        output.write(String(text))
        output.write("\"")
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
