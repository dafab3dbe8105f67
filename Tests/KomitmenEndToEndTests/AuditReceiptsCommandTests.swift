import Foundation
import KomitmenCore
import Testing

@testable import KomitmenState

/// `komitmen audit head` and `komitmen audit verify --receipts DIR`, through the binary.
@Suite struct AuditReceiptsCommandTests {
    /// polda-ntt's 2025-Q4 report filed twice, each receipt kept in `kept/` as the API answers it.
    static func filed(_ repository: TemporaryRepository) throws -> (StateStore, [Receipt]) {
        let state = repository.folder.appendingPathComponent("state").path
        let store = try StateStore(folder: state, outside: repository.root.path)
        let account = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test").account
        let kept = repository.folder.appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
        let first = Array(try repository.read("reports/2025-Q4/polda-ntt.yaml").utf8)
        var receipts: [Receipt] = []
        for (number, bytes) in [first, first + Array("# corrected\n".utf8)].enumerated() {
            let receipt = try store.recordFiling(
                signatory: "polda-ntt", quarter: Quarter("2025-Q4")!, bytes: bytes, received: Date(), filing: .late,
                filedBy: account)
            try repository.write("reports/2025-Q4/polda-ntt.yaml", bytes: bytes)
            // The receipt's fields as the API names them.
            try JSONEncoder().encode(receipt).write(to: kept.appendingPathComponent("v\(number + 1).json"))
            receipts.append(receipt)
        }
        return (store, receipts)
    }

    @Test func headPrintsTheLastEntryAndVerifyChecksKeptReceipts() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let (_, receipts) = try Self.filed(repository)
        let head = try repository.run(["audit", "head", "--state", "state"])
        #expect(head.status == 0, "\(head.stderr)")
        #expect(head.stdout == "3 \(receipts[1].audit!.head)\n")
        let intact = try repository.run(["audit", "verify", "repo", "--state", "state", "--receipts", "kept"])
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(
            intact.stdout
                == "Audit chain intact: 3 audit entries, 2 stored versions, 1 report files, 2 kept receipts\n")
    }

    @Test func aChainCutShortIsFoundOnlyWithTheReceipts() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let (store, receipts) = try Self.filed(repository)
        let last = receipts[1]
        let first = Array(try repository.read("reports/2025-Q4/polda-ntt.yaml").utf8).dropLast(12)
        try store.cut(last)
        try repository.write("reports/2025-Q4/polda-ntt.yaml", bytes: Array(first))
        let alone = try repository.run(["audit", "verify", "repo", "--state", "state"])
        #expect(alone.status == 0, "\(alone.stderr)")
        let checked = try repository.run([
            "audit", "verify", "repo", "--state", "state", "--receipts", "kept", "--lang", "id",
        ])
        #expect(checked.status == 1)
        #expect(
            checked.stderr == """
                error: kept/v2.json: tanda terima \(last.receipt) pernah diberikan, tetapi versinya tidak tersimpan lagi
                error: kept/v2.json: tanda terima \(last.receipt) menyebut entri audit 3, tetapi rantai berakhir di entri 2: rantai dipotong setelah tanda terima diberikan
                Verifikasi audit gagal (2 masalah): 2 entri audit, 1 versi tersimpan, 1 berkas laporan, 2 tanda terima simpanan

                """)
    }

    static let refusals: [([String], String)] = [
        (
            ["audit", "head", "--state", "state"],
            "error: there is no state folder state; `komitmen accounts add` makes it (or give --state DIR)\n"
        ),
        (
            ["audit", "verify", "repo", "--state", "state", "--receipts", "nowhere"],
            "error: nowhere is not a folder of receipts\n"
        ),
    ]

    @Test(arguments: refusals)
    func refusalsNameWhatIsWrong(_ arguments: [String], _ message: String) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        if arguments[1] == "verify" { _ = try Self.filed(repository) }
        let result = try repository.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stdout == "")
    }
}

extension StateStore {
    /// What an intruder with the state folder does: the last entry and its receipt row removed.
    fileprivate func cut(_ receipt: Receipt) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM audit WHERE seq = ?", arguments: [receipt.audit!.sequence])
            try db.execute(sql: "DELETE FROM receipt WHERE receipt = ?", arguments: [receipt.receipt])
        }
    }
}
