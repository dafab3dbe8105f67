import Foundation
import KomitmenCore
import Testing

@testable import KomitmenState

/// Receipts with every version's bytes, and the audit chain that `audit verify` checks.
@Suite struct AuditChainTests {
    static let quarter = Quarter("2026-Q1")!
    static let first = Array("signatory: polda-ntt\nperiod: 2026-Q1\nsubmitted: 2026-04-10\n".utf8)
    static let second = Array(
        "signatory: polda-ntt\nperiod: 2026-Q1\nsubmitted: 2026-04-10\nnarrative: corrected\n".utf8)
    static let path = "reports/2026-Q1/polda-ntt.yaml"

    /// A store with one account and two versions of polda-ntt's 2026-Q1 report, the file holding the second.
    static func filed(_ scratch: ScratchState) throws -> (StateStore, [Receipt]) {
        let store = try scratch.open()
        let account = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test").account
        let time = Date(timeIntervalSince1970: 1_775_808_000)  // 2026-04-10T08:00:00Z
        var receipts: [Receipt] = []
        for (offset, bytes) in [first, second].enumerated() {
            receipts.append(
                try store.recordFiling(
                    signatory: "polda-ntt", quarter: quarter, bytes: bytes,
                    received: time.addingTimeInterval(Double(offset) * 3600),
                    filing: .onTime, filedBy: account))
            try scratch.write(path, bytes)
        }
        return (store, receipts)
    }

    @Test func filingsAreVersionedWithReceiptsAndBytes() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, receipts) = try Self.filed(scratch)
        #expect(receipts.map(\.version) == [1, 2])
        #expect(receipts[0].sha256 == sha256Hex(Self.first))
        #expect(receipts[0].receipt == "2026-Q1-polda-ntt-v1-" + sha256Hex(Self.first).prefix(8))
        #expect(receipts[1].received == "2026-04-10T09:00:00Z")
        #expect(receipts[1].filedBy == "account:1")
        #expect(try store.versions(signatory: "polda-ntt", quarter: Self.quarter) == receipts)
        #expect(try store.version(1, signatory: "polda-ntt", quarter: Self.quarter)?.bytes == Self.first)
        #expect(try store.version(2, signatory: "polda-ntt", quarter: Self.quarter)?.bytes == Self.second)
        #expect(try store.version(3, signatory: "polda-ntt", quarter: Self.quarter) == nil)
        let entries = try store.auditEntries()
        #expect(entries.map(\.action) == ["account.add", "report.file", "report.file"])
        #expect(entries[2].subject == Self.path && entries[2].actor == "account:1")
        #expect(entries[2].detailFields["receipt"] == receipts[1].receipt)
        #expect(try store.auditEntries(after: 2).map(\.seq) == [3])
        let encoded = String(decoding: try JSONEncoder().encode(receipts[0]), as: UTF8.self)
        #expect(encoded.contains("\"filing\":\"on-time\"") && encoded.contains("\"filed_by\":\"account:1\""))
    }

    @Test func intactChainVerifies() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, _) = try Self.filed(scratch)
        let result = try store.verify(root: scratch.root)
        #expect(result.problems == [])
        #expect((result.entries, result.receipts, result.filesChecked) == (3, 2, 1))
    }

    /// One row per way to break the record: the change, then the exact first message `verify` gives.
    static let tampering: [(String, String, String)] = [
        (
            "UPDATE audit SET subject = 'reports/2026-Q1/other.yaml' WHERE seq = 2",
            "", "audit entry 2 (report.file reports/2026-Q1/other.yaml) was changed: its hash does not match its fields"
        ),
        ("DELETE FROM audit WHERE seq = 1", "", "audit entries 1 to 1 are missing from the chain"),
        (
            "UPDATE audit SET prev_hash = hash WHERE seq = 3", "",
            "audit entry 3 does not follow the entry before it: its prev_hash is not that entry's hash"
        ),
        (
            "UPDATE receipt SET bytes = X'00' WHERE version = 1", "",
            "the stored bytes of receipt RECEIPT1 do not match its sha256"
        ),
        (
            "DELETE FROM receipt WHERE version = 1", "",
            "audit entry 2 records receipt RECEIPT1, which is no longer stored"
        ),
        (
            "UPDATE receipt SET audit_hash = 'abc' WHERE version = 1", "",
            "receipt RECEIPT1 names audit entry 2 with hash abc, which the chain does not hold"
        ),
        (
            "UPDATE account SET revoked = NULL", "revoke",
            "audit entry 4 revoked account 1, but the account is active again"
        ),
        (
            "", "edit",
            "ROOT/reports/2026-Q1/polda-ntt.yaml differs from its latest receipt RECEIPT2 (version 2, sha256 SHA2): it was changed outside the server"
        ),
        ("", "remove", "ROOT/reports/2026-Q1/polda-ntt.yaml is missing, but receipt RECEIPT2 (version 2) stored it"),
        (
            "", "rollback",
            "ROOT/reports/2026-Q1/polda-ntt.yaml does not yet hold receipt RECEIPT2 (version 2): a write a crash interrupted; starting the server finishes it"
        ),
    ]

    @Test(arguments: tampering)
    func tamperingIsFoundAndNamed(_ sql: String, _ action: String, _ message: String) throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, receipts) = try Self.filed(scratch)
        switch action {
        case "revoke": try store.revokeAccount("1", actor: "test")
        case "edit": try scratch.write(Self.path, Self.second + Array("# edited\n".utf8))
        case "remove": try FileManager.default.removeItem(atPath: scratch.root + "/" + Self.path)
        case "rollback": try scratch.write(Self.path, Self.first)
        default: break
        }
        if !sql.isEmpty { try scratch.tamper(store, sql) }
        let result = try store.verify(root: scratch.root)
        let expected = message.replacingOccurrences(of: "RECEIPT1", with: receipts[0].receipt)
            .replacingOccurrences(of: "RECEIPT2", with: receipts[1].receipt)
            .replacingOccurrences(of: "SHA2", with: receipts[1].sha256).replacingOccurrences(
                of: "ROOT", with: scratch.root)
        #expect(result.problems.first?.en == expected)
        #expect(!result.isIntact)
        #expect(result.problems.allSatisfy { !$0.id.isEmpty && $0.id != $0.en })
    }

    @Test func anInterruptedWriteIsFinishedOnStartAndOutsideEditsAreLeftAlone() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, _) = try Self.filed(scratch)
        try scratch.write(Self.path, Self.first)  // the rename of version 2 never happened
        #expect(try store.completeUnfinishedWrites(root: scratch.root).written == [scratch.root + "/" + Self.path])
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: scratch.root + "/" + Self.path))) == Self.second)
        #expect(try store.verify(root: scratch.root).isIntact)
        let edited = Self.second + Array("# edited by hand\n".utf8)
        try scratch.write(Self.path, edited)
        #expect(try store.completeUnfinishedWrites(root: scratch.root).written == [])
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: scratch.root + "/" + Self.path))) == edited)
    }

    @Test func concurrentFilingsGetDistinctVersionsAndAnUnbrokenChain() async throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let account = try store.addSecretariatAccount("sekretariat", actor: "test").account
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    _ = try store.recordFiling(
                        signatory: "polda-ntt", quarter: Self.quarter, bytes: Array("v\(index)\n".utf8),
                        received: Date(), filing: .late, filedBy: account)
                }
            }
            try await group.waitForAll()
        }
        let versions = try store.versions(signatory: "polda-ntt", quarter: Self.quarter)
        #expect(versions.map(\.version) == Array(1...40))
        let last = try #require(try store.version(40, signatory: "polda-ntt", quarter: Self.quarter))
        try scratch.write(Self.path, last.bytes)
        #expect(try store.verify(root: scratch.root).problems == [])
    }
}
