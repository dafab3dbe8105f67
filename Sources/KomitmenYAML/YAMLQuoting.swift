import KomitmenText

/// Text written into a YAML file komitmen makes (a review, a report built from a form, a report
/// template), as a double-quoted scalar that reads back as exactly that text and can never end
/// early or start a key: quotes, backslashes and every character YAML may not carry raw or that
/// `TextSafety` flags (C0 and C1 controls, DEL, line breaks, bidirectional controls), the
/// byte-order mark and non-characters are escaped. Whether such a character is allowed in the
/// field is for validation to say, at its place. The one quoting of the project: a second list
/// of characters would drift from this one.
public enum YAMLQuoting {
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if mustEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out +=
                        scalar.value > 0xFFFF
                        ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `scalar` is written as an escape rather than as itself.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return TextSafety.kind(of: scalar) != nil || value == 0xFEFF || (0xFDD0...0xFDEF).contains(value)
            || value & 0xFFFE == 0xFFFE
    }
}
