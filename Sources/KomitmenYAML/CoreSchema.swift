/// The YAML 1.2 core schema's resolution of plain scalars, restricted to what people mean:
/// booleans are `true`/`false` only, whole numbers are plain decimal digits.
public enum CoreSchema {
    public enum Value: Equatable, Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
    }

    /// What a plain (unquoted, untagged) scalar means.
    public static func resolve(_ text: String) -> Value {
        // Every scalar of every file comes through here: compare bytes, not Characters. The null
        // and boolean words are at most 5 bytes long.
        if text.utf8.count <= 5 {
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
        }
        // Only a digit, a sign or a point can start a number: most keys and values are words.
        if let lead = text.utf8.first, !isDigit(lead), lead != UInt8(ascii: "-"), lead != UInt8(ascii: "+"),
            lead != UInt8(ascii: ".")
        {
            return .string(text)
        }
        if let int = wholeNumber(text) { return .int(int) }
        // Leading zeros (`0755`) are refused as numbers rather than read as octal or decimal.
        if hasLeadingZeros(text) { return .string(text) }
        if let float = decimal(text) { return .float(float) }
        return .string(text)
    }

    /// Whether a plain scalar starting with this byte always resolves to text: an ASCII letter
    /// other than the first letters of the null and boolean words (`n`, `t`, `f`, any case).
    /// Numbers start with a digit, a sign or a point.
    static func startsOnlyText(_ lead: UInt8) -> Bool {
        let lower = lead | 0x20
        guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return false }
        return lower != UInt8(ascii: "n") && lower != UInt8(ascii: "t") && lower != UInt8(ascii: "f")
    }

    /// Whether a plain scalar is null (empty, `~`, `null`, `Null`, `NULL`): `resolve(text) == .null`
    /// without reading the text as a number.
    public static func isNull(_ text: String) -> Bool {
        // By length first: every field read asks this, and most values are not 0, 1 or 4 bytes.
        let utf8 = text.utf8
        switch utf8.count {
        case 0: return true
        case 1: return utf8.first == UInt8(ascii: "~")
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// `[-+]?[0-9]+` without leading zeros; nil otherwise (so `1_000`, `0755`, `0x1F` are not numbers).
    /// Nil too when the digits do not fit in an `Int`, as `Int(text)` says.
    public static func wholeNumber(_ text: String) -> Int? {
        // One pass over the bytes, accumulating below zero (so `Int.min` fits): every value of
        // every report is read here, so no second pass through `Int(text)` and no copy of the text.
        var negative = false
        var value = 0
        var digits = 0
        var first: UInt8 = 0
        for byte in text.utf8 {
            if digits == 0 && first == 0 && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) {
                negative = byte == UInt8(ascii: "-")
                first = byte
                continue
            }
            guard isDigit(byte) else { return nil }
            if digits == 0 { first = byte }
            digits += 1
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) = shifted.subtractingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
            // Too large either way: nil, as for any text that is not a number.
            guard !overflowShift && !overflowAdd else { return nil }
            value = next
        }
        guard digits > 0, first != UInt8(ascii: "0") || digits == 1 else { return nil }
        if negative { return value }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    /// A decimal number as the core schema writes it (`1.5`, `-0.25`, `1e3`, `.5`); nil otherwise,
    /// and nil for one too large for a Double (`1e999` would read as infinity): no number in
    /// these files is infinite. `.inf` and `.nan` are not numbers here either.
    public static func decimal(_ text: String) -> Double? {
        guard looksLikeDecimal(text), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Whether the text is written like a decimal number, whatever its size (to tell "too large"
    /// from "not a number").
    public static func looksLikeDecimal(_ text: String) -> Bool {
        // Most text starts with a letter: refuse it before copying its bytes.
        guard let lead = text.utf8.first,
            isDigit(lead) || lead == UInt8(ascii: "-") || lead == UInt8(ascii: "+")
                || lead == UInt8(ascii: ".")
        else { return false }
        let bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            index += 1
        }
        var mantissaDigits = 0
        while index < bytes.count && isDigit(bytes[index]) {
            index += 1
            mantissaDigits += 1
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count && isDigit(bytes[index]) {
                index += 1
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
                index += 1
            }
            var exponentDigits = 0
            while index < bytes.count && isDigit(bytes[index]) {
                index += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return false }
        }
        return index == bytes.count
    }

    /// `[-+]?[0-9]+` without leading zeros whose value does not fit in 64 bits: +1 too large,
    /// -1 too small, nil otherwise (it fits, or is not plain digits).
    public static func wholeNumberOverflow(_ text: String) -> Int? {
        var digits = Substring(text).utf8
        let negative = digits.first == UInt8(ascii: "-")
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        guard let first = digits.first, digits.allSatisfy(isDigit), first != UInt8(ascii: "0") else { return nil }
        guard wholeNumber(text) == nil else { return nil }
        return negative ? -1 : 1
    }

    /// `0755`, `-007`: digits, after an optional sign, that start with a zero and go on.
    static func hasLeadingZeros(_ text: String) -> Bool {
        var digits = Substring(text).utf8
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        return digits.count > 1 && digits.first == UInt8(ascii: "0") && digits.allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
