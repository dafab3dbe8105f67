import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenState
import Testing

/// Every row of DESIGN's API table, through the router in process.
@Suite struct ServeRoutesTests {
    @Test func healthz() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.get, "/healthz")
            #expect(response.status == .ok)
            #expect(response.text == "ok")
        }
    }

    @Test func getReportAsItsSignatoryAndTheSecretariat() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let stored = try #require(fixture.read("reports/2026-Q2/dprd-ntt.yaml"))
        try await fixture.withClient { client in
            for token in [fixture.signatoryToken, fixture.secretariatToken] {
                let response = try await client.call(.get, "/api/v1/reports/2026-Q2/dprd-ntt", token: token)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
                #expect(response.text == stored)
            }
            let missing = try await client.call(.get, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken)
            #expect(missing.status == .notFound)
            #expect(missing.errorCode == "no_report")
        }
    }

    @Test func putNewThenReplacedWithReceipts() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let first = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken,
                body: ServeFixture.body())
            #expect(first.status == .created)
            let receipt = first.json
            #expect(
                Set(receipt.keys).isSuperset(of: [
                    "receipt", "signatory", "quarter", "version", "sha256", "received", "filing",
                ]))
            #expect(receipt["signatory"] as? String == "dprd-ntt")
            #expect(receipt["quarter"] as? String == "2026-Q3")
            #expect(receipt["version"] as? Int == 1)
            // The declaration's offset (WITA): the same instant, 2026-11-20T00:00:00Z.
            #expect(receipt["received"] as? String == "2026-11-20T08:00:00+08:00")
            #expect(receipt["late_correction"] as? Bool == false)
            #expect((receipt["audit"] as? [String: Any])?["sequence"] as? Int == 6)
            #expect(receipt["filing"] as? String == "late")  // due 2026-10-15
            let file = try #require(fixture.read("reports/2026-Q3/dprd-ntt.yaml"))
            #expect(receipt["sha256"] as? String == sha256Hex(Array(file.utf8)))
            #expect((receipt["receipt"] as? String)?.hasPrefix("2026-Q3-dprd-ntt-v1-") == true)

            let second = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken,
                body: ServeFixture.body(budget: 700_000_000))
            #expect(second.status == .ok)
            #expect(second.json["version"] as? Int == 2)

            // An on-time filing: 2026-Q4 is due 2027-01-15.
            let onTime = try await client.call(
                .put, "/api/v1/reports/2026-Q4/dprd-ntt", token: fixture.signatoryToken,
                body: ServeFixture.body(quarter: "2026-Q4"))
            #expect(onTime.status == .created)
            #expect(onTime.json["filing"] as? String == "on-time")
        }
    }

    @Test func templateIsWhatNewReportWrites() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(
                .get, "/api/v1/templates/2026-Q3/dprd-ntt", token: fixture.signatoryToken)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/yaml; charset=utf-8")
            #expect(response.text.contains("signatory: dprd-ntt"))
            #expect(response.text.contains("period: 2026-Q3"))
            let secretariat = try await client.call(
                .get, "/api/v1/templates/2026-Q3/dprd-ntt", token: fixture.secretariatToken)
            #expect(secretariat.text == response.text)
        }
    }

    @Test func statusGridForTheSecretariat() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            #expect(response.status == .ok)
            #expect(response.json["as_of"] as? String == "2026-11-20")
            let quarters = try #require(response.json["quarters"] as? [String])
            #expect(quarters.first == "2025-Q3" && quarters.last == "2026-Q3")
            let rows = try #require(response.json["signatories"] as? [[String: Any]])
            let dprd = try #require(rows.first { $0["id"] as? String == "dprd-ntt" })
            #expect((dprd["filings"] as? [String])?.count == quarters.count)
        }
    }

    @Test func summaryIsTheJSONOfSummary() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(
                .get, "/api/v1/summary?quarter=2026-Q2&as_of=2026-11-01", token: fixture.secretariatToken)
            #expect(response.status == .ok)
            #expect(response.json["quarter"] as? String == "2026-Q2")
            #expect(response.json["as_of"] as? String == "2026-11-01")
            #expect(response.json["language"] as? String == "en")
            let indonesian = try await client.call(
                .get, "/api/v1/summary", token: fixture.secretariatToken,
                headers: [.acceptLanguage: "id-ID,id;q=0.9,en;q=0.5"])
            #expect(indonesian.json["language"] as? String == "id")
            #expect(indonesian.json["quarter"] as? String == "2026-Q3")
        }
    }

    @Test func auditAfterN() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let all = try await client.call(.get, "/api/v1/audit", token: fixture.secretariatToken)
            #expect(all.status == .ok)
            let entries = try #require(all.json["entries"] as? [[String: Any]])
            #expect(
                entries.map { $0["action"] as? String } == [
                    "account.add", "account.add", "account.add", "account.add", "account.revoke",
                ])
            let later = try await client.call(.get, "/api/v1/audit?after=3", token: fixture.secretariatToken)
            #expect((later.json["entries"] as? [[String: Any]])?.map { $0["seq"] as? Int } == [4, 5])
            _ = try await client.call(
                .put, "/api/v1/reports/2026-Q3/dprd-ntt", token: fixture.signatoryToken, body: ServeFixture.body())
            let filed = try await client.call(.get, "/api/v1/audit?after=5", token: fixture.secretariatToken)
            let entry = try #require((filed.json["entries"] as? [[String: Any]])?.first)
            #expect(entry["action"] as? String == "report.file")
            #expect(entry["subject"] as? String == "reports/2026-Q3/dprd-ntt.yaml")
        }
    }

    @Test func versionsAndTheirBytes() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let path = "/api/v1/reports/2026-Q3/dprd-ntt"
            _ = try await client.call(.put, path, token: fixture.signatoryToken, body: ServeFixture.body())
            _ = try await client.call(
                .put, path, token: fixture.signatoryToken, body: ServeFixture.body(budget: 700_000_000))
            let list = try await client.call(.get, path + "/versions", token: fixture.signatoryToken)
            #expect(list.status == .ok)
            let versions = try #require(list.json["versions"] as? [[String: Any]])
            #expect(versions.map { $0["version"] as? Int } == [1, 2])
            let first = try await client.call(.get, path + "/versions/1", token: fixture.secretariatToken)
            #expect(first.status == .ok)
            #expect(first.text.contains("budget_allocated_idr: 635000000"))
            #expect(first.text.contains("submitted: 2026-11-20"))
            #expect(sha256Hex(Array(first.text.utf8)) == versions[0]["sha256"] as? String)
            #expect(
                try await client.call(.get, path + "/versions/3", token: fixture.signatoryToken).errorCode
                    == "no_version")
            #expect(
                try await client.call(.get, path + "/versions/x", token: fixture.signatoryToken).status == .badRequest)
        }
    }

    @Test func reviewLocksAndDeleteReopens() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let report = "/api/v1/reports/2026-Q3/dprd-ntt"
            let review = "/api/v1/reviews/2026-Q3/dprd-ntt"
            #expect(
                try await client.call(.put, report, token: fixture.signatoryToken, body: ServeFixture.body()).status
                    == .created)
            // A control character (NEL) in the comment is refused as `komitmen validate` would refuse it.
            let hostile = try await client.call(
                .put, review, token: fixture.secretariatToken,
                body: #"{"state": "approved", "comment": "Sesuai polres\u0085."}"#,
                type: "application/json")
            #expect(hostile.status == .unprocessableContent)
            #expect(hostile.errorCode == "invalid_review")
            #expect(fixture.read("reviews/2026-Q3/dprd-ntt.yaml") == nil)
            let approve = try await client.call(
                .put, review, token: fixture.secretariatToken,
                body: #"{"state": "approved", "comment": "Sesuai \"data\" polres."}"#,
                type: "application/json")
            #expect(approve.status == .ok)
            #expect(approve.json["state"] as? String == "approved")
            let file = try #require(fixture.read("reviews/2026-Q3/dprd-ntt.yaml"))
            #expect(
                file
                    == "state: approved\nby: \"sekretariat-gugus-tugas\"\non: 2026-11-20\ncomment: \"Sesuai \\\"data\\\" polres.\"\n"
            )

            let locked = try await client.call(
                .put, report, token: fixture.signatoryToken, body: ServeFixture.body(budget: 1_000_000_000))
            #expect(locked.status == .conflict)
            #expect(locked.errorCode == "locked")
            // Changes requested: open again.
            // Asking for changes needs a comment saying what to change.
            let bare = try await client.call(
                .put, review, token: fixture.secretariatToken,
                body: #"{"state": "changes-requested"}"#, type: "application/json")
            #expect(bare.status == .unprocessableContent)
            #expect(bare.errorCode == "invalid_review")
            let changes = try await client.call(
                .put, review, token: fixture.secretariatToken,
                body: #"{"state": "changes-requested", "comment": "Periksa angka anggaran."}"#,
                type: "application/json")
            #expect(changes.status == .ok)
            #expect(
                try await client.call(
                    .put, report, token: fixture.signatoryToken, body: ServeFixture.body(budget: 1_000_000_000)
                ).status == .ok)
            // Approved again, then the review removed: open again.
            _ = try await client.call(
                .put, review, token: fixture.secretariatToken, body: #"{"state": "approved"}"#, type: "application/json"
            )
            #expect(
                try await client.call(.put, report, token: fixture.signatoryToken, body: ServeFixture.body()).status
                    == .conflict)
            let removed = try await client.call(.delete, review, token: fixture.secretariatToken)
            #expect(removed.status == .noContent)
            #expect(fixture.read("reviews/2026-Q3/dprd-ntt.yaml") == nil)
            #expect(
                try await client.call(.put, report, token: fixture.signatoryToken, body: ServeFixture.body()).status
                    == .ok)
            let audit = try await client.call(.get, "/api/v1/audit?after=5", token: fixture.secretariatToken)
            #expect(
                (audit.json["entries"] as? [[String: Any]])?.map { $0["action"] as? String }
                    == [
                        "report.file", "review.set", "review.set", "report.file", "review.set", "review.remove",
                        "report.file",
                    ])
            // A review needs a report; a signatory may not review.
            let none = try await client.call(
                .put, "/api/v1/reviews/2026-Q1/mui-ntt", token: fixture.secretariatToken,
                body: #"{"state": "approved"}"#, type: "application/json")
            #expect(none.status == .notFound)
            let bySignatory = try await client.call(
                .put, review, token: fixture.signatoryToken,
                body: #"{"state": "approved"}"#, type: "application/json")
            #expect(bySignatory.status == .forbidden)
            let badState = try await client.call(
                .put, review, token: fixture.secretariatToken,
                body: #"{"state": "maybe"}"#, type: "application/json")
            #expect(badState.status == .unprocessableContent)
            #expect(badState.errorCode == "invalid_review")
        }
        let store = try StateStore(folder: fixture.state, outside: fixture.root, create: false)
        #expect(try store.verify(root: fixture.root).isIntact)
    }
}
