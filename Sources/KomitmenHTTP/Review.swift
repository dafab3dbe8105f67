import Foundation
import KomitmenCore
import KomitmenYAML

/// `reviews/<quarter>/<signatory>.yaml`, as DESIGN's reviews section writes it: state, by, on,
/// comment. The server reads `state` alone (an approved report is locked).
struct Review: Sendable {
    enum State: String, Sendable {
        case approved
        case changesRequested = "changes-requested"
    }

    var state: State
    var by: String
    var on: CalendarDate
    var comment: String?

    static func relativePath(_ quarter: Quarter, _ signatory: String) -> String { "reviews/\(quarter)/\(signatory).yaml" }

    /// Whether the report's review (if any) approves it. A review file that cannot be read as a
    /// mapping with `state: approved` does not lock.
    static func isApproved(root: String, _ quarter: Quarter, _ signatory: String) -> Bool {
        guard case .bytes(let bytes) = RootFile.read(root: root, relativePath(quarter, signatory), limit: 1 << 20),
              let document = try? YAMLDocument.parse(SourceText(path: relativePath(quarter, signatory), bytes: bytes))
        else { return false }
        return document.root?["state"]?.scalar?.value == State.approved.rawValue
    }

    /// The file's text; every value a YAML double-quoted scalar but the two fixed words and the date.
    var text: String {
        var lines = ["state: \(state.rawValue)", "by: \(Self.quoted(by))", "on: \(on)"]
        if let comment { lines.append("comment: \(Self.quoted(comment))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: quotes, backslashes, every control character (C0, DEL, C1),
    /// line and paragraph separators, the byte-order mark and non-characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF
                    || (0xFFFE...0xFFFF).contains(value) || (0xFDD0...0xFDEF).contains(value) {
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
