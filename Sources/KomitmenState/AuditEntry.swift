import Crypto
import Foundation

/// One link of the audit chain. `hash` = SHA-256 over `prev_hash` and the entry's fields, so a
/// changed, removed or inserted row breaks every hash after it.
public struct AuditEntry: Sendable, Equatable, Codable {
    public var seq: Int64
    /// RFC 3339.
    public var time: String
    /// `cli:<user>` for the command line, `account:<id>` for a request.
    public var actor: String
    /// `account.add`, `account.revoke`, `report.file`.
    public var action: String
    public var subject: String
    /// A JSON object with sorted keys; hashed as stored.
    public var detail: String
    public var prevHash: String
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case seq, time, actor, action, subject, detail
        case prevHash = "prev_hash"
        case hash
    }

    /// The first entry's `prev_hash`.
    public static let genesis = String(repeating: "0", count: 64)

    /// The hash input: `prev_hash`, a newline, then each field as `<UTF-8 byte count>:<text>` on its
    /// own line; the lengths make the split unambiguous whatever the fields contain.
    public static func chainHash(
        prevHash: String, seq: Int64, time: String, actor: String, action: String,
        subject: String, detail: String
    ) -> String {
        var input = prevHash + "\n"
        for field in [String(seq), time, actor, action, subject, detail] {
            input += "\(field.utf8.count):\(field)\n"
        }
        return sha256Hex(Array(input.utf8))
    }

    /// The hash this entry's fields give after `prevHash`.
    public var expectedHash: String {
        Self.chainHash(
            prevHash: prevHash, seq: seq, time: time, actor: actor, action: action, subject: subject, detail: detail)
    }

    /// `detail` as canonical JSON: keys sorted, no extra spaces.
    static func canonicalDetail(_ detail: [String: String]) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: detail, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `detail` read back (empty when it is not an object of strings).
    public var detailFields: [String: String] {
        (try? JSONSerialization.jsonObject(with: Data(detail.utf8))) as? [String: String] ?? [:]
    }
}
