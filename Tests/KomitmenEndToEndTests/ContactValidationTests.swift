import Foundation
import Testing

/// Signatories' `contacts:` through `komitmen validate`: every bad contact at its exact place.
@Suite struct ContactValidationTests {
    struct Case: CustomStringConvertible, Sendable {
        var description: String
        var contacts: String
        var headline: String
        var hint: String?
        var errors = 1
    }

    static let cases: [Case] = [
        Case(
            description: "email without a domain", contacts: "  - name: A\n    email: pelaporan@example\n",
            headline: "repo/signatories/polda-ntt.yaml:8:12: error: 'pelaporan@example' is not an e-mail address",
            hint: "write one plain address such as sekretariat@example.org, without a name or <>"),
        Case(
            description: "email with a display name", contacts: "  - name: A\n    email: A <a@example.org>\n",
            headline: "repo/signatories/polda-ntt.yaml:8:12: error: 'A <a@example.org>' is not an e-mail address"),
        Case(
            description: "phone written locally", contacts: "  - name: A\n    phone: 0812-0000-0123\n",
            headline:
                "repo/signatories/polda-ntt.yaml:8:12: error: phone '0812-0000-0123' is not written in E.164 form",
            hint: "write +6281200000123"),
        Case(
            description: "phone with spaces", contacts: "  - name: A\n    phone: +62 812 0000 0123\n",
            headline:
                "repo/signatories/polda-ntt.yaml:8:12: error: phone '+62 812 0000 0123' is not written in E.164 form",
            hint: "write +6281200000123"),
        Case(
            description: "neither email nor phone", contacts: "  - name: A\n    language: en\n",
            headline: "repo/signatories/polda-ntt.yaml:7:5: error: a contact needs an email or a phone"),
        Case(
            description: "unknown field",
            contacts: "  - name: A\n    emial: a@example.org\n    phone: \"+6281200000123\"\n",
            headline: "repo/signatories/polda-ntt.yaml:8:5: error: unknown field 'emial'", hint: "did you mean 'email'?"
        ),
        Case(
            description: "unknown language", contacts: "  - name: A\n    phone: \"+6281200000123\"\n    language: jv\n",
            headline: "repo/signatories/polda-ntt.yaml:9:15: error: unknown language 'jv'; use id or en"),
        Case(
            description: "missing name", contacts: "  - phone: \"+6281200000123\"\n",
            headline: "repo/signatories/polda-ntt.yaml:7:5: error: missing field 'name'"),
        Case(
            description: "duplicate email",
            contacts: "  - name: A\n    email: a@example.org\n  - name: B\n    email: A@Example.org\n",
            headline:
                "repo/signatories/polda-ntt.yaml:10:12: error: email a@example.org is already given for a contact on line 8"
        ),
        Case(
            description: "line break in a name",
            contacts: "  - name: \"A\\r\\nBcc: x@example.org\"\n    phone: \"+6281200000123\"\n",
            headline: "", errors: 1),
    ]

    @Test(arguments: cases) func badContact(_ row: Case) throws {
        let repository = try TemporaryRepository()
        defer { repository.delete() }
        var text = try repository.read("signatories/polda-ntt.yaml")
        text = text.replacingOccurrences(of: "\npledges:", with: "\ncontacts:\n" + row.contacts + "pledges:")
        try repository.write("signatories/polda-ntt.yaml", text)
        let result = try repository.validate()
        expectDiagnostics(
            result, row.headline.isEmpty ? [] : [row.headline], hints: row.hint.map { [$0] } ?? [], errors: row.errors)
    }

    @Test func theShippedContactsAreValidAndReachNobody() throws {
        let folder = KomitmenBinary.packageRoot.appendingPathComponent("commitments/signatories")
        var contacts = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("\ncontacts:"), "\(name) has contacts")
            for line in text.split(separator: "\n") where line.contains("email:") || line.contains("phone:") {
                contacts += 1
                #expect(line.hasSuffix("@example.org") || line.contains("\"+628120000"), "\(name): \(line)")
            }
        }
        #expect(contacts > 38)
    }
}
