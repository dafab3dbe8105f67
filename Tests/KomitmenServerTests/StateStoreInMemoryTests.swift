import Foundation
import GRDB
import KomitmenCore
import Testing

@testable import KomitmenState

/// The state over a writer handed in: an in-memory `DatabaseQueue`, no folder, no file. The same
/// migrations, the same rows, the same refusals as the state on disk.
@Suite struct StateStoreInMemoryTests {
    static let quarter = Quarter("2026-Q2")!

    static func store() throws -> StateStore { try StateStore(writer: try DatabaseQueue()) }

    @Test func anInMemoryStateIsMigratedAndHasNoFolder() throws {
        let store = try Self.store()
        #expect(store.location == nil)
        #expect(
            try store.appliedMigrations() == [
                "v1: accounts, sessions, receipts, audit", "v2: receipt audit link, late correction, quota index",
            ])
    }

    @Test func accountsAndTokensWorkInMemory() throws {
        let store = try Self.store()
        let added = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test")
        #expect(try store.authenticate(added.token) == added.account)
        #expect(try store.accounts().map(\.who) == ["polda-ntt"])
        try store.revokeAccount("1", actor: "test")
        #expect(try store.authenticate(added.token) == nil)
        #expect(try store.auditEntries().map(\.action) == ["account.add", "account.revoke"])
    }

    @Test func aFilingIsReadBackThroughItsRecord() throws {
        let store = try Self.store()
        let account = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test").account
        let received = Date(timeIntervalSince1970: 1_780_000_000)
        let receipt = try store.recordFiling(
            signatory: "polda-ntt", quarter: Self.quarter, bytes: Array("a: 1\n".utf8), received: received,
            filing: .late, filedBy: account, lateCorrection: true)
        let versions = try store.versions(signatory: "polda-ntt", quarter: Self.quarter)
        #expect(versions == [receipt])
        #expect(versions.first?.lateCorrection == true && versions.first?.filing == .late)
        #expect(versions.first?.audit?.sequence == 2)
        #expect(try store.version(1, signatory: "polda-ntt", quarter: Self.quarter)?.bytes == Array("a: 1\n".utf8))
        #expect(try store.latestReceipts() == [receipt])
    }

    @Test func anUnknownStoredValueIsNamedInMemoryToo() throws {
        let store = try Self.store()
        _ = try store.addSecretariatAccount("sekretariat", actor: "test")
        try store.writer.writeWithoutTransaction { db in
            try db.execute(
                sql: StateRowReadingTests.unchecked("UPDATE account SET kind = 'root' WHERE id = 1"))
        }
        let error = #expect(throws: StateFailure.self) { try store.accounts() }
        #expect(error == .unknownValue(what: Phrase(en: "the kind of account 1", id: "jenis akun 1"), value: "root"))
        #expect(error?.message.en.contains("the kind of account 1 is stored as 'root'") == true)
    }
}
