import Foundation
import GRDB
import KomitmenCore
import Testing

@testable import KomitmenState

/// A state folder made by the first schema (before receipts carried their audit link and the late
/// correction mark) still opens: its receipts are answered with the link taken from the chain,
/// `late_correction` false, and `audit verify` passes.
@Suite struct StateMigrationTests {
    /// The first schema alone, with one account and two filings written as its code wrote them.
    static func oldState(_ scratch: ScratchState) throws -> [(receipt: String, entry: AuditEntry)] {
        try FileManager.default.createDirectory(atPath: scratch.state, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: scratch.state + "/state.sqlite")
        try StateSchema.migrator.migrate(queue, upTo: "v1: accounts, sessions, receipts, audit")
        var filed: [(String, AuditEntry)] = []
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO account (kind, who, token_hash, created) VALUES ('signatory', 'polda-ntt', ?, ?)",
                arguments: [Data(repeating: 7, count: 32), "2026-04-01T00:00:00Z"])
            var previous = AuditEntry.genesis
            var seq: Int64 = 0
            func append(_ action: String, _ subject: String, _ detail: [String: String]) throws -> AuditEntry {
                seq += 1
                var entry = AuditEntry(
                    seq: seq, time: "2026-04-10T08:00:00Z", actor: "account:1", action: action, subject: subject,
                    detail: AuditEntry.canonicalDetail(detail), prevHash: previous, hash: "")
                entry.hash = entry.expectedHash
                try db.execute(
                    sql: "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        entry.seq, entry.time, entry.actor, entry.action, entry.subject, entry.detail, entry.prevHash,
                        entry.hash,
                    ])
                previous = entry.hash
                return entry
            }
            _ = try append("account.add", "account:1", ["kind": "signatory", "who": "polda-ntt"])
            for (version, bytes) in [AuditChainTests.first, AuditChainTests.second].enumerated().map({ ($0 + 1, $1) }) {
                let digest = sha256Hex(bytes)
                let id = Receipt.id(quarter: "2026-Q1", signatory: "polda-ntt", version: version, sha256: digest)
                try db.execute(
                    sql:
                        "INSERT INTO receipt VALUES (?, 'polda-ntt', '2026-Q1', ?, ?, '2026-04-10T08:00:00Z', 'on-time', 'account:1', ?)",
                    arguments: [id, version, digest, Data(bytes)])
                let entry = try append(
                    "report.file", AuditChainTests.path,
                    [
                        "receipt": id, "version": String(version), "sha256": digest, "filing": "on-time",
                        "kind": "signatory", "who": "polda-ntt",
                    ])
                filed.append((id, entry))
            }
        }
        try scratch.write(AuditChainTests.path, AuditChainTests.second)
        return filed
    }

    @Test func anOldStateOpensAnswersItsReceiptsAndVerifies() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let filed = try Self.oldState(scratch)
        let store = try scratch.open()
        #expect(
            try store.appliedMigrations() == [
                "v1: accounts, sessions, receipts, audit", "v2: receipt audit link, late correction, quota index",
            ])
        let versions = try store.versions(signatory: "polda-ntt", quarter: AuditChainTests.quarter)
        #expect(versions.map(\.receipt) == filed.map(\.receipt))
        for (receipt, old) in zip(versions, filed) {
            #expect(receipt.audit == ReceiptAudit(sequence: old.entry.seq, hash: old.entry.hash, head: old.entry.hash))
            #expect(receipt.lateCorrection == false)
        }
        #expect(try store.verify(root: scratch.root).problems == [])
        // A filing after the migration continues the chain and the versions.
        let account = try #require(try store.accounts().first)
        let third = try store.recordFiling(
            signatory: "polda-ntt", quarter: AuditChainTests.quarter, bytes: KeptReceiptTests.third,
            received: Date(timeIntervalSince1970: 1_775_808_000), filing: .onTime, filedBy: account,
            lateCorrection: true)
        #expect(third.version == 3 && third.audit?.sequence == 4 && third.lateCorrection)
        #expect(try store.auditEntries(after: 3).first?.detailFields["late_correction"] == "true")
        try scratch.write(AuditChainTests.path, KeptReceiptTests.third)
        #expect(try store.verify(root: scratch.root).problems == [])
        // Reopened, nothing is migrated twice.
        #expect(try scratch.open().appliedMigrations().count == 2)
    }

    @Test func aCopyOfTheOldStateIsKeptBesideItOnceAndNeverForANewOne() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        _ = try Self.oldState(scratch)
        let copy = scratch.state + "/state.sqlite.before-v2"
        _ = try scratch.open()
        let kept = try DatabaseQueue(path: copy)
        let (migrations, receipts) = try kept.read { db in
            (try StateSchema.migrator.appliedMigrations(db), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM receipt"))
        }
        #expect(migrations == ["v1: accounts, sessions, receipts, audit"] && receipts == 2)
        try kept.close()
        var status = stat()
        #expect(stat(copy, &status) == 0 && status.st_mode & 0o077 == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        _ = try scratch.open()
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)

        let fresh = try ScratchState()
        defer { fresh.delete() }
        _ = try fresh.open()
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh.state).filter { $0.contains("before") } == [])
    }

    @Test func anOldReceiptNoEntryRecordsHasNoAuditLink() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let filed = try Self.oldState(scratch)
        let queue = try DatabaseQueue(path: scratch.state + "/state.sqlite")
        try queue.write { db in try db.execute(sql: "DELETE FROM audit WHERE seq = ?", arguments: [filed[0].entry.seq])
        }
        try queue.close()
        let store = try scratch.open()
        let versions = try store.versions(signatory: "polda-ntt", quarter: AuditChainTests.quarter)
        #expect(versions[0].audit == nil && versions[1].audit?.sequence == filed[1].entry.seq)
        #expect(try !store.verify(root: scratch.root).isIntact)
    }
}
