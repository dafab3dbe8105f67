import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenCore
import KomitmenHTTP
import KomitmenState
import Testing

/// A report the server filed, then changed outside it (a `git pull`, an editor): the server serves
/// the change and records it (a version `filed_by: outside` and an audit entry
/// `report.outside-change`), found by the next request, by a filing of that report, or at start.
@Suite struct OutsideChangeTests {
    static let path = "/api/v1/reports/2026-Q3/dprd-ntt"
    static let relative = "reports/2026-Q3/dprd-ntt.yaml"

    static func file(_ fixture: ServeFixture, _ client: some TestClientProtocol, budget: Int = 635_000_000)
        async throws
    {
        let filed = try await client.call(
            .put, path, token: fixture.signatoryToken, body: ServeFixture.body(budget: budget))
        #expect(filed.status == .created || filed.status == .ok)
    }

    static func edit(_ fixture: ServeFixture, _ text: String) throws {
        let file = (fixture.root as NSString).appendingPathComponent(relative)
        try text.write(toFile: file, atomically: false, encoding: .utf8)
    }

    static func expectIntact(
        _ store: StateStore, _ fixture: ServeFixture, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let verification = try store.verify(root: fixture.root)
        #expect(verification.isIntact, "\(verification.problems.map(\.en))", sourceLocation: sourceLocation)
    }

    @Test func anEditIsRecordedOnTheNextRequest() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        try await fixture.withClient { client in
            try await Self.file(fixture, client)
            let edited = ServeFixture.body(submitted: "2026-10-05", budget: 700_000_000) + "# changed by git pull\n"
            try Self.edit(fixture, edited)
            #expect(try !store.verify(root: fixture.root).isIntact, "before any request, the file disagrees")
            let status = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            #expect(status.status == .ok)
            let versions = try store.versions(signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!)
            #expect(versions.map(\.filedBy) == ["account:1", "outside"])
            let stored = try #require(try store.version(2, signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!))
            #expect(stored.bytes == Array(edited.utf8))
            let last = try #require(try store.auditEntries().last)
            #expect(last.action == "report.outside-change" && last.subject == Self.relative && last.actor == "outside")
            #expect(last.detailFields["sha256"] == sha256Hex(Array(edited.utf8)))
            #expect(last.detailFields["receipt"] == stored.receipt.receipt)
            try Self.expectIntact(store, fixture)
            // Asked again, nothing more is recorded.
            _ = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            #expect(try store.versions(signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!).count == 2)
        }
    }

    @Test func aRemovalIsRecordedAndNotUndoneAtTheNextStart() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        let file = (fixture.root as NSString).appendingPathComponent(Self.relative)
        try await fixture.withClient { client in
            try await Self.file(fixture, client)
            try FileManager.default.removeItem(atPath: file)
            _ = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            let last = try #require(try store.auditEntries().last)
            #expect(last.action == "report.outside-change" && last.detailFields["sha256"] == "removed")
            try Self.expectIntact(store, fixture)
        }
        // Version 1 with no file looks like a first filing a crash cut short; the removal says not.
        try await fixture.withClient { client in
            #expect(!FileManager.default.fileExists(atPath: file))
            let entries = try store.auditEntries().count
            _ = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            #expect(try store.auditEntries().count == entries)
            try Self.expectIntact(store, fixture)
            // Back again (a revert): a new version.
            let first = try #require(try store.version(1, signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!))
            try Self.edit(fixture, String(decoding: first.bytes, as: UTF8.self))
            _ = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            let versions = try store.versions(signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!)
            #expect(versions.map(\.filedBy) == ["account:1", "outside"])
            #expect(versions.first?.sha256 == versions.last?.sha256)
            try Self.expectIntact(store, fixture)
        }
    }

    @Test func aChangeWhileTheServerWasDownIsRecordedAtStart() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        try await fixture.withClient { client in try await Self.file(fixture, client) }
        let edited = ServeFixture.body(budget: 640_000_000)
        try Self.edit(fixture, edited)
        #expect(try !store.verify(root: fixture.root).isIntact)
        // Starting is enough: no request comes.
        try await fixture.withClient { _ in }
        let versions = try store.versions(signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!)
        #expect(versions.map(\.filedBy) == ["account:1", "outside"])
        #expect(try store.version(2, signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!)?.bytes == Array(edited.utf8))
        try Self.expectIntact(store, fixture)
    }

    @Test func aFilingRecordsTheOutsideChangeItReplaces() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        try await fixture.withClient { client in
            try await Self.file(fixture, client)
            let edited = ServeFixture.body(budget: 650_000_000)
            try Self.edit(fixture, edited)
            try await Self.file(fixture, client, budget: 660_000_000)
            let versions = try store.versions(signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!)
            #expect(versions.map(\.filedBy) == ["account:1", "outside", "account:1"])
            #expect(
                try store.version(2, signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!)?.bytes == Array(edited.utf8))
            try Self.expectIntact(store, fixture)
        }
    }

    @Test func aReportTheServerNeverFiledIsNotRecorded() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        try await fixture.withClient { client in
            let entries = try store.auditEntries().count
            try Self.edit(fixture, ServeFixture.body())
            _ = try await client.call(.get, "/api/v1/status", token: fixture.secretariatToken)
            #expect(try store.auditEntries().count == entries)
            #expect(try store.versions(signatory: "dprd-ntt", quarter: Quarter("2026-Q3")!).isEmpty)
        }
    }
}
