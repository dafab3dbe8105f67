import Foundation
import KomitmenCore
import Testing

@testable import KomitmenState

/// A stored value komitmen never writes (a receipt's `filing`, an account's `kind`) is named,
/// never read as a default: `late` for a receipt, a signatory for an account. The schema's CHECK
/// constraints refuse such values; a hand edit with the constraints off gets past them.
@Suite struct StateRowReadingTests {
    static func unchecked(_ sql: String) -> String {
        "PRAGMA ignore_check_constraints = ON; \(sql); PRAGMA ignore_check_constraints = OFF"
    }

    @Test func aReceiptWithAnUnknownFilingIsNamed() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let (store, receipts) = try AuditChainTests.filed(scratch)
        try scratch.tamper(store, Self.unchecked("UPDATE receipt SET filing = 'early' WHERE version = 1"))
        let expected = "the filing of receipt \(receipts[0].receipt) is stored as 'early', which komitmen never writes"
        for read in [
            { _ = try store.versions(signatory: "polda-ntt", quarter: AuditChainTests.quarter) },
            { _ = try store.version(1, signatory: "polda-ntt", quarter: AuditChainTests.quarter) },
            { _ = try store.verify(root: scratch.root) },
        ] {
            let error = #expect(throws: StateFailure.self) { try read() }
            #expect(error?.message.en.contains(expected) == true, "\(String(describing: error?.message.en))")
            #expect(error?.message.id.contains("tersimpan sebagai 'early'") == true)
        }
        // The other version still reads.
        #expect(try store.version(2, signatory: "polda-ntt", quarter: AuditChainTests.quarter)?.receipt == receipts[1])
    }

    @Test func anAccountWithAnUnknownKindIsNamed() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let added = try store.addSecretariatAccount("sekretariat", actor: "test")
        try scratch.tamper(store, Self.unchecked("UPDATE account SET kind = 'root' WHERE id = 1"))
        for read in [{ _ = try store.accounts() }, { _ = try store.authenticate(added.token) }] {
            let error = #expect(throws: StateFailure.self) { try read() }
            #expect(error?.message.en.contains("the kind of account 1 is stored as 'root'") == true)
        }
    }
}
