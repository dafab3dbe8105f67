/// Text written into a YAML file komitmen makes (a review, a report built from a form), as a
/// double-quoted scalar that reads back as exactly that text and can never end early or start a
/// key: quotes, backslashes and every character YAML may not carry raw (C0 and C1 controls, DEL,
/// line and paragraph separators, the byte-order mark, non-characters) are escaped. Whether such
/// a character is allowed in the field is for validation to say, at its place.
public enum YAMLQuoting {
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                    || value == 0xFEFF
                    || (0xFFFE...0xFFFF).contains(value) || (0xFDD0...0xFDEF).contains(value)
                {
                    let hex = String(value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
