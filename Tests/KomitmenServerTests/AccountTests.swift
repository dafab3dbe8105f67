import Foundation
import Testing

@testable import KomitmenState

/// Tokens: random, shown once, stored as hashes only, compared in constant time, revocable.
@Suite struct AccountTests {
    @Test func tokensAreLongRandomAndUnique() {
        let tokens = (0..<2000).map { _ in AccessToken.generate() }
        #expect(Set(tokens).count == tokens.count)
        for token in tokens.prefix(50) {
            #expect(token.hasPrefix("kmt_"))
            #expect(token.count == 4 + 43)  // 32 bytes in base64url, unpadded: 256 bits
            #expect(token.dropFirst(4).allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        }
    }

    @Test func onlyTheHashIsStored() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        var tokens: [String] = []
        for id in ["polda-ntt", "pemkab-belu"] {
            tokens.append(try store.addSignatoryAccount(id, known: ["polda-ntt", "pemkab-belu"], actor: "test").token)
        }
        tokens.append(try store.addSecretariatAccount("sekretariat", actor: "test").token)
        let bytes = try scratch.databaseBytes()
        for token in tokens {
            #expect(!contains(bytes, Array(token.utf8)), "the token is in the database files")
            #expect(
                !contains(bytes, Array(token.dropFirst(4).utf8)), "the token's secret part is in the database files")
            #expect(contains(bytes, AccessToken.hash(token)), "the token's hash is not stored")
        }
    }

    @Test func authenticateFindsLiveAccountsOnly() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        let made = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test")
        #expect(try store.authenticate(made.token)?.who == "polda-ntt")
        #expect(made.account.mayAct(for: "polda-ntt") && !made.account.mayAct(for: "pemkab-belu"))
        // One character changed, a wrong prefix, nothing, a huge header: nobody.
        var changed = Array(made.token)
        changed[10] = changed[10] == "A" ? "B" : "A"
        for wrong in [
            String(changed), "x" + made.token.dropFirst(), "", "kmt_", "kmt_" + String(repeating: "a", count: 100_000),
        ] {
            #expect(try store.authenticate(wrong) == nil)
        }
        let revoked = try store.revokeAccount(String(made.account.id), actor: "test")
        #expect(revoked.isRevoked)
        #expect(try store.authenticate(made.token) == nil)
        #expect(throws: StateFailure.alreadyRevoked(made.account.id)) {
            try store.revokeAccount("account:\(made.account.id)", actor: "test")
        }
        #expect(throws: StateFailure.unknownAccount("99")) { try store.revokeAccount("99", actor: "test") }
        #expect(try store.auditEntries().map(\.action) == ["account.add", "account.revoke"])
    }

    @Test func unknownSignatoryAndBadNamesAreRefused() throws {
        let scratch = try ScratchState()
        defer { scratch.delete() }
        let store = try scratch.open()
        #expect(throws: StateFailure.unknownSignatory("polda-nt", suggestion: "polda-ntt")) {
            try store.addSignatoryAccount("polda-nt", known: ["polda-ntt"], actor: "test")
        }
        for name in ["", "a b", "../x", "sekretariat\u{1B}[31m", String(repeating: "a", count: 65)] {
            #expect(throws: StateFailure.invalidName(name)) { try store.addSecretariatAccount(name, actor: "test") }
        }
        #expect(try store.accounts().isEmpty)
        #expect(try store.auditEntries().isEmpty)
    }

    @Test func constantTimeCompare() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([0, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2], [1, 2, 3]))
        #expect(ConstantTime.equal([], []))
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { buffer in
            (0...(buffer.count - needle.count)).contains { start in
                buffer[start] == needle[0] && needle.indices.allSatisfy { buffer[start + $0] == needle[$0] }
            }
        }
    }
}
