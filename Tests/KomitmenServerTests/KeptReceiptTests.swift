import Foundation
import KomitmenCore
import KomitmenIntake
import Testing

@testable import KomitmenState

/// Issue 21, item 3: receipts carry their audit entry and the head after it, and receipts their
/// holders kept find a chain cut short or rewritten that `verify` alone passes.
@Suite struct KeptReceiptTests {
    static let quarter = AuditChainTests.quarter
    static let path = AuditChainTests.path
    static let third = Array("signatory: polda-ntt\nperiod: 2026-Q1\nsubmitted: 2026-04-10\nnarrative: third\n".utf8)

    /// Three versions filed, each receipt kept as the API answers it in `kept/`.
    static func filedAndKept(_ scratch: ScratchState) throws -> (StateStore, [Receipt], String) {
        let store = try scratch.open()
        let account = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test").account
        let kept = scratch.folder.appendingPathComponent("kept").path
        try FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true)
        var receipts: [Receipt] = []
        for (offset, bytes) in [AuditChainTests.first, AuditChainTests.second, third].enumerated() {
            let receipt = try store.recordFiling(
                signatory: "polda-ntt", quarter: quarter, bytes: bytes,
                received: Date(timeIntervalSince1970: 1_775_808_000 + Double(offset) * 60), filing: .onTime,
                filedBy: account)
            try scratch.write(path, bytes)
            let json = try Intake.json(receipt, zone: TimeZone(identifier: "Asia/Makassar")!)
            try Data(json.serialized().utf8).write(to: URL(fileURLWithPath: "\(kept)/v\(offset + 1).json"))
            receipts.append(receipt)
        }
        return (store, receipts, kept)
    }

    @Test func receiptsNameTheirEntryAndTheHead() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, receipts, kept) = try Self.filedAndKept(scratch)
        let entries = try store.auditEntries()
        for (index, receipt) in receipts.enumerated() {
            let entry = entries[index + 1]
            #expect(receipt.audit == ReceiptAudit(sequence: entry.seq, hash: entry.hash, head: entry.hash))
            #expect(entry.detailFields["receipt"] == receipt.receipt)
        }
        #expect(try store.versions(signatory: "polda-ntt", quarter: Self.quarter) == receipts)
        let head = try store.auditHead()
        #expect(head.sequence == 4 && head.hash == receipts[2].audit?.head)
        let read = KeptReceipt.read(folder: kept)
        #expect(read.problems == [] && read.receipts.map(\.receipt) == receipts.map(\.receipt))
        #expect(read.receipts.map(\.audit) == receipts.map(\.audit))
        #expect(try store.check(read.receipts) == [])
        #expect(try store.verify(root: scratch.root).isIntact)
    }

    @Test func anEmptyChainsHeadIsTheGenesis() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let head = try scratch.open().auditHead()
        #expect(head.sequence == 0 && head.hash == AuditEntry.genesis)
    }

    @Test func aBatchNamesTheHeadItsTransactionLeft() async throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let account = try store.addSecretariatAccount("sekretariat", actor: "test").account
        let receipts = try await withThrowingTaskGroup(of: Receipt.self) { group in
            for index in 0..<24 {
                group.addTask {
                    try await store.commitFiling(
                        signatory: "s\(index)", quarter: Self.quarter, bytes: Array("v\(index)\n".utf8),
                        received: Date(), filing: .late, filedBy: account)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let sequences = Dictionary(uniqueKeysWithValues: try store.auditEntries().map { ($0.hash, $0.seq) })
        for receipt in receipts {
            let audit = try #require(receipt.audit)
            #expect(sequences[audit.hash] == audit.sequence)
            #expect((sequences[audit.head] ?? 0) >= audit.sequence)
            let stored = try #require(try store.version(1, signatory: receipt.signatory, quarter: Self.quarter))
            #expect(stored.receipt.audit == audit)
        }
    }

    @Test func aChainCutShortPassesVerifyButNotTheKeptReceipts() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, receipts, kept) = try Self.filedAndKept(scratch)
        let last = receipts[2]
        try scratch.tamper(store, "DELETE FROM audit WHERE seq = \(last.audit!.sequence)")
        try scratch.tamper(store, "DELETE FROM receipt WHERE receipt = '\(last.receipt)'")
        try scratch.write(Self.path, AuditChainTests.second)
        // The documented limit: nothing on the same host can tell.
        #expect(try store.verify(root: scratch.root).problems == [])
        let problems = try store.check(KeptReceipt.read(folder: kept).receipts)
        #expect(
            problems.map(\.en) == [
                "\(kept)/v3.json: receipt \(last.receipt) was handed out, but its version is no longer stored",
                "\(kept)/v3.json: receipt \(last.receipt) names audit entry 4, but the chain ends at entry 3: it was cut short after the receipt was handed out",
            ])
        #expect(problems.allSatisfy { $0.id.contains("tanda terima \(last.receipt)") })
    }

    @Test func aChainRewrittenWithEveryHashRecomputedIsFound() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, receipts, kept) = try Self.filedAndKept(scratch)
        // Version 1 forged, its receipt and entry rewritten, every hash after it recomputed.
        let forged = Array("signatory: polda-ntt\nperiod: 2026-Q1\nsubmitted: 2026-04-10\nnarrative: forged\n".utf8)
        let digest = sha256Hex(forged)
        let forgedID = Receipt.id(quarter: "2026-Q1", signatory: "polda-ntt", version: 1, sha256: digest)
        try scratch.tamper(
            store,
            "UPDATE receipt SET bytes = X'\(forged.map { String(format: "%02x", $0) }.joined())', sha256 = '\(digest)', receipt = '\(forgedID)' WHERE version = 1"
        )
        var previous = AuditEntry.genesis
        for var entry in try store.auditEntries() {
            entry.detail = entry.detail.replacingOccurrences(of: receipts[0].receipt, with: forgedID)
                .replacingOccurrences(of: receipts[0].sha256, with: digest)
            entry.prevHash = previous
            entry.hash = entry.expectedHash
            try scratch.tamper(
                store,
                "UPDATE audit SET detail = '\(entry.detail)', prev_hash = '\(entry.prevHash)', hash = '\(entry.hash)' WHERE seq = \(entry.seq)"
            )
            try scratch.tamper(
                store,
                "UPDATE receipt SET audit_hash = '\(entry.hash)', audit_head = '\(entry.hash)' WHERE audit_seq = \(entry.seq)"
            )
            previous = entry.hash
        }
        #expect(try store.verify(root: scratch.root).problems == [])
        let problems = try store.check(KeptReceipt.read(folder: kept).receipts).map(\.en)
        #expect(problems.count == 4)
        #expect(
            problems[0]
                == "\(kept)/v1.json: receipt \(receipts[0].receipt) was handed out, but its version is no longer stored"
        )
        #expect(
            problems[1].hasPrefix(
                "\(kept)/v1.json: receipt \(receipts[0].receipt) was handed out with audit entry 2 hashed "))
        #expect(problems[1].hasSuffix(": the chain was rewritten"))
        #expect(
            problems[2].hasPrefix("\(kept)/v2.json: receipt \(receipts[1].receipt) was handed out with audit entry 3"))
    }

    @Test func aForgedHeadOrDigestInAKeptReceiptIsNamed() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, receipts, kept) = try Self.filedAndKept(scratch)
        var receipt = try #require(KeptReceipt.read(folder: kept).receipts.first)
        receipt.audit?.head = String(repeating: "a", count: 64)
        receipt.sha256 = String(repeating: "b", count: 64)
        #expect(
            try store.check([receipt]).map(\.en) == [
                "\(kept)/v1.json: receipt \(receipts[0].receipt) says sha256 \(receipt.sha256), but the version stored has \(receipts[0].sha256)",
                "\(kept)/v1.json: receipt \(receipts[0].receipt) was handed out with chain head \(receipt.audit!.head), which the chain no longer holds: it was cut short or rewritten",
            ])
    }

    @Test func unreadableOrForeignFilesAreNamedNeverSkipped() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (_, receipts, kept) = try Self.filedAndKept(scratch)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: "\(kept)/broken.json"))
        try FileManager.default.createDirectory(atPath: "\(kept)/sub", withIntermediateDirectories: true)
        try Data(#"{"versions": [{"receipt": "x"}]}"#.utf8).write(to: URL(fileURLWithPath: "\(kept)/sub/list.json"))
        try FileManager.default.createSymbolicLink(atPath: "\(kept)/link.json", withDestinationPath: "\(kept)/v1.json")
        try Data("ignored".utf8).write(to: URL(fileURLWithPath: "\(kept)/notes.txt"))
        let read = KeptReceipt.read(folder: kept)
        #expect(read.receipts.map(\.receipt) == receipts.map(\.receipt))
        #expect(
            read.problems.map(\.en) == [
                "\(kept)/broken.json cannot be read as a receipt (JSON as the API answered it)",
                "\(kept)/sub/list.json holds something that is not a receipt (receipt, sha256, version expected)",
            ])
        let missing = KeptReceipt.read(folder: "\(kept)/nowhere")
        #expect(missing.problems.map(\.en) == ["\(kept)/nowhere is not a folder of receipts"])
    }

    @Test func receivedIsAnsweredWithTheDeclarationsOffset() throws {
        let receipt = Receipt(
            receipt: "r", signatory: "s", quarter: "2026-Q4", version: 1, sha256: "", received: "2026-11-20T00:00:00Z",
            filing: .onTime, filedBy: "account:1")
        #expect(receipt.received(in: TimeZone(identifier: "Asia/Makassar")!) == "2026-11-20T08:00:00+08:00")
        #expect(receipt.received(in: TimeZone(identifier: "UTC")!) == "2026-11-20T00:00:00Z")
        #expect(receipt.received(in: TimeZone(identifier: "America/St_Johns")!) == "2026-11-19T20:30:00-03:30")
        var odd = receipt
        odd.received = "yesterday"
        #expect(odd.received(in: TimeZone(identifier: "Asia/Makassar")!) == "yesterday")
    }
}
