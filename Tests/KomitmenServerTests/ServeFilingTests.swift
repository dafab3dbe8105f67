import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import KomitmenState
import Testing

/// The filing path: the `submitted:` rule, filing on a signatory's behalf, what is on disk after
/// an answer, changes made outside the server, `--git`.
@Suite struct ServeFilingTests {
    let path = "/api/v1/reports/2026-Q3/dprd-ntt"

    @Test func absentSubmittedIsInsertedAfterPeriod() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let text = ServeFixture.body()
            let created = try await client.call(.put, path, token: fixture.signatoryToken, body: text)
            #expect(created.status == .created)
            let expected = text.replacingOccurrences(
                of: "period: 2026-Q3\n", with: "period: 2026-Q3\nsubmitted: 2026-11-20\n")
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == expected)
            // CRLF and an indented mapping keep their style.
            let crlf = ServeFixture.body(quarter: "2026-Q4").replacingOccurrences(of: "\n", with: "\r\n")
            let second = try await client.call(
                .put, "/api/v1/reports/2026-Q4/dprd-ntt", token: fixture.signatoryToken, body: crlf)
            #expect(second.status == .created)
            #expect(
                fixture.read("reports/2026-Q4/dprd-ntt.yaml")?.contains(
                    "period: 2026-Q4\r\nsubmitted: 2026-11-20\r\nvalues:") == true)
        }
    }

    @Test func presentSubmittedMustBeTheReceiptDate() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let wrong = try await client.call(
                .put, path, token: fixture.signatoryToken, body: ServeFixture.body(submitted: "2026-10-01"))
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorCode == "submitted_date")
            #expect(wrong.errorMessage == "write submitted: 2026-11-20 (or leave it out); nothing was stored")
            let diagnostic = try #require((wrong.json["diagnostics"] as? [[String: Any]])?.first)
            #expect(diagnostic["line"] as? Int == 4)
            let right = try await client.call(
                .put, path, token: fixture.signatoryToken, body: ServeFixture.body(submitted: "2026-11-20"))
            #expect(right.status == .created)
            #expect(fixture.read("reports/2026-Q3/dprd-ntt.yaml") == ServeFixture.body(submitted: "2026-11-20"))
        }
    }

    @Test func aReplacementKeepsTheStoredDate() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        // dprd-ntt's 2026-Q2 report is on file with submitted: 2026-07-08.
        try await fixture.withClient { client in
            let q2 = "/api/v1/reports/2026-Q2/dprd-ntt"
            let kept = try await client.call(
                .put, q2, token: fixture.signatoryToken,
                body: ServeFixture.body(quarter: "2026-Q2", submitted: "2026-07-08", budget: 640_000_000))
            #expect(kept.status == .ok)
            #expect(kept.json["filing"] as? String == "on-time")
            // Absent: the stored date is written, not today's.
            #expect(
                try await client.call(
                    .put, q2, token: fixture.signatoryToken, body: ServeFixture.body(quarter: "2026-Q2")
                ).status == .ok)
            #expect(fixture.read("reports/2026-Q2/dprd-ntt.yaml")?.contains("submitted: 2026-07-08\n") == true)
            // Today's date is also accepted; another date is not, and the answer names the stored one.
            let other = try await client.call(
                .put, q2, token: fixture.signatoryToken,
                body: ServeFixture.body(quarter: "2026-Q2", submitted: "2026-07-09"))
            #expect(other.status == .unprocessableContent)
            #expect(other.errorMessage == "write submitted: 2026-07-08 (or leave it out); nothing was stored")
        }
    }

    @Test func theSecretariatFilesOnBehalfWithAnEarlierDate() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(
                .put, path, token: fixture.secretariatToken, body: ServeFixture.body(submitted: "2026-10-10"))
            #expect(response.status == .created)
            #expect(response.json["filing"] as? String == "on-time")
            #expect((response.json["filed_by"] as? String)?.hasPrefix("account:") == true)
            let audit = try await client.call(.get, "/api/v1/audit?after=5", token: fixture.secretariatToken)
            let detail = try #require((audit.json["entries"] as? [[String: Any]])?.first?["detail"] as? String)
            #expect(detail.contains("\"kind\":\"secretariat\"") && detail.contains("sekretariat-gugus-tugas"))
            // A later date than the receipt is not allowed even for the secretariat.
            let later = try await client.call(
                .put, path, token: fixture.secretariatToken, body: ServeFixture.body(submitted: "2026-11-21"))
            #expect(later.status == .unprocessableContent)
        }
    }

    @Test func anAnswerMeansEverythingIsOnDisk() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.put, path, token: fixture.signatoryToken, body: ServeFixture.body())
            let sha = try #require(response.json["sha256"] as? String)
            #expect(sha256Hex(Array(try #require(fixture.read("reports/2026-Q3/dprd-ntt.yaml")).utf8)) == sha)
            let folder = (fixture.root as NSString).appendingPathComponent("reports/2026-Q3")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasPrefix(".") })
        }
        let store = try StateStore(folder: fixture.state, outside: fixture.root, create: false)
        let verification = try store.verify(root: fixture.root)
        #expect(verification.isIntact, "\(verification.problems.map(\.en))")
    }

    @Test func concurrentFilingsOfOneReportAreSerialised() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await client.call(
                            .put, path, token: fixture.signatoryToken,
                            body: ServeFixture.body(budget: 600_000_000 + index)
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .created }.count == 1)
            #expect(statuses.filter { $0 == .ok }.count == 7)
            let versions = try await client.call(.get, path + "/versions", token: fixture.signatoryToken)
            #expect((versions.json["versions"] as? [[String: Any]])?.count == 8)
        }
        let store = try StateStore(folder: fixture.state, outside: fixture.root, create: false)
        #expect(try store.verify(root: fixture.root).isIntact)
    }

    @Test func aChangeMadeOutsideTheServerIsSeenOnTheNextRequest() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            #expect(
                try await client.call(.put, path, token: fixture.signatoryToken, body: ServeFixture.body()).status
                    == .created)
            func state() async throws -> String? {
                let status = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
                let rows = status.json["signatories"] as? [[String: Any]]
                return (rows?.first { $0["id"] as? String == "dprd-ntt" }?["filings"] as? [String])?.last
            }
            #expect(try await state() == "late")
            // An editor (or a git pull) removes the file, then writes it back on time.
            let file = (fixture.root as NSString).appendingPathComponent("reports/2026-Q3/dprd-ntt.yaml")
            try FileManager.default.removeItem(atPath: file)
            #expect(try await state() == "missing")
            try ServeFixture.body(submitted: "2026-10-12").write(toFile: file, atomically: true, encoding: .utf8)
            #expect(try await state() == "on-time")
        }
    }

    @Test func gitCommitsEachFiling() async throws {
        guard let git = ["/usr/bin/git", "/bin/git"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return }
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        @Sendable func run(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: git)
            process.arguments = ["-C", fixture.root, "-c", "user.name=t", "-c", "user.email=t@t"] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        _ = try run(["init", "-q"])
        _ = try run(["add", "-A"])
        _ = try run(["commit", "-q", "-m", "start"])
        var configuration = fixture.configuration()
        configuration.git = true
        try await fixture.withClient(configured: configuration) { client in
            let response = try await client.call(.put, path, token: fixture.signatoryToken, body: ServeFixture.body())
            #expect(response.status == .created)
            let receipt = try #require(response.json["receipt"] as? String)
            let log = try run(["log", "-1", "--format=%an|%s"])
            #expect(log == "dprd-ntt|Receipt \(receipt)\n")
            // The message names the chain head after the filing, to publish with the history.
            let head = try #require((response.json["audit"] as? [String: Any])?["head"] as? String)
            #expect(try run(["log", "-1", "--format=%b"]).hasPrefix("Audit-Head: \(head)\n"))
            #expect(try run(["status", "--porcelain"]).isEmpty)
        }
    }
}
