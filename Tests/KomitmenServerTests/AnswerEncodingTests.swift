import Foundation
import KomitmenRender
import Testing

@testable import KomitmenState

/// The API's answers are encoded from their types (`JSONValue(encoding:)`), with the keys and
/// values the hand-built trees had: a receipt without an audit link says `"audit": null`, numbers
/// are whole, keys sorted.
@Suite struct AnswerEncodingTests {
    static let receipt = Receipt(
        receipt: "2026-Q2-polda-ntt-v1-0123abcd", signatory: "polda-ntt", quarter: "2026-Q2", version: 1,
        sha256: "0123abcd" + String(repeating: "0", count: 56), received: "2026-06-30T16:30:00Z", filing: .late,
        filedBy: "account:1", lateCorrection: false, audit: nil)

    @Test func aReceiptIsAnsweredWithEveryKey() throws {
        let makassar = TimeZone(identifier: "Asia/Makassar")!
        let json = try JSONValue(encoding: Self.receipt.answered(in: makassar)).serialized(pretty: false)
        #expect(
            json == #"{"audit":null,"filed_by":"account:1","filing":"late","late_correction":false,"#
                + #""quarter":"2026-Q2","receipt":"2026-Q2-polda-ntt-v1-0123abcd","received":"2026-07-01T00:30:00+08:00","#
                + #""sha256":"0123abcd\#(String(repeating: "0", count: 56))","signatory":"polda-ntt","version":1}"#)
        var linked = Self.receipt
        linked.audit = ReceiptAudit(sequence: 7, hash: "h", head: "g")
        guard case .object(let members) = try JSONValue(encoding: linked) else {
            Issue.record("a receipt is not an object")
            return
        }
        let audit: JSONValue = .object(["sequence": .number(7), "hash": .string("h"), "head": .string("g")])
        #expect(members["audit"] == audit)
    }

    struct Sample: Encodable {
        var items: [Int8]
        var nested: [String: [UInt64]]
        var absent: String?
        var ratio: Float
    }

    @Test func containersAndNumbersEncodeAsJSON() throws {
        let value = try JSONValue(encoding: Sample(items: [1, -2], nested: ["a": [3]], absent: nil, ratio: 0.5))
        // `encodeIfPresent` (the synthesized encoding of an optional) leaves a nil out.
        #expect(value.serialized(pretty: false) == #"{"items":[1,-2],"nested":{"a":[3]},"ratio":0.5}"#)
        #expect(try JSONValue(encoding: [true, false]) == .array([.bool(true), .bool(false)]))
        #expect(try JSONValue(encoding: Optional<String>.none) == .null)
    }
}
