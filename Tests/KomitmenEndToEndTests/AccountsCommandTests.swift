import Foundation
import KomitmenCore
import KomitmenState
import Testing

/// `komitmen accounts add|list|revoke` and `komitmen audit verify`, through the binary.
@Suite struct AccountsCommandTests {
    @Test func addPrintsTheTokenOnceListNeverShowsItRevokeStopsIt() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let added = try repository.run(["accounts", "add", "polda-ntt", "repo", "--state", "state"])
        #expect(added.status == 0, "\(added.stderr)")
        // Standard output is the token alone, so a script can take it.
        let token = added.stdout.trimmingCharacters(in: .newlines)
        #expect(token.wholeMatch(of: /kmt_[A-Za-z0-9_-]{43}/) != nil)
        #expect(
            added.stderr == """
                Account 1 added (signatory polda-ntt). Its token:
                Note: this token will not be shown again; only its hash is kept. Hand it over now, privately.
                Catatan: token ini tidak akan ditampilkan lagi; hanya hash-nya yang disimpan. Serahkan sekarang, secara pribadi.

                """)
        let secretariat = try repository.run([
            "accounts", "add", "--secretariat", "sekretariat", "--state", "state", "--lang", "id",
        ])
        #expect(secretariat.status == 0)
        #expect(secretariat.stderr.hasPrefix("Akun 2 ditambahkan (secretariat sekretariat). Tokennya:\n"))
        let secretariatToken = secretariat.stdout.trimmingCharacters(in: .newlines)

        let list = try repository.run(["accounts", "list", "--state", "state"])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("id  kind         who          created"))
        #expect(lines[1].hasPrefix("1   signatory    polda-ntt    20") && lines[1].hasSuffix("Z  -"))
        #expect(lines[2].hasPrefix("2   secretariat  sekretariat  20"))
        for secret in [token, secretariatToken, String(token.dropFirst(4)), sha256Hex(Array(token.utf8))] {
            #expect(!list.stdout.contains(secret) && !list.stderr.contains(secret))
        }
        // The state folder holds no token, in any file.
        for name in try FileManager.default.contentsOfDirectory(
            atPath: repository.folder.appendingPathComponent("state").path)
        {
            let bytes = try Data(contentsOf: repository.folder.appendingPathComponent("state/\(name)"))
            #expect(bytes.range(of: Data(token.utf8)) == nil, "\(name) holds the token")
        }

        let revoke = try repository.run(["accounts", "revoke", "1", "--state", "state"])
        #expect(revoke.status == 0)
        #expect(revoke.stdout == "Account 1 (signatory polda-ntt) revoked.\n")
        let again = try repository.run(["accounts", "revoke", "1", "--state", "state", "--lang", "id"])
        #expect(again.status == 1)
        #expect(again.stderr == "error: akun 1 sudah dicabut\n")
        let listed = try repository.run(["accounts", "list", "--state", "state"])
        #expect(
            listed.stdout.split(separator: "\n")[1].hasSuffix("Z")
                && !listed.stdout.split(separator: "\n")[1].hasSuffix("-"))

        let store = try StateStore(
            folder: repository.folder.appendingPathComponent("state").path, outside: nil, create: false)
        #expect(try store.authenticate(token) == nil)
        #expect(try store.authenticate(secretariatToken)?.who == "sekretariat")
        #expect(try store.auditEntries().map(\.action) == ["account.add", "account.add", "account.revoke"])

        let verify = try repository.run(["audit", "verify", "repo", "--state", "state"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout == "Audit chain intact: 3 audit entries, 0 stored versions, 0 report files\n")
    }

    /// One row per refusal: the arguments, the exact message on stderr.
    static let refusals: [([String], String)] = [
        (
            ["accounts", "add", "polda-nt", "repo", "--state", "state"],
            "error: unknown signatory 'polda-nt' (did you mean 'polda-ntt'?)\n"
        ),
        (
            ["accounts", "add", "polda-ntt", "repo", "--state", "repo/.komitmen"],
            "error: the state folder repo/.komitmen is inside the repository repo; choose one outside it with --state DIR (it holds token hashes and must not become part of the record)\n"
        ),
        (
            ["accounts", "add", "polda-ntt", "nowhere", "--state", "state", "--lang", "id"],
            "error: nowhere tidak memiliki declaration.yaml yang dapat dipakai; `komitmen validate nowhere` menjelaskan sebabnya\n"
        ),
        (
            ["accounts", "add", "--secretariat", "a b", "--state", "state"],
            "error: 'a b' is not a usable name: use 1 to 64 letters, digits, '-', '_' or '.'\n"
        ),
        (
            ["accounts", "add", "polda\u{1B}[2J", "repo", "--state", "state"],
            "error: unknown signatory 'polda\\u{1B}[2J'\n"
        ),
        (
            ["accounts", "list", "--state", "state"],
            "error: there is no state folder state; `komitmen accounts add` makes it (or give --state DIR)\n"
        ),
        (
            ["accounts", "revoke", "7", "--state", "state"],
            "error: there is no state folder state; `komitmen accounts add` makes it (or give --state DIR)\n"
        ),
        (
            ["audit", "verify", "repo", "--state", "state", "--lang", "id"],
            "error: tidak ada folder status state; `komitmen accounts add` membuatnya (atau berikan --state DIR)\n"
        ),
    ]

    @Test(arguments: refusals)
    func refusalsExitOneAndWriteNothing(_ arguments: [String], _ message: String) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let result = try repository.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == message)
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: repository.root.appendingPathComponent(".komitmen").path))
    }

    @Test func addNeedsExactlyOneOfSignatoryAndSecretariat() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        for arguments in [["accounts", "add"], ["accounts", "add", "polda-ntt", "--secretariat", "s"]] {
            let result = try repository.run(arguments + ["--state", "state"])
            #expect(result.status == 64)
            #expect(result.stderr.contains("give either SIGNATORY-ID or --secretariat NAME"))
        }
    }

    @Test func verifyNamesAReportFileChangedOutsideTheServer() throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        let state = repository.folder.appendingPathComponent("state").path
        let store = try StateStore(folder: state, outside: repository.root.path)
        let account = try store.addSignatoryAccount("polda-ntt", known: ["polda-ntt"], actor: "test").account
        let bytes = Array(try repository.read("reports/2025-Q4/polda-ntt.yaml").utf8)
        let receipt = try store.recordFiling(
            signatory: "polda-ntt", quarter: Quarter("2025-Q4")!, bytes: bytes,
            received: Date(), filing: .late, filedBy: account)
        let intact = try repository.run(["audit", "verify", "repo", "--state", "state"])
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(intact.stdout == "Audit chain intact: 2 audit entries, 1 stored versions, 1 report files\n")

        try repository.write("reports/2025-Q4/polda-ntt.yaml", String(decoding: bytes, as: UTF8.self) + "# changed\n")
        let changed = try repository.run(["audit", "verify", "repo", "--state", "state", "--lang", "id"])
        #expect(changed.status == 1)
        #expect(changed.stdout == "")
        #expect(
            changed.stderr == """
                error: repo/reports/2025-Q4/polda-ntt.yaml berbeda dari tanda terima terakhirnya \(receipt.receipt) (versi 1, sha256 \(receipt.sha256)): berkas itu diubah di luar server
                Verifikasi audit gagal (1 masalah): 2 entri audit, 1 versi tersimpan, 1 berkas laporan

                """)
    }
}
