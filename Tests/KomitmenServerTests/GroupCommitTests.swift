import Foundation
import KomitmenCore
import Testing

@testable import KomitmenState

/// Filings committed together (`commitFiling`): each gets its own version and audit entry, the
/// chain links in commit order, and every answer comes after its commit.
@Suite struct GroupCommitTests {
    @Test func concurrentFilingsCommitInGroupsWithVersionsAndAChain() async throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let ids = ["polda-ntt", "mui-ntt", "dprd-ntt", "undana"]
        let account = try store.addSecretariatAccount("sekretariat", actor: "test").account
        let quarter = Quarter("2026-Q1")!
        let receipts = try await withThrowingTaskGroup(of: Receipt.self) { group in
            for round in 0..<10 {
                for id in ids {
                    group.addTask {
                        let bytes = Array("signatory: \(id)\nperiod: 2026-Q1\nnarrative: \(round)\n".utf8)
                        return try await store.commitFiling(
                            signatory: id, quarter: quarter, bytes: bytes, received: Date(), filing: .late,
                            filedBy: account)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(receipts.count == 40)
        for id in ids {
            let versions = try store.versions(signatory: id, quarter: quarter)
            #expect(versions.map(\.version) == Array(1...10))
            #expect(Set(receipts.filter { $0.signatory == id }.map(\.receipt)) == Set(versions.map(\.receipt)))
            // The file under ROOT holds the latest version, as the server leaves it.
            let latest = try #require(try store.version(10, signatory: id, quarter: quarter))
            try scratch.write("reports/2026-Q1/\(id).yaml", latest.bytes)
        }
        let verification = try store.verify(root: scratch.root)
        #expect(verification.problems.isEmpty)
        #expect(try store.auditEntries(after: 0, limit: 1000).filter { $0.action == "report.file" }.count == 40)
    }

    @Test func aRefusedFilingIsRefusedAloneAndBeforeItWaits() async throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let account = try store.addSecretariatAccount("sekretariat", actor: "test").account
        let quarter = Quarter("2026-Q1")!
        await #expect(throws: StateFailure.self) {
            _ = try await store.commitFiling(
                signatory: "../x", quarter: quarter, bytes: [1], received: Date(), filing: .late, filedBy: account)
        }
        let receipt = try await store.commitFiling(
            signatory: "undana", quarter: quarter, bytes: [2], received: Date(), filing: .late, filedBy: account)
        #expect(receipt.version == 1)
        #expect(try store.hasReceipt(signatory: "undana", quarter: quarter))
        #expect(try !store.hasReceipt(signatory: "mui-ntt", quarter: quarter))
    }
}
