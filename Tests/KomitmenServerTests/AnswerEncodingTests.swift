import Foundation
import KomitmenCore
import KomitmenRender
import Testing

@testable import KomitmenHTTP
@testable import KomitmenIntake
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

    /// A filing's answer is the receipt with the report's warnings (issue 23): pinned, so a change
    /// to what clients keep is made on purpose.
    @Test func aFilingIsAnsweredWithItsReceiptAndWarnings() throws {
        let warning = Diagnostic.warning(
            .notReported, "reports/2026-Q2/polda-ntt.yaml", Mark(line: 6, column: 3),
            Phrase(
                en: "Victims rescued (victims_rescued) is not reported",
                id: "Korban diselamatkan (victims_rescued) tidak dilaporkan"))
        let utc = TimeZone(identifier: "UTC")!
        let filed = Filed(receipt: Self.receipt, replaced: false, zone: utc, warnings: [warning])
        let receipt =
            #""filed_by":"account:1","filing":"late","late_correction":false,"quarter":"2026-Q2","#
            + #""receipt":"2026-Q2-polda-ntt-v1-0123abcd","received":"2026-06-30T16:30:00Z","#
            + #""sha256":"0123abcd\#(String(repeating: "0", count: 56))","signatory":"polda-ntt","version":1,"#
        #expect(
            try FilingAnswer.json(filed, .en).serialized(pretty: false)
                == #"{"audit":null,"# + receipt
                + #""warnings":[{"code":"not-reported","column":3,"file":"reports/2026-Q2/polda-ntt.yaml","line":6,"#
                + #""message":"Victims rescued (victims_rescued) is not reported","severity":"warning"}],"#
                + #""warnings_omitted":0}"#)
        // At most 100 listed; the rest counted.
        let many = Filed(
            receipt: Self.receipt, replaced: false, zone: utc, warnings: Array(repeating: warning, count: 102))
        guard case .object(let members) = try FilingAnswer.json(many, .id) else {
            Issue.record("a filing's answer is not an object")
            return
        }
        guard case .array(let listed) = members["warnings"] else {
            Issue.record("no warnings")
            return
        }
        #expect(listed.count == 100 && members["warnings_omitted"] == .number(2.0))
        guard case .object(let first) = listed.first else { return }
        #expect(first["message"] == .string("Korban diselamatkan (victims_rescued) tidak dilaporkan"))
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
