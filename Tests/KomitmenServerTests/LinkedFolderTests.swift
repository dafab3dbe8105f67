import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenCore
import KomitmenHTTP
import KomitmenState
import Testing

/// A link where a quarter's folder belongs under ROOT (a `git pull` can bring one): never read
/// through, never written through, 409 before any receipt, and it never stops the server — a
/// write a crash left unfinished behind it waits, and `audit verify` says why.
@Suite struct LinkedFolderTests {
    static let quarter = Quarter("2026-Q3")!
    static let path = "/api/v1/reports/2026-Q3/dprd-ntt"

    /// Moves `reports/2026-Q3` outside ROOT, plants a report there, and links it back in.
    static func linkQuarterOutside(_ fixture: ServeFixture) throws -> String {
        let folder = (fixture.root as NSString).appendingPathComponent("reports/2026-Q3")
        let outside = fixture.folder.appendingPathComponent("outside-2026-Q3").path
        try FileManager.default.moveItem(atPath: folder, toPath: outside)
        try Data(ServeFixture.body(submitted: "2026-10-01", budget: 1).utf8)
            .write(to: URL(fileURLWithPath: outside + "/dprd-ntt.yaml"))
        #expect(symlink(outside, folder) == 0)
        return outside
    }

    @Test func aFilingThroughALinkIs409BeforeAnyReceiptAndNothingIsReadThroughIt() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        try await fixture.withClient { client in
            let first = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: ServeFixture.body())
            #expect(first.status == .created)
            let outside = try Self.linkQuarterOutside(fixture)
            let planted = try Data(contentsOf: URL(fileURLWithPath: outside + "/dprd-ntt.yaml"))
            let entries = try store.auditEntries().count
            let read = try await client.call(.get, Self.path, token: fixture.signatoryToken)
            #expect(read.status == .notFound)
            #expect(!read.text.contains("budget_allocated_idr: 1\n"))
            let refused = try await client.call(
                .put, Self.path, token: fixture.signatoryToken, body: ServeFixture.body(budget: 2))
            #expect(refused.status == .conflict)
            #expect(refused.errorCode == "folder_not_plain")
            #expect(refused.text.contains("reports/2026-Q3"))
            #expect(try store.versions(signatory: "dprd-ntt", quarter: Self.quarter).count == 1)
            #expect(try store.auditEntries().count == entries)
            #expect(try Data(contentsOf: URL(fileURLWithPath: outside + "/dprd-ntt.yaml")) == planted)
        }
    }

    @Test func anUnfinishedWriteBehindALinkWaitsAndTheServerStarts() async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let first = try await client.call(.put, Self.path, token: fixture.signatoryToken, body: ServeFixture.body())
            #expect(first.status == .created)
        }
        let store = try StateStore(folder: fixture.state, outside: fixture.root)
        // A crash between the receipt and the write of a first filing: no file yet.
        try FileManager.default.removeItem(atPath: (fixture.root as NSString).appendingPathComponent("reports/2026-Q3"))
        let outside = fixture.folder.appendingPathComponent("outside").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: false)
        #expect(symlink(outside, (fixture.root as NSString).appendingPathComponent("reports/2026-Q3")) == 0)
        let unfinished = try store.completeUnfinishedWrites(root: fixture.root)
        #expect(unfinished.written.isEmpty)
        #expect(unfinished.blocked == ["reports/2026-Q3"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        let problems = try store.verify(root: fixture.root).problems.map(\.en)
        #expect(problems.contains { $0.contains("reports/2026-Q3 under ROOT is not a plain folder") }, "\(problems)")
        #expect(!problems.contains { $0.contains("starting the server finishes it") })
        // The server starts all the same and answers.
        try await fixture.withClient { client in
            let health = try await client.call(.get, "/healthz")
            #expect(health.status == .ok)
        }
        // The link gone, the next start finishes the write and the record agrees.
        try FileManager.default.removeItem(atPath: (fixture.root as NSString).appendingPathComponent("reports/2026-Q3"))
        #expect(try store.completeUnfinishedWrites(root: fixture.root).written.count == 1)
        #expect(try store.verify(root: fixture.root).isIntact)
    }
}
